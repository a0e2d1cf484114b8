"""Clause-rule shapes anchored at a sentence's start, let past its list marker (for
`clause_rules`)."""

from __future__ import annotations

# A sentence's list marker or clause number ("1. ", "2.1 ", "(a) ", "- "), as
# `text.segment.LIST_MARKER` reads it: a shape anchored at the sentence's start ("^ ... may use
# ... commercially", no negation before the verb) reads the words after it, since sentences
# keep their numbers for quoting.
_MARKER = (
    r"(?:\s*(?:[-*\u2022\u00b7]|\(?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|\(?[a-zA-Z][.)]"
    r"|\(?[ivxlIVXL]{1,6}[.)]|\([a-zA-Z0-9]{1,5}\)"
    r"|(?i:section|clause|article|part|paragraph|schedule|§)\s*[\dA-Za-z]{1,4}(?:\.\d{1,3})*[.:)]?)\s+)?"
)


def past_marker(shape: str, multiline: bool = False) -> str:
    """A shape anchored at the start of a sentence, let past the sentence's list marker (a
    multiline rule's `^` is a line's start: it stays)."""
    return "^" + _MARKER + shape[1:] if shape.startswith("^") and not multiline else shape
