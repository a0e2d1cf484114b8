"""A further license asked of "any other commercial use" after a grant to a class of products a
definition bounds by a cap alone, in English, for `commercial_conditions`: '"Qualifying
Product" means a product or service that has no more than 20,000 daily active users' beside
"you may use the Model in Qualifying Products, commercial ones included. Any other commercial
use needs a separate licence". The other commercial use is use in a product past the cap: the
further license is the cap's consequence (`separate-license-above-threshold`), not one asked of
every commercial licensee. A class bounded by more than the cap ("a mobile app with no more
than ...") leaves other commercial uses outside it, so the further license stays as read.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Sentence

__all__ = ["residual_beyond_cap"]

_RESIDUAL = lazy_pattern(
    r"\b(?:any|all|every)\s+other\s+commercial\s+(?:uses?|usage|exploitation|deployments?)\b"
    r"|\bcommercial\s+(?:uses?|usage)\s+(?:beyond|outside)\s+(?:that|this|it|them|those)\b",
    re.IGNORECASE,
)
_THING = r"(?:products?|services?|applications?|apps?|offerings?|deployments?|systems?)"
_GENERIC_CLASS = lazy_pattern(
    rf"\b(?:means|is|are)\s+(?:a|an|any)\s+{_THING}(?:\s+(?:or|and)\s+{_THING})?,?\s+"
    r"(?:that|which|with|whose|having)\b",
    re.IGNORECASE,
)


def residual_beyond_cap(further: Sequence[Sentence], caps: Sequence[Sentence]) -> bool:
    """Is every sentence asking a further license (`further`) one asking it of the commercial
    use other than the granted one, and every cap (`caps`) a class of products defined by the
    cap alone? Then the further license is asked past the cap."""
    return (
        bool(further)
        and bool(caps)
        and all(_RESIDUAL.search(s.text) for s in further)
        and all(_GENERIC_CLASS.search(s.text) for s in caps)
    )
