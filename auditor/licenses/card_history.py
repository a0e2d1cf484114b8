"""A card's history of the model's license: a sentence saying which license the model was
first (or formerly) released under, when the repo ships, as its license text, a later version
of that same license family (`first released under the Foo License 1.0; this repository ships
the later 2.1`). The licensor replaced its own terms, and the shipped text is the one the
copies come with: the earlier version is history, not a second license the model binds with.

Only a version of the same family (same licensor's license) is superseded, and only by a
license text identified in the repo's own files: a card saying a model "was originally
released under CC BY-NC 4.0" beside an MIT file keeps that sentence (a re-uploader cannot
relicense, and the original license may still bind).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Evidence, Finding, LicenseFile, LicenseMatch

if TYPE_CHECKING:
    from auditor.licenses.text.identify import TextIdentification

IdentifiedFile = tuple[LicenseFile, "TextIdentification"]
Identify = Callable[[str], "TextIdentification"]

HISTORY = lazy_pattern(
    r"\b(?:was|were|had\s+been)\s+(?:\w+\s+){0,2}?(?:first|originally|initially|previously"
    r"|formerly|once)\b"
    r"|\b(?:first|originally|initially|previously|formerly)\s+(?:released|licen[cs]ed|published"
    r"|distributed|made\s+available|shared|offered)\b"
    r"|\b(?:earlier|older|previous|prior|former)\s+(?:versions?|releases?|licen[cs]es?)\b"
    r"|\bused\s+to\s+be\b",
    re.IGNORECASE,
)
"""Words of a sentence about the license the model had before, not the one it has."""

_SENTENCE = lazy_pattern(r"(?:[^;；。！？.!?]|[.!?](?!\s|$))+(?:[;；。！？]|[.!?](?=\s|$)|$)")
"""A sentence, to its end (a full stop before a space, not one inside a version `1.0`)."""
_SHIPPED_METHODS = frozenset({"text-exact", "text-similar", "text-modified"})


def without_superseded(
    card_documents: Sequence[IdentifiedFile],
    files: Sequence[IdentifiedFile],
    db: LicenseDB,
    identify: Identify,
) -> list[IdentifiedFile]:
    """The card's documents with each history sentence blanked that names an earlier version
    of a license family the repo ships a later text of (re-identified when one changed)."""
    shipped = _shipped_records(files, db)
    if not shipped:
        return list(card_documents)
    kept: list[IdentifiedFile] = []
    for document, identity in card_documents:
        text = document.text
        blanked = _blank_superseded(text, shipped, db, identify) if text else None
        if blanked is None or blanked == text:
            kept.append((document, identity))
        else:
            kept.append((replace(document, text=blanked), identify(blanked)))
    return kept


def _shipped_records(files: Sequence[IdentifiedFile], db: LicenseDB) -> list[LicenseRecord]:
    """The records of the license texts the repo's own files are (not the card's prose)."""
    return [record for file, identity in files if (record := _record_of(file, identity, db))]


def _blank_superseded(
    text: str, shipped: Sequence[LicenseRecord], db: LicenseDB, identify: Identify
) -> str:
    """The text with each superseded history sentence as spaces (its line breaks kept, so
    evidence keeps the card's line numbers)."""
    pieces: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(text):
        words = " ".join(sentence.group().split()).rstrip(".;!?。；！？ ")
        if not HISTORY.search(words):
            continue
        named = identify(words).match
        if _superseded(named, shipped, db):
            pieces.append(sentence.span())
    if not pieces:
        return text
    chars = list(text)
    for start, end in pieces:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


def _superseded(
    named: LicenseMatch | None, shipped: Sequence[LicenseRecord], db: LicenseDB
) -> bool:
    if named is None or named.id is None:
        return False
    record = db.get(named.id)
    if record is None or not record.family:
        return False
    return any(
        later.family == record.family and later.id != record.id and _newer(later, record)
        for later in shipped
    )


def _newer(later: LicenseRecord, earlier: LicenseRecord) -> bool:
    """Whether `later` is a later version of the family than `earlier` (by version, else
    by date); unknown order is not newer."""
    mine, theirs = _version(later.version), _version(earlier.version)
    if mine is not None and theirs is not None and mine != theirs:
        return mine > theirs
    if later.date and earlier.date:
        return str(later.date) > str(earlier.date)
    return False


def _version(value: object) -> tuple[int, ...] | None:
    if value is None:
        return None
    numbers = re.findall(r"\d+", str(value))
    return tuple(int(n) for n in numbers) if numbers else None


_HISTORY_PATH = lazy_pattern(
    r"(?:^|[/_.\- ])(?:history|historic(?:al)?|archived?|archives|old|older|previous|prior"
    r"|superseded|deprecated|legacy|obsolete|outdated)(?=$|[/_.\- ])",
    re.IGNORECASE,
)
"""A path marking a file as kept for the record: `docs/history/`, `archive/`, `LICENSE.old`,
`MODEL_LICENSE-previous.txt`."""


def without_archived_files(
    files: Sequence[IdentifiedFile], db: LicenseDB
) -> tuple[list[IdentifiedFile], list[Finding]]:
    """The repo's license files without each one its path marks as kept for the record (a
    history or archive folder, an `.old` name) whose license family another file, not so
    marked, ships as the model's text: the licensor's text the copies come with binds, an
    archived version of it does not. A marked file with no current text of its family beside
    it still binds (nothing says what replaced it), and so does every file of another family.
    Each file set aside is said (`license-file-archived`)."""
    current = {
        record.family
        for file, identity in files
        if not _HISTORY_PATH.search(file.path)
        and (record := _record_of(file, identity, db)) is not None
    }
    kept: list[IdentifiedFile] = []
    findings: list[Finding] = []
    for file, identity in files:
        record = _record_of(file, identity, db)
        if record is None or not _HISTORY_PATH.search(file.path) or record.family not in current:
            kept.append((file, identity))
            continue
        message = (
            f"{file.path} is kept for the record ({record.name}); the repo ships the current "
            f"{record.family} text beside it, which binds instead"
        )
        findings.append(
            Finding(
                rule="license-file-archived",
                category=Category.LICENSE,
                severity=observed_severity("license-file-archived"),
                message=message,
                evidence=(Evidence(file=file.path, line=1, text=message),),
            )
        )
    return kept, findings


def _record_of(
    file: LicenseFile, identity: TextIdentification, db: LicenseDB
) -> LicenseRecord | None:
    """The record of a license text a repo file is (identified as a text, of a known family);
    None for the card's prose (`#` in its path) and for what is no license text."""
    match = identity.match
    if "#" in file.path or match is None or match.method not in _SHIPPED_METHODS:
        return None
    record = db.get(match.id) if match.id is not None else None
    return record if record is not None and record.family else None
