"""A license document that offers itself as an alternative to another license the model is
under: "You may take the Model under this licence or under the MIT License in LICENSE-MIT,
whichever you choose." The licensee who takes the other license owes this document nothing,
so its terms do not bind the model's judgement: the other license does (a choice the licensor
states in its own words, as `A OR B` in metadata is one).

Only a plain choice counts: the sentence refers to the document itself ("this licence", "these
terms"), holds a word of choice ("or ..., whichever you choose", "at your option", "as an
alternative to"), names the other license by its full name or a versioned alias, and sets no
condition on taking it ("if you are a non-profit", "only for", "provided"). The other license
must be the model's own concluded license or the license of another of its documents: a choice
of a license the release does not otherwise carry is not read as one. Documents the sentence
is in are set aside with a `license-choice` finding quoting it. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.expression import license_options
from auditor.licenses.option_documents import named_by_name
from auditor.licenses.terms.model_terms import IdentifiedFile
from auditor.licenses.text.prose import split_sentences
from auditor.model import Category, Evidence, Finding, LicenseMatch

_SELF = lazy_pattern(
    r"\b(?:this|these|the\s+present)\s+(?:licen[cs]es?|terms|agreement|document|"
    r"(?:[\w-]+\s+){1,3}licen[cs]e)\b"
    # or the choice the document lays out: "under either of two licences", "one of the
    # following licences"
    r"|\b(?:either|one)\s+of\s+(?:the\s+)?(?:two|these|the\s+following|following|both)\s+"
    r"licen[cs]es\b|\b(?:under|between)\s+(?:two|both)\s+licen[cs]es\b"
    # "under your choice of one of the following" (the options listed after it)
    r"|\bchoice\s+of\s+(?:either|one)\s+of\s+(?:the\s+)?following\b",
    re.IGNORECASE,
)
_CHOICE = lazy_pattern(
    r"\bwhichever\s+(?:you|the\s+licensee|they)\s+(?:choose|prefer|elect|select|pick)s?\b"
    r"|\bat\s+(?:your|the\s+licensee'?s|their)\s+(?:own\s+)?(?:option|choice|election)\b"
    r"|\b(?:you|licensees?|recipients?)\s+(?:may|can)\s+(?:choose|elect|select|pick)\b"
    r"|\bas\s+an\s+alternative\s+to\b|\balternatively\b|\binstead\s+of\s+(?:this|these)\b"
    r"|\b(?:is|are)\s+(?:also\s+)?(?:offered|available)\s+as\s+(?:an\s+)?alternatives?\b"
    r"|\bas\s+you\s+(?:prefer|choose|wish|like)\b|\bwhichever\s+(?:suits|you\s+(?:prefer|like"
    r"|want|wish))\b|\b(?:either|one)\s+of\s+(?:the\s+)?(?:two|these|the\s+following|following"
    r"|both)\s+licen[cs]es\b",
    re.IGNORECASE,
)
# a condition on taking the other license makes it no plain choice
_CONDITION = lazy_pattern(
    r"\b(?:if|unless|provided|except|so\s+long\s+as|as\s+long\s+as|whose|who\s+(?:is|are)"
    # (not "bound only by the one you pick": the choice itself)
    r"|only(?!\s+by\s+(?:the\s+)?(?:one|option|licen[cs]e|terms)\b)"
    r"|non-?profits?|academic|students?|individuals?|personal)\b",
    re.IGNORECASE,
)
CHOICE_WORDS = _CHOICE  # for `document_choice`: the same words offer a choice of documents
CONDITION_WORDS = _CONDITION
_MAX_CHARS = 400  # a longer "sentence" is a run of clauses, no plain statement of choice


def offered_alternatives(
    files: Sequence[IdentifiedFile], concluded: LicenseMatch | None, db: LicenseDB
) -> tuple[list[IdentifiedFile], list[Finding]]:
    """The documents with those that offer themselves as an alternative to a license the model
    carries set aside, and a `license-choice` finding for each."""
    carried = _carried(files, concluded)
    if not carried:
        return list(files), []
    kept: list[IdentifiedFile] = []
    findings: list[Finding] = []
    for file, identity in files:
        own = identity.match.id.lower() if identity.match and identity.match.id else None
        offered = _offered(file.text or "", db, carried - {own} if own else carried)
        if offered is None:
            kept.append((file, identity))
            continue
        license_id, line, quote = offered
        findings.append(
            Finding(
                rule="license-choice",
                category=Category.LICENSE,
                severity=observed_severity("license-choice"),
                message=f"{file.path} offers itself as an alternative to {license_id}: its "
                f"terms bind whoever takes it, and the model was judged under {license_id}",
                evidence=(Evidence(file=file.path, line=line, text=quote),),
            )
        )
    return kept, findings


def _carried(files: Sequence[IdentifiedFile], concluded: LicenseMatch | None) -> set[str]:
    """The licenses the release carries: its concluded license (each of its options) and the
    license of each document identified as one."""
    found: set[str] = set()
    if concluded is not None and concluded.id:
        for option in license_options(concluded.id).options:
            found.update(key.lower() for key in option)
    for _, identity in files:
        match = identity.match
        if match is not None and match.id and match.method in _IDENTIFIED:
            found.add(match.id.lower())
    return found


_IDENTIFIED = frozenset({"text-exact", "text-similar", "spdx-identifier"})


def _offered(text: str, db: LicenseDB, carried: set[str]) -> tuple[str, int | None, str] | None:
    """(license, line, sentence) of the sentence offering the document as an alternative to a
    carried license; None when no sentence does."""
    lower = text.lower()
    if "licen" not in lower or not any(w in lower for w in _CUES):
        return None
    sentences = split_sentences(text)
    for index, sentence in enumerate(sentences):
        raw = " ".join(sentence.raw.split())
        joined = 1
        if raw.endswith(";") and index + 1 < len(sentences):  # "... one of the following; pick
            raw += " " + " ".join(sentences[index + 1].raw.split())  # whichever suits you:"
            joined = 2
        if len(raw) > _MAX_CHARS or not _CHOICE.search(raw) or not _SELF.search(raw):
            continue
        if _CONDITION.search(raw):
            continue
        # the options may follow as the items of a list the sentence opens ("... as you
        # prefer: (a) the Apache License, Version 2.0; or (b) the terms below")
        following = sentences[index + joined : index + joined + _ITEMS]
        options = [raw, *(" ".join(s.raw.split()) for s in following)]
        for option in options:
            if _CONDITION.search(option) and option is not raw:
                break
            named = sorted(key for key in named_by_name(option, db) if key.lower() in carried)
            if len(named) == 1:
                return named[0], sentence.line, raw[:200]
            if named:
                break
    return None


_ITEMS = 3  # the list items after a sentence opening a choice where its options are named


_CUES = ("whichever", "option", "choice", "choose", "elect", "select", "pick", "alternative")
