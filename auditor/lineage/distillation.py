"""The teachers a card says its model was distilled from, and whether a teacher's license
reaches the student. Pure.

A student distilled from a teacher holds none of the teacher's weights: what binds it is what
the teacher's license says of models made from its outputs. Some licenses count such a model
among their derivatives (the Gemma Terms' "Model Derivatives", §1(e); the OpenRAIL-M licenses'
and the DeepSeek Model License's "Derivatives of the Model": a model made to perform like the
licensed one by distillation or on synthetic data it generated); then the student is bound as a
fine-tune is. Others (the Llama licenses: outputs are no Llama Materials) bind only the licensee
who used the outputs, not the student: their teacher is no parent of it.

The card states a teacher as "distilled from X", "knowledge-distilled from X", "a distillation
of X", "X as (the) teacher", "teacher model: X" or "a student of X"; a negation or a comparison
before the phrase in its sentence ("unlike models distilled from X", "not distilled from X")
states none. Read beside a declared `base_model` (repo_parents.py), as relation `distillation`;
the lineage walk keeps a teacher only where its license counts distilled models as derivatives
(`counts_distilled`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB
from auditor.lineage.prose_refs import (
    is_own,
    listed,
    plain,
    references,
    sentence_before,
    sentence_quote,
    stated,
    window_after,
)
from auditor.model import StatedParent

RELATION = "distillation"
TEACHER_CONFIDENCE = 0.7  # as prose.py's strong sentences

DISTILLED_TERM = "derivatives_include_distilled"
"""The record term saying a license's derivatives take in models trained by distillation or on
the licensed model's synthetic outputs (license_db/vocabulary.yaml), with the defining clause."""

_BEFORE = lazy_pattern(  # the reference follows the phrase
    r"\b(?:(?:knowledge[- ])?distill?ed\s+(?:down\s+)?(?:from|out\s+of)"
    r"|(?:a\s+|the\s+)?(?:knowledge[- ])?distillation\s+(?:of|from)"
    r"|distill?ed\s+(?:version|variant|student)\s+of"
    r"|(?:a\s+|the\s+)?student\s+(?:model\s+)?of"
    r"|teacher(?:\s+model)?\s*(?:[:=]|\bis\b|\bwas\b)"
    r"|(?:with|using|from)\s+(?:the\s+)?teacher(?:\s+model)?)\s*"
    r"(?:(?:the\s+)?(?:outputs?|responses|generations|completions|logits|predictions"
    r"|soft\s+labels)\s+(?:of|from|by)\s+)?",
    re.IGNORECASE,
)
_AFTER = lazy_pattern(  # the reference stands before the phrase: "X as the teacher"
    r"^[\s`*_)\]]{0,4}(?:\([^)]{0,40}\)\s*)?(?:was\s+used\s+)?as\s+(?:the\s+|a\s+|its\s+)?teacher\b",
    re.IGNORECASE,
)
_CANCEL = lazy_pattern(
    r"\b(?:not|never|no|unlike|compar\w*|versus|vs\.?|than|instead\s+of|rather\s+than"
    r"|could|can|may|might|will|would|plan\w*|if)\b|n't",
    re.IGNORECASE,
)
_WORDS = ("distil", "teacher", "student")
# The student starts from weights of its own, not the teacher's: "into a randomly initialised
# student", "a student trained from scratch". A sentence keeping the teacher's weights ("the
# student keeping the teacher's remaining weights", a pruned teacher) says none of these.
_FRESH_STUDENT = lazy_pattern(
    r"\b(?:randomly[- ]initiali[sz]ed|random(?:ly)?[- ]init(?:iali[sz](?:ed|ation))?"
    r"|from\s+(?:random|scratch)|freshly[- ]initiali[sz]ed|new(?:ly)?[- ]initiali[sz]ed)\b",
    re.IGNORECASE,
)


def teacher_relation(sentence: str, relation: str | None) -> str | None:
    """The relation of a model a derivation sentence names: `distillation` (a teacher, bound
    as teachers are) when the sentence distils into a student starting from its own random
    weights, since such a student keeps none of the teacher's; else the relation given."""
    low = sentence.lower()
    if ("distil" in low or "teacher" in low) and _FRESH_STUDENT.search(sentence):
        return RELATION
    return relation


def counts_distilled(license_id: str | None, db: LicenseDB) -> bool:
    """Does this license count a model distilled from the licensed one as its derivative?"""
    record = db.get(license_id) if license_id is not None else None
    term = record.terms.get(DISTILLED_TERM) if record is not None else None
    return term is not None and term.value is True


def teachers(
    body: str,
    *,
    card_file: str = "README.md",
    first_line: int = 1,
    own: str | None = None,
    is_known: Callable[[str], bool] = lambda _ref: False,
) -> tuple[StatedParent, ...]:
    """The teachers the card's running text names (relation `distillation`), each once."""
    found: dict[str, StatedParent] = {}
    fenced = False
    for offset, line in enumerate(body.splitlines()):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        low = line.lower()
        if fenced or not any(word in low for word in _WORDS):
            continue
        for ref, quote in _in_line(line, is_known):
            if not is_own(ref, own) and ref.lower() not in found:
                found[ref.lower()] = stated(
                    ref,
                    RELATION,
                    "card-prose",
                    TEACHER_CONFIDENCE,
                    card_file,
                    first_line + offset,
                    quote,
                )
    return tuple(found.values())


def _in_line(line: str, is_known: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    for phrase in _BEFORE.finditer(line):
        if _CANCEL.search(sentence_before(line, phrase.start(), 120)):
            continue
        for ref in listed(window_after(line, phrase.end()), strict=False, is_known=is_known):
            yield ref.ref, sentence_quote(line, phrase.start())
    for ref in references(line[:2_000]):
        if _AFTER.match(plain(line[ref.end : ref.end + 60])) and not _CANCEL.search(
            sentence_before(line, ref.start, 120)
        ):
            yield ref.ref, sentence_quote(line, ref.start)
