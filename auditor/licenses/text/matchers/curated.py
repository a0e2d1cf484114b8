"""Matcher asking whether a curated reference text is there: unchanged (`text-similar`) or
changed (`text-modified`, its own sentences quoted as differences)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import match_from_record
from auditor.licenses.text.differences import find_differences
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.exact import reference_record
from auditor.licenses.text.matchers.outcome import Outcome
from auditor.licenses.text.matchers.scancode_key import MODIFIED_CONFIDENCE_CAP
from auditor.licenses.text.prose import Sentence
from auditor.licenses.text.similarity import ReferenceScore
from auditor.model import LicenseMatch

logger = logging.getLogger(__name__)


def match_curated(document: Document) -> Outcome | None:
    """The curated reference the text matches or nearly matches, with the text's sentences
    that no accepted reference has."""
    best = document.best
    if best is None:
        return None
    threshold = document.threshold
    known = [best.reference, *(s.reference for s in document.scores if s.score >= threshold)]
    found = find_differences(
        document.text, document.candidate, known, sentences_of=lambda: document.sentences
    )
    match = match_similar_or_modified(best, found, threshold, document.db)
    logger.debug("text matches %s (%s, %.3f)", best.reference.source, match.method, best.score)
    return Outcome(
        match,
        f"{best.reference.source} ({match.method}, {best.score:.3f})",
        differences=tuple(s.quote for s in found),
        difference_lines=tuple(s.line for s in found),
        missing=round(1.0 - best.coverage, 3),
    )


def match_similar_or_modified(
    best: ReferenceScore, differences: Sequence[Sentence | str], threshold: float, db: LicenseDB
) -> LicenseMatch:
    """text-similar when the reference is there and nothing was changed, else text-modified."""
    record = reference_record(db, best.reference)
    score = round(best.score, 3)
    if best.score >= threshold and not differences:
        return match_from_record(record, method="text-similar", confidence=score)
    return match_from_record(
        record, method="text-modified", confidence=min(score, MODIFIED_CONFIDENCE_CAP)
    )
