"""`hf://datasets/<repo>@<revision>/<path>` snapshots through HfFileSystem and the loopback
fake Hub: the revision is pinned to a commit once, the file is read with Range requests."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.census.run import CensusOptions, run_census
from auditor.census.snapshot import read_snapshot_info
from auditor.errors import SourceError
from tests.census.conftest import card, write_snapshot
from tests.fakehub import FakeHub

ROWS = [
    {"id": "lab/root", "cardData": card(license="cc-by-nc-4.0"), "downloads": 9},
    {"id": "a/ft", "cardData": card(license="mit", base_model="lab/root"), "downloads": 5},
    {"id": "b/other", "cardData": card(license="apache-2.0"), "downloads": 1},
]
FILE = "models/2026-11-23/models.parquet"


def _dump(tmp_path: Path, rows: list[dict[str, object]]) -> bytes:
    return Path(write_snapshot(tmp_path / "dump.parquet", rows, row_group_size=2)).read_bytes()


def test_hf_snapshot_is_pinned_and_read_with_ranges(tmp_path: Path, dask_scheduler: str) -> None:
    with FakeHub() as hub:
        first = hub.add_dataset("org/hub-stats", {FILE: _dump(tmp_path, ROWS)})
        options = CensusOptions(scheduler=dask_scheduler, hub_endpoint=hub.url, hub_token=False)
        info = read_snapshot_info(f"hf://datasets/org/hub-stats@main/{FILE}", 1, options.storage())
        assert info.path == f"hf://datasets/org/hub-stats@{first}/{FILE}"
        assert info.label == "2026-11-23" and info.rows == 3
        # main moves on; the census reads the commit it pinned, never a mix of the two.
        changed = [dict(r) for r in ROWS]
        changed[1]["cardData"] = card(license="cc-by-nc-4.0", base_model="lab/root")
        hub.add_dataset("org/hub-stats", {FILE: _dump(tmp_path, changed)})
        run = run_census([info.path], tmp_path / "out", options)
        lineage = run.table("lineage").set_index("id")
        assert bool(lineage.loc["a/ft", "contradicts_base"])  # the pinned, older commit
        ranges = [h.get("range") for m, p, h in hub.requests if "/resolve/" in p]
        assert ranges and all(r and r.startswith("bytes=") for r in ranges)
        assert not hub.requests_matching(r"/resolve/main/")
        assert hub.errors == []


def test_hf_snapshot_errors_name_the_path(tmp_path: Path) -> None:
    with FakeHub() as hub:
        storage = {"endpoint": hub.url, "token": False}
        with pytest.raises(SourceError, match="hf://datasets/org/none@main"):
            read_snapshot_info(f"hf://datasets/org/none@main/{FILE}", 1, storage)
        with pytest.raises(SourceError, match="expected hf://datasets"):
            read_snapshot_info("hf://datasets/justaname", 1, storage)
