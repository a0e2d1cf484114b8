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
