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


def is_commercial(
    distribution: object, organization_type: object, monetized: object = None
) -> bool | None:
    """Whether the deployment is commercial use; None when the distribution is not known.

    A company's use is commercial whatever the distribution: its internal tools and its
    in-house research alike are directed toward its commercial advantage (CC BY-NC 4.0 §1(i)
    reads "non-commercial" by purpose), so research by a company is commercial however the
    manifest spells it (`research`, or `internal` with the research use case). A license that
    defines its non-commercial use as research whoever does it is judged by the policy
    (`terms.use_scope` research-by-anyone), not here. Selling, serving or shipping the model
    is commercial for anyone, unless a non-profit, academic or government body states that
    the service is free of charge and carries no advertising or other monetisation
    (`monetized: false`). Their internal use and research are not commercial.
    """
    if distribution is None:
        return None
    kind = organization_type or DEFAULT_ORGANIZATION_TYPE
    if kind == "company":
        return True
    if distribution in COMMERCIAL_DISTRIBUTIONS:
        return monetized is not False
    return False


def is_research(distribution: object, use_cases: object) -> bool | None:
    """Whether the deployment is research: distribution `research`, or `internal` use that
    declares the research use case (the two spellings of one deployment); None when the
    distribution is not known."""
    if distribution is None:
        return None
    if distribution == "research":
        return True
    cases = use_cases if isinstance(use_cases, list | tuple) else []
    return distribution == "internal" and "research" in cases


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
        "HU",
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

# ISO 3166-1 alpha-2: the 249 officially assigned codes (ISO 3166 Maintenance Agency's list;
# the exceptionally reserved EU and UK and user-assigned codes such as XK are not countries).
COUNTRY_CODES = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
    EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
    GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
    KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
    MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
    QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
    TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
    ZW""".split()  # noqa: SIM905 (249 codes as a table, not 249 lines)
)
REGION_GROUPS: dict[str, frozenset[str]] = {
    "EU": EU_MEMBERS,
    "EEA": EU_MEMBERS | EEA_ONLY,
}
"""The groups of countries a region may name besides a country code (`region_codes` expands
them the other way: a member state is also in its groups)."""
_NOT_CODES = {
    "UK": "UK is not an ISO 3166-1 code; the United Kingdom is GB",
    "EL": "EL is the EU's abbreviation for Greece; its ISO 3166-1 code is GR",
}


def code_problem(value: object, *, regions: bool) -> str | None:
    """Why `value` is not a country code (or, with `regions`, a region group); None when it is.

    Case is not significant (`de` is DE), as everywhere codes are read."""
    if not isinstance(value, str):
        return f"expects a country code, got {value!r}"
    code = value.strip().upper()
    if code in COUNTRY_CODES or (regions and code in REGION_GROUPS):
        return None
    groups = " or ".join(REGION_GROUPS)
    if code in REGION_GROUPS:
        return (
            f"{value!r} is a region ({groups}), not a country: name the country, an ISO 3166-1 "
            "alpha-2 code such as DE"
        )
    if code in _NOT_CODES:
        return _NOT_CODES[code]
    wanted = (
        f"an ISO 3166-1 alpha-2 country code (DE, US, ...) or {groups}"
        if regions
        else ("an ISO 3166-1 alpha-2 country code such as DE or US")
    )
    return f"{value!r} is not {wanted}"


@dataclass(frozen=True, slots=True)
class Deployment:
    """Who uses the model and how: the manifest's organization and deployment for one model."""

    organization: Mapping[str, str] = field(default_factory=dict)
    fields: Mapping[str, object] = field(default_factory=dict)
    hosting: str | None = None
    region: str | None = None
    modality: str | None = None  # the manifest's models[].modality: text | multimodal


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
    if deployment.modality is not None:
        record["modality"] = deployment.modality
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
