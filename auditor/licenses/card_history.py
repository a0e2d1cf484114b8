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

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.model import LicenseFile, LicenseMatch

if TYPE_CHECKING:
    from auditor.licenses.text.identify import TextIdentification

IdentifiedFile = tuple[LicenseFile, "TextIdentification"]
Identify = Callable[[str], "TextIdentification"]

HISTORY = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+\s+){0,2}?(?:first|originally|initially|previously"
    r"|formerly|once)\b"
    r"|\b(?:first|originally|initially|previously|formerly)\s+(?:released|licen[cs]ed|published"
    r"|distributed|made\s+available|shared|offered)\b"
    r"|\b(?:earlier|older|previous|prior|former)\s+(?:versions?|releases?|licen[cs]es?)\b"
    r"|\bused\s+to\s+be\b",
    re.IGNORECASE,
)
"""Words of a sentence about the license the model had before, not the one it has."""

_SENTENCE = re.compile(r"(?:[^;；。！？.!?]|[.!?](?!\s|$))+(?:[;；。！？]|[.!?](?=\s|$)|$)")
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
    found = []
    for file, identity in files:
        match = identity.match
        if "#" in file.path or match is None or match.method not in _SHIPPED_METHODS:
            continue
        record = db.get(match.id) if match.id is not None else None
        if record is not None and record.family:
            found.append(record)
    return found


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
