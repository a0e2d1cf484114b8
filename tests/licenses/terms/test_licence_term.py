"""A licence granted for a set time: the day it ends read from the licence's own words (a date
after a word of ending, or a length counted from a date), said ended past the audit day; twins
that end nothing (a negation, an event, an act of the licensee, support or a warranty)."""

from __future__ import annotations

from datetime import date

import pytest

from auditor.licenses.terms.licence_term import ENDED, ENDS, licence_term
from auditor.model import LicenseFile, Severity

_TODAY = date(2026, 11, 25)


def _read(text: str, today: date | None = _TODAY) -> tuple[str, list[tuple[str, str | None]]]:
    files, findings = licence_term([(LicenseFile("LICENSE", None, None, text, "t"), None)], today)
    return files[0][0].text or "", [(f.rule, f.applies_from) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date after a word of ending
        ("This licence runs for the Preview Term, which starts on 1 September 2026 and ends "
         "at 23:59 UTC on 31 March 2027.", (ENDS, "2027-04-01")),
        ("This licence runs for the Preview Term, which starts on 1 September 2026 and ends "
         "at 23:59 UTC on 31 October 2026.", (ENDED, None)),
        ("The evaluation licence expires on March 31, 2027.", (ENDS, "2027-04-01")),
        ("Your rights under this agreement are valid until 2026-06-30.", (ENDED, None)),
        # a length counted from a date
        ("The licence lasts 120 days counted from the Release Date, 1 October 2026.",
         (ENDS, "2027-01-30")),
        ("The licence lasts 60 days counted from the Release Date, 1 August 2026.",
         (ENDED, None)),
        ("This trial licence runs for six months from 15 January 2026.", (ENDED, None)),
    ],
)  # fmt: skip
def test_the_day_the_licence_ends(text: str, expected: tuple[str, str | None]) -> None:
    _, findings = _read(text)
    assert findings == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "This licence does not expire; it was first published on 1 March 2025.",
        "This licence ends automatically if you breach it, as stated on 1 March 2025.",
        "The licence lasts 90 days from the day you accept it.",
        "Security support for the model ends on 31 March 2026.",
        "The warranty period ends on 1 January 2026.",
        "This licence is perpetual; the model was released on 1 March 2025.",
        "The model was released on 1 October 2026 under this licence.",
        "End User License Agreement, last updated: December 14, 2018.",
    ],
)
def test_no_end_read(text: str) -> None:
    assert _read(text)[1] == []


def test_no_audit_day_decides_nothing() -> None:
    text = "The evaluation licence expires on 1 January 2026."
    assert _read(text, today=None)[1] == []


def test_a_grant_during_the_term_reads_plainly_once_the_term_is_read() -> None:
    text = (
        "1. Term. This licence ends on 31 March 2027.\n"
        "2. Grant. During the Preview Term, you may use the Model in paid products.\n"
    )
    read, findings = _read(text)
    assert "2. Grant. You may use the Model in paid products." in read
    assert findings == [(ENDS, "2027-04-01")]
    # twin: no term read, the words stand
    untouched = "During the Preview Term, you may use the Model in paid products.\n"
    assert _read(untouched) == (untouched, [])


def test_an_ended_licence_blocks_by_default() -> None:
    files = [(LicenseFile("LICENSE", None, None, "The licence expired on 1 May 2026.", "t"), None)]
    _, (finding,) = licence_term(files, _TODAY)
    assert finding.rule == ENDED and finding.severity is Severity.BLOCK
    assert finding.evidence[0].file == "LICENSE" and "1 May 2026" in finding.evidence[0].text
