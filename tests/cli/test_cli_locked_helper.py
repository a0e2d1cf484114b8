"""`auditor check --locked` as a user runs it (`python -m auditor`): its listing requests are
made by a helper forked at the start (sources/hub_listings.py, Linux), and the report is the
one the same command gives in process (threads, no helper), byte for byte but its time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TypedDict, cast

import pytest
from typer.testing import CliRunner

from auditor.cli.fast_path import asks_listings
from auditor.cli.main import app
from tests.fakehub import Failure, FakeHub

ROOT = Path(__file__).resolve().parents[2]
LICENSES = ("apache-2.0", "mit", "llama3.1", "cc-by-nc-4.0", "gemma")
LISTING = r"^/api/models/"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper forks (Linux)"),
]


class Locked:
    """A locked manifest of pinned models on a fake Hub; `check --locked` run both ways."""

    def __init__(self, hub: FakeHub, folder: Path) -> None:
        self.hub, self.folder = hub, folder
        self.refs = []
        for i, tag in enumerate(LICENSES):
            card = f"---\nlicense: {tag}\n---\n# model {i}\n"
            sha = hub.add_repo(f"acme/m{i}", {"README.md": card, "LICENSE": f"terms {i}\n"})
            self.refs.append(f"acme/m{i}@{sha}")
        self.manifest = folder / "models.yaml"
        lines = [
            "version: 1",
            "organization: {name: A, domicile: US}",
            "deployment: {mau: 10, regions: [US], distribution: saas, use_cases: [chatbot]}",
            "models:",
            *(f"  - {ref}" for ref in self.refs),
        ]
        self.manifest.write_text("\n".join(lines) + "\n")
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("AUDITOR_", "HF_", "PYTEST", "COV_"))
        }
        self.env.update(
            PYTHONPATH=str(ROOT),
            AUDITOR_CACHE_DIR=str(folder / "analysis"),
            AUDITOR_DATA_DIR=str(folder / "data"),
            HF_HUB_CACHE=str(folder / "hf"),
            HF_HOME=str(folder / "hf-home"),
        )
        self.common = ["--endpoint", hub.url, "-q", "--format", "json"]
        done = self.command("lock", str(self.manifest), "--endpoint", hub.url, "-q")
        assert done.returncode == 0, done.stderr

    def command(
        self, *argv: str, env: dict[str, str] | None = None, no_stdin: bool = False
    ) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable, "-X", "importtime", "-m", "auditor", *argv]
        if no_stdin:
            # The shell closes descriptor 0 and replaces itself with the command. Never a
            # `preexec_fn`: Python code run between fork and exec in a process with threads
            # (pytest's, xdist's) may crash the child before it starts (SIGSEGV, exit -11,
            # "Fatal Python error" on the parent's stderr), as it did in session 20's CI.
            command = ["/bin/sh", "-c", 'exec "$@" <&-', "sh", *command]
        return subprocess.run(
            command,
            env={**self.env, **(env or {})},
            cwd=self.folder,
            capture_output=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )

    def forked(
        self, env: dict[str, str] | None = None, *, no_stdin: bool = False
    ) -> tuple[int, bytes, bytes]:
        """(exit code, report, stderr without import lines) of `check --locked` run as a
        user runs it; asserts the command's own process never imported the Hub client (the
        helper asked the Hub) when every listing was answered."""
        out = self.folder / "forked.json"
        done = self.command(
            "check",
            str(self.manifest),
            "--locked",
            *self.common,
            "--output",
            str(out),
            env=env,
            no_stdin=no_stdin,
        )
        lines = done.stderr.splitlines(keepends=True)
        imports = b"".join(line for line in lines if line.startswith(b"import time:"))
        self.client_imported = b"huggingface_hub" in imports
        stderr = b"".join(line for line in lines if not line.startswith(b"import time:"))
        return done.returncode, out.read_bytes() if out.exists() else b"", stderr

    def in_process(self) -> tuple[int, bytes, bytes]:
        out = self.folder / "in-process.json"
        saved = dict(os.environ)
        os.environ.update(
            {k: v for k, v in self.env.items() if k.startswith(("AUDITOR_", "HF_HUB_CACHE"))}
        )
        try:
            argv = ["check", str(self.manifest), "--locked", *self.common, "--output", str(out)]
            done = CliRunner().invoke(app, argv)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return done.exit_code, out.read_bytes() if out.exists() else b"", done.stderr_bytes


class Finding(TypedDict):
    rule: str
    message: str


class ModelReport(TypedDict):
    ref: str
    verdict: str
    findings: list[Finding]


class Report(TypedDict):
    """What these tests read of a JSON report (reports/schema/result.schema.json: all of it)."""

    models: list[ModelReport]


def timeless(report: bytes) -> Report:
    data = json.loads(report)
    assert isinstance(data, dict) and data.pop("generated_at")
    assert isinstance(data["models"], list)
    return cast(Report, data)


def test_the_helper_answers_as_the_run_itself(fake_hub: FakeHub, tmp_path: Path) -> None:
    gate = Locked(fake_hub, tmp_path)
    fake_hub.clear_requests()
    code, report, stderr = gate.forked()
    assert code in (0, 1), stderr
    assert not gate.client_imported, "the helper made the requests"
    assert len(fake_hub.requests_matching(LISTING)) == len(gate.refs) == len(fake_hub.requests)
    fake_hub.clear_requests()
    same_code, same_report, _ = gate.in_process()
    assert len(fake_hub.requests) == len(gate.refs)
    assert (code, timeless(report)) == (same_code, timeless(same_report))


def test_the_helper_asks_the_hub_for_every_model_at_once(fake_hub: FakeHub, tmp_path: Path) -> None:
    gate = Locked(fake_hub, tmp_path)
    fake_hub.latency, fake_hub.most_in_flight = 0.3, 0  # each answer waits: overlap shows
    code, _, stderr = gate.forked()
    assert code in (0, 1), stderr
    assert not gate.client_imported, "the helper made the requests"
    assert fake_hub.most_in_flight >= 2, "the listings went one after another"


def test_a_file_changed_in_place_still_drifts(fake_hub: FakeHub, tmp_path: Path) -> None:
    gate = Locked(fake_hub, tmp_path)
    sha = gate.refs[1].partition("@")[2]
    fake_hub.replace_file_in_place("acme/m1", sha, "LICENSE", "terms 1, no SaaS\n")
    code, report, stderr = gate.forked()
    assert code == 1, stderr
    data = timeless(report)
    rules = [f["rule"] for m in data["models"] for f in m["findings"]]
    assert "drift-license-text-changed" in rules
    assert (code, data) == (gate.in_process()[0], timeless(gate.in_process()[1]))


def test_a_hub_error_midway_names_the_model(fake_hub: FakeHub, tmp_path: Path) -> None:
    gate = Locked(fake_hub, tmp_path)
    fake_hub.inject(r"^/api/models/acme/m2[/?]", Failure(status=403, times=None))
    code, report, _ = gate.forked()
    same_code, same_report, _ = gate.in_process()
    assert (code, timeless(report)) == (same_code, timeless(same_report))
    (failed,) = [m for m in timeless(report)["models"] if m["verdict"] == "error"]
    assert failed["ref"] == gate.refs[2]
    assert any(gate.refs[2] in f["message"] for f in failed["findings"])


def test_the_helper_asks_only_the_endpoint_named(fake_hub: FakeHub, tmp_path: Path) -> None:
    gate = Locked(fake_hub, tmp_path)
    with FakeHub() as default_hub:  # where the client's agent-registry request would go
        code, _, stderr = gate.forked(env={"HF_ENDPOINT": default_hub.url})
        assert code in (0, 1), stderr
        assert default_hub.requests == []


def test_without_a_standard_stream_the_run_lists_itself(fake_hub: FakeHub, tmp_path: Path) -> None:
    gate = Locked(fake_hub, tmp_path)
    fake_hub.clear_requests()
    code, report, stderr = gate.forked(no_stdin=True)  # a pipe would take descriptor 0
    assert code in (0, 1), stderr
    assert gate.client_imported, "no helper: the run made the requests itself"
    assert len(fake_hub.requests) == len(gate.refs)
    assert (code, timeless(report)) == (gate.in_process()[0], timeless(gate.in_process()[1]))


def test_which_command_lines_ask_for_listings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("AUDITOR_DEBUG", raising=False)
    assert asks_listings(["check", "m.yaml", "--locked"])
    assert not asks_listings(["check", "m.yaml", "--locked", "--debug"])
    monkeypatch.setenv("AUDITOR_DEBUG", "1")
    assert not asks_listings(["check", "m.yaml", "--locked"])
    monkeypatch.setenv("AUDITOR_DEBUG", "0")
    assert asks_listings(["check", "m.yaml", "--locked"])
    assert not asks_listings(["check", "m.yaml"])
    assert not asks_listings(["check", "m.yaml", "--locked", "--trust-commits"])
    assert not asks_listings(["check", "m.yaml", "--locked", "--offline"])
    assert not asks_listings(["lock", "m.yaml", "--locked"])
    assert not asks_listings([])
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert not asks_listings(["check", "m.yaml", "--locked"])
