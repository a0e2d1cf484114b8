"""The guard `added-clause-makes-derived`: a standard license's text with a clause added that
restricts its grant or adds a duty is a license of its own built on the standard one, never
the standard license's id.

An MIT text with "the Software may not be used for commercial purposes" appended is not the
MIT License: whoever relies on the id `MIT` (an allow-list, a bill of materials, a notice)
relies on a grant the text withdraws. The copy is compared with the standard license sentence
by sentence (`terms.added_text`), and a passage it adds or changes counts when it restricts
by the shape of a restricting clause or by its wording (`terms.added_reading`), or states a
duty to credit, cite, mark or report. The text is then named `<license> with additional terms
(<publisher>)`, `derived_from` the standard license, with the method `text-with-added-terms`:
the standard license's terms bind as its record says, except where a passage of the text's
own says otherwise (`terms.judge_text.record_wins`), and the added passages are quoted with
their lines. A copy whose changes restrict nothing (a name, a year, a wrapped line, a
rewritten disclaimer) stays the standard license (`text-similar` / `text-modified`).

Only standard licenses (open-source, and the Creative Commons licenses recorded as such) are
judged here: a vendor's model license copied with changes stays `text-modified` under its own
id, its record and its changed passages both read by the terms.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Sequence
from dataclasses import replace

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.text.matchers.derived_name import derived_identity
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.outcome import MAX_DIFFERENCES, Guard, Outcome
from auditor.licenses.text.prose import Sentence

ADDED_TERMS_METHOD = "text-with-added-terms"
"""A standard license's text with clauses added: a license of its own `derived_from` it."""
STANDARD_KINDS = frozenset({"permissive-oss", "copyleft-oss"})
_COMPARED = frozenset({"text-similar", "text-modified"})
_DUTY = compile_pattern(
    r"\b(?:must|shall|agree\s+to|are\s+required\s+to|is\s+required\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:credit|attribute|acknowledge|cite|watermark|label|disclose|notify|report|register"
    r"|display|show)\b",
    re.I,
)
"""A duty the text adds without restricting use: to credit, cite, mark or report."""
_FIELD = compile_pattern(r"(?:^|\s)[a-z][a-z_]{1,30}:\s")
_FIELDS = 3
"""A passage holding this many `field:` labels is a metadata block (a front matter), not
prose."""


def _added_clause_makes_derived(document: Document, outcome: Outcome) -> Outcome | None:
    match = outcome.match
    if match is None or match.method not in _COMPARED or match.id is None:
        return None
    record = document.db.get(match.id)
    if record is None or record.kind not in STANDARD_KINDS:
        return None
    added, spread = adding_passages(document.text, outcome, document.sentences)
    if not added or _bundles_another_license(document, spread, record.id):
        return None
    derived = derived_identity(
        document,
        record,
        "with additional terms",
        match.confidence,
        method=ADDED_TERMS_METHOD,
    )
    kept = added[:MAX_DIFFERENCES]
    return replace(
        outcome.decided(derived, "added-clause-makes-derived"),
        differences=tuple(quote for quote, _ in kept),
        difference_lines=tuple(line for _, line in kept),
    )


_nested: contextvars.ContextVar[bool] = contextvars.ContextVar("added_clause_nested", default=False)
_BUNDLE_CONFIDENCE = 0.5
_SPAN = 4


def _bundles_another_license(document: Document, lines: Sequence[int], base: str) -> bool:
    """Whether the passages added to the standard text are another license of their own,
    bundled after it (third-party notices: a BSD text after the MIT one): the text from the
    first added passage to the last is identified on its own as another known license. Such a file
    holds two licenses; the first one has no terms added."""
    if _nested.get():
        return False  # asked of the bundled part itself: no deeper
    if not lines:
        return False
    # from the first passage the standard text lacks to the last (which may run a few lines on)
    tail = "\n".join(document.text.splitlines()[min(lines) - 1 : max(lines) + _SPAN])
    from auditor.licenses.text.identify import identify_text  # the cascade this guard is in

    token = _nested.set(True)
    try:
        found = identify_text(tail, db=document.db).match
    finally:
        _nested.reset(token)
    return (
        found is not None
        and found.id is not None
        and found.id != base
        and found.derived_from is None
        and found.confidence >= _BUNDLE_CONFIDENCE
        and document.db.get(found.id) is not None
    )


def adding_passages(
    text: str, outcome: Outcome, sentences: Sequence[Sentence] | None = None
) -> tuple[list[tuple[str, int | None]], list[int]]:
    """The passages of `text` (quote, line) that its matched standard license does not have
    and that restrict it or add a duty, and the lines of every passage it does not have."""
    # The comparison and the reading of a restriction belong to the terms, which import
    # identification: imported here, at the first changed copy, not at import.
    from auditor.licenses.terms.added_reading import counts, restriction_of
    from auditor.licenses.terms.added_text import added_passages
    from auditor.licenses.text.identify import TextIdentification

    identity = TextIdentification(
        match=outcome.match,
        differences=outcome.differences,
        difference_lines=outcome.difference_lines,
    )
    found: list[tuple[str, int | None]] = []
    spread: list[int] = []
    for passage in added_passages(text, identity, sentences=sentences):
        if not counts(passage):
            continue
        if passage.line is not None:
            spread.append(passage.line)
        if not passage.whole and _in_name_slot(passage.words, passage.changed):
            continue  # words put where the license names someone: a modification, no clause
        if len(_FIELD.findall(passage.quote)) >= _FIELDS:
            continue  # a metadata block (`key: ... name: ... category: ...`), no clause
        duty = passage.whole and _DUTY.search(passage.quote) is not None
        if duty or restriction_of(passage) is not None:
            found.append((passage.quote, passage.line))
    return found, spread


def _in_name_slot(words: tuple[str, ...], changed: frozenset[int]) -> bool:
    """Whether every changed word stands in or before the place where a license names its
    holder or contributors (`neither the name of <changed> nor ...`): a name, however
    worded, restricts nothing of its own (the comparison marks the unchanged words at a
    sentence's edge as changed too)."""
    for i in range(2, len(words)):
        if words[i - 1] == "of" and words[i - 2] in {"name", "names"}:
            end = next((j for j in range(i, len(words)) if words[j] in _SLOT_ENDS), len(words))
            return bool(changed) and max(changed) < end
    return False


_SLOT_ENDS = frozenset({"nor", "or", "and", "may", "shall", "must", "is", "are"})


ADDED_CLAUSE = Guard(
    "added-clause-makes-derived",
    "a standard license's text with a clause added that restricts its grant or adds a duty is "
    "a license of its own derived from it, never the standard license's id",
    _added_clause_makes_derived,
)
