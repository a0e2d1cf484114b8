"""The terms of the result contract: their keys, kinds of value, and the typed mapping."""

from __future__ import annotations

from typing import TypedDict

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
