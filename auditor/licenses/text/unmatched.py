"""Names a license text like no reference: its SPDX line or notice, its title, its licensor.

A step of text identification (`identify`), run when no reference matched.
"""

from __future__ import annotations

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import unidentified
from auditor.licenses.names import record_names
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
from auditor.licenses.text.titles import identify_by_title
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
    name = untitled_name(licensor)
    return None if name is None else unidentified(name, method="text-licensor")


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
