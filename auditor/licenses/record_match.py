"""A LicenseMatch from a curated record, or for a license named but not identified."""

from __future__ import annotations

from auditor.knowledge.license_db import LicenseRecord
from auditor.model import LicenseMatch
from auditor.model.kinds import parse_kind


def match_from_record(record: LicenseRecord, *, method: str, confidence: float) -> LicenseMatch:
    """A LicenseMatch carrying a record's identity."""
    return LicenseMatch(
        id=record.id,
        name=record.name,
        spdx=record.spdx,
        scancode=record.scancode,
        hf=record.hf,
        kind=parse_kind(record.kind),
        confidence=confidence,
        method=method,
    )


def unidentified(name: str | None, *, method: str) -> LicenseMatch:
    """A license that was named but is not in the database."""
    return LicenseMatch(
        id=None,
        name=name,
        spdx=None,
        scancode=None,
        hf=None,
        kind=None,
        confidence=0.0,
        method=method,
    )
