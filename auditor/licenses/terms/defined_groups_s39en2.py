"""A cap counting a term the licence defines as the licensee's group, in English: "while
Licensee's Products have no more than 3,000,000 monthly active users" beside "Licensee's
Products: every product or service offered by the Licensee or by any of its Affiliates, counted
together". The cap's sentence names no affiliate, so `caps.cap_scope` would read a cap counting
the licensee alone; the definition says the count takes in the affiliates. So a defined term
whose definition counts the licensee's affiliates with it (`caps/affiliates`, not one leaving
them out: `caps/affiliates-excluded`), used beside a comparison in a sentence holding a
figure, is read with "(with those of its affiliates)" after it; the sentence keeps its place
and is quoted as written. A term naming affiliates itself ("Affiliate") is left as it is.

A definition is '"X" means ...', "X means ..." or a keyed line "X: ..." (a definitions file of
"**X**: meaning" entries reads so). Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.sentences import Document
from auditor.licenses.terms.substitute import substituted

__all__ = ["group_terms", "with_defined_groups"]

_TERM = r"((?:[A-Z][\w'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*)"
_DEFINITION = lazy_pattern(
    r"^[^A-Za-z\"\u201c\u2018]{0,12}(?:[\"\u201c\u2018']"
    + _TERM
    + r"[\"\u201d\u2019']|"
    + _TERM
    + r")\s*(?:(?:::?|[\u2013\u2014])\s*|:?\s*(?:means|shall\s+mean|refers?\s+to"
    r"|is\s+defined\s+as|includes)\s+)(.{10,400}?)\s*\.?$"
)
_COMPARED = (
    r"\b(?:goes|go|rises?|climbs?|grows?|is|are|has|have|exceeds?|exceeding|passes|tops|reaches"
    r"|hits|surpasses|above|over|beyond|more\s+than|fewer\s+than|less\s+than|under|below|within"
    r"|at\s+most|up\s+to)\b"
)
_FIGURE = lazy_pattern(r"\d")
_ADDED = " (with those of its affiliates)"


def group_terms(doc: Document) -> tuple[str, ...]:
    """The terms `doc` defines as counting the licensee's affiliates with it, longest first."""
    named = clause_pattern("caps/affiliates")
    left_out = clause_pattern("caps/affiliates-excluded")
    found: set[str] = set()
    for sentence in doc.sentences:
        match = _DEFINITION.match(sentence.text)
        if match is None:
            continue
        term = (match.group(1) or match.group(2) or "").strip()
        body = match.group(3)
        if not term or "affiliat" in term.lower() or named.search(term):
            continue
        if named.search(body) and not left_out.search(body):
            found.add(term)
    return tuple(sorted(found, key=len, reverse=True))


def with_defined_groups(doc: Document) -> Document:
    """`doc` with each group term used beside a comparison in a sentence holding a figure read
    with its affiliates counted; `doc` itself when it defines none or uses none so."""
    terms = group_terms(doc)
    if not terms:
        return doc
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b(?=[^.;]{0,80}?" + _COMPARED + ")"
    )
    named = clause_pattern("caps/affiliates")
    return substituted(
        doc,
        pattern,
        lambda m: m.group(1) + _ADDED,
        skip=lambda s: (
            _DEFINITION.match(s.text) is not None
            or not _FIGURE.search(s.text)
            or named.search(s.text) is not None
        ),
    )
