"""A limits table whose column says what follows past each row's figure ("Above the limit",
"If exceeded"): the row's measure, figure and consequence are one cap (session 38)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from auditor.licenses.terms.extract import extract_terms

_LICENCE = (
    "Gorsefield Weights Licence\n\n"
    "Gorsefield Ltd grants you a licence to use and run the Model and to offer services built on"
    " it, subject to the limits in the table below.\n\n"
)

Layout = Callable[[str, str], str]


def _markdown(header: str, consequence: str) -> str:
    return (
        _LICENCE
        + f"| Measure | Limit | {header} |\n|---|---|---|\n"
        + f"| Monthly active users | 2,500,000 across your products | {consequence} |\n"
    )


def _html(header: str, consequence: str) -> str:
    return (
        _LICENCE
        + f"<table><tr><th>Measure</th><th>Limit</th><th>{header}</th></tr>"
        + "<tr><td>Monthly active users</td><td>2,500,000 across your products</td>"
        + f"<td>{consequence}</td></tr></table>\n"
    )


@pytest.mark.parametrize("layout", [_markdown, _html])
@pytest.mark.parametrize("header", ["Above the limit", "If exceeded", "Beyond that figure"])
def test_a_consequence_column_makes_the_row_a_cap(layout: Layout, header: str) -> None:
    terms = extract_terms(layout(header, "you need a separate licence from Gorsefield"))
    assert terms["mau_threshold"].value == 2_500_000
    conditions = terms["commercial_use_conditions"].value
    assert isinstance(conditions, list) and "separate-license-above-threshold" in conditions


@pytest.mark.parametrize("layout", [_markdown, _html])
def test_twin_a_consequence_that_changes_nothing_is_no_cap(layout: Layout) -> None:
    terms = extract_terms(layout("Above the limit", "the licence goes on at no cost"))
    assert terms["mau_threshold"].value is None
    assert not terms["commercial_use_conditions"].value


def test_twin_a_column_naming_no_consequence_is_read_as_before() -> None:
    terms = extract_terms(_markdown("Notes", "you need a separate licence from Gorsefield"))
    assert terms["mau_threshold"].value is None
