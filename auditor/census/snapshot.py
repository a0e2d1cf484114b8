"""Reads the schema of a Parquet snapshot of Hub metadata and says what is missing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.errors import SourceError

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
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """One snapshot: where it is, its label, which columns it has and what is missing."""

    path: str
    label: str
    id_column: str
    columns: tuple[str, ...]  # the columns the census reads, in OPTIONAL_COLUMNS order
    missing: tuple[str, ...]
    rows: int

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


def read_snapshot_info(path: str, index: int = 1) -> SnapshotInfo:
    """Open a Parquet snapshot's footer only; SourceError when it is not one we can read."""
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(_open(path))
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
    label = snapshot_label(path, index)
    return SnapshotInfo(path, label, id_column, present, missing, meta.metadata.num_rows)


def _open(path: str) -> object:
    """A local path as is; `hf://` through huggingface_hub's filesystem (pinned revisions)."""
    if path.startswith("hf://"):
        from huggingface_hub import HfFileSystem

        return HfFileSystem().open(path, "rb")
    return path
