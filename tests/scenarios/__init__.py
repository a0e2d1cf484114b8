"""Deployment scenarios written from license texts and the law, each with its verdict."""
