"""A table column whose header is a clause its cells complete, for `tables.row_text`: "Who
may not take a licence" over "organisations seated in Freedonia" reads "organisations seated in
Freedonia may not take a licence."; "Excluded licensees" over it reads "Excluded licensees:
organisations seated in Freedonia". A column of what follows past a row's limit ("Above the
limit", "If exceeded", "Beyond that figure") over "a separate licence is required" reads "Above
the limit: a separate licence is required.", the limit being the row's figure. Without the
header, the cell alone states no term."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["asked_cell"]

_WHO_HEADER = lazy_pattern(
    r"^\W*who\s+(?P<predicate>(?:is|are|may|must|can|cannot|shall|needs?|gets?|has|have|does"
    r"|do)\b.*?)[\s?:.]*$",
    re.IGNORECASE,
)
_EXCLUDING_HEADER = lazy_pattern(
    r"\b(?:excluded|barred|ineligible|not\s+(?:licensed|eligible|covered|permitted|allowed))\b"
    r"|\b(?:exclusions?|restricted\s+(?:licensees|regions|countries|territories))\b",
    re.IGNORECASE,
)
_NOBODY = lazy_pattern(
    r"^\W*(?:no\s*one|nobody|none|no(?:\s+\w+)?\s+(?:is\s+)?excluded|n/?a|-+|\u2014)\b",
    re.IGNORECASE,
)
_PAST_LIMIT_HEADER = lazy_pattern(
    r"^\W*(?:(?:above|over|beyond|past|exceeding|after)\s+(?:the|that|this|each|a)?\s*"
    r"(?:limits?|caps?|thresholds?|ceilings?|maximum|figures?|numbers?)"
    r"|(?:if|when|once)\s+(?:the\s+(?:limit|cap|threshold|ceiling)\s+is\s+)?"
    r"(?:exceeded|passed|crossed|reached|surpassed)"
    r"|(?:consequences?|what\s+happens)\s+(?:above|over|beyond|past|if\s+exceeded|when\s+exceeded"
    r"|of\s+exceeding)(?:\s+(?:the|it))?(?:\s+(?:limit|cap|threshold))?)\W*$",
    re.IGNORECASE,
)
"""A column header naming what follows once a row's limit is passed."""


def asked_cell(column: str, cell: str) -> str | None:
    """A cell read with the column header that says what it is about, when the header is a
    clause its cells complete: "Who may not take a licence" over "organisations seated in the
    EU" is "organisations seated in the EU may not take a licence."; "Excluded licensees" over
    it is "Excluded licensees: ...". A cell answering none ("nobody", "n/a") states nothing."""
    text = cell.strip()
    if not text or _NOBODY.match(text):
        return None
    who = _WHO_HEADER.match(column)
    if who is not None:
        return f"{text.rstrip('.;, ')} {who.group('predicate')}."
    if _PAST_LIMIT_HEADER.match(column):  # "If exceeded", "Beyond that figure": one meaning
        return f"Above the limit: {text}"
    if _EXCLUDING_HEADER.search(column):
        return f"{column.strip().rstrip(':')}: {text}"
    return None
