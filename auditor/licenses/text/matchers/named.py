"""Matchers naming a text like no reference by what it says of itself: the license its SPDX
line or notices name, the record its title names, its licensor."""

from __future__ import annotations

from dataclasses import replace

from auditor.licenses.declared import match_from_record, unidentified
from auditor.licenses.names import has_cjk
from auditor.licenses.text.differences import find_differences
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.exact import reference_record
from auditor.licenses.text.matchers.outcome import Outcome, near_misses
from auditor.licenses.text.notices import NOTICE_MAX_WORDS, identify_notice
from auditor.licenses.text.own_name import derived_match, foreign_words, untitled_name
from auditor.licenses.text.similarity import DERIVED_THRESHOLD
from auditor.licenses.text.titles import TITLE_FAMILY_CONFIDENCE, identify_by_title
from auditor.licenses.text.unmatched import derived_by_title, licensor_record


def match_notice(document: Document) -> Outcome | None:
    """The license an SPDX line names, else those its notices name (a notice only when the
    text is short or has no title of its own: a longer titled license may mention others)."""
    prose = document.readable_title is None or len(document.words) <= NOTICE_MAX_WORDS
    match = identify_notice(document.text, document.db, prose=prose, notices=document.notices)
    if match is None:
        return None
    return Outcome(match, f"named by reference ({match.method})", near_misses=near_misses(document))


def match_title(document: Document) -> Outcome | None:
    """The record the title names, its family's closest version, or the title itself
    (unidentified); a license of its own when the title adds words to a known one, or when
    a title naming none stands over a text following one reference (`built_on_reference`)."""
    title = document.policy_title
    named = identify_by_title(title, document.date, document.db, context=document.text)
    if named is None:
        return None
    if named.id is None:
        built = built_on_reference(document)
        if built is not None:
            return built
    match = derived_by_title(document.text, document.readable_title, named, document.db)
    return Outcome(match, f"named by its title ({match.method})", near_misses=near_misses(document))


def built_on_reference(document: Document) -> Outcome | None:
    """A text titled with a name of its own whose words still follow one reference through
    most of it (`DERIVED_THRESHOLD`): a license of its own built on that reference, its
    licensor's and product's names changed throughout; None when no reference comes that
    close or the title names the reference itself."""
    title = document.policy_title  # a use policy is named apart from its license
    near = document.scores[0] if document.scores else None
    if title is None or has_cjk(title) or near is None or near.score < DERIVED_THRESHOLD:
        return None
    db = document.db
    record = reference_record(db, near.reference)
    if not foreign_words(title, record, near.reference.title):
        return None  # the title is the reference's own: not a license of its own
    found = find_differences(
        document.text, document.candidate, [near.reference], sentences_of=lambda: document.sentences
    )
    match = derived_match(title, record, near.score, db, licensor=document.licensor)
    return Outcome(
        match,
        f"named by its title, built on {near.reference.source} ({near.score:.3f})",
        differences=(title, *(s.quote for s in found)),
        difference_lines=(None, *(s.line for s in found)),
        missing=round(1.0 - near.coverage, 3),
        near_misses=near_misses(document),
    )


def match_licensor(document: Document) -> Outcome | None:
    """An untitled text: the one record of its licensor it names, else a name after its
    licensor (unidentified); None when it names none."""
    licensor = document.licensor
    near = near_misses(document)
    if licensor is not None and document.readable_title is None:
        record = licensor_record(document.text, licensor, document.db)
        if record is not None:
            match = replace(
                match_from_record(
                    record, method="text-licensor", confidence=TITLE_FAMILY_CONFIDENCE
                ),
                name=f"{record.name} (untitled; named from its licensor {licensor})",
            )
            return Outcome(match, "named from its licensor", near_misses=near)
    name = untitled_name(licensor)
    if name is None:
        return None
    return Outcome(unidentified(name, method="text-licensor"), "untitled", near_misses=near)
