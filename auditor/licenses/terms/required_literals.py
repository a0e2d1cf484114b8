"""The keyword prefilter of a clause rule, derived from its pattern: lowercase literals one
of which every match holds, so that the pattern runs only on sentences holding one.

Derived, never kept by hand: a prefilter narrower than its pattern silently hides clauses the
pattern was written to read, and one written beside the pattern drifts from it.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from re import _constants as _sre  # type: ignore[attr-defined]  # Python 3.11 and later
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from auditor.resources import license_db_dir

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
    return () if found is None else _minimal(found)


Prefilter = tuple[tuple[tuple[str, ...], ...], ...]
"""Per top-level alternative, the literal sets it requires all of (one literal of each set):
a sentence can match only when, for some alternative, it holds a literal of every set."""
MAX_SETS = 2
"""The most selective sets of an alternative kept: a third filters little more."""


def required_prefilter(source: str, flags: int = re.IGNORECASE) -> Prefilter:
    """For each top-level alternative of `source`, up to MAX_SETS literal sets every match of
    it holds one literal of each; () when some alternative requires no literal (no
    prefilter). Sound by construction: the sets are read from the parser's tree."""
    items = list(_sre_parse.parse(source, flags))
    while len(items) == 1 and items[0][0] is _sre.SUBPATTERN:
        items = list(items[0][1][-1])
    alternatives: list[list[tuple[Any, Any]]] = [items]
    if items and items[-1][0] is _sre.BRANCH:
        # the parser moves what every alternative starts with (`\b`, a shared letter) before
        # them: each alternative is that prefix followed by its own branch
        prefix = items[:-1]
        alternatives = [[*prefix, *branch] for branch in items[-1][1][1]]
    found: list[tuple[tuple[str, ...], ...]] = []
    for alternative in alternatives:
        sets = _candidates(list(alternative), spaces=True)
        if not sets:
            return ()
        # ties broken by the literals themselves: a set's order varies with the hash seed,
        # and the compiled index must be the same in every process that builds it
        ranked = sorted(set(sets), key=lambda s: (_rank(s), sorted(s)), reverse=True)
        # a further set only when it filters: one of common words filters little and costs the
        # keyword index every occurrence of them
        kept = ranked[:1] + [r for r in ranked[1:MAX_SETS] if share(r) <= _USEFUL]
        found.append(tuple(_minimal(s) for s in kept))
    return tuple(found)


def candidate_literals(source: str, flags: int = re.IGNORECASE) -> set[str]:
    """Every literal a prefilter of `source` could be made of (for the frequency table)."""
    found: set[str] = set()
    stack = [list(_sre_parse.parse(source, flags))]
    while stack:
        items = stack.pop()
        for spaces in (False, True):
            for requirement in _candidates(items, spaces=spaces):
                found |= requirement
        for op, arg in items:
            if op is _sre.SUBPATTERN:
                stack.append(list(arg[-1]))
            elif op is _sre.BRANCH:
                stack.extend(list(b) for b in arg[1])
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
                stack.append(list(arg[2]))
    return found


def _minimal(found: frozenset[str]) -> tuple[str, ...]:
    # a literal holding another is implied by it: the shorter one alone filters the same
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


def _candidates(items: list[tuple[Any, Any]], *, spaces: bool = False) -> list[frozenset[str]]:
    r"""Every requirement of a sequence: its literal runs and its required parts'. With
    `spaces`, the text is read with its whitespace collapsed (a sentence's): `\s+` is one
    space, and literals run across it."""
    sets: list[_Requirement] = []
    chars: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.append(chr(arg).lower())
            continue
        if spaces and _is_spaces(op, arg):
            chars.append(" ")
            continue
        if op is _sre.BRANCH and chars:
            sets.append(_continued(chars, arg[1], spaces))
        sets.append(_run(chars))
        chars = []
        sets.append(_item(op, arg, spaces))
    sets.append(_run(chars))
    return [s for s in sets if s is not None]


FREQUENCIES_FILE = "clause_literal_frequencies.json"
"""Share of license sentences holding each literal the rules may filter on: derived from the
shared corpus by scripts/build_literal_frequencies.py (numbers only, no text)."""
_UNKNOWN = 0.01
"""The share assumed for a literal the table lacks (a rule added since it was built)."""
_USEFUL = 0.2
"""A further set is kept only when at most this share of sentences holds one of its words."""


@cache
def literal_frequencies() -> dict[str, float]:
    """The bundled table (empty when absent: every literal then counts as `_UNKNOWN`)."""
    path = license_db_dir() / FREQUENCIES_FILE
    try:
        loaded = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    shares = loaded.get("shares") if isinstance(loaded, dict) else None
    return {str(k): float(v) for k, v in shares.items()} if isinstance(shares, dict) else {}


def share(found: frozenset[str]) -> float:
    """The estimated share of sentences holding one of `found` (at most 1)."""
    table = literal_frequencies()
    # fsum: exact whatever the order, and a set's order varies with the hash seed (a float
    # sum's last bits would decide ties between requirements differently in each process)
    return min(1.0, math.fsum(table.get(w, _UNKNOWN) for w in found))


def _better(a: _Requirement, b: _Requirement) -> _Requirement:
    """The more selective requirement: the smaller estimated share of sentences, then a
    longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _rank(a) >= _rank(b) else b


def _rank(found: frozenset[str]) -> tuple[float, int, int]:
    return (-share(found), min(map(_weight, found)), -len(found))


def _weight(text: str) -> int:
    """A literal's length, a CJK character counting two (it is most of a word)."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def _run(chars: list[str]) -> _Requirement:
    text = "".join(chars).strip()
    return frozenset({text}) if _weight(text) >= MIN_KEYWORD else None


def _sequence(items: list[tuple[Any, Any]], spaces: bool = False) -> _Requirement:
    """The best requirement of items matched one after the other: a run of literals, or the
    requirement of a required part (the most selective of `_candidates`)."""
    best: _Requirement = None
    for found in _candidates(items, spaces=spaces):
        best = _better(best, found)
    return best


_SPACE_CLASS = [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]


def _is_spaces(op: Any, arg: Any) -> bool:
    r"""Whether the item is `\s+` (one or more whitespace characters)."""
    return op is _sre.MAX_REPEAT and arg[0] >= 1 and list(arg[2]) == _SPACE_CLASS


def _continued(chars: list[str], branches: list[Any], spaces: bool = False) -> _Requirement:
    """The run before a branch joined with each branch's leading literals."""
    joined: set[str] = set()
    for branch in branches:
        lead = list(chars)
        for op, arg in branch:
            if spaces and _is_spaces(op, arg):
                lead.append(" ")
                continue
            if op is not _sre.LITERAL:
                break
            lead.append(chr(arg).lower())
        found = _run(lead)
        if found is None:
            return None
        joined |= found
    return frozenset(joined)


def _item(op: Any, arg: Any, spaces: bool = False) -> _Requirement:
    if op is _sre.SUBPATTERN:
        return _sequence(list(arg[-1]), spaces)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(list(branch), spaces)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        return _sequence(list(body), spaces) if low >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(arg), spaces)
    return None  # a class, any character, an assertion, a group reference: no literal
