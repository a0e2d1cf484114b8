"""Case-insensitive patterns searched as plain ones in lowercase text: the same answers, faster.

`re` compares every literal of an IGNORECASE pattern folded, several times the cost of a plain
scan, while each sentence's lowercase text is made anyway. A pattern whose own letters are all
lowercase finds in `text.lower()` what it finds in `text` case-insensitively; the extraction
digests over the corpus and ScanCode's texts hold the two paths equal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.fileio.lazy_pattern import lazy_pattern

_UPPER_OUTSIDE_ESCAPES = lazy_pattern(r"(?<!\\)(?:\\\\)*[A-Z]|\(\?[^:=!<P#]|\\[NpP]")


_T = TypeVar("_T")


def _by_identity(work: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """`functools.cache` keyed by the pattern object itself: hashing a compiled pattern hashes
    its whole compiled program (20 us for the longest clause rule), and the hot loops ask for
    a pattern's twin and plan once per sentence. The entry keeps its pattern alive, so its id
    is never another pattern's; equal patterns compiled apart get equal answers."""
    found: dict[int, tuple[re.Pattern[str], _T]] = {}

    def remembered(pattern: re.Pattern[str]) -> _T:
        entry = found.get(id(pattern))
        if entry is None or entry[0] is not pattern:  # a race works it out twice, harmlessly
            entry = found[id(pattern)] = (pattern, work(pattern))
        return entry[1]

    return wraps(work)(remembered)


@_by_identity
def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same case-insensitive pattern compiled case-sensitively, to search lowercase text.

    Case-insensitive matching costs several times a plain scan in `re` (every literal is
    compared folded), and a sentence's lowercase text is made anyway: a pattern whose own
    letters are all lowercase finds in `text.lower()` exactly what it finds in `text` with
    IGNORECASE. Patterns with a capital letter outside an escape (`RAIL`, `[A-Z]`), inline
    flags (`(?-i:...)`) or property escapes keep the case-insensitive search (None)."""
    source = pattern.pattern.replace("(?P<", "(?<").replace("(?P=", "(?=")  # group syntax
    if not pattern.flags & re.IGNORECASE or _UPPER_OUTSIDE_ESCAPES.search(source):
        return None
    return compile_pattern(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_QUANTIFIERS = frozenset("?*+{")
_LITERAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '-")


@_by_identity
def branch_plan(pattern: re.Pattern[str]) -> tuple[tuple[str, re.Pattern[str]], ...] | None:
    """A lowercase-twin pattern cut at its top-level `|`: each branch with the literal every
    match of it starts with (after `\\b` or `^`), to be searched only where that literal is.

    `search(A|B)` finds a match exactly when `search(A)` or `search(B)` does (no branch refers
    to another's group), and a branch's plain literal prefix lets `re` skip to its occurrences
    instead of trying the whole alternation at every position. None when the pattern has no
    twin, a single branch, or group references."""
    twin = lowercase_twin(pattern)
    if twin is None or "(?P=" in twin.pattern or "(?(" in twin.pattern:
        return None
    if re.search(r"\\[1-9]", twin.pattern):
        return None
    branches = _top_level_branches(twin.pattern)
    guarded = [(literal, b) for b in branches if len(literal := _leading_literal(b)) >= _GUARD]
    if len(branches) < 2 or not guarded:
        return None
    # Branches without a rare enough literal run together, as one alternation: searching
    # each alone would scan the sentence once per branch.
    rest = [b for b in branches if len(_leading_literal(b)) < _GUARD]
    plan = [(literal, compile_pattern(b, twin.flags)) for literal, b in guarded]
    if rest:
        plan.append(("", compile_pattern("|".join(rest), twin.flags)))
    return tuple(plan)


_GUARD = 4
"""Shortest literal worth a branch of its own: `not`, `you`, `is` are in most sentences."""


def _top_level_branches(source: str) -> list[str]:
    branches: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # a `]` first in the class (or after `^`) is a literal
            if source[index + 1 : index + 2] == "^":
                index += 1
            if source[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(source[start:index])
            start = index + 1
        index += 1
    branches.append(source[start:])
    return branches


def _leading_literal(branch: str) -> str:
    """The plain characters a branch's every match starts with ("" when none)."""
    index = 0
    while branch.startswith(("\\b", "^"), index):
        index += 2 if branch.startswith("\\b", index) else 1
    literal: list[str] = []
    while index < len(branch) and branch[index] in _LITERAL_CHARS:
        if branch[index + 1 : index + 2] in _QUANTIFIERS and index + 1 < len(branch):
            break  # an optional or repeated character is not always there
        literal.append(branch[index])
        index += 1
    return "".join(literal) if len(literal) >= 2 else ""


def search_lowered(pattern: re.Pattern[str], lower: str, text: str) -> bool:
    """`pattern.search(text) is not None`, where `lower` is `text.lower()`: through the
    pattern's branch plan or lowercase twin where it has one."""
    plan = branch_plan(pattern)
    if plan is not None:
        return any(
            branch.search(lower) is not None
            for literal, branch in plan
            if not literal or literal in lower
        )
    twin = lowercase_twin(pattern)
    if twin is not None:
        return twin.search(lower) is not None
    return pattern.search(text) is not None
