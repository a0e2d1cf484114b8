"""Saved JSON results load back exactly, so every format can render from them later."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit_manifest
from auditor.cli.main import app
from auditor.errors import InputFileError
from auditor.model import Category, Finding, NeededInput, Severity, Verdict
from auditor.model.codec import SCHEMA_VERSION, render_json, result_to_dict
from auditor.model.decode import read_result, result_from_dict
from auditor.report.render import ReportFormat, render
from auditor.resources import reports_dir
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
    assert first.exit_code == 1, first.output  # the example blocks its research model
    html = tmp_path / "report.html"
    again = runner.invoke(app, ["report", str(saved), "--output", str(html)])
    assert again.exit_code == 1, again.output  # the saved verdict's exit code
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


GOLDEN_EXAMPLE = ROOT / "tests" / "golden" / "example" / "result.json"
SCHEMA = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())


def test_license_facts_and_digest_round_trip() -> None:
    result = read_result(GOLDEN_EXAMPLE)
    assert result.knowledge_digest is not None
    assert result.license_facts is not None
    llama = result.license_facts["LicenseRef-llama-3.1-community"]
    assert llama.terms["naming_requirement"].value == "Llama"
    assert llama.obligations[0].tag == "include-license"
    document = result_to_dict(result)
    assert document["schema_version"] == SCHEMA_VERSION == "1.5"
    assert result_to_dict(result_from_dict(document)) == document


def test_a_1_0_result_still_reads_without_facts() -> None:
    document = json.loads(GOLDEN_EXAMPLE.read_text(encoding="utf-8"))
    document["schema_version"] = "1.0"
    del document["license_facts"], document["knowledge_digest"]
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    validator.validate(document)  # the schema still describes a 1.0 result
    old = result_from_dict(document)
    assert old.license_facts is None
    assert old.knowledge_digest is None
    again = result_to_dict(old)
    assert again["license_facts"] is None and again["schema_version"] == SCHEMA_VERSION
    document["schema_version"] = "1.1"
    assert list(validator.iter_errors(document)), "a 1.1 result must carry the new fields"


def _licenses(document: dict[str, object]) -> list[dict[str, object]]:
    models = document["models"]
    assert isinstance(models, list)
    return [m[key] for m in models for key in ("license", "effective_license") if m[key]]


def test_a_1_1_result_still_reads_without_derived_from() -> None:
    document = json.loads(GOLDEN_EXAMPLE.read_text(encoding="utf-8"))
    document["schema_version"] = "1.1"
    for match in _licenses(document):
        match.pop("derived_from", None)
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    validator.validate(document)
    old = result_from_dict(document)
    assert all(m.license is None or m.license.derived_from is None for m in old.models)
    again = result_to_dict(old)
    assert again["schema_version"] == SCHEMA_VERSION
    assert all(match["derived_from"] is None for match in _licenses(again))


def _findings(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [*document["findings"], *(f for m in document["models"] for f in m["findings"])]


def test_a_1_2_result_still_reads_without_needs_input() -> None:
    document = json.loads(GOLDEN_EXAMPLE.read_text(encoding="utf-8"))
    document["schema_version"] = "1.2"
    for finding in _findings(document):
        finding.pop("needs_input", None)
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(document)
    old = result_from_dict(document)
    assert [f.needs_input for m in old.models for f in m.findings] == [
        () for m in old.models for _ in m.findings
    ]
    assert old.verdict is Verdict(document["verdict"])
    assert all(f["needs_input"] == [] for f in _findings(result_to_dict(old)))


def test_a_needs_input_verdict_and_its_inputs_round_trip() -> None:
    result = read_result(GOLDEN_EXAMPLE)
    model = result.models[0]
    waiting = Finding(
        rule="mau-above-threshold",
        category=Category.TERM,
        severity=Severity.BLOCK,
        message="Needs input",
        needs_input=(
            NeededInput("deployment.mau", "deployment.mau", "--mau"),
            NeededInput("model.region", "models[].region", None),
        ),
    )
    changed = replace(
        result,
        verdict=Verdict.NEEDS_INPUT,
        models=(replace(model, findings=(waiting,), verdict=Verdict.NEEDS_INPUT),),
    )
    document = result_to_dict(changed)
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(document)
    assert document["verdict"] == "needs-input"
    assert document["models"][0]["findings"][0]["needs_input"] == [
        {"fact": "deployment.mau", "manifest_key": "deployment.mau", "option": "--mau"},
        {"fact": "model.region", "manifest_key": "models[].region", "option": None},
    ]
    again = result_from_dict(json.loads(json.dumps(document)))
    assert again == changed
