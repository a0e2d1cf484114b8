"""The English reading a prevailing other-language version overrules, for `foreign_merge`.

A bilingual licence whose own clause makes its other-language version prevail ("本协议以中文版本为
准") binds by that version: where the prevailing version grants commercial use and the English
translation confines the licence to non-commercial or research use, the kind and the
commercial-use restriction the English rules inferred from the translation bind not (the
commercial-use term itself is already the prevailing version's, `foreign_merge`). The
disagreement stays reported (`foreign_findings`). Nothing is widened unless the prevailing
version itself states commercial use allowed. Pure.
"""

from __future__ import annotations

from auditor.licenses.terms.extract import ExtractedTerm

__all__ = ["without_overruled"]

_CONFINED_KINDS = frozenset({"non-commercial", "research-only"})
_COMMERCIAL_TAG = "commercial-use"


def without_overruled(
    merged: dict[str, ExtractedTerm], prevailing: dict[str, object]
) -> dict[str, ExtractedTerm]:
    """`merged` without the English confinement to non-commercial use, when the prevailing
    version's reading (`prevailing`, its term values) allows commercial use."""
    if prevailing.get("commercial_use") != "allowed":
        return merged
    out = dict(merged)
    kind = out.get("kind")
    if kind is not None and kind.value in _CONFINED_KINDS and "kind" not in prevailing:
        out["kind"] = ExtractedTerm(None)
    restrictions = out.get("use_restrictions")
    if (
        restrictions is not None
        and isinstance(restrictions.value, list)
        and _COMMERCIAL_TAG in restrictions.value
        and "use_restrictions" not in prevailing
    ):
        kept = [tag for tag in restrictions.value if tag != _COMMERCIAL_TAG]
        out["use_restrictions"] = ExtractedTerm(kept, restrictions.evidence if kept else ())
    return out
