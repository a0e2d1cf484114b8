"""The terms in words: a sentence saying what each term's value means for the adopter."""

from __future__ import annotations

from collections.abc import Mapping

from auditor.model.kinds import parse_kind
from auditor.model.terms import CLAUSE_KEYS

__all__ = ["describe_term"]


_UNIT_WORDS = {
    "mau": "monthly active users",
    "dau": "daily active users",
    "wau": "weekly active users",
    "monthly-visits": "visits per month",
    "requests": "requests or calls to the model",
    "devices": "devices",
    "employees": "employees",
    "users": "users",
}
_CONDITION_WORDS = {
    "registration": "registering with the licensor first",
    "attribution-display": "showing a credit to the licensor in the product",
    "written-permission": "the licensor's prior permission",
    "separate-license": "a separate license from the licensor",
    "separate-license-for-some-licensees": (
        "a separate license for licensees running the kind of business the clause names"
    ),
    "separate-license-for-model-service": (
        "a separate license for licensees offering the model itself to others as a service or API"
    ),
    "separate-license-above-threshold": "a separate license beyond a cap on users or revenue",
}
_SCOPE_WORDS = {
    "with-product-only": "use together with a named product or framework",
    "personal": "personal use",
    "evaluation": "evaluation",
    "non-production": "non-production use",
    "research": "research",
    "research-by-anyone": "research or evaluation, whoever does it (companies included)",
    "internal-use-by-anyone": (
        "internal use by the organization itself, whoever it is (commercial use being only "
        "offering the model or a service on it to others)"
    ),
    "no-third-party-service": "use without offering the model to others as a hosted service or API",
    "no-hosting-use": (
        "use in applications and products, not offering the model itself to others as an API or "
        "managed instance"
    ),
    "no-adaptation-sharing": (
        "sharing the work unchanged (adaptations such as fine-tuned weights may be made but not "
        "shared)"
    ),
    "no-competing-use": "use outside products or services that compete with the licensor's",
    "non-commercial-organizations": (
        "use by non-commercial organizations (universities, non-profits, research institutes, "
        "government bodies), not by or for companies"
    ),
}


def _describe_clause(key: str, clause: object) -> str:
    if not isinstance(clause, Mapping):
        return str(clause)
    regions = ", ".join(map(str, clause.get("regions") or [])) or "unnamed places"
    models = " multimodal" if clause.get("models") in ("multimodal", "none") else ""
    if clause.get("within"):  # the only places licensed
        whom = "licensees domiciled" if key == "excluded_licensee_domiciles" else "use"
        text = f"Rights to the{models} models only for {whom} in: {regions}."
    elif key == "excluded_licensee_domiciles":
        text = f"No rights to the{models} models for licensees domiciled in: {regions}."
    else:
        text = f"The{models} models may not be used in: {regions}."
    if "end-users" in (clause.get("exempts") or []):
        text += " End users of a product built on them are not affected."
    if clause.get("models") == "none":
        text += " The release includes no multimodal model, so the clause binds none."
    return text


_COUNTS_WORDS = {
    "licensee": " (the licensee's own)",
    "licensee-and-affiliates": " (the licensee and its affiliates counted together)",
}
_MEASURED_WORDS = {
    "release-date": ", as counted in the calendar month before the version's release date,",
    "any-time": ", at any time,",
}


def _cap_scope(cap: Mapping[str, object]) -> str:
    """Whom a cap counts, when, and which use it binds, in words ("" when the text does not
    say)."""
    applies = " in commercial use" if cap.get("applies_to") == "commercial-use" else ""
    return (
        _COUNTS_WORDS.get(str(cap.get("counts")), "")
        + _MEASURED_WORDS.get(str(cap.get("measured")), "")
        + applies
    )


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
    if key == "commercial_use_conditions" and isinstance(value, list):
        words = "; ".join(_CONDITION_WORDS.get(str(item), str(item)) for item in value)
        return f"Commercial use is subject to: {words}."
    if key == "mau_threshold" and isinstance(value, int):
        return (
            f"Products with more than {value:,} monthly active users need a separate license "
            "from the licensor."
        )
    if key == "revenue_threshold_usd" and isinstance(value, int):
        return f"Above USD {value:,} of annual revenue a separate license is needed."
    if key == "user_threshold" and isinstance(value, dict):
        unit = _UNIT_WORDS.get(str(value.get("unit")), str(value.get("unit")))
        return (
            f"Above {_number(value.get('count'))} {unit}{_cap_scope(value)} a separate license "
            "is needed."
        )
    if key == "revenue_threshold" and isinstance(value, dict):
        measure = "funding raised" if value.get("measure") == "funding" else "revenue"
        period = {"month": " per month", "year": " per year"}.get(str(value.get("period")), "")
        return (
            f"Above {value.get('currency')} {_number(value.get('amount'))} of {measure}{period}"
            f"{_cap_scope(value)} a separate license is needed."
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
        return f"Territories named by a territorial clause: {', '.join(map(str, value))}."
    if key in CLAUSE_KEYS and isinstance(value, list):
        return " ".join(_describe_clause(key, clause) for clause in value) or None
    if key == "governing_law":
        if value == "licensee-local":
            return "The governing law depends on where the licensee is."
        return f"Disputes are governed by the law of {value}."
    if key == "venue":
        return f"Disputes go to {value}."
    if key == "use_restrictions" and isinstance(value, list):
        return f"Prohibited uses: {', '.join(map(str, value))}."
    if key == "excluded_licensee_types" and isinstance(value, list):
        kinds = ", ".join(map(str, value))
        return f"No rights for licensees of these kinds (unless the licensor agrees): {kinds}."
    if key == "kind":
        kind = parse_kind(value)
        return f"Kind: {kind.words if kind is not None else value}."
    return f"{key.replace('_', ' ')}: {value}"
