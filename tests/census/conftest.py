"""Census fixtures: Parquet snapshots the tests build, and one in-process Dask cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")
pytest.importorskip("duckdb")

import pyarrow as pa
import pyarrow.parquet as pq

from auditor.census.run import CensusOptions

Row = dict[str, Any]


def card(**front_matter: Any) -> str:
    """A `cardData` cell: the front matter as JSON text."""
    return json.dumps(front_matter)


def hub_parents(relation: str, *refs: str) -> dict[str, Any]:
    """A `baseModels` cell as the Hub's dump has it."""
    return {"models": [{"id": r} for r in refs], "relation": relation}


def write_snapshot(path: Path, rows: Sequence[Row], *, row_group_size: int = 3) -> str:
    """Write rows as a Parquet snapshot with the dump's columns (small row groups)."""
    columns = ("id", "cardData", "baseModels", "tags", "downloads", "lastModified")
    data = {c: [r.get(c) for r in rows] for c in columns}
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("cardData", pa.string()),
            (
                "baseModels",
                pa.struct(
                    [
                        ("models", pa.list_(pa.struct([("id", pa.string())]))),
                        ("relation", pa.string()),
                    ]
                ),
            ),
            ("tags", pa.list_(pa.string())),
            ("downloads", pa.int64()),
            ("lastModified", pa.string()),
        ]
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(data, schema=schema), path, row_group_size=row_group_size)
    return str(path)


@pytest.fixture(scope="session")
def dask_scheduler() -> Iterator[str]:
    """A 2-worker in-process LocalCluster shared by the census tests: its address."""
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": False},
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def on_cluster(dask_scheduler: str) -> CensusOptions:
    """Options running a census on the shared cluster."""
    return CensusOptions(scheduler=dask_scheduler)
