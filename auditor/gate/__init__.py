"""The CI gate around audits: manifest, lockfile and drift, history, comparison."""
