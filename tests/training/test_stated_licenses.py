"""A training-data table's License column states each row's dataset license (stated_tables.py):
the entry carries it as named, and resolution (resolve.py) takes it, as `card`, when neither
the dataset's repo nor the registry answers and the license database knows the name; a header
cell, an empty or "-" cell or a pointer states none."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.model.training import TrainingDataEntry
from auditor.policy.training_facts import training_facts
from auditor.training.resolve import license_of_records, resolve_training_data
from auditor.training.stated import stated_datasets
from auditor.training.stated_tables import license_cell

TABLE = """# Kestrel-2B

## Training data

| Corpus | Size | License |
|---|---|---|
| Our own forum crawl | 3M posts | [CC BY-NC-SA 4.0](https://cc.example/by-nc-sa) |
| PartnerNews-FR (licensed) | 90k articles | cc-by-nc-4.0 |
| Wikipedia (fr) | 2M articles | CC BY-SA 4.0 |
| Field notes | 10k | - |
| Vendor manuals | 40k | see the vendor's card |
| Old mailing lists | 1M | mixed, mostly permissive |
"""


def entries(body: str) -> dict[str, TrainingDataEntry]:
    return {e["ref"]: e for e in stated_datasets(None, body=body, body_line=1)}


def resolved(body: str) -> dict[str, TrainingDataEntry]:
    found = resolve_training_data(
        entries(body).values(),
        fetch=None,
        lookup=lambda _ref: None,
        license_of=license_of_records(load_license_db()),
        offline_reason="offline",
    )
    return {e["ref"]: e for e in found}


def test_each_row_states_its_license_as_named_with_the_row_as_evidence() -> None:
    found = entries(TABLE)
    assert found["PartnerNews-FR"].get("license") == {
        "id": None,
        "name": "cc-by-nc-4.0",
        "kind": None,
    }
    (where,) = found["PartnerNews-FR"]["license_evidence"]
    assert where["line"] == 8
    assert "cc-by-nc-4.0" in where["text"]
    assert found["Our own forum crawl"].get("license", {}) == {
        "id": None,
        "name": "CC BY-NC-SA 4.0",
        "kind": None,
    }
    for no_license in ("Field notes", "Vendor manuals"):
        assert "license" not in found[no_license], no_license


def test_resolution_reads_the_stated_license_when_nothing_else_answers() -> None:
    found = resolved(TABLE)
    news = found["PartnerNews-FR"]
    assert news["resolved_by"] == "card"
    assert news.get("license", {}) == {
        "id": "CC-BY-NC-4.0",
        "name": "Creative Commons Attribution-NonCommercial 4.0 International",
        "kind": "non-commercial",
    }
    wiki = found["Wikipedia"]
    assert (wiki["resolved_by"], wiki.get("share_alike")) == ("card", True)
    lists = found["Old mailing lists"]
    assert lists["resolved_by"] == "not-fetched"
    assert "mixed, mostly permissive" in (lists.get("reason") or "")
    facts = training_facts(found.values())
    assert facts["training_data.non_commercial"] == ["Our own forum crawl", "PartnerNews-FR"]
    unknown = facts["training_data.unknown_license"]
    assert isinstance(unknown, list)
    assert "PartnerNews-FR" not in unknown
    assert {"Field notes", "Vendor manuals", "Old mailing lists"} <= set(unknown)


def test_a_benchmark_table_license_column_states_no_training_license() -> None:
    body = "## Evaluation\n\n| Dataset | Score | License |\n|---|---|---|\n| MMLU | 61 | MIT |\n"
    assert all("license" not in e for e in entries(body).values())


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("CC BY-NC 4.0", "CC BY-NC 4.0"),
        ("**Apache 2.0**", "Apache 2.0"),
        ("[ODC-By](https://opendatacommons.org/licenses/by/)", "ODC-By"),
        ("", None),
        ("-", None),
        ("—", None),
        ("License", None),
        ("Licence", None),
        ("n/a", None),
        ("unknown", None),
        ("see card", None),
        ("See the dataset card", None),
        ("same as above", None),
        ("x" * 80, None),
    ],
)
def test_a_license_cell(cell: str, expected: str | None) -> None:
    assert license_cell(cell) == expected
