"""Runs the stages for each model in order and keeps pinned analyses in a cache."""
