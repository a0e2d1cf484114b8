"""Whether a passage added to a license restricts, and whether the term rules read it.

`judge_text` asks these of each `added_text.AddedPassage`: a passage restricts by the shape of
a restricting clause (`added_shapes.restricts`: only a shape that takes in a changed word, in a
sentence of the license with words changed) or, added whole, by its wording
(`sentences.reads_as_restriction`); it is read when a term quotes it. A restriction by shape
is read only by a term that restricts (one that speaks of commerce, money or a business
licensee only by a commercial-use, scope or cap term): a commercial-use `allowed` quoting
"commercial use is allowed only for charities" has not read its restriction. A restriction by
wording alone keeps the older, looser reading: any term quoting it has read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.added_shapes import (
    excluded,
    is_cap,
    normalised,
    restricts,
    speaks_of_commerce,
)
from auditor.licenses.terms.added_text import AddedPassage
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.sentences import reads_as_restriction
from auditor.model.terms import TERM_KEYS

How = Literal["shape", "wording"]

RESTRICTING_KEYS = frozenset(TERM_KEYS) - {
    "kind",
    "attribution_required",
    "naming_requirement",
    "patent_termination",
    "governing_law",
    "venue",
}
"""Terms that narrow what a licensee may do: a passage one of them quotes was read."""
COMMERCE_KEYS = frozenset(
    {
        "commercial_use",
        "use_scope",
        "mau_threshold",
        "revenue_threshold_usd",
        "user_threshold",
        "revenue_threshold",
    }
)
"""Terms that read a restriction of commercial use, trade or scale."""


def as_passage(added: AddedPassage | str) -> AddedPassage:
    """A quoted passage (identification's difference) as an added passage, every word new."""
    if isinstance(added, AddedPassage):
        return added
    words = tuple(normalised(added).split())
    return AddedPassage(added, None, words, frozenset(range(len(words))), compared=False)


def counts(passage: AddedPassage) -> bool:
    """Whether the passage counts as added: always when the comparison placed it; one a
    sampled reference could not place only when it restricts commerce or states a cap by its
    shape (and is no definition of the license's own words)."""
    if passage.certain:
        return True
    if _DEFINITION.search(" ".join(passage.words)):
        return False  # "it does not mean licensing fees"
    return restriction_of(passage) == "shape" and (
        speaks_of_commerce(passage.quote) or is_cap(passage.words)
    )


_DEFINITION = lazy_pattern(r"\b(?:means?|shall\s+mean|refers?\s+to|is\s+defined)\b")


def restriction_of(passage: AddedPassage) -> How | None:
    """How the passage restricts: by a restricting shape, by its wording, or not at all.

    A sentence of the license with words changed restricts only by a shape that takes in a
    changed word. One quoted by identification without a comparison (which of its words
    changed is unknown) restricts by its wording, or by a shape only when it speaks of
    commerce."""
    if not passage.whole:
        return "shape" if restricts(passage.words, passage.changed) else None
    if excluded(passage.words):
        return None
    shaped = restricts(passage.words)
    if shaped and (passage.compared or speaks_of_commerce(passage.quote)):
        return "shape"
    return "wording" if reads_as_restriction(passage.quote) else None


def read_by(passage: AddedPassage, terms: Mapping[str, ExtractedTerm], how: How) -> bool:
    """Whether a term reads the passage (see the module's docstring)."""
    if how == "wording":
        return any(quotes(term, passage) for key, term in terms.items() if key != "kind")
    keys = COMMERCE_KEYS if speaks_of_commerce(passage.quote) else RESTRICTING_KEYS
    return any(
        _stated(terms[key].value) and quotes(terms[key], passage)
        for key in keys
        if key in terms and not (key == "commercial_use" and terms[key].value == "allowed")
    )


def quotes(term: ExtractedTerm, passage: AddedPassage) -> bool:
    """Whether any of the term's evidence is quoted from the passage: one holds the other's
    words, or they share a run of _SHINGLE words."""
    said = normalised(passage.quote.removesuffix("\u2026"))
    if not said:
        return False
    mine = _shingles(said)
    for quote in term.evidence:
        theirs = normalised(quote.text.removesuffix("\u2026"))
        if theirs and (f" {said} " in f" {theirs} " or f" {theirs} " in f" {said} "):
            return True
        if mine & _shingles(theirs):
            return True
    return False


def _stated(value: object) -> bool:
    return value not in (None, False, [], {})


_SHINGLE = 6


def _shingles(words: str) -> set[tuple[str, ...]]:
    split = tuple(words.split())
    if len(split) < _SHINGLE:
        return set()
    return {split[i : i + _SHINGLE] for i in range(len(split) - _SHINGLE + 1)}
