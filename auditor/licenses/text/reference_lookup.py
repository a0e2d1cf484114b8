"""Scores a text against the ScanCode reference index and names the key it matches.

The lookup half of `reference_index` (which reads the file): preselect keys through the
inverted index, score them on their sampled shingles in order, and give a match the identity
of its curated record where we have one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from rapidfuzz.distance import LCSseq

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared_spdx import curated_record as curated_record  # re-exported
from auditor.licenses.declared_spdx import match_for
from auditor.licenses.text.fingerprint import text_sha256
from auditor.licenses.text.reference_index import (
    MIN_COMMON_SAMPLES,
    PRESELECT_SHARE,
    Reference,
    ReferenceIndex,
    load_reference_index,
)
from auditor.model import LicenseMatch

_MAX_ORDERED = 12  # keys whose order is checked (the best by coverage)
_JACCARD_MARGIN = 0.02  # the sampled estimate's noise: a curated match keeps a tie
_JACCARD_NOISE = 0.01  # keys this close in estimated jaccard are told apart by score


@dataclass(frozen=True, slots=True)
class IndexScore:
    """How one ScanCode key compares with a text (estimated from its sampled shingles)."""

    reference: Reference
    position: int
    coverage: float  # share of the key's sampled shingles found in the text
    order: float  # share of those that keep the key's order
    jaccard: float  # estimated shared shingles over all shingles of both
    text_shingles: int  # distinct shingles of the text

    @property
    def score(self) -> float:
        """Coverage weighted by order, as for the curated references."""
        return self.coverage * self.order


def score_index(
    shingles: Sequence[int], index: ReferenceIndex, *, floor: float = 0.3
) -> list[IndexScore]:
    """Keys resembling a text given its shingle hashes in order, best score then jaccard first."""
    ordered = index.slots(shingles)  # repeats kept
    offsets, postings = index.posting_offsets, index.postings
    distinct = dict.fromkeys(ordered)
    hits = Counter(chain.from_iterable(postings[offsets[s] : offsets[s + 1]] for s in distinct))
    floors = index.floors
    coverage = {
        position: count * PRESELECT_SHARE / floors[position]
        for position, count in hits.items()
        if count >= floors[position]
    }
    best = sorted(coverage, key=lambda p: (-coverage[p], p))[:_MAX_ORDERED]
    text_total = max(len(set(shingles)), 1)
    scores = []
    for position in best:
        if coverage[position] < floor:
            continue
        reference = index.references[position]
        sample = index.sample(position)
        order = _order(ordered, sample)
        shared = min(coverage[position] * reference.shingles, text_total, reference.shingles)
        jaccard = shared / max(reference.shingles + text_total - shared, 1.0)
        scores.append(
            IndexScore(reference, position, coverage[position], order, jaccard, text_total)
        )
    scores.sort(key=lambda s: (-s.score, -s.jaccard, s.reference.deprecated, s.reference.key))
    return scores


def _order(ours_all: Sequence[int], theirs_all: Sequence[int]) -> float:
    """Longest common subsequence of the shared samples over their count (1.0: same order)."""
    their_set = set(theirs_all)
    ours = [s for s in ours_all if s in their_set]
    our_set = set(ours)
    theirs = [s for s in theirs_all if s in our_set]
    common = min(len(ours), len(theirs))
    if common < MIN_COMMON_SAMPLES:
        return 1.0
    return min(1.0, LCSseq.similarity(ours, theirs) / common)


def select_index_match(scores: Sequence[IndexScore], threshold: float) -> IndexScore | None:
    """Among the keys at or above the threshold, the one explaining most of the text; keys
    within the sampling noise of that share go by score, then by the closest size."""
    passing = [s for s in scores if s.score >= threshold]
    if not passing:
        return None
    top = max(s.jaccard for s in passing)
    close = [s for s in passing if s.jaccard >= top - _JACCARD_NOISE]
    return min(
        close,
        key=lambda s: (
            -round(s.score, 3),
            abs(s.reference.shingles - s.text_shingles),
            s.reference.deprecated,
            s.reference.key,
        ),
    )


@dataclass(frozen=True, slots=True)
class IndexMatch:
    """A text identified through the ScanCode index, with what its text adds to the key's."""

    match: LicenseMatch
    reference: Reference
    score: float
    jaccard: float
    exact: bool
    added: float  # estimated share of the text's shingles (after the license starts) absent


def identify_in_index(
    words: Sequence[str],
    shingles: Sequence[int],
    db: LicenseDB,
    *,
    threshold: float,
    modified_cap: float,
    exact_only: bool = False,
    index: ReferenceIndex | None = None,
    sha256: str | None = None,
) -> IndexMatch | None:
    """The ScanCode key a text is (exact, similar or modified), or None below the threshold;
    `exact_only` skips the similarity step (when a curated reference already explains the
    whole text, no key can do better). `sha256`: `text_sha256(words)`, when the caller has it."""
    index = load_reference_index() if index is None else index
    position = index.by_sha.get(text_sha256(words) if sha256 is None else sha256)
    if position is not None:
        reference = index.references[position]
        match = match_for(reference, db, method="text-exact", confidence=1.0)
        return IndexMatch(match, reference, 1.0, 1.0, exact=True, added=0.0)
    if exact_only:
        return None
    scores = score_index(shingles, index)
    best = select_index_match(scores, threshold)
    if best is None or _ambiguous_variant(best, scores, threshold, db):
        return None
    added = _added_share(shingles, index, best)
    score = round(best.score, 3)
    if added * len(set(shingles)) >= _MIN_ADDED_SHINGLES:
        match = match_for(
            best.reference, db, method="text-modified", confidence=min(score, modified_cap)
        )
    else:
        match = match_for(best.reference, db, method="text-similar", confidence=score)
    return IndexMatch(match, best.reference, best.score, best.jaccard, exact=False, added=added)


def _ambiguous_variant(
    best: IndexScore, scores: Sequence[IndexScore], threshold: float, db: LicenseDB
) -> bool:
    """Whether the best key is a variant (no curated record) the text only resembles as
    closely as another license's key: many keys are one license with a clause changed
    (`without modification` added, `must` made `may`), and a copy close to two of them within
    the sampling noise is neither; the clause that tells them apart decides, not similarity."""
    if curated_record(best.reference, db) is not None:
        return False
    return any(
        other.position != best.position
        and other.score >= threshold
        and other.jaccard >= best.jaccard - _JACCARD_MARGIN
        and other.reference.license_id != best.reference.license_id
        and best.reference.key not in other.reference.replaced_by
        and other.reference.key not in best.reference.replaced_by
        for other in scores
    )


_MIN_ADDED_SHINGLES = 12
"""About eight added words after the license starts make the text a modified copy."""


def _added_share(shingles: Sequence[int], index: ReferenceIndex, best: IndexScore) -> float:
    """Estimated share of the text's shingles, from the first one the key has, that the key
    lacks (a preface or a title before the license is not an addition)."""
    modulus = best.reference.modulus
    known = {index.hashes[s] for s in index.sample(best.position)}
    in_domain = [h for h in dict.fromkeys(shingles) if h % modulus == 0]
    first = next((i for i, h in enumerate(in_domain) if h in known), None)
    if first is None:
        return 1.0
    tail = in_domain[first:]
    last = max(i for i, h in enumerate(tail) if h in known)
    # After the license's last known shingle only a few words (an end marker) are tolerated
    # unless more follows; they count like any other unknown shingle.
    absent = sum(1 for h in tail[: last + 1] if h not in known) + max(0, len(tail) - last - 1)
    return absent * modulus / max(len(set(shingles)), 1)


def explains_all(score: float, jaccard: float) -> bool:
    """A curated match this complete cannot be beaten by a key, only equalled."""
    return score >= 1.0 - _JACCARD_MARGIN and jaccard >= 1.0 - _JACCARD_MARGIN


def beats_curated(
    found: IndexMatch,
    curated_score: float | None,
    curated_jaccard: float,
    *,
    curated_dated: bool = False,
) -> bool:
    """Whether the index match replaces the curated cascade's best similarity match. With
    `curated_dated` (the text's own date is the curated record's and not the key's), a near
    tie stays with the curated match: only a clearly higher score replaces it."""
    if found.exact or curated_score is None:
        return True
    if found.score >= curated_score + _JACCARD_MARGIN:
        return True
    return (
        not curated_dated
        and found.score >= curated_score - _JACCARD_MARGIN
        and found.jaccard > curated_jaccard + _JACCARD_MARGIN
    )
