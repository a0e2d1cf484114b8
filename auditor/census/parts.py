"""The census's two halves joined through files: each worker writes its partition's models
as a Parquet part file and returns only the narrow columns lineage reads; the driver picks one
row per repo across partitions and streams the winning rows of the part files into `models`.

A part file holds its partition's models sorted by repo key, with the repo's duplicates in the
partition already dropped (the same rule as `dedupe_table`: the latest `last_modified`, then
the smallest id, then the earlier row). The narrow table returned has the same rows in the same
order, so row i of one is row i of the other. Across partitions the driver applies the same
rule, an earlier partition winning a full tie, which is what sorting every row at once did.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from auditor.census.lineage_table import dedupe_table
from auditor.census.lone_verdicts import lone_verdicts
from auditor.census.partition import parse_partition, partition_table
from auditor.census.verdict_chunks import DECLARATION_COLUMNS

NARROW_COLUMNS = (
    "key",
    "id",
    "last_modified",
    "downloads",
    *DECLARATION_COLUMNS,
    "parents",
    "verdict",
)
"""What the driver needs of each model: dedupe, lineage and, for a model without parents, its
whole verdict (`lone_verdicts.lone_verdicts`, computed here on the worker)."""
PART_ROW_GROUP = 2000
"""Rows per row group of a part file: the driver holds about one per part while merging."""


def map_partition(
    frame: Any, id_column: str, where: tuple[str, int], row_group: int = PART_ROW_GROUP
) -> Any:
    """Worker side: models of one partition to `folder/part-<number>.parquet` (`where`: the
    folder and the partition's number; sorted by key, deduplicated within the partition);
    the narrow columns of the same rows as Arrow."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = dedupe_table(partition_table(frame, id_column))
    if table.num_rows:
        # Plain pages: a fifth cheaper to write and read than dictionary ones, as small once
        # compressed (the file lives only until `models` is written)
        pq.write_table(table, part_path(*where), row_group_size=row_group, use_dictionary=False)
    narrow = table.select([*NARROW_COLUMNS[:-1], "card_findings"])
    for name in DECLARATION_COLUMNS:  # few distinct values: lone_verdicts reads the codes
        at = narrow.schema.get_field_index(name)
        narrow = narrow.set_column(at, name, pc.dictionary_encode(narrow.column(name)))
    verdicts = pc.dictionary_encode(lone_verdicts(narrow))  # few distinct: the declarations
    return narrow.drop_columns(["card_findings"]).append_column("verdict", verdicts)


def map_row_groups(
    path: str,
    groups: Sequence[int],
    columns: Sequence[str],
    id_column: str,
    where: tuple[str, int],
    row_group: int = PART_ROW_GROUP,
) -> Any:
    """Worker side: `map_partition` of the row groups `groups` of the Parquet file `path`,
    read as Arrow on this thread (no pandas in between, no thread pool: the worker's one
    core; a Dask read spent ~10x the CPU of the read itself on both)."""
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path).read_row_groups(groups, columns=list(columns), use_threads=False)
    return map_partition(table, id_column, where, row_group)


def row_group_blocks(path: str, blocksize: int) -> list[list[int]]:
    """The row groups of a Parquet file cut into runs of consecutive ones of at most
    `blocksize` bytes uncompressed together (a larger row group alone), in file order."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    blocks: list[list[int]] = []
    size = 0
    for group in range(meta.num_row_groups):
        more = meta.row_group(group).total_byte_size
        if blocks and size + more <= blocksize:
            blocks[-1].append(group)
            size += more
        else:
            blocks.append([group])
            size = more
    return blocks


def part_path(folder: str, number: int) -> str:
    """Where partition `number`'s models are written."""
    return str(Path(folder) / f"part-{number:06d}.parquet")


def pick_rows(narrow: Sequence[Any]) -> tuple[Any, Any, Any, Any]:
    """Driver side: the partitions' narrow tables (in partition order) -> (one table over
    all rows, the rows kept in output order, each kept row's partition, its row there)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    sizes = np.array([t.num_rows for t in narrow], dtype=np.int64)
    # One chunk per column: the driver takes its rows in key order, 50,000 at a time, and
    # a take across hundreds of chunks costs several times more.
    table = (
        pa.concat_tables(narrow).unify_dictionaries().combine_chunks()
        if narrow
        else _empty_narrow()
    )
    part = np.repeat(np.arange(len(narrow), dtype=np.int64), sizes)
    ranked = pa.table(
        {
            "key": table.column("key"),
            "last_modified": table.column("last_modified"),
            "id": table.column("id"),
            "part": part,
        }
    )
    order = (
        pc.sort_indices(
            ranked,
            sort_keys=[
                ("key", "ascending", "at_end"),
                ("last_modified", "descending", "at_end"),
                ("id", "ascending", "at_end"),
                ("part", "ascending", "at_end"),
            ],
        )
        .to_numpy()
        .astype(np.int64)
    )
    keys = ranked.column("key").take(order)
    first = np.ones(len(order), dtype=bool)
    if len(order) > 1:
        same = pc.equal(keys.slice(1), keys.slice(0, len(order) - 1))
        first[1:] = ~np.asarray(same.to_numpy(zero_copy_only=False), dtype=bool)
    kept = order[first]
    starts = np.concatenate([np.zeros(1, np.int64), np.cumsum(sizes)[:-1]])
    parts = part[kept]
    table = table.drop_columns(["last_modified"])  # read for picking only
    return table, kept, parts, kept - starts[parts] if len(kept) else kept


def _empty_narrow() -> Any:
    import pandas as pd
    import pyarrow as pa

    frame = parse_partition(pd.DataFrame({"id": pd.array([], dtype="string")}))
    table = pa.Table.from_pandas(frame, preserve_index=False).select(list(NARROW_COLUMNS[:-1]))
    return table.append_column("verdict", pa.array([], pa.large_string()))


def write_models(
    writers: Any, where: tuple[str, str], parts: Any, rows: Any, chunk: int = 50_000
) -> None:
    """Stream the kept rows of the part files, in output order, into the `models` table of
    `writers` (tables.TableWriters) with the snapshot label in front; about one row group per
    part file is held at a time. `where`: the snapshot's label and the part files' folder."""
    import numpy as np
    import pyarrow as pa

    label, folder = where
    cursors: dict[int, _Cursor] = {}
    for start in range(0, len(parts), chunk):
        part, row = parts[start : start + chunk], rows[start : start + chunk]
        order = np.argsort(part, kind="stable")  # by part, rows increasing within each
        by_part, by_row = part[order], row[order]
        bounds = np.flatnonzero(np.diff(by_part)) + 1
        pieces = []
        for lo, hi in zip([0, *bounds], [*bounds, len(order)], strict=True):
            number = int(by_part[lo])
            if number not in cursors:
                cursors[number] = _Cursor(part_path(folder, number))
            pieces.append(cursors[number].take(by_row[lo:hi]))
        inverse = np.empty_like(order)
        inverse[order] = np.arange(len(order))
        table = pa.concat_tables(pieces).take(inverse)
        labels = pa.array([label] * table.num_rows, pa.large_string())
        table = table.add_column(0, "snapshot", labels)
        writers.write("models", table)


class _Cursor:
    """Reads one part file forwards, row group by row group, for rows asked in order."""

    def __init__(self, path: str) -> None:
        import pyarrow.parquet as pq

        self.file = pq.ParquetFile(path)
        self.start = 0  # the part-file row that buffer row 0 is
        self.buffer = self.file.schema_arrow.empty_table()
        self.group = 0

    def take(self, rows: Any) -> Any:
        import pyarrow as pa

        end = int(rows[-1]) + 1
        while self.start + self.buffer.num_rows < end:
            more = self.file.read_row_group(self.group)
            self.group += 1
            self.buffer = pa.concat_tables([self.buffer, more])
        taken = self.buffer.take(rows - self.start)
        self.buffer = self.buffer.slice(end - self.start)
        self.start = end
        return taken
