"""The bundled presets: each loads, explains itself and judges realistic deployments as meant."""

from __future__ import annotations

import json
from functools import cache

import jsonschema
import pytest

from auditor.fileio.located_yaml import read_located_yaml
from auditor.model import Severity
from auditor.model.artefacts import Artefacts
from auditor.model.deployment import USE_CASES, region_codes
from auditor.policy import explain_policy, load_policy, preset_names
from auditor.policy.artefact_facts import artefact_facts
from auditor.policy.engine import RuleOutcome, evaluate
from auditor.policy.model import Policy
from auditor.policy.training_facts import training_facts
from auditor.resources import policies_dir

PRESETS = (
    "default",
    "permissive-only",
    "osi-open-source",
    "hipaa",
    "eu-ai-act",
    "data-residency-eu",
    "data-residency-us",
)
TODAY = "2026-11-22"


@cache
def preset(name: str) -> Policy:
    return load_policy(name)


CLEAN_SCAN = Artefacts(
    scan_status="safe",
    scanned_by=["huggingface-hub"],
    files=[],
    chat_template_sha256=None,
    chat_template_source=None,
)


def apache_saas(**changes: object) -> dict[str, object]:
    """Every documented fact for a US company running an Apache-2.0 model in its SaaS product."""
    facts: dict[str, object] = {
        "model.ref": "acme/embedder@" + "a" * 40,
        "model.kind": "hub",
        "model.repo_id": "acme/embedder",
        "model.pinned": True,
        "model.hosting": "self-hosted",
        "model.region": None,
        "model.region_codes": None,
        "model.gated": False,
        "model.audited": True,
        "model.modality": "text",
        "license.id": "Apache-2.0",
        "license.kind": "permissive-oss",
        "license.identified": True,
        "license.confidence": 1.0,
        "license.osi_approved": True,
        "license.osaid_fit": True,
        "effective.id": "Apache-2.0",
        "effective.ids": ["Apache-2.0"],
        "effective.kinds": ["permissive-oss"],
        "effective.kind": "permissive-oss",
        "effective.families": ["apache"],
        "effective.identified": True,
        "effective.osi_approved": True,
        "effective.osaid_fit": True,
        "terms.commercial_use": "allowed",
        "terms.commercial_use_conditions": [],
        "terms.mau_threshold": None,
        "terms.revenue_threshold_usd": None,
        "terms.use_scope": [],
        "terms.user_threshold": None,
        "terms.user_threshold.count": None,
        "terms.user_threshold.unit": None,
        "terms.revenue_threshold": None,
        "terms.revenue_threshold.amount": None,
        "terms.revenue_threshold.currency": None,
        "terms.revenue_threshold.period": None,
        "terms.revenue_threshold.measure": None,
        "terms.acceptable_use_policy_incorporated": False,
        "terms.licensor_may_update_terms": False,
        "terms.downstream_propagation": False,
        "terms.output_use_restriction": False,
        "terms.attribution_required": True,
        "terms.patent_termination": True,
        "terms.naming_requirement": None,
        "terms.territorial_exclusions": [],
        "terms.excluded_licensee_domiciles": [],
        "terms.excluded_licensee_domiciles_multimodal": [],
        "terms.excluded_use_territories": [],
        "terms.excluded_use_territories_multimodal": [],
        "terms.excluded_licensee_types": [],
        "terms.governing_law": None,
        "terms.governing_law_country": None,
        "terms.use_restrictions": [],
        "lineage.depth": 0,
        "lineage.mismatch": False,
        "lineage.unresolved": False,
        "lineage.unresolved_families": [],
        "lineage.unresolved_family_licenses": [],
        "lineage.unresolved_relabelled": False,
        "lineage.ancestor_use_scope": [],
        "organization.name": "Acme",
        "organization.domicile": "US",
        "organization.domicile_region": ["US"],
        "deployment.mau": 1_200_000,
        "deployment.annual_revenue_usd": 40_000_000,
        "deployment.regions": ["US"],
        "deployment.region_codes": ["US"],
        "deployment.data": ["personal-data"],
        "deployment.use_cases": ["chatbot"],
        "deployment.distribution": "saas",
        "deployment.commercial": True,
        "deployment.fine_tune_compute_share": None,
        "deployment.interacts_with_people": True,
        "deployment.generates_content": True,
        "deployment.outside_eu_ai_act": False,
        "provider.key": None,
        "provider.known": False,
        "provider.baa_available": None,
        "provider.baa_mode": None,
        "provider.processing_regions": [],
        "provider.storage_regions": [],
        "provider.trains_on_api_data_by_default": None,
        "provider.default_retention_days": None,
        "provider.zero_data_retention_available": None,
        "provider.certifications": [],
        "provider.as_of": None,
        "today": TODAY,
        **training_facts(()),  # trained on no dataset the evidence names
        **artefact_facts(CLEAN_SCAN),  # the Hub scanned its files and flagged none
    }
    facts.update({k.replace("__", "."): v for k, v in changes.items()})
    return facts


def llama(version: str = "3.1", **changes: object) -> dict[str, object]:
    lid = f"LicenseRef-llama-{version}-community"
    base = {
        "license.id": lid,
        "license.kind": "open-weight-restricted",
        "license.osi_approved": False,
        "license.osaid_fit": False,
        "effective.id": f"{lid} AND LicenseRef-llama-{version}-aup",
        "effective.ids": [lid, f"LicenseRef-llama-{version}-aup"],
        "effective.name": f"Llama {version} Community License and its Acceptable Use Policy",
        "effective.link": f"https://example.com/llama{version}/license",
        "effective.kinds": ["acceptable-use-policy", "open-weight-restricted"],
        "effective.kind": "open-weight-restricted",
        "effective.families": ["llama"],
        "effective.osi_approved": False,
        "effective.osaid_fit": False,
        "terms.commercial_use": "restricted",
        "terms.mau_threshold": 700_000_000,
        "terms.acceptable_use_policy_incorporated": True,
        "terms.naming_requirement": "Llama",
        "terms.governing_law": "US-CA",
        "terms.governing_law_country": "US",
        "terms.use_restrictions": ["illegal-activity", "military", "medical-advice"],
    }
    base.update({k.replace("__", "."): v for k, v in changes.items()})
    return apache_saas(**{k.replace(".", "__"): v for k, v in base.items()})


def api_model(provider: str, region: str | None = "US", **changes: object) -> dict[str, object]:
    """An `api:` model configured for `region` (models[].region; None: not stated), with the
    provider facts as provider-terms.yaml states them."""
    catalog: dict[str, dict[str, object]] = {
        "openai_api": {
            "baa_available": True,
            "baa_mode": "on-request",
            "processing_regions": ["US", "EU"],
            "trains_on_api_data_by_default": False,
            "default_retention_days": 30,
            "zero_data_retention_available": True,
        },
        "anthropic_api": {
            "baa_available": True,
            "baa_mode": "signed",
            "processing_regions": ["US"],  # inference_geo us, for a Claude 4.6 or later model
            "trains_on_api_data_by_default": False,
            "default_retention_days": 7,
            "zero_data_retention_available": True,
        },
        "azure_openai": {
            "baa_available": True,
            "baa_mode": "incorporated",
            "processing_regions": ["US", "EU"],
            "trains_on_api_data_by_default": False,
            "default_retention_days": None,
            "zero_data_retention_available": None,
        },
        "cohere": {
            "baa_available": False,
            "baa_mode": None,
            "processing_regions": ["US"],
            "trains_on_api_data_by_default": True,
            "default_retention_days": None,
            "zero_data_retention_available": True,
        },
    }
    facts = apache_saas(
        model__ref=f"api:{provider}/model",
        model__kind="api",
        model__hosting="api",
        model__pinned=False,
        license__id=None,
        license__kind="proprietary-terms",
        effective__id="LicenseRef-provider-terms",
        effective__ids=["LicenseRef-provider-terms"],
        effective__kinds=["proprietary-terms"],
        effective__kind="proprietary-terms",
        provider__key=provider,
        provider__known=True,
        provider__as_of="2026-11-22",
        model__region=region,
        model__region_codes=region_codes([region]) if region else None,
        **{f"provider__{k}": v for k, v in catalog[provider].items()},
    )
    facts.update({k.replace("__", "."): v for k, v in changes.items()})
    return facts


def run(name: str, facts: dict[str, object]) -> dict[str, RuleOutcome]:
    return {o.rule: o for o in evaluate(preset(name), facts)}


def blocks(outcomes: dict[str, RuleOutcome]) -> set[str]:
    return {rule for rule, o in outcomes.items() if o.severity is Severity.BLOCK}


# --- every preset loads and explains itself ----------------------------------------------------


def test_the_planned_presets_are_all_there() -> None:
    assert set(PRESETS) <= set(preset_names())


@pytest.mark.parametrize("name", PRESETS)
def test_preset_loads_validates_and_explains(name: str) -> None:
    policy = preset(name)
    assert policy.name == name
    assert policy.description
    schema = json.loads((policies_dir() / "schema.json").read_text())
    data = read_located_yaml(policies_dir() / f"{name}.yaml").data
    jsonschema.validate(data, schema)
    text = explain_policy(policy)
    for rule in policy.rules:
        assert rule.id in text
        if rule.severity is Severity.BLOCK:
            assert rule.remediation, f"{name}: blocking rule {rule.id} says how to fix it"
    assert "{" not in text.split("\n", 1)[0]


def test_every_bundled_policy_file_loads() -> None:
    for path in sorted(policies_dir().glob("*.yaml")):
        assert load_policy(str(path)).rules


def test_osi_preset_judges_every_license_by_its_rules_not_a_list() -> None:
    # a list of records would block a license known only by its SPDX id (Zlib) whatever its
    # OSI approval; the rules read it from the record or the table derived from ScanCode
    assert preset("osi-open-source").allow is None


def test_eu_ai_act_use_case_settings_use_the_manifest_vocabulary() -> None:
    settings = preset("eu-ai-act").settings
    for key in ("prohibited_use_cases", "high_risk_use_cases"):
        values = settings[key]
        assert isinstance(values, list) and set(values) <= set(USE_CASES), key


def test_explain_reads_like_english() -> None:
    text = explain_policy(preset("default"))
    assert "Blocks when the model's license was not identified (license.identified)." in text
    assert (
        "the product's monthly active user count (deployment.mau) is above the license's "
        "monthly-active-user threshold (terms.mau_threshold)"
    ) in text
    eu = explain_policy(preset("eu-ai-act"))
    assert "Applies from 2027-12-02" in eu
    assert "Art. 26" in eu


# --- default -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PRESETS)
def test_apache_model_in_saas_passes_every_preset(name: str) -> None:
    outcomes = run(name, apache_saas())
    assert blocks(outcomes) == set(), outcomes


def test_apache_model_only_carries_obligations_under_default() -> None:
    outcomes = run("default", apache_saas())
    assert set(outcomes) == {"attribution-required"}
    assert outcomes["attribution-required"].obligation


def llama_32_in_eu(modality: str | None, domicile: str = "DE") -> dict[str, object]:
    """Llama 3.2 AUP: no grant to EU-domiciled licensees for the multimodal models; a text
    model of the same license carries the clause but is not covered by it."""
    return llama(
        "3.2",
        terms__territorial_exclusions=["EU"],
        terms__excluded_licensee_domiciles=[],
        terms__excluded_licensee_domiciles_multimodal=["EU"],
        terms__excluded_use_territories=[],
        terms__excluded_use_territories_multimodal=[],
        model__modality=modality,
        organization__domicile=domicile,
        organization__domicile_region=region_codes([domicile]),
        deployment__regions=["EU"],
        deployment__region_codes=["EEA", "EU"],
    )


def test_eu_company_on_llama_32_vision_is_blocked() -> None:
    outcomes = run("default", llama_32_in_eu("multimodal"))
    assert "territory-excludes-domicile" in blocks(outcomes)
    assert "which covers the organization's domicile (DE)" in (
        outcomes["territory-excludes-domicile"].message
    )
    # a domicile clause never bars serving users there
    assert "territory-excludes-deployment-region" not in outcomes
    assert "foreign-governing-law" in outcomes  # California law for a German company


def test_the_multimodal_clause_does_not_reach_a_text_model_or_a_us_company() -> None:
    assert "territory-excludes-domicile" not in run("default", llama_32_in_eu("text"))
    us = run("default", llama_32_in_eu("multimodal", domicile="US"))
    assert "territory-excludes-domicile" not in us
    assert "territory-excludes-deployment-region" not in us


def test_an_unknown_modality_under_a_multimodal_clause_is_undecided_not_a_pass() -> None:
    outcomes = run("default", llama_32_in_eu(None))
    assert "territory-excludes-domicile" in blocks(outcomes)
    assert "model.modality" in outcomes["territory-excludes-domicile"].unknown_facts
    # a company outside the EU needs no modality: the clause cannot reach it
    assert "territory-excludes-domicile" not in run("default", llama_32_in_eu(None, "US"))


def test_a_use_territory_bars_running_or_serving_there_and_operating_from_there() -> None:
    def hunyuan(domicile: str, regions: list[str]) -> dict[str, object]:
        return llama(
            "3.1",
            terms__excluded_use_territories=["EU", "GB", "KR"],
            organization__domicile=domicile,
            organization__domicile_region=region_codes([domicile]),
            deployment__regions=regions,
            deployment__region_codes=region_codes(regions),
        )

    assert "territory-excludes-deployment-region" in blocks(run("default", hunyuan("US", ["DE"])))
    assert "territory-excludes-deployment-region" in blocks(run("default", hunyuan("GB", ["US"])))
    lawful = run("default", hunyuan("US", ["US", "JP"]))
    assert "territory-excludes-deployment-region" not in lawful
    assert "territory-excludes-domicile" not in lawful


def test_900m_mau_on_llama_31_is_blocked() -> None:
    outcomes = run("default", llama("3.1", deployment__mau=900_000_000))
    assert "mau-above-threshold" in blocks(outcomes)
    assert outcomes["mau-above-threshold"].message == (
        "900,000,000 monthly active users exceed the 700,000,000 allowed by "
        "Llama 3.1 Community License and its Acceptable Use Policy"
    )
    ok = run("default", llama("3.1"))
    assert blocks(ok) == set()
    assert {"acceptable-use-policy-compliance", "derivative-naming"} <= set(ok)


def test_unknown_mau_under_a_threshold_needs_input() -> None:
    outcome = run("default", llama("3.1", deployment__mau=None))["mau-above-threshold"]
    assert outcome.severity is Severity.BLOCK
    assert outcome.unknown_facts == ("deployment.mau",)
    assert [(i.manifest_key, i.option) for i in outcome.needs_input] == [
        ("deployment.mau", "--mau")
    ]


def test_flux_dev_in_saas_is_blocked_but_fine_for_research() -> None:
    flux = {
        "license__id": "LicenseRef-flux-1-dev-non-commercial",
        "license__kind": "non-commercial",
        "effective__id": "LicenseRef-flux-1-dev-non-commercial",
        "effective__ids": ["LicenseRef-flux-1-dev-non-commercial"],
        "effective__kinds": ["non-commercial"],
        "effective__kind": "non-commercial",
        "terms__commercial_use": "prohibited",
    }
    outcomes = run("default", apache_saas(**flux))
    assert "non-commercial-license-in-commercial-use" in blocks(outcomes)
    research = apache_saas(
        **flux, deployment__distribution="research", deployment__commercial=False
    )
    assert blocks(run("default", research)) == set()


def test_unidentified_license_blocks() -> None:
    facts = apache_saas(
        license__id=None,
        license__identified=False,
        effective__id=None,
        effective__ids=[],
        effective__kinds=[],
        effective__kind=None,
    )
    assert "license-unidentified" in blocks(run("default", facts))


def test_declared_uses_against_prohibited_uses() -> None:
    military = run("default", llama("3.1", deployment__use_cases=["military"]))
    assert "aup-military" in blocks(military)
    triage = run("default", llama("3.1", deployment__use_cases=["medical-triage"]))
    assert triage["aup-medical-advice"].severity is Severity.WARN


def test_distillation_from_qwen_outputs_is_blocked() -> None:
    facts = apache_saas(
        effective__id="LicenseRef-qwen-tongyi-qianwen",
        terms__output_use_restriction=True,
        terms__governing_law="CN",
        terms__governing_law_country="CN",
        deployment__use_cases=["distillation"],
    )
    outcomes = run("default", facts)
    assert "output-use-restriction-distillation" in blocks(outcomes)
    assert outcomes["foreign-governing-law"].severity is Severity.WARN


def test_unpinned_hub_model_warns() -> None:
    outcomes = run("default", apache_saas(model__pinned=False, model__ref="acme/embedder"))
    assert outcomes["model-ref-unpinned"].severity is Severity.WARN


# --- permissive-only and osi-open-source -------------------------------------------------------


def test_permissive_only_blocks_llama_and_copyleft() -> None:
    assert "license-not-allowed" in blocks(run("permissive-only", llama("3.1")))
    gpl = apache_saas(
        effective__ids=["GPL-3.0-only"],
        effective__kinds=["copyleft-oss"],
        effective__kind="copyleft-oss",
    )
    assert "license-not-allowed" in blocks(run("permissive-only", gpl))


def test_osi_open_source_wants_osi_and_osaid_everywhere_in_the_lineage() -> None:
    assert {"license-not-osi-approved", "license-not-osaid-fit"} <= blocks(
        run("osi-open-source", llama("3.1"))
    )
    cc_by = apache_saas(
        effective__id="CC-BY-4.0", effective__ids=["CC-BY-4.0"], effective__osi_approved=False
    )
    assert "license-not-osi-approved" in blocks(run("osi-open-source", cc_by))
    gpl = apache_saas(
        effective__ids=["GPL-3.0-only"],
        effective__kinds=["copyleft-oss"],
        effective__kind="copyleft-oss",
    )
    assert blocks(run("osi-open-source", gpl)) == set()


# --- hipaa -------------------------------------------------------------------------------------


def test_phi_through_openai_with_a_signed_baa_passes() -> None:
    facts = api_model(
        "openai_api", deployment__data=["phi"], attestations__baa_signed=["openai_api"]
    )
    outcomes = run("hipaa", facts)
    assert blocks(outcomes) == set()
    assert {"hipaa-baa-eligible-features", "hipaa-minimum-necessary"} <= set(outcomes)


def test_phi_through_openai_without_a_baa_is_blocked() -> None:
    signed_elsewhere = api_model(
        "openai_api", deployment__data=["phi"], attestations__baa_signed=["aws_bedrock"]
    )
    outcome = run("hipaa", signed_elsewhere)["hipaa-baa-required"]
    assert outcome.severity is Severity.BLOCK and outcome.unknown_facts == ()
    missing = run("hipaa", api_model("openai_api", deployment__data=["phi"]))["hipaa-baa-required"]
    assert missing.severity is Severity.BLOCK
    assert missing.unknown_facts == ("attestations.baa_signed",)
    assert "the providers a HIPAA BAA is signed with" in missing.message
    assert "manifest `deployment.attestations.baa_signed`" in missing.message
    assert [i.fact for i in missing.needs_input] == ["attestations.baa_signed"]
    # fact ids stay in the details; the message names the manifest key to write
    assert "attestations.baa_signed" not in missing.message.replace(
        "deployment.attestations.baa_signed", ""
    )


def test_phi_under_a_baa_incorporated_in_the_terms_needs_no_signature() -> None:
    # Azure: the Microsoft Product Terms incorporate the HIPAA BAA, nothing to sign
    outcomes = run("hipaa", api_model("azure_openai", deployment__data=["phi"]))
    assert "hipaa-baa-required" not in outcomes
    covered = outcomes["hipaa-baa-incorporated-covered-services"]
    assert covered.severity is Severity.INFO and covered.obligation
    assert covered.message.startswith("azure_openai's BAA is part of its standard terms")
    unstated = api_model("azure_openai", deployment__data=["phi"], attestations__baa_signed=None)
    assert blocks(run("hipaa", unstated)) == set()


@pytest.mark.parametrize(
    ("provider", "mode"),
    [("openai_api", "on-request"), ("anthropic_api", "signed"), ("azure_openai", "click-through")],
)
def test_phi_under_a_baa_to_sign_needs_the_signature(provider: str, mode: str) -> None:
    facts = api_model(provider, deployment__data=["phi"], provider__baa_mode=mode)
    outcomes = run("hipaa", facts)
    assert "hipaa-baa-required" in blocks(outcomes)
    assert "hipaa-baa-incorporated-covered-services" not in outcomes
    signed = api_model(
        provider,
        deployment__data=["phi"],
        provider__baa_mode=mode,
        attestations__baa_signed=[provider],
    )
    assert blocks(run("hipaa", signed)) == set()


def test_an_unknown_baa_mode_needs_the_signature() -> None:
    facts = api_model("openai_api", deployment__data=["phi"], provider__baa_mode=None)
    outcome = run("hipaa", facts)["hipaa-baa-required"]
    assert outcome.severity is Severity.BLOCK
    assert set(outcome.unknown_facts) == {"provider.baa_mode", "attestations.baa_signed"}
    signed = api_model(
        "openai_api",
        deployment__data=["phi"],
        provider__baa_mode=None,
        attestations__baa_signed=["openai_api"],
    )
    assert blocks(run("hipaa", signed)) == set()


def test_phi_to_a_provider_without_baa_is_blocked_even_if_attested() -> None:
    facts = api_model("cohere", deployment__data=["phi"], attestations__baa_signed=["cohere"])
    assert "hipaa-baa-required" in blocks(run("hipaa", facts))


def test_gemini_developer_api_is_no_place_for_phi() -> None:
    facts = api_model(
        "openai_api",
        provider__key="google_gemini_api",
        provider__baa_available=None,
        deployment__data=["phi"],
        attestations__baa_signed=["google_gemini_api"],
    )
    outcomes = run("hipaa", facts)
    assert {"hipaa-gemini-developer-api-clinical", "hipaa-baa-required"} <= blocks(outcomes)
    assert outcomes["hipaa-baa-required"].unknown_facts == ("provider.baa_available",)


def test_phi_self_hosted_is_an_obligation_not_a_block() -> None:
    outcomes = run("hipaa", apache_saas(deployment__data=["phi"]))
    assert blocks(outcomes) == set()
    assert outcomes["hipaa-self-hosted-safeguards"].obligation


def test_phi_on_llama_flags_the_medical_restriction() -> None:
    outcomes = run("hipaa", llama("3.2", deployment__data=["phi"]))
    assert outcomes["hipaa-license-medical-restriction"].severity is Severity.WARN


# --- data residency ----------------------------------------------------------------------------


def test_eu_processing_with_anthropic_is_blocked() -> None:
    # Anthropic's first-party API documents processing in the US only (inference_geo us)
    outcomes = run("data-residency-eu", api_model("anthropic_api", region="EU"))
    assert "residency-eu-processing" in blocks(outcomes)
    assert outcomes["residency-eu-processing"].message == (
        "api:anthropic_api/model is configured for region EU, and anthropic_api documents"
        " processing for this model in US: processing in the EU/EEA is not assured"
    )
    assert blocks(run("data-residency-eu", api_model("openai_api", region="EU"))) == set()
    assert blocks(run("data-residency-eu", api_model("openai_api", region="IE"))) == set()
    assert blocks(run("data-residency-us", api_model("anthropic_api", region="US"))) == set()


def test_residency_reads_the_configured_region_not_what_the_provider_offers() -> None:
    # OpenAI offers EU processing, but a project configured for the US processes in the US
    us_project = run("data-residency-eu", api_model("openai_api", region="US"))
    assert "residency-eu-processing" in blocks(us_project)
    eu_project = run("data-residency-us", api_model("openai_api", region="EU"))
    assert "residency-us-processing" in blocks(eu_project)


def test_an_unstated_region_fails_closed_asking_for_it() -> None:
    outcome = run("data-residency-eu", api_model("openai_api", region=None))[
        "residency-eu-processing"
    ]
    assert outcome.severity is Severity.BLOCK
    assert outcome.unknown_facts == ("model.region_codes",)
    assert "State the region (models[].region in the manifest)" in (outcome.remediation or "")


def test_a_region_the_provider_documents_no_processing_in_is_blocked() -> None:
    # Cohere's SaaS API runs in the US only: a configuration for Germany cannot be honoured
    outcomes = run("data-residency-eu", api_model("cohere", region="DE"))
    assert "residency-eu-processing" in blocks(outcomes)
    assert "residency-eu-configuration" not in outcomes


def test_unknown_processing_regions_fail_closed() -> None:
    facts = api_model("anthropic_api", provider__processing_regions=None)
    outcome = run("data-residency-us", facts)["residency-us-processing"]
    assert outcome.severity is Severity.BLOCK
    assert outcome.unknown_facts == ("provider.processing_regions",)


def test_retention_above_the_maximum_blocks_unless_zdr_attested() -> None:
    long = api_model("openai_api", provider__default_retention_days=55)
    assert "retention-above-maximum" in blocks(run("data-residency-us", long))
    zdr = api_model(
        "openai_api", provider__default_retention_days=55, attestations__zero_data_retention=True
    )
    assert blocks(run("data-residency-us", zdr)) == set()


def test_training_on_api_data_blocks_unless_opted_out() -> None:
    cohere = api_model("cohere", provider__default_retention_days=30)
    assert "provider-trains-on-api-data" in blocks(run("data-residency-us", cohere))
    opted_out = api_model(
        "cohere", provider__default_retention_days=30, attestations__training_opt_out=True
    )
    assert blocks(run("data-residency-us", opted_out)) == set()


# --- eu-ai-act ---------------------------------------------------------------------------------


def test_cv_screening_warns_until_annex_iii_applies() -> None:
    facts = apache_saas(deployment__use_cases=["employment"], deployment__regions=["EU"])
    outcomes = run("eu-ai-act", facts)
    assert blocks(outcomes) == set()
    high_risk = outcomes["eu-ai-act-high-risk-use"]
    assert high_risk.severity is Severity.WARN
    assert high_risk.applies_from == "2027-12-02"
    assert high_risk.message.endswith("(applies from 2027-12-02)")
    oversight = outcomes["eu-ai-act-human-oversight"]
    assert oversight.severity is Severity.WARN and oversight.applies_from == "2027-12-02"
    duties = outcomes["eu-ai-act-deployer-duties"]
    assert duties.obligation and duties.applies_from == "2027-12-02"
    assert any(ref.article == "Art. 26" for ref in duties.references)
    assert outcomes["eu-ai-act-inform-workers"].obligation


def test_cv_screening_blocks_after_the_date_without_oversight() -> None:
    later = apache_saas(deployment__use_cases=["employment"], today="2028-01-10")
    assert {"eu-ai-act-human-oversight", "eu-ai-act-log-retention"} <= blocks(
        run("eu-ai-act", later)
    )
    attested = apache_saas(
        deployment__use_cases=["employment"],
        today="2028-01-10",
        attestations__human_oversight=True,
        attestations__log_retention_days=365,
    )
    outcomes = run("eu-ai-act", attested)
    assert blocks(outcomes) == set()
    assert outcomes["eu-ai-act-high-risk-use"].applies_from is None


def test_prohibited_practice_blocks() -> None:
    outcomes = run("eu-ai-act", apache_saas(deployment__use_cases=["social-scoring"]))
    assert "eu-ai-act-prohibited-practice" in blocks(outcomes)


def test_chatbot_and_literacy_obligations() -> None:
    outcomes = run("eu-ai-act", apache_saas())
    for rule in ("eu-ai-act-disclose-ai-interaction", "eu-ai-act-ai-literacy"):
        assert outcomes[rule].obligation and outcomes[rule].applies_from is None


def test_substantial_fine_tuning_makes_a_gpai_provider() -> None:
    small = run("eu-ai-act", apache_saas(deployment__fine_tune_compute_share=0.1))
    assert "eu-ai-act-gpai-provider" not in small
    big = run(
        "eu-ai-act",
        apache_saas(
            deployment__fine_tune_compute_share=0.5,
            deployment__distribution="redistribute-weights",
        ),
    )
    assert big["eu-ai-act-gpai-provider"].severity is Severity.WARN
    assert "eu-ai-act-gpai-open-source-exemption" in big


def test_a_cap_in_a_unit_the_manifest_cannot_state_warns() -> None:
    daily = run(
        "default",
        apache_saas(
            terms__user_threshold={"count": 1_000_000, "unit": "dau"},
            terms__user_threshold__count=1_000_000,
            terms__user_threshold__unit="dau",
            terms__commercial_use="restricted",
        ),
    )
    assert daily["user-cap-unchecked"].severity is Severity.WARN
    assert "1,000,000 (dau)" in daily["user-cap-unchecked"].message
    monthly = run(
        "default",
        apache_saas(
            terms__revenue_threshold={"amount": 50_000, "currency": "EUR", "period": "month"},
            terms__revenue_threshold__amount=50_000,
            terms__revenue_threshold__currency="EUR",
            terms__revenue_threshold__period="month",
            terms__revenue_threshold__measure="revenue",
        ),
    )
    assert monthly["revenue-cap-unchecked"].severity is Severity.WARN
    assert "user-cap-unchecked" not in run("default", apache_saas())


def test_a_confining_use_scope_blocks_commercial_use_and_warns_otherwise() -> None:
    saas = run("default", apache_saas(terms__use_scope=["non-production"]))
    assert "use-scope-excludes-commercial" in blocks(saas)
    research = run(
        "default",
        apache_saas(
            terms__use_scope=["evaluation"],
            deployment__distribution="research",
            deployment__commercial=False,
        ),
    )
    assert "use-scope-excludes-commercial" not in research
    assert research["use-scope-confined"].severity is Severity.WARN
    product = run("default", apache_saas(terms__use_scope=["with-product-only"]))
    assert product["use-scope-with-product-only"].severity is Severity.WARN
    assert not blocks(product)


# --- issue 14: the policy judges terms, and unknown evidence never passes --------------------


@pytest.mark.parametrize("name", ["default", "permissive-only", "osi-open-source"])
def test_terms_that_prohibit_commercial_use_block_whatever_the_declared_record(name: str) -> None:
    """The declared record is Apache-2.0, but a document of the model prohibits commercial use."""
    facts = apache_saas(terms__commercial_use="prohibited")
    assert "non-commercial-license-in-commercial-use" in blocks(run(name, facts))


def test_a_stricter_document_kind_reaches_the_allow_lists() -> None:
    facts = apache_saas(
        **{
            "effective.kinds": ["non-commercial", "permissive-oss"],
            "effective.kind": "non-commercial",
        }
    )
    assert blocks(run("permissive-only", facts))
    assert "license-not-osi-approved" in blocks(run("osi-open-source", facts))


UNREADABLE = (
    "license-file-unreadable",
    "license-file-too-large",
    "license-file-encoding",
    "card-unreadable",
    "source-file-unreadable",
    "lineage-depth-limit",
    "license-document-unread",
)
DISAGREEING = ("license-declared-vs-file", "license-files-disagree")


@pytest.mark.parametrize("observation", UNREADABLE + DISAGREEING)
def test_unreadable_or_disagreeing_evidence_warns_in_default_and_blocks_in_strict(
    observation: str,
) -> None:
    assert preset("default").observations[observation] in (Severity.WARN, Severity.BLOCK)
    assert load_policy("strict").observations[observation] is Severity.BLOCK


@pytest.mark.parametrize("observation", [*UNREADABLE[:3], "license-document-unread"])
def test_permissive_only_cannot_accept_an_unread_license_document(observation: str) -> None:
    assert preset("permissive-only").observations[observation] is Severity.BLOCK


def test_an_unresolved_parent_blocks_in_strict() -> None:
    facts = apache_saas(**{"lineage.unresolved": True})
    assert "lineage-unresolved" in run("default", facts)
    assert "lineage-unresolved" in blocks(run("strict", facts))
    assert "lineage-unresolved" in blocks(run("permissive-only", facts))


def test_an_unresolved_parent_of_a_stricter_family_blocks_everywhere() -> None:
    """Issue 33: an `apache-2.0` tag over a parent whose name places it in a family that has
    had non-commercial terms cannot stand for the weights: a block under every preset, and
    the plain `lineage-unresolved` warning gives way to it."""
    facts = apache_saas(
        **{
            "lineage.unresolved": True,
            "lineage.unresolved_families": ["flux"],
            "lineage.unresolved_family_licenses": ["LicenseRef-flux-1-dev-non-commercial"],
            "lineage.unresolved_relabelled": True,
        }
    )
    for preset in ("default", "strict", "permissive-only"):
        outcomes = run(preset, facts)
        assert "lineage-unresolved-family-relabelled" in blocks(outcomes), preset
        assert "lineage-unresolved" not in outcomes, preset
    # a declared license as strict as every license of the family: the warning only
    covered = apache_saas(**{"lineage.unresolved": True, "lineage.unresolved_families": ["phi"]})
    outcomes = run("default", covered)
    assert "lineage-unresolved" in outcomes and not blocks(outcomes)


@pytest.mark.parametrize("distribution", ["internal", "research"])
def test_naming_and_flow_down_duties_wait_for_the_model_to_leave(distribution: str) -> None:
    """Llama 3.1 1.b.i names a model "distributed or made available"; CreativeML OpenRAIL-M
    III.5 and Gemma 3.1 pass restrictions to the agreements under which others get it."""
    kept = {"deployment__distribution": distribution, "terms__downstream_propagation": True}
    outcomes = run("default", llama("3.1", **kept))
    assert "derivative-naming" not in outcomes
    assert "use-restrictions-flow-down" not in outcomes


@pytest.mark.parametrize("distribution", ["saas", "on-device", "redistribute-weights"])
def test_naming_and_flow_down_duties_bind_what_is_made_available(distribution: str) -> None:
    shared = {"deployment__distribution": distribution, "terms__downstream_propagation": True}
    outcomes = run("default", llama("3.1", **shared))
    assert outcomes["derivative-naming"].obligation
    assert outcomes["use-restrictions-flow-down"].obligation
