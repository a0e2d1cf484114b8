"""`auditor discover`: references, missing from the manifest, starter manifest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.gate.manifest import load_manifest
from tests.conftest import ROOT

runner = CliRunner()
SAMPLE = ROOT / "tests" / "data" / "sample_codebase"


def test_discover_reports_and_writes_a_loadable_manifest(tmp_path: Path) -> None:
    result = runner.invoke(app, ["discover", str(SAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    refs = json.loads(result.stdout)["references"]
    assert any(r["ref"].startswith("api:openai_api/") for r in refs)
    assert any(r["how"] == "from_pretrained" for r in refs)
    out = tmp_path / "models.yaml"
    written = runner.invoke(app, ["discover", str(SAMPLE), "--write-manifest", str(out)])
    assert written.exit_code == 0, written.output
    assert load_manifest(out).models
    again = runner.invoke(app, ["discover", str(SAMPLE), "--write-manifest", str(out)])
    assert again.exit_code == 2  # never overwrites
    complete = runner.invoke(app, ["discover", str(SAMPLE), "--manifest", str(out)])
    assert complete.exit_code == 0, complete.output


def test_discover_flags_references_missing_from_the_manifest(tmp_path: Path) -> None:
    code = tmp_path / "app"
    shutil.copytree(SAMPLE, code)
    result = runner.invoke(
        app, ["discover", str(code), "--manifest", str(ROOT / "examples" / "manifest.yaml")]
    )
    assert result.exit_code == 1
    assert runner.invoke(app, ["discover", str(tmp_path / "nope")]).exit_code == 2
