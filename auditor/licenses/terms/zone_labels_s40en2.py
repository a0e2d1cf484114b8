"""A labelled line whose label names restricted uses: "Off limits: tracking people",
"Prohibited uses: weapons", "- Excluded fields: credit scoring". A card's table of terms read
as "- <row label>: <cell>" lines keeps the row's label only, so the label says what the value
is: a use the licence keeps out, as under a heading or column of that name (`ZONE_HEADING`).

A value saying there is nothing ("Restrictions: none", "Off limits: n/a") restricts nothing.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.list_items import ZONE_HEADING

__all__ = ["restricting_label"]

_LABELLED = lazy_pattern(
    r"^\W{0,3}([^:\n]{1,40}):\s+"
    r"(?!(?:none|no\b|nil\b|n/?a\b|not\s+applicable|nothing|-+\s*$))\S",
    re.IGNORECASE,
)


def restricting_label(text: str) -> bool:
    """Is `text` a value under a label naming restricted uses?"""
    labelled = _LABELLED.match(text)
    return labelled is not None and ZONE_HEADING.search(labelled.group(1).strip()) is not None
