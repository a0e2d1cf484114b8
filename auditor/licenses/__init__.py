"""Licenses: which license is this, and what does it say."""
