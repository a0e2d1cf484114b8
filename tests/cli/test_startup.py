"""Start-up: a CI gate answered from the caches imports neither pydantic nor the Hub client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakehub import FakeHub

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"pydantic", "pydantic_core", "huggingface_hub"}

pytestmark = pytest.mark.slow


def manifest_of(hub: FakeHub, folder: Path, count: int = 3) -> Path:
    lines = [
        "version: 1",
        "organization: {name: A, domicile: US}",
        "deployment: {mau: 10, regions: [US], distribution: saas, use_cases: [chatbot]}",
        "models:",
    ]
    for i, tag in enumerate(["apache-2.0", "mit", "llama3.1"][:count]):
        card = f"---\nlicense: {tag}\n---\n# model {i}\n"
        sha = hub.add_repo(f"acme/m{i}", {"README.md": card, "LICENSE": f"terms {i}\n"})
        lines.append(f"  - acme/m{i}@{sha}")
    manifest = folder / "models.yaml"
    manifest.write_text("\n".join(lines) + "\n")
    return manifest


def imported_by_check(hub: FakeHub, manifest: Path, tmp_path: Path) -> tuple[set[str], str]:
    """Top-level packages `auditor check` imported, and its JSON report."""
    out = tmp_path / "out.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(tmp_path / "analysis")}
    command = [sys.executable, "-X", "importtime", "-m", "auditor", "check", str(manifest)]
    command += ["--endpoint", hub.url, "--cache-dir", str(tmp_path / "hf"), "-q"]
    done = subprocess.run(
        [*command, "--format", "json", "--output", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = {
        line.split("|")[2].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "cumulative" not in line
    }
    return names, out.read_text()


def without_time(report: str) -> dict[str, object]:
    """The JSON report less its clock reading."""
    document = json.loads(report)
    assert isinstance(document, dict)
    document.pop("generated_at")
    return document


def test_a_warm_gate_imports_neither_pydantic_nor_the_hub_client(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = manifest_of(fake_hub, tmp_path)
    cold, cold_report = imported_by_check(fake_hub, manifest, tmp_path)
    # the cold run needs the Hub client: the inspection sees an import when there is one
    assert "huggingface_hub" in cold
    fake_hub.clear_requests()
    warm, warm_report = imported_by_check(fake_hub, manifest, tmp_path)
    assert fake_hub.requests == []
    assert warm & HEAVY == set()
    assert without_time(warm_report) == without_time(cold_report)
