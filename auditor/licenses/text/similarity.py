"""Scores a license text against the reference fingerprints: coverage, order, the best match.

A step of text identification (`identify`): the anchors preselect references through an
inverted index, then their shingle sets are compared exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from rapidfuzz.distance import LCSseq

from auditor.fileio.once import loaded_once
from auditor.licenses.text.fingerprint import (
    Fingerprint,
    FingerprintSet,
    anchors_of,
    shingle_hashes,
)

ACCEPT_THRESHOLD = 0.9
"""A reference is matched when coverage x order reaches this: coverage is the share of the
reference's shingles found in the text, order how much of that keeps the reference's order."""

MODIFIED_THRESHOLD = 0.75
"""Below ACCEPT_THRESHOLD but at least this: the text is the reference with parts changed."""

DERIVED_THRESHOLD = 0.6
"""Below MODIFIED_THRESHOLD but at least this, for a text with a title of its own naming no
known license: its words follow the reference through most of it (a licensor's and product's
names changed throughout break many shingles), so it is a license of its own built on it."""

NEAR_MISS_FLOOR = 0.3
"""References scoring at least this (and not matched) are reported as near misses."""

MIN_COMMON_ANCHORS = 4
_MIN_INDEXED = 8
_PRESELECT_SHARE = NEAR_MISS_FLOOR / 2


@dataclass(frozen=True, slots=True)
class ReferenceScore:
    """How one reference compares with a text."""

    reference: Fingerprint
    shared: int  # distinct shingles found in both
    coverage: float  # share of the reference's shingles found in the text
    containment: float  # share of the text's shingles found in the reference
    order: float  # share of the shared anchors that keep the reference's order
    text_shingles: int  # distinct shingles of the text

    @property
    def score(self) -> float:
        """Coverage weighted by order: a complete, unscrambled reference scores 1.0."""
        return self.coverage * self.order

    @property
    def jaccard(self) -> float:
        """Shared shingles over all shingles of both: prefers the reference explaining most."""
        union = len(self.reference.shingles) + self.text_shingles - self.shared
        return self.shared / max(union, 1)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A text prepared for comparison: the hashes of its normalised word shingles."""

    shingles: Sequence[int]  # in text order (an array of 64-bit values)
    shingle_set: frozenset[int]
    anchors: Sequence[int]  # the shingles with hash % ANCHOR_MODULUS == 0, in text order


@dataclass(frozen=True, slots=True, eq=False)
class ReferenceIndex:
    references: tuple[Fingerprint, ...]
    by_sha: Mapping[str, Fingerprint]
    postings: Mapping[int, tuple[int, ...]]  # anchor hash -> positions in references
    anchor_sets: tuple[frozenset[int], ...]
    small: tuple[int, ...]  # references with too few anchors to be preselected by them


@loaded_once
def reference_index(fingerprints: FingerprintSet) -> ReferenceIndex:
    """The inverted index over the reference anchors, built once per fingerprint set."""
    postings: dict[int, list[int]] = {}
    for position, reference in enumerate(fingerprints.references):
        for anchor in set(reference.anchors):
            postings.setdefault(anchor, []).append(position)
    by_sha: dict[str, Fingerprint] = {}
    for reference in fingerprints.references:
        by_sha.setdefault(reference.sha256, reference)
    anchor_sets = tuple(frozenset(r.anchors) for r in fingerprints.references)
    return ReferenceIndex(
        references=fingerprints.references,
        by_sha=by_sha,
        postings={anchor: tuple(refs) for anchor, refs in postings.items()},
        anchor_sets=anchor_sets,
        small=tuple(i for i, anchors in enumerate(anchor_sets) if len(anchors) < _MIN_INDEXED),
    )


def prepare_candidate(words: Sequence[str]) -> Candidate:
    """Shingle a text's normalised words once for every step."""
    shingles = shingle_hashes(words)
    return Candidate(
        shingles=shingles,
        shingle_set=frozenset(shingles),
        anchors=anchors_of(shingles),
    )


def score_references(candidate: Candidate, index: ReferenceIndex) -> list[ReferenceScore]:
    """References resembling the text, best score (then overlap) first.

    The anchors (a fixed quarter of all shingles, by hash) preselect the references through the
    inverted index; the shingle sets of those few are then intersected exactly.
    """
    anchor_hits = Counter(
        chain.from_iterable(filter(None, map(index.postings.get, set(candidate.anchors))))
    )
    preselected = {
        position
        for position, hits in anchor_hits.items()
        if hits >= _PRESELECT_SHARE * len(index.anchor_sets[position])
    }
    preselected.update(index.small)
    total = max(len(candidate.shingle_set), 1)
    scores = []
    for position in preselected:
        reference = index.references[position]
        shared = len(candidate.shingle_set & reference.shingles)
        if not shared:
            continue
        coverage = shared / len(reference.shingles)
        order = (
            _order(candidate.anchors, reference.anchors, index.anchor_sets[position])
            if coverage >= NEAR_MISS_FLOOR
            else 1.0
        )
        scores.append(ReferenceScore(reference, shared, coverage, shared / total, order, total))
    scores.sort(key=lambda s: (-s.score, -s.jaccard, s.reference.record_id))
    return scores


def _order(
    candidate_anchors: Sequence[int],
    reference_anchors: Sequence[int],
    reference_set: frozenset[int],
) -> float:
    """Longest common subsequence of the shared anchors over their count (1.0: same order)."""
    ours = [h for h in candidate_anchors if h in reference_set]
    our_set = set(ours)
    theirs = [h for h in reference_anchors if h in our_set]
    common = min(len(ours), len(theirs))
    if common < MIN_COMMON_ANCHORS:
        return 1.0  # too little to judge order; coverage decides
    return min(1.0, LCSseq.similarity(ours, theirs) / common)


def select_reference(
    scores: Sequence[ReferenceScore], threshold: float = ACCEPT_THRESHOLD
) -> ReferenceScore | None:
    """The matched reference: among those accepted (else those in the modified band), the one
    sharing the most with the text relative to both sizes, so a text holding two documents
    matches the reference holding both."""
    for floor in (threshold, MODIFIED_THRESHOLD):
        passing = [s for s in scores if s.score >= floor]
        if passing:
            return max(passing, key=lambda s: (s.jaccard, s.score))
    return None
