"""Locks what a manifest's models resolved to: the lock's records, built from an audit result.

`lock_file` reads and writes auditor.lock; `drift` compares a fresh audit with it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from auditor.errors import AuditorError
from auditor.model import AuditResult, Declared, ModelResult, Severity, Verdict

LOCK_VERSION = 1
LOCK_FILE_NAME = "auditor.lock"
CARD_FIELDS = ("license", "license_name", "license_link", "base_model")
"""The card metadata a lock records: the license tag fields and the declared parents."""


@dataclass(frozen=True, slots=True)
class LockedFile:
    """A license-like file as locked: its content digest and, from the Hub, its git blob id."""

    path: str
    sha256: str | None
    blob_id: str | None = None


@dataclass(frozen=True, slots=True)
class LockedModel:
    """What one manifest entry resolved to when it was locked."""

    ref: str
    resolved_sha: str | None
    license: str | None
    effective_license: str | None
    license_files: tuple[LockedFile, ...]
    card: Mapping[str, object]  # CARD_FIELDS -> value as declared
    card_sha256: str
    terms: Mapping[str, object]
    terms_sha256: str
    lineage_roots: tuple[str, ...]
    line: int | None = field(default=None, compare=False)  # of the entry in the lock file
    # issue 37; None: not recorded (no hub scan read, no chat template, or an older lock)
    scan_status: str | None = None  # the hub's security scan of the repo (model/artefacts.py)
    scan_files: tuple[tuple[str, str], ...] = ()  # (path, status) of each file it reports
    chat_template_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Lock:
    """A lock file: the locked models by reference."""

    models: Mapping[str, LockedModel]
    manifest: str | None = None  # file name of the manifest beside the lock
    tool_version: str | None = None
    version: int = LOCK_VERSION
    path: str | None = field(default=None, compare=False)


class LockWrite(StrEnum):
    """What write_lock did."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def lock_path_for(manifest_path: Path | str) -> Path:
    """The lock file of a manifest: auditor.lock in the manifest's folder."""
    return Path(manifest_path).with_name(LOCK_FILE_NAME)


def digest(value: object) -> str:
    """sha256 of the canonical JSON of a plain value (sorted keys, no spaces, UTF-8)."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def card_fields(declared: Declared) -> dict[str, object]:
    """The card metadata that matters to a lock, as plain values."""
    license_value: object = (
        list(declared.license) if isinstance(declared.license, list) else declared.license
    )
    return {
        "license": license_value,
        "license_name": declared.license_name,
        "license_link": declared.license_link,
        "base_model": [base.ref for base in declared.base_models],
    }


def lineage_roots(lineage: Sequence[Mapping[str, object]]) -> tuple[str, ...]:
    """Refs of the ancestors that have no further parent, sorted; the model itself excluded."""
    parents = {str(entry["parent"]).lower() for entry in lineage if entry.get("parent")}
    roots = {
        str(entry["ref"])
        for entry in lineage
        if isinstance(entry.get("ref"), str)
        and _depth(entry) >= 1
        and str(entry["ref"]).lower() not in parents
    }
    return tuple(sorted(roots))


def lock_entry(model: ModelResult) -> LockedModel:
    """The lock record of one audited model; pure."""
    card = card_fields(model.declared)
    terms = _plain(model.terms)
    files = sorted(
        (LockedFile(f.path, f.sha256, f.blob_id) for f in model.license_files),
        key=lambda f: f.path,
    )
    entry = LockedModel(
        ref=model.ref,
        resolved_sha=model.source.resolved_sha if model.source is not None else None,
        license=model.license.id if model.license is not None else None,
        effective_license=(
            model.effective_license.id if model.effective_license is not None else None
        ),
        license_files=tuple(files),
        card=card,
        card_sha256=digest(card),
        terms=terms,
        terms_sha256=digest(terms),
        lineage_roots=lineage_roots(model.lineage),
    )
    return _with_artefacts(entry, model)


def _with_artefacts(entry: LockedModel, model: ModelResult) -> LockedModel:
    """The entry with the chat template digest, and the scan when a hub's scan was read."""
    artefacts = model.artefacts
    if artefacts is None:
        return entry
    entry = replace(entry, chat_template_sha256=artefacts["chat_template_sha256"])
    if not artefacts["scanned_by"]:
        return entry
    files = tuple(sorted((f["path"], f["status"]) for f in artefacts["files"]))
    return replace(entry, scan_status=artefacts["scan_status"], scan_files=files)


def build_lock(result: AuditResult, *, manifest_path: Path | str | None = None) -> Lock:
    """The lock of a manifest's audit; pure.

    Raises AuditorError when a model could not be audited (verdict error): a lock records
    only what was actually seen. A failing verdict is locked as it is; the gate is `check`.
    """
    failed = [m for m in result.models if m.verdict is Verdict.ERROR]
    if failed:
        reasons = "; ".join(f"{m.ref} ({_first_message(m)})" for m in failed)
        raise AuditorError(
            f"cannot lock: {len(failed)} model(s) could not be audited: {reasons}",
            hint="fix access to them and run `auditor lock` again",
            code="lock-incomplete",
        )
    models: dict[str, LockedModel] = {}
    for model in result.models:
        models.setdefault(model.ref, lock_entry(model))  # a ref listed twice is locked once
    where = manifest_path if manifest_path is not None else result.manifest
    return Lock(
        models=dict(sorted(models.items())),
        manifest=Path(where).name if where is not None else None,
        tool_version=result.tool_version,
    )


def _first_message(model: ModelResult) -> str:
    blocking = [f for f in model.findings if f.severity is Severity.BLOCK]
    return blocking[0].message if blocking else "incomplete"


def _depth(entry: Mapping[str, object]) -> int:
    depth = entry.get("depth")
    return depth if isinstance(depth, int) else 0


def _plain(value: Mapping[str, object]) -> dict[str, object]:
    """Terms as JSON-plain values (tuples become lists), as they read back from the lock."""
    loaded = json.loads(json.dumps(dict(value), sort_keys=True, ensure_ascii=False))
    return loaded if isinstance(loaded, dict) else {}
