"""Identifies a license from its text: exact, similar, modified, own name (derived),
family-version, notice, title and licensor steps.

The steps live beside this cascade: `similarity` scores the text against the reference
fingerprints, `differences` finds what a modified text changed, `own_name` reads what the
document calls itself (a text close to a reference but titled or licensed as another license
is that other license, derived from the reference), `notices` reads SPDX lines and "licensed
under ..." notices, `titles` names an unknown text after the record its title names.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db
from auditor.licenses.declared import match_from_record
from auditor.licenses.names import (
    distinctive,
    has_cjk,
    marks_disagree,
    record_names,
)
from auditor.licenses.names import (
    words as name_words,
)
from auditor.licenses.text.differences import find_differences
from auditor.licenses.text.fingerprint import (
    Fingerprint,
    FingerprintSet,
    load_fingerprints,
    text_sha256,
)
from auditor.licenses.text.index_rules import changed_rules_in_index
from auditor.licenses.text.normalize import document_tokens, extract_date
from auditor.licenses.text.notices import identify_notice
from auditor.licenses.text.own_name import (
    derived_match,
    extract_licensor,
    extract_titles,
    foreign_words,
    has_reference_title,
    is_rebranded,
    policy_title,
    readable_title,
    untitled_name,
)
from auditor.licenses.text.prose import Sentence
from auditor.licenses.text.reference_index import ReferenceIndex as ScanCodeIndex
from auditor.licenses.text.reference_lookup import (
    IndexMatch,
    beats_curated,
    explains_all,
    identify_in_index,
)
from auditor.licenses.text.similarity import (
    ACCEPT_THRESHOLD,
    NEAR_MISS_FLOOR,
    ReferenceIndex,
    ReferenceScore,
    prepare_candidate,
    reference_index,
    score_references,
    select_reference,
)
from auditor.licenses.text.titles import (
    FAMILY_VERSION_CONFIDENCE,
    dates_agree,
    identify_by_title,
    identify_family_version,
    identify_sibling_version,
)
from auditor.licenses.text.unmatched import identify_unmatched
from auditor.model import LicenseMatch

__all__ = [
    "ACCEPT_THRESHOLD",
    "MODIFIED_CONFIDENCE_CAP",
    "NearMiss",
    "TextIdentification",
    "identify_exact",
    "identify_own_license",
    "identify_text",
    "identify_unmatched",
    "match_similar_or_modified",
]

logger = logging.getLogger(__name__)

MODIFIED_CONFIDENCE_CAP = 0.7
"""A modified license carries terms nobody reviewed: its confidence stays below 0.9 (the
policies' low-confidence line) whatever its similarity."""
_CAP = MODIFIED_CONFIDENCE_CAP
_MAX_NEAR_MISSES = 3
_MAX_DIFFERENCES = 20


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A reference the text resembles but did not match, with its score (0.0 to 1.0)."""

    record_id: str
    score: float


@dataclass(frozen=True, slots=True)
class TextIdentification:
    """What a license text is, what resembles it, and what differs from the matched reference."""

    match: LicenseMatch | None
    near_misses: tuple[NearMiss, ...] = ()
    differences: tuple[str, ...] = ()  # the text's own sentences absent from the reference
    difference_lines: tuple[int | None, ...] = ()  # the line of each (None: its title)
    title: str | None = None  # the document's own title, as written
    missing: float = 0.0  # share of the matched reference's wording absent from the text


def identify_text(
    text: str,
    *,
    db: LicenseDB | None = None,
    fingerprints: FingerprintSet | None = None,
    threshold: float = ACCEPT_THRESHOLD,
    scancode_index: ScanCodeIndex | None = None,
) -> TextIdentification:
    """Identify a license text through the cascade exact -> similar/modified -> own name
    (derived) -> family-version, or for a text like no reference: notice -> title ->
    licensor; `match` is None only when nothing, not even a title, was recognised.
    `scancode_index` replaces the bundled ScanCode index (a filtered one, for measurement)."""
    db = load_license_db() if db is None else db
    index = reference_index(load_fingerprints() if fingerprints is None else fingerprints)
    titles = extract_titles(text)
    title = titles[0] if titles else None
    words = document_tokens(text)
    if not words:  # markup only; an SPDX line may stand in a comment
        return TextIdentification(match=identify_notice(text, db, prose=False), title=title)
    exact = identify_exact(text_sha256(words), index, db)
    if exact is not None:
        record = db.get(exact.id or "")
        if record is not None and marks_disagree(text[:_HEAD_CHARS], record):
            # the same words but another mark (`RAIL++-M`): normalising dropped what differs
            exact = _marked_variant(text[:_HEAD_CHARS], record, exact, db)
        return TextIdentification(match=exact, title=title)
    candidate = prepare_candidate(words)
    scores = score_references(candidate, index)
    best = select_reference(scores, threshold)
    indexed = _ask_reference_index(
        words,
        candidate.shingles,
        best,
        db,
        threshold,
        date=extract_date(text),
        index=scancode_index,
    )
    if indexed is not None and not indexed.exact and _title_outranks(text, titles, indexed, db):
        indexed = None  # the document's own title says what it is: the curated steps decide
    if indexed is not None and _unstated_variant(text, indexed, db):
        indexed = None  # a changed copy only resembling a key it never names: not that key
    if indexed is not None:
        indexed, changed = changed_rules_in_index(text, indexed, scancode_index, _CAP)
        own_title = policy_title(text, readable_title(titles))
        match = identify_family_version(own_title, extract_date(text), indexed.match, db)
        return TextIdentification(
            match=match or indexed.match,
            differences=tuple(map(_quote, changed[:_MAX_DIFFERENCES])),
            difference_lines=tuple(s.line for s in changed[:_MAX_DIFFERENCES]),
            title=title,
            missing=round(1 - indexed.score, 3),
        )
    if best is None:
        near = tuple(
            NearMiss(s.reference.record_id, round(s.score, 3))
            for s in scores[:_MAX_NEAR_MISSES]
            if s.score >= NEAR_MISS_FLOOR
        )
        match = identify_unmatched(text, titles, len(words), db)
        return TextIdentification(match=match, near_misses=near, title=title)
    known = [best.reference, *(s.reference for s in scores if s.score >= threshold)]
    found = find_differences(text, candidate, known)
    differences = [_quote(s) for s in found]
    lines: list[int | None] = [s.line for s in found]
    match = match_similar_or_modified(best, differences, threshold, db)
    readable = readable_title(titles)
    own = identify_own_license(text, titles, best, match, db)
    if readable is not None and own is not None and own.derived_from and own.name == readable:
        differences.insert(0, readable)  # its own title is the first change
        lines.insert(0, None)
    own_title, date = policy_title(text, readable), extract_date(text)
    renamed = own or identify_family_version(own_title, date, match, db)
    if renamed is None and marks_disagree(text[:_HEAD_CHARS], _record(db, best)):
        renamed = _marked_variant(text[:_HEAD_CHARS], _record(db, best), match, db)
    if renamed is None and match.method == "text-modified":
        indexed_ids = {reference.record_id for reference in index.references}
        renamed = identify_sibling_version(own_title, date, match, db, indexed_ids, text)
    logger.debug("text matches %s (%s, %.3f)", best.reference.source, match.method, best.score)
    return TextIdentification(
        match=renamed or match,
        differences=tuple(differences[:_MAX_DIFFERENCES]),
        difference_lines=tuple(lines[:_MAX_DIFFERENCES]),
        title=title,
        missing=round(1.0 - best.coverage, 3),
    )


def identify_own_license(
    text: str,
    titles: tuple[str, ...],
    best: ReferenceScore,
    match: LicenseMatch,
    db: LicenseDB,
) -> LicenseMatch | None:
    """A text close to a reference that calls itself another license: the known record its
    title names, else a license of its own derived from the reference (text-derived); None
    when the text is the reference (or a copy of it with changes: text-modified)."""
    record = _record(db, best)
    reference_title = best.reference.title
    if has_reference_title(text, reference_title):
        return None  # the reference's own title stands in the text, under a preface
    readable = readable_title(titles)
    if readable is not None and not has_cjk(readable):
        if not foreign_words(readable, record, reference_title):
            return None  # the title names the reference, its family or another version
        named = identify_by_title(readable, extract_date(text), db, context=text)
        if (
            named is not None
            and named.id is not None
            and named.id != record.id
            and not foreign_words(readable, db.records[named.id], None)
        ):
            return replace(named, derived_from=record.id)  # the title names another record
        licensor = extract_licensor(text)
        return derived_match(readable, record, match.confidence, db, licensor=licensor)
    if readable is None and is_rebranded(text, record, db):
        licensor = extract_licensor(text)
        name = untitled_name(licensor) or f"untitled license built on {record.name}"
        # no title: no name of its own to build an id from (a licensor may have several)
        return derived_match(name, record, match.confidence, db, licensor=None, named=False)
    return None


_HEAD_CHARS = 400  # a document's head: copyright lines and its title


def _marked_variant(
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


def _ask_reference_index(
    words: Sequence[str],
    shingles: Sequence[int],
    best: ReferenceScore | None,
    db: LicenseDB,
    threshold: float,
    *,
    date: str | None = None,
    index: ScanCodeIndex | None = None,
) -> IndexMatch | None:
    """Hook: when no curated reference matched exactly, the ScanCode LicenseDB index
    (`reference_index`) names the text if it explains it better than the curated best (a near
    tie goes to the curated record when the text's own `date` is its date)."""
    complete = best is not None and explains_all(best.score, best.jaccard)
    found = identify_in_index(
        words,
        shingles,
        db,
        threshold=threshold,
        modified_cap=MODIFIED_CONFIDENCE_CAP,
        exact_only=complete,
        index=index,
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
    dated = _dated_as(date, db.get(best.reference.record_id), db.get(found.match.id or ""))
    return found if beats_curated(found, best.score, best.jaccard, curated_dated=dated) else None


def _dated_as(date: str | None, curated: LicenseRecord | None, other: LicenseRecord | None) -> bool:
    """Whether the text's own date is the curated record's and not the other record's: the
    document's words side with the curated match where similarity nearly ties."""
    if curated is None or not dates_agree(date, curated.date):
        return False
    return other is None or not dates_agree(date, other.date)


def _title_outranks(text: str, titles: tuple[str, ...], indexed: IndexMatch, db: LicenseDB) -> bool:
    """Whether the text's own title outranks a ScanCode key it only resembles: the title
    names another license than the key, or names a curated record the key is not."""
    if _title_disowns(titles, indexed.match, db):
        return True
    if db.get(indexed.match.id or "") is not None:
        return False  # the key is a curated record's: the curated steps would agree
    named = identify_by_title(readable_title(titles), extract_date(text), db, context=text)
    return named is not None and named.id is not None


def _unstated_variant(text: str, indexed: IndexMatch, db: LicenseDB) -> bool:
    """Whether a ScanCode key without a curated record only resembles the text: a modified
    copy (words of its own added) whose text never states the key's name. Many keys are
    variants of one license (the JSON License is MIT plus a clause): a changed copy of that
    license is closest to some variant, and is not it. A copy that only lacks part of the key
    (text-similar) keeps the key: most of those are the key with a sentence left out."""
    if indexed.exact or db.get(indexed.match.id or "") is not None:
        return False
    if indexed.match.method != "text-modified":
        return False
    name = distinctive(indexed.match.name or "")
    return not name or not name <= set(name_words(text))  # words as names are read


def _title_disowns(titles: tuple[str, ...], match: LicenseMatch, db: LicenseDB) -> bool:
    """Whether the text's own title has words naming neither the matched license nor its
    record (a licensor or product of its own): then the text is not that license."""
    readable = readable_title(titles)
    if readable is None or has_cjk(readable):
        return False
    record = db.get(match.id or "")
    if record is not None:
        return bool(foreign_words(readable, record, match.name))
    return bool(distinctive(readable) - distinctive(match.name or "") - distinctive(match.id or ""))


def identify_exact(sha256: str, index: ReferenceIndex, db: LicenseDB) -> LicenseMatch | None:
    """The normalised text equals a reference text."""
    reference = index.by_sha.get(sha256)
    if reference is None:
        return None
    return match_from_record(_record(db, reference), method="text-exact", confidence=1.0)


def match_similar_or_modified(
    best: ReferenceScore, differences: Sequence[Sentence | str], threshold: float, db: LicenseDB
) -> LicenseMatch:
    """text-similar when the reference is there and nothing was changed, else text-modified."""
    record = _record(db, best.reference)
    score = round(best.score, 3)
    if best.score >= threshold and not differences:
        return match_from_record(record, method="text-similar", confidence=score)
    return match_from_record(
        record, method="text-modified", confidence=min(score, MODIFIED_CONFIDENCE_CAP)
    )


def _record(db: LicenseDB, reference: Fingerprint | ReferenceScore) -> LicenseRecord:
    fingerprint = reference.reference if isinstance(reference, ReferenceScore) else reference
    record = db.get(fingerprint.record_id)
    if record is None:
        raise LicenseDBError(
            f"fingerprints.json names {fingerprint.record_id}, which has no record",
            hint="regenerate it with scripts/build_fingerprints.py",
        )
    return record


def _quote(sentence: Sentence) -> str:
    """A changed sentence as the text words it (QUOTE_LIMIT characters at most)."""
    return sentence.quote
