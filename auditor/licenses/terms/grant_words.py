"""A grant that takes business use in, read from one language's word tables: the reader shared by
`foreign_grants_eur` and `foreign_grants_southeast` (each gives only its tables and its shape).

A clause (up to a full stop, a semicolon, a question or exclamation mark) grants business use
when it names a use for any purpose (`GrantWords.any`), or business use taken in by an "also" or
"including" (`also` within 30 characters before `business`), together with a grant word
(`permits`) - or, in the languages whose drafters say so (`GrantShape.business_beside_any`), with
business use named beside the purpose - and holds no negation, exception, "only" or condition.
Words saying no fee is charged or no permission is needed (`unneeded`) are set aside first; the
words of "any purpose" are set aside before the negation and condition are looked for ("apa
sahaja" is any purpose, never "only"; "zakelijk of niet" is no negation).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["NEVER", "GrantShape", "GrantWords", "takes_in_business"]

NEVER = r"(?!x)x"


@dataclass(frozen=True, slots=True)
class GrantWords:
    """One language's words, each a regular expression (compiled NFKC, case-insensitive)."""

    business: str
    also: str  # also, including (before the business words)
    permits: str  # a grant, a permission, an invitation
    any: str  # whatever the purpose
    negation: str
    condition: str
    unneeded: str = NEVER  # no fee, no permission needed: set aside first


@dataclass(frozen=True)
class GrantShape:
    """The tables of a group of languages, and how its drafters grant."""

    words: Mapping[str, GrantWords]
    # "any purpose" beside business use named grants without a grant word
    business_beside_any: bool = False
    # uses listed with trade among them, then an invitation: "Mau untuk cari nafkah, berjualan,
    # ..., silakan." (two commas at least)
    listed_trade: bool = False
    # a purpose of one kind right after "any purpose" (research, teaching, private ends): no
    # business taken in
    one_kind: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _Compiled:
    business: re.Pattern[str]
    any: re.Pattern[str]
    taken_in: re.Pattern[str]
    permits: re.Pattern[str]
    negation: re.Pattern[str]
    condition: re.Pattern[str]
    unneeded: re.Pattern[str]


_CLAUSE = re.compile(r"[^.;?!]+")


@cache
def _compiled(words: GrantWords) -> _Compiled:
    def c(pattern: str) -> re.Pattern[str]:
        return lazy_pattern(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)

    return _Compiled(
        business=c(words.business),
        any=c(words.any),
        taken_in=c(f"(?:{words.also})[^.;?!]{{0,30}}?(?:{words.business})"),
        permits=c(words.permits),
        negation=c(words.negation),
        condition=c(words.condition),
        unneeded=c(words.unneeded),
    )


def takes_in_business(text: str, shape: GrantShape) -> bool:
    """Whether one clause of `text`, in one of the shape's languages, grants business use
    (module docstring)."""
    text = unicodedata.normalize("NFKC", text)
    for words in shape.words.values():
        w = _compiled(words)
        for clause in _CLAUSE.findall(text):
            rest = w.unneeded.sub(" ", clause)
            found = w.any.search(rest)
            if found is not None and shape.one_kind is not None:
                found = None if shape.one_kind.search(rest[found.end() :]) else found
            taken_in = w.taken_in.search(rest) is not None
            bare = w.any.sub(" ", rest)
            if w.negation.search(bare) or w.condition.search(bare):
                continue
            granted = w.permits.search(bare) is not None
            named = w.business.search(bare) is not None
            if found is not None and (granted or (shape.business_beside_any and named)):
                return True
            if taken_in and granted:
                return True
            if shape.listed_trade and granted and named and rest.count(",") >= 2:
                return True
    return False
