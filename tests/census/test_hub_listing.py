"""`auditor census snapshot` against the loopback fake Hub: paging, the dump's schema, resume
after an interruption, waiting on a 429 for the server's reset time, --limit."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from auditor.census.hub_listing import snapshot_paths, take_snapshot
from auditor.census.partition import parse_partition
from auditor.census.snapshot import read_snapshot_info
from auditor.cli.main import app
from auditor.errors import SourceError
from tests.fakehub import FakeHub

runner = CliRunner()
REPOS = 23


class Stop(Exception):
    """Stands for a session stopping without warning."""


def _hub() -> FakeHub:
    hub = FakeHub().start()
    hub.page_size = 4
    for n in range(REPOS):
        front = "license: cc-by-nc-4.0\n" if n == 0 else "license: mit\nbase_model: org/m00\n"
        hub.add_repo(f"org/m{n:02d}", {"README.md": f"---\n{front}---\n# M{n}\n"}, downloads=n)
    return hub


def _ids(path: Path) -> list[str]:
    return [str(i) for i in pq.read_table(path, columns=["id"]).column("id").to_pylist()]


def test_snapshot_pages_the_listing_into_the_dump_schema(tmp_path: Path) -> None:
    out = tmp_path / "models.parquet"
    with _hub() as hub:
        result = take_snapshot(out, endpoint=hub.url, token=False, flush_rows=8)
        listing = hub.requests_matching(r"^/api/models\?")
        assert hub.errors == []
    assert result.rows == REPOS and result.pages == 6 and len(result.parts) == 3
    assert all("expand=baseModels" in p and "expand=cardData" in p for p in listing)
    info = read_snapshot_info(str(out))
    assert info.missing == ("card",) and info.rows == REPOS
    assert _ids(out) == [f"org/m{n:02d}" for n in range(REPOS)]
    cursor, parts = snapshot_paths(out)
    assert not cursor.exists() and not parts.exists()
    # The census reads it: the declared license and the Hub's parent edge of each model.
    models = parse_partition(pq.read_table(out).to_pandas()).set_index("id")
    assert models.loc["org/m05", "license_id"] == "MIT"
    assert '"org/m00","finetune","baseModels"' in str(models.loc["org/m05", "parents"])
    assert int(models.loc["org/m05", "downloads"]) == 5


def test_an_interrupted_snapshot_resumes_from_its_cursor(tmp_path: Path) -> None:
    out = tmp_path / "models.parquet"
    with _hub() as hub:

        def stop_after_three(rows: int, pages: int) -> None:
            if pages == 3:
                raise Stop

        with pytest.raises(Stop):
            take_snapshot(
                out, endpoint=hub.url, token=False, flush_rows=8, on_page=stop_after_three
            )
        cursor, _ = snapshot_paths(out)
        assert cursor.exists() and not out.exists()
        with pytest.raises(SourceError, match="--resume"):
            take_snapshot(out, endpoint=hub.url, token=False, flush_rows=8)
        hub.clear_requests()
        result = take_snapshot(out, endpoint=hub.url, token=False, flush_rows=8, resume=True)
        resumed = hub.requests_matching(r"^/api/models\?")
    assert result.resumed and result.rows == REPOS
    # Pages 1-2 were written as a part before the stop: the resumed run starts at page 3.
    assert "cursor=8" in resumed[0] and len(resumed) == 4
    assert _ids(out) == [f"org/m{n:02d}" for n in range(REPOS)]


def test_a_429_waits_for_the_servers_reset_time(tmp_path: Path) -> None:
    out = tmp_path / "models.parquet"
    with _hub() as hub:
        hub.inject(r"^/api/models\?.*cursor=4", FakeHub.rate_limited(1))
        start = time.monotonic()
        result = take_snapshot(out, endpoint=hub.url, token=False)
        waited = time.monotonic() - start
        second_page = hub.requests_matching(r"^/api/models\?.*cursor=4$")
    assert result.rows == REPOS
    assert len(second_page) == 2  # refused once, asked again after the reset
    assert waited >= 2.0  # the reset (1 s) plus the client's 1 s margin


def test_limit_and_cli(tmp_path: Path) -> None:
    out = tmp_path / "models.parquet"
    with _hub() as hub:
        args = ["census", "snapshot", "--output", str(out), "--limit", "10"]
        done = runner.invoke(app, [*args, "--endpoint", hub.url])
    assert done.exit_code == 0, done.output
    assert "wrote 10 models" in done.stdout
    assert _ids(out) == [f"org/m{n:02d}" for n in range(10)]


def test_a_lone_surrogate_from_a_card_is_kept_as_its_escape(tmp_path: Path) -> None:
    """A card's YAML can hold `"\\ud800"`, which the Hub's JSON escapes in `cardData`,
    `baseModels` and the tags; Parquet cannot hold it: written as its escape text, and the
    census notes the card."""
    out = tmp_path / "models.parquet"
    front = 'license: "mit\\ud800"\nbase_model: "org/\\ud800"\ntags: ["x\\udc80"]\n'
    with FakeHub().start() as hub:
        hub.add_repo("org/plain", {"README.md": "---\nlicense: mit\n---\n# M\n"})
        hub.add_repo("org/lone", {"README.md": f"---\n{front}---\n# M\n"})
        result = take_snapshot(out, endpoint=hub.url, token=False)
    assert result.rows == 2
    rows = {r["id"]: r for r in pq.read_table(out).to_pylist()}
    lone = rows["org/lone"]
    assert lone["baseModels"]["models"] == [{"id": "org/\\ud800"}]
    assert "x\\udc80" in lone["tags"]
    assert json.loads(lone["cardData"])["license"] == "mit\ud800"  # JSON text: as the Hub sent
    models = parse_partition(pq.read_table(out).to_pandas()).set_index("id")
    assert models.loc["org/lone", "declared_license"] == "mit\\ud800"
    assert json.loads(str(models.loc["org/lone", "parents"])) == [
        ["org/\\ud800", "finetune", "baseModels"]
    ]
    assert "cardData.license" in str(models.loc["org/lone", "card_problem"])
    assert models.loc["org/plain", "license_id"] == "MIT"
