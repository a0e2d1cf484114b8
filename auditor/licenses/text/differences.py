"""Finds what a modified license text changed: its sentences that no matched reference has.

A step of text identification (`identify`), run once a reference matched or nearly matched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.licenses.text.fingerprint import (
    MIN_SENTENCE_WORDS,
    Fingerprint,
    hash_words,
    shingle_hashes,
)
from auditor.licenses.text.normalize import Sentence, split_sentences
from auditor.licenses.text.similarity import Candidate

SENTENCE_KNOWN_SHARE = 0.5
"""A sentence whose shingles are at least this much in the reference is not a difference (it
was only cut differently, by formatting)."""

MIN_ADDED_RUN = 12
"""Consecutive unknown shingles (about eight added words) that make a sentence a difference
even when the rest of it is known (a clause glued to a list item without punctuation)."""

_UNKNOWN_WEIGHT = 0.5
_NORMATIVE = re.compile(
    r"\b(?:shall|must|may not|agrees?|prohibited|required|permitted|you may|is granted|"
    r"are granted|licensed under|restrict\w*|condition\w*)\b",
    re.I,
)


def find_differences(
    text: str, candidate: Candidate, known: Sequence[Fingerprint]
) -> list[Sentence]:
    """Sentences of the text that change the matched license: those absent from every accepted
    reference within the license's body, and rule-like ones right after it (up to a heading)."""
    if not _has_additions(candidate, known):
        return []
    sentences = split_sentences(text)
    status = [_is_known(s, known) for s in sentences]
    body = _license_body(sentences, status)
    if body is None:
        return []
    first, last = body
    inside = [
        s
        for s, state in zip(sentences[first:last], status[first:last], strict=True)
        if state is False
    ]
    # Text before the license is a preface or a README; rules appended right after it are how
    # modified licenses are usually written ("Our only modification is that ...").
    return [*inside, *_adjacent_rules(sentences[last + 1 :], status[last + 1 :])]


def _license_body(
    sentences: Sequence[Sentence], status: Sequence[bool | None]
) -> tuple[int, int] | None:
    """The stretch of sentences where known wording outweighs the rest: the largest sum of the
    known sentences' words less half the unknown ones', not across an unknown heading, so a
    stray known line in a README does not pull the README into the license."""
    best: tuple[int, int] | None = None
    best_sum = 0.0
    start, running = 0, 0.0
    for i, (sentence, state) in enumerate(zip(sentences, status, strict=True)):
        if sentence.heading and state is not True:  # a heading the license does not have
            start, running = i + 1, 0.0
            continue
        if running <= 0:
            start, running = i, 0.0
        if state is not None:
            running += len(sentence.words) * (1.0 if state else -_UNKNOWN_WEIGHT)
        if state is True and running > best_sum:
            best, best_sum = (start, i), running
    return best


def _has_additions(candidate: Candidate, known: Sequence[Fingerprint]) -> bool:
    """Whether some shingle after the first known one is in no known reference (a preface
    before the license is not an addition)."""
    unknown = candidate.shingle_set.difference(*(reference.shingles for reference in known))
    if not unknown:
        return False
    first = next((i for i, h in enumerate(candidate.shingles) if h not in unknown), None)
    return first is not None and not unknown.isdisjoint(candidate.shingles[first:])


def _is_known(sentence: Sentence, known: Sequence[Fingerprint]) -> bool | None:
    """True if a reference has the sentence, False if not, None if it is too short to tell.

    A sentence cut differently by other formatting still counts as known when most of its
    shingles are in a reference and no long run of them (added words) is missing.
    """
    key = hash_words(sentence.words)
    if any(key in reference.sentences for reference in known):
        return True
    if len(sentence.words) < MIN_SENTENCE_WORDS:
        return None
    present = [any(h in r.shingles for r in known) for h in shingle_hashes(sentence.words)]
    longest, run = 0, 0
    for is_present in present:
        run = 0 if is_present else run + 1
        longest = max(longest, run)
    return sum(present) >= SENTENCE_KNOWN_SHARE * len(present) and longest < MIN_ADDED_RUN


def _adjacent_rules(sentences: Sequence[Sentence], status: Sequence[bool | None]) -> list[Sentence]:
    """Unknown rule-like sentences next to the license, up to the first heading."""
    found = []
    for sentence, state in zip(sentences, status, strict=True):
        if sentence.heading:
            break
        if state is False and _NORMATIVE.search(sentence.raw):
            found.append(sentence)
    return found


def is_normative(passage: str) -> bool:
    """Whether a passage reads as a rule (`shall`, `must`, `may not`, `is prohibited`, ...)."""
    return _NORMATIVE.search(passage) is not None
