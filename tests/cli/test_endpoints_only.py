"""The command line talks only to the endpoints it is given: the Hub client's first request
would otherwise ask `HF_ENDPOINT` (huggingface.co by default) for a registry of AI agents, a
third party that a run against a mirror never named (cli/fast_path.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakehub import FakeHub

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_run_against_a_mirror_asks_nothing_of_the_default_endpoint(tmp_path: Path) -> None:
    with FakeHub() as mirror, FakeHub() as default_hub:
        sha = mirror.add_repo("acme/m", {"README.md": "---\nlicense: mit\n---\n# m\n"})
        env = {k: v for k, v in os.environ.items() if k != "HF_HUB_DISABLE_TELEMETRY"}
        env |= {
            "PYTHONPATH": str(ROOT),
            "HF_ENDPOINT": default_hub.url,  # where the client's own extra request would go
            "HF_HOME": str(tmp_path / "hf-home"),  # no registry cached from an earlier run
            "AUDITOR_CACHE_DIR": str(tmp_path / "analysis"),
        }
        done = _run(
            ["scan", f"acme/m@{sha}", "--endpoint", mirror.url, "--cache-dir", str(tmp_path)],
            env,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert mirror.requests, "the model was read from the endpoint named"
        assert [path for _, path, _ in default_hub.requests] == []

        # a user who turns the client's telemetry on gets the client's behaviour
        default_hub.clear_requests()
        env["HF_HUB_DISABLE_TELEMETRY"] = "0"
        env["AUDITOR_CACHE_DIR"] = str(tmp_path / "analysis-2")
        done = _run(
            ["scan", f"acme/m@{sha}", "--endpoint", mirror.url, "--cache-dir", str(tmp_path / "b")],
            env,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert any("agent" in path for _, path, _ in default_hub.requests)
