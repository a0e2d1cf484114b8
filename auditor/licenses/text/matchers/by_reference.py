"""Names a license stated by reference with terms of its own added to it: "licensed under the
Apache License 2.0, subject to the following additional conditions: 1. ...".

A matcher of the identification cascade, asked of a text no reference matched. The document
names a known license (an SPDX line, its title line, a notice sentence), says it adds terms
(`additional conditions`, `supplementary terms`, `in addition to the terms of`, an appendix so
headed), and at least one of its sentences is such a term: a restriction, a cap, a termination
or a duty to credit, that the named license's own text does not have. Such a document is a
license of its own built on the named one (`derived_from`), never the named license's id: the
named license binds by reference, and the added sentences are its differences, quoted with
their lines. A README naming its license, a NOTICE of attributions or the license's own
short notice adds no term and stays a notice of that license.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.names import has_cjk
from auditor.licenses.terms.added_shapes import normalised, restricts
from auditor.licenses.text.differences import is_known, is_rule, reads_as_rule
from auditor.licenses.text.fingerprint import Fingerprint
from auditor.licenses.text.matchers.derived_name import derived_identity
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.outcome import Outcome, near_misses
from auditor.licenses.text.normalize import extract_title
from auditor.licenses.text.notices import (
    NOTICE_CONFIDENCE,
    NOTICE_MAX_WORDS,
    identify_spdx_line,
    resolve_name,
)
from auditor.licenses.text.own_name import foreign_words
from auditor.licenses.text.prose import Sentence
from auditor.model import LicenseMatch

BY_REFERENCE_METHOD = "text-by-reference"
"""A license of its own that names `derived_from` by reference and adds terms to it."""

_ADDITION_CUE = compile_pattern(
    r"\b(?:additional|supplement(?:al|ary)|further|extra|special|following)\s+(?:\w+\s+){0,2}?"
    r"(?:terms?|conditions?|restrictions?|requirements?|limitations?|provisions?|obligations?"
    r"|rules?|exceptions?)\b"
    r"|\bsubject\s+to\s+(?:the\s+)?(?:following|terms\s+below|conditions\s+below)\b"
    r"|\bin\s+addition\s+to\s+(?:the\s+)?(?:terms|conditions|licen[cs]e|rights|obligations)\b"
    r"|\bplus\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:terms?|conditions?|restrictions?)\b"
    r"|\b(?:addendum|rider|amended\s+as\s+follows)\b"
    r"|\badded\s+(?:terms?|conditions?|clauses?|restrictions?)\b"
    r"|\bsubject\s+to\s+(?:this|these|the)\s+(?:added|additional|extra)\b"
    r"|\bwith\s+(?:one|an?|two|three|the\s+following)\s+(?:additions?|exceptions?|changes?"
    r"|modifications?)\b",
    re.I,
)
"""Words saying the document adds terms to the license it names."""
_OBLIGATION = compile_pattern(
    r"\b(?:credit|attribut\w*|acknowledg\w*|cite|citation|watermark\w*|disclos\w*|label\w*"
    r"|notify|report|register)\b",
    re.I,
)
"""Duties a sentence may add without restricting use: to credit, cite, mark or report."""
_MAX_TITLE_WORDS = 16


def match_by_reference(document: Document) -> Outcome | None:
    """The document as a license of its own derived from the license it names by reference,
    when it says it adds terms and one of its sentences is such a term; None otherwise."""
    text = document.text
    if _ADDITION_CUE.search(text) is None:  # cheap: most texts add nothing by reference
        return None
    named = _named_base(document)
    if named is None:
        return None
    record, naming = named
    references = [r for r in document.index.references if r.record_id == record.id]
    additions = tuple(
        s
        for s in document.sentences
        if (_tail_adds_a_term(s) if s.start in naming else _adds_a_term(s, references))
    )
    if not additions:
        return None
    return Outcome(
        _derived(document, record),
        f"names {record.id} by reference and adds {len(additions)} term(s) to it",
        differences=tuple(s.quote for s in additions),
        difference_lines=tuple(s.line for s in additions),
        near_misses=near_misses(document),
    )


def _named_base(document: Document) -> tuple[LicenseRecord, set[int]] | None:
    """The record the document names by reference (its SPDX line, its title line when that
    says it adds terms, else a notice about its own subject), with where the sentences naming
    it start (those are no additions). A title naming a record without saying so is that
    record's own title (its text, not a reference to it)."""
    db, text = document.db, document.text
    spdx = identify_spdx_line(text, db)
    if spdx is not None:
        record = _record(spdx, db)
        return None if record is None else (record, set())
    title = _title_line(text)
    if title is not None and _ADDITION_CUE.search(title):  # `MIT License + Additional Terms`
        record = _record(resolve_name(title, db, context=text), db)
        if record is not None:
            return record, {s.start for s in document.sentences[:1]}
    if document.readable_title is not None and len(document.words) > NOTICE_MAX_WORDS:
        return None  # a long license of its own that mentions another license
    about = [n for n in document.notices if not n.component]
    records = {n.match.id for n in about}
    if len(records) != 1:
        return None  # no notice about the subject, or several licenses named
    record = _record(about[0].match, db)
    return None if record is None else (record, {n.sentence.start for n in about})


def _title_line(text: str) -> str | None:
    """The document's first line when it is short enough to be a title (the title a license
    named by reference may stand in: `MIT License, with the following restriction`)."""
    title = extract_title(text)
    if title is not None:
        return title
    for line in text.splitlines():
        stripped = line.strip(" \t#*")
        if stripped:
            return stripped if len(stripped.split()) <= _MAX_TITLE_WORDS else None
    return None


def _record(match: LicenseMatch | None, db: LicenseDB) -> LicenseRecord | None:
    if match is None or match.id is None:
        return None
    record = db.get(match.id)
    return None if record is None or record.kind == "acceptable-use-policy" else record


def _adds_a_term(sentence: Sentence, references: Sequence[Fingerprint]) -> bool:
    """Whether a sentence states a term (a restriction, cap or termination by its shape, or a
    duty to credit, cite or mark) that the named license's own text does not have."""
    if not is_rule(sentence):
        return False
    wording = normalised(sentence.cleaned)
    if not restricts(wording.split()) and _OBLIGATION.search(wording) is None:
        return False
    return not references or is_known(sentence, references) is False


def _names_itself(title: str, record: LicenseRecord) -> bool:
    """Whether a title has words of its own beside the record's and the words that name an
    addition (`Supplementary Terms` heads the additions; it names no license)."""
    return bool(foreign_words(title, record, None) - _ADDITION_WORDS)


_ADDITION_WORDS = frozenset(
    {
        "supplementary",
        "supplemental",
        "additional",
        "further",
        "extra",
        "special",
        "following",
        "conditions",
        "restrictions",
        "requirements",
        "limitations",
        "provisions",
        "addendum",
        "rider",
        "plus",
        "amendments",
    }
)


def _tail_adds_a_term(sentence: Sentence) -> bool:
    """Whether the sentence naming the license goes on, past its words of addition, with a
    term (`... under MIT with the following additional terms. weights may not be sold`: a
    sentence end the layout could not see)."""
    wording = sentence.cleaned
    cue = _ADDITION_CUE.search(wording)
    if cue is None:
        return False
    tail = wording[cue.end() :]
    return reads_as_rule(tail) and restricts(normalised(tail).split())


def _derived(document: Document, record: LicenseRecord) -> LicenseMatch:
    """The document as a license of its own built on `record` (`derived_name`): named by its
    own title when that has words of its own, else as the record with additional terms."""
    title = document.readable_title
    own = title if title and not has_cjk(title) and _names_itself(title, record) else None
    return derived_identity(
        document,
        record,
        "with additional terms",
        NOTICE_CONFIDENCE,
        method=BY_REFERENCE_METHOD,
        title=own,
    )
