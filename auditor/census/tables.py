"""Writes a census: Parquet tables, a DuckDB file with views over them, the HTML summary
and census.json (snapshots, schema problems, rows, timings)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from auditor.census.html import render_summary
from auditor.census.snapshot import SnapshotInfo

TABLES = ("models", "edges", "lineage", "findings", "drift")
_SUMMARY_COLUMNS = (
    "snapshot",
    "id",
    "downloads",
    "declared_license",
    "license_id",
    "root",
    "contradicts_base",
    "binding_ids",
    "effective_hf",
)


_ONE_PER_MODEL = frozenset(("id", "key", "parents", "child", "parent", "parent_key"))
"""Columns of a value per model (or per edge): written as plain pages, not
dictionary pages that overflow and fall back (a fifth of a table's writing time, and the
files ~7% larger); the other columns repeat a few values and keep their dictionaries."""


@cache
def table_schema(name: str) -> Any:
    """The Arrow schema (with pandas' metadata, so reading back gives the same dtypes) of the
    census table `name`, fixed whatever the rows: `models`, `edges`, `lineage`, `findings`."""
    import pandas as pd
    import pyarrow as pa

    from auditor.census.partition import empty_partition
    from auditor.census.verdict_chunks import EDGE_COLUMNS, FINDING_COLUMNS, LINEAGE_COLUMNS

    if name == "models":
        frame = empty_partition()
        frame.insert(0, "snapshot", pd.array([], dtype="string"))
    else:
        names = {"edges": EDGE_COLUMNS, "lineage": LINEAGE_COLUMNS, "findings": FINDING_COLUMNS}
        dtypes = {"downloads": "Int64", "depth": "int64", "unresolved": "int64"}
        dtypes |= dict.fromkeys(("cycle", "mismatch", "contradicts_base", "parent_in_text"), "bool")
        frame = pd.DataFrame({c: pd.array([], dtype=dtypes.get(c, "str")) for c in names[name]})
    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    return pa.schema(
        [f.with_type(pa.large_string()) if f.type == pa.string() else f for f in schema],
        metadata=schema.metadata,
    )


class TableWriters:
    """One Parquet writer per census table in `folder`, written a chunk at a time; different
    tables may be written from different threads (one thread per table)."""

    def __init__(self, folder: Path) -> None:
        import threading

        self.folder = folder
        self.rows: dict[str, int] = {}
        self._open: dict[str, Any] = {}
        self._lock = threading.Lock()  # the dicts; the writing itself runs unlocked

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.parquet"

    def write(self, name: str, table: Any) -> None:
        """Append an Arrow table with the columns of `table_schema(name)`."""
        writer = self._writer(name)
        writer.write_table(table.cast(writer.schema))
        with self._lock:
            self.rows[name] = self.rows.get(name, 0) + table.num_rows

    def write_columns(self, name: str, columns: dict[str, list[Any]]) -> None:
        """Append column lists (missing values as None)."""
        import pyarrow as pa

        self.write(name, pa.table(columns, schema=self._writer(name).schema))

    def close(self) -> None:
        """Close every writer; a table never written is written empty."""
        for name in ("models", "edges", "lineage", "findings"):
            self._writer(name)
        for writer in self._open.values():
            writer.close()
        self._open.clear()

    def _writer(self, name: str) -> Any:
        with self._lock:
            if name not in self._open:
                import pyarrow.parquet as pq

                schema = table_schema(name)
                coded = [c for c in schema.names if c not in _ONE_PER_MODEL]
                self._open[name] = pq.ParquetWriter(self.path(name), schema, use_dictionary=coded)
                self.rows.setdefault(name, 0)
            return self._open[name]


def finish_outputs(
    work: Path, output: Path, rows: dict[str, int], infos: Sequence[SnapshotInfo]
) -> dict[str, str]:
    """With the tables written in `work` (a folder in `output`): drift, then each file moved
    into `output` (a rename: a file is either the earlier one or the finished new one), the
    DuckDB views and the summary; name -> path written."""
    import pyarrow.parquet as pq

    from auditor.census.drift import drift_table

    labels = [info.label for info in infos]
    rows = dict(rows)
    if len(infos) > 1:
        drift = drift_table(work / "lineage.parquet", labels)
        pq.write_table(drift, work / "drift.parquet")
        rows["drift"] = drift.num_rows
    files: dict[str, str] = {}
    for name in TABLES:
        if (work / f"{name}.parquet").is_file():
            files[name] = str(_move(work / f"{name}.parquet", output))
    write_duckdb(work / "census.duckdb", files)
    files["duckdb"] = str(_move(work / "census.duckdb", output))
    lineage = _read(output / "lineage.parquet", _SUMMARY_COLUMNS)
    (work / "summary.html").write_text(render_summary(lineage, labels), encoding="utf-8")
    del lineage
    files["summary"] = str(_move(work / "summary.html", output))
    facts = {
        "snapshots": [
            {
                "label": i.label,
                "path": i.path,
                "rows_read": i.rows,
                "id_column": i.id_column,
                "missing_columns": list(i.missing),
                "problems": i.problems(),
                **({"requested": i.requested} if i.requested else {}),
            }
            for i in infos
        ],
        "tables": {name: rows[name] for name in TABLES if name in rows},
    }
    census = work / "census.json"
    census.write_text(json.dumps(facts, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    files["census"] = str(_move(census, output))
    return files


def findings_table(parts: list[Any], order: Any, schema: Any) -> Any:
    """The findings columns (the snapshot label first, then the rest put in `order`) as one
    table of `schema`."""
    import pyarrow as pa

    parts[1:] = [p.take(order) for p in parts[1:]]
    return pa.Table.from_arrays(
        [c.cast(f.type) for c, f in zip(parts, schema, strict=True)], schema=schema
    )


def _move(path: Path, folder: Path) -> Path:
    target = folder / path.name
    path.replace(target)
    return target


def _read(path: Path, columns: Sequence[str], snapshot: str | None = None) -> Any:
    """Some columns of a census table as pandas, of one snapshot when given; integers stay
    integers when some are missing (pandas would make them floats)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    where = [("snapshot", "==", snapshot)] if snapshot is not None else None
    table = pq.read_table(path, columns=list(columns), filters=where)
    return table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def arrow_table(relation: Any) -> Any:
    """A DuckDB relation's rows as an Arrow table: DuckDB 1.x answers `arrow()` with a Table,
    2.x with a RecordBatchReader (its fetch_arrow_table is deprecated there)."""
    found = relation.arrow()
    return found.read_all() if hasattr(found, "read_all") else found


def write_duckdb(path: Path, parquet: dict[str, str]) -> Path:
    """A DuckDB database whose views read the Parquet tables (by absolute path: move the
    folder and the views need re-creating, the Parquet files stay the data)."""
    import duckdb

    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as db:
        for name, file in sorted(parquet.items()):
            quoted = str(Path(file).resolve()).replace("'", "''")
            db.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{quoted}')")
    return path


def read_table(
    folder: Path, name: str, columns: Sequence[str] | None = None, *, latest: bool = False
) -> Any:
    """A census table back as pandas (drift and export-lineage read earlier censuses); only
    `columns` when given. With `latest`, only the rows of the census's latest snapshot, read
    with a filter, and text as Arrow-backed strings: a 3M-model table in a third of the
    memory of Python strings."""
    import pyarrow.parquet as pq

    path = folder / f"{name}.parquet"
    if not path.is_file():
        from auditor.errors import SourceError

        raise SourceError(f"{path}: no such census table (run `auditor census run` first)")
    if not latest:
        return pq.read_table(path, columns=list(columns) if columns else None).to_pandas()
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    labels = pc.unique(pq.read_table(path, columns=["snapshot"]).column("snapshot"))
    found = sorted(str(v) for v in labels.to_pylist() if v is not None)
    where = [("snapshot", "==", found[-1])] if found else None
    table = pq.read_table(path, columns=list(columns) if columns else None, filters=where)
    text = pd.StringDtype("pyarrow")
    # integers stay integers when some are missing (pandas would make them all floats)
    kinds = {pa.string(): text, pa.large_string(): text, pa.int64(): pd.Int64Dtype()}
    return table.to_pandas(types_mapper=kinds.get)
