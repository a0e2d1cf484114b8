"""What lineage knowledge is in use: the bundled snapshot or the user's refresh (`auditor
knowledge update`), their dates and sizes, the family table's date and the candidates review
list, for `auditor knowledge show`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.errors import AuditorError
from auditor.knowledge.lineage_snapshot import (
    SNAPSHOT_FILE,
    LineageSnapshot,
    bundled_lineage_snapshot,
    load_lineage_snapshot,
    user_snapshot_path,
)
from auditor.knowledge.model_families import load_model_families
from auditor.model.knowledge_stamp import USER
from auditor.resources import license_db_dir, user_knowledge_dir

CANDIDATES_FILE = "family_candidates.json"
SHOWN_CANDIDATES = 10  # the most seen candidates `knowledge show` lists


@dataclass(frozen=True, slots=True)
class SnapshotStatus:
    """One lineage snapshot: where it is, its origin, date, source and size."""

    origin: str
    path: Path
    as_of: str | None
    source: str | None
    models: int
    updated_at: str | None = None  # when the user refreshed it


@dataclass(frozen=True, slots=True)
class CandidatesStatus:
    """The review list `auditor knowledge update` wrote beside the snapshot."""

    path: Path
    as_of: str | None
    count: int
    top: tuple[dict[str, Any], ...]
    problem: str | None = None  # why the file could not be read


@dataclass(frozen=True, slots=True)
class KnowledgeStatus:
    """The knowledge an audit would use now, and what else there is."""

    in_use: SnapshotStatus
    bundled: SnapshotStatus
    user_folder: Path
    families_as_of: str | None
    family_rules: int
    candidates: CandidatesStatus | None
    problem: str | None = None  # the user's snapshot exists but cannot be used


def user_candidates_path() -> Path:
    """Where the review list of family-table candidates is written."""
    return user_knowledge_dir() / CANDIDATES_FILE


def knowledge_status() -> KnowledgeStatus:
    """Read what is in use; a broken user snapshot is reported, not raised (show must work
    to tell the user about it)."""
    bundled = _status(bundled_lineage_snapshot(), license_db_dir() / SNAPSHOT_FILE)
    problem = None
    try:
        active = load_lineage_snapshot()
    except AuditorError as err:
        active, problem = bundled_lineage_snapshot(), str(err)
    user = user_snapshot_path()
    in_use = _status(active, user, _updated_at(user)) if active.origin == USER else bundled
    families = load_model_families()
    return KnowledgeStatus(
        in_use=in_use,
        bundled=bundled,
        user_folder=user_knowledge_dir(),
        families_as_of=families.as_of,
        family_rules=len(families.rules),
        candidates=_candidates(user_candidates_path()),
        problem=problem,
    )


def _status(snapshot: LineageSnapshot, path: Path, updated: str | None = None) -> SnapshotStatus:
    return SnapshotStatus(
        snapshot.origin, path, snapshot.as_of, snapshot.source, len(snapshot), updated
    )


def _updated_at(path: Path) -> str | None:
    document = _read_json(path)
    value = document.get("updated_at") if isinstance(document, dict) else None
    return value if isinstance(value, str) else None


def _candidates(path: Path) -> CandidatesStatus | None:
    if not path.is_file():
        return None
    document = _read_json(path)
    if not isinstance(document, dict) or not isinstance(document.get("candidates"), list):
        return CandidatesStatus(path, None, 0, (), problem="not a candidates list")
    listed = [c for c in document["candidates"] if isinstance(c, dict)]
    as_of = document.get("as_of")
    return CandidatesStatus(
        path,
        as_of if isinstance(as_of, str) else None,
        len(listed),
        tuple(listed[:SHOWN_CANDIDATES]),
    )


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
