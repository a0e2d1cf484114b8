"""The JSON report streamed by `scan`: models spooled as judged, the same text as the whole."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.model import AuditResult, Category, Evidence, Finding, Severity
from auditor.model.decode import read_result
from auditor.report.formats import ReportFormat
from auditor.report.json_stream import JsonStream
from auditor.report.render import render
from auditor.report.sanitize import sanitize_json
from tests.conftest import ROOT

runner = CliRunner()


def _streamed(result: AuditResult) -> str:
    pieces: list[str] = []
    with JsonStream() as stream:
        for model in result.models:
            stream.add(model)
        stream.write(replace(result, models=()), lambda piece: pieces.append(sanitize_json(piece)))
    return "".join(pieces)


def _saved(name: str) -> AuditResult:
    return read_result(ROOT / "tests" / "golden" / name / "result.json")


@pytest.mark.parametrize("name", ["example", "failing", "hostile"])
def test_streamed_document_is_the_whole_document_byte_for_byte(name: str) -> None:
    result = _saved(name)
    assert result.models
    assert _streamed(result) == render(result, ReportFormat.JSON)


def test_streamed_document_edge_cases() -> None:
    base = _saved("failing")
    model = base.models[0]
    odd = 'bad \ud800 surrogate, \x1b[31m escape, \u202e override, a quote " and \\'
    trap = Finding(
        "unused-waiver",
        Category.WAIVER,
        Severity.WARN,
        # the placeholder's shape, in user input that comes before the models
        'waiver "\x00models\x00" matches no finding',
        evidence=(Evidence("deploy/models.yaml", 3, '  - "\x00models\x00"'),),
    )
    cases = [
        replace(base, models=()),  # no model: an empty list
        replace(base, models=(model,)),  # one model
        replace(base, models=(replace(model, ref=odd),)),  # strings to escape
        replace(base, findings=(trap,)),  # a run finding holding a placeholder-like string
        replace(base, models=(model, model, model), findings=(trap, trap)),
    ]
    for result in cases:
        text = _streamed(result)
        assert text == render(result, ReportFormat.JSON)
        assert len(json.loads(text)["models"]) == len(result.models)


def test_the_spool_goes_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stream = JsonStream()
    stream.add(_saved("failing").models[0])

    def broken(_piece: str) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        stream.write(_saved("failing"), broken)
    assert stream._models.closed
    assert list(tmp_path.iterdir()) == []


def _folders(root: Path, count: int) -> list[str]:
    cards = [
        "---\nlicense: apache-2.0\n---\n# Model\n",
        "---\nlicense: cc-by-nc-4.0\n---\n# Model\n",
        "# A card that names no license\n",
    ]
    refs = []
    for i in range(count):
        folder = root / f"m{i:02d}"
        folder.mkdir()
        (folder / "README.md").write_text(cards[i % 3], encoding="utf-8")
        refs.append(str(folder))
    return refs


def test_scan_streams_the_json_the_saved_result_renders_to(tmp_path: Path) -> None:
    """`scan -f json` (one process or a pool of two, to a file or stdout) writes the document
    its own saved result renders to, models in the order given."""
    refs = _folders(tmp_path, 7)
    for jobs in ("1", "2"):
        out = tmp_path / f"scan-{jobs}.json"
        done = runner.invoke(app, ["scan", *refs, "-f", "json", "-j", jobs, "-o", str(out)])
        assert done.exit_code == 1, done.output
        text = out.read_text(encoding="utf-8")
        again = runner.invoke(app, ["report", str(out), "-f", "json"])
        assert again.stdout == text
        document = json.loads(text)
        assert [m["ref"] for m in document["models"]] == refs
        assert document["verdict"] == "fail"
    to_stdout = runner.invoke(app, ["scan", *refs, "-f", "json"])
    assert to_stdout.exit_code == 1
    assert [m["ref"] for m in json.loads(to_stdout.stdout)["models"]] == refs
