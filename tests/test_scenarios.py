"""Realistic deployments end to end: manifest -> Hub/API sources -> lineage -> policy -> verdict."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.errors import InputFileError
from auditor.model import AuditResult, Finding, ModelResult, Severity, Verdict
from auditor.sources.hub import HubOptions
from tests.fakehub import FakeHub

TODAY = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def run(
    hub: FakeHub,
    tmp_path: Path,
    manifest: str,
    *,
    policy: str = "default",
    now: datetime = TODAY,
) -> AuditResult:
    path = tmp_path / "manifest.yaml"
    path.write_text(manifest)
    options = AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=tmp_path / "cache"),
        policy=policy,
        clock=lambda: now,
    )
    return audit_manifest(path, options)


def finding(model: ModelResult, rule: str) -> Finding:
    found = [f for f in model.findings if f.rule == rule]
    assert found, f"{rule} not in {[f.rule for f in model.findings]}"
    return found[0]


def blocks(model: ModelResult) -> set[str]:
    return {f.rule for f in model.findings if f.severity is Severity.BLOCK and not f.waived}


def publish(hub: FakeHub, repo: str, card: str) -> str:
    return hub.add_repo(repo, {"README.md": card, "model.safetensors": b"\0" * 16})


SAAS = """\
version: 1
organization: {{name: Acme, domicile: {domicile}}}
deployment:
  mau: {mau}
  regions: [{region}]
  distribution: saas
  use_cases: [chatbot]
  data: [{data}]
  attestations: {{{attestations}}}
models:
{models}
"""


def manifest(
    models: str,
    *,
    domicile: str = "US",
    mau: int = 50_000,
    region: str = "US",
    data: str = "public",
    attestations: str = "",
    extra: str = "",
) -> str:
    return (
        SAAS.format(
            domicile=domicile,
            mau=mau,
            region=region,
            data=data,
            attestations=attestations,
            models=models,
        )
        + extra
    )


def test_eu_company_on_llama_3_2_vision_is_blocked_with_the_aup_clause(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = publish(
        fake_hub, "meta-llama/Llama-3.2-11B-Vision-Instruct", "---\nlicense: llama3.2\n---\n"
    )
    text_sha = publish(  # the published card states its task, as Meta's does
        fake_hub,
        "meta-llama/Llama-3.2-3B-Instruct",
        "---\nlicense: llama3.2\npipeline_tag: text-generation\n---\n",
    )
    result = run(
        fake_hub,
        tmp_path,
        manifest(
            f"  - meta-llama/Llama-3.2-11B-Vision-Instruct@{sha}\n"
            f"  - meta-llama/Llama-3.2-3B-Instruct@{text_sha}\n",
            domicile="DE",
            region="EU",
        ),
    )
    vision, text = result.models
    assert vision.verdict is Verdict.FAIL
    excluded = finding(vision, "territory-excludes-domicile")
    assert excluded.severity is Severity.BLOCK
    assert any("Llama 3.2 Acceptable Use Policy" in e.text for e in excluded.evidence)
    # the text-only models are not covered by the EU clause
    assert "territory-excludes-domicile" not in blocks(text)
    assert text.verdict is not Verdict.FAIL


def test_a_llama_3_2_fine_tune_of_unknown_modality_asks_an_eu_company_for_it(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    # nothing says whether this fine-tune takes images: the AUP's EU clause on multimodal
    # models may reach a German licensee, so the verdict waits for the modality, and a US
    # licensee, whom the clause cannot reach, needs nothing
    card = "---\nlicense: llama3.2\n---\n# our fine-tune\n"
    sha = publish(fake_hub, "acme/llama-3.2-ft", card)
    ref = f"  - ref: acme/llama-3.2-ft@{sha}\n"
    (german,) = run(fake_hub, tmp_path, manifest(ref, domicile="DE", region="EU")).models
    assert german.verdict is Verdict.NEEDS_INPUT
    asked = finding(german, "territory-excludes-domicile")
    assert [i.manifest_key for i in asked.needs_input] == ["models[].modality"]
    stated = ref + "    modality: text\n"
    for sub in ("b", "c"):
        (tmp_path / sub).mkdir()
    (text,) = run(fake_hub, tmp_path / "b", manifest(stated, domicile="DE", region="EU")).models
    assert "territory-excludes-domicile" not in {f.rule for f in text.findings}
    (us,) = run(fake_hub, tmp_path / "c", manifest(ref, domicile="US", region="EU")).models
    assert "territory-excludes-domicile" not in {f.rule for f in us.findings}


def test_the_hub_s_config_summary_gives_the_modality_a_card_does_not_state(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    card = "---\nlicense: llama3.2\n---\n# our fine-tune\n"
    text_config = '{"architectures": ["LlamaForCausalLM"], "model_type": "llama"}'
    vision_config = '{"architectures": ["MllamaForConditionalGeneration"], "model_type": "mllama"}'
    text = fake_hub.add_repo("acme/ft-a", {"README.md": card, "config.json": text_config})
    vision = fake_hub.add_repo("acme/ft-b", {"README.md": card, "config.json": vision_config})
    models = f"  - ref: acme/ft-a@{text}\n  - ref: acme/ft-b@{vision}\n"
    plain, multimodal = run(fake_hub, tmp_path, manifest(models, domicile="DE")).models
    assert plain.modality == "text" and multimodal.modality == "multimodal"
    assert plain.modality_evidence is not None
    assert "LlamaForCausalLM" in plain.modality_evidence.text
    assert "territory-excludes-domicile" not in {f.rule for f in plain.findings}
    assert "territory-excludes-domicile" in blocks(multimodal)


def test_900m_mau_saas_on_llama_3_1_is_blocked(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = publish(fake_hub, "meta-llama/Llama-3.1-8B-Instruct", "---\nlicense: llama3.1\n---\n")
    result = run(
        fake_hub,
        tmp_path,
        manifest(f"  - meta-llama/Llama-3.1-8B-Instruct@{sha}\n", mau=900_000_000),
    )
    (model,) = result.models
    # the Llama 3.1 cap counts the licensee's and its affiliates' users (section 2): the
    # product alone is already above it
    assert "group-mau-above-threshold" in blocks(model)
    mau = finding(model, "group-mau-above-threshold")
    assert "900,000,000" in mau.message
    assert any("clause 2" in e.text for e in mau.evidence)
    assert result.verdict is Verdict.FAIL


def test_flux_dev_in_a_paid_product_is_blocked(fake_hub: FakeHub, tmp_path: Path) -> None:
    card = "---\nlicense: other\nlicense_name: flux-1-dev-non-commercial-license\n---\n"
    sha = publish(fake_hub, "black-forest-labs/FLUX.1-dev", card)
    (model,) = run(fake_hub, tmp_path, manifest(f"  - black-forest-labs/FLUX.1-dev@{sha}\n")).models
    assert "non-commercial-license-in-commercial-use" in blocks(model)
    assert model.effective_license is not None
    assert model.effective_license.kind == "non-commercial"


PHI_API = "  - ref: api:openai_api/gpt-5.4\n    hosting: api\n"


def test_phi_through_openai_needs_an_attested_baa(fake_hub: FakeHub, tmp_path: Path) -> None:
    without = run(fake_hub, tmp_path, manifest(PHI_API, data="phi"), policy="hipaa")
    assert "hipaa-baa-required" in blocks(without.models[0])
    signed = run(
        fake_hub,
        tmp_path,
        manifest(PHI_API, data="phi", attestations="baa_signed: [openai_api]"),
        policy="hipaa",
    )
    assert "hipaa-baa-required" not in blocks(signed.models[0])


def test_eu_only_processing_with_anthropic_first_party_is_blocked(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    models = "  - ref: api:anthropic_api/claude-opus\n    hosting: api\n    region: EU\n"
    result = run(
        fake_hub,
        tmp_path,
        manifest(models, domicile="FR", region="EU", data="personal-data"),
        policy="data-residency-eu",
    )
    assert "residency-eu-processing" in blocks(result.models[0])
    openai = "  - ref: api:openai_api/gpt-5.4\n    hosting: api\n    region: EU\n"
    allowed = run(
        fake_hub,
        tmp_path,
        manifest(openai, domicile="FR", region="EU", data="personal-data"),
        policy="data-residency-eu",
    )
    assert "residency-eu-processing" not in blocks(allowed.models[0])


def test_cv_screening_is_high_risk_from_december_2027(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = publish(fake_hub, "acme/screener", "---\nlicense: apache-2.0\n---\n")
    models = f"  - ref: acme/screener@{sha}\n    use_cases: [employment]\n"
    before = run(
        fake_hub, tmp_path, manifest(models, domicile="DE", region="EU"), policy="eu-ai-act"
    )
    high_risk = finding(before.models[0], "eu-ai-act-high-risk-use")
    assert high_risk.severity is Severity.WARN
    assert high_risk.applies_from == "2027-12-02"
    assert any("26" in r.text for r in high_risk.references)
    after = run(
        fake_hub,
        tmp_path,
        manifest(models, domicile="DE", region="EU"),
        policy="eu-ai-act",
        now=datetime(2028, 1, 10, tzinfo=UTC),
    )
    assert finding(after.models[0], "eu-ai-act-high-risk-use").applies_from is None


def test_waiver_before_and_after_its_expiry(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = publish(fake_hub, "meta-llama/Llama-3.1-8B-Instruct", "---\nlicense: llama3.1\n---\n")
    ref = f"meta-llama/Llama-3.1-8B-Instruct@{sha}"
    waiver = (
        "waivers:\n"
        "  - {rule: foreign-governing-law, model: meta-llama/Llama-3.1-8B-Instruct,\n"
        "     reason: Counsel accepted California law, approved_by: legal@acme.example,\n"
        "     expires: 2027-03-31, ticket: LEGAL-7}\n"
    )
    text = manifest(f"  - {ref}\n", domicile="DE", region="EU", extra=waiver)
    live = run(fake_hub, tmp_path, text)
    law = finding(live.models[0], "foreign-governing-law")
    assert law.waived
    assert law.waiver is not None and law.waiver.ticket == "LEGAL-7"
    assert not live.findings  # the waiver was used
    expired = run(fake_hub, tmp_path, text, now=datetime(2027, 4, 2, tzinfo=UTC))
    model = expired.models[0]
    assert not finding(model, "foreign-governing-law").waived
    assert finding(model, "waiver-expired").severity is Severity.WARN


def test_unused_waiver_is_reported_for_the_run(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = publish(fake_hub, "acme/good", "---\nlicense: apache-2.0\n---\n")
    waiver = (
        "waivers:\n  - {rule: mau-above-threshold, model: acme/good, reason: accepted cap,\n"
        "     approved_by: me, expires: 2027-01-01}\n"
    )
    result = run(fake_hub, tmp_path, manifest(f"  - acme/good@{sha}\n", extra=waiver))
    assert [f.rule for f in result.findings] == ["waiver-unused"]
    assert result.findings[0].evidence[0].line is not None
    assert result.verdict is Verdict.WARN


def test_waiver_expiring_past_the_horizon_refuses_the_manifest(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    """Issue 34: `expires: 9999-12-31` is not a reviewed exception; the run names its line."""
    sha = publish(fake_hub, "acme/good", "---\nlicense: apache-2.0\n---\n")
    waiver = (
        "waivers:\n  - {rule: mau-above-threshold, model: acme/good, reason: accepted cap,\n"
        "     approved_by: legal@acme.example, expires: 9999-12-31}\n"
    )
    with pytest.raises(InputFileError) as raised:
        run(fake_hub, tmp_path, manifest(f"  - acme/good@{sha}\n", extra=waiver))
    ((line, message),) = raised.value.problems
    assert line is not None and "366 days" in message and "9999-12-31" in message


def test_unpinned_ref_warns_by_default_and_blocks_under_strict(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    publish(fake_hub, "acme/good", "---\nlicense: apache-2.0\n---\n")
    default = run(fake_hub, tmp_path, manifest("  - acme/good\n"))
    unpinned = finding(default.models[0], "model-ref-unpinned")
    assert unpinned.severity is Severity.WARN
    assert unpinned.category == "provenance"
    strict = run(fake_hub, tmp_path, manifest("  - acme/good\n"), policy="strict")
    assert "model-ref-unpinned" in blocks(strict.models[0])


INTERNAL = """\
version: 1
organization: {{name: Acme, domicile: US{kind}}}
deployment:
  distribution: internal
  use_cases: [internal-analytics]
  data: [confidential]
models:
  - ref: org/nc-model@{sha}
"""


def test_a_company_using_a_non_commercial_model_internally_fails(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = publish(fake_hub, "org/nc-model", "---\nlicense: cc-by-nc-4.0\n---\n# NC model\n")
    for kind in ("", ", type: company"):  # a manifest that does not say is a company's
        result = run(fake_hub, tmp_path, INTERNAL.format(kind=kind, sha=sha))
        (model,) = result.models
        assert model.verdict is Verdict.FAIL, kind
        assert "non-commercial-license-in-commercial-use" in blocks(model)
        assert "internal" in finding(model, "non-commercial-license-in-commercial-use").message


def test_internal_use_by_a_non_profit_is_not_commercial(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = publish(fake_hub, "org/nc-model", "---\nlicense: cc-by-nc-4.0\n---\n# NC model\n")
    for kind in ("non-profit", "academic", "government"):
        result = run(fake_hub, tmp_path, INTERNAL.format(kind=f", type: {kind}", sha=sha))
        (model,) = result.models
        assert "non-commercial-license-in-commercial-use" not in blocks(model), kind


def test_an_unknown_organization_type_is_a_manifest_error(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    import pytest

    from auditor.errors import InputFileError

    with pytest.raises(InputFileError) as caught:
        run(fake_hub, tmp_path, INTERNAL.format(kind=", type: compnay", sha="a" * 40))
    (line, message), *_ = caught.value.problems
    assert line == 2
    assert "compnay" in message and "company" in message
