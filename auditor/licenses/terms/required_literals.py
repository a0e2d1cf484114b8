"""The keyword prefilter of a clause rule, derived from its pattern: lowercase literals one
of which every match holds, so that the pattern runs only on sentences holding one.

Derived, never kept by hand: a prefilter narrower than its pattern silently hides clauses the
pattern was written to read, and one written beside the pattern drifts from it.
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]  # Python 3.11 and later
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_KEYWORD = 3
"""A shorter required literal filters too little to be worth a lookup: no prefilter."""

# `re` has no public syntax tree; its parser (`re._parser`, imported above) is the one
# reading of a pattern that agrees with the matcher, so the prefilter is derived from it
# rather than from a second, hand-written reading of the pattern text.

_Requirement = frozenset[str] | None
"""One of these literals is in every match; None: no literal is required."""


def required_keywords(source: str, flags: int = re.IGNORECASE) -> tuple[str, ...]:
    """Lowercase literals one of which every match of `source` contains (sorted), or () when
    no literal of at least MIN_KEYWORD characters is required on every path."""
    parsed = _sre_parse.parse(source, flags)
    found = _sequence(list(parsed))
    if found is None:
        return ()
    # a literal holding another is implied by it: the shorter one alone filters the same
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


_COMMON = frozenset(
    {"the", "and", "for", "you", "your", "any", "not", "are", "may", "this", "that", "with"}
    | {"use", "all", "its", "has", "have", "was", "can", "shall", "will", "must", "such"}
    | {"licen", "license", "licence", "agreement", "terms", "allowed", "permitted", "granted"}
    | {"apply", "based", "available", "make", "obtain", "rights", "software", "model", "work"}
)
"""Words in most sentences of a license: a requirement of one filters nearly nothing."""


def _better(a: _Requirement, b: _Requirement) -> _Requirement:
    """The more selective requirement: fewer words common in licenses, then a longer
    shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _rank(a) >= _rank(b) else b


def _rank(found: frozenset[str]) -> tuple[int, int, int]:
    return (-len(found & _COMMON), min(map(_weight, found)), -len(found))


def _weight(text: str) -> int:
    """A literal's length, a CJK character counting two (it is most of a word)."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def _run(chars: list[str]) -> _Requirement:
    text = "".join(chars).strip()
    return frozenset({text}) if _weight(text) >= MIN_KEYWORD else None


def _sequence(items: list[tuple[Any, Any]]) -> _Requirement:
    """The best requirement of items matched one after the other: a run of literals, or the
    requirement of a required part."""
    best: _Requirement = None
    chars: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.append(chr(arg).lower())
            continue
        if op is _sre.BRANCH and chars:
            # the parser moves a prefix the branches share before them (`商业用途|商用` is
            # `商(?:业用途|用)`): the run before the branch continues into each branch
            best = _better(best, _continued(chars, arg[1]))
        best = _better(best, _run(chars))
        chars = []
        best = _better(best, _item(op, arg))
    return _better(best, _run(chars))


def _continued(chars: list[str], branches: list[Any]) -> _Requirement:
    """The run before a branch joined with each branch's leading literals."""
    joined: set[str] = set()
    for branch in branches:
        lead = list(chars)
        for op, arg in branch:
            if op is not _sre.LITERAL:
                break
            lead.append(chr(arg).lower())
        found = _run(lead)
        if found is None:
            return None
        joined |= found
    return frozenset(joined)


def _item(op: Any, arg: Any) -> _Requirement:
    if op is _sre.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        return _sequence(list(body)) if low >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(arg))
    return None  # a class, any character, an assertion, a group reference: no literal
