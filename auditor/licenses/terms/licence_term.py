"""A licence that runs for a set time: "This licence runs for the Preview Term, which ... ends
at 23:59 UTC on 31 March 2027", "The licence lasts 120 days counted from the Release Date,
1 October 2026. It then ends automatically." Past that day every right it granted has ended,
so using the model is unlicensed (`license-term-ended`, a block by default); before it, the
grant stands and the day it ends is said (`license-term-ends`, info), and the analysis holds
only until then (`applies_from`, as a dated amendment's).

Read per sentence: a word naming the licence, its term or period, or the rights it grants
("licence", "term", "period", "rights", "grant", "permission", "agreement", "evaluation",
"preview", "trial"), then a word of ending ("ends", "expires", "terminates", "lapses",
"ceases", "runs until", "is valid until") with a calendar date after it, or a length of time
("lasts 120 days", "runs for six months") counted from a calendar date. A negated ending ("does
not expire"), an ending on an event ("if you breach"), a length counted from an act of the
licensee ("from the day you accept") and a sentence about support or a warranty end nothing
here. Without an audit day nothing is decided. A grant opening "During the Preview Term, you
may ..." is read as the plain grant once its term is read here (the term's end is this
module's finding). Pure.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.text.prose import split_sentences
from auditor.model import Category, Evidence, Finding, LicenseFile

__all__ = ["ENDED", "ENDS", "licence_term"]

ENDED = "license-term-ended"
ENDS = "license-term-ends"

T = TypeVar("T")

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = lazy_pattern(
    r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + _MONTH + r")\s*,?\s+(?P<y1>\d{4})\b"
    r"|\b(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<y2>\d{4})\b"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b",
    re.IGNORECASE,
)
_SUBJECT = lazy_pattern(
    r"\b(?:licen[cs]es?|term|period|rights?|grants?|permissions?|agreement|evaluation|preview"
    r"|trial)\b",
    re.IGNORECASE,
)
_END = lazy_pattern(
    r"\b(?:ends?(?![\s-]*users?\b)|ended|expire[sd]?|expiry|expiration|terminate[sd]?|lapse[sd]?|cease[sd]?|runs?\s+(?:until"
    r"|till|through)|(?:is\s+)?valid\s+(?:until|till|through)|until)\b",
    re.IGNORECASE,
)
_LENGTH = lazy_pattern(
    r"\b(?:lasts?|runs?|is\s+valid|continues?|is\s+granted)\s+(?:for\s+)?(?:a\s+period\s+of\s+)?"
    r"(?P<n>\d{1,4}|one|two|three|four|six|nine|twelve|thirty|sixty|ninety)\s+"
    r"(?:\(\d{1,4}\)\s+)?(?P<unit>days?|weeks?|months?|years?)\s+(?:counted\s+|starting\s+)?"
    r"(?:from|after)\b",
    re.IGNORECASE,
)
_NOT = lazy_pattern(
    r"\b(?:not|never|no|perpetual\w*|indefinite\w*|unless|if|upon|on\s+breach|when\s+you)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)
_OTHER = lazy_pattern(
    r"\b(?:support|warranty|maintenance|patches|security\s+updates|offer|discount|price)\b",
    re.IGNORECASE,
)
_DURING = lazy_pattern(
    r"\b(?:during|throughout|within)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:term|period)\s*,?\s*",
    re.IGNORECASE,
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12}
_WORDS |= {"thirty": 30, "sixty": 60, "ninety": 90}


@dataclass(frozen=True, slots=True)
class _Term:
    path: str
    line: int | None
    quote: str
    ends: date


def licence_term(
    files: Sequence[tuple[LicenseFile, T]], today: date | None
) -> tuple[list[tuple[LicenseFile, T]], list[Finding]]:
    """`files` with a grant "during the term" read plainly where the licence's term is read,
    and a finding on the day the term ends (ended before `today`: a block by default)."""
    if today is None:
        return list(files), []
    found: list[_Term] = []
    out: list[tuple[LicenseFile, T]] = []
    for file, identity in files:
        term = _term(file.path, file.text) if file.text else None
        if term is None:
            out.append((file, identity))
            continue
        found.append(term)
        text = _without_during(file.text or "")
        out.append((replace(file, text=text) if text != file.text else file, identity))
    ends = min(found, key=lambda t: t.ends) if found else None
    return out, ([_finding(ends, today)] if ends is not None else [])


def _without_during(text: str) -> str:
    """The text with "During the Preview Term, " taken off the sentences it opens (the
    sentence's capital kept: "During the Term, you may" reads "You may")."""
    pieces: list[str] = []
    last = 0
    for match in _DURING.finditer(text):
        pieces.append(text[last : match.start()])
        last = match.end()
        if match.group(0)[:1].isupper() and last < len(text):
            pieces.append(text[last].upper())
            last += 1
    pieces.append(text[last:])
    return "".join(pieces)


def _term(path: str, text: str | None) -> _Term | None:
    lower = (text or "").lower()
    if not any(word in lower for word in ("end", "expir", "terminat", "lapse", "cease", "until",
                                          "valid", "last", "runs")):  # fmt: skip
        return None
    sentences = split_sentences(text or "")
    for sentence in sentences:
        raw = " ".join(sentence.raw.split())
        if not _SUBJECT.search(raw) or _OTHER.search(raw):
            continue
        ends = _ends(raw)  # the date in the same sentence only
        if ends is not None:
            return _Term(path, sentence.line, raw[:240], ends)
    return None


def _ends(sentence: str) -> date | None:
    length = _LENGTH.search(sentence)
    if length is not None:
        start = _first_date(sentence, length.end())
        if start is None or _NOT.search(sentence[: length.end()]):
            return None
        count = int(length["n"]) if length["n"].isdigit() else _WORDS[length["n"].lower()]
        return _add(start, count, length["unit"].lower().rstrip("s"))
    end = _END.search(sentence)
    if end is None or _NOT.search(sentence):
        return None
    return _first_date(sentence, end.end())


def _first_date(sentence: str, start: int) -> date | None:
    for match in _DATE.finditer(sentence, start):
        found = _date(match)
        if found is not None:
            return found
    return None


def _date(match: re.Match[str]) -> date | None:
    day = match["d1"] or match["d2"] or match["d3"]
    month = match["m1"] or match["m2"] or match["m3"]
    year = match["y1"] or match["y2"] or match["y3"]
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(year), number or 0, int(day))
    except ValueError:
        return None


def _add(start: date, count: int, unit: str) -> date | None:
    if unit == "day":
        return start + timedelta(days=count)
    if unit == "week":
        return start + timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = divmod(start.month - 1 + months, 12)
    day = min(start.day, calendar.monthrange(start.year + year, month + 1)[1])
    return date(start.year + year, month + 1, day)


def _finding(term: _Term, today: date) -> Finding:
    evidence = (Evidence(file=term.path, line=term.line, text=term.quote),)
    if term.ends < today:
        return Finding(
            rule=ENDED,
            category=Category.LICENSE,
            severity=observed_severity(ENDED),
            message=f"{term.path} grants its rights for a set time that ended on "
            f"{term.ends.isoformat()}: every right it granted has ended, so using the model "
            "is no longer licensed",
            remediation="Obtain a new licence from the licensor (a production or renewed "
            "licence), or stop using the model.",
            evidence=evidence,
        )
    return Finding(
        rule=ENDS,
        category=Category.LICENSE,
        severity=observed_severity(ENDS),
        message=f"{term.path} grants its rights for a set time ending on "
        f"{term.ends.isoformat()}: after that day using the model is no longer licensed",
        remediation="Plan a renewal or a replacement before the licence ends.",
        evidence=evidence,
        obligation=True,
        # the analysis holds until the day after the term ends (a cached result must not)
        applies_from=(term.ends + timedelta(days=1)).isoformat(),
    )
