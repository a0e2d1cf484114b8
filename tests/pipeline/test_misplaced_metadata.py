"""Issue 15 class 1 end to end: a card whose metadata block is not front matter is audited
from that block, `card-metadata-misplaced` shows in every report format with the block's
line, and the verdict is never a silent pass. The cards are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.knowledge.license_db import load_license_db
from auditor.model import SourceSnapshot, Verdict
from auditor.pipeline.analyse import analyse
from auditor.sources.base import parse_target
from auditor.sources.local import read_local_snapshot

runner = CliRunner()
RULE = "card-metadata-misplaced"

CARD = """\
# Quill chat 7B

A chat model tuned by the Quillworks team.

```yaml
license: apache-2.0
base_model: quillworks/quill-base-7b
tags: [chat]
```
"""


def _model(tmp_path: Path, card: str) -> Path:
    folder = tmp_path / "quill"
    folder.mkdir()
    (folder / "README.md").write_text(card, encoding="utf-8")
    return folder


def _read(folder: Path) -> SourceSnapshot:
    return read_local_snapshot(parse_target(str(folder)))


@pytest.mark.parametrize("fmt", ["text", "json", "html", "markdown", "sarif", "junit"])
def test_finding_shows_in_every_report_format_with_its_line(tmp_path: Path, fmt: str) -> None:
    folder = _model(tmp_path, CARD)
    result = runner.invoke(app, ["scan", str(folder), "--offline", "--format", fmt])
    assert result.exit_code == 0, result.output
    output = result.output
    assert RULE in output
    if fmt == "json":
        document = json.loads(output)
        findings = [f for m in document["models"] for f in m["findings"] if f["rule"] == RULE]
        assert len(findings) == 1
        lines = {e["line"] for e in findings[0]["evidence"]}
        assert {6, 7} <= lines
    elif fmt == "sarif":
        assert '"startLine": 6' in output
    elif fmt == "markdown":
        assert "line 6" in output
    else:
        assert "README.md:6" in output


def test_the_audit_reads_the_block_with_its_own_method(tmp_path: Path) -> None:
    folder = _model(tmp_path, CARD)
    model = analyse(_read(folder), load_license_db())
    assert model.declared.origin == "README.md metadata block at line 6 (not front matter)"
    assert [b.ref for b in model.declared.base_models] == ["quillworks/quill-base-7b"]
    assert model.license is not None
    assert (model.license.id, model.license.method) == ("Apache-2.0", "declared-misplaced")
    assert model.license.confidence <= 0.7
    rules = [f.rule for f in model.findings]
    assert rules.count(RULE) == 1
    assert "license-missing" not in rules
    assert model.verdict is not Verdict.PASS
    finding = next(f for f in model.findings if f.rule == RULE)
    assert "the Hub shows no license or base model" in finding.message
    assert finding.remediation is not None
    assert "very top" in finding.remediation


def test_strict_blocks_a_misplaced_block(tmp_path: Path) -> None:
    folder = _model(tmp_path, CARD)
    result = runner.invoke(app, ["scan", str(folder), "--offline", "-p", "strict"])
    assert result.exit_code == 1, result.output
    assert RULE in result.output


def test_a_card_with_front_matter_has_no_such_finding(tmp_path: Path) -> None:
    folder = _model(tmp_path, "---\nlicense: apache-2.0\n---\n" + CARD)
    model = analyse(_read(folder), load_license_db())
    assert RULE not in [f.rule for f in model.findings]
    assert model.license is not None
    assert model.license.method != "declared-misplaced"


def test_corpus_cards_with_misplaced_metadata_are_never_a_silent_pass(
    tmp_path: Path, corpus: Path
) -> None:
    cards = corpus / "cards"
    labels = yaml.safe_load((cards / "LABELS.yaml").read_text(encoding="utf-8"))
    misplaced = [label for label in labels if label.get("front_matter") == "not_at_start"]
    assert misplaced
    db = load_license_db()
    for label in misplaced:
        folder = tmp_path / label["slug"]
        folder.mkdir()
        text = (cards / f"{label['slug']}.md").read_text(encoding="utf-8")
        (folder / "README.md").write_text(text, encoding="utf-8")
        model = analyse(_read(folder), db)
        assert RULE in [f.rule for f in model.findings], label["slug"]
        assert model.verdict is not Verdict.PASS, label["slug"]
        assert model.license is not None and model.license.id is not None, label["slug"]
