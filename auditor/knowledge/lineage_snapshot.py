"""Loads the lineage snapshot: declared license and parents of the most used Hub models.

A compact gzip'd JSON file (license_db/lineage_snapshot.json.gz), read without pyarrow:

    {"as_of": "2026-11-20", "source": "...", "count": 2,
     "models": {"org/name": {"license": "apache-2.0", "license_name": null,
                             "parents": [["org/base", "finetune"], ...]}, ...}}

Repo ids are compared lowercase. `auditor census lineage-snapshot` writes it (from a Hub
models.parquet dump, or a folder of model cards); the JSON `auditor census export-lineage`
writes from a census (`sources` list, extra `license_id`/`downloads` keys) loads too, gzip'd or
not. Lineage uses it offline, or when fetching a
parent fails, after the known-models registry: a declared license read from metadata by
someone else, so it is trusted less than the registry or the repo itself.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from auditor.errors import LicenseDBError
from auditor.knowledge.known_models import normalize_repo_id
from auditor.resources import license_db_dir

SNAPSHOT_FILE = "lineage_snapshot.json.gz"


@dataclass(frozen=True, slots=True)
class SnapshotEntry:
    """What the snapshot records for one repo."""

    repo_id: str
    license: str | list[str] | None
    license_name: str | None
    parents: tuple[tuple[str, str | None], ...]  # (repo id, relation)


@dataclass(frozen=True, slots=True)
class LineageSnapshot:
    """Repo id (lowercase) -> entry; with where and when the data was taken."""

    entries: Mapping[str, SnapshotEntry]
    as_of: str | None = None
    source: str | None = None

    def get(self, repo_id: str) -> SnapshotEntry | None:
        key = normalize_repo_id(repo_id)
        return None if key is None else self.entries.get(key)

    def __len__(self) -> int:
        return len(self.entries)

    def without(self, repo_ids: Iterable[str]) -> LineageSnapshot:
        """The same snapshot minus these repos (for leave-one-out measurement)."""
        drop = {k for r in repo_ids if (k := normalize_repo_id(r)) is not None}
        kept = {k: v for k, v in self.entries.items() if k not in drop}
        return LineageSnapshot(kept, self.as_of, self.source)

    def to_json(self) -> dict[str, Any]:
        models = {
            key: {
                "license": e.license,
                "license_name": e.license_name,
                "parents": [list(p) for p in e.parents],
            }
            for key, e in sorted(self.entries.items())
        }
        return {"as_of": self.as_of, "source": self.source, "count": len(models), "models": models}


@cache
def load_lineage_snapshot(path: Path | None = None) -> LineageSnapshot:
    """Load and check the snapshot (default: the bundled one); an absent bundled file is an
    empty snapshot. Raises LicenseDBError naming the file and the bad entries."""
    file = path or license_db_dir() / SNAPSHOT_FILE
    if path is None and not file.is_file():
        return LineageSnapshot({})
    try:
        raw = file.read_bytes()
        data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    except (OSError, EOFError, ValueError) as err:
        raise LicenseDBError(f"{file.name}: cannot be read ({err})") from err
    return parse_lineage_snapshot(data, name=file.name)


def parse_lineage_snapshot(data: Any, *, name: str = SNAPSHOT_FILE) -> LineageSnapshot:
    """Check a parsed snapshot document; every problem is reported at once (up to 20)."""
    if not isinstance(data, dict) or not isinstance(data.get("models"), dict):
        raise LicenseDBError(f"{name}: expected a mapping with a `models` mapping")
    problems: list[str] = []
    entries: dict[str, SnapshotEntry] = {}
    for repo_id, item in data["models"].items():
        entry = _entry(repo_id, item, problems)
        if entry is not None:
            entries[entry.repo_id] = entry
    count = data.get("count")
    if count is not None and count != len(data["models"]):
        problems.append(f"count {count!r} but {len(data['models'])} models")
    if problems:
        more = f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""
        raise LicenseDBError(f"{name} invalid: " + "; ".join(problems[:20]) + more)
    as_of, source = data.get("as_of"), data.get("source")
    if source is None and isinstance(data.get("sources"), list):
        source = ", ".join(
            str(s.get("path", s)) if isinstance(s, dict) else str(s) for s in data["sources"]
        )
    return LineageSnapshot(
        entries, None if as_of is None else str(as_of), None if source is None else str(source)
    )


def _entry(repo_id: object, item: object, problems: list[str]) -> SnapshotEntry | None:
    key = normalize_repo_id(repo_id) if isinstance(repo_id, str) else None
    if key is None:
        problems.append(f"models[{repo_id!r}]: not an org/name repo id")
        return None
    where = f"models[{repo_id!r}]"
    if not isinstance(item, dict):
        problems.append(f"{where}: not a mapping")
        return None
    license_tag = item.get("license")
    if not (
        license_tag is None
        or isinstance(license_tag, str)
        or (isinstance(license_tag, list) and all(isinstance(t, str) for t in license_tag))
    ):
        problems.append(f"{where}: license must be a tag or a list of tags")
        return None
    license_name = item.get("license_name")
    parents: list[tuple[str, str | None]] = []
    for parent in item.get("parents") or []:
        if (
            not isinstance(parent, list)
            or len(parent) != 2
            or not isinstance(parent[0], str)
            or not (parent[1] is None or isinstance(parent[1], str))
        ):
            problems.append(f"{where}: a parent must be [repo id, relation or null]")
            return None
        parents.append((parent[0], parent[1]))
    return SnapshotEntry(
        key,
        license_tag,
        None if license_name is None else str(license_name),
        tuple(parents),
    )


def write_lineage_snapshot(snapshot: LineageSnapshot, path: Path) -> None:
    """Write atomically (a temporary file beside `path`, then renamed); deterministic bytes."""
    text = json.dumps(snapshot.to_json(), sort_keys=True, separators=(",", ":"))
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    temporary.replace(path)
