"""API models carry their provider's business terms, and residency follows the configured region.

Expectations come from ../shared/provider-terms.yaml (the providers' business terms, as
compiled on 2026-11-25) and compliance-facts.md §3.2 and §6.3, never from the tool's output:
- every catalogued provider's business or API terms allow commercial use (commercial_use:
  allowed), so a company's SaaS chatbot on any of them is not blocked on commercial use;
- OpenAI §3.3(e), Anthropic §D.4, the Gemini API Use Restrictions and AWS Service Terms
  §50.5 bar using output to build competing models; Mistral's terms only bar image output for
  competing image models; Azure's, Vertex AI's and Cohere's clauses were not retrieved (unknown);
- residency: only OpenAI (US, EU), Azure (US, EU), Bedrock (US, EU, ...), Vertex AI (US, EU),
  Anthropic (US), Mistral (EU) and Cohere (US) document in-region processing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.knowledge.providers import load_providers
from auditor.model import AuditResult, Finding, ModelResult, Severity, Verdict
from tests.conftest import ROOT

TODAY = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PROVIDERS = (
    "openai_api",
    "anthropic_api",
    "google_gemini_api",
    "google_vertex_ai",
    "azure_openai",
    "aws_bedrock",
    "mistral",
    "cohere",
)
MANIFEST = """\
version: 1
organization: {{name: Acme, domicile: {domicile}}}
deployment:
  mau: 20000
  regions: [{regions}]
  data: [{data}]
  use_cases: [{use_cases}]
  distribution: {distribution}
models:
{models}
"""


def audit(
    tmp_path: Path,
    models: str,
    *,
    policy: str = "default",
    domicile: str = "US",
    regions: str = "US",
    data: str = "public",
    use_cases: str = "chatbot",
    distribution: str = "saas",
) -> AuditResult:
    path = tmp_path / "manifest.yaml"
    path.write_text(
        MANIFEST.format(
            domicile=domicile,
            regions=regions,
            data=data,
            use_cases=use_cases,
            distribution=distribution,
            models=models,
        ),
        encoding="utf-8",
    )
    options = AuditOptions(policy=policy, clock=lambda: TODAY, suggest_alternatives=False)
    return audit_manifest(path, options)


def model_line(ref: str, region: str | None = None) -> str:
    return f"  - ref: {ref}\n" + (f"    region: {region}\n" if region else "")


def blocks(model: ModelResult) -> set[str]:
    return {f.rule for f in model.findings if f.severity is Severity.BLOCK and not f.waived}


def finding(model: ModelResult, rule: str) -> Finding:
    found = [f for f in model.findings if f.rule == rule]
    assert found, f"{rule} not in {[f.rule for f in model.findings]}"
    return found[0]


# --- commercial use under the business terms ----------------------------------------------------


@pytest.mark.parametrize("distribution", ["saas", "internal"])
def test_every_provider_passes_a_plain_commercial_chatbot(
    tmp_path: Path, distribution: str
) -> None:
    models = "".join(model_line(f"api:{key}/some-model") for key in PROVIDERS)
    result = audit(tmp_path, models, distribution=distribution)
    assert [m.ref for m in result.models] == [f"api:{key}/some-model" for key in PROVIDERS]
    for model in result.models:
        assert not blocks(model), (model.ref, blocks(model))
        assert model.terms["commercial_use"] == "allowed", model.ref
        assert model.terms["kind"] == "proprietary-terms", model.ref


def test_the_readme_api_model_is_not_blocked_for_a_us_saas(tmp_path: Path) -> None:
    result = audit(tmp_path, model_line("api:openai_api/gpt-5.4"))
    assert "non-commercial-license-in-commercial-use" not in blocks(result.models[0])
    assert result.verdict is not Verdict.FAIL


def test_terms_carry_the_provider_file_fact_its_source_and_date(tmp_path: Path) -> None:
    model = audit(tmp_path, model_line("api:anthropic_api/claude-opus")).models[0]
    (quote,) = model.term_evidence["commercial_use"]
    assert quote.file == "license_db/providers/anthropic_api.yaml"
    lines = (ROOT / quote.file).read_text(encoding="utf-8").splitlines()
    assert quote.line is not None and lines[quote.line - 1] == "commercial_use:"
    assert "https://www.anthropic.com/legal/commercial-terms" in quote.text
    assert "2025-06-17" in quote.text and "compiled 2026-11-25" in quote.text
    assert "secondary" in quote.text  # evidence S: an Open Terms Archive copy


def test_a_provider_changing_its_terms_and_incorporating_a_policy_is_stated(
    tmp_path: Path,
) -> None:
    openai, gemini = audit(
        tmp_path, model_line("api:openai_api/gpt-5.4") + model_line("api:google_gemini_api/g")
    ).models
    # OpenAI §16.1 incorporates the Usage Policies, §16.13 lets OpenAI update them
    assert openai.terms["acceptable_use_policy_incorporated"] is True
    assert openai.terms["licensor_may_update_terms"] is True
    # the Gemini API terms' change clause was not retrieved: unknown, not "no"
    assert gemini.terms["licensor_may_update_terms"] is None
    # Gemini API Use Restrictions: no clinical practice or medical advice
    assert "medical-advice" in gemini.terms["use_restrictions"]


# --- output use ---------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["openai_api", "anthropic_api", "google_gemini_api", "aws_bedrock"])
def test_distillation_is_blocked_where_the_terms_ban_competing_models(
    tmp_path: Path, key: str
) -> None:
    model = audit(tmp_path, model_line(f"api:{key}/m"), use_cases="chatbot, distillation").models[0]
    assert model.terms["output_use_restriction"] is True
    blocked = finding(model, "output-use-restriction-distillation")
    assert blocked.severity is Severity.BLOCK
    assert "could not be checked" not in blocked.message


def test_distillation_on_mistral_is_not_blocked_on_output_use(tmp_path: Path) -> None:
    # Mistral §3.3 bars only image outputs for competing image-generation products
    model = audit(tmp_path, model_line("api:mistral/m"), use_cases="chatbot, distillation").models[
        0
    ]
    assert model.terms["output_use_restriction"] is False
    assert "output-use-restriction-distillation" not in blocks(model)


@pytest.mark.parametrize("key", ["azure_openai", "google_vertex_ai", "cohere"])
def test_distillation_fails_closed_where_the_output_clause_is_unknown(
    tmp_path: Path, key: str
) -> None:
    model = audit(tmp_path, model_line(f"api:{key}/m"), use_cases="chatbot, distillation").models[0]
    assert model.terms["output_use_restriction"] is None
    blocked = finding(model, "output-use-restriction-distillation")
    assert blocked.severity is Severity.BLOCK
    assert "could not be checked" in blocked.message


# --- governing law by where the customer is -------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "domicile", "law"),
    [
        ("openai_api", "US", "US-CA"),  # §16.3: California law outside the EEA, CH and UK
        ("openai_api", "DE", "IE"),  # §16.3: Irish law in the EEA
        ("anthropic_api", "GB", "IE"),  # §M.7: Irish law for UK customers too
        ("mistral", "FR", "FR"),  # §14.10: French law outside the Americas and APAC
        ("mistral", "US", "US-CA"),  # §14.10: the Americas
        ("mistral", "AR", "US-CA"),  # §14.10: Argentina is plainly in the Americas
        ("mistral", "PH", "SG"),  # §14.10: Asia-Pacific
        ("mistral", "KZ", None),  # a country the terms' regions do not plainly place
        ("cohere", "DE", "CA-ON"),  # SaaS Agreement: Ontario, whoever the customer is
        ("google_gemini_api", "US", None),  # the Google APIs terms' law was not retrieved
    ],
)
def test_governing_law_follows_the_customer_location(
    tmp_path: Path, key: str, domicile: str, law: str | None
) -> None:
    model = audit(tmp_path, model_line(f"api:{key}/m"), domicile=domicile).models[0]
    assert model.terms["governing_law"] == law
    foreign = any(f.rule == "foreign-governing-law" for f in model.findings)
    assert foreign is (law is not None and law.split("-")[0] != domicile)


# --- residency by the configured region -----------------------------------------------------------


def test_eu_personal_data_to_a_us_region_project_is_blocked(tmp_path: Path) -> None:
    result = audit(
        tmp_path,
        model_line("api:openai_api/gpt-5.4", "US"),
        policy="data-residency-eu",
        domicile="DE",
        regions="EU",
        data="personal-data",
    )
    assert "residency-eu-processing" in blocks(result.models[0])


@pytest.mark.parametrize(
    ("ref", "region"),
    [
        ("api:openai_api/gpt-5.4", "EU"),
        ("api:openai_api/gpt-5.4", "DE"),
        ("api:azure_openai/gpt-4o", "FR"),
        ("api:aws_bedrock/claude", "EU"),
        ("api:google_vertex_ai/gemini", "NL"),
        ("api:mistral/mistral-large", "EU"),
    ],
)
def test_an_eu_region_on_a_provider_with_eu_processing_passes_the_rule(
    tmp_path: Path, ref: str, region: str
) -> None:
    model = audit(
        tmp_path,
        model_line(ref, region),
        policy="data-residency-eu",
        domicile="DE",
        regions="EU",
        data="personal-data",
    ).models[0]
    assert "residency-eu-processing" not in blocks(model)
    assert finding(model, "residency-eu-configuration").severity is Severity.INFO


def test_an_unstated_region_fails_closed_asking_for_it(tmp_path: Path) -> None:
    model = audit(
        tmp_path,
        model_line("api:openai_api/gpt-5.4"),
        policy="data-residency-eu",
        domicile="DE",
        regions="EU",
        data="personal-data",
    ).models[0]
    blocked = finding(model, "residency-eu-processing")
    assert blocked.severity is Severity.BLOCK
    assert "could not be checked" in blocked.message
    assert "State the region (models[].region in the manifest)" in (blocked.remediation or "")


@pytest.mark.parametrize(
    ("ref", "region", "policy"),
    [
        ("api:anthropic_api/claude", "EU", "data-residency-eu"),  # first party: US only
        ("api:cohere/command", "DE", "data-residency-eu"),  # SaaS on Google Cloud in the US
        ("api:google_gemini_api/gemini", "EU", "data-residency-eu"),  # no region setting
        ("api:openai_api/gpt-5.4", "GB", "data-residency-eu"),  # outside the EU/EEA
        ("api:mistral/mistral-large", "US", "data-residency-us"),  # US processing unconfirmed
        ("api:openai_api/gpt-5.4", "EU", "data-residency-us"),  # configured outside the US
        # inference_geo us is for Claude 4.6 and later: not an older model, nor a bare name
        ("api:anthropic_api/claude-sonnet-4.5", "US", "data-residency-us"),
        ("api:anthropic_api/claude", "US", "data-residency-us"),
    ],
)
def test_a_region_the_provider_cannot_honour_is_blocked(
    tmp_path: Path, ref: str, region: str, policy: str
) -> None:
    rule = "residency-eu-processing" if policy.endswith("eu") else "residency-us-processing"
    model = audit(tmp_path, model_line(ref, region), policy=policy).models[0]
    assert rule in blocks(model)


def test_a_us_region_on_anthropic_passes_the_us_rule(tmp_path: Path) -> None:
    # inference_geo us with a US workspace, on a Claude 4.6 model: documented US processing
    model = audit(
        tmp_path, model_line("api:anthropic_api/claude-opus-4-6", "US"), policy="data-residency-us"
    ).models[0]
    assert "residency-us-processing" not in blocks(model)


def test_the_catalog_is_the_one_tested() -> None:
    assert set(load_providers()) == set(PROVIDERS)
