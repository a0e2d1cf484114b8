"""A provider-hosted open-weight model keeps its own licence (lineage/hosted.py).

Expectations from the texts: AWS Service Terms §50.12.1 (third-party models on Bedrock are
under their providers' terms), the Llama 3.1 Community License §2 (700M monthly active users)
and its use policy, the Gemma Terms §2.2, the Mistral Research Licence (no commercial use).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.knowledge.model_families import load_model_families
from auditor.knowledge.providers import load_providers
from auditor.lineage.hosted import hosted_license, hosted_name, with_hosted_terms
from auditor.pipeline.outcomes import provider_license_terms


@pytest.mark.parametrize(
    ("model", "name"),
    [
        ("meta.llama3-1-70b-instruct-v1:0", "meta-llama3.1-70b-instruct"),
        ("eu.meta.llama3-2-3b-instruct-v1:0", "meta-llama3.2-3b-instruct"),  # inference profile
        ("meta.llama3-8b-instruct-v1:0", "meta-llama3-8b-instruct"),
        ("openai.gpt-oss-120b-1:0", "openai-gpt-oss-120b"),
        ("llama-3.2-90b-vision-instruct-maas", "llama-3.2-90b-vision-instruct"),
        ("claude-sonnet-4@20250514", "claude-sonnet-4"),
        ("gemma-3-27b-it", "gemma-3-27b-it"),
    ],
)
def test_provider_ids_read_as_model_names(model: str, name: str) -> None:
    assert hosted_name(model) == name


def _hosted(provider: str, model: str):  # type: ignore[no-untyped-def]
    return hosted_license(
        load_providers()[provider], model, load_model_families(), load_license_db()
    )


def test_llama_on_bedrock_keeps_its_cap_and_use_policy() -> None:
    hosted = _hosted("aws_bedrock", "meta.llama3-1-70b-instruct-v1:0")
    assert hosted is not None and hosted.applied
    assert hosted.license_id == "LicenseRef-llama-3.1-community"
    assert hosted.values["mau_threshold"] == 700_000_000
    assert "unlicensed-professional-practice" in hosted.values["use_restrictions"]
    assert "§50.12.1" in hosted.message


def test_a_non_commercial_release_is_not_applied_to_the_hosted_offering() -> None:
    hosted = _hosted("aws_bedrock", "mistral.mistral-large-2407-v1:0")
    assert hosted is not None and not hosted.applied
    assert "not hold" in hosted.message and not hosted.values


@pytest.mark.parametrize(
    ("provider", "model"),
    [
        ("aws_bedrock", "anthropic.claude-3-5-sonnet-20240620-v1:0"),  # no open-weight family
        ("aws_bedrock", "amazon.nova-pro-v1:0"),
        ("azure_openai", "Meta-Llama-3.1-70B-Instruct"),  # Azure's terms say nothing of it
        ("openai_api", "gpt-4o"),
    ],
)
def test_nothing_is_read_where_no_licence_is_known_to_apply(provider: str, model: str) -> None:
    assert _hosted(provider, model) is None


def test_a_provider_without_the_fact_keeps_its_terms_alone() -> None:
    bedrock = replace(load_providers()["aws_bedrock"], hosted_model_licenses=None)
    assert (
        hosted_license(
            bedrock, "meta.llama3-1-70b-instruct-v1:0", load_model_families(), load_license_db()
        )
        is None
    )


def test_merged_terms_add_the_licence_duties_cap_and_law() -> None:
    bedrock = load_providers()["aws_bedrock"]
    alone, _, none = provider_license_terms(bedrock, "US")
    values, evidence, hosted = provider_license_terms(
        bedrock, "US", "meta.llama3-1-70b-instruct-v1:0"
    )
    assert none is None and hosted is not None
    assert alone["mau_threshold"] is None and values["mau_threshold"] == 700_000_000
    # the AWS Customer Agreement's law was not retrieved; the Llama licence names California's
    assert alone["governing_law"] is None and values["governing_law"] == "US-CA"
    assert values["kind"] == alone["kind"]
    assert values["attribution_required"] is True and values["naming_requirement"] == "Llama"
    assert values["commercial_use"] == "restricted"  # the cap, the stricter word
    quotes = " ".join(e.text for e in evidence["mau_threshold"])
    assert "llama" in quotes.lower()


def test_an_unknown_provider_fact_stays_unknown() -> None:
    hosted = _hosted("aws_bedrock", "meta.llama3-1-70b-instruct-v1:0")
    assert hosted is not None
    values, _ = with_hosted_terms(
        {"use_restrictions": None, "output_use_restriction": None}, {}, hosted
    )
    assert values["use_restrictions"] is None  # the provider's usage policy is still unread
    assert values["output_use_restriction"] is (hosted.values["output_use_restriction"] or None)


@pytest.mark.parametrize(
    ("model", "modality"),
    [
        ("us.meta.llama4-maverick-17b-instruct-v1:0", "multimodal"),  # every Llama 4 takes images
        ("eu.meta.llama3-2-3b-instruct-v1:0", "text"),  # the 1B and 3B are text-only
        ("meta.llama3-2-11b-instruct-v1:0", None),  # Bedrock's name hides that it is the vision one
    ],
)
def test_the_family_rule_says_what_a_hosted_model_takes_in(model: str, modality: str) -> None:
    hosted = _hosted("aws_bedrock", model)
    assert hosted is not None and hosted.modality == modality
