"""A lone surrogate in a card field (valid YAML) breaks no output and no history record."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.report.formats import ReportFormat

runner = CliRunner()
CARD = '---\nlicense: other\nlicense_name: "Quill \\udc80 License"\n---\n# Quill\n'


def test_every_output_and_the_history_survive_a_lone_surrogate(tmp_path: Path) -> None:
    folder = tmp_path / "quill"
    folder.mkdir()
    (folder / "README.md").write_text(CARD, encoding="utf-8")
    manifest = tmp_path / "models.yaml"
    manifest.write_text("version: 1\nmodels:\n  - ./quill\n")
    for fmt in ReportFormat:
        out = tmp_path / f"r.{fmt.value}"
        result = runner.invoke(app, ["scan", str(folder), "-f", fmt.value, "-o", str(out)])
        assert result.exit_code in (0, 1), (fmt, result.output)
        assert "\\udc80" in out.read_text(encoding="utf-8"), fmt
    db = tmp_path / "history.sqlite3"
    recorded = runner.invoke(app, ["check", str(manifest), "--record", "--history-db", str(db)])
    assert recorded.exit_code in (0, 1), recorded.output
    shown = runner.invoke(app, ["history", "show", "1", "-f", "json", "--history-db", str(db)])
    assert shown.exit_code in (0, 1), shown.output
    document = json.loads(shown.stdout)
    assert document["models"][0]["declared"]["license_name"] == "Quill \udc80 License"
    notice = runner.invoke(app, ["notice", str(manifest)])
    assert notice.exit_code == 0, notice.output
