"""Reads what names a license text like no reference: the one record of its licensor it
names, and a title naming a known license with words of its own.

Read by the matchers of `matchers.named`, asked when no reference matched.
"""

from __future__ import annotations

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.names import (
    distinctive,
    is_vendor_record,
    record_names,
    vendor_words,
    words,
)
from auditor.licenses.text.own_name import (
    derived_match,
    extract_licensor,
    foreign_words,
    is_modification_title,
)
from auditor.licenses.text.titles import (
    agreeing_on_commercial_use,
)
from auditor.model import LicenseMatch


def licensor_record(text: str, licensor: str, db: LicenseDB) -> LicenseRecord | None:
    """For a text without a title: the one record of its licensor (a vendor record whose
    licensor words the licensor's name holds) that the text names (one of its names, without
    the closing license words, as a phrase of the text), else the one whose commercial use
    the text itself states."""
    said = set(distinctive(licensor))
    candidates = sorted(
        (r for r in db.records.values() if is_vendor_record(r) and said & vendor_words(r, db)),
        key=lambda r: r.id,
    )
    if not candidates:
        return None
    said_words = f" {' '.join(words(text))} "
    named = [r for r in candidates if any(_phrase(n) in said_words for n in record_names(r))]
    if len(named) == 1:
        return named[0]
    return agreeing_on_commercial_use(text, named or candidates)


def derived_by_title(
    text: str, title: str | None, match: LicenseMatch, db: LicenseDB
) -> LicenseMatch:
    """A title naming a known license with words of its own (`Acme MIT License`) or as
    changed (`Modified MIT License`) names a license derived from it, not that license."""
    record = db.get(match.id or "")
    if record is None or title is None:
        return match
    modified = is_modification_title(title) and not any(
        is_modification_title(name) for name in record_names(record)
    )
    if not modified and not foreign_words(title, record, None):
        return match
    return derived_match(title, record, match.confidence, db, licensor=extract_licensor(text))


_CLOSING_WORDS = frozenset({"license", "licence", "agreement", "terms", "of", "use", "eula"})


def _phrase(name: str) -> str:
    """A record name as a phrase to find in a text's words: without its closing license words
    (`Acme Model License Agreement` -> ` acme model `); nothing to find when fewer than two
    distinctive words are left."""
    said = words(name)
    while said and said[-1] in _CLOSING_WORDS:
        said.pop()
    if len(distinctive(" ".join(said))) < 2:
        return "\0"  # never in a text's words
    return f" {' '.join(said)} "
