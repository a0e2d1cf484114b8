"""Matcher asking the ScanCode LicenseDB index (`reference_lookup`) whether one of its keys
explains the text better than any curated reference, with the vetoes that keep a key the text
only resembles from naming it.

A key decides only when no curated reference matched exactly: an exact key, or a key that
explains the text better than the curated best (a near tie goes to the curated record when the
text's own date is its date). Two vetoes hand the text on to the curated and title matchers:
the document's own title names another license than the key (`own-title-outranks-key`), or
the key is one of many variants of a license and the text, a changed copy, never names it
(`unstated-variant`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from auditor.knowledge.license_db import LicenseRecord
from auditor.licenses.names import distinctive, has_cjk
from auditor.licenses.names import words as name_words
from auditor.licenses.text.index_rules import changed_rules_in_index
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.outcome import MAX_DIFFERENCES, Outcome
from auditor.licenses.text.own_name import foreign_words
from auditor.licenses.text.reference_lookup import (
    IndexMatch,
    beats_curated,
    explains_all,
    identify_in_index,
)
from auditor.licenses.text.titles import dates_agree, identify_by_title
from auditor.model import LicenseMatch

MODIFIED_CONFIDENCE_CAP = 0.7
"""A modified license carries terms nobody reviewed: its confidence stays below 0.9 (the
policies' low-confidence line) whatever its similarity."""


@dataclass(frozen=True, slots=True)
class Veto:
    """A named rule under which a ScanCode key the text resembles does not name it."""

    name: str
    rule: str
    holds: Callable[[Document, IndexMatch], bool]


def match_scancode_key(document: Document) -> Outcome | None:
    """The ScanCode key explaining the text better than the curated references (with the
    rule sentences it lacks, a changed copy), unless a veto holds."""
    indexed = ask_reference_index(document)
    if indexed is None:
        return None
    for veto in VETOES:
        if veto.holds(document, indexed):
            return None
    indexed, changed = changed_rules_in_index(
        document.text, indexed, document.scancode_index, MODIFIED_CONFIDENCE_CAP
    )
    kept = changed[:MAX_DIFFERENCES]
    return Outcome(
        indexed.match,
        f"key {indexed.reference.key} ({indexed.match.method}, {indexed.score:.3f})",
        differences=tuple(s.quote for s in kept),
        difference_lines=tuple(s.line for s in kept),
        missing=round(1 - indexed.score, 3),
    )


def ask_reference_index(document: Document) -> IndexMatch | None:
    """When no curated reference matched exactly, the key of the ScanCode index that names
    the text, if it explains it better than the curated best (a near tie goes to the curated
    record when the text's own date is its date)."""
    best, db, threshold = document.best, document.db, document.threshold
    complete = best is not None and explains_all(best.score, best.jaccard)
    found = identify_in_index(
        document.words,
        document.candidate.shingles,
        db,
        threshold=threshold,
        modified_cap=MODIFIED_CONFIDENCE_CAP,
        exact_only=complete,
        index=document.scancode_index,
        sha256=document.sha256,  # the exact matcher's, already made
    )
    if found is None:
        return None
    if best is None:
        return found
    if found.match.id == best.reference.record_id:
        # The same record: keep the curated match (it quotes what changed) unless the key
        # matched exactly or, unchanged, is accepted where the curated reference is not.
        better = found.exact or (found.match.method == "text-similar" and threshold > best.score)
        return found if better else None
    dated = _dated_as(document.date, db.get(best.reference.record_id), db.get(found.match.id or ""))
    return found if beats_curated(found, best.score, best.jaccard, curated_dated=dated) else None


def _dated_as(date: str | None, curated: LicenseRecord | None, other: LicenseRecord | None) -> bool:
    """Whether the text's own date is the curated record's and not the other record's: the
    document's words side with the curated match where similarity nearly ties."""
    if curated is None or not dates_agree(date, curated.date):
        return False
    return other is None or not dates_agree(date, other.date)


def _own_title_outranks_key(document: Document, indexed: IndexMatch) -> bool:
    """Whether the text's own title outranks a key it only resembles: the title names another
    license than the key, or names a curated record the key is not."""
    if indexed.exact:
        return False
    if _title_disowns(document.readable_title, indexed.match, document):
        return True
    if document.db.get(indexed.match.id or "") is not None:
        return False  # the key is a curated record's: the curated steps would agree
    named = identify_by_title(
        document.readable_title, document.date, document.db, context=document.text
    )
    return named is not None and named.id is not None


def _title_disowns(readable: str | None, match: LicenseMatch, document: Document) -> bool:
    """Whether the text's own title has words naming neither the matched license nor its
    record (a licensor or product of its own): then the text is not that license."""
    if readable is None or has_cjk(readable):
        return False
    record = document.db.get(match.id or "")
    if record is not None:
        return bool(foreign_words(readable, record, match.name))
    return bool(distinctive(readable) - distinctive(match.name or "") - distinctive(match.id or ""))


def _unstated_variant(document: Document, indexed: IndexMatch) -> bool:
    """Whether a ScanCode key without a curated record only resembles the text: a modified
    copy (words of its own added) whose text never states the key's name. Many keys are
    variants of one license (the JSON License is MIT plus a clause): a changed copy of that
    license is closest to some variant, and is not it. A copy that only lacks part of the key
    (text-similar) keeps the key: most of those are the key with a sentence left out."""
    if indexed.exact or document.db.get(indexed.match.id or "") is not None:
        return False
    if indexed.match.method != "text-modified":
        return False
    name = distinctive(indexed.match.name or "")
    return not name or not name <= set(name_words(document.text))  # words as names are read


VETOES = (
    Veto(
        "own-title-outranks-key",
        "a title naming another license than the key, or a curated record the key is not, "
        "hands the text to the curated and title matchers",
        _own_title_outranks_key,
    ),
    Veto(
        "unstated-variant",
        "a changed copy closest to a variant key whose name it never states is not that key",
        _unstated_variant,
    ),
)
