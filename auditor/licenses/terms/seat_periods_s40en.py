"""A ceiling counted in seats that the licence defines as people using the model in a period,
in English, for `thresholds.detect_caps`: "a licence to use it internally for up to 250 seats.
A seat is one named person who uses the model in a calendar month." The seats are then the
people using the model each month (each week, each day): the ceiling is a cap on monthly
(weekly, daily) users, `{count, unit}` with unit `mau` (`wau`, `dau`), checked against the
deployment's figures like any other user cap. A ceiling of seats with no such definition stays
the unread ceiling of `seat_caps_s39en` (the policy asks the organization to check it).

Not a definition negated ("a seat is not a person who ..."), nor concurrent or simultaneous
seats (people at the same time, never a month's users), nor a seat defined as a device, an
instance or a login without a period. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.caps import NUMBER, amount
from auditor.licenses.terms.detect import Found
from auditor.licenses.terms.seat_caps_s39en import unread_ceilings
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["seats_as_users"]

_SEATS = lazy_pattern(
    NUMBER + r"\s*(?:\([^)]{0,30}\)\s*)?(?:(?:named|licen[cs]ed|paid|user|individual)\s+){0,2}"
    r"seats?\b",
    re.IGNORECASE,
)
_AT_ONCE = lazy_pattern(
    r"\b(?:concurrent|simultaneous|at\s+(?:the\s+same|any\s+one)\s+time)\b", re.I
)
# "A seat is one named person who uses the model in a calendar month", '"Seat" means an
# individual user of the model during any month', "each seat equals one user per month"
_DEFINED = lazy_pattern(
    r"\b(?:an?\s+|each\s+|one\s+|every\s+)?[\"'\u201c\u2018]?seats?[\"'\u201d\u2019]?\s+"
    r"(?:is|means|equals|shall\s+mean|is\s+defined\s+as|counts?\s+as|stands?\s+for|=)\s+"
    r"(?:(?:one|a|an|each|any|every|the)\s+)?(?:(?:named|single|individual|distinct|unique"
    r"|natural|human)\s+){0,2}(?:person|people|user|individual|employee|member\s+of\s+staff"
    r"|end[-\s]user)s?\b(?P<rest>[^.;]{0,120}?)\b(?:in|during|per|within|each|every|a|any)\s+"
    r"(?:(?:a|any|one|the|given|single|each)\s+)?(?:calendar\s+)?(?P<period>month|week|day)\b",
    re.IGNORECASE,
)
_NEGATED = lazy_pattern(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
_UNITS = {"month": "mau", "week": "wau", "day": "dau"}


def seats_as_users(doc: Document, users: Found) -> Found:
    """`users` as found, or, when no user cap was read, the ceiling of seats `doc` states read
    as a cap on the people using the model in the period its definition of a seat names."""
    if users.value is not None or "seat" not in doc.lower:
        return users
    definition = _definition(doc)
    if definition is None:
        return users
    sentence, unit = definition
    for ceiling in unread_ceilings(doc):
        found = _SEATS.search(ceiling.text)
        if found is None or _AT_ONCE.search(ceiling.text):
            continue
        count = amount(found.group("num"), found.group("mult"))
        if count:
            return Found({"count": count, "unit": unit}, (ceiling, sentence))
    return users


def _definition(doc: Document) -> tuple[Sentence, str] | None:
    """The sentence defining a seat as a person using the model in a period, and the unit of
    users that period stands for."""
    for sentence in doc.sentences:
        if sentence.excluded or "seat" not in sentence.lower:
            continue
        found = _DEFINED.search(sentence.text)
        if found is None or _AT_ONCE.search(sentence.text):
            continue
        if _NEGATED.search(sentence.text, 0, found.start("rest")):
            continue
        return sentence, _UNITS[found.group("period").lower()]
    return None
