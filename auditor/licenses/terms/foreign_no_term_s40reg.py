"""Welsh sentences stating no term of use, for `foreign_no_term`, read since Welsh is told apart
(session 40): a pointer to another file of the licence ("Gweler y ffeil NOTICE am yr amodau
enwi": see the NOTICE file for the naming conditions), whose terms are read where they stand.
A pointer holding a condition, a negation or a permission of its own is not one. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["states_no_term_s40reg"]

_FLAGS = re.IGNORECASE
# "see the file X (for the ... conditions / terms)": a file named in capitals or with its suffix
_CY_POINTER = lazy_pattern(
    r"^\W*(?:Gweler|Gwelwch)\s+(?:y\s+ffeil\s+|ffeil\s+)?[`\"“']?(?:[A-Z][A-Z_.-]{2,}|[\w.-]+"
    r"\.(?:md|txt))[`\"”']?(?:\s+am\s+(?:yr?\s+)?(?:amodau|telerau|manylion)(?:\s+\w+)?)?\W*$"
)
_CY_NARROW = lazy_pattern(r"\b(?:ni|nid|na|heb|oni|os|dim|caniatâd|ganiatâd|rhaid)\b", _FLAGS)


def states_no_term_s40reg(text: str) -> bool:
    """Whether a Welsh passage only points to another file of the licence."""
    return _CY_POINTER.search(text) is not None and _CY_NARROW.search(text) is None
