"""Identifies a license from its text through an ordered cascade of matchers.

Each matcher (`matchers/`) asks one question of the text and answers with a match, its
confidence and reason, or leaves the text to the next: markup only (an SPDX line), exact
(the normalised words of a reference), a ScanCode key, a curated reference (similar or
modified), a license named by reference with terms added, the SPDX line and notices, the
document's own title, its licensor. Named guards (`matchers/guards.py`) then settle what the
document says of itself against what a matcher found: its title, version, variant letter or
mark, or a restricting clause it adds. `matchers/cascade.py` lists the order and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.licenses.text.fingerprint import FingerprintSet, load_fingerprints
from auditor.licenses.text.matchers.cascade import run_cascade
from auditor.licenses.text.matchers.curated import match_similar_or_modified
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.exact import identify_exact
from auditor.licenses.text.matchers.outcome import MAX_DIFFERENCES, NearMiss
from auditor.licenses.text.matchers.scancode_key import MODIFIED_CONFIDENCE_CAP
from auditor.licenses.text.reference_index import ReferenceIndex as ScanCodeIndex
from auditor.licenses.text.similarity import ACCEPT_THRESHOLD, reference_index
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


@dataclass(frozen=True, slots=True)
class TextIdentification:
    """What a license text is, what resembles it, and what differs from the matched reference."""

    match: LicenseMatch | None
    near_misses: tuple[NearMiss, ...] = ()
    differences: tuple[str, ...] = ()  # the text's own sentences absent from the reference
    difference_lines: tuple[int | None, ...] = ()  # the line of each (None: its title)
    title: str | None = None  # the document's own title, as written
    missing: float = 0.0  # share of the matched reference's wording absent from the text
    reason: str = ""  # the matcher that decided, and the guard that settled it, in words


def identify_text(
    text: str,
    *,
    db: LicenseDB | None = None,
    fingerprints: FingerprintSet | None = None,
    threshold: float = ACCEPT_THRESHOLD,
    scancode_index: ScanCodeIndex | None = None,
) -> TextIdentification:
    """Identify a license text through the cascade (`matchers/cascade.py`); `match` is None
    only when nothing, not even a title, was recognised. `scancode_index` replaces the
    bundled ScanCode index (a filtered one, for measurement)."""
    db = load_license_db() if db is None else db
    index = reference_index(load_fingerprints() if fingerprints is None else fingerprints)
    document = Document(text, db, index, threshold, scancode_index)
    decided_by, outcome = run_cascade(document)
    return TextIdentification(
        match=outcome.match,
        near_misses=outcome.near_misses,
        differences=outcome.differences[:MAX_DIFFERENCES],
        difference_lines=outcome.difference_lines[:MAX_DIFFERENCES],
        title=document.title,
        missing=outcome.missing,
        reason=f"{decided_by}: {outcome.reason}",
    )
