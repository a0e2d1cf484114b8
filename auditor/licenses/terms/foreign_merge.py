"""A document's terms with what its passages in other languages state (`foreign.read_foreign`):
per term the more restrictive reading, or the prevailing version's where the text says which
prevails. Kept apart from `foreign` (the reading) as the place the two readings meet."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from auditor.licenses.terms.combine import TermSource, merge_key
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.foreign_prevails_s37w import without_overruled
from auditor.licenses.text.language import ENGLISH

if TYPE_CHECKING:
    from auditor.licenses.terms.foreign import ForeignReading

__all__ = ["with_foreign"]

_CONDITIONS = "commercial_use_conditions"
_FIRST_SOURCE = frozenset({"governing_law", "venue"})  # not merged: the first source states it


def with_foreign(
    terms: dict[str, ExtractedTerm], reading: ForeignReading, path: str
) -> dict[str, ExtractedTerm]:
    """A document's terms with what its passages in other languages state: per term the more
    restrictive value, with its quotes (`combine.merge_key`, the rule for every place terms
    meet), or the prevailing version's where the text says which prevails; terms the passages
    do not state are left as they are."""
    if not reading.values:
        return terms
    merged = dict(terms)
    for key, value in reading.values.items():
        own = terms.get(key, ExtractedTerm(None))
        if reading.prevails == ENGLISH and own.value not in (None, [], False):
            continue  # a precedence clause: the English version's reading binds
        if reading.prevails not in (None, ENGLISH):  # the other version's reading binds
            merged[key] = ExtractedTerm(copy.deepcopy(value), reading.evidence(key, path))
            continue
        lines = {p.line for p in reading.quotes.get(key, ())}
        if key in _FIRST_SOURCE and own.evidence and {e.line for e in own.evidence} <= lines:
            # the English rules read the same passage (a court named in Chinese): its reading
            # in its own language is the better quote
            merged[key] = ExtractedTerm(copy.deepcopy(value), reading.evidence(key, path))
            continue
        sources = [
            TermSource({key: own.value}, {key: own.evidence}),
            TermSource({key: copy.deepcopy(value)}, {key: reading.evidence(key, path)}),
        ]
        chosen, having = merge_key(key, sources)
        quotes = tuple(dict.fromkeys(e for s in having for e in s.evidence.get(key, ())))
        merged[key] = ExtractedTerm(chosen, quotes)
    if reading.prevails not in (None, ENGLISH):  # the translation's confinement binds not
        merged = without_overruled(merged, reading.values)
    commercial = merged.get("commercial_use", ExtractedTerm(None)).value
    if _CONDITIONS in merged and commercial == "prohibited":
        merged[_CONDITIONS] = ExtractedTerm([])  # one half bans it: no condition of a grant
    return merged
