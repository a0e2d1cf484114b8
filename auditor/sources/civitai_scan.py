"""Civitai's own scans of a version's files (`pickleScanResult`, `virusScanResult` per file) as
the scan summary analysis reads into `ModelResult.artefacts` (model/artefacts.py), the same
shape as the Hugging Face Hub's (hub_security.py): the worse of a file's two verdicts, the
worst file first, each file's scanner messages as its detail. Nothing is downloaded."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.sources.civitai_model import CivitaiFile

SCANNERS = ("Civitai pickle scan", "Civitai virus scan")
_STATES = {"success": "safe", "danger": "unsafe", "pending": "unscanned", "error": "error"}
"""Civitai's scan results (Pending, Success, Danger, Error) in our scan words."""
_RANK = {"unsafe": 0, "suspicious": 1, "error": 2, "unknown": 3, "unscanned": 4, "safe": 5}


def scan_state(value: str | None) -> str:
    """One Civitai scan result as a scan word; `unknown` for a missing or unexpected one."""
    return _STATES.get((value or "").strip().lower(), "unknown")


def scan_summary(files: Iterable[CivitaiFile]) -> dict[str, object] | None:
    """The version's files as a scan summary; None for a version listing no file."""
    entries = []
    for file in files:
        states = [scan_state(file.pickle_scan), scan_state(file.virus_scan)]
        status = min(states, key=lambda state: _RANK[state])
        said = [m for m in (file.pickle_message, file.virus_message) if m]
        detail = "; ".join(" ".join(m.split())[:200] for m in said) or None
        entries.append({"path": file.name, "status": status, "detail": detail})
    if not entries:
        return None
    entries.sort(key=lambda entry: (_RANK[str(entry["status"])], str(entry["path"])))
    return {
        "scan_status": entries[0]["status"],
        "scanned_by": list(SCANNERS),
        "files": entries,
    }
