"""`auditor policy ...`, `--policy`, and scan's deployment options."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from tests.conftest import ROOT

runner = CliRunner()


def test_policy_list_names_every_preset() -> None:
    result = runner.invoke(app, ["policy", "list"])
    assert result.exit_code == 0
    names = {line.split(":")[0] for line in result.stdout.splitlines()}
    assert names == {p.stem for p in (ROOT / "policies").glob("*.yaml")}


def test_policy_explain_speaks_plainly() -> None:
    result = runner.invoke(app, ["policy", "explain", "eu-ai-act"], terminal_width=120)
    assert result.exit_code == 0, result.output
    assert "eu-ai-act-high-risk-use" in result.stdout
    assert "2027-12-02" in result.stdout


def test_policy_validate_reports_lines(tmp_path: Path) -> None:
    bad = tmp_path / "p.yaml"
    bad.write_text(
        "version: 1\nname: mine\nrules:\n  - id: r1\n    severity: fatal\n    category: term\n"
        "    when: {fact: deployment.mau, gt: 10}\n    message: m\n"
    )
    result = runner.invoke(app, ["policy", "validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:5:" in result.stderr
    good = tmp_path / "ok.yaml"
    good.write_text("version: 1\nname: mine\nextends: default\n")
    result = runner.invoke(app, ["policy", "validate", str(good)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.stdout


def test_check_with_an_invalid_policy_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "p.yaml"
    bad.write_text("version: 1\nname: mine\nrulez: []\n")
    result = runner.invoke(
        app, ["check", str(ROOT / "examples" / "manifest.yaml"), "--policy", str(bad)]
    )
    assert result.exit_code == 2
    assert f"{bad}:3:" in result.stderr


def test_scan_deployment_options(tmp_path: Path) -> None:
    model = tmp_path / "m"
    model.mkdir()
    (model / "README.md").write_text("---\nlicense: cc-by-nc-4.0\n---\n")
    base = ["scan", str(model), "--format", "json"]
    unknown = runner.invoke(app, base)
    # the distribution is unknown: whether this non-commercial license is breached waits for it
    assert unknown.exit_code == 4
    document = json.loads(unknown.stdout)
    assert document["verdict"] == document["models"][0]["verdict"] == "needs-input"
    messages = [f["message"] for f in document["models"][0]["findings"]]
    assert any("could not be checked" in m and "`--distribution`" in m for m in messages)
    # CC BY-NC 4.0 §1(i): a university's research is not commercial, a company's is (its R&D
    # is directed toward its commercial advantage); a company is the default organization type
    research = ["--distribution", "research", "--domicile", "US"]
    academic = runner.invoke(app, [*base, *research, "--organization-type", "academic"])
    assert academic.exit_code == 0, academic.stdout
    company = runner.invoke(app, [*base, *research])
    assert company.exit_code == 1, company.stdout
    # a non-profit's free public service is not commercial; the same service sold is
    free = ["--distribution", "saas", "--domicile", "US", "--organization-type", "non-profit"]
    assert runner.invoke(app, [*base, *free, "--not-monetized"]).exit_code == 0
    assert runner.invoke(app, [*base, *free, "--monetized"]).exit_code == 1
    bad_type = runner.invoke(app, [*base, "--organization-type", "charity"])
    assert bad_type.exit_code == 2 and "charity" in bad_type.stderr
    saas = runner.invoke(app, [*base, "--distribution", "saas", "--domicile", "US"])
    assert saas.exit_code == 1
    wrong = runner.invoke(app, [*base, "--distribution", "sold", "--use-case", "astrology"])
    assert wrong.exit_code == 2
    assert "sold" in wrong.stderr
    assert "astrology" in wrong.stderr
