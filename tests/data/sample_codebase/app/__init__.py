# mypy: ignore-errors
"""A fake service whose code names models in every way `auditor discover` reads."""
