"""Finds model references in code, configs, Dockerfiles and manifests."""
