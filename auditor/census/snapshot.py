"""Reads the schema of a Parquet snapshot of Hub metadata and says what is missing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from auditor.errors import SourceError
from auditor.fileio.lazy_pattern import lazy_pattern

ID_COLUMNS = ("id", "modelId")
"""The repo id: `id` in the Hub's metadata dump, `modelId` in dumps of card texts."""

OPTIONAL_COLUMNS = (
    "cardData",
    "baseModels",
    "tags",
    "createdAt",
    "lastModified",
    "downloads",
    "likes",
    "library_name",
    "pipeline_tag",
    "card",
)
"""Columns the census reads when a snapshot has them; without them it says what it lost."""

LOST_WITHOUT = {
    "cardData": "no declared license nor card base_model is read (only license:<tag> tags)",
    "baseModels": "the Hub's parent edges are missing (only the card's base_model is read)",
    "tags": "license:<tag> tags cannot stand in for a card without front matter",
    "downloads": "models cannot be ranked by downloads",
    "lastModified": "duplicate rows of a repo cannot be told apart by date",
}
CARD_COLUMNS = ("card",)
"""A dump of card texts (`--cards`): `modelId` or `id`, and the card's full text."""
_DATE = lazy_pattern(r"\d{4}-\d{2}-\d{2}")
_HF_PATH = lazy_pattern(
    r"hf://(?P<kind>datasets|spaces)/(?P<repo>[^/@]+/[^/@]+)(?:@(?P<rev>[^/]+))?/(?P<path>.+)"
)
_SHA = lazy_pattern(r"[0-9a-f]{40}")


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """One snapshot: where it is, its label, which columns it has and what is missing."""

    path: str
    label: str
    id_column: str
    columns: tuple[str, ...]  # the columns the census reads, in OPTIONAL_COLUMNS order
    missing: tuple[str, ...]
    rows: int
    requested: str | None = None  # an hf:// path as given, when `path` pins its revision

    def problems(self) -> list[str]:
        """One sentence per missing column that costs the census something."""
        return [
            f"{self.label}: no `{name}` column, so {LOST_WITHOUT[name]}"
            for name in self.missing
            if name in LOST_WITHOUT
        ]


def snapshot_label(path: str, index: int) -> str:
    """A snapshot's name: the date in its path (weekly dumps sit in `models/<date>/`), else
    its file name; numbered when nothing distinguishes it."""
    parts = PurePosixPath(path.replace("\\", "/")).parts
    for part in reversed(parts):
        found = _DATE.search(part)
        if found:
            return found.group(0)
    stem = PurePosixPath(parts[-1]).stem if parts else "snapshot"
    return f"{index}-{stem}"


def read_snapshot_info(
    path: str, index: int = 1, storage: Mapping[str, Any] | None = None
) -> SnapshotInfo:
    """Open a Parquet snapshot's footer only; SourceError when it is not one we can read.

    An `hf://` path is pinned first: a branch or tag is resolved once to its commit, and the
    returned `path` names that commit, so every partition reads the same bytes. `storage`:
    HfFileSystem options (`endpoint`, `token`)."""
    import pyarrow.parquet as pq

    requested = None
    if path.startswith("hf://"):
        requested, path = path, pin_hf_path(path, storage)
    try:
        meta = pq.ParquetFile(_open(path, storage))
    except (OSError, ValueError) as err:
        raise SourceError(f"{path}: not a readable Parquet snapshot ({err})") from err
    names = tuple(meta.schema_arrow.names)
    id_column = next((c for c in ID_COLUMNS if c in names), None)
    if id_column is None:
        raise SourceError(
            f"{path}: no repo id column (expected one of {', '.join(ID_COLUMNS)}); "
            f"it has {', '.join(names[:12])}"
        )
    present = tuple(c for c in OPTIONAL_COLUMNS if c in names)
    missing = tuple(c for c in OPTIONAL_COLUMNS if c not in names)
    label = snapshot_label(requested or path, index)
    rows = meta.metadata.num_rows
    return SnapshotInfo(path, label, id_column, present, missing, rows, requested)


def pin_hf_path(path: str, storage: Mapping[str, Any] | None = None) -> str:
    """`hf://datasets/<repo>@<revision>/<file>` with the revision replaced by its commit sha
    (`main` when none is given); SourceError naming the path when the Hub does not know it."""
    found = _HF_PATH.fullmatch(path)
    if found is None:
        raise SourceError(
            f"{path}: expected hf://datasets/<org>/<name>@<revision>/<path in the repo>"
        )
    revision = found.group("rev") or "main"
    if _SHA.fullmatch(revision):
        return path
    from urllib.parse import unquote

    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    options = dict(storage or {})
    api = HfApi(endpoint=options.get("endpoint"), token=options.get("token"))
    kind = found.group("kind")[:-1]
    try:
        info = api.repo_info(found.group("repo"), repo_type=kind, revision=unquote(revision))
    except (HfHubHTTPError, OSError) as err:
        raise SourceError(f"{path}: cannot resolve the revision on the Hub ({err})") from err
    sha = getattr(info, "sha", None)
    if not isinstance(sha, str) or not _SHA.fullmatch(sha):
        raise SourceError(f"{path}: the Hub gave no commit for revision {revision!r}")
    return f"hf://{found.group('kind')}/{found.group('repo')}@{sha}/{found.group('path')}"


def _open(path: str, storage: Mapping[str, Any] | None = None) -> object:
    """A local path as is; `hf://` through huggingface_hub's filesystem (pinned revisions)."""
    if path.startswith("hf://"):
        from huggingface_hub import HfFileSystem

        return HfFileSystem(**dict(storage or {})).open(path, "rb")
    return path
