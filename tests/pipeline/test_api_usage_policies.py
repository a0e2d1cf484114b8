"""An API model's usage policy is compared with the deployment's declared use cases.

Expectations come from the providers' usage policies as read on 2026-11-25 (recorded in
license_db/providers/*.yaml `use_restrictions`, with the table license_db/use_restriction_rules.yaml
giving each rule's severity), never from the tool's output:
- OpenAI Usage Policies (2025-10-29), "Empower people": no automating high-stakes decisions in
  employment, credit, housing, education, insurance, ... without human review;
- Anthropic Usage Policy (2025-09-15), High-Risk Use Case Requirements: employment, finance,
  insurance, legal, healthcare and admissions decisions need a qualified professional's review;
- Google Generative AI Prohibited Use Policy (2024-12-17) item 1.8 (Gemini API, Vertex AI): no
  automated decisions harming individual rights in employment, finance, housing, ... without
  human supervision;
- AWS Responsible AI Policy (2023-09-28): consequential decisions (hiring, lending, education)
  need appropriate human oversight;
- Microsoft Enterprise AI Services Code of Conduct (Azure OpenAI): no consequential decisions
  without appropriate human oversight;
- Mistral Usage Policy (2026-06-11): no content for military and warfare or for operating
  critical infrastructure; no professional advice without qualification; no automated-decision
  clause;
- Cohere's usage policy could not be read: no tag is claimed (unknown).
A plain chatbot, content or code generation product is none of these uses, on any provider.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.model import ModelResult, Severity, Verdict
from tests.pipeline.test_api_terms import PROVIDERS, audit, model_line

UNREAD = "cohere"  # its usage policy could not be read: no tags claimed
MAPPED = tuple(key for key in PROVIDERS if key != UNREAD)
# providers whose policy bars automated decisions about people without a person reviewing them
AUTOMATED_DECISIONS = (
    "openai_api",
    "anthropic_api",
    "google_gemini_api",
    "google_vertex_ai",
    "azure_openai",
    "aws_bedrock",
)
POLICY_URL = {
    "openai_api": "https://openai.com/policies/usage-policies/",
    "anthropic_api": "https://www.anthropic.com/legal/aup",
    "google_gemini_api": "https://policies.google.com/terms/generative-ai/use-policy",
    "google_vertex_ai": "https://policies.google.com/terms/generative-ai/use-policy",
    "azure_openai": "https://learn.microsoft.com/legal/ai-code-of-conduct",
    "aws_bedrock": "https://aws.amazon.com/machine-learning/responsible-ai/policy/",
    "mistral": "https://legal.mistral.ai/terms/usage-policy",
}


def aup(model: ModelResult) -> dict[str, Severity]:
    return {f.rule: f.severity for f in model.findings if f.rule.startswith("aup-")}


def screening(tmp_path: Path, key: str, oversight: str | None) -> ModelResult:
    """A CV-screening product: employment decisions, with or without a person deciding."""
    path = tmp_path / "manifest.yaml"
    attest = "" if oversight is None else f"  attestations: {{human_oversight: {oversight}}}\n"
    path.write_text(
        "version: 1\norganization: {name: Acme, domicile: US}\n"
        "deployment:\n  mau: 5000\n  distribution: saas\n  use_cases: [employment]\n"
        "  data: [personal-data]\n" + attest + "models:\n" + model_line(f"api:{key}/m"),
        encoding="utf-8",
    )
    clock = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    options = AuditOptions(policy="default", clock=lambda: clock, suggest_alternatives=False)
    return audit_manifest(path, options).models[0]


@pytest.mark.parametrize("use_case", ["chatbot", "content-generation", "code-generation"])
@pytest.mark.parametrize("key", PROVIDERS)
def test_an_ordinary_product_meets_no_usage_policy_rule(
    tmp_path: Path, key: str, use_case: str
) -> None:
    model = audit(tmp_path, model_line(f"api:{key}/m"), use_cases=use_case).models[0]
    assert aup(model) == {}, (key, use_case)
    assert model.verdict is not Verdict.FAIL


@pytest.mark.parametrize("key", AUTOMATED_DECISIONS)
def test_unreviewed_cv_screening_is_blocked(tmp_path: Path, key: str) -> None:
    model = screening(tmp_path, key, "false")
    assert aup(model).get("aup-automated-decision-making") is Severity.BLOCK, key
    assert model.verdict is Verdict.FAIL
    assert "aup-automated-decision-making-overseen" not in aup(model)


@pytest.mark.parametrize("key", AUTOMATED_DECISIONS)
def test_cv_screening_that_does_not_say_who_decides_asks(tmp_path: Path, key: str) -> None:
    # the policies ban decisions made without a person: whether one decides is the fact
    model = screening(tmp_path, key, None)
    (asked,) = [f for f in model.findings if f.rule == "aup-automated-decision-making"]
    assert [i.manifest_key for i in asked.needs_input] == [
        "deployment.attestations.human_oversight"
    ], key
    assert model.verdict is Verdict.NEEDS_INPUT


@pytest.mark.parametrize("key", AUTOMATED_DECISIONS)
def test_cv_screening_with_a_person_deciding_only_warns(tmp_path: Path, key: str) -> None:
    model = screening(tmp_path, key, "true")
    rules = aup(model)
    assert rules.get("aup-automated-decision-making-overseen") is Severity.WARN, key
    assert "aup-automated-decision-making" not in rules
    assert not any(s is Severity.BLOCK for s in rules.values())


def test_mistral_has_no_automated_decision_clause(tmp_path: Path) -> None:
    rules = aup(screening(tmp_path, "mistral", None))
    assert "aup-automated-decision-making" not in rules
    # its hate-and-discrimination ban is a manner of use in hiring: a warning (table severity)
    assert rules.get("aup-discrimination") is Severity.WARN


def test_an_unread_policy_claims_no_tag_and_clears_no_use(tmp_path: Path) -> None:
    # Cohere's usage policy could not be read: its restrictions are unknown, not "none", so a
    # use case a usage policy may ban (employment decisions) stays undecided and blocks until
    # reviewed, while an ordinary product passes (test above)
    model = screening(tmp_path, UNREAD, None)
    assert model.terms["use_restrictions"] is None
    assert "could not be read" in model.term_evidence["use_restrictions"][0].text
    # both decisions rules stay undecided: whether decisions are banned, and whether review
    # would cure such a ban (aup-decisions-even-if-reviewed), are unknown alike
    blocked = {f.rule: f for f in model.findings if f.rule.startswith("aup-")}
    assert sorted(blocked) == ["aup-automated-decision-making", "aup-decisions-even-if-reviewed"]
    assert all(f.severity is Severity.BLOCK for f in blocked.values())
    assert all("not known" in f.message for f in blocked.values())
    assert model.verdict is Verdict.FAIL  # a license fact unknown: not a question for the user


@pytest.mark.parametrize(
    ("key", "use_case", "rule", "severity"),
    [
        # Mistral: operating critical infrastructure and military use are named outright
        ("mistral", "critical-infrastructure", "aup-critical-infrastructure", Severity.BLOCK),
        ("mistral", "military", "aup-military", Severity.BLOCK),
        # qualified professionals only: a manner of use, legal confirms (warn)
        ("mistral", "medical-advice", "aup-medical-advice", Severity.WARN),
        ("openai_api", "legal-advice", "aup-legal-advice", Severity.WARN),
        ("anthropic_api", "financial-advice", "aup-financial-advice", Severity.WARN),
        # OpenAI: real-time remote biometric identification in public places
        (
            "openai_api",
            "realtime-remote-biometric-id",
            "aup-biometric-identification",
            Severity.BLOCK,
        ),
        # Anthropic: predictive policing and criminal-justice determinations are named in its
        # universal standards (a ban narrower than RAIL's: migration is not named)
        ("anthropic_api", "predictive-policing", "aup-criminal-justice", Severity.BLOCK),
        ("anthropic_api", "justice-democracy", "aup-criminal-justice", Severity.BLOCK),
        # Google PUP 1.7: no tracking or monitoring people without their consent
        ("google_vertex_ai", "surveillance", "aup-surveillance", Severity.BLOCK),
        # deepfakes: impersonation without consent and undisclosed AI content (warn)
        ("google_gemini_api", "deepfake-generation", "aup-impersonation", Severity.WARN),
        ("azure_openai", "deepfake-generation", "aup-undisclosed-ai-content", Severity.WARN),
    ],
)
def test_a_use_the_policy_names_is_caught_at_the_table_severity(
    tmp_path: Path, key: str, use_case: str, rule: str, severity: Severity
) -> None:
    model = audit(tmp_path, model_line(f"api:{key}/m"), use_cases=use_case).models[0]
    assert aup(model).get(rule) is severity, (key, use_case, aup(model))


@pytest.mark.parametrize(
    ("key", "use_case", "rule"),
    [
        # AWS bars only *unlawful* tracking and identification: the law decides, not the AUP
        ("aws_bedrock", "surveillance", "aup-surveillance"),
        # Anthropic bars attacks on critical infrastructure, not operating it
        ("anthropic_api", "critical-infrastructure", "aup-critical-infrastructure"),
        # OpenAI lists law enforcement only among automated decisions: a reviewed use passes it
        ("openai_api", "law-enforcement", "aup-law-enforcement"),
        # Anthropic's criminal-justice standard does not name immigration or asylum processes
        ("anthropic_api", "migration-border", "aup-law-enforcement"),
        ("anthropic_api", "migration-border", "aup-criminal-justice"),
    ],
)
def test_a_use_the_policy_does_not_ban_outright_is_not_blocked_by_its_domain_rule(
    tmp_path: Path, key: str, use_case: str, rule: str
) -> None:
    model = audit(tmp_path, model_line(f"api:{key}/m"), use_cases=use_case).models[0]
    assert rule not in aup(model)


@pytest.mark.parametrize("key", MAPPED)
def test_the_terms_name_the_provider_file_and_the_policy(tmp_path: Path, key: str) -> None:
    model = audit(tmp_path, model_line(f"api:{key}/m")).models[0]
    assert model.terms["use_restrictions"], key
    (quote,) = model.term_evidence["use_restrictions"]
    assert quote.file == f"license_db/providers/{key}.yaml"
    assert quote.line is not None
    assert POLICY_URL[key] in quote.text
    assert "compiled 2026-11-25" in quote.text
