"""Saved JSON results load back exactly, so every format can render from them later."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit_manifest
from auditor.cli.main import app
from auditor.errors import InputFileError
from auditor.model.codec import render_json, result_to_dict
from auditor.model.decode import read_result, result_from_dict
from auditor.report.render import ReportFormat, render
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "manifest.yaml"


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_every_format_renders_the_same_from_the_saved_result(fmt: ReportFormat) -> None:
    result = audit_manifest(EXAMPLE, AuditOptions())
    again = result_from_dict(json.loads(render_json(result)))
    assert render(again, fmt) == render(result, fmt)
    assert result_to_dict(again) == result_to_dict(result)


def test_report_command_renders_a_saved_result(tmp_path: Path) -> None:
    runner = CliRunner()
    saved = tmp_path / "result.json"
    first = runner.invoke(app, ["check", str(EXAMPLE), "--format", "json", "--output", str(saved)])
    assert first.exit_code == 0, first.output
    html = tmp_path / "report.html"
    again = runner.invoke(app, ["report", str(saved), "--output", str(html)])
    assert again.exit_code == 0, again.output
    assert "acme-chat-llama" in html.read_text()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", ":1: invalid JSON"),
        ('{"schema_version": "9.0"}', "not an auditor result"),
        ("[1, 2]", "not an auditor result"),
    ],
)
def test_bad_result_files(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "r.json"
    path.write_text(content)
    with pytest.raises(InputFileError) as info:
        read_result(path)
    assert words in "\n".join(info.value.lines())
