"""Amendments rewriting a licence's words from a date (licenses/terms/amendments.py): carried
out on the licence's text when in force on the audit's day, set aside before it, and said
either way; every instruction here is written in the general shape of such documents."""

from __future__ import annotations

from datetime import date

import pytest

from auditor.licenses.terms.amendments import apply_amendments
from auditor.licenses.terms.extract import extract_terms
from auditor.model import LicenseFile

TODAY = date(2026, 11, 25)
LICENCE = (
    "Tarnwick Model Licence\n\n1. You may use and modify the Model, commercially or not.\n"
    "2. This licence covers products with up to 4,000,000 monthly active users. Above that\n"
    "   you need a separate licence.\n3. Scots law governs.\n"
)


def _file(path: str, text: str) -> LicenseFile:
    return LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)


def _amend(amendment: str, today: date | None = TODAY) -> tuple[dict[str, str], list[str]]:
    files = [(_file("LICENSE", LICENCE), None), (_file("AMENDMENT-1.md", amendment), None)]
    out, findings = apply_amendments(files, today)
    return {f.path: f.text or "" for f, _ in out}, [f.message for f in findings]


def _cap(text: str) -> object:
    return extract_terms(text)["mau_threshold"].value


@pytest.mark.parametrize("when", ["1 March 2026", "March 1, 2026", "2026-03-01", "1st March 2026"])
def test_words_replaced_from_a_past_date_are_read_as_amended(when: str) -> None:
    amendment = (
        f"Amendment 1 to the Tarnwick Model Licence\n\nWith effect from {when}, the figure "
        '"4,000,000" in clause 2 is replaced by "400,000".\n'
    )
    texts, said = _amend(amendment)
    assert _cap(texts["LICENSE"]) == 400_000
    assert "AMENDMENT-1.md" not in texts  # nothing else in it: its effect is in the licence
    assert said and "amended words are read" in said[0]


def test_twin_words_replaced_from_a_future_date_leave_the_licence_as_written() -> None:
    amendment = (
        "Amendment 1 to the Tarnwick Model Licence\n\nWith effect from 1 March 2027, the figure "
        '"4,000,000" in clause 2 is replaced by "400,000".\n'
    )
    texts, said = _amend(amendment)
    assert _cap(texts["LICENSE"]) == 4_000_000
    assert "AMENDMENT-1.md" not in texts  # its new words are not read as a rival cap
    assert said and "not yet in force" in said[0]


def test_a_whole_clause_replaced_is_read_in_its_new_words() -> None:
    amendment = (
        'Addendum B\n\nFrom 1 January 2026, clause 1 is deleted and replaced with: "You may use '
        'the Model for non-commercial purposes only."\n'
    )
    texts, _ = _amend(amendment)
    assert extract_terms(texts["LICENSE"])["commercial_use"].value == "prohibited"


def test_an_undated_instruction_is_in_force_and_without_a_day_only_it_is() -> None:
    undated = 'Rider\n\nThe words "4,000,000 monthly" are replaced by "900,000 monthly".\n'
    texts, _ = _amend(undated, today=None)
    assert _cap(texts["LICENSE"]) == 900_000
    dated = (
        'Rider\n\nEffective 2 February 2026, the words "4,000,000 monthly" are replaced by '
        '"900,000 monthly".\n'
    )
    texts, said = _amend(dated, today=None)
    assert _cap(texts["LICENSE"]) == 4_000_000 and "no audit date" in said[0]


def test_twin_words_the_licence_does_not_hold_change_nothing() -> None:
    amendment = 'Amendment 2\n\nThe figure "7,500,000" in clause 2 is replaced by "10".\n'
    texts, said = _amend(amendment)
    assert texts["LICENSE"] == LICENCE and said == []
    assert "AMENDMENT-1.md" in texts  # read as it stands


def test_an_amendment_with_terms_of_its_own_keeps_them() -> None:
    amendment = (
        'Amendment 3\n\n1. The figure "4,000,000" in clause 2 is replaced by "2,000,000".\n\n'
        "2. You must not use the Model for surveillance of any person.\n"
    )
    texts, _ = _amend(amendment)
    assert _cap(texts["LICENSE"]) == 2_000_000
    assert "surveillance" in texts["AMENDMENT-1.md"]
    assert "4,000,000" not in texts["AMENDMENT-1.md"]


def test_an_instruction_not_yet_in_force_dates_the_analysis() -> None:
    amendment = 'Amendment\n\nFrom 1 March 2027, the figure "4,000,000" is replaced by "10".\n'
    files = [(_file("LICENSE", LICENCE), None), (_file("AMENDMENT-1.md", amendment), None)]
    _, findings = apply_amendments(files, TODAY)
    assert [f.applies_from for f in findings] == ["2027-03-01"]  # run.py: not cached past it
    _, findings = apply_amendments(files, date(2027, 3, 1))
    assert [f.applies_from for f in findings] == [None]
