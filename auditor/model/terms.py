"""The terms of the result contract: their keys, kinds of value, and the typed mapping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict, cast

from auditor.model.kinds import parse_kind

TERM_KEYS: tuple[str, ...] = (
    "kind",
    "commercial_use",
    "use_scope",
    "mau_threshold",
    "revenue_threshold_usd",
    "user_threshold",
    "revenue_threshold",
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
LIST_KEYS: frozenset[str] = frozenset({"use_scope", "territorial_exclusions", "use_restrictions"})
THRESHOLD_KEYS: frozenset[str] = frozenset({"user_threshold", "revenue_threshold"})
"""Terms whose value is a mapping (a cap with its unit); the lowest wins across a lineage."""

USE_SCOPES: tuple[str, ...] = (
    "with-product-only",
    "personal",
    "evaluation",
    "non-production",
    "research",
)
"""The words of `use_scope`: what the grant is confined to."""
PRODUCTION_BARRED_SCOPES: frozenset[str] = frozenset(
    {"personal", "evaluation", "non-production", "research"}
)
"""Use scopes that rule out production commercial use."""

USER_UNITS: tuple[str, ...] = ("mau", "dau", "monthly-visits", "devices", "users")
"""Units of `user_threshold.count`."""
REVENUE_PERIODS: tuple[str, ...] = ("month", "year")
REVENUE_MEASURES: tuple[str, ...] = ("revenue", "funding")


class UserThreshold(TypedDict):
    """A cap on users or devices above which the license no longer suffices."""

    count: int
    unit: str  # a USER_UNITS word


class RevenueThreshold(TypedDict):
    """A cap on money (revenue or funding raised) above which the license no longer suffices."""

    amount: int
    currency: str  # ISO 4217 code (USD, EUR, GBP, CNY, JPY, ...)
    period: str | None  # month | year; None when the text does not say
    measure: str  # revenue | funding


class Terms(TypedDict, total=False):
    """The terms that bind a model, as the result carries them (keys of TERM_KEYS).

    JSON-shaped on purpose: the result, the lockfile's terms digest and the policy's
    `terms.*` facts all read these keys. Empty when no license is known; a key that a text
    does not state is None (lists are empty, booleans false).
    """

    kind: str | None  # a LicenseKind word
    commercial_use: str | None  # allowed | restricted | prohibited
    use_scope: list[str]  # USE_SCOPES words
    mau_threshold: int | None  # user_threshold.count when its unit is MAU
    revenue_threshold_usd: int | None  # revenue_threshold.amount for a USD revenue cap per year
    user_threshold: UserThreshold | None
    revenue_threshold: RevenueThreshold | None
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


_UNIT_WORDS = {
    "mau": "monthly active users",
    "dau": "daily active users",
    "monthly-visits": "visits per month",
    "devices": "devices",
    "users": "users",
}
_SCOPE_WORDS = {
    "with-product-only": "use together with a named product or framework",
    "personal": "personal use",
    "evaluation": "evaluation",
    "non-production": "non-production use",
    "research": "research",
}


def _number(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


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
    if key == "user_threshold" and isinstance(value, dict):
        unit = _UNIT_WORDS.get(str(value.get("unit")), str(value.get("unit")))
        return f"Above {_number(value.get('count'))} {unit} a separate license is needed."
    if key == "revenue_threshold" and isinstance(value, dict):
        measure = "funding raised" if value.get("measure") == "funding" else "revenue"
        period = {"month": " per month", "year": " per year"}.get(str(value.get("period")), "")
        return (
            f"Above {value.get('currency')} {_number(value.get('amount'))} of {measure}{period} "
            "a separate license is needed."
        )
    if key == "use_scope" and isinstance(value, list):
        words = ", ".join(_SCOPE_WORDS.get(str(item), str(item)) for item in value)
        return f"The license covers only: {words}."
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
