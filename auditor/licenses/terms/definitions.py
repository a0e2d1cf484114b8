"""Defined terms read by their definitions: a grant "for the Approved Purpose" or "to each
Eligible Organisation" means what the definition of that term says, however far above it
stands ("1.4 "Approved Purpose" means any lawful purpose, whether commercial or not").

Only terms whose own words say nothing of the use or the licensee are resolved: a purpose,
use or class of licensee named by an opaque word ("Approved", "Permitted", "Eligible",
"Qualified"). A term carrying its meaning in its name ("Non-Commercial Use", "Research
Purpose", "Commercial Entity") is read as it stands, by the rules that read such words; a term
for a thing ("the Model", "Documentation") is no purpose and no licensee and stays as written.

A term naming only that its purposes are left out ("Excluded Purpose", "Restricted Use") is
read by its definition where the grant carves it out ("for any purpose other than an Excluded
Purpose"): the carve-out word keeps the exclusion, and the definition says what is excluded
(use in the course of a business, say); elsewhere it stands as written.

Each sentence using such a term after a preposition (outside the definitions themselves) is
read with the term, and the determiner before it, replaced by the definition's body ("for
any lawful purpose, whether commercial or not, ..."); it keeps its place, so it is quoted as
written. A definition whose body opens with such a term ('"You" means an Eligible
Institution that accepts this licence') is read the same way, so the licensee a license
defines by a class it defines elsewhere is read by what that class is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence, _classified

__all__ = ["defined_terms", "resolve_defined_terms"]

_QUOTED = r"[\"\u201c\u2018']([A-Z][^\"\u201d\u2019']{1,60})[\"\u201d\u2019']"
# '"X" means ...', '"X" or "Y" shall mean ...', 'X: means ...', "X means ..." (capitalised)
_DEFINED = lazy_pattern(
    r"^[^a-z\"\u201c\u2018]{0,12}(?:" + _QUOTED + r"(?:\s*\([^)]*\))?"
    r"(?:\s+or\s+[\"\u201c\u2018'][^\"\u201d\u2019']{1,60}[\"\u201d\u2019'])*"
    r"|((?:[A-Z][\w'-]*\s+){0,5}[A-Z][\w'-]*))"
    r"\s*:?\s*(?:means|shall\s+mean|refers?\s+to|is\s+defined\s+as)\s+(.{3,400}?)\s*\.?$"
)
# the term names a purpose or use, or a class of licensee
_HEAD = lazy_pattern(
    r"(?:purposes?|uses?|usage|fields?(?:\s+of\s+use)?|activit(?:y|ies)|organi[sz]ations?"
    r"|institutions?|entit(?:y|ies)|licensees?|users?|persons?|part(?:y|ies)|recipients?"
    r"|bod(?:y|ies)|members?)$",
    re.IGNORECASE,
)
# words that carry the term's meaning in its name: the term is read as it stands
_MEANINGFUL = lazy_pattern(
    r"commerc|research|profit|academ|educat|evaluat|personal|internal|scien|govern|charit"
    r"|universit|business|enterprise|corporat|compan|non\W?|public|private|individual|student"
    r"|teach|study|testing|production|end\W?user"
    # a purpose or use the term itself says is excluded or restricted ("Competing Use",
    # "Prohibited Use", "Harmful Purpose"): resolving it would drop the very word the rules
    # of competing, banned and restricted uses read
    r"|compet|prohibit|restrict|forbid|banned|harm|militar|weapon|surveil|exclu|high\W?risk",
    re.IGNORECASE,
)
# a term naming only that its purposes are left out ("Excluded Purpose", "Restricted Use"): read
# by its definition where the grant carves it out ("for any purpose other than an Excluded
# Purpose"), the carve-out word keeping the exclusion the term's name said
_EXCLUDING = lazy_pattern(r"\b(?:exclu|prohibit|restrict|forbid|banned|disallow|barred)\w*", re.I)
_CARVE_OUT = r"\b((?:other\s+than|except(?:\s+for)?|excluding|save\s+for|but\s+not\s+for)\s+)"
# the term in a slot of the clause: after a preposition ("for the Approved Purpose", "to each
# Eligible Organisation"), not as what a sentence says a thing is ("is never an Eligible ...")
_SLOT = r"\b((?:for|to|by|within|under|outside|beyond|other\s+than)\s+)"
# the term opening another definition's body ('"You" means an Eligible Institution ...')
_BODY = r"\b((?:means|shall\s+mean|refers?\s+to|is\s+defined\s+as)\s+(?:only\s+)?)"
_DETERMINER = r"(?:(?:the|a|an|any|each|every|all|such|such\s+an?)\s+)?"
_LEADING = lazy_pattern(r"^(?:collectively,?\s+)?", re.IGNORECASE)


def defined_terms(doc: Document, *, excluding: bool = False) -> dict[str, str]:
    """The opaque purpose and licensee terms the document defines -> their definitions'
    bodies (the first definition of a term); with `excluding`, the terms naming only that
    their purposes are left out (`_EXCLUDING`) instead."""
    terms: dict[str, str] = {}
    for sentence in doc.sentences:
        if not sentence.definition:
            continue
        match = _DEFINED.match(sentence.text)
        if match is None:
            continue
        term = (match.group(1) or match.group(2) or "").strip()
        body = _LEADING.sub("", match.group(3).strip().rstrip(".;,"))
        if not term or term in terms or not _HEAD.search(term):
            continue
        named = _MEANINGFUL.search(_EXCLUDING.sub(" ", term) if excluding else term)
        if not named and (not excluding or _EXCLUDING.search(term)):
            terms[term] = body
    return terms


def resolve_defined_terms(doc: Document) -> Document:
    """`doc` with each sentence (and clause) that uses an opaque defined term read with the
    term's definition in its place; `doc` itself when it defines none or uses none."""
    for slot, excluding in ((_SLOT, False), (_CARVE_OUT, True), (_BODY, False)):
        terms = defined_terms(doc, excluding=excluding)
        if not terms:
            continue
        names = sorted(terms, key=len, reverse=True)
        pattern = re.compile(
            slot + _DETERMINER + r"(" + "|".join(re.escape(n) for n in names) + r")s?\b"
        )
        in_body = slot == _BODY
        sentences = tuple(_resolved(s, pattern, terms, in_body) for s in doc.sentences)
        if sentences == doc.sentences:
            continue
        doc = Document(
            title=doc.title,
            sentences=sentences,
            clauses=tuple(_resolved(s, pattern, terms, in_body) for s in doc.clauses),
            lower="\n".join(s.lower for s in sentences),
        )
    return doc


def _resolved(
    sentence: Sentence, pattern: re.Pattern[str], terms: dict[str, str], in_body: bool = False
) -> Sentence:
    """`sentence` with the terms `pattern` finds replaced by their definitions: outside the
    definitions, or (`in_body`) only inside them, where another definition's body opens."""
    if sentence.definition != in_body or sentence.excluded:
        return sentence
    text = pattern.sub(lambda m: m.group(1) + terms[m.group(2)], sentence.text)
    if text == sentence.text:
        return sentence
    text, lower, prohibitive, excluded, _ = _classified(text)
    return replace(
        sentence,
        text=text,
        lower=lower,
        restrictive=sentence.restrictive or prohibitive,
        excluded=excluded,
    )
