"""A saved result renders alone: no renderer reads the knowledge base, today's or any other.

The result carries the license facts the audit saw (names, links, kinds, terms, duties) and
the digest of the knowledge base it used. These tests render the golden results in a
process where importing `auditor.knowledge` fails, through the library and through
`auditor report`, and check that editing the knowledge base after an audit leaves the
re-rendered reports as they were.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.knowledge.digest import knowledge_digest
from auditor.knowledge.license_db import load_license_db
from auditor.model import LicenseMatch, Verdict
from auditor.model.codec import render_json
from auditor.model.decode import read_result, result_from_dict
from auditor.pipeline.license_facts import mentioned_license_ids, record_license_facts
from auditor.report.formats import ReportFormat
from auditor.report.notice import render_notice
from auditor.report.render import render
from auditor.report.sarif import render_sarif
from auditor.resources import license_db_dir
from tests.conftest import ROOT
from tests.report.test_golden import GOLDEN, OUTPUTS

EXAMPLE = ROOT / "examples" / "manifest.yaml"
CASES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())
FILES = {
    ReportFormat.TEXT: "report.txt",
    ReportFormat.JSON: "report.json",
    ReportFormat.JSONL: "report.jsonl",
    ReportFormat.HTML: "report.html",
    ReportFormat.MARKDOWN: "report.md",
    ReportFormat.SARIF: "report.sarif.json",
    ReportFormat.JUNIT: "report.junit.xml",
    ReportFormat.CYCLONEDX: "report.cdx.json",
    ReportFormat.SPDX: "report.spdx.json",
}
"""The golden file each `auditor report --format` writes."""

EXIT = {Verdict.PASS: 0, Verdict.WARN: 0, Verdict.FAIL: 1, Verdict.ERROR: 3}

NO_KNOWLEDGE = """
import sys

class NoKnowledge:
    '''Fails every import of the knowledge base, so a renderer that reads it fails.'''

    def find_spec(self, name, path=None, target=None):
        if name == "auditor.knowledge" or name.startswith("auditor.knowledge."):
            raise ImportError(f"{name} imported while rendering a saved result")
        return None

sys.meta_path.insert(0, NoKnowledge())
"""

RENDER_ALL = """
import sys
from pathlib import Path

from auditor.model.decode import read_result
from auditor.report.formats import ReportFormat
from auditor.report.notice import render_notice
from auditor.report.render import render

source, out = Path(sys.argv[1]), Path(sys.argv[2])
result = read_result(source)
for fmt in ReportFormat:
    (out / f"{fmt}.out").write_text(render(result, fmt), encoding="utf-8", newline="")
(out / "notice.out").write_text(render_notice(result), encoding="utf-8", newline="")
assert not [m for m in sys.modules if m.startswith("auditor.knowledge")]
"""

CLI = """
import runpy
import sys

sys.argv = ["auditor", *sys.argv[1:]]
runpy.run_module("auditor", run_name="__main__")
"""


def run_without_knowledge(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `script` in a fresh interpreter whose imports of auditor.knowledge fail."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", NO_KNOWLEDGE + script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_blocker_blocks() -> None:
    done = run_without_knowledge("import auditor.knowledge.license_db")
    assert done.returncode != 0
    assert "imported while rendering a saved result" in done.stderr


def test_no_report_module_imports_the_knowledge_base() -> None:
    script = (
        "import importlib, pkgutil, auditor.report as r\n"
        "for m in pkgutil.iter_modules(r.__path__):\n"
        "    importlib.import_module(f'auditor.report.{m.name}')\n"
    )
    done = run_without_knowledge(script)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("case", CASES)
def test_every_format_renders_without_the_knowledge_base(case: str, tmp_path: Path) -> None:
    done = run_without_knowledge(RENDER_ALL, str(GOLDEN / case / "result.json"), str(tmp_path))
    assert done.returncode == 0, done.stderr
    for fmt, name in FILES.items():
        expected = (GOLDEN / case / name).read_bytes()
        assert (tmp_path / f"{fmt}.out").read_bytes() == expected, f"{case}: {fmt}"
    assert (tmp_path / "notice.out").read_bytes() == (GOLDEN / case / "NOTICE.txt").read_bytes()


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_report_command_renders_without_the_knowledge_base(
    fmt: ReportFormat, tmp_path: Path
) -> None:
    source = GOLDEN / "example" / "result.json"
    output = tmp_path / FILES[fmt]
    done = run_without_knowledge(
        CLI, "report", str(source), "--format", str(fmt), "--output", str(output)
    )
    assert done.returncode == EXIT[read_result(source).verdict], done.stderr
    assert output.read_bytes() == (GOLDEN / "example" / FILES[fmt]).read_bytes()


def test_editing_the_knowledge_base_after_the_audit_changes_no_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = audit_manifest(EXAMPLE, AuditOptions())
    saved = tmp_path / "result.json"
    saved.write_text(render_json(result), encoding="utf-8")
    before = {fmt: render(read_result(saved), fmt) for fmt in ReportFormat}
    notice = render_notice(read_result(saved))
    assert "Llama 3.1 Community License Agreement" in notice

    edited = tmp_path / "license_db"
    shutil.copytree(license_db_dir(), edited)
    record = edited / "licenses" / "llama-3.1-community.yaml"
    text = record.read_text(encoding="utf-8")
    text = text.replace("Llama 3.1 Community License Agreement", "Renamed Later License")
    text = text.replace("https://llama.meta.com/llama3_1/license/", "https://later.example/")
    record.write_text(text, encoding="utf-8")
    monkeypatch.setattr("auditor.knowledge.license_db.license_db_dir", lambda: edited)
    load_license_db.cache_clear()
    try:
        today = load_license_db().records["LicenseRef-llama-3.1-community"]
        assert today.name == "Renamed Later License"  # the edit is what the DB says now
        assert knowledge_digest(edited) != result.knowledge_digest
        again = read_result(saved)
        assert {fmt: render(again, fmt) for fmt in ReportFormat} == before
        assert render_notice(again) == notice
    finally:
        load_license_db.cache_clear()


# --- what the audit records ------------------------------------------------------------------


def test_the_audit_records_facts_and_digest() -> None:
    result = audit_manifest(EXAMPLE, AuditOptions())
    assert result.knowledge_digest == knowledge_digest()
    facts = result.license_facts
    assert facts is not None
    llama = facts["LicenseRef-llama-3.1-community"]
    assert llama.name == "Llama 3.1 Community License Agreement"
    assert "LicenseRef-llama-3.1-aup" in llama.related
    assert facts["LicenseRef-llama-3.1-aup"].kind == "acceptable-use-policy"  # related, one hop
    assert {o.tag for o in llama.obligations} >= {"include-license", "derivative-naming"}
    assert llama.terms["naming_requirement"].value == "Llama"
    assert set(mentioned_license_ids(result.models)) <= set(facts)


def test_facts_are_keyed_as_the_result_spells_the_id() -> None:
    result = audit_manifest(EXAMPLE, AuditOptions())
    model = result.models[0]
    alias = LicenseMatch(
        id="apache-2.0 AND LicenseRef-nobody-knows",
        name=None,
        spdx=None,
        scancode=None,
        hf=None,
        kind=None,
        confidence=1.0,
        method="declared-tag",
    )
    models = [replace(model, effective_license=alias, lineage=())]
    facts = record_license_facts(models, load_license_db())
    assert facts["apache-2.0"].id == "Apache-2.0"  # found by alias, filed under the alias
    assert "LicenseRef-nobody-knows" not in facts  # unknown to the database: no entry


# --- results saved before schema 1.1 ---------------------------------------------------------


def _saved_by_1_0() -> dict[str, object]:
    """The example golden result as an auditor before schema 1.1 wrote it: no facts, no digest."""
    document = json.loads((GOLDEN / "example" / "result.json").read_text(encoding="utf-8"))
    document["schema_version"] = "1.0"
    del document["license_facts"], document["knowledge_digest"]
    return dict(document)


def test_a_1_0_result_renders_with_what_it_has(tmp_path: Path) -> None:
    document = _saved_by_1_0()
    old = result_from_dict(document)
    assert old.license_facts is None
    assert old.knowledge_digest is None
    notice = render_notice(old)
    assert "License facts not recorded" in notice
    assert "Review LicenseRef-llama-3.1-community: license facts not recorded." in notice
    assert "https://llama.meta.com/llama3_1/license/" not in notice  # not today's database
    # the formats that never needed license facts render as from a 1.1 result
    for fmt in (ReportFormat.MARKDOWN, ReportFormat.TEXT, ReportFormat.JUNIT):
        assert render(old, fmt) == (GOLDEN / "example" / FILES[fmt]).read_text(encoding="utf-8")
    html = render(old, ReportFormat.HTML)  # lays out the recorded facts: here, without them
    assert "Llama 3.1 Community License Agreement" in html
    # not today's database: a link shows only where the saved result records it (a
    # finding's reference), never from a license fact the 1.0 result lacks
    link = "https://llama.meta.com/llama3_1/license/"
    recorded = json.dumps(document).count(link)
    assert html.count(link) <= 2 * recorded
    if not recorded:
        assert link not in html
    assert render_sarif(old, cwd=ROOT) == OUTPUTS["report.sarif.json"](old)
    saved = tmp_path / "old.json"
    saved.write_text(json.dumps(document), encoding="utf-8")
    done = run_without_knowledge(RENDER_ALL, str(saved), str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "notice.out").read_text(encoding="utf-8") == notice
