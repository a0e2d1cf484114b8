"""`--scheduler`: a census on a real `dask scheduler` and `dask worker`, separate processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.census.conftest import write_snapshot
from tests.census.test_run import SYNTHETIC
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
runner = CliRunner()


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", *args], stdout=out, stderr=subprocess.STDOUT, env=env
        )


@pytest.fixture
def scheduler_address(tmp_path: Path) -> Iterator[str]:
    """A scheduler and one worker on 127.0.0.1 (a free port each); always stopped."""
    info = tmp_path / "scheduler.json"
    processes = [
        _start(
            [
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                str(info),
            ],
            tmp_path / "scheduler.log",
        )
    ]
    try:
        deadline = time.monotonic() + 60
        while not info.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert info.is_file(), (tmp_path / "scheduler.log").read_text()
        address = json.loads(info.read_text())["address"]
        processes.append(
            _start(
                [
                    "worker",
                    address,
                    "--nworkers",
                    "1",
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--host",
                    "127.0.0.1",
                    "--no-nanny",
                ],
                tmp_path / "worker.log",
            )
        )
        from distributed import Client

        with Client(address, timeout=60) as client:  # type: ignore[no-untyped-call]
            client.wait_for_workers(1, timeout=60)
        yield address
    finally:
        # The worker first, then the scheduler: a worker told to stop while its scheduler is
        # closing can hang in its own close (a cancelled send) until it is killed.
        for process in reversed(processes):
            _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, a few seconds to close, then SIGKILL (a dask process closes in well under 1 s)."""
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_census_runs_on_a_separate_scheduler_and_worker(
    tmp_path: Path, scheduler_address: str
) -> None:
    snapshot = write_snapshot(tmp_path / "s.parquet", SYNTHETIC)
    out = tmp_path / "remote"
    result = runner.invoke(
        app, ["census", "run", snapshot, "--output", str(out), "--scheduler", scheduler_address]
    )
    assert result.exit_code == 0, result.output
    assert "mislabelled derivatives: 5" in result.stdout
    local = tmp_path / "local"
    result = runner.invoke(
        app, ["census", "run", snapshot, "--output", str(local), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    for name in ("models", "edges", "lineage", "findings"):
        remote_table = pq.read_table(out / f"{name}.parquet")
        assert remote_table.equals(pq.read_table(local / f"{name}.parquet")), name
