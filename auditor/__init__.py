"""model-license-auditor: may this organization use this AI model, and why not."""

__version__ = "0.1.0"

__all__ = ["__version__"]
