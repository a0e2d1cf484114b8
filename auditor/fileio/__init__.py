"""Writes and reads the files a user hands the auditor: atomic outputs, YAML with lines."""
