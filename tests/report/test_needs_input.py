"""Every format shows a needs-input verdict and the deployment fact a blocking rule waits for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.model import AuditResult, Category, Finding, NeededInput, Severity, Verdict
from auditor.model.decode import read_result
from auditor.report.formats import ReportFormat
from auditor.report.render import render
from tests.conftest import ROOT

EXAMPLE = ROOT / "tests" / "golden" / "example" / "result.json"

WAITING = Finding(
    rule="mau-above-threshold",
    category=Category.TERM,
    severity=Severity.BLOCK,
    message="Needs input: the product's monthly active user count not stated",
    remediation="State it and audit again.",
    needs_input=(NeededInput("deployment.mau", "deployment.mau", "--mau"),),
)

# What each format says for the verdict: a label for people, the value for machines.
VERDICT_SHOWN = {
    ReportFormat.TEXT: "NEEDS-INPUT",
    ReportFormat.JSON: '"verdict": "needs-input"',
    ReportFormat.JSONL: '"verdict": "needs-input"',
    ReportFormat.HTML: "Needs input",
    ReportFormat.MARKDOWN: "NEEDS-INPUT",
    ReportFormat.SARIF: '"verdict": "needs-input"',
    ReportFormat.JUNIT: 'value="needs-input"',
    ReportFormat.CYCLONEDX: '"value": "needs-input"',
    ReportFormat.SPDX: "verdict needs-input",
}


def _waiting_result() -> AuditResult:
    result = read_result(EXAMPLE)
    first = replace(result.models[0], findings=(WAITING,), verdict=Verdict.NEEDS_INPUT)
    return replace(result, models=(first,), verdict=Verdict.NEEDS_INPUT)


def test_every_format_has_words_for_needs_input() -> None:
    assert set(VERDICT_SHOWN) == set(ReportFormat)


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_every_format_shows_the_verdict_and_the_input_to_give(fmt: ReportFormat) -> None:
    text = render(_waiting_result(), fmt)
    assert VERDICT_SHOWN[fmt] in text
    assert "deployment.mau" in text
    assert "--mau" in text


def test_the_text_report_gives_the_input_its_own_line() -> None:
    text = render(_waiting_result(), ReportFormat.TEXT)
    assert "NEEDS INPUT mau-above-threshold:" in text
    assert "\n      needs input: deployment.mau (manifest `deployment.mau`, or `--mau`)\n" in text
    assert text.count("Needs input: a blocking rule could not be decided") == 1


def test_html_and_markdown_list_it_apart_from_decided_blocks() -> None:
    html = render(_waiting_result(), ReportFormat.HTML)
    assert '<p class="needs-input"><strong>Needs input:</strong>' in html
    assert 'class="badge b-needs-input"' in html
    markdown = render(_waiting_result(), ReportFormat.MARKDOWN)
    assert "**Needs input**" in markdown
    assert "**Blocking**" not in markdown
    assert "  - Needs input: deployment.mau" in markdown
