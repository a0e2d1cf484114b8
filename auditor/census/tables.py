"""Writes a census: Parquet tables, a DuckDB file with views over them, the HTML summary
and census.json (snapshots, schema problems, rows, timings)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from auditor.census.html import render_summary
from auditor.census.snapshot import SnapshotInfo

TABLES = ("models", "edges", "lineage", "findings", "drift")


def write_outputs(
    output: Path, tables: dict[str, Any], infos: Sequence[SnapshotInfo]
) -> dict[str, str]:
    """Write every table present, the DuckDB views and the summary; name -> path written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    output.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    for name in TABLES:
        if name in tables:
            path = output / f"{name}.parquet"
            table = pa.Table.from_pandas(tables[name], preserve_index=False)
            pq.write_table(table, path)
            files[name] = str(path)
    files["duckdb"] = str(write_duckdb(output / "census.duckdb", files))
    labels = [info.label for info in infos]
    summary = output / "summary.html"
    summary.write_text(render_summary(tables, labels), encoding="utf-8")
    files["summary"] = str(summary)
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
        "tables": {name: len(tables[name]) for name in TABLES if name in tables},
    }
    census = output / "census.json"
    census.write_text(json.dumps(facts, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    files["census"] = str(census)
    return files


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


def read_table(folder: Path, name: str) -> Any:
    """A census table back as pandas (drift and export-lineage read earlier censuses)."""
    import pyarrow.parquet as pq

    path = folder / f"{name}.parquet"
    if not path.is_file():
        from auditor.errors import SourceError

        raise SourceError(f"{path}: no such census table (run `auditor census run` first)")
    return pq.read_table(path).to_pandas()
