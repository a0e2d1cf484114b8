"""German place names declined after an article or preposition are places too: a grant withheld
from companies "mit Sitz in der Europäischen Union" excludes the EU, as "Europäische Union" does."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign_territory import read_territory


def _excluded(text: str) -> list[str]:
    for clause in read_territory(text, text):
        if clause.key == "territorial_exclusions":
            assert isinstance(clause.value, list)
            return [str(code) for code in clause.value]
    return []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Unternehmen mit Sitz in der Europäischen Union wird keine Lizenz erteilt.", ["EU"]),
        ("Personen mit Wohnsitz in den Vereinigten Staaten wird keine Lizenz erteilt.", ["US"]),
        (
            "Personen mit Wohnsitz in den Vereinigten Staaten von Amerika oder im Vereinigten "
            "Königreich wird keine Lizenz erteilt.",
            ["US", "GB"],
        ),
        ("Keine Lizenz wird Unternehmen mit Sitz in der Russischen Föderation erteilt.", ["RU"]),
        ("Unternehmen mit Sitz in der Volksrepublik China wird keine Lizenz erteilt.", ["CN"]),
    ],
)
def test_a_declined_place_name_is_an_excluded_place(text: str, codes: list[str]) -> None:
    assert sorted(_excluded(text)) == sorted(codes)


@pytest.mark.parametrize(
    "text",
    [
        # the law a clause invokes is no excluded place
        "Keine Lizenz wird Personen erteilt, die auf den Sanktionslisten der Europäischen Union "
        "stehen.",
        # a place named without a grant withheld
        "Der Lizenzgeber hat seinen Sitz in den Vereinigten Staaten.",
    ],
)
def test_a_declined_place_name_outside_an_exclusion_excludes_nothing(text: str) -> None:
    assert _excluded(text) == []
