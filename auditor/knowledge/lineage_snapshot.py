"""Loads the lineage snapshot: declared license and parents of the most used Hub models.

A compact gzip'd JSON file (license_db/lineage_snapshot.json.gz), read without pyarrow:

    {"as_of": "2026-11-20", "source": "...", "count": 2,
     "models": {"org/name": {"license": "apache-2.0", "license_name": null,
                             "parents": [["org/base", "finetune"], ...]}, ...}}

Repo ids are compared lowercase. `auditor census lineage-snapshot` writes it (from a census
folder, a Hub models.parquet dump, or a folder of model cards); the census's JSON form
(`sources` list, extra `license_id`/`downloads` keys) loads too, gzip'd or not. Lineage uses it
offline, or when fetching a parent fails, after the known-models registry: a declared license
read from metadata by someone else, so it is trusted less than the registry or the repo itself.

The snapshot in use is the user's refresh when there is one (`auditor knowledge update` writes
it to the user knowledge folder, resources.user_knowledge_dir), else the bundled one; each
carries its origin and `as_of`, which every report states.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from auditor.errors import InputFileError, LicenseDBError
from auditor.fileio.atomic import write_bytes_atomic, write_text_atomic
from auditor.fileio.bounded import read_bounded
from auditor.fileio.once import loaded_once
from auditor.knowledge.known_models import normalize_repo_id
from auditor.model.knowledge_stamp import BUNDLED, FILE, USER, KnowledgeStamp
from auditor.resources import license_db_dir, user_knowledge_dir

SNAPSHOT_FILE = "lineage_snapshot.json.gz"
USER_SNAPSHOT_FILE = "lineage_snapshot.json"
"""The user's refresh, in the user knowledge folder: plain JSON, written atomically."""
MAX_SNAPSHOT_BYTES = 2 << 30
"""A snapshot file larger than this is refused (the Hub's ~2M models take a few hundred MB)."""

_Problem = tuple[str | None, str]  # (the repo id or top-level key it is about, what is wrong)


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
    origin: str = FILE  # bundled, user (refreshed) or a file the caller named

    def stamp(self) -> KnowledgeStamp:
        """Its date and origin, as the reports state them."""
        return KnowledgeStamp(self.as_of, self.origin)

    def get(self, repo_id: str) -> SnapshotEntry | None:
        key = normalize_repo_id(repo_id)
        return None if key is None else self.entries.get(key)

    def __len__(self) -> int:
        return len(self.entries)

    def without(self, repo_ids: Iterable[str]) -> LineageSnapshot:
        """The same snapshot minus these repos (for leave-one-out measurement)."""
        drop = {k for r in repo_ids if (k := normalize_repo_id(r)) is not None}
        kept = {k: v for k, v in self.entries.items() if k not in drop}
        return LineageSnapshot(kept, self.as_of, self.source, self.origin)

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


def user_snapshot_path() -> Path:
    """Where `auditor knowledge update` writes the user's lineage snapshot."""
    return user_knowledge_dir() / USER_SNAPSHOT_FILE


def load_lineage_snapshot(path: Path | None = None) -> LineageSnapshot:
    """Load and check a snapshot; by default the one in use: the user's refresh when there is
    one, else the bundled one (an absent bundled file is an empty snapshot).

    Cached per file and its modification time, so a refresh is seen by the next run of the same
    process. Raises LicenseDBError naming the file and the bad entries."""
    if path is not None:
        return _load(path, FILE, _stamp(path))
    user = user_snapshot_path()
    if user.is_file():
        return _load(user, USER, _stamp(user))
    bundled = license_db_dir() / SNAPSHOT_FILE
    if not bundled.is_file():
        return LineageSnapshot({}, origin=BUNDLED)
    return _load(bundled, BUNDLED, _stamp(bundled))


def bundled_lineage_snapshot() -> LineageSnapshot:
    """The snapshot shipped with the tool, whatever the user refreshed."""
    bundled = license_db_dir() / SNAPSHOT_FILE
    if not bundled.is_file():
        return LineageSnapshot({}, origin=BUNDLED)
    return _load(bundled, BUNDLED, _stamp(bundled))


def _stamp(file: Path) -> tuple[int, int]:
    try:
        status = file.stat()
    except OSError:
        return (0, -1)
    return (status.st_mtime_ns, status.st_size)


@loaded_once
def _load(file: Path, origin: str, _version: tuple[int, int]) -> LineageSnapshot:
    hint = (
        f"run `auditor knowledge update` again, or delete {file} to use the bundled snapshot"
        if origin == USER
        else None
    )
    where = str(file) if origin == USER else file.name
    try:
        raw = read_bounded(file, MAX_SNAPSHOT_BYTES)
        data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    except (OSError, EOFError, ValueError) as err:
        raise LicenseDBError(f"{where}: cannot be read ({err})", hint=hint) from err
    snapshot, problems = _parse(data)
    if problems:
        raise LicenseDBError(_invalid(where, [text for _, text in problems]), hint=hint)
    return replace(snapshot, origin=origin)


def parse_lineage_snapshot(data: Any, *, name: str = SNAPSHOT_FILE) -> LineageSnapshot:
    """Check a parsed snapshot document; every problem is reported at once (up to 20)."""
    snapshot, problems = _parse(data)
    if problems:
        raise LicenseDBError(_invalid(name, [text for _, text in problems]))
    return snapshot


def read_snapshot_file(path: Path) -> LineageSnapshot:
    """A snapshot file the user hands us (`auditor knowledge update --from-snapshot`), plain or
    gzip'd JSON: InputFileError naming the file and, where it can be told, each problem's line
    (of the plain JSON text)."""
    try:
        raw = read_bounded(path, MAX_SNAPSHOT_BYTES)
    except OSError as err:
        raise InputFileError(
            str(path), [(None, f"cannot be read ({err.strerror or err})")]
        ) from err
    if len(raw) > MAX_SNAPSHOT_BYTES:
        raise InputFileError(str(path), [(None, f"larger than {MAX_SNAPSHOT_BYTES:,} bytes")])
    try:
        text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as err:
        raise InputFileError(str(path), [(None, f"not gzip'd or UTF-8 JSON ({err})")]) from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputFileError(str(path), [(err.lineno, f"not valid JSON: {err.msg}")]) from err
    snapshot, problems = _parse(data)
    if problems:
        raise InputFileError(str(path), [(_line_of(text, key), text_) for key, text_ in problems])
    return snapshot


def _line_of(text: str, key: str | None) -> int | None:
    """The line of the first `"key":` in the JSON text (None when it is not found)."""
    if key is None:
        return None
    found = re.search(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:", text)
    return None if found is None else text.count("\n", 0, found.start()) + 1


def _invalid(name: str, problems: list[str]) -> str:
    more = f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""
    return f"{name} invalid: " + "; ".join(problems[:20]) + more


def _parse(data: Any) -> tuple[LineageSnapshot, list[_Problem]]:
    if not isinstance(data, dict) or not isinstance(data.get("models"), dict):
        return LineageSnapshot({}), [(None, "expected a mapping with a `models` mapping")]
    problems: list[_Problem] = []
    entries: dict[str, SnapshotEntry] = {}
    for repo_id, item in data["models"].items():
        entry = _entry(repo_id, item, problems)
        if entry is not None:
            entries[entry.repo_id] = entry
    count = data.get("count")
    if count is not None and count != len(data["models"]):
        problems.append(("count", f"count {count!r} but {len(data['models'])} models"))
    as_of, source = data.get("as_of"), data.get("source")
    if source is None and isinstance(data.get("sources"), list):
        source = ", ".join(
            str(s.get("path", s)) if isinstance(s, dict) else str(s) for s in data["sources"]
        )
    snapshot = LineageSnapshot(
        entries, None if as_of is None else str(as_of), None if source is None else str(source)
    )
    return snapshot, problems


def _entry(repo_id: object, item: object, problems: list[_Problem]) -> SnapshotEntry | None:
    key = normalize_repo_id(repo_id) if isinstance(repo_id, str) else None
    if key is None:
        problems.append((str(repo_id), f"models[{repo_id!r}]: not an org/name repo id"))
        return None
    where = f"models[{repo_id!r}]"
    if not isinstance(item, dict):
        problems.append((str(repo_id), f"{where}: not a mapping"))
        return None
    license_tag = item.get("license")
    if not (
        license_tag is None
        or isinstance(license_tag, str)
        or (isinstance(license_tag, list) and all(isinstance(t, str) for t in license_tag))
    ):
        problems.append((str(repo_id), f"{where}: license must be a tag or a list of tags"))
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
            problems.append(
                (str(repo_id), f"{where}: a parent must be [repo id, relation or null]")
            )
            return None
        parents.append((parent[0], parent[1]))
    return SnapshotEntry(
        key,
        license_tag,
        None if license_name is None else str(license_name),
        tuple(parents),
    )


def write_lineage_snapshot(snapshot: LineageSnapshot, path: Path) -> None:
    """Write atomically (fileio.atomic); deterministic bytes, gzip'd when `path` ends `.gz`."""
    write_snapshot_document(snapshot.to_json(), path)


def write_snapshot_document(document: Mapping[str, Any], path: Path) -> None:
    """A snapshot document, atomically: compact gzip'd JSON with no timestamp when the name
    ends `.gz`, else indented JSON text with sorted keys (diff-friendly)."""
    if path.name.endswith(".gz"):
        text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        write_bytes_atomic(path, gzip.compress(text.encode("utf-8"), mtime=0))
    else:
        text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        write_text_atomic(path, text)
