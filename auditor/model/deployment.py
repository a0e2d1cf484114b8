"""The deployment a model serves and the waivers it holds: the words manifest and policy share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

DATA_CLASSES = ("phi", "personal-data", "special-category", "confidential", "public")
DISTRIBUTIONS = ("internal", "saas", "on-device", "redistribute-weights", "research")
HOSTING = ("self-hosted", "api")
COMMERCIAL_DISTRIBUTIONS = frozenset({"saas", "on-device", "redistribute-weights"})
ORGANIZATION_TYPES = ("company", "non-profit", "academic", "government")
DEFAULT_ORGANIZATION_TYPE = "company"
"""A manifest that does not say is read as a company's: the reading that never passes a
non-commercial license for internal use by mistake."""


def is_commercial(distribution: object, organization_type: object) -> bool | None:
    """Whether the deployment is commercial use; None when the distribution is not known.

    Selling, serving or shipping the model is commercial for anyone. A company's internal use
    is commercial too (non-commercial and research-only licenses do not cover it); research
    stays research, and a non-profit, academic or government body's internal use does not
    count as commercial.
    """
    if distribution is None:
        return None
    if distribution in COMMERCIAL_DISTRIBUTIONS:
        return True
    kind = organization_type or DEFAULT_ORGANIZATION_TYPE
    return distribution == "internal" and kind == "company"


ART5_PRACTICES = (
    "social-scoring",
    "manipulation",
    "exploit-vulnerable-groups",
    "predictive-policing",
    "facial-scraping",
    "emotion-recognition-workplace",
    "biometric-categorisation",
    "realtime-remote-biometric-id",
)
ANNEX_III_AREAS = (
    "biometrics",
    "critical-infrastructure",
    "education",
    "employment",
    "essential-services",
    "law-enforcement",
    "migration-border",
    "justice-democracy",
)
OTHER_USE_CASES = (
    "chatbot",
    "content-generation",
    "medical-advice",
    "medical-triage",
    "legal-advice",
    "financial-advice",
    "military",
    "surveillance",
    "distillation",
    "general-assistant",
    "code-generation",
    "internal-analytics",
    "credit-scoring",
    "insurance-pricing",
    "emotion-recognition",
    "deepfake-generation",
    "synthetic-training-data",
    "research",
)
USE_CASES = ART5_PRACTICES + ANNEX_III_AREAS + OTHER_USE_CASES

ANNEX_III_POINTS = {
    "biometrics": "1: remote biometric identification and biometric categorisation",
    "emotion-recognition": "1(c): emotion recognition",
    "critical-infrastructure": "2: safety components of critical infrastructure",
    "education": "3: education and vocational training",
    "employment": "4: employment and workers management",
    "essential-services": "5: access to essential private and public services and benefits",
    "credit-scoring": "5(b): creditworthiness and credit scoring",
    "insurance-pricing": "5(c): risk assessment and pricing in life and health insurance",
    "medical-triage": "5(d): emergency healthcare patient triage",
    "law-enforcement": "6: law enforcement",
    "migration-border": "7: migration asylum and border control management",
    "justice-democracy": "8: administration of justice and democratic processes",
}
"""The use cases in an EU AI Act Annex III area, each with the point that names it: a system
used for one is high-risk (Art. 6(2)). Emotion recognition at work or in education is an
Art. 5 practice instead; insurance pricing is listed whole although point 5(c) names only life
and health insurance (the reading that never misses a high-risk use)."""


def annex_iii_citations(use_cases: object) -> list[str]:
    """`medical-triage (Annex III point 5(d): emergency healthcare patient triage)` for each
    declared use case in an Annex III area, in the order declared (no commas inside: a
    message joins the list with them)."""
    if not isinstance(use_cases, list | tuple):
        return []
    return [
        f"{case} (Annex III point {ANNEX_III_POINTS[case]})"
        for case in dict.fromkeys(use_cases)
        if isinstance(case, str) and case in ANNEX_III_POINTS
    ]


# EU member states: a domicile or region in one of them is also in the EU (and the EEA).
EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
EEA_ONLY = frozenset({"IS", "LI", "NO"})


@dataclass(frozen=True, slots=True)
class Deployment:
    """Who uses the model and how: the manifest's organization and deployment for one model."""

    organization: Mapping[str, str] = field(default_factory=dict)
    fields: Mapping[str, object] = field(default_factory=dict)
    hosting: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Waiver:
    """An approved exception to one rule for one model, until a date."""

    rule: str
    model: str
    reason: str
    approved_by: str
    expires: date
    revision: str | None = None
    ticket: str | None = None
    line: int | None = None


def region_codes(codes: object) -> list[str]:
    """Expand region codes: a member state adds EU and EEA, EU adds EEA; sorted, unique."""
    found: set[str] = set()
    for code in codes if isinstance(codes, list) else [codes]:
        if not isinstance(code, str):
            continue
        upper = code.upper()
        found.add(upper)
        if upper in EU_MEMBERS:
            found |= {"EU", "EEA"}
        elif upper == "EU" or upper in EEA_ONLY:
            found.add("EEA")
    return sorted(found)


def judged_under(deployment: Deployment) -> dict[str, object]:
    """The deployment a model was judged under, JSON-shaped for the result (dates as ISO
    text, anything else YAML can hold as its text)."""
    record: dict[str, object] = {"organization": _plain(dict(deployment.organization))}
    record["fields"] = _plain(dict(deployment.fields))
    if deployment.hosting is not None:
        record["hosting"] = deployment.hosting
    if deployment.region is not None:
        record["region"] = deployment.region
    return record


def _plain(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    isoformat = getattr(value, "isoformat", None)
    return isoformat() if callable(isoformat) else str(value)
