"""The data the auditor knows: license records, known models, provider terms, loaded once."""
