"""The words of the policy language: the fact catalog and its closed vocabularies."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.schema_check import did_you_mean
from auditor.knowledge.provider_file import BAA_MODES
from auditor.model.deployment import (
    DATA_CLASSES,
    DISTRIBUTIONS,
    HOSTING,
    ORGANIZATION_TYPES,
    USE_CASES,
    code_problem,
)
from auditor.model.modality import MODALITIES
from auditor.model.outputs import OUTPUT_MODALITIES
from auditor.model.terms import (
    COMMERCIAL_USE_CONDITIONS,
    REVENUE_MEASURES,
    REVENUE_PERIODS,
    USE_SCOPES,
    USER_UNITS,
)
from auditor.policy.artefact_facts import ARTEFACT_FACTS
from auditor.policy.cap_facts import CAP_FACTS
from auditor.policy.fact_types import FactSpec as FactSpec
from auditor.policy.fact_types import FactType as FactType
from auditor.policy.fact_types import spec as _spec
from auditor.policy.training_facts import TRAINING_FACTS

# Same words as license_db/vocabulary.yaml (tests/policy/test_load.py keeps them in step).
LICENSE_KINDS = frozenset(
    {"permissive-oss", "copyleft-oss", "open-weight-restricted", "rail", "non-commercial"}
    | {"research-only", "acceptable-use-policy", "proprietary-terms"}
)
USE_RESTRICTIONS = frozenset(
    {
        "illegal-activity",
        "violence",
        "terrorism",
        "minors",
        "serving-minors",
        "human-trafficking",
        "sexual-content",
        "harassment",
        "discrimination",
        "unlicensed-professional-practice",
        "medical-advice",
        "legal-advice",
        "financial-advice",
        "privacy",
        "ip-infringement",
        "generate-malware",
        "military",
        "nuclear",
        "espionage",
        "weapons",
        "drugs",
        "critical-infrastructure",
        "self-harm",
        "fraud",
        "disinformation",
        "defamation",
        "spam",
        "impersonation",
        "undisclosed-ai-content",
        "fake-engagement",
        "undisclosed-risks",
        "automated-decision-making",
        "decisions-even-if-reviewed",
        "exploit-vulnerable-groups",
        "law-enforcement",
        "criminal-justice",
        "surveillance",
        "biometric-identification",
        "biometric-categorisation",
        "circumvent-safety",
        "hate-speech",
        "harm-others",
        "election-interference",
        "national-security",
        "social-ethics",
        "commercial-use",
        "export-control",
        "reverse-engineering",
    }
)


_S, _B, _N, _D, _L = FactType.STRING, FactType.BOOL, FactType.NUMBER, FactType.DATE, FactType.LIST

# What a manifest may attest under `deployment.attestations` (a closed set, so that a typo is an
# error): the facts `attestations.<name>`. reports/schema/manifest.schema.json lists the same.
ATTESTATIONS: Mapping[str, FactSpec] = {
    "baa_signed": _spec(_L, "the providers a HIPAA BAA is signed with"),
    "human_oversight": _spec(_B, "human oversight is assigned"),
    "log_retention_days": _spec(_N, "the days the system's logs are kept"),
    "zero_data_retention": _spec(_B, "zero data retention is agreed with the provider"),
    "training_opt_out": _spec(_B, "an opt-out from training on the data is in place"),
    "generative_safeguards": _spec(
        _B, "documented safeguards against intimate-imagery and child-abuse output are in place"
    ),
}

# The fact namespace of docs/policy-facts.md, with `attestations.<name>` spelled out;
# `policy.<setting>` is open-ended and checked against the policy's settings.
# `terms.governing_law_country` (the country part of `terms.governing_law`, null for
# licensee-local) is beyond the document.
FACTS: Mapping[str, FactSpec] = {
    "model.ref": _spec(_S, "the model reference"),
    "model.kind": _spec(
        _S,
        "the kind of model reference",
        frozenset(
            {
                "hub",
                "hub-dataset",
                "local",
                "card",
                "gguf",
                "api",
                "ollama",
                "modelscope",
                "civitai",
            }
        ),
    ),
    "model.repo_id": _spec(_S, "the Hub repo id"),
    "model.pinned": _spec(_B, "the reference is pinned to a commit"),
    "model.hosting": _spec(_S, "how the model is hosted", frozenset(HOSTING)),
    "model.region": _spec(_S, "where the model runs"),
    "model.region_codes": _spec(_L, "the model's configured region (models[].region)"),
    "model.gated": _spec(_B, "the repo is gated on the Hub"),
    "model.modality": _spec(
        _S, "what the model takes in (text only, or other media too)", frozenset(MODALITIES)
    ),
    "model.output_modalities": _spec(
        _L, "what the model generates (text, image, video, audio, 3d)", frozenset(OUTPUT_MODALITIES)
    ),
    "model.generates_imagery": _spec(_B, "the model can generate images or video"),
    "model.audited": _spec(_B, "the model's evidence could be gathered"),
    "license.id": _spec(_S, "the model's own license"),
    "license.name": _spec(_S, "the model's own license, by name"),
    "license.kind": _spec(_S, "the kind of the model's own license", LICENSE_KINDS),
    "license.identified": _spec(_B, "the model's license was identified"),
    "license.declared": _spec(_S, "the metadata's license tags as written, or 'no license'"),
    "license.confidence": _spec(_N, "the confidence of the license identification"),
    "license.osi_approved": _spec(_B, "the model's license is OSI approved"),
    "license.osaid_fit": _spec(
        _B, "the model's license is within the OSI Open Source AI Definition"
    ),
    "effective.id": _spec(_S, "the effective license"),
    "effective.ids": _spec(_L, "the licenses binding the model"),
    "effective.name": _spec(_S, "the effective license, by name (for messages)"),
    "effective.link": _spec(_S, "where the effective license's text is published"),
    "effective.kinds": _spec(_L, "the kinds of the licenses binding the model", LICENSE_KINDS),
    "effective.kind": _spec(
        _S, "the most restrictive license kind binding the model", LICENSE_KINDS
    ),
    "effective.families": _spec(_L, "the license families binding the model"),
    # Beyond docs/policy-facts.md, built by facts.py: every binding license is in the database,
    # every one is OSI approved, every one fits the OSAID (null when one of them is not known).
    "effective.identified": _spec(_B, "the licenses binding the model are all known"),
    "effective.osi_approved": _spec(_B, "the licenses binding the model are all OSI approved"),
    "effective.osaid_fit": _spec(_B, "the licenses binding the model are all within the OSAID"),
    "terms.commercial_use": _spec(
        _S, "the license's commercial-use term", frozenset({"allowed", "restricted", "prohibited"})
    ),
    "terms.commercial_use_conditions": _spec(
        _L, "what the license makes commercial use depend on", frozenset(COMMERCIAL_USE_CONDITIONS)
    ),
    "terms.mau_threshold": _spec(_N, "the license's monthly-active-user threshold"),
    "terms.revenue_threshold_usd": _spec(_N, "the license's annual revenue threshold (USD)"),
    "terms.user_threshold": _spec(FactType.ANY, "the license's cap on users or devices"),
    "terms.user_threshold.count": _spec(_N, "the number of the license's user or device cap"),
    "terms.user_threshold.unit": _spec(
        _S, "the unit of the license's user or device cap", frozenset(USER_UNITS)
    ),
    "terms.revenue_threshold": _spec(FactType.ANY, "the license's cap on revenue or funding"),
    "terms.revenue_threshold.amount": _spec(_N, "the amount of the license's money cap"),
    "terms.revenue_threshold.currency": _spec(_S, "the currency of the license's money cap"),
    "terms.revenue_threshold.period": _spec(
        _S, "the period of the license's money cap", frozenset(REVENUE_PERIODS)
    ),
    "terms.revenue_threshold.measure": _spec(
        _S, "what the license's money cap counts", frozenset(REVENUE_MEASURES)
    ),
    "terms.use_scope": _spec(_L, "what the license confines use to", frozenset(USE_SCOPES)),
    "terms.acceptable_use_policy_incorporated": _spec(
        _B, "an acceptable-use policy is incorporated by the license"
    ),
    "terms.acceptable_use_policy_location": _spec(
        _S,
        "where the license's use policy lives",
        frozenset({"attached", "incorporated-by-url"}),
    ),
    "terms.licensor_may_update_terms": _spec(_B, "the licensor may change the terms"),
    "terms.downstream_propagation": _spec(
        _B, "the license's use restrictions must be passed on to recipients"
    ),
    "terms.output_use_restriction": _spec(
        _B, "using outputs to improve other models is barred by the license"
    ),
    "terms.attribution_required": _spec(_B, "attribution is required by the license"),
    "terms.patent_termination": _spec(_B, "the license is terminable on patent litigation"),
    "terms.naming_requirement": _spec(_S, "the name prefix the license requires"),
    "terms.territorial_exclusions": _spec(_L, "the regions any territorial clause names"),
    "terms.excluded_licensee_domiciles": _spec(
        _L, "the places whose licensees the license gives no rights to this model"
    ),
    "terms.excluded_licensee_domiciles_multimodal": _spec(
        _L, "the places whose licensees get no rights to the license's multimodal models"
    ),
    "terms.excluded_use_territories": _spec(_L, "places where the license forbids using the model"),
    "terms.excluded_use_territories_multimodal": _spec(
        _L, "the places where the license forbids using its multimodal models"
    ),
    "terms.excluded_licensee_types": _spec(_L, "licensees left out", frozenset(ORGANIZATION_TYPES)),
    "terms.governing_law": _spec(_S, "the license's governing law"),
    "terms.governing_law_country": _spec(_S, "the country of the license's governing law"),
    "terms.use_restrictions": _spec(_L, "the uses the license prohibits", USE_RESTRICTIONS),
    "lineage.depth": _spec(_N, "the number of ancestor levels followed"),
    "lineage.mismatch": _spec(_B, "the declared license is inconsistent with a base model's"),
    "lineage.unresolved": _spec(_B, "a declared base model is unresolved"),
    "lineage.unresolved_families": _spec(_L, "families an unresolved parent's name places it in"),
    "lineage.families": _spec(_L, "the model families it and the models it was made from are of"),
    "lineage.unresolved_family_licenses": _spec(_L, "their licenses stricter than the own"),
    "lineage.unresolved_relabelled": _spec(_B, "a family license is stricter than the own"),
    "lineage.ancestor_use_scope": _spec(
        _L, "what the licenses of the models it was made from confine use to", frozenset(USE_SCOPES)
    ),
    "organization.name": _spec(_S, "the organization's name"),
    "organization.domicile": _spec(_S, "the organization's country of domicile"),
    "organization.domicile_region": _spec(_L, "the regions covering the organization's domicile"),
    "organization.type": _spec(
        _S,
        "company, non-profit, academic or government (company when unstated)",
        frozenset(ORGANIZATION_TYPES),
    ),
    "deployment.mau": _spec(_N, "the product's monthly active user count"),
    "deployment.group_mau": _spec(
        _N,
        "the monthly active users of the organization's and its affiliates' products together",
    ),
    "deployment.annual_revenue_usd": _spec(_N, "the organization's annual revenue (USD)"),
    "deployment.regions": _spec(_L, "the regions the deployment runs in and serves"),
    "deployment.region_codes": _spec(_L, "the deployment's region codes"),
    "deployment.data": _spec(
        _L, "the data classes the deployment processes", frozenset(DATA_CLASSES)
    ),
    "deployment.use_cases": _spec(_L, "the declared use cases", frozenset(USE_CASES)),
    "deployment.annex_iii_points": _spec(
        _L, "the declared use cases in an EU AI Act Annex III area, with the point naming each"
    ),
    "deployment.distribution": _spec(_S, "how the model reaches users", frozenset(DISTRIBUTIONS)),
    "deployment.commercial": _spec(_B, "the deployment is commercial"),
    "deployment.research": _spec(_B, "the deployment is research (either spelling)"),
    "deployment.monetized": _spec(_B, "the service is paid for, or carries ads or other income"),
    "deployment.fine_tune_compute_share": _spec(
        _N, "fine-tuning compute as a share of the original training compute"
    ),
    "deployment.interacts_with_people": _spec(
        _B, "people are interacting directly with the system"
    ),
    "deployment.generates_content": _spec(_B, "synthetic content is generated by the system"),
    "deployment.serves_model_api": _spec(
        _B, "third parties reach the model itself as an API or managed instance"
    ),
    "deployment.outside_eu_ai_act": _spec(
        _B, "the deployment states it is outside the EU AI Act's territorial scope"
    ),
    "provider.key": _spec(_S, "the API provider"),
    "provider.known": _spec(_B, "the API provider is in the catalog"),
    "provider.baa_available": _spec(_B, "a HIPAA BAA is available from the provider"),
    "provider.baa_mode": _spec(
        _S, "how the provider's HIPAA BAA comes into force", frozenset(BAA_MODES)
    ),
    "provider.processing_regions": _spec(_L, "the regions where the provider processes data"),
    "provider.storage_regions": _spec(_L, "the regions where the provider stores data"),
    "provider.trains_on_api_data_by_default": _spec(
        _B, "API data is used for training by the provider by default"
    ),
    "provider.default_retention_days": _spec(_N, "the provider's default retention in days"),
    "provider.zero_data_retention_available": _spec(
        _B, "zero data retention is available from the provider"
    ),
    "provider.certifications": _spec(_L, "the provider's certifications"),
    "provider.as_of": _spec(_D, "the date the provider facts were compiled"),
    "provider.terms_url": _spec(_S, "where the provider's business terms are published"),
    "today": _spec(_D, "the evaluation date"),
    **{f"attestations.{name}": spec for name, spec in ATTESTATIONS.items()},
    **TRAINING_FACTS,
    **ARTEFACT_FACTS,
    **CAP_FACTS,
}

# Facts whose values are places: a country (ISO 3166-1 alpha-2), or also a region group the
# tool defines (EU, EEA; the provider catalog's APAC for the provider facts). A literal compared
# with one of them must be such a code (`domicile: EU` can never match).
COUNTRY_FACTS = frozenset({"organization.domicile", "terms.governing_law_country"})
REGION_FACTS = frozenset(
    {
        "model.region",
        "organization.domicile_region",
        "deployment.regions",
        "deployment.region_codes",
        "terms.territorial_exclusions",
        "terms.excluded_licensee_domiciles",
        "terms.excluded_licensee_domiciles_multimodal",
        "terms.excluded_use_territories",
        "terms.excluded_use_territories_multimodal",
        "provider.processing_regions",
        "provider.storage_regions",
    }
)
_PROVIDER_REGION_WORDS = frozenset({"APAC"})


def code_value_problem(fact: str, value: object) -> str | None:
    """Why a literal compared with a place fact names no country or region; None if it does
    (or the fact holds no places)."""
    if fact in COUNTRY_FACTS:
        return code_problem(value, regions=False)
    if fact not in REGION_FACTS:
        return None
    if fact.startswith("provider.") and str(value).upper() in _PROVIDER_REGION_WORDS:
        return None
    return code_problem(value, regions=True)


_SEGMENT = r"[A-Za-z0-9_][A-Za-z0-9_-]*"
FACT_PATH = lazy_pattern(rf"{_SEGMENT}(?:\.{_SEGMENT})*")
SETTING_NAME = lazy_pattern(r"[a-z][a-z0-9_]*")


def fact_spec(path: str, settings: Mapping[str, object]) -> FactSpec | None:
    """The spec of a fact path, or None when the path names no fact."""
    spec = FACTS.get(path)
    if spec is not None:
        return spec
    head, _, rest = path.partition(".")
    if head == "policy" and rest in settings:
        value = settings[rest]
        return FactSpec(_setting_type(value), f"the policy setting {rest}")
    return None


def _setting_type(value: object) -> FactType:
    if isinstance(value, bool):
        return FactType.BOOL
    if isinstance(value, int | float):
        return FactType.NUMBER
    if isinstance(value, list | tuple):
        return FactType.LIST
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return FactType.DATE
    return FactType.STRING


_Scalar = str | int | float | bool
_ISO_DATE = lazy_pattern(r"\d{4}-\d{2}-\d{2}")


def value_problem(kind: FactType, value: _Scalar, allowed: frozenset[str] | None) -> str | None:
    """Why a literal cannot be compared with a fact of this kind, or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a usable number"
    if kind is FactType.ANY:
        return None
    if kind is FactType.BOOL:
        return None if isinstance(value, bool) else f"expects true or false, got {value!r}"
    if kind is FactType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"expects a number, got {value!r}"
        return None
    if kind is FactType.DATE:
        if not isinstance(value, str) or parse_date(value) is None:
            return f"expects an ISO date (YYYY-MM-DD), got {value!r}"
        return None
    if not isinstance(value, str):
        return f"expects text, got {value!r}"
    if allowed is not None and value.casefold() not in allowed:
        hint = did_you_mean(value.casefold(), sorted(allowed))
        return f"unknown value {value!r}{hint} (one of: {', '.join(sorted(allowed))})"
    return None


def parse_date(text: str) -> date | None:
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
