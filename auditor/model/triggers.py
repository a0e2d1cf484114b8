"""Which of several patterns may match a text, found in one pass: each pattern's *trigger
words* (strings one of which every match of it contains) are read from the pattern's own
parse, and one keyword automaton (pyahocorasick) over the text, folded once, tells whose words
occur; a pattern none of whose words occur cannot match, and is not run.

Reading the parse is conservative: a run of characters the pattern must match one after the
other, each ASCII or a letter without case (category Lo: Han, Kana, Hangul), is a word; an
optional part, a class, an escape or an assertion ends a run; a group, or a repeat of at least
one, gives its own words when they are better (their shortest longer); alternatives give the
union of their words, or none when one of them has none. A pattern with no trigger words is
always run. Words and text are compared folded, whatever the pattern's flags: `re.IGNORECASE`
matches an ASCII letter only with itself in either case and with four other characters
(U+0130, U+0131, U+017F, U+212A; a test checks every code point), which the fold maps to that
letter before lower-casing; a letter without case matches only itself.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_LOOK_ALIKES = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


def fold(text: str) -> str:
    """`text` as trigger words are compared: the four non-ASCII look-alikes that
    `re.IGNORECASE` matches with ASCII letters mapped to them, then lower case."""
    if not text.isascii():
        for look_alike, letter in _LOOK_ALIKES:
            if look_alike in text:
                text = text.replace(look_alike, letter)
    return text.lower()


def trigger_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of `pattern` contains; None when its parse
    shows no such set."""
    return _needs(_parser.parse(pattern.pattern, pattern.flags))


class Triggers:
    """Which of `patterns` may match a text (`may_match`), from one pass over it."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.words = [trigger_words(p) for p in patterns]
        self._always = sum(1 << i for i, words in enumerate(self.words) if words is None)
        owners: dict[str, int] = {}  # word -> the patterns it triggers, one bit each
        for index, words in enumerate(self.words):
            for word in words or ():
                owners[word] = owners.get(word, 0) | 1 << index
        self._automaton: Any = ahocorasick.Automaton()
        for word, bits in owners.items():
            self._automaton.add_word(word, bits)
        if owners:
            self._automaton.make_automaton()
        self._any = bool(owners)
        self._all = (1 << len(self.words)) - 1

    def may_match(self, text: str) -> list[bool]:
        """For each pattern: False only when it cannot match anywhere in `text`."""
        bits = self.mask(text)
        return [bool(bits >> index & 1) for index in range(len(self.words))]

    def line_masks(self, text: str) -> list[int]:
        """`mask` of each line of `text.splitlines()`, from one pass over the whole text (the
        fold keeps every character's place: only U+0130 lower-cases to two, and it is mapped
        first). A match within a line has its trigger word within that line."""
        lines = text.splitlines(keepends=True)
        masks = [self._always] * len(lines)
        if self._any and lines:
            starts = list(accumulate((len(line) for line in lines[:-1]), initial=0))
            for end, found in self._automaton.iter(fold(text)):
                masks[bisect_right(starts, end) - 1] |= found
        return masks

    def mask(self, text: str) -> int:
        """`may_match` as bits (pattern i: bit i)."""
        bits = self._always
        if self._any:
            for _, found in self._automaton.iter(fold(text)):
                bits |= found
                if bits == self._all:
                    break
        return bits


def _needs(items: Any) -> frozenset[str] | None:
    """Trigger words of a sequence of parsed items (see the module's docstring)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(option: frozenset[str] | None) -> None:
        nonlocal best
        if option and (best is None or _strength(option) > _strength(best)):
            best = option

    for op, av in items:
        if op is sre.LITERAL and (av < 128 or unicodedata.category(chr(av)) == "Lo"):
            run.append(chr(av))
            continue
        consider(frozenset({fold("".join(run))}) if run else None)
        run = []
        if op is sre.SUBPATTERN:
            consider(_needs(av[3]))
        elif op is sre.ATOMIC_GROUP:
            consider(_needs(av))
        elif op is sre.BRANCH:
            branches = [_needs(branch) for branch in av[1]]
            if all(words is not None for words in branches):
                consider(frozenset().union(*(w for w in branches if w is not None)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_needs(av[2]))
    consider(frozenset({fold("".join(run))}) if run else None)
    return best


def _strength(words: frozenset[str]) -> tuple[int, int]:
    """Better words are longer (a longer word occurs in fewer texts), then fewer."""
    return min(len(word) for word in words), -len(words)
