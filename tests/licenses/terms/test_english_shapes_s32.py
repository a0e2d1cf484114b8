"""English shapes read from round M's misses, each with a twin in the other direction:
definitions after a dashed lead-in that an indented layout joins to them, every ISO 3166
country a territory clause may name, a territory list longer than a few places, and the
clause after a list of places kept out of it. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.places import find_places

_TERRITORY = (
    "KOWHAI MODEL LICENCE\n\n"
    "1  Interpretation\n"
    "   In this licence -\n"
    "   Permitted Area means {places}, and nowhere else:\n"
    "   Model means the Kowhai-2B weights.\n\n"
    "2  Where\n"
    "   You may run the Model, and offer anything built on it, only within\n"
    "   the Permitted Area.\n"
)


def _within(text: str) -> list[str]:
    clauses = extract_terms(text, path="LICENCE.txt")["excluded_use_territories"].value
    assert isinstance(clauses, list) and len(clauses) == 1 and clauses[0]["within"]
    regions = clauses[0]["regions"]
    assert isinstance(regions, list)
    return regions


def test_a_definition_after_a_dashed_lead_in_on_indented_lines() -> None:
    text = _TERRITORY.format(places="Fiji, Samoa, Tonga and the Commonwealth of Australia")
    assert _within(text) == ["AU", "FJ", "TO", "WS"]


def test_twin_without_the_definition_no_territory_is_read() -> None:
    text = _TERRITORY.replace("   Permitted Area means {places}, and nowhere else:\n", "")
    clauses = extract_terms(text, path="LICENCE.txt")["excluded_use_territories"].value
    assert clauses == []


@pytest.mark.parametrize(
    ("name", "code"),
    [("Tajikistan", "TJ"), ("the Cook Islands", "CK"), ("Niue", "NU"), ("Papua New Guinea", "PG")],
)
def test_every_iso_country_is_a_place(name: str, code: str) -> None:
    assert [codes for _, _, codes in find_places(f"the laws of {name}")] == [(code,)]


@pytest.mark.parametrize("word", ["Jordan", "Chad", "Jersey", "Guinea"])
def test_twin_country_names_that_are_common_words_are_not_read_from_the_iso_list(
    word: str,
) -> None:
    assert find_places(f"a note by {word} on the release") == []


def test_a_long_list_of_places_is_read_whole() -> None:
    text = (
        "You may deploy the weights only within Belgium, the Netherlands, Luxembourg, Denmark, "
        "Sweden, Norway, Finland, Iceland, Estonia and Latvia.\n"
    )
    assert _within(text) == ["BE", "DK", "EE", "FI", "IS", "LU", "LV", "NL", "NO", "SE"]


def test_twin_the_clause_after_the_list_is_not_a_place_of_it() -> None:
    text = (
        "You may deploy the weights only within Japan, and disputes go to the courts of "
        "Singapore.\n"
    )
    assert _within(text) == ["JP"]
