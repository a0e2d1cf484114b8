"""Issue 34: a killed run leaves no process behind, and a reader of its output sees the end.

Each test starts `python -m auditor check` on enough local folders for the process pool, in a
session of its own with stdout on a pipe, waits until the pool's processes run, kills the run
(SIGKILL or SIGTERM, neither of which runs clean-up code), then asserts that the pipe reaches
end-of-file and that no process of the session is left.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _session(sid: int) -> list[int]:
    """Pids of live processes whose session is `sid` (zombies excluded)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, session = fields[0], int(fields[3])
        if session == sid and state != "Z":
            found.append(int(entry.name))
    return found


def _models(folder: Path, count: int) -> Path:
    lines = ["version: 1", "models:"]
    for i in range(count):
        model = folder / f"m{i}"
        model.mkdir(parents=True)
        body = f"Notes {i} on what the model does and how it was trained. " * 700
        (model / "README.md").write_text(f"---\nlicense: apache-2.0\n---\n# M{i}\n{body}\n")
        lines.append(f"  - ./m{i}")
    manifest = folder / "auditor.yaml"
    manifest.write_text("\n".join(lines) + "\n")
    return manifest


def _wait_for(predicate: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _models(tmp_path_factory.mktemp("orphans"), 400)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "after"),
    [
        (signal.SIGKILL, 0.0),  # as soon as the workers run
        (signal.SIGKILL, 1.5),  # mid-run, chunks in flight
        (signal.SIGTERM, 0.0),
        (signal.SIGTERM, 1.5),
    ],
)
def test_killed_run_leaves_no_process_and_releases_its_output(
    manifest: Path, sig: signal.Signals, after: float
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    run = subprocess.Popen(
        [sys.executable, "-m", "auditor", "check", str(manifest), "--jobs", "2", "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    assert run.stdout is not None
    eof = threading.Event()

    def drain() -> None:
        assert run.stdout is not None
        while run.stdout.read(65536):
            pass
        eof.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        # the run, the resource tracker, the fork server and at least one worker
        assert _wait_for(lambda: len(_session(run.pid)) >= 4, 60), "the pool never started"
        time.sleep(after)
        assert run.poll() is None, "the run ended before it could be killed"
        os.kill(run.pid, sig)
        run.wait(10)
        assert eof.wait(20), "the run's output was never closed: a child still holds it"
        assert _wait_for(lambda: not _session(run.pid), 10), _session(run.pid)
    finally:
        for pid in _session(run.pid):
            os.kill(pid, signal.SIGKILL)
        reader.join(5)
        run.stdout.close()
