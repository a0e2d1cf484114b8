"""Matchers asking whether a text's words are a reference's: exactly (the normalised words'
digest equals a reference's), or with no words at all (markup only, where an SPDX line in a
comment is all that can name it)."""

from __future__ import annotations

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import match_from_record
from auditor.licenses.text.fingerprint import Fingerprint
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.outcome import Outcome
from auditor.licenses.text.notices import identify_notice
from auditor.licenses.text.similarity import ReferenceIndex, ReferenceScore
from auditor.model import LicenseMatch


def match_markup_only(document: Document) -> Outcome | None:
    """A text without words (markup only): the license of an SPDX line in a comment, or
    nothing; never a question for the other matchers."""
    if document.words:
        return None
    match = identify_notice(document.text, document.db, prose=False)
    return Outcome(match, "an SPDX line in markup" if match else "no words to read")


def match_exact(document: Document) -> Outcome | None:
    """The normalised words equal a reference text."""
    match = identify_exact(document.sha256, document.index, document.db)
    if match is None:
        return None
    return Outcome(match, f"its normalised words are the reference text of {match.id}")


def identify_exact(sha256: str, index: ReferenceIndex, db: LicenseDB) -> LicenseMatch | None:
    """The normalised text equals a reference text."""
    reference = index.by_sha.get(sha256)
    if reference is None:
        return None
    return match_from_record(reference_record(db, reference), method="text-exact", confidence=1.0)


def reference_record(db: LicenseDB, reference: Fingerprint | ReferenceScore) -> LicenseRecord:
    """The record a reference fingerprint belongs to (a missing one is our bug)."""
    fingerprint = reference.reference if isinstance(reference, ReferenceScore) else reference
    record = db.get(fingerprint.record_id)
    if record is None:
        raise LicenseDBError(
            f"fingerprints.json names {fingerprint.record_id}, which has no record",
            hint="regenerate it with scripts/build_fingerprints.py",
        )
    return record
