"""`check --record`, `auditor history`, `auditor compare`, and alternatives in results."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from tests.conftest import ROOT

runner = CliRunner()
EXAMPLE = ROOT / "examples" / "manifest.yaml"


def test_record_list_show_and_diff(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    env = {"AUDITOR_HISTORY_DB": str(db)}
    # first the example without its research model (a company's research under CC BY-NC 4.0
    # blocks), then with it: the diff shows the block it brings
    text = EXAMPLE.read_text().replace("./models/", f"{ROOT}/examples/models/")
    cut = text.index("  - ref: " + f"{ROOT}/examples/models/acme-vision-research")
    without = tmp_path / "without.yaml"
    without.write_text(text[:cut])
    first = runner.invoke(app, ["check", str(without), "--record"], env=env)
    assert first.exit_code == 0, first.output
    assert "recorded as audit #1" in first.stderr
    manifest = tmp_path / "m.yaml"
    manifest.write_text(text)
    second = runner.invoke(app, ["check", str(manifest), "--record", "--history-db", str(db)])
    assert second.exit_code == 1, second.output  # the NC model, used by a company
    listing = runner.invoke(app, ["history", "list"], env=env)
    assert listing.exit_code == 0
    assert "FAIL" in listing.stdout
    assert "WARN" in listing.stdout
    shown = runner.invoke(app, ["history", "show", "1", "--format", "json"], env=env)
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["verdict"] == "warn"
    diff = runner.invoke(app, ["history", "diff", "1", "2"], env=env)
    assert diff.exit_code == 0, diff.output
    assert "non-commercial-license-in-commercial-use" in diff.stdout
    missing = runner.invoke(app, ["history", "show", "99"], env=env)
    assert missing.exit_code == 2


def test_compare_side_by_side(tmp_path: Path) -> None:
    models = ROOT / "examples" / "models"
    result = runner.invoke(
        app,
        [
            "compare",
            str(models / "acme-chat-llama"),
            str(models / "acme-embedder"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert len(document["models"]) == 2
    text = runner.invoke(
        app, ["compare", str(models / "acme-chat-llama"), str(models / "acme-embedder")]
    )
    assert text.exit_code == 0
    assert "700,000,000" in text.stdout or "700 million" in text.stdout


def test_blocked_model_gets_alternatives(tmp_path: Path) -> None:
    model = tmp_path / "flux-tune"
    model.mkdir()
    (model / "README.md").write_text(
        "---\nlicense: other\nlicense_name: flux-1-dev-non-commercial-license\n"
        "base_model: black-forest-labs/FLUX.1-dev\npipeline_tag: text-to-image\n---\n"
    )
    result = runner.invoke(
        app, ["scan", str(model), "--distribution", "saas", "--domicile", "US", "--format", "json"]
    )
    assert result.exit_code == 1, result.output
    alternatives = json.loads(result.stdout)["models"][0]["alternatives"]
    assert alternatives
    assert "schnell" in alternatives[0]["repo"]
