"""A card that declares no license but defers to its base model's ("License: same as the
original model", `licenses/deferral.py`): the base's resolved license is the model's own.

Analysis notes the deferral (`license-deferred-to-base`, quoting the card's line) when the
model names no license of its own: no tag (or `other` / `unknown` with nothing behind it) and
no license file. After lineage, the note is settled: with every direct parent's license
resolved, that license (all of them, joined by AND, for several parents) becomes the model's
own license and the note says whose it is; otherwise the note becomes
`license-deferred-to-unresolved-base`, and the license stays unidentified (the policy's
`license-unidentified` still judges it). The license a deferral takes binds with its record's
terms: a non-commercial base makes the model non-commercial.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.declared import combine_matches
from auditor.licenses.deferral import is_deferral_name, read_base_deferral
from auditor.lineage.ancestors import RESOLVED
from auditor.model import Category, Finding, LicenseMatch, ModelResult

if TYPE_CHECKING:
    from auditor.lineage.resolve import Lineage
    from auditor.model import Evidence, LicenseFile, ParsedCard

DEFERRED_RULE = "license-deferred-to-base"
UNRESOLVED_RULE = "license-deferred-to-unresolved-base"
DEFERRED_METHOD = "card-defers-to-base"
DEFERRED_CONFIDENCE = 0.8  # the card's word and the base's license: as sure as a quantized copy
_NAMES_NONE = frozenset({"other", "unknown", "none", "no-license", "no license", "n/a", "tbd"})


def names_no_license(match: LicenseMatch | None) -> bool:
    """Whether the own license reading names no license at all (no tag, or `other` /
    `unknown` with no name, link or text behind it)."""
    if match is None:
        return True
    if match.id is not None or match.derived_from is not None:
        return False
    return match.name is None or match.name.strip().lower() in _NAMES_NONE


def names_deferral(match: LicenseMatch | None) -> bool:
    """Whether the declared name, identifying no license, is itself a deferral to the base
    ("license: other" with "license_name: same-as-base-model")."""
    return (
        match is not None
        and match.id is None
        and match.derived_from is None
        and match.name is not None
        and is_deferral_name(match.name)
    )


def deferral_findings(
    card: ParsedCard | None,
    card_path: str,
    match: LicenseMatch | None,
    files: Sequence[LicenseFile],
    declared: Evidence | None = None,
) -> list[Finding]:
    """Analysis: the note that the card defers its license to the base model, when the model
    names no license of its own (or names a deferral: `declared`, the declared fields quoted,
    is the evidence when the prose says nothing) and ships no license file; [] otherwise."""
    by_name = names_deferral(match)
    if card is None or files or not (by_name or names_no_license(match)):
        return []
    quote = read_base_deferral(
        card.body, path=card_path, first_line=card.body_line, bases=_metadata_bases(card)
    )
    if quote is None and by_name:
        quote = declared
    if quote is None:
        return []
    return [
        Finding(
            rule=DEFERRED_RULE,
            category=Category.LICENSE,
            severity=observed_severity(DEFERRED_RULE),
            message="the card declares no license of its own and defers to its base model's",
            evidence=(quote,),
            remediation="ask the publisher to declare the base model's license in the card's "
            "`license:` field",
        )
    ]


def _metadata_bases(card: ParsedCard) -> tuple[str, ...]:
    """The base models the card's metadata names (`base_model:`, a string or a list)."""
    value = card.metadata.get("base_model")
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(v.strip() for v in values if isinstance(v, str) and v.strip())


def with_deferred_base_license(model: ModelResult, lineage: Lineage) -> ModelResult:
    """After lineage: the base's license as the model's own when the card defers to it and
    every direct parent's license is resolved; else the deferral to an unresolved base said."""
    noted = next((f for f in model.findings if f.rule == DEFERRED_RULE), None)
    if noted is None:
        return model
    parents = [a for a in lineage.ancestors if a.depth == 1]
    licenses: dict[str, LicenseMatch] = {}
    for parent in parents:
        if parent.resolved_by in RESOLVED and parent.license is not None and parent.license.id:
            licenses.setdefault(parent.license.id, parent.license)
    refs = ", ".join(a.ref for a in parents)
    resolved = bool(parents) and all(
        a.resolved_by in RESOLVED and a.license is not None and a.license.id for a in parents
    )
    if not resolved:
        why = (
            f"the license of its base ({refs}) could not be resolved"
            if parents
            else "it names no base model"
        )
        settled = replace(
            noted,
            rule=UNRESOLVED_RULE,
            severity=observed_severity(UNRESOLVED_RULE),
            message=f"the card defers the model's license to its base model, but {why}: the "
            "model's license is unknown",
            remediation="find the base model the card means and its license, then record the "
            "concluded license with legal's review",
        )
        return _with_finding(model, noted, settled)
    found = list(licenses.values())
    joined = found[0] if len(found) == 1 else combine_matches(found, "AND", DEFERRED_METHOD)
    own = model.license
    if own is None or own.id is None:
        confidence = min(joined.confidence, DEFERRED_CONFIDENCE)
        model = replace(
            model, license=replace(joined, method=DEFERRED_METHOD, confidence=confidence)
        )
    settled = replace(
        noted,
        message=f"the card declares no license of its own and defers to its base model's: "
        f"{refs}, under {joined.name or joined.id}, whose license is the model's own",
    )
    return _with_finding(model, noted, settled)


def _with_finding(model: ModelResult, old: Finding, new: Finding) -> ModelResult:
    findings = tuple(new if f is old else f for f in model.findings)
    return replace(model, findings=findings)
