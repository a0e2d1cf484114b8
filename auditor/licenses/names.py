"""Reads license names: their distinctive words, whether a name is generic, who it belongs to.

Shared by declared metadata (`declared`), document titles (`text.titles`) and notices
(`text.notices`): a generic name ("MIT License", "Modified MIT License") never resolves to one
vendor's record unless that vendor is named beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.text.windows import whitespace_windows

LETTER_DIGIT = lazy_pattern(r"(?<=[^\W\d_])(?=\d)")
# Words any license title may hold; the others name a family or a licensor.
GENERIC_WORD = lazy_pattern(
    r"licen[cs]es?|agreements?|polic(?:y|ies)|terms?|conditions|eula|acceptable|use|usage|end|user"
    r"|community|research|models?|open|non|commercial|noncommercial|version|ai|series|public"
    r"|international|prohibited|release|software|weights|parameters|source|modified|new|only|later"
    r"|family|families|generic|tag"  # a record's description ("license family (generic tag)")
    r"|of|the|and|for|by|to|on|in|with|or"
)
_CJK = lazy_pattern("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

_VENDOR_PREFIX = "LicenseRef-"


def words(text: str) -> list[str]:
    """Lowercase words, a digit run split from the letters before it (`qwen2` -> qwen, 2)."""
    return re.findall(r"[^\W_]+", LETTER_DIGIT.sub(" ", text.lower()))


def distinctive(text: str) -> set[str]:
    """The words of a name that name a family or a licensor (not `license`, not numbers)."""
    return set(_distinctive(text))


@lru_cache(maxsize=8192)
def _distinctive(text: str) -> frozenset[str]:
    # Cached: a title is compared with every record's names, the same few thousand strings,
    # on each text identified; callers get a fresh set, so the cached one stays unchanged.
    return frozenset(
        w
        for w in words(text)
        if len(w) > 1 and not w[0].isdigit() and not GENERIC_WORD.fullmatch(w)
    )


def names_in_full(title: str, record: LicenseRecord) -> bool:
    """Whether a title holds every distinctive word of one of the record's names: "MIT
    License" names MIT's record in full, "Sample Code License" names Apple's only in part (a
    licence of that shape by someone else, read after the closest record)."""
    own = _distinctive(title)
    return any((name := _distinctive(n)) and name <= own for n in record_names(record))


def has_cjk(text: str) -> bool:
    """Whether the text holds Chinese, Japanese or Korean characters we cannot match to names."""
    return _CJK.search(text) is not None


def record_names(record: LicenseRecord) -> list[str]:
    """A record's name and aliases."""
    return [record.name, *record.aliases]


def record_words(record: LicenseRecord) -> set[str]:
    """Every distinctive word of a record's family, name and aliases."""
    hit = _record_words_cache.get(id(record))
    if hit is None or hit[0] is not record:
        found = frozenset().union(
            _distinctive(record.family), *(_distinctive(n) for n in record_names(record))
        )
        hit = _record_words_cache[id(record)] = (record, found)
    return set(hit[1])


# Records are frozen and live as long as their database: keyed by identity, checked on use.
_record_words_cache: dict[int, tuple[LicenseRecord, frozenset[str]]] = {}


_standard_cache: dict[int, tuple[LicenseDB, frozenset[str]]] = {}


def standard_words(db: LicenseDB) -> frozenset[str]:
    """Distinctive words of the standard (SPDX-listed) licenses: `mit`, `apache`, `bsd`, ..."""
    hit = _standard_cache.get(id(db))
    if hit is None or hit[0] is not db:
        found = frozenset().union(
            *(record_words(r) for r in db.records.values() if not is_vendor_record(r))
        )
        hit = _standard_cache[id(db)] = (db, found)
    return hit[1]


def is_vendor_record(record: LicenseRecord) -> bool:
    """A license of one licensor (a `LicenseRef-` id), not a standard one anyone may use."""
    return record.id.startswith(_VENDOR_PREFIX)


def is_generic_name(name: str, db: LicenseDB) -> bool:
    """A name that names no vendor: only standard-license and generic words."""
    return distinctive(name) <= standard_words(db)


def vendor_words(record: LicenseRecord, db: LicenseDB) -> set[str]:
    """The words that name a vendor record's licensor or product (`kimi`, `moonshot`)."""
    return record_words(record) - standard_words(db)


def names_vendor(record: LicenseRecord, context: str, db: LicenseDB) -> bool:
    """Whether `context` names the record's licensor or product (or it has none to name)."""
    own = vendor_words(record, db)
    return not own or not own.isdisjoint(_word_set(context))


@lru_cache(maxsize=8)
def _word_set(text: str) -> frozenset[str]:
    """`words(text)` as a set, kept for the last few texts: every vendor record is asked about
    the same document, and a document may be megabytes long (read a window at a time)."""
    return frozenset(chain.from_iterable(map(words, whitespace_windows(text))))


def lookup_name(name: str, db: LicenseDB, *, context: Iterable[str] = ()) -> LicenseRecord | None:
    """The record a name resolves to through ids and aliases, except that a generic name
    resolves to a vendor's record only when `context` (the document, the other declared
    fields) names that vendor."""
    record = db.lookup(name)
    if record is None or not is_blocked(name, record, db, context=context):
        return record
    return None


def is_blocked(
    name: str, record: LicenseRecord, db: LicenseDB, *, context: Iterable[str] = ()
) -> bool:
    """Whether resolving a generic `name` to this vendor record would guess the vendor."""
    if not is_vendor_record(record) or not is_generic_name(name, db):
        return False
    return not any(names_vendor(record, text, db) for text in [name, *context])


_MARKED = lazy_pattern(r"([^\W\d_][^\W_]*)(\+\+|\+)")
_PLUS_WORD = lazy_pattern(r"([^\W\d_][^\W_]*)[ \t]+plus\b", re.I)
# `RAIL++-M`, `OpenRAIL++`, `License Plus`: a mark after a letter word names a variant (`C++`
# too, but only marks on a record's own words count); `GPL-2.0+` (after a digit) is "or later".
_MARKABLE = frozenset({"license", "licence"})


def variant_marks(text: str) -> set[str]:
    """Words carrying a variant mark, lowercase: `rail++`, `openrail++`, `license+` (Plus)."""
    if "+" not in text and "plus" not in text.lower():
        return set()  # neither kind of mark: skip the scans of every word
    marked = {f"{base.lower()}{mark}" for base, mark in _MARKED.findall(text)}
    return marked | {f"{base.lower()}+" for base in _PLUS_WORD.findall(text)}


def marks_disagree(text: str, record: LicenseRecord) -> bool:
    """Whether `text` (a document's head) names the record's words with another variant mark:
    `RAIL++-M` for a record all of whose names say `RAIL-M`, or `RAIL-M` for a record all of
    whose names say `RAIL++-M`, `License` for `License Plus` (a tokeniser drops the `++`; a
    reader does not)."""
    own, known, all_marked = _record_marks(record)
    said = {m for m in variant_marks(text) if m.rstrip("+") in own}
    if said - known:
        return True  # the text says a mark none of the record's names has
    if not known or not all_marked or said & known:
        return False
    bases = {m.rstrip("+") for m in known}
    return not bases.isdisjoint(words(text))  # its word stands unmarked


_marks_cache: dict[int, tuple[LicenseRecord, tuple[frozenset[str], frozenset[str], bool]]] = {}


def _record_marks(record: LicenseRecord) -> tuple[frozenset[str], frozenset[str], bool]:
    """A record's own words (with `license`), the marks its names carry, and whether every
    name carries one: the same for every text, so worked out once per record."""
    hit = _marks_cache.get(id(record))
    if hit is None or hit[0] is not record:
        marked = [variant_marks(n) for n in record_names(record)]
        facts = (
            frozenset(record_words(record) | _MARKABLE),
            frozenset().union(*marked),
            all(marked),
        )
        if len(_marks_cache) > 4096:  # records of many databases (tests load several)
            _marks_cache.clear()
        hit = _marks_cache[id(record)] = (record, facts)
    return hit[1]


_DESCRIPTIVE = frozenset(
    {"permissive", "sharing", "share", "alike", "free", "creative", "common", "commons", "simple"}
    | {"plain", "basic", "standard", "general", "academic", "attribution", "data", "derivatives"}
)
"""Words a title uses to say what its licence allows or is about, which several families use:
shared with a record alone, they name no family."""


def names_family(own: set[str], shared: set[str]) -> bool:
    """Whether the words a title shares with a record can name its family: not one
    descriptive word when the title has a word of its own besides (`_DESCRIPTIVE`): "Ochre
    Permissive Licence" shares only "permissive" with CDLA-Permissive."""
    return not (len(shared) == 1 and shared <= _DESCRIPTIVE and bool(own - _DESCRIPTIVE))
