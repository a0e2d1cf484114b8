"""Identifies a license from its text: exact, similar, modified, family-version and title steps.

The steps live beside this cascade: `similarity` scores the text against the reference
fingerprints, `differences` finds what a modified text changed, `titles` reads the
document's own title.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db
from auditor.licenses.declared import match_from_record
from auditor.licenses.text.differences import find_differences
from auditor.licenses.text.fingerprint import (
    Fingerprint,
    FingerprintSet,
    load_fingerprints,
    text_sha256,
)
from auditor.licenses.text.normalize import Sentence, extract_date, extract_title, tokens
from auditor.licenses.text.reference_index import (
    IndexMatch,
    beats_curated,
    explains_all,
    identify_in_index,
)
from auditor.licenses.text.similarity import (
    ACCEPT_THRESHOLD,
    NEAR_MISS_FLOOR,
    ReferenceIndex,
    ReferenceScore,
    prepare_candidate,
    reference_index,
    score_references,
    select_reference,
)
from auditor.licenses.text.titles import identify_by_title, identify_family_version
from auditor.model import LicenseMatch

__all__ = [
    "ACCEPT_THRESHOLD",
    "MODIFIED_CONFIDENCE_CAP",
    "NearMiss",
    "TextIdentification",
    "identify_exact",
    "identify_text",
    "match_similar_or_modified",
]

logger = logging.getLogger(__name__)

MODIFIED_CONFIDENCE_CAP = 0.7
"""A modified license carries terms nobody reviewed: its confidence stays below 0.9 (the
policies' low-confidence line) whatever its similarity."""
_MAX_NEAR_MISSES = 3
_MAX_DIFFERENCES = 20
_MAX_QUOTE = 400


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A reference the text resembles but did not match, with its score (0.0 to 1.0)."""

    record_id: str
    score: float


@dataclass(frozen=True, slots=True)
class TextIdentification:
    """What a license text is, what resembles it, and what differs from the matched reference."""

    match: LicenseMatch | None
    near_misses: tuple[NearMiss, ...] = ()
    differences: tuple[str, ...] = ()  # the text's own sentences absent from the reference
    title: str | None = None  # the document's own title, as written
    missing: float = 0.0  # share of the matched reference's wording absent from the text


def identify_text(
    text: str,
    *,
    db: LicenseDB | None = None,
    fingerprints: FingerprintSet | None = None,
    threshold: float = ACCEPT_THRESHOLD,
) -> TextIdentification:
    """Identify a license text through the cascade exact -> similar/modified -> family-version
    -> title; `match` is None only when nothing, not even a title, was recognised."""
    db = load_license_db() if db is None else db
    index = reference_index(load_fingerprints() if fingerprints is None else fingerprints)
    title = extract_title(text)
    words = tokens(text)
    if not words:
        return TextIdentification(match=None, title=title)
    exact = identify_exact(text_sha256(words), index, db)
    if exact is not None:
        return TextIdentification(match=exact, title=title)
    candidate = prepare_candidate(words)
    scores = score_references(candidate, index)
    best = select_reference(scores, threshold)
    indexed = _ask_reference_index(words, candidate.shingles, best, db, threshold)
    if indexed is not None:
        match = identify_family_version(title, extract_date(text), indexed.match, db)
        return TextIdentification(
            match=match or indexed.match, title=title, missing=round(1 - indexed.score, 3)
        )
    if best is None:
        near = tuple(
            NearMiss(s.reference.record_id, round(s.score, 3))
            for s in scores[:_MAX_NEAR_MISSES]
            if s.score >= NEAR_MISS_FLOOR
        )
        return TextIdentification(
            match=identify_by_title(title, extract_date(text), db), near_misses=near, title=title
        )
    known = [best.reference, *(s.reference for s in scores if s.score >= threshold)]
    differences = find_differences(text, candidate, known)
    match = match_similar_or_modified(best, differences, threshold, db)
    renamed = identify_family_version(title, extract_date(text), match, db)
    logger.debug("text matches %s (%s, %.3f)", best.reference.source, match.method, best.score)
    return TextIdentification(
        match=renamed or match,
        differences=tuple(_quote(s) for s in differences[:_MAX_DIFFERENCES]),
        title=title,
        missing=round(1.0 - best.coverage, 3),
    )


def _ask_reference_index(
    words: Sequence[str],
    shingles: Sequence[int],
    best: ReferenceScore | None,
    db: LicenseDB,
    threshold: float,
) -> IndexMatch | None:
    """Hook: when no curated reference matched exactly, the ScanCode LicenseDB index
    (`reference_index`) names the text if it explains it better than the curated best."""
    complete = best is not None and explains_all(best.score, best.jaccard)
    found = identify_in_index(
        words,
        shingles,
        db,
        threshold=threshold,
        modified_cap=MODIFIED_CONFIDENCE_CAP,
        exact_only=complete,
    )
    if found is None:
        return None
    if best is None:
        return found
    if found.match.id == best.reference.record_id:
        # The same record: keep the curated match (it quotes what changed) unless the key
        # matched exactly or, unchanged, scores higher.
        better = found.exact or (found.match.method == "text-similar" and found.score > best.score)
        return found if better else None
    return found if beats_curated(found, best.score, best.jaccard) else None


def identify_exact(sha256: str, index: ReferenceIndex, db: LicenseDB) -> LicenseMatch | None:
    """The normalised text equals a reference text."""
    reference = index.by_sha.get(sha256)
    if reference is None:
        return None
    return match_from_record(_record(db, reference), method="text-exact", confidence=1.0)


def match_similar_or_modified(
    best: ReferenceScore, differences: Sequence[Sentence], threshold: float, db: LicenseDB
) -> LicenseMatch:
    """text-similar when the reference is there and nothing was changed, else text-modified."""
    record = _record(db, best.reference)
    score = round(best.score, 3)
    if best.score >= threshold and not differences:
        return match_from_record(record, method="text-similar", confidence=score)
    return match_from_record(
        record, method="text-modified", confidence=min(score, MODIFIED_CONFIDENCE_CAP)
    )


def _record(db: LicenseDB, reference: Fingerprint | ReferenceScore) -> LicenseRecord:
    fingerprint = reference.reference if isinstance(reference, ReferenceScore) else reference
    record = db.get(fingerprint.record_id)
    if record is None:
        raise LicenseDBError(
            f"fingerprints.json names {fingerprint.record_id}, which has no record",
            hint="regenerate it with scripts/build_fingerprints.py",
        )
    return record


def _quote(sentence: Sentence) -> str:
    text = " ".join(sentence.raw.split())
    return text if len(text) <= _MAX_QUOTE else text[: _MAX_QUOTE - 1] + "…"
