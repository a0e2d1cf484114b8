"""Who a grant reaches, read into `use_scope` (auditor/licenses/terms/licensees.py), and the
one widening scope word, which binds a combination only when every confining source says it
(auditor/licenses/terms/combine.py). Phrasings are written for this project."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.combine import TermSource, combine_terms
from auditor.licenses.terms.extract import extract_terms

GRANT = "Heron Labs hereby grants you a license to use the Heron weights. "


def _scope(text: str) -> list[str]:
    value = extract_terms(GRANT + text)["use_scope"].value
    return list(value) if isinstance(value, list) else []


@pytest.mark.parametrize(
    "text",
    [
        "The weights are available only for use by, or on behalf of, non-profit organizations "
        "and universities.",
        "Use of the weights is limited to academic institutions and government bodies.",
        "Research Purposes do not include any use by individuals employed by companies in the "
        "context of their daily tasks.",
        "You may use the weights for research, provided you are not a commercial organisation.",
    ],
)
def test_grants_that_leave_out_companies(text: str) -> None:
    assert "non-commercial-organizations" in _scope(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may use the weights only for non-commercial purposes.",
        "Companies may use the weights for internal research.",
        "Companies are not permitted to use the Heron name or logo.",
        "The weights may not be used by companies with more than 700 million monthly active "
        "users without a separate license.",
    ],
)
def test_purposes_and_marks_are_no_licensee_class(text: str) -> None:
    assert "non-commercial-organizations" not in _scope(text)


def test_non_commercial_defined_as_research_is_research_by_anyone() -> None:
    text = '"Non-Commercial" shall mean for research or evaluation purposes only.'
    assert "research-by-anyone" in _scope(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Research Purposes" means non-commercial scientific research.',
        "You may use the weights solely for your non-commercial research purposes.",
        '"Non-Commercial Use" means research by academic or non-profit institutions.',
        '"NonCommercial" means not mainly aimed at commercial gain or at being paid.',
    ],
)
def test_research_qualified_by_purpose_or_class_is_not(text: str) -> None:
    assert "research-by-anyone" not in _scope(text)


def _source(scope: list[str], commercial: str | None = "prohibited", depth: int = -1) -> TermSource:
    return TermSource({"use_scope": scope, "commercial_use": commercial}, {}, depth)


def test_research_by_anyone_binds_when_every_confining_source_says_it() -> None:
    values, _ = combine_terms(
        [_source(["research-by-anyone"]), _source(["research", "research-by-anyone"], depth=1)]
    )
    assert values["use_scope"] == ["research", "research-by-anyone"]


def test_a_purpose_based_parent_keeps_the_narrower_reading() -> None:
    values, _ = combine_terms([_source(["research-by-anyone"]), _source([], depth=1)])
    assert values["use_scope"] == []
    values, _ = combine_terms([_source(["research-by-anyone"]), _source(["research"], None, 1)])
    assert values["use_scope"] == ["research"]


def test_a_permissive_parent_does_not_narrow_it() -> None:
    values, _ = combine_terms([_source(["research-by-anyone"]), _source([], "allowed", 1)])
    assert values["use_scope"] == ["research-by-anyone"]


def test_licensee_class_is_a_union() -> None:
    values, _ = combine_terms(
        [_source(["research"]), _source(["non-commercial-organizations"], depth=1)]
    )
    assert values["use_scope"] == ["non-commercial-organizations", "research"]
