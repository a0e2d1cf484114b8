"""Model results that need no text analysis: an API model, and a model that could not be fetched."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.errors import AuditorError
from auditor.knowledge.observation_weights import observed_severity
from auditor.knowledge.provider_contract import BARS_TRAINING_MODELS
from auditor.knowledge.providers import PROVIDER_LICENSE_PREFIX
from auditor.lineage.hosted import HostedLicense, hosted_license, with_hosted_terms
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    ModelResult,
    Severity,
    SourceInfo,
    SourceKind,
    Target,
    Verdict,
)
from auditor.model.deployment import region_codes
from auditor.model.kinds import LicenseKind
from auditor.model.modality import name_says_multimodal
from auditor.model.terms import Terms, as_terms

if TYPE_CHECKING:
    from auditor.knowledge.provider_contract import ContractFact, ContractTerms
    from auditor.knowledge.providers import ProviderTerms
    from auditor.lineage.resolve import Lineage
    from auditor.model.deployment import Deployment


def api_model_result(target: Target, domicile: str | None = None) -> ModelResult:
    """A proprietary API model: its terms are the provider's, from the dated catalog.

    `domicile` (the organization's, ISO 3166-1 alpha-2) picks the governing law of terms whose
    law depends on where the customer is; None leaves such a law unknown.
    """
    from auditor.knowledge.providers import load_providers

    key, _, model = target.location.partition("/")
    terms = load_providers().get(key)
    source = SourceInfo(SourceKind.API, None, None, None, None, None)
    if terms is None:
        known = ", ".join(sorted(load_providers()))
        finding = Finding(
            rule="provider-unknown",
            category=Category.SOURCE,
            severity=observed_severity("provider-unknown"),
            message=f"provider {key!r} is not in the provider catalog (known: {known})",
            remediation="use a catalogued provider key, or add the provider's terms to "
            "license_db/providers/ with their sources",
        )
        return ModelResult(
            ref=target.text,
            source=source,
            declared=Declared(),
            license=None,
            effective_license=None,
            license_files=(),
            findings=(finding,),
            verdict=Verdict.FAIL,
        )
    match = LicenseMatch(
        id=f"{PROVIDER_LICENSE_PREFIX}{key}",
        name=f"{terms.display_name} terms",
        spdx=None,
        scancode=None,
        hf=None,
        kind=LicenseKind.PROPRIETARY_TERMS,
        confidence=1.0,
        method="provider-catalog",
    )
    note = Finding(
        rule="provider-terms-as-of",
        category=Category.SOURCE,
        severity=observed_severity("provider-terms-as-of"),
        message=f"{terms.display_name}: provider facts as compiled on {terms.as_of}; "
        "re-verify them before relying on the result",
    )
    values, evidence, hosted = provider_license_terms(terms, domicile, model)
    findings: tuple[Finding, ...] = (note,)
    if hosted is not None:
        findings += (_hosted_finding(terms, hosted),)
        if hosted.applied:  # the hosted licence's duties read as its own, not the provider's
            match = replace(match, name=f"{match.name} with {hosted.name}")
    modality = "multimodal" if name_says_multimodal(model) else None
    modality = modality or (hosted.modality if hosted is not None else None)
    return ModelResult(
        ref=target.text,
        source=source,
        declared=Declared(license=match.id, origin="provider catalog"),
        license=match,
        effective_license=match,
        license_files=(),
        findings=findings,
        verdict=Verdict.PASS,
        terms=values,
        term_evidence=evidence,
        modality=modality,
        modality_evidence=Evidence(None, None, f"the model's name {model}") if modality else None,
    )


def _hosted_finding(provider: ProviderTerms, hosted: HostedLicense) -> Finding:
    """What the hosted model's own licence adds (or why it was not applied), at the line of
    the provider file saying hosted models keep their licences."""
    file = f"license_db/providers/{provider.key}.yaml"
    return Finding(
        rule="provider-hosted-model-license",
        category=Category.LICENSE,
        severity=observed_severity("provider-hosted-model-license"),
        message=hosted.message,
        evidence=(Evidence(file=file, line=provider.hosted_model_line, text=hosted.message),),
    )


def with_provider_terms(
    result: ModelResult, lineage: Lineage, deployment: Deployment
) -> tuple[ModelResult, Lineage]:
    """An API model's result and lineage carrying the provider's terms as the catalog states
    them, with the governing law for the organization's domicile (a provider's law often
    follows where the customer is).

    An API model has no parents, so its effective terms are its own: they are taken as they
    are, not merged, so that a fact the catalog does not know stays unknown (None) instead of
    reading as a "no" (the merge counts a boolean as stated only when true).
    """
    from auditor.knowledge.providers import load_providers

    license_id = result.license.id if result.license is not None else None
    if not license_id or not license_id.startswith(PROVIDER_LICENSE_PREFIX) or lineage.ancestors:
        return result, lineage
    terms = load_providers().get(license_id.removeprefix(PROVIDER_LICENSE_PREFIX))
    if terms is None:
        return result, lineage
    domicile = deployment.organization.get("domicile")
    model = result.ref.removeprefix("api:").partition("/")[2]
    values, evidence, _ = provider_license_terms(
        terms, domicile if isinstance(domicile, str) else None, model
    )
    result = replace(result, terms=values, term_evidence=evidence)
    return result, replace(
        lineage, effective_terms=dict(values), effective_term_evidence=dict(evidence)
    )


def provider_license_terms(
    provider: ProviderTerms, domicile: str | None, model: str = ""
) -> tuple[Terms, dict[str, tuple[Evidence, ...]], HostedLicense | None]:
    """The license terms (model/terms.py keys) a provider's business terms state, each with
    the provider file's fact, source and date as evidence; None where the catalog does not
    know (so blocking rules fail closed). When the provider keeps hosted models under their
    own licences and `model` is one the family rules name, that licence's terms are added
    (lineage/hosted.py); the hosted licence is returned too (None when there is none)."""
    contract = provider.contract
    file = f"license_db/providers/{provider.key}.yaml"
    outputs = contract.output_use_restrictions
    law, law_words = _governing_law(contract, domicile)
    values: dict[str, object] = {
        "kind": str(LicenseKind.PROPRIETARY_TERMS),
        "commercial_use": contract.commercial_use,
        "use_scope": [],
        "mau_threshold": None,
        "revenue_threshold_usd": None,
        "user_threshold": None,
        "revenue_threshold": None,
        "acceptable_use_policy_incorporated": contract.acceptable_use_policy_incorporated,
        "licensor_may_update_terms": contract.licensor_may_update_terms,
        "downstream_propagation": False,
        "output_use_restriction": None
        if outputs is None
        else any(tag in BARS_TRAINING_MODELS for tag in outputs),
        "attribution_required": False,
        "naming_requirement": None,
        "patent_termination": False,
        "territorial_exclusions": [],
        "excluded_licensee_types": [],
        "governing_law": law,
        "venue": contract.venue,
        # unread usage policy: unknown, never "bans nothing" (a rule it would decide asks)
        "use_restrictions": None
        if contract.use_restrictions is None
        else list(contract.use_restrictions),
    }
    stated = {
        "commercial_use": f"commercial use {_words(contract.commercial_use)}",
        "output_use_restriction": "output use restrictions "
        + (", ".join(outputs) if outputs else _words(outputs)),
        "acceptable_use_policy_incorporated": "usage policy part of the terms: "
        + _words(contract.acceptable_use_policy_incorporated),
        "licensor_may_update_terms": "provider may change the terms unilaterally: "
        + _words(contract.licensor_may_update_terms),
        "governing_law": law_words,
        "venue": f"venue: {_words(contract.venue)}",
        "use_restrictions": "usage-policy restrictions: "
        + (", ".join(contract.use_restrictions or ()) or _words(contract.use_restrictions)),
    }
    facts = {
        "output_use_restriction": "output_use_restrictions",
        "venue": "governing_law",
    }
    evidence: dict[str, tuple[Evidence, ...]] = {
        key: (_evidence(file, contract.fact(facts.get(key, key)), words),)
        for key, words in stated.items()
    }
    hosted = _hosted_license(provider, model)
    if hosted is not None and hosted.applied:
        values, evidence = with_hosted_terms(values, evidence, hosted)
    return as_terms(values), evidence, hosted


def _hosted_license(provider: ProviderTerms, model: str) -> HostedLicense | None:
    from auditor.knowledge.license_db import load_license_db
    from auditor.knowledge.model_families import load_model_families

    if provider.hosted_model_licenses is not True or not model:
        return None
    return hosted_license(provider, model, load_model_families(), load_license_db())


def _governing_law(contract: ContractTerms, domicile: str | None) -> tuple[str | None, str]:
    """The law for a customer domiciled in `domicile`, and the words saying why."""
    if not contract.governing_law_by_location:
        return contract.governing_law, f"governing law {_words(contract.governing_law)}"
    if not domicile:
        return None, "governing law depends on where the customer is; domicile not stated"
    codes = region_codes([domicile])
    for where, law in contract.governing_law_by_location:
        if where in codes:
            return (
                law,
                f"governing law {_words(law)} for customers in {where} (domicile {domicile})",
            )
    return (
        contract.governing_law,
        f"governing law {_words(contract.governing_law)} for customers outside "
        + ", ".join(where for where, _ in contract.governing_law_by_location)
        + f" (domicile {domicile})",
    )


def _words(value: object) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _evidence(file: str, fact: ContractFact, stated: str) -> Evidence:
    """One provider fact as evidence: what it says, in our words, with its source and date."""
    grade = {"P": "the provider's own text", "S": "a secondary copy or summary"}.get(
        fact.evidence or ""
    )
    source = [", ".join(fact.sources) or "no source recorded"]
    if fact.source_date:
        source.append(f"text dated {fact.source_date}")
    if grade:
        source.append(grade)
    source.append(f"compiled {fact.as_of}")
    parts = [stated, fact.note.rstrip(". ")] if fact.note else [stated]
    return Evidence(
        file=file, line=fact.line, text="; ".join([*parts, "source: " + ", ".join(source)])
    )


def failed_result(target: Target, err: AuditorError, *, endpoint: str | None) -> ModelResult:
    """The result for a model whose evidence could not be fetched at all."""
    rule = err.code or "source-unavailable"
    finding = Finding(
        rule=rule,
        category=Category.SOURCE,
        severity=observed_severity(rule, Severity.BLOCK),  # nothing audited: fails closed
        message=err.message,
        remediation=err.hint,
    )
    if target.kind in (SourceKind.HUB, SourceKind.HUB_DATASET):
        source = SourceInfo(
            kind=target.kind,
            repo_id=target.location,
            revision=target.revision,
            resolved_sha=None,
            gated=True if rule == "source-gated-no-access" else None,
            endpoint=endpoint,
        )
    else:
        source = SourceInfo(target.kind, None, None, None, None, None)
    return ModelResult(
        ref=target.text,
        source=source,
        declared=Declared(),
        license=None,
        effective_license=None,
        license_files=(),
        findings=(finding,),
        verdict=Verdict.ERROR,
    )
