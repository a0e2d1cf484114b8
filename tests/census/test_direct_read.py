"""A map task reading its row groups itself (Arrow, `parts.map_row_groups`) against the same
task on the frame Dask's reader hands over (`parts.map_partition`): the same narrow columns and
the same part file, on odd rows (the per-row path) and on column types the SQL does not read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from auditor.census.parts import map_partition, map_row_groups, part_path, row_group_blocks
from auditor.census.run import CensusOptions, run_census
from tests.census.conftest import write_snapshot
from tests.census.test_columnar import _frame, _rows


def _variants() -> dict[str, pd.DataFrame]:
    frame = _frame(_rows(300))
    dated = frame.copy()
    dated["lastModified"] = pd.to_datetime(
        [f"2026-0{1 + i % 9}-0{1 + i % 9}T10:00:00Z" if i % 7 else None for i in range(len(frame))]
    )
    dated["downloads"] = [float(i) if i % 5 else float("nan") for i in range(len(frame))]
    texts = frame.copy()
    texts["baseModels"] = [json.dumps(b) if b is not None else None for b in frame["baseModels"]]
    renamed = frame.rename(columns={"id": "modelId"})
    return {"plain": frame, "dated": dated, "texts": texts, "modelId": renamed}


@pytest.mark.parametrize("name", ["plain", "dated", "texts", "modelId"])
def test_a_task_reading_arrow_gives_what_it_gives_on_dasks_frame(tmp_path: Path, name: str) -> None:
    frame = _variants()[name]
    id_column = "modelId" if name == "modelId" else "id"
    path = tmp_path / "snap.parquet"
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path, row_group_size=40)
    meta = pq.ParquetFile(path).metadata
    size = max(meta.row_group(g).total_byte_size for g in range(meta.num_row_groups))
    blocks = row_group_blocks(str(path), 2 * size)
    assert len(blocks) > 1 and any(len(b) > 1 for b in blocks)
    columns = list(frame.columns)
    for at, groups in enumerate(blocks):
        direct = map_row_groups(str(path), groups, columns, id_column, (str(tmp_path), at))
        read = _dask_partition(path, groups, columns)
        via = map_partition(read, id_column, (str(tmp_path), 1000 + at))
        assert direct.equals(via), (name, at)
        one, two = (pq.read_table(part_path(str(tmp_path), n)) for n in (at, 1000 + at))
        assert one.equals(two), (name, at)


def _dask_partition(path: Path, groups: list[int], columns: list[str]) -> Any:
    """The rows of `groups` as Dask's reader hands them over (one row group a partition)."""
    parts = dd.read_parquet(path, columns=columns, split_row_groups=True).to_delayed()
    frames = [parts[g].compute(scheduler="sync") for g in groups]
    return pd.concat(frames, ignore_index=True)


def test_row_groups_are_cut_in_runs_up_to_the_blocksize(tmp_path: Path) -> None:
    path = tmp_path / "snap.parquet"
    table = pa.table({"id": [f"o/m-{i:04d}" for i in range(1000)], "x": np.arange(1000)})
    pq.write_table(table, path, row_group_size=100)
    size = pq.ParquetFile(path).metadata.row_group(0).total_byte_size
    assert row_group_blocks(str(path), 3 * size) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
    assert row_group_blocks(str(path), 1) == [[g] for g in range(10)]  # never split


def test_an_empty_snapshot_and_an_empty_row_group(
    tmp_path: Path, on_cluster: CensusOptions
) -> None:
    empty = write_snapshot(tmp_path / "empty.parquet", [])
    run = run_census([empty], tmp_path / "none", on_cluster)
    assert run.counts == {"models": 0, "edges": 0, "lineage": 0, "findings": 0}
    one = pq.read_table(write_snapshot(tmp_path / "one.parquet", [{"id": "a/b", "cardData": "{}"}]))
    with pq.ParquetWriter(tmp_path / "mixed.parquet", one.schema) as writer:
        writer.write_table(one.slice(0, 0))
        writer.write_table(one)
    run = run_census([str(tmp_path / "mixed.parquet")], tmp_path / "one", on_cluster)
    assert run.counts["models"] == run.counts["lineage"] == 1
