"""A class of licensees bounded from above and granted what the licence otherwise withholds:
'"Small Enterprise" means a licensee whose annual turnover is below R500 000 000' with "2.2
Notwithstanding 2.1, a Small Enterprise may make Commercial Use of the Model" beside "2.1 ... for
any purpose other than Commercial Use". That is a cap: commercial use is licensed up to the bound
and not past it, the mirror of a class bounded from below that a clause restricts
(`thresholds.class_caps`). The licence's general carve-out of commercial use is then the cap's
consequence for the licensees past the bound, not a ban on every licensee.

A definition bounds its class from above when it compares with a ceiling ("below", "under",
"less than", "up to", "or less", "does not exceed") and with no floor; a clause grants the class
commercial use when it names the defined term and says it may (can, is permitted to, is
licensed to) make commercial use, with no negation. Pure functions on a parsed document.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["granting_clause", "grants_bounded_class", "lifted_bans"]

_CEILING = lazy_pattern(
    r"\b(?:below|under|less\s+than|fewer\s+than|lower\s+than|no\s+more\s+than|not\s+(?:more\s+than"
    r"|exceeding|above|over)|(?:does|do|did)\s+not\s+exceed|up\s+to|at\s+most|a\s+maximum\s+of"
    r"|or\s+(?:less|fewer|below|under|lower))\b",
    re.IGNORECASE,
)
_FLOOR = lazy_pattern(
    r"\b(?:more\s+than|greater\s+than|higher\s+than|over|above|exceed(?:s|ing|ed)?|in\s+excess\s+of"
    r"|at\s+least|or\s+(?:more|above|over|higher))\b",
    re.IGNORECASE,
)
_GRANTS_COMMERCIAL = lazy_pattern(
    r"\b(?:may|can|(?:is|are)\s+(?:permitted|allowed|free|entitled|licensed|authori[sz]ed)\s+to"
    r"|(?:is|are)\s+(?:granted|given|licensed))\b[^.;]{0,80}?\bcommercial(?:ly)?\b",
    re.IGNORECASE,
)
_NEGATED = lazy_pattern(r"\b(?:not|never|cannot|no)\b|n't\b", re.IGNORECASE)


def bounded_from_above(definition: str) -> bool:
    """Does the definition bound its class by a ceiling ("below", "or less") and no floor?"""
    if _CEILING.search(definition) is None:
        return False
    return _FLOOR.search(_CEILING.sub(" ", definition)) is None


def granting_clause(doc: Document, definition: Sentence, term: re.Pattern[str]) -> Sentence | None:
    """The clause granting commercial use to the class `definition` bounds from above (its
    defined term matched by `term`), or None."""
    if not bounded_from_above(definition.text):
        return None
    for sentence in doc.sentences:
        if sentence.definition or sentence.excluded:
            continue
        used = term.search(sentence.text)
        grant = _GRANTS_COMMERCIAL.search(sentence.text, used.start()) if used else None
        if grant is not None and _NEGATED.search(grant.group(0)) is None:
            return sentence
    return None


_WHOSE = lazy_pattern(
    r"\b(?:licensees?|organi[sz]ations?|compan(?:y|ies)|entit(?:y|ies)|business(?:es)?|you)\b"
    r"[^.;]{0,20}?\b(?:whose|with|having|that\s+(?:has|have)|which\s+(?:has|have))\b",
    re.IGNORECASE,
)


def grants_bounded_class(sentence: Sentence) -> bool:
    """Does a cap's own sentence grant commercial use to the licensees under its bound ("a
    licensee whose annual revenue is below US$5M may also use the Model for commercial
    purposes")? The class is defined in the sentence instead of a definition; the licence's
    general carve-out is then the cap's consequence past the bound, as for a defined class."""
    text = sentence.text
    subject = _WHOSE.search(text)
    if subject is None or not bounded_from_above(text):
        return False
    grant = _GRANTS_COMMERCIAL.search(text, subject.end())
    return grant is not None and _NEGATED.search(grant.group(0)) is None


def lifted_bans(doc: Document, granted: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The licence's general carve-outs of commercial use ("for any purpose other than
    Commercial Use") and its bans deferring to another clause ("Except as Section 3 allows, you
    may not use it for commercial purposes"), when `granted` (clauses granting a class bounded
    from above commercial use) lift them for that class: they are the cap's consequence past
    the bound."""
    if not granted:
        return ()
    carve_out = clause_pattern("commercial_use/non-commercial-only")
    return tuple(
        sentence
        for sentence in doc.sentences
        if sentence not in granted
        and not sentence.definition
        and not sentence.excluded
        and (carve_out.search(sentence.text) or _DEFERS.search(sentence.text))
    )


# a ban on commercial use that defers to another clause of the licence ("Except as Section 3
# allows, you may not use the weights for commercial purposes"): the clause it defers to is the
# grant to the class, so the ban is that grant's consequence past its bound
_DEFERS = lazy_pattern(
    r"\b(?:except\s+as|save\s+as|other\s+than\s+as|subject\s+to|unless\s+(?:otherwise\s+)?"
    r"(?:permitted|allowed|provided)\s+(?:in|by|under))\b[^.;]{0,40}?\b(?:section|clause"
    r"|paragraph|article|§)\s*\d[^.;]{0,120}?\bcommercial",
    re.IGNORECASE,
)
