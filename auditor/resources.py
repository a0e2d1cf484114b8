"""Finds the bundled data folders (policies/, license_db/, reports/) installed or in a checkout,
and the user's own folders (analysis cache, refreshed knowledge)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from auditor.errors import LicenseDBError

_PACKAGE = Path(__file__).resolve().parent
DATA_FOLDERS = ("policies", "license_db", "reports")


@cache
def data_dir(name: str) -> Path:
    """Return the folder `name` (one of DATA_FOLDERS): inside the wheel, else the checkout."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise LicenseDBError(
        f"bundled data folder {name!r} is missing",
        hint="reinstall model-license-auditor; the installation is incomplete",
    )


def policies_dir() -> Path:
    """Folder of the policy presets."""
    return data_dir("policies")


def license_db_dir() -> Path:
    """Folder of the license knowledge base."""
    return data_dir("license_db")


def reports_dir() -> Path:
    """Folder of the report templates and the result JSON Schema."""
    return data_dir("reports")


def default_cache_dir() -> Path:
    """`AUDITOR_CACHE_DIR`, else the user cache folder of the platform."""
    configured = os.environ.get("AUDITOR_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("model-license-auditor")) / "analysis"


def user_data_dir() -> Path:
    """`AUDITOR_DATA_DIR`, else the user data folder of the platform (the knowledge a user
    refreshed with `auditor knowledge update` lives here, under `knowledge/`)."""
    configured = os.environ.get("AUDITOR_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir as platform_data_dir

    return Path(platform_data_dir("model-license-auditor"))


def user_knowledge_dir() -> Path:
    """Where `auditor knowledge update` writes the user's refreshed knowledge (a lineage
    snapshot, the family-table candidates), which takes precedence over the bundled one."""
    return user_data_dir() / "knowledge"
