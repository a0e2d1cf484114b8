"""Which option of a model's own `A OR B` each license document is, and which license a short
pointer document names when identification named none.

The dual-licence convention ships one file per option (`LICENSE-APACHE` beside
`LICENSE-CC-BY-NC`): a document that is one option binds that option only, so the licensee who
takes the other owes it nothing, while a document that is no option (a NOTICE adding terms, a
use policy, a modified license text) binds every option. A short pointer file is that option
when it names it by its full name, a versioned alias or its canonical URL (the legal code's
address), even when it also names the other option as the alternative; naming both, the file's
own name (`LICENSE-CC-BY-NC.md`) says which it is. Any other short unidentified document
naming one license by its canonical URL, and no other license by name, points to that one.

Pure; the pipeline (`pipeline/analyse.py`) re-reads its documents with these answers.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.expression import choice_licenses, single_license_options
from auditor.licenses.record_match import match_from_record
from auditor.licenses.terms.model_terms import IdentifiedFile, terms_for_model
from auditor.licenses.text.identify import TextIdentification
from auditor.licenses.text.notices import NOTICE_CONFIDENCE
from auditor.model import LicenseMatch
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN

POINTER_METHOD = "notice-reference"
"""A document named after a license it points to: read as a pointer (that license's terms,
with any restriction it states on top)."""
_POINTER_MAX_CHARS = 1500  # a pointer says which license applies in a few lines
_CLEAN_METHODS = frozenset({"text-exact", "text-similar", POINTER_METHOD, "spdx-identifier"})
# terms a document could add beyond its license's record: it is then no mere copy of the option
_RESTRICTIONS = (
    "kind",
    "commercial_use",
    "use_scope",
    "use_restrictions",
    "mau_threshold",
    "revenue_threshold_usd",
    "user_threshold",
    "territorial_exclusions",
    "excluded_licensee_types",
    "output_use_restriction",
    "acceptable_use_policy_incorporated",
)
_URL = lazy_pattern(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]+", re.IGNORECASE)
_URL_TAIL = lazy_pattern(r"(?:/legalcode(?:\.[a-z-]+)?|\.html?|\.txt|\.md)$")
_NOT_WORD = lazy_pattern(r"[^\w.]+|\.(?!\d)|(?<!\d)\.")  # keeps the dot of `4.0` only
_VERSION = lazy_pattern(r"v?\d+(?:\.\d+)*")
_FILE_PREFIX = lazy_pattern(r"^(?:licen[cs]e|copying)[-_. ]+", re.IGNORECASE)


def reread_documents(
    files: Sequence[IdentifiedFile], declared: LicenseMatch | None, db: LicenseDB
) -> list[IdentifiedFile]:
    """The documents with a short pointer that named no license identified: as the option of
    the declared `A OR B` it names, else as the one license its canonical URL names."""
    options = _option_keys(declared)
    found: list[IdentifiedFile] = []
    for file, identity in files:
        record = None
        if _is_pointer(file.text, identity, file.origin):
            text = file.text or ""
            record = _option_named(file.path, text, options, db) if options else None
            if record is None:
                named = _urls_named(text, db)
                alone = len(named) == 1 and named_by_name(text, db) <= set(named)
                record = db.get(named[0]) if alone else None
        if record is not None:
            match = match_from_record(record, method=POINTER_METHOD, confidence=NOTICE_CONFIDENCE)
            reason = f"pointer: names {record.id} by its name or canonical URL ({POINTER_METHOD})"
            identity = replace(identity, match=match, reason=reason)
        found.append((file, identity))
    return found


def binding_every_option(
    files: Sequence[IdentifiedFile], match: LicenseMatch | None, db: LicenseDB
) -> list[IdentifiedFile]:
    """The documents whose terms bind whichever option of the model's `A OR B` is chosen:
    all but those that are one option and add nothing to its license (their terms are the
    option's record, which binds the option when it is chosen). Without a choice, all."""
    # a clean copy of any license of the choice adds nothing to that license's record, which
    # binds every option holding it: `(MIT OR CC-BY-NC-SA-4.0) AND Apache-2.0` with the three
    # texts beside it leaves MIT AND Apache-2.0 free of the non-commercial text
    options = choice_licenses(match.id if match is not None else None)
    if not options:
        return list(files)
    kept: list[IdentifiedFile] = []
    for file, identity in files:
        found = identity.match
        one = found is not None and _option_of_id(found.id, options) is not None
        if (
            found is None
            or not one
            or file.origin == CARD_DOCUMENT_ORIGIN
            or found.method not in _CLEAN_METHODS
            or _adds_terms((file, identity), found, db)
        ):
            kept.append((file, identity))
    return kept


def _option_keys(match: LicenseMatch | None) -> tuple[str, ...]:
    """The licenses of a choice whose options are one license each; () for no choice."""
    return single_license_options(match.id if match is not None else None)


def _option_of_id(license_id: str | None, options: Sequence[str]) -> str | None:
    if not license_id:
        return None
    return next((o for o in options if o.lower() == license_id.lower()), None)


def _is_pointer(text: str | None, identity: TextIdentification, origin: str) -> bool:
    """A short document that identification named no license in (nothing, or a title only)."""
    unnamed = identity.match is None or identity.match.id is None
    short = text is not None and len(text) <= _POINTER_MAX_CHARS
    return unnamed and short and origin != CARD_DOCUMENT_ORIGIN


def _adds_terms(file: IdentifiedFile, match: LicenseMatch, db: LicenseDB) -> bool:
    """Whether the document states a restriction its license's record does not."""
    alone = terms_for_model([file], match, db).values
    record = terms_for_model([], match, db).values
    return any(alone.get(key) != record.get(key) for key in _RESTRICTIONS)


def _option_named(
    path: str, text: str, options: Sequence[str], db: LicenseDB
) -> LicenseRecord | None:
    """The option a pointer names; naming several, the one its file name says."""
    records = [r for r in (db.get(o) for o in options) if r is not None]
    by_url = set(_urls_named(text, db))
    words = _words(text)
    named = [r for r in records if r.id in by_url or any(n in words for n in _names(r))]
    if len(named) > 1:
        stem = _words(_FILE_PREFIX.sub("", PurePosixPath(path).stem)).strip()
        named = [r for r in named if stem and any(_names_file(n, stem) for n in _short_names(r))]
    return named[0] if len(named) == 1 else None


def _words(text: str) -> str:
    """Lowercase words joined by single spaces, padded: ` creative commons attribution ... `."""
    return " " + " ".join(_NOT_WORD.sub(" ", text.lower()).split()) + " "


def _names(record: LicenseRecord) -> list[str]:
    """A record's full name and its aliases that carry a version or two words or more, as
    padded words (`cc-by-nc-4.0` reads ` cc by nc 4.0 `, which `CC BY-NC 4.0` matches)."""
    found = [record.name, *record.aliases]
    kept = [_words(n) for n in found if re.search(r"\d", n) or len(n.split()) > 1]
    return [n for n in kept if len(n.split()) > 1]


def _names_file(name: str, stem: str) -> bool:
    """Whether a file name's suffix is the license name, its version left out or not
    (`cc by nc` names `cc by nc 4.0`, not `cc by nc sa 4.0`)."""
    rest = name.removeprefix(stem)
    return rest != name and (not rest or (rest[0] == " " and bool(_VERSION.fullmatch(rest[1:]))))


def _short_names(record: LicenseRecord) -> list[str]:
    """A record's id, Hub tag and aliases as words, for matching a file name's suffix."""
    return [_words(n).strip() for n in (record.id, record.hf or "", *record.aliases) if n]


_url_indexes: dict[int, tuple[LicenseDB, Mapping[str, str | None]]] = {}
_name_indexes: dict[int, tuple[LicenseDB, tuple[tuple[str, tuple[str, ...]], ...]]] = {}
_url_lock = threading.Lock()


def named_by_name(text: str, db: LicenseDB) -> set[str]:
    """The record ids a text names by a full name or a versioned alias."""
    with _url_lock:
        kept = _name_indexes.get(id(db))
    if kept is None or kept[0] is not db:
        names = tuple((r.id, tuple(_names(r))) for r in db.records.values())
        kept = (db, names)
        with _url_lock:
            _name_indexes[id(db)] = kept
    words = _words(text)
    return {key for key, names in kept[1] if any(n in words for n in names)}


def _urls_named(text: str, db: LicenseDB) -> list[str]:
    """The record ids the text's URLs are the canonical address of, in order, each once."""
    index = _url_index(db)
    found = (index.get(_url_key(u)) for u in _URL.findall(text))
    return list(dict.fromkeys(f for f in found if f))


def _url_index(db: LicenseDB) -> Mapping[str, str | None]:
    """Each record link's key -> the record's id (None when two records share it)."""
    with _url_lock:
        kept = _url_indexes.get(id(db))
        if kept is not None and kept[0] is db:
            return kept[1]
    index: dict[str, str | None] = {}
    for record in db.records.values():
        for link in record.links:
            key = _url_key(link)
            index[key] = record.id if index.get(key, record.id) == record.id else None
    with _url_lock:
        _url_indexes[id(db)] = (db, index)
    return index


def _url_key(url: str) -> str:
    """`https://creativecommons.org/licenses/by-nc/4.0/legalcode` and `creativecommons.org/
    licenses/by-nc/4.0/` alike: no scheme, `www.`, trailing punctuation or `/legalcode`."""
    key = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip(".,;:!?/")
    return _URL_TAIL.sub("", key).rstrip("/")
