"""English licences confined to named places ("only within the EEA", "not ... outside mainland
China"): read as an `excluded_use_territories` clause marked `within`. Before, no English
sentence of this shape was read (held-out round F's English translations found it), and one
was read as a scope and a commercial-use ban ("Running the model outside Vietnam ... is not
licensed"), a false block.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("You may run the Model only inside Japan.", ["JP"]),
        ("The licence granted here is valid in Canada only.", ["CA"]),
        ("You must not host or operate the Model outside the European Union.", ["EU"]),
        ("Serving users outside Brazil is not permitted.", ["BR"]),
    ],
)
def test_use_confined_to_named_places(text: str, regions: list[str]) -> None:
    terms = extract_terms(text)
    assert terms["excluded_use_territories"].value == [
        {"regions": regions, "models": "all", "exempts": [], "within": True}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Personal data must not be transferred outside the EU.",
        "You may not export the Model outside the United States without a licence.",
        "The documentation is available only in English.",
        "You may use the model anywhere, not only in the United States.",
        "We make no representation that the Model is appropriate for use outside Canada.",
        "Use the model only in accordance with the laws of Germany.",
    ],
)
def test_other_clauses_naming_places_confine_nothing(text: str) -> None:
    clauses = extract_terms(text)["excluded_use_territories"].value
    assert isinstance(clauses, list)
    assert not [c for c in clauses if c.get("within")]


def test_a_ban_bounded_by_places_is_no_scope_and_no_commercial_ban() -> None:
    text = (
        "You may use the model for any purpose, commercial ones included. Running the model "
        "outside Chile, or serving users located outside Chile, is not licensed."
    )
    terms = extract_terms(text)
    assert terms["use_scope"].value == []
    assert terms["commercial_use"].value == "allowed"
