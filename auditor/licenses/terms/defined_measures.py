"""Defined measures of users: a term of the licensor's own ("Active Monthly Audience", "Reach",
"Qualified Seats") whose definition counts people over a month or a day ("the number of
different people who used a product of yours at least once during a calendar month") is read,
where a clause compares it with a figure, as the measure it defines: "monthly active users" or
"daily active users" (with the term kept after it). The cap is then read where its consequence
is, by the readers of caps stated with those words.

A definition is one of the document's definitions ('"X" means ...', "X means ...") or a keyed
line ("X: ...", an AsciiDoc definition list "X:: ..."). Its body must count persons (people,
users, individuals, accounts, visitors, customers) and name the period; a body counting
anything else (requests, tokens, revenue) or no period defines no measure of users.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document
from auditor.licenses.terms.substitute import substituted

__all__ = ["defined_measures", "with_defined_measures"]

_TERM = r"((?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*)"
_KEYED_DEFINITION = lazy_pattern(
    r"^[^A-Za-z\"\u201c\u2018]{0,12}(?:[\"\u201c\u2018']"
    + _TERM
    + r"[\"\u201d\u2019']|"
    + _TERM
    + r")\s*(?:(?:::?|[\u2013\u2014])\s*|:?\s*(?:means|shall\s+mean|refers?\s+to"
    r"|is\s+defined\s+as)\s+)(.{10,400}?)\s*\.?$"
)
_COUNTS_PERSONS = lazy_pattern(
    r"\b(?:number|count|total|sum)\s+of\s+(?:(?:different|distinct|unique|individual|separate"
    r"|natural|human|active|registered|end)\s+){0,2}(?:people|persons|individuals|users|end[\s-]users"
    r"|accounts|visitors|customers|members|human\s+beings|natural\s+persons|seats)\b",
    re.IGNORECASE,
)
_MONTHLY = lazy_pattern(
    r"\b(?:(?:calendar\s+)?month|monthly|thirty\s+(?:\(30\)\s+)?days|30\s+days)\b", re.IGNORECASE
)
_DAILY = lazy_pattern(r"\b(?:(?:calendar\s+)?day|daily|24\s+hours)\b", re.IGNORECASE)
_OTHER_UNIT = lazy_pattern(
    r"\b(?:requests?|calls?|tokens?|queries|revenue|turnover|income|sales|downloads?|installs?"
    r"|devices?|images?|documents?)\b",
    re.IGNORECASE,
)
_COMPARED = (
    r"\b(?:goes|go|rises?|climbs?|grows?|is|are|exceeds?|exceeding|passes|tops|reaches|hits"
    r"|surpasses|above|over|beyond|more\s+than|under|below|within|at\s+most|up\s+to)\b"
)


def defined_measures(doc: Document) -> dict[str, str]:
    """Each term the document defines as a count of persons over a month or a day -> the
    measure's words ("monthly active users")."""
    measures: dict[str, str] = {}
    for sentence in doc.sentences:
        match = _KEYED_DEFINITION.match(sentence.text)
        if match is None:
            continue
        term = (match.group(1) or match.group(2) or "").strip()
        body = match.group(3)
        if not term or term in measures or not _COUNTS_PERSONS.search(body):
            continue
        counted = _COUNTS_PERSONS.search(body)
        if counted is None or _OTHER_UNIT.search(body[: counted.start()]):
            continue
        if _MONTHLY.search(body):
            measures[term] = "monthly active users"
        elif _DAILY.search(body):
            measures[term] = "daily active users"
    return measures


def with_defined_measures(doc: Document) -> Document:
    """`doc` with each defined measure used beside a comparison ("the Active Monthly Audience of
    any one of your products goes above ...") read as the measure it defines, the term kept
    after it; `doc` itself when it defines none."""
    measures = defined_measures(doc)
    if not measures:
        return doc
    names = sorted(measures, key=len, reverse=True)
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(n) for n in names) + r")\b(?=[^.;]{0,80}?" + _COMPARED + ")"
    )

    return substituted(
        doc,
        pattern,
        lambda m: f"{measures[m.group(1)]} (the {m.group(1)})",
        skip=lambda s: _KEYED_DEFINITION.match(s.text) is not None,
    )
