"""Reports show how each ancestor was found when the card states it outside its metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import audit
from auditor.model import AuditResult
from auditor.report.formats import ReportFormat
from auditor.report.render import render

SAID = "stated in the card&#39;s text, README.md line 6, confidence 0.8: confirm"


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    folder: Path = tmp_path_factory.mktemp("cards") / "quill"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: mit\n---\n# Quill\n\n- **Finetuned from model:** google/gemma-2b\n",
        encoding="utf-8",
    )
    return audit([str(folder)])


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (ReportFormat.HTML, SAID),
        (ReportFormat.MARKDOWN, SAID.replace("&#39;", "'")),
        (ReportFormat.TEXT, "base model google/gemma-2b: stated in the card's text, README.md"),
    ],
)
def test_each_format_says_where_the_card_states_the_parent(
    result: AuditResult, fmt: ReportFormat, expected: str
) -> None:
    text = " ".join(render(result, fmt).split())
    assert expected in text


@pytest.mark.parametrize("fmt", [ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT])
def test_machine_formats_carry_the_statement_in_the_mismatch_finding(
    result: AuditResult, fmt: ReportFormat
) -> None:
    # the mismatch finding names the parent, where the card states it and how sure it is
    text = " ".join(render(result, fmt).split())
    assert "google/gemma-2b" in text
    assert "stated in the card" in text and "confirm" in text
    assert "Finetuned from model" in text  # the quote itself, as evidence


def test_a_declared_parent_shows_no_statement(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: mit\nbase_model: google/gemma-2b\n---\n# M\n", encoding="utf-8"
    )
    result = audit([str(folder)])
    for fmt in (ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.TEXT):
        assert "stated in the card" not in render(result, fmt)
