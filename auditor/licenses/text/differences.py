"""Finds what a modified license text changed: its sentences that no matched reference has.

A step of text identification (`identify`), run once a reference matched or nearly matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from auditor.licenses.text.fingerprint import (
    MIN_SENTENCE_WORDS,
    SHINGLE_SIZE,
    Fingerprint,
    hash_words,
    shingle_hashes,
)
from auditor.licenses.text.prose import Sentence, split_sentences
from auditor.licenses.text.same_force import said_otherwise
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
_RULE = re.compile(
    r"\b(?:shall|must|may|might\s+not|can\s*not|cannot|can't|will\s+not|won't|need(?:s|ed)?"
    r"|requir\w*|agree\w*|prohibit\w*|forbid\w*|bar(?:s|red)|permit(?:s|ted)?|permission"
    r"|allow(?:s|ed)?|entitl\w*|authori[sz]\w*|restrict\w*|limited\s+to|only|solely"
    r"|exclusively|strictly|subject\s+to|unless|provided\s+that|on\s+condition|conditional"
    r"|grant\w*|consent|approval|exceed\w*|terminat\w*|revok\w*|not\s+for|no\s+longer"
    r"|excluded|reserves?|non-?commercial)\b",
    re.I,
)
"""Words that make a sentence grant, restrict, cap or condition something (a modal, a
permission or ban word, a restricting adverb): outside the license's body only such a sentence
is a change; a card title or "the model is licensed under the following terms" is not."""
_AMOUNT_OR_COUNT = re.compile(r"\d|\b(?:hundred|thousand|million|billion)\b", re.I)
_CAP_WORDS = re.compile(
    r"\b(?:revenue|turnover|income|funding|raised|valuation|users?|visits|visitors|devices"
    r"|installations|customers|employees|subscribers)\b",
    re.I,
)
_MIN_HEADING_RULE_WORDS = 5
"""A heading line shorter than this is a section name, not a rule, whatever its words."""


def find_differences(
    text: str,
    candidate: Candidate,
    known: Sequence[Fingerprint],
    *,
    sentences_of: Callable[[], Sequence[Sentence]] | None = None,
) -> list[Sentence]:
    """Sentences of the text that change the matched license: within the license's body, every
    sentence no accepted reference has; before or after it (a preface, a trailer, a README
    around the license), every such sentence that grants, restricts, caps or conditions
    anything (`is_rule`): an innocuous preface is tolerated, an added clause never.
    `sentences_of` gives the text's sentences when they were split already (the split is
    asked for only past the first test)."""
    if not _has_additions(candidate, known):
        return []
    sentences = split_sentences(text) if sentences_of is None else sentences_of()
    # The known references' sentence keys and shingles, pooled once for every sentence: a
    # sentence is in some reference exactly when it is in their union.
    known_sentences = _pooled([reference.sentences for reference in known])
    known_shingles = _pooled([reference.shingles for reference in known])
    status = [_is_known(s, known_sentences, known_shingles) for s in sentences]
    body = _license_body(sentences, status)
    if body is None:
        return []
    first, last = body
    return [
        sentence
        for i, (sentence, state) in enumerate(zip(sentences, status, strict=True))
        if state is False and (first <= i <= last or is_rule(sentence))
    ]


def is_rule(sentence: Sentence) -> bool:
    """Whether a sentence reads as a rule: it has a modal or a permission, ban or restricting
    word, or it states a cap (a number beside a revenue or user measure); a short heading is
    a section name, never a rule."""
    if sentence.heading and len(sentence.words) < _MIN_HEADING_RULE_WORDS:
        return False
    return reads_as_rule(sentence.raw)


def reads_as_rule(passage: str) -> bool:
    """Whether a passage has a modal or a permission, ban or restricting word, or states a
    cap (`is_rule` without the heading test)."""
    if _RULE.search(passage):
        return True
    return _AMOUNT_OR_COUNT.search(passage) is not None and _CAP_WORDS.search(passage) is not None


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


def is_known(sentence: Sentence, references: Sequence[Fingerprint]) -> bool | None:
    """Whether one of the references has the sentence (True), not (False), or it is too short
    to tell (None): `find_differences`' reading of one sentence."""
    known_sentences = _pooled([reference.sentences for reference in references])
    known_shingles = _pooled([reference.shingles for reference in references])
    return _is_known(sentence, known_sentences, known_shingles)


def _has_additions(candidate: Candidate, known: Sequence[Fingerprint]) -> bool:
    """Whether the text has a shingle no known reference has (anywhere: a preface or a
    trailer may hold an added clause too)."""
    return bool(candidate.shingle_set.difference(*(reference.shingles for reference in known)))


def _pooled(sets: Sequence[frozenset[int]]) -> AbstractSet[int]:
    """The union of the sets; the set itself when there is one (the usual case), uncopied."""
    return sets[0] if len(sets) == 1 else frozenset().union(*sets)


def _is_known(
    sentence: Sentence, known_sentences: AbstractSet[int], known_shingles: AbstractSet[int]
) -> bool | None:
    """True if a reference has the sentence, False if not, None if it is too short to tell.

    A sentence cut differently by other formatting still counts as known when most of its
    shingles are in a reference and no long run of them (added words) is missing; but a rule
    (`is_rule`: a grant, ban, cap or condition) is known only when every run of its words is
    in a reference: one word inserted or changed in it is a change, whatever the score.
    """
    if hash_words(sentence.words) in known_sentences:
        return True
    if len(sentence.words) < MIN_SENTENCE_WORDS:
        return None
    present = [h in known_shingles for h in shingle_hashes(sentence.words)]
    if not all(present) and is_rule(sentence) and not only_names_changed(sentence, present):
        # a word of a grant, ban, cap or condition changed: never a formatting cut, unless
        # it is a phrase of the same force ("must not" for "may not")
        return said_otherwise(sentence.words, known_sentences, known_shingles)
    longest, run = 0, 0
    for is_present in present:
        run = 0 if is_present else run + 1
        longest = max(longest, run)
    return sum(present) >= SENTENCE_KNOWN_SHARE * len(present) and longest < MIN_ADDED_RUN


def _uncovered(words: Sequence[str], present: Sequence[bool]) -> list[int]:
    """Positions of the words no known shingle covers: what was inserted or put in place of
    another (and, within SHINGLE_SIZE - 1 words of such a change at a sentence edge, the
    unchanged words no shingle can cover without it)."""
    if len(words) < SHINGLE_SIZE:
        return list(range(len(words)))
    return [j for j in range(len(words)) if not any(present[max(0, j - SHINGLE_SIZE + 1) : j + 1])]


def only_names_changed(sentence: Sentence, present: Sequence[bool]) -> bool:
    """Whether a rule changed only a name written in title case (`Neither the name of Quill
    Labs nor ...` for the reference's placeholder): a licensor or product named, not a term.
    Every uncovered word must be such a name, or stand between the sentence's edge and a name
    near it; no word of term vocabulary, number or upper-case word is ever a name."""
    words = sentence.words
    uncovered = _uncovered(words, present)
    title_case = {
        w.lower()
        for w in re.findall(r"[^\W_]+", sentence.raw)
        if w[:1].isupper() and (not w.isupper() or len(w) == 1)
    }
    # a term word written as part of an organisation's name (`Orchid Research Institute`):
    # title case, and followed by an organisation noun that was changed too
    in_name = {
        j
        for j in uncovered
        if words[j] in title_case
        and j + 1 in uncovered
        and _ORG_NOUN.fullmatch(words[j + 1])
        and words[j + 1] in title_case
    }
    if not uncovered or any(
        words[j].isdigit() or (_TERM_WORD.fullmatch(words[j]) and j not in in_name)
        for j in uncovered
    ):
        return False
    names = [j for j in uncovered if j and words[j] in title_case]  # not a sentence's capital
    if not names:
        return False
    first, last = names[0], names[-1]
    edge = SHINGLE_SIZE - 1
    return all(
        j in names
        or (j < first < edge + len(names))
        or (j > last >= len(words) - edge - len(names))
        for j in uncovered
    )


_TERM_WORD = re.compile(
    r"non|no|not|never|nor|only|solely|exclusively|commercial\w*|noncommercial|business\w*|sell\w*"
    r"|except\w*|exclud\w*|without|unless|but|resell\w*|revenue|profit\w*|paid|fees?|royalt\w*|research|personal|academic|educational"
    r"|evaluation|internal|private|hobby|exclusive|perpetual|irrevocable|worldwide|revocable"
    r"|users?|million|billion|thousand|hundred|months?|years?|days?|territor\w*|countr\w*"
)
"""Words that state a term, whatever their case: changing one is never a change of name."""
_ORG_NOUN = re.compile(
    r"institutes?|labs?|laborator(?:y|ies)|cent(?:er|re)s?|group|foundation|council|academy"
    r"|university|inc|ltd|llc|gmbh|corp(?:oration)?|company"
)
"""Nouns that end an organisation's name: a term word just before one, in title case, is part
of the name (`Orchid Research Institute`), never a term."""


def is_normative(passage: str) -> bool:
    """Whether a passage reads as a rule (`shall`, `must`, `may not`, `is prohibited`, ...)."""
    return _NORMATIVE.search(passage) is not None
