"""Messages a user can act on: a bad Hub answer, a bad revision, an edited saved result."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from tests.conftest import ROOT
from tests.fakehub import Failure, FakeHub

runner = CliRunner()
EXAMPLE = ROOT / "examples" / "manifest.yaml"
CARD = "---\nlicense: mit\n---\n# Quill model\n"


def test_invalid_json_from_the_hub_is_named_as_such(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/open", {"README.md": CARD})
    fake_hub.inject(
        r"/api/models/",
        Failure(status=200, body=b"{not json", headers={"Content-Type": "application/json"}),
    )
    result = runner.invoke(
        app, ["scan", "acme/open", "--endpoint", fake_hub.url, "--cache-dir", str(tmp_path)]
    )
    assert result.exit_code == 3, result.output
    assert "the Hub's answer was not valid JSON" in result.stdout
    assert "could not reach the Hub" not in result.stdout


def test_a_climbing_revision_is_a_clear_target_error(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/open", {"README.md": CARD})
    for revision in ("../..", "..", "main/../../x"):
        result = runner.invoke(
            app,
            [
                "scan",
                f"acme/open@{revision}",
                "--endpoint",
                fake_hub.url,
                "--cache-dir",
                str(tmp_path),
            ],
        )
        assert result.exit_code == 2, result.output
        assert f"invalid revision '{revision}'" in result.stderr
        assert "None" not in result.stderr
    assert not fake_hub.requests  # refused before asking the Hub


def test_report_recomputes_an_edited_verdict(tmp_path: Path) -> None:
    manifest = tmp_path / "m.yaml"
    manifest.write_text(
        EXAMPLE.read_text()
        .replace("    distribution: research\n", "")
        .replace("./models/", f"{ROOT}/examples/models/")
    )
    saved = tmp_path / "result.json"
    checked = runner.invoke(app, ["check", str(manifest), "-f", "json", "-o", str(saved)])
    assert checked.exit_code == 1, checked.output  # the non-commercial model now fails
    document = json.loads(saved.read_text())
    assert "fail" in [m["verdict"] for m in document["models"]]
    document["verdict"] = "pass"
    for model in document["models"]:
        model["verdict"] = "pass"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(document))
    for fmt in ("text", "json", "html"):
        result = runner.invoke(app, ["report", str(edited), "-f", fmt])
        assert result.exit_code == 1, (fmt, result.output)
    shown = json.loads(runner.invoke(app, ["report", str(edited), "-f", "json"]).stdout)
    assert shown["verdict"] == "fail"
    assert "fail" in [m["verdict"] for m in shown["models"]]


def test_the_cli_verdict_rule_is_the_judges() -> None:
    import itertools

    from auditor.cli.output import findings_verdict
    from auditor.model import Category, Finding, NeededInput, Severity
    from auditor.policy.judge import model_verdict

    waits = (NeededInput("deployment.mau", "deployment.mau", "--mau"),)
    kinds = [
        Finding(
            rule="r", category=Category.LICENSE, severity=s, message="m", waived=w, needs_input=i
        )
        for s in Severity
        for w in (False, True)
        for i in ((), waits)
    ]
    for n in range(4):
        for combo in itertools.combinations(kinds, n):
            assert findings_verdict(combo) is model_verdict(combo)
