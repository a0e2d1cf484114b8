"""Finds what a modified license text changed: its sentences that no matched reference has.

A step of text identification (`identify`), run once a reference matched or nearly matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.text.fingerprint import (
    MIN_SENTENCE_WORDS,
    SHINGLE_SIZE,
    Fingerprint,
    hash_words,
    shingle_hashes,
)
from auditor.licenses.text.normalize import tokens
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
_NORMATIVE = compile_pattern(
    r"\b(?:shall|must|may not|agrees?|prohibited|required|permitted|you may|is granted|"
    r"are granted|licensed under|restrict\w*|condition\w*)\b",
    re.I,
)
_RULE = compile_pattern(
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
_AMOUNT_OR_COUNT = compile_pattern(r"\d|\b(?:hundred|thousand|million|billion)\b", re.I)
_CAP_WORDS = compile_pattern(
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
    return bool(candidate.shingle_set.difference(*_distinct([r.shingles for r in known])))


def _pooled(sets: Sequence[frozenset[int]]) -> AbstractSet[int]:
    """The union of the sets; the set itself when there is one (the usual case: the matched
    reference comes twice when it is also accepted), uncopied."""
    distinct = _distinct(sets)
    return distinct[0] if len(distinct) == 1 else frozenset().union(*distinct)


def _distinct(sets: Sequence[frozenset[int]]) -> list[frozenset[int]]:
    """The sets, each object once (a reference listed twice is one set)."""
    return list({id(s): s for s in sets}.values())


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
    if _known_alone(sentence, known_sentences, known_shingles):
        return True
    return _known_by_lines(sentence, known_sentences, known_shingles)


def _known_alone(
    sentence: Sentence, known_sentences: AbstractSet[int], known_shingles: AbstractSet[int]
) -> bool:
    """`_is_known` of a sentence of at least MIN_SENTENCE_WORDS words, read whole."""
    if hash_words(sentence.words) in known_sentences:
        return True
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


_LIST_MARK = compile_pattern(r"(?:[-*+>#|]|\d+[.)]|\(?[a-z0-9]{1,3}\))(?:\s|$)")
_MAX_LINES = 40


def _can_begin(previous: str, line: str) -> bool:
    """Whether a line can begin a sentence or a block of its own after the line before it: a
    list or quote marker, or a word in title case after a line ending in a lower-case word of
    content. A soft wrap goes on in lower case, or puts a name or an upper-case word at the
    line's start after a word that needs it (`of the` / `Licensee`, `IF` / `Kestrel`)."""
    stripped = line.lstrip()
    if _LIST_MARK.match(stripped):
        return True
    first = _FIRST_WORD.match(stripped)
    last = _LAST_WORD.search(previous.rstrip())
    return (
        first is not None
        and first.group()[0].isupper()
        and first.group()[1:].islower()
        and last is not None
        and last.group().islower()
        and last.group() not in _FUNCTION_WORDS
    )


_FIRST_WORD = compile_pattern(r"[^\W\d_]{2,}")
_LAST_WORD = compile_pattern(r"[^\W\d_]+$")
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of to and or nor by for with in on at from as that which than not no its their "
        "your our his her this these those any all each such under into upon per via",
    )
)
"""Words a sentence does not end on: a line ending in one is wrapped mid-sentence."""


def _known_by_lines(
    sentence: Sentence, known_sentences: AbstractSet[int], known_shingles: AbstractSet[int]
) -> bool:
    """Whether a sentence is known sentences run together where a copy lost the blank line or
    the full stop between them (a list's last item and the paragraph after it, a gating form
    flattening a license's layout): its lines, cut only before a line that can begin one
    (`_can_begin`), fall into consecutive groups each of which a reference has whole
    (`_known_alone`). Nothing is said that the references do not say; a line they lack, or a
    rule with a word changed, leaves a group unknown and the sentence a difference."""
    lines = sentence.raw.split("\n")
    if not 1 < len(lines) <= _MAX_LINES:
        return False
    line_words = [tokens(line) for line in lines]
    if any(_line_of_its_own(words, known_shingles) for words in line_words):
        return False
    starts = [0] + [i for i in range(1, len(lines)) if _can_begin(lines[i - 1], lines[i])]
    if len(starts) < 2:
        return False
    ends = [*starts[1:], len(lines)]
    reachable = {0}  # cut positions (indices into starts) reached by known groups
    for i in range(len(starts)):
        if i not in reachable:
            continue
        for j in range(i, len(starts)):
            raw = "\n".join(lines[starts[i] : ends[j]])
            words = tuple(chain.from_iterable(line_words[starts[i] : ends[j]]))
            if len(words) < MIN_SENTENCE_WORDS:
                continue
            group = Sentence(raw, words, sentence.block, False)
            if (i, j) != (0, len(starts) - 1) and _known_alone(
                group, known_sentences, known_shingles
            ):
                reachable.add(j + 1)
    return len(starts) in reachable


def _line_of_its_own(words: Sequence[str], known_shingles: AbstractSet[int]) -> bool:
    """Whether a line (its words) is no reference's: most of its own shingles are in none."""
    hashes = shingle_hashes(words)
    return bool(hashes) and sum(h in known_shingles for h in hashes) < SENTENCE_KNOWN_SHARE * len(
        hashes
    )


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


_TERM_WORD = compile_pattern(
    r"non|no|not|never|nor|only|solely|exclusively|commercial\w*|noncommercial|business\w*|sell\w*"
    r"|except\w*|exclud\w*|without|unless|but|resell\w*|revenue|profit\w*|paid|fees?|royalt\w*|research|personal|academic|educational"
    r"|evaluation|internal|private|hobby|exclusive|perpetual|irrevocable|worldwide|revocable"
    r"|users?|million|billion|thousand|hundred|months?|years?|days?|territor\w*|countr\w*"
)
"""Words that state a term, whatever their case: changing one is never a change of name."""
_ORG_NOUN = compile_pattern(
    r"institutes?|labs?|laborator(?:y|ies)|cent(?:er|re)s?|group|foundation|council|academy"
    r"|university|inc|ltd|llc|gmbh|corp(?:oration)?|company"
)
"""Nouns that end an organisation's name: a term word just before one, in title case, is part
of the name (`Orchid Research Institute`), never a term."""


def is_normative(passage: str) -> bool:
    """Whether a passage reads as a rule (`shall`, `must`, `may not`, `is prohibited`, ...)."""
    return _NORMATIVE.search(passage) is not None
