"""The last line a command prints: the verdict in words, then where the report went."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.cli.summary import final_line, verdict_line
from auditor.model import AuditResult, Verdict
from tests.conftest import ROOT

runner = CliRunner()
EXAMPLE = ROOT / "examples" / "manifest.yaml"
P, W, F, E = Verdict.PASS, Verdict.WARN, Verdict.FAIL, Verdict.ERROR


def _result(overall: Verdict, *verdicts: Verdict) -> AuditResult:
    models = tuple(SimpleNamespace(verdict=v) for v in verdicts)
    return cast(AuditResult, SimpleNamespace(verdict=overall, models=models))


@pytest.mark.parametrize(
    ("overall", "models", "line"),
    [
        (P, (P,), "Pass: 1 model passes."),
        (P, (P, P, P), "Pass: 3 models pass."),
        (W, (P, W, P), "Pass with warnings: 1 of 3 models needs review."),
        (W, (W, W), "Pass with warnings: 2 models need review."),
        (F, (F, F, P), "Fail: 2 of 3 models are blocked."),
        (F, (F, W, P), "Fail: 1 of 3 models is blocked, 1 of 3 models needs review."),
        (E, (E, F), "Incomplete: 1 of 2 models was not audited, 1 of 2 models is blocked."),
        (P, (), "Pass: no models to audit."),
        (F, (P,), "Fail: the run itself has findings."),
    ],
)
def test_verdict_line_counts_models_per_outcome(
    overall: Verdict, models: tuple[Verdict, ...], line: str
) -> None:
    assert verdict_line(_result(overall, *models)) == line


def test_final_line_names_the_report() -> None:
    line = final_line(_result(W, P, W), Path("report.html"))
    assert line == "Pass with warnings: 1 of 2 models needs review. Report: report.html"


@pytest.mark.parametrize("command", ["check", "report", "notice"])
def test_commands_end_with_the_verdict_and_the_file(command: str, tmp_path: Path) -> None:
    saved = tmp_path / "result.json"
    # the example's research model is blocked (a company's research under CC BY-NC 4.0 §1(i));
    # `notice` writes the notices whatever the verdict, so it exits 0
    first = runner.invoke(app, ["check", str(EXAMPLE), "-f", "json", "-o", str(saved)])
    assert first.exit_code == 1, first.output
    out = tmp_path / "out.txt"
    target = str(saved) if command == "report" else str(EXAMPLE)
    result = runner.invoke(app, [command, target, "-o", str(out)])
    assert result.exit_code == (0 if command == "notice" else 1), result.output
    noun = "Notice" if command == "notice" else "Report"
    last = result.stderr.strip().splitlines()[-1]
    verdict = "Fail: 1 of 3 models is blocked, 1 of 3 models needs review."
    assert last == f"{verdict} {noun}: {out}"
    assert "written to" not in result.stderr
    assert result.stderr.count("\n") == 1  # nothing else left on the terminal


def test_a_machine_format_on_stdout_gets_no_extra_line(tmp_path: Path) -> None:
    """`auditor scan x -f json 2>&1 | jq` must still parse: nothing is added on stderr."""
    model = tmp_path / "m"
    model.mkdir()
    (model / "README.md").write_text("# no license at all\n")
    result = runner.invoke(app, ["scan", str(model), "-f", "json"])
    assert result.exit_code == 1
    assert result.stderr == ""
    assert json.loads(result.output)["verdict"] == "fail"
