"""Every report states the lineage knowledge's date and origin (result schema 1.4); a result
saved before it recorded them reads as "not recorded" and its reports say nothing of it."""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema
import pytest

from auditor.model.codec import SCHEMA_VERSION, result_to_dict
from auditor.model.decode import read_result, result_from_dict
from auditor.model.knowledge_stamp import KnowledgeStamp
from auditor.report.render import ReportFormat, render
from auditor.resources import reports_dir
from tests.conftest import ROOT

SCHEMA = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())
SAVED = ROOT / "tests" / "golden" / "example" / "result.json"
STAMP = KnowledgeStamp("2026-10-04", "user")


def _validate(document: object) -> None:
    jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_the_stamp_round_trips_and_fits_the_schema() -> None:
    result = replace(read_result(SAVED), lineage_knowledge=STAMP)
    document = result_to_dict(result)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["lineage_knowledge"] == {"as_of": "2026-10-04", "origin": "user"}
    _validate(document)
    assert result_from_dict(document).lineage_knowledge == STAMP
    document["lineage_knowledge"] = {"as_of": "2026-10-04", "origin": "somewhere"}
    with pytest.raises(jsonschema.ValidationError):
        _validate(document)


def test_a_result_saved_before_1_4_reads_without_it() -> None:
    document = json.loads(SAVED.read_text(encoding="utf-8"))
    document["schema_version"] = "1.3"
    document.pop("lineage_knowledge", None)
    _validate(document)
    old = result_from_dict(document)
    assert old.lineage_knowledge is None
    assert result_to_dict(old)["lineage_knowledge"] is None
    for fmt in (ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML):
        assert "Lineage knowledge" not in render(old, fmt), fmt


@pytest.mark.parametrize(
    ("fmt", "words"),
    [
        (ReportFormat.TEXT, "Lineage knowledge: as of 2026-10-04 (refreshed by the user)"),
        (ReportFormat.MARKDOWN, "· Lineage knowledge as of 2026-10-04 (refreshed by the user)\n"),
        (
            ReportFormat.HTML,
            "<dt>Lineage knowledge</dt><dd><bdi>as of 2026-10-04 (refreshed by the user)</bdi>",
        ),
        (ReportFormat.JSON, '"lineage_knowledge": {\n    "as_of": "2026-10-04",'),
    ],
)
def test_each_report_states_the_date_and_origin(fmt: ReportFormat, words: str) -> None:
    result = replace(read_result(SAVED), lineage_knowledge=STAMP)
    assert words in render(result, fmt)


def test_the_bundled_and_undated_words() -> None:
    assert KnowledgeStamp("2026-11-23", "bundled").words() == "as of 2026-11-23 (bundled)"
    assert KnowledgeStamp(None, "file").words() == "undated (from a file)"
