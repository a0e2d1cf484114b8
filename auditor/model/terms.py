"""The terms of the result contract: their keys, kinds of value, and the typed mapping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict, cast

from auditor.model.kinds import parse_kind

TERM_KEYS: tuple[str, ...] = (
    "kind",
    "commercial_use",
    "mau_threshold",
    "revenue_threshold_usd",
    "acceptable_use_policy_incorporated",
    "licensor_may_update_terms",
    "downstream_propagation",
    "output_use_restriction",
    "attribution_required",
    "naming_requirement",
    "patent_termination",
    "territorial_exclusions",
    "governing_law",
    "venue",
    "use_restrictions",
)
"""Every key `extract_terms` returns, in this order."""

BOOLEAN_KEYS: frozenset[str] = frozenset(
    {
        "acceptable_use_policy_incorporated",
        "licensor_may_update_terms",
        "downstream_propagation",
        "output_use_restriction",
        "attribution_required",
        "patent_termination",
    }
)
LIST_KEYS: frozenset[str] = frozenset({"territorial_exclusions", "use_restrictions"})


class Terms(TypedDict, total=False):
    """The terms that bind a model, as the result carries them (keys of TERM_KEYS).

    JSON-shaped on purpose: the result, the lockfile's terms digest and the policy's
    `terms.*` facts all read these keys. Empty when no license is known; a key that a text
    does not state is None (lists are empty, booleans false).
    """

    kind: str | None  # a LicenseKind word
    commercial_use: str | None  # allowed | restricted | prohibited
    mau_threshold: int | None
    revenue_threshold_usd: int | None
    acceptable_use_policy_incorporated: bool
    licensor_may_update_terms: bool
    downstream_propagation: bool
    output_use_restriction: bool
    attribution_required: bool
    naming_requirement: str | None
    patent_termination: bool
    territorial_exclusions: list[str]
    governing_law: str | None
    venue: str | None
    use_restrictions: list[str]


def as_terms(values: Mapping[str, object]) -> Terms:
    """Extracted, merged or stored term values as the typed mapping (a copy, keys unchanged).

    The one place untyped term values become `Terms`: the extractors and the lineage merge
    build them key by key from TERM_KEYS, and tests/model/test_terms.py holds the two equal.
    """
    return cast(Terms, dict(values))


def describe_term(key: str, value: object) -> str | None:
    """A sentence saying what a term's value means for the adopter; None when it says nothing."""
    if value is None or value is False or value == []:
        return None
    if key == "commercial_use":
        return {
            "allowed": "Commercial use is allowed.",
            "restricted": "Commercial use is allowed only under the conditions below.",
            "prohibited": "Commercial use is not allowed.",
        }.get(str(value), f"Commercial use: {value}.")
    if key == "mau_threshold" and isinstance(value, int):
        return (
            f"Products with more than {value:,} monthly active users need a separate license "
            "from the licensor."
        )
    if key == "revenue_threshold_usd" and isinstance(value, int):
        return f"Above USD {value:,} of annual revenue a separate license is needed."
    sentences = {
        "acceptable_use_policy_incorporated": "An acceptable-use policy is part of the license: "
        "breaking the policy breaks the license.",
        "licensor_may_update_terms": "The licensor may change the terms or the incorporated "
        "policy later; changes bind you.",
        "downstream_propagation": "The use restrictions must be passed on to everyone who "
        "receives the model or a derivative.",
        "output_use_restriction": "Outputs may not be used to train or improve other models.",
        "attribution_required": "Attribution is required when you distribute or display it.",
        "patent_termination": "The license ends for anyone who sues over patents or other "
        "rights in the model.",
    }
    if key in sentences:
        return sentences[key]
    if key == "naming_requirement":
        return f'Names of derivative models must begin with "{value}".'
    if key == "territorial_exclusions" and isinstance(value, list):
        return f"Rights are withheld for licensees in: {', '.join(map(str, value))}."
    if key == "governing_law":
        if value == "licensee-local":
            return "The governing law depends on where the licensee is."
        return f"Disputes are governed by the law of {value}."
    if key == "venue":
        return f"Disputes go to {value}."
    if key == "use_restrictions" and isinstance(value, list):
        return f"Prohibited uses: {', '.join(map(str, value))}."
    if key == "kind":
        kind = parse_kind(value)
        return f"Kind: {kind.words if kind is not None else value}."
    return f"{key.replace('_', ' ')}: {value}"
