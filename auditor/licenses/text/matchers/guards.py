"""The named guards of the identification cascade: what the document says of itself settles
what a matcher found by similarity.

A text close to a reference is that reference unless its own words say otherwise, and each
guard is one way they do, tried in `CURATED_GUARDS` order (the first that applies decides):

- `own-name-makes-derived`: its title names another record, or a license of its own, or it is
  a vendor's license rewritten with the vendor's names gone (`identify_own_license`);
- `family-version-decides`: its title's version, date, variant word or variant letter (`2.5`
  against `2`, `RAIL-S` against `RAIL-M`) is a sibling record's, else a license of its own;
- `variant-letter-decides`: its head hangs another letter on the family's word (`RAIL-S`
  over a text of `RAIL-M`), when its title does not say so;
- `variant-mark-decides`: its head writes the family's mark otherwise (`RAIL++-M`);
- `sibling-version-decides`: a changed copy whose title fits a sibling without a reference
  text is told apart by the commercial use it states.

- `added-clause-makes-derived` (`added_clause`): a standard license's text with a clause
  added that restricts its grant or adds a duty is a license of its own derived from it.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import match_from_record
from auditor.licenses.names import distinctive, has_cjk, marks_disagree, record_names
from auditor.licenses.names import words as name_words
from auditor.licenses.text.matchers.added_clause import ADDED_CLAUSE
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.exact import reference_record
from auditor.licenses.text.matchers.outcome import Guard, Outcome
from auditor.licenses.text.own_name import (
    derived_match,
    foreign_words,
    has_reference_title,
    is_rebranded,
    is_reference_wording,
    untitled_name,
)
from auditor.licenses.text.titles import (
    FAMILY_VERSION_CONFIDENCE,
    identify_by_title,
    identify_family_version,
    identify_sibling_version,
    letter_marks,
    letters_disagree,
    own_version,
    record_letters,
)
from auditor.model import LicenseMatch


def _variant_mark_decides(document: Document, outcome: Outcome) -> Outcome | None:
    record = document.db.get(outcome.match.id or "") if outcome.match else None
    if record is None or outcome.match is None or not marks_disagree(document.head, record):
        return None
    match = marked_variant(document.head, record, outcome.match, document.db)
    return outcome.decided(match, "variant-mark-decides")


def _family_version_decides(document: Document, outcome: Outcome) -> Outcome | None:
    if outcome.match is None:
        return None
    match = identify_family_version(
        document.versioned_title, document.date, outcome.match, document.db
    )
    return None if match is None else outcome.decided(match, "family-version-decides")


def _variant_letter_decides(document: Document, outcome: Outcome) -> Outcome | None:
    record = document.db.get(outcome.match.id or "") if outcome.match else None
    if record is None or outcome.match is None:
        return None
    line = _lettered_line(document.head, record)
    if line is None:
        return None
    db = document.db
    siblings = [
        r
        for r in db.records.values()
        if r.family == record.family
        and r.id != record.id
        and not letters_disagree(line, r)
        and letter_marks(line) & set().union(*(letter_marks(n) for n in record_names(r)))
    ]
    if len(siblings) == 1:
        chosen = siblings[0]
        match = replace(
            match_from_record(
                chosen, method="text-family-version", confidence=FAMILY_VERSION_CONFIDENCE
            ),
            name=f"{chosen.name} (text close to {record.name})",
        )
    else:
        name = f"{line} (this variant is not in the database; closest known: {record.name})"
        match = own_version(name, line, record, outcome.match.confidence, db)
    return outcome.decided(match, "variant-letter-decides")


def _lettered_line(head: str, record: LicenseRecord) -> str | None:
    """The first line of the head naming the record's family with another variant letter
    (`CreativeML Open RAIL-S` over a text of `RAIL-M`)."""
    if "-" not in head or not record_letters(record):
        return None  # no letter hangs on any word, or the record's names hang none
    for line in head.splitlines():
        shown = " ".join(line.strip(" \t#*").split())
        if shown and letters_disagree(shown, record):
            return shown
    return None


def _sibling_version_decides(document: Document, outcome: Outcome) -> Outcome | None:
    if outcome.match is None or outcome.match.method != "text-modified":
        return None
    indexed = {reference.record_id for reference in document.index.references}
    match = identify_sibling_version(
        document.versioned_title, document.date, outcome.match, document.db, indexed, document.text
    )
    return None if match is None else outcome.decided(match, "sibling-version-decides")


def _own_name_makes_derived(document: Document, outcome: Outcome) -> Outcome | None:
    if outcome.match is None:
        return None
    own = identify_own_license(document, outcome.match)
    if own is None:
        return None
    decided = outcome.decided(own, "own-name-makes-derived")
    readable = document.readable_title
    if readable is not None and own.derived_from and own.name == readable:
        # its own title is the first change
        decided = replace(
            decided,
            differences=(readable, *decided.differences),
            difference_lines=(None, *decided.difference_lines),
        )
    return decided


def identify_own_license(document: Document, match: LicenseMatch) -> LicenseMatch | None:
    """A text close to a reference that calls itself another license: the known record its
    title names, else a license of its own derived from the reference (text-derived); None
    when the text is the reference (or a copy of it with changes: text-modified)."""
    best, db, text = document.best, document.db, document.text
    assert best is not None
    record = reference_record(db, best)
    reference_title = best.reference.title
    if has_reference_title(text, reference_title, record):
        return None  # a line naming the reference stands in the text, under a preface
    readable = document.readable_title
    if readable is not None and not has_cjk(readable):
        if not foreign_words(readable, record, reference_title):
            return None  # the title names the reference, its family or another version
        if is_reference_wording(readable, best.reference):
            return None  # the reference's own opening, rewrapped into one title line
        named = identify_by_title(readable, document.date, db, context=text)
        other = db.records.get(named.id or "") if named is not None else None
        if (
            named is not None
            and other is not None  # a record, not a name of its own the title was given
            and other.id != record.id
            and not foreign_words(readable, other, None)
        ):
            return replace(named, derived_from=record.id)  # the title names another record
        return derived_match(readable, record, match.confidence, db, licensor=document.licensor)
    if readable is None and is_rebranded(text, record, db):
        name = untitled_name(document.licensor) or f"untitled license built on {record.name}"
        # no title: no name of its own to build an id from (a licensor may have several)
        return derived_match(name, record, match.confidence, db, licensor=None, named=False)
    return None


def marked_variant(
    head: str, record: LicenseRecord, match: LicenseMatch, db: LicenseDB
) -> LicenseMatch:
    """A text whose head names the matched record's family with another variant mark
    (`RAIL++-M` against `RAIL-M`): the one record of that family whose marks and name words
    the head agrees with, else a license of its own built on the matched record."""
    said = set(name_words(head))
    named = {
        r.id: max(
            (len(distinctive(n)) for n in record_names(r) if distinctive(n) <= said), default=0
        )
        for r in db.records.values()
        if r.family == record.family and r.id != record.id and not marks_disagree(head, r)
    }
    top = max(named.values(), default=0)
    siblings = [rid for rid, count in named.items() if count and count == top]
    if len(siblings) == 1:  # the sibling whose name the head states most fully
        chosen = db.records[siblings[0]]
        return replace(
            match_from_record(
                chosen, method="text-family-version", confidence=FAMILY_VERSION_CONFIDENCE
            ),
            name=f"{chosen.name} (text close to {record.name})",
        )
    name = f"untitled license built on {record.name}"
    return derived_match(name, record, match.confidence, db, licensor=None, named=False)


OWN_NAME = Guard(
    "own-name-makes-derived",
    "a title naming another record or a license of its own (or a vendor's names gone) names "
    "the text, derived from the reference",
    _own_name_makes_derived,
)
FAMILY_VERSION = Guard(
    "family-version-decides",
    "a title's version, date, variant word or variant letter names a sibling record, else a "
    "license of its own",
    _family_version_decides,
)
VARIANT_MARK = Guard(
    "variant-mark-decides",
    "a head writing the family's mark otherwise (RAIL++-M) names that variant",
    _variant_mark_decides,
)
VARIANT_LETTER = Guard(
    "variant-letter-decides",
    "a head hanging another letter on the family's word (RAIL-S for RAIL-M) names the sibling "
    "with that letter, else a license of its own",
    _variant_letter_decides,
)
SIBLING_VERSION = Guard(
    "sibling-version-decides",
    "a changed copy fitting a sibling without a reference is told apart by its commercial use",
    _sibling_version_decides,
)
EXACT_GUARDS = (VARIANT_MARK,)
KEY_GUARDS = (FAMILY_VERSION, ADDED_CLAUSE)
CURATED_GUARDS = (
    OWN_NAME,
    FAMILY_VERSION,
    VARIANT_LETTER,
    VARIANT_MARK,
    SIBLING_VERSION,
    ADDED_CLAUSE,
)
