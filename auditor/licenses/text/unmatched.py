"""Names a license text like no reference: its SPDX line or notice, its title, its licensor.

A step of text identification (`identify`), run when no reference matched.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import match_from_record, unidentified
from auditor.licenses.names import (
    distinctive,
    is_vendor_record,
    record_names,
    vendor_words,
    words,
)
from auditor.licenses.text.normalize import extract_date
from auditor.licenses.text.notices import NOTICE_MAX_WORDS, identify_notice
from auditor.licenses.text.own_name import (
    derived_match,
    extract_licensor,
    foreign_words,
    is_modification_title,
    policy_title,
    readable_title,
    untitled_name,
)
from auditor.licenses.text.titles import (
    TITLE_FAMILY_CONFIDENCE,
    agreeing_on_commercial_use,
    identify_by_title,
)
from auditor.model import LicenseMatch


def identify_unmatched(
    text: str, titles: tuple[str, ...], word_count: int, db: LicenseDB
) -> LicenseMatch | None:
    """A text like no reference: the license its SPDX line or notice names (a notice only
    when the text is short or has no title of its own), else what its title names, else its
    licensor; None when it names nothing."""
    readable = readable_title(titles)
    prose = readable is None or word_count <= NOTICE_MAX_WORDS
    notice = identify_notice(text, db, prose=prose)
    if notice is not None:
        return notice
    own_title = policy_title(text, readable)
    by_title = identify_by_title(own_title, extract_date(text), db, context=text)
    if by_title is not None:
        return _derived_by_title(text, readable, by_title, db)
    licensor = extract_licensor(text)
    if licensor is not None and readable is None:
        record = licensor_record(text, licensor, db)
        if record is not None:
            return replace(
                match_from_record(
                    record, method="text-licensor", confidence=TITLE_FAMILY_CONFIDENCE
                ),
                name=f"{record.name} (untitled; named from its licensor {licensor})",
            )
    name = untitled_name(licensor)
    return None if name is None else unidentified(name, method="text-licensor")


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


def _derived_by_title(
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
