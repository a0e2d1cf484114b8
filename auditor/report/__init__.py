"""Reports: render an AuditResult for each of its readers."""
