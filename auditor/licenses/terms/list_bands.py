"""Bands of a cap listed under a lead-in that names their measure (for `extract`): "6. Scale
of use (monthly active users of the product, any calendar month):" then "6.1 from 0 to 10,000:
no further step;", "6.2 from 10,001 to 100,000: register ...;", "6.3 above 100,000: not covered
by this licence; a separate written agreement is needed.". Each item is a figure and what
follows from it, its measure said once above: read alone, "above 100,000: not covered" names
no measure and no cap is read.

A sentence ending with a colon that names a cap's measure (monthly, weekly or daily active
users, users, revenue, turnover, downloads, devices) is a lead-in; each sentence right after
it opening (past its number) with a bound word and a figure ("from", "above", "over", "up to",
"below", "more than", "at least", "between", "X or more") is read with the measure's words in
front of it ("monthly active users above 100,000: not covered ..."), at its own place, for the
cap readers. The run ends at the first sentence that is no such item. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document

__all__ = ["with_list_measures"]

_MEASURE = lazy_pattern(
    r"\b(?:(?:monthly|weekly|daily)\s+active\s+(?:users|individuals|accounts)|(?:monthly|weekly"
    r"|daily)\s+users|MAU|DAU|(?:annual|yearly|gross|net)\s+(?:revenue|turnover|sales)|revenue"
    r"|turnover|(?:active\s+)?users|downloads|installations|devices)\b",
    re.IGNORECASE,
)
_NUMBER = r"(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|[ivx]+\)|[-*\u2022])\s+"
_BOUND = lazy_pattern(
    rf"^\W*(?:{_NUMBER})?(?P<body>(?:from|above|over|up\s+to|below|under|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|between|exceeding|beyond)\s+\S*\d[\s\S]*"
    r"|\S*\d[\d,.\s]*(?:[a-z]+\s+)?(?:or\s+(?:more|above|over|fewer|less|below)|\+)[\s\S]*)$",
    re.IGNORECASE,
)


def with_list_measures(doc: Document) -> Document:
    """`doc` with each item of a run of bands under a lead-in naming their measure read with
    that measure in front (the module's docstring); `doc` itself when there is none."""
    sentences = list(doc.sentences)
    changed = False
    measure: str | None = None
    for index, sentence in enumerate(sentences):
        text = sentence.text.rstrip()
        band = _BOUND.match(text) if measure else None
        if band is not None and measure is not None:
            said = f"{measure} {band.group('body')}"
            sentences[index] = replace(sentence, text=said, lower=said.lower())
            changed = True
            continue
        found = _MEASURE.search(text) if text.endswith(":") else None
        measure = found.group(0) if found else None
    if not changed:
        return doc
    return replace(doc, sentences=tuple(sentences), lower="\n".join(s.lower for s in sentences))
