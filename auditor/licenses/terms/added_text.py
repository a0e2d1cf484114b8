"""What a copy of a standard license says that the license does not: its added or changed
sentences, located and quoted, whether or not identification counted them as changes.

Identification (`text.differences`, `text.index_rules`) names a change only when it reads as a
rule by its own wording, and a ScanCode key keeps only a sample of its shingles; a sentence
such as "For commercial use, please contact us." appended to an MIT text is neither, so the
copy stays `text-similar`. Terms must not inherit the license's permissions past such a
sentence: every sentence of the text is compared here with the matched reference itself (the
curated fingerprint's sentences and shingles, else the ScanCode key's sample), and each one
the reference does not have is an `AddedPassage` with its line and the words that differ
(all of them for a sentence of its own; for a sentence of the license with words changed,
the words no shingle of the reference covers, placed only roughly by a sparse sample). A
changed name (`Neither the name of Teal Lab nor ...`) is no change; a copyright line never
is a sentence.

Whether a passage counts, restricts and is read by a term is `added_reading`; the shapes of a
restriction are `added_shapes`; what the terms do with it is `judge_text`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.names import names_in_full
from auditor.licenses.terms.added_shapes import normalised
from auditor.licenses.text.differences import only_names_changed
from auditor.licenses.text.fingerprint import (
    SHINGLE_SIZE,
    Fingerprint,
    hash_words,
    load_fingerprints,
    shingle_hashes,
)
from auditor.licenses.text.identify import TextIdentification
from auditor.licenses.text.matchers.added_clause import ADDED_TERMS_METHOD
from auditor.licenses.text.prose import Sentence, split_sentences
from auditor.licenses.text.reference_index import load_reference_index
from auditor.licenses.text.same_force import said_otherwise

TITLE_KNOWN_METHOD = "text-title-known"
COMPARED_METHODS = frozenset(
    {"text-similar", "text-modified", ADDED_TERMS_METHOD, TITLE_KNOWN_METHOD}
)
"""Matches whose text is compared with the reference: an exact copy adds nothing (copyright
lines and layout are normalised away), and a derived or renamed license is its own text; a
standard license with clauses added is compared with the standard license it names
(`derived_from`); a text named only by its title is compared with the license its title names,
so that a body saying something else (a non-commercial grant under "Apache License") is read
as added, never covered by the named license's record."""


@dataclass(frozen=True, slots=True)
class AddedPassage:
    """A sentence of the text the matched reference does not have, or has with other words."""

    quote: str  # the sentence as written (whitespace collapsed, trimmed to QUOTE_LIMIT)
    line: int | None  # 1-based line where it starts; None for a quoted title
    words: tuple[str, ...]  # its normalised words
    changed: frozenset[int]  # positions in `words` of the words that differ (all: added)
    certain: bool = True  # False: a sampled reference could not tell it from its own words
    compared: bool = True  # False: quoted by identification, not compared here word by word

    @property
    def whole(self) -> bool:
        """Whether the reference has none of its words in this order: a sentence of its own."""
        return len(self.changed) == len(self.words)


def added_passages(
    text: str | None,
    identity: TextIdentification,
    *,
    compare: bool = True,
    sentences: Sequence[Sentence] | None = None,
) -> tuple[AddedPassage, ...]:
    """Every sentence of `text` that its matched reference does not have, plus the changes
    identification already quoted (`identity.differences`), each once.

    With `compare`, the text is compared with the curated fingerprints of the matched record
    when there are any, else with the ScanCode key's sampled shingles; without it, or for a
    match with neither, or one not compared by text (`COMPARED_METHODS`), the passages are
    identification's differences only."""
    passages: list[AddedPassage] = []
    match = identity.match
    if compare and text and match is not None and match.method in COMPARED_METHODS:
        if match.method == TITLE_KNOWN_METHOD and not _titled_in_full(identity):
            return _unique(_from_identity(identity))  # named in part: the closest record
        added = match.method == ADDED_TERMS_METHOD
        compared = match.derived_from if added else match.id
        references = [f for f in load_fingerprints().references if f.record_id == compared]
        key = _scancode_key(compared) if added else match.scancode
        if references:
            split = split_sentences(text) if sentences is None else sentences
            passages.extend(_against_fingerprints(split, references))
        elif key:
            passages.extend(_against_index_sample(text, key))
    # the comparison's reading of a sentence first: it knows which of its words changed
    return _unique([*passages, *_from_identity(identity)])


def _titled_in_full(identity: TextIdentification) -> bool:
    """Whether the text's title names its record in full (`names.names_in_full`): only then
    does it claim to be that license's text."""
    match = identity.match
    record = load_license_db().get(match.id or "") if match is not None else None
    return (
        record is not None and identity.title is not None and names_in_full(identity.title, record)
    )


def _scancode_key(record_id: str | None) -> str | None:
    """The ScanCode key of a standard license record (a derived text's base)."""
    record = load_license_db().get(record_id or "")
    return None if record is None else record.scancode


def _from_identity(identity: TextIdentification) -> list[AddedPassage]:
    lines = identity.difference_lines
    found = []
    for i, quote in enumerate(identity.differences):
        words = tuple(normalised(quote).split())
        line = lines[i] if i < len(lines) else None
        everything = frozenset(range(len(words)))
        found.append(AddedPassage(quote, line, words, everything, compared=False))
    return found


def _against_fingerprints(
    split: Sequence[Sentence], references: Sequence[Fingerprint]
) -> list[AddedPassage]:
    """Sentences none of the references has: a sentence of their own, or one of theirs with
    words changed (the words no shingle of the references covers)."""
    sentences: frozenset[int] = frozenset().union(*(r.sentences for r in references))
    shingles: frozenset[int] = frozenset().union(*(r.shingles for r in references))
    found = []
    for sentence in split:
        if hash_words(sentence.words) in sentences:
            continue
        if len(sentence.words) < SHINGLE_SIZE:
            # too short for a shingle of its own and not among the reference's sentences: its
            # own (a fragment cut by other formatting restricts nothing, `added_shapes`)
            found.append(_passage(sentence, range(len(sentence.words))))
            continue
        present = [h in shingles for h in shingle_hashes(sentence.words)]
        if all(present) or only_names_changed(sentence, present):
            continue
        if said_otherwise(sentence.words, sentences, shingles):
            continue
        found.append(_passage(sentence, _uncovered(len(sentence.words), present)))
    return found


def _against_index_sample(text: str, key: str) -> list[AddedPassage]:
    """Sentences with a sampled-class shingle (hash % modulus == 0) the key's sample lacks,
    with the words of those shingles as changed (the change is among them). A sentence with
    no sampled-class shingle at all cannot be told apart from the key's own words, and a
    sparse sample places a change within a sentence only roughly: those are kept as possibly
    added (not `certain`), and the judge counts them only when they restrict commerce by their
    shape (a long license has many short restricting sentences of its own, rarely one about
    commercial use)."""
    index = load_reference_index()
    position = index.by_key.get(key)
    if position is None:
        return []
    modulus = index.references[position].modulus
    known = {index.hashes[slot] for slot in index.sample(position)}
    found = []
    for sentence in split_sentences(text):
        hashes = shingle_hashes(sentence.words)
        sampled = [i for i, h in enumerate(hashes) if h % modulus == 0]
        missing = [i for i in sampled if hashes[i] not in known]
        if sampled and not missing:
            continue
        everything = range(len(sentence.words))
        if len(missing) == len(sampled):
            # none of its sampled shingles is the key's: a sentence of its own (certain when
            # two or more say so, or the sample is every shingle); with none, or one that a
            # small change elsewhere in the sentence may explain, possibly the key's words
            certain = modulus == 1 or len(sampled) >= 2
            found.append(_passage(sentence, everything, certain=certain))
            continue
        if only_names_changed(sentence, [i not in missing for i in range(len(hashes))]):
            continue
        # a word is changed when a missing sampled shingle takes it in and no sampled shingle
        # the key has does (at modulus 1, every shingle is sampled: the words no shingle covers;
        # a sparser sample places the change only roughly: not `certain`)
        span = min(SHINGLE_SIZE, len(sentence.words))
        known_words = {j for i in sampled if i not in missing for j in range(i, i + span)}
        changed = {j for i in missing for j in range(i, i + span)} - known_words
        # no changed word: words were only taken out
        found.append(_passage(sentence, changed, certain=modulus == 1))
    return found


def _uncovered(count: int, present: Sequence[bool]) -> list[int]:
    """Positions of the words no present shingle covers: what was inserted or put in place of
    another (with, at a sentence's edge, the unchanged words no shingle can cover alone)."""
    return [j for j in range(count) if not any(present[max(0, j - SHINGLE_SIZE + 1) : j + 1])]


def _passage(sentence: Sentence, changed: Iterable[int], *, certain: bool = True) -> AddedPassage:
    words = sentence.words
    return AddedPassage(sentence.quote, sentence.line, words, frozenset(changed), certain)


def _unique(passages: Sequence[AddedPassage]) -> tuple[AddedPassage, ...]:
    """Each sentence once (identification's quote and the comparison's name the same one),
    the first reading of it kept, certain when either reading is: identification quoting a
    sentence the sample could not place says it changed."""
    kept: dict[str, AddedPassage] = {}
    for passage in passages:
        key = " ".join(passage.quote.split()).rstrip("\u2026")
        first = kept.get(key)
        if first is None:
            kept[key] = passage
        elif passage.certain and not first.certain:
            kept[key] = replace(first, certain=True)
    return tuple(kept.values())
