"""NOTICE text and obligations checklist: Llama clauses, RAIL flow-down, traceability."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit_manifest
from auditor.cli.main import app
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.model import AuditResult
from auditor.model.codec import render_json
from auditor.model.decode import read_result, result_from_dict
from auditor.model.training import TrainingDataEntry
from auditor.pipeline.license_facts import license_facts_for
from auditor.report.jsonl import render_jsonl
from auditor.report.notice import render_notice
from tests.conftest import ROOT
from tests.report.saved import read_lineage, with_license_facts

EXAMPLE = ROOT / "examples" / "manifest.yaml"


@pytest.fixture(scope="module")
def db() -> LicenseDB:
    return load_license_db()


@pytest.fixture(scope="module")
def example() -> AuditResult:
    return audit_manifest(EXAMPLE, AuditOptions())


@pytest.fixture(scope="module")
def lineage() -> AuditResult:
    return read_lineage()


def section(text: str, start: str, end: str | None = None) -> str:
    """The text from the line starting with `start` up to the next `end` (or the end)."""
    begin = text.index(start)
    stop = text.find(end, begin + len(start)) if end else -1
    return text[begin:] if stop == -1 else text[begin:stop]


def items(block: str) -> list[str]:
    """Checklist items, each with its indented detail lines joined into one string."""
    found: list[str] = []
    for line in block.splitlines():
        if line.strip().startswith("[ ] "):
            found.append(line.strip())
        elif found and line.startswith("        "):
            found[-1] += " " + line.strip()
    return found


def item_with(block: str, words: str) -> str:
    (found,) = [i for i in items(block) if words in i]
    return found


def test_llama_obligations_with_clauses(example: AuditResult) -> None:
    text = render_notice(example)
    checklist = section(text, "PART 3")
    llama = section(checklist, "[1] ./models/acme-chat-llama", "[2] ")
    source = "Source: Llama 3.1 Community License Agreement, clause"
    assert f"{source} 1.b.i [include-license]" in item_with(llama, "Ship this agreement")
    assert "LICENSE (sha256 " in item_with(llama, "Ship this agreement")
    assert f"{source} 1.b.i [display-attribution]" in item_with(llama, "[display-attribution]")
    naming = item_with(llama, "[derivative-naming]")
    assert f"{source} 1.b.i" in naming and 'Required name prefix: "Llama"' in naming
    assert f"{source} 1.b.iii [notice-file]" in item_with(llama, "Notice text file")
    aup = item_with(llama, "[comply-with-aup]")
    assert f"{source} 1.b.iv" in aup and "end users" in aup
    assert "700,000,000 monthly active users" in item_with(llama, "separate license")
    # the incorporated acceptable-use policy, with its link and its own obligations
    assert "From Llama 3.1 Acceptable Use Policy, incorporated by Llama 3.1" in llama
    assert "https://llama.meta.com/llama3_1/use-policy" in llama
    assert "[report-to-licensor]" in item_with(llama, "reported to Meta")
    # the policy's obligation findings, traced to the clauses their evidence cites
    policy = section(llama, "Raised by policy default:")
    attribution = item_with(policy, "policy rule attribution-required")
    assert "Cites: Llama 3.1 Community License Agreement, clause 1.b.i; 1.b.iii" in attribution
    assert "the same duty is listed above" in item_with(policy, "policy rule derivative-naming")


def test_notice_part_names_license_link_and_lineage(example: AuditResult) -> None:
    notice = section(render_notice(example), "PART 1", "PART 2")
    llama = section(notice, "[1] ./models/acme-chat-llama", "[2] ")
    assert (
        "License: Llama 3.1 Community License Agreement (LicenseRef-llama-3.1-community)" in llama
    )
    assert "https://llama.meta.com/llama3_1/license/" in llama
    assert "Based on: meta-llama/Llama-3.1-8B-Instruct (finetune)" in llama
    assert "USE_POLICY.md (sha256 " in llama
    assert "License: Apache License, Version 2.0 (Apache-2.0)" in notice


def test_rail_use_restrictions_flow_down(lineage: AuditResult) -> None:
    checklist = section(render_notice(lineage), "PART 3")
    rail = section(checklist, "[2] bigscience/bloomz-560m", "[3] ")
    flow = item_with(rail, "[flow-down-use-restrictions]")
    assert "Source: BigScience Open RAIL-M License, clause 4 [flow-down-use-restrictions]" in flow
    assert "Restrictions to pass on to every recipient and end user (Attachment A):" in flow
    for restriction in ("law-enforcement", "medical-advice", "disinformation"):
        assert restriction in flow
    assert "clause 4 [include-license]" in item_with(rail, "copy of the license")
    finding = item_with(rail, "policy rule use-restrictions-flow-down")
    assert "Cites: BigScience Open RAIL-M License, clause 4; BigScience Open RAIL-M" in finding
    assert "Kind: Responsible AI License" in rail


def test_a_license_choice_says_so(lineage: AuditResult) -> None:
    dual = section(section(render_notice(lineage), "PART 3"), "[3] ./models/dual", "[4] ")
    assert "The license is a choice (OR)" in dual
    assert "From Apache License, Version 2.0" in dual and "From MIT License" in dual


def test_every_license_of_an_effective_conjunction_is_listed(lineage: AuditResult) -> None:
    q4 = section(render_notice(lineage), "PART 3")
    q4 = section(q4, "[1] acme/llama-chat-q4", "[2] ")
    assert "From Apache License, Version 2.0" in q4
    assert "From Llama 3.1 Community License Agreement" in q4
    assert "clause 4(a) [include-license]" in q4
    assert "Built with Llama" in q4
    # the mismatch finding is not an obligation and stays out of the checklist
    assert "lineage-license-mismatch" not in q4


def test_unidentified_license_is_an_item_not_a_silence(lineage: AuditResult) -> None:
    text = render_notice(lineage)
    mystery = section(section(text, "PART 3"), "[4] ./models/mystery")
    assert "[ ] Identify the license and review it" in mystery
    assert "Declared: other, named 'Acme Custom Model License', link" in mystery
    assert "License: not identified (declared: Acme Custom Model License)" in text


@pytest.mark.parametrize("case", ["example", "lineage"])
def test_rendering_is_deterministic_plain_text(case: str, request: pytest.FixtureRequest) -> None:
    result: AuditResult = request.getfixturevalue(case)
    first = render_notice(result)
    assert render_notice(result) == first
    assert render_notice(result_from_dict(json.loads(render_json(result)))) == first
    assert first.endswith("\n") and not first.endswith("\n\n")
    assert all(line == line.rstrip() for line in first.splitlines())
    quoted = [line for line in first.splitlines() if line.strip().startswith('"')]
    assert (
        max(len(line) for line in first.splitlines() if "://" not in line and line not in quoted)
        <= 100
    )


@pytest.mark.parametrize(
    ("license_id", "tag", "clause"),
    [
        ("CC-BY-SA-4.0", "share-alike", "3(b)"),
        ("LicenseRef-fair-noncommercial-research", "cite-paper", "1.b.iii"),
    ],
)
def test_other_obligation_kinds_come_from_the_database(
    lineage: AuditResult, db: LicenseDB, license_id: str, tag: str, clause: str
) -> None:
    record = db.get(license_id)
    assert record is not None
    model = lineage.models[2]  # ./models/dual, relicensed for the test
    assert model.effective_license is not None
    match = replace(model.effective_license, id=license_id, name=record.name, spdx=None)
    result = with_license_facts(replace(lineage, models=(replace(model, effective_license=match),)))
    checklist = section(render_notice(result), "PART 3")
    (duty,) = [o for o in record.obligations if o.tag == tag]
    item = item_with(checklist, f"[{tag}]")
    assert f"Source: {record.name}, clause {clause} [{tag}]" in item
    assert duty.text.split()[0] in item


def test_a_statement_inside_a_file_is_not_called_unread() -> None:
    """Issue 31: `license.json#license` and `Modelfile#LICENSE` were read, though they have no
    digest of their own; only a document that was not read says so."""
    from auditor.report.words import license_file_state

    assert license_file_state("license.json#license", None) == (
        "a statement read from license.json"
    )
    assert license_file_state("model.safetensors#__metadata__.license", None).endswith(
        "model.safetensors"
    )
    assert license_file_state("LICENSE.png", None) == "not read"
    assert license_file_state("LICENSE", "ab" * 32) == f"sha256 {'ab' * 32}"


# --- part 2: attribution and notices (issue 36) ---------------------------------------------


_DUTY = re.compile(r"- ([A-Z][\w ]+) \[([a-z-]+)\]: (.+?), clause (\S+)")


def duty_lines(block: str) -> list[str]:
    """Each duty of part 2 as `- <kind words> [<kind>]: <license>, clause <n>`, unwrapped."""
    flat = " ".join(line.strip() for line in block.splitlines())
    return [
        f"- {words} [{kind}]: {name}, clause {clause}"
        for words, kind, name, clause in _DUTY.findall(flat)
    ]


def test_notice_on_the_examples_lists_every_attribution_with_its_clause(tmp_path: Path) -> None:
    """Expectations from the three example licenses (tests/report/test_attribution.py lists
    what each text requires): Llama 3.1 1.b.i and 1.b.iii, Apache-2.0 4(a)-(d), CC BY-NC 4.0
    3(a)(1)(A)-(C)."""
    out = tmp_path / "NOTICE.txt"
    run = CliRunner().invoke(app, ["notice", str(EXAMPLE), "--output", str(out)])
    assert run.exit_code == 0, run.output
    part = section(out.read_text(encoding="utf-8"), "PART 2: ATTRIBUTION AND NOTICES", "PART 3")
    llama = section(part, "[1] ./models/acme-chat-llama", "[2] ")
    assert (
        "Owed to ./models/acme-chat-llama (this model), meta-llama/Llama-3.1-8B-Instruct "
        "(ancestor, finetune):" in " ".join(line.strip() for line in llama.splitlines())
    )
    source = "Llama 3.1 Community License Agreement, clause"
    assert duty_lines(llama) == [
        f"- Ship the license text [include-license-text]: {source} 1.b.i",
        f"- Naming and display [naming]: {source} 1.b.i",
        f"- Naming and display [naming]: {source} 1.b.i",
        f"- Notice file [notice-file]: {source} 1.b.iii",
    ]
    assert '            "Built with Llama"\n' in llama
    assert "Keep the Llama 3.1 attribution line in a Notice text file" in llama
    assert 'Required name prefix: "Llama"' in llama
    apache = section(part, "[2] ./models/acme-embedder", "[3] ")
    source = "Apache License, Version 2.0, clause"
    assert duty_lines(apache) == [
        f"- Ship the license text [include-license-text]: {source} 4(a)",
        f"- State changes [changes-statement]: {source} 4(b)",
        f"- Keep the copyright notices [copyright-notice]: {source} 4(c)",
        f"- Notice file [notice-file]: {source} 4(d)",
    ]
    assert "No license file in the model: obtain the text at" in apache
    cc = section(part, "[3] ./models/acme-vision-research")
    source = "Creative Commons Attribution-NonCommercial 4.0 International, clause"
    assert duty_lines(cc) == [
        f"- Ship the license text [include-license-text]: {source} 3(a)(1)(C)",
        f"- Credit [credit]: {source} 3(a)(1)(A)",
        f"- State changes [changes-statement]: {source} 3(a)(1)(B)",
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_notice_renders_a_saved_result(example: AuditResult, tmp_path: Path, fmt: str) -> None:
    saved = tmp_path / f"result.{fmt}"
    saved.write_text(render_json(example) if fmt == "json" else render_jsonl(example))
    out = tmp_path / "NOTICE.txt"
    run = CliRunner().invoke(app, ["notice", str(saved), "--output", str(out)])
    assert run.exit_code == 0, run.output
    assert out.read_text(encoding="utf-8") == render_notice(read_result(saved))
    assert "PART 2: ATTRIBUTION AND NOTICES" in out.read_text(encoding="utf-8")


def test_a_broken_saved_result_is_an_error_naming_the_file(tmp_path: Path) -> None:
    saved = tmp_path / "result.json"
    saved.write_text('{"schema_version": "1.5",\n  "models": [}\n', encoding="utf-8")
    run = CliRunner().invoke(app, ["notice", str(saved)])
    assert run.exit_code == 2  # a wrong input file is a usage error
    assert "result.json:2: invalid JSON" in run.output
    assert "Traceback" not in run.output


def test_training_datasets_appear_with_their_license_and_credit_line(
    example: AuditResult, db: LicenseDB
) -> None:
    model = example.models[1]  # ./models/acme-embedder
    entry: TrainingDataEntry = {
        "ref": "acme/wiki-pairs",
        "hub_id": "acme/wiki-pairs",
        "role": "training",
        "method": "card-metadata",
        "confidence": 1.0,
        "stated": [{"file": "README.md", "line": 4, "text": "datasets: [acme/wiki-pairs]"}],
        "resolved_by": "hub",
        "license": {"id": "CC-BY-SA-4.0", "name": None, "kind": "copyleft-oss"},
        "attribution_required": True,
    }
    facts = {**(example.license_facts or {}), **license_facts_for(["CC-BY-SA-4.0"], db)}
    result = replace(example, models=(replace(model, training_data=(entry,)),), license_facts=facts)
    part = section(render_notice(result), "PART 2", "PART 3")
    flat = " ".join(line.strip() for line in part.splitlines())
    assert (
        "Dataset acme/wiki-pairs (training): Creative Commons Attribution-ShareAlike 4.0 "
        "International (CC-BY-SA-4.0)" in flat
    )
    assert (
        "Credit line: acme/wiki-pairs (https://huggingface.co/datasets/acme/wiki-pairs), "
        "licensed under Creative Commons Attribution-ShareAlike 4.0 International "
        "(https://creativecommons.org/licenses/by-sa/4.0/legalcode)" in flat
    )
    assert "Owed to acme/wiki-pairs (dataset, training):" in flat
    assert (
        "- Credit [credit]: Creative Commons Attribution-ShareAlike 4.0 International, "
        "clause 3(a)(1)(A)" in flat
    )
    assert "[share-alike]" not in part  # a checklist duty, not an attribution
