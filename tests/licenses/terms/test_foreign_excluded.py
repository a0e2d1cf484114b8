"""The shared work of the foreign readers on excluded places: places less those whose
sanctions or laws are invoked, clauses withholding the grant from those based there, and the
clauses recording them. Patterns here are our own, in English for reading ease."""

from __future__ import annotations

import re

from auditor.licenses.terms.foreign_excluded import (
    excluded_clauses,
    named_places,
    withheld_regions,
)
from auditor.licenses.terms.foreign_zh import Clause

_PLACES = ((re.compile(r"\brussia\b", re.I), "RU"), (re.compile(r"\biran\b", re.I), "IR"))
_AUTHORITY = re.compile(r"(?:sanctions|laws)[^.;:,]{0,30}$", re.I)
_WITHHELD = re.compile(r"\bno\s+licen[cs]e\b", re.I)
_BASED = re.compile(r"\bresident\w*|\bincorporated\b", re.I)


def _places(text: str) -> list[str]:
    return named_places(text, _PLACES, _AUTHORITY)


def test_places_in_pattern_order_less_an_invoked_authority() -> None:
    assert _places("Iran, Russia and Iran again") == ["RU", "IR"]
    assert _places("under the sanctions of Russia, companies in Iran") == ["IR"]


def test_withheld_from_those_based_near_a_named_place() -> None:
    text = "No licence is granted to residents of Iran; Russia is named elsewhere"
    assert withheld_regions(text, _WITHHELD, _BASED, _places, 80) == ["IR"]
    # a place far from the word saying who is based there
    far = "No licence to residents" + " of the world" * 10 + " in Iran"
    assert withheld_regions(far, _WITHHELD, _BASED, _places, 80) == []
    # based there, but the grant is not withheld in that clause
    assert withheld_regions("Residents of Iran may use it", _WITHHELD, _BASED, _places, 80) == []


def test_the_clauses_record_sorted_places_or_nothing() -> None:
    entry = {"regions": ["IR", "RU"], "models": "all", "exempts": []}
    assert excluded_clauses("excluded_use_territories", {"RU": None, "IR": None}) == [
        Clause("excluded_use_territories", [entry]),
        Clause("territorial_exclusions", ["IR", "RU"]),
    ]
    assert excluded_clauses("excluded_licensee_domiciles", []) == []
