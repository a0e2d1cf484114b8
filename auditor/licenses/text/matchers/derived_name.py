"""Names a license of its own built on a known one when the text gives no title of its own:
as the known license with terms added, told apart by who publishes it.

Used by the matchers that find a standard license with terms added (`by_reference`, and the
`added-restriction-makes-derived` guard). The name follows `own_name.derived_match`; the id is
built from who publishes the text (its licensor, copyright holder or the model it governs),
else from a digest of its words: two publishers adding terms to one license never share an id,
and the same text always gets the same one.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from auditor.knowledge.license_db import LicenseRecord
from auditor.licenses.names import words
from auditor.licenses.text.language import ENGLISH, language_of
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.own_name import derived_match, own_license_id
from auditor.licenses.text.subject_names import copyright_holder, governed_model
from auditor.model import LicenseMatch

_ID_SLUG_CHARS = 40
_LANGUAGE_SAMPLE = 4000


def derived_identity(
    document: Document,
    record: LicenseRecord,
    added: str,
    confidence: float,
    *,
    method: str,
    title: str | None = None,
) -> LicenseMatch:
    """The text as a license of its own built on `record`: named `title` when it has one of
    its own, else `<record> <added> (<who>)`; never the record's identity."""
    who = publisher(document)
    name = title or f"{record.name} {added}" + (f" ({who})" if who else "")
    db = document.db
    own_id = own_license_id(title, db) if title else None
    if own_id is None and who is not None:
        own_id = own_license_id(f"{who} {short_id(record)} {added}", db)
    if own_id is None:
        digest = hashlib.sha256(" ".join(document.words).encode()).hexdigest()[:8]
        slug = "-".join(words(f"{short_id(record)} {added}"))[:_ID_SLUG_CHARS]
        own_id = f"LicenseRef-{slug}-{digest}"
    found = derived_match(name, record, confidence, db, licensor=None, named=False)
    return replace(found, id=own_id, method=method)


def publisher(document: Document) -> str | None:
    """Who the text says publishes it: its licensor, else the holder of its copyright line,
    else the model it governs (read from English text only)."""
    if document.licensor is not None:
        return document.licensor
    text = document.text
    if language_of(text[:_LANGUAGE_SAMPLE]) != ENGLISH:
        return None
    return copyright_holder(text) or governed_model(text)


def short_id(record: LicenseRecord) -> str:
    """A record's id without the `LicenseRef-` prefix, to build another id from."""
    return record.id.removeprefix("LicenseRef-")
