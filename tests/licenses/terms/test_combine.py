"""The most restrictive combination of several documents' terms keeps each term's evidence."""

from __future__ import annotations

from auditor.licenses.terms.combine import TermSource, combine_terms
from auditor.model import Evidence


def _source(path: str, **values: object) -> TermSource:
    evidence = {key: (Evidence(path, 1, f"{path} says {key}"),) for key in values}
    return TermSource(values, evidence)


def test_most_restrictive_value_wins_with_its_own_evidence() -> None:
    code = _source("LICENSE", kind="permissive-oss", commercial_use="allowed")
    weights = _source("LICENSE-MODEL", kind="non-commercial", commercial_use="prohibited")
    values, evidence = combine_terms([code, weights])
    assert values["kind"] == "non-commercial"
    assert values["commercial_use"] == "prohibited"
    assert [e.file for e in evidence["commercial_use"]] == ["LICENSE-MODEL"]


def test_lists_are_unions_booleans_or_and_caps_the_lowest() -> None:
    one = _source("LICENSE", use_restrictions=["military"], mau_threshold=700_000_000)
    two = _source(
        "NOTICE", use_restrictions=["surveillance"], mau_threshold=1_000, attribution_required=True
    )
    values, evidence = combine_terms([one, two])
    assert values["use_restrictions"] == ["military", "surveillance"]
    assert values["mau_threshold"] == 1_000
    assert values["attribution_required"] is True
    assert {e.file for e in evidence["use_restrictions"]} == {"LICENSE", "NOTICE"}


def test_the_first_document_names_the_governing_law() -> None:
    values, _ = combine_terms(
        [_source("LICENSE", governing_law="US-CA"), _source("NOTICE", governing_law="GB")]
    )
    assert values["governing_law"] == "US-CA"


def test_nothing_to_combine() -> None:
    assert combine_terms([]) == ({}, {})
