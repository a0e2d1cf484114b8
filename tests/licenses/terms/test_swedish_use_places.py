"""Session 20 (held-out B): a Swedish grant that does not reach use in named places ("gäller
inte för användning i <places>") excludes use there, whoever uses the model, beside the
licensees seated there ("den som har sitt säte i ..."); a terms file named with the
Scandinavian "terms" noun (VILLKOR.txt) is a license document. Sentences are our own words."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.sources.base import is_license_like


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


def _used(values: dict[str, object]) -> list[str]:
    entries = values.get("excluded_use_territories") or []
    assert isinstance(entries, list)
    return sorted(r for e in entries for r in e["regions"])


def _seated(values: dict[str, object]) -> list[str]:
    entries = values.get("excluded_licensee_domiciles") or []
    assert isinstance(entries, list)
    return sorted(r for e in entries for r in e["regions"])


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Rätten gäller inte för användning i Ryssland eller Belarus.", ["BY", "RU"]),
        ("Ingen licens ges för användning inom Iran eller Syrien.", ["IR", "SY"]),
        ("Modellen får inte användas i Kina.", ["CN"]),
        ("Licensen omfattar inte drift i Nordkorea.", ["KP"]),
    ],
)
def test_use_in_named_places_is_excluded(text: str, places: list[str]) -> None:
    values = _values(text)
    assert _used(values) == places
    assert values["territorial_exclusions"] == places


def test_use_and_seat_both_read_from_one_sentence() -> None:
    text = (
        "Rätten enligt punkt 1 gäller inte för användning i Ryssland eller Belarus, och inte "
        "för den som har sitt säte i något av dessa länder."
    )
    values = _values(text)
    assert _used(values) == ["BY", "RU"]
    assert _seated(values) == ["BY", "RU"]


@pytest.mark.parametrize(
    "text",
    [
        # a harm banned in a place is no ban on all use there
        "Modellen får inte användas för militära ändamål i Ryssland.",
        # use in a place allowed, not withheld
        "Användning i Sverige och Norge är tillåten.",
        # a place that is no place of use (the law that governs)
        "Svensk lag gäller, även för användning i Finland.",
        # a licensee seated there: a domicile, not a place of use
        "Licensen gäller inte för den som har sitt säte i Ryssland.",
    ],
)
def test_no_use_exclusion(text: str) -> None:
    assert _used(read_foreign(text).values) == []


def test_seat_without_med_is_a_domicile() -> None:
    assert _seated(_values("Licensen gäller inte för den som har sitt säte i Ryssland.")) == ["RU"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("VILLKOR.txt", True),
        ("anvandarvillkor.md", True),
        ("VILKÅR.md", True),
        ("villkor.py", False),
        ("README.md", False),
    ],
)
def test_scandinavian_terms_file_is_license_like(path: str, expected: bool) -> None:
    assert is_license_like(path) is expected
