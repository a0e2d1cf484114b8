"""The term keys of the result contract, in a module light enough to import anywhere."""

from __future__ import annotations

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
