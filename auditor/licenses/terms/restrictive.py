"""What a document that is not a license says that restricts (a NOTICE, a note, the card's
prose beside a license file): every term but a commercial use it allows, an open kind, and a law
it only mentions (`model_terms`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.judge_text import STANDARD_KINDS

__all__ = ["restrictions_only"]


def restrictions_only(terms: Mapping[str, ExtractedTerm]) -> dict[str, ExtractedTerm]:
    """What a document that is not a license says that restricts: no 'allowed', no open kind."""
    kept = dict(terms)
    if kept["commercial_use"].value == "allowed":
        kept["commercial_use"] = ExtractedTerm(None)
    if kept["kind"].value in STANDARD_KINDS or kept["kind"].value is None:
        kept["kind"] = ExtractedTerm(None)
    for key in ("governing_law", "venue"):
        if not any(_OWN_TERMS.search(e.text or "") for e in kept[key].evidence):
            kept[key] = ExtractedTerm(None)  # a notice's mention of a law is not the license's
    return kept


# A law clause about the document itself ("This Agreement is governed by ...", "本协议适用 ..."):
# the document's own terms, whatever else it is.
_OWN_TERMS = lazy_pattern(
    r"\b(?:this|these)\s+(?:agreement|licen[cs]e|terms)\b|本(?:协议|许可|條款|条款)",
    re.IGNORECASE,
)
