"""Which sentences hold which keywords: one Aho-Corasick pass over a document.

Every detector rule names the literal words one of which any match must contain, so its
regular expression runs only on the sentences holding one. Testing each keyword against each
sentence costs a scan of the whole text per keyword (a few hundred keywords, most absent);
an automaton over all the keywords finds every occurrence of every one in a single pass
(`pyahocorasick`, a C implementation: the pure-Python alternatives or a regex alternation of
two hundred literals are slower than the substring tests they would replace).
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from operator import itemgetter

import ahocorasick

_lock = threading.Lock()
_registered: set[str] = set()
# (the words, their automaton, whether a word holds a line break): rebuilt when words are new
_built: tuple[frozenset[str], ahocorasick.Automaton | None, bool] | None = None


def register_keywords(words: Iterable[str]) -> None:
    """Make `words` part of the automaton (rebuilt on its next use when any is new)."""
    global _built
    new = set(words) - _registered
    if new:
        with _lock:
            _registered.update(new)
            _built = None


def _automaton() -> tuple[frozenset[str], ahocorasick.Automaton | None, bool]:
    global _built
    built = _built
    if built is None:
        with _lock:
            words = frozenset(_registered)
            automaton = None
            if words:
                automaton = ahocorasick.Automaton()
                for word in words:
                    automaton.add_word(word, word)
                automaton.make_automaton()
            built = _built = (words, automaton, any("\n" in word for word in words))
    return built


class KeywordIndex:
    """For one document: the indexes of the sentences holding each keyword, in order.

    `lowers` are the sentences' lowercase texts; none holds a line break, so no keyword
    occurrence in their line-joined text spans two sentences and each hit is exactly a
    substring of one sentence, as a per-sentence `in` test would find it."""

    def __init__(self, lowers: Sequence[str], joined: str) -> None:
        self._lowers = lowers
        self._covered, automaton, spanning = _automaton()
        self._hits: dict[str, array[int]] = {}  # 8 bytes a hit, not an integer object each
        if automaton is None or not joined:
            return
        if spanning:
            self._hits_in_joined(automaton, lowers, joined)
            return
        hits = self._hits
        search = automaton.iter
        # sentence by sentence: the index is known without a search, each word once a sentence
        for index, lower in enumerate(lowers):
            for word in set(map(itemgetter(1), search(lower))):
                found = hits.get(word)
                if found is None:
                    hits[word] = array("q", (index,))
                else:
                    found.append(index)

    def _hits_in_joined(
        self, automaton: ahocorasick.Automaton, lowers: Sequence[str], joined: str
    ) -> None:
        """The hits from one pass over the joined text, each placed in its sentence by
        bisection: a keyword holding a line break, which only the joined text can hold, is
        found where it spans two sentences, as it always was."""
        ends = array("q")
        offset = 0
        for lower in lowers:
            offset += len(lower)
            ends.append(offset)
            offset += 1
        hits = self._hits
        for last, word in automaton.iter(joined):
            index = bisect_right(ends, last - len(word) + 1)
            found = hits.get(word)
            if found is None:
                hits[word] = array("q", (index,))
            elif found[-1] != index:
                found.append(index)

    def holding(self, keywords: Iterable[str]) -> list[int]:
        """Indexes of the sentences holding any of `keywords`, ascending."""
        return sorted(self.holding_set(keywords))

    def holding_set(self, keywords: Iterable[str]) -> set[int]:
        """Indexes of the sentences holding any of `keywords`, unordered (`holding`)."""
        found: set[int] = set()
        unknown = []
        hits = self._hits
        for word in keywords:
            if word in self._covered:
                if word in hits:
                    found.update(hits[word])
            else:
                unknown.append(word)
        if unknown:  # a keyword no rule registered: tested directly, and known from now on
            register_keywords(unknown)
            found.update(
                i for i, lower in enumerate(self._lowers) if any(map(lower.__contains__, unknown))
            )
        return found
