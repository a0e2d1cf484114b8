"""The API-provider catalog loads, agrees with the compiled source and yields `provider.*` facts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from auditor.errors import LicenseDBError, TargetError
from auditor.knowledge.providers import (
    CERTIFICATIONS,
    PROVIDER_FACT_NAMES,
    ProviderTerms,
    load_providers,
    parse_api_ref,
    provider_facts,
)
from auditor.resources import license_db_dir
from tests.conftest import ROOT, SHARED

PROVIDERS_DIR = license_db_dir() / "providers"
SOURCE = SHARED / "provider-terms.yaml"
EXPECTED_KEYS = {
    "openai_api",
    "anthropic_api",
    "google_gemini_api",
    "google_vertex_ai",
    "azure_openai",
    "aws_bedrock",
    "mistral",
    "cohere",
}


def source_providers() -> dict[str, Any]:
    if not SOURCE.is_file():
        pytest.skip(f"{SOURCE} is not beside the checkout")
    data = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    providers: dict[str, Any] = data["providers"]
    return providers


def terms(key: str) -> ProviderTerms:
    return load_providers()[key]


# --- the shipped catalog ---------------------------------------------------------------------


def test_every_provider_file_loads() -> None:
    providers = load_providers()
    assert set(providers) == EXPECTED_KEYS
    assert {p.stem for p in PROVIDERS_DIR.glob("*.yaml")} == EXPECTED_KEYS
    for key, item in providers.items():
        assert item.key == key
        assert item.display_name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.as_of)
        assert item.sources and all(url.startswith("https://") for url in item.sources)
        assert set(item.certifications) <= set(CERTIFICATIONS)
        for code in (*item.processing_regions, *item.storage_regions):
            assert re.fullmatch(r"[A-Z][A-Z0-9]{1,3}(-[A-Z0-9]+)?", code), code


def test_load_is_cached() -> None:
    assert load_providers() is load_providers()


def test_catalog_keys_and_values_follow_the_source() -> None:
    source = source_providers()
    catalog = load_providers()
    assert set(catalog) == set(source)
    for key, entry in source.items():
        item = catalog[key]
        assert item.as_of == entry["as_of"], key
        assert item.baa_available is entry["baa_available"]["value"], key
        assert (
            item.trains_on_api_data_by_default is entry["trains_on_api_data_by_default"]["value"]
        ), key
        assert item.default_retention_days == entry["default_retention_days"]["value"], key
        assert (
            item.zero_data_retention_available is entry["zero_data_retention_available"]["value"]
        ), key
        assert set(item.sources) == set(entry["sources"]), key
        assert ("soc2" in item.certifications) is bool(entry["soc2"]["value"]), key
        assert ("iso27001" in item.certifications) is bool(entry["iso27001"]["value"]), key


def test_fact_evidence_follows_the_source() -> None:
    source = source_providers()
    facts = (
        "baa_available",
        "trains_on_api_data_by_default",
        "default_retention_days",
        "zero_data_retention_available",
        "gdpr_dpa",
        "gpai_code_of_practice_signatory",
    )
    for key, entry in source.items():
        mine = yaml.safe_load((PROVIDERS_DIR / f"{key}.yaml").read_text(encoding="utf-8"))
        for fact in facts:
            assert mine[fact]["evidence"] == entry[fact].get("evidence"), (key, fact)
            assert mine[fact]["value"] == entry[fact]["value"], (key, fact)
            assert mine[fact]["as_of"] == entry["as_of"], (key, fact)
        assert mine["data_residency"]["evidence"] == entry["data_residency_regions"]["evidence"]
        assert mine["certifications"]["soc2"]["evidence"] == entry["soc2"].get("evidence")


def test_contract_facts_follow_the_source() -> None:
    # the business-terms facts of ../shared/provider-terms.yaml (added 2026-11-25)
    for key, entry in source_providers().items():
        contract = terms(key).contract
        assert contract.commercial_use == entry["commercial_use"]["value"], key
        outputs = entry["output_use_restrictions"]["value"]
        assert contract.output_use_restrictions == (None if outputs is None else tuple(outputs))
        aup = entry["acceptable_use_policy"]
        assert contract.acceptable_use_policy_incorporated is aup["incorporated"], key
        changes = entry["terms_may_change_unilaterally"]["value"]
        may_update = True if True in (changes, aup["licensor_may_update_terms"]) else None
        assert contract.licensor_may_update_terms is may_update, key
        law = entry["governing_law"]
        by_location = law.get("by_customer_location") or {}
        if not by_location:
            assert contract.governing_law == law["value"], key
        assert bool(contract.governing_law_by_location) is bool(by_location), key
        for fact in contract.facts:
            assert fact.as_of == "2026-11-25", (key, fact.fact)
            assert fact.line is not None, (key, fact.fact)
            assert all(url.startswith("https://") for url in fact.sources), (key, fact.fact)


def test_customer_location_laws_follow_the_source() -> None:
    source = source_providers()
    for key in ("openai_api", "anthropic_api"):
        expected = source[key]["governing_law"]["by_customer_location"]
        laws = dict(terms(key).contract.governing_law_by_location)
        assert laws == {"EEA": expected["EEA"], "CH": expected["CH"], "GB": expected["GB"]}
        assert terms(key).contract.governing_law == expected["other"]
    mistral = dict(terms("mistral").contract.governing_law_by_location)
    assert mistral["EEA"] == "FR" and mistral["US"] == "US-CA" and mistral["SG"] == "SG"
    assert terms("mistral").contract.governing_law is None  # Americas and APAC are not lists


def test_source_processing_true_codes_are_processing_regions() -> None:
    # Where the source gives a plain two-letter code with processing: true, the catalog has it;
    # where it gives processing null or only storage, the catalog does not.
    for key, entry in source_providers().items():
        for region in entry["data_residency_regions"]["value"]:
            code = str(region.get("code", ""))
            if not re.fullmatch(r"[a-z]{2}", code) or region.get("setting") == "workspace_geo":
                continue
            documented = region.get("processing") is True or (
                isinstance(region.get("processing"), str) and code != "global"
            )
            assert (code.upper() in terms(key).processing_regions) is documented, (key, code)


def test_openai_api_spot_checks() -> None:
    item = terms("openai_api")
    assert item.baa_available is True
    assert any("baa@openai.com" in c for c in item.baa_conditions)
    assert set(item.processing_regions) == {"US", "EU"}
    assert set(item.storage_regions) == {"US", "EU", "GB", "CA", "JP", "IN", "SG", "KR", "AU", "AE"}
    assert item.default_retention_days == 30
    assert item.trains_on_api_data_by_default is False
    assert item.zero_data_retention_available is True


def test_anthropic_api_has_no_first_party_eu_processing() -> None:
    item = terms("anthropic_api")
    assert item.baa_available is True
    assert item.processing_regions == ("US",)  # inference_geo=us; "global" is no region
    assert item.storage_regions == ("US",)  # workspace_geo offers only us
    assert "EU" not in item.processing_regions
    assert item.default_retention_days == 7
    assert item.trains_on_api_data_by_default is False
    assert any("EU" in note and "Bedrock" in note for note in item.notes)


def test_other_providers_spot_checks() -> None:
    gemini = terms("google_gemini_api")
    assert gemini.baa_available is None
    assert gemini.processing_regions == gemini.storage_regions == ()
    assert gemini.trains_on_api_data_by_default is None  # depends on the tier
    assert gemini.certifications == ()
    assert any("by tier: paid=false, unpaid=true" in note for note in gemini.notes)

    assert set(terms("google_vertex_ai").processing_regions) == {"US", "EU"}
    assert set(terms("azure_openai").processing_regions) == {"US", "EU"}
    assert terms("azure_openai").default_retention_days is None
    assert set(terms("aws_bedrock").processing_regions) == {"US", "EU", "APAC", "JP", "AU"}
    assert terms("aws_bedrock").storage_regions == ()

    mistral = terms("mistral")
    assert mistral.processing_regions == ("EU",)  # the US entry has processing null
    assert mistral.trains_on_api_data_by_default is None
    assert mistral.default_retention_days == 30

    cohere = terms("cohere")
    assert cohere.baa_available is False
    assert cohere.trains_on_api_data_by_default is True  # opt-out
    assert cohere.processing_regions == ("US",)


# --- provider.* facts ------------------------------------------------------------------------


def documented_provider_facts() -> list[str]:
    text = (ROOT / "docs" / "policy-facts.md").read_text(encoding="utf-8")
    return re.findall(r"^\| `(provider\.[a-z_]+)` \|", text, flags=re.MULTILINE)


def test_fact_names_are_the_documented_ones() -> None:
    assert list(PROVIDER_FACT_NAMES) == documented_provider_facts()


def test_facts_of_a_known_provider() -> None:
    facts = provider_facts(terms("openai_api"))
    assert list(facts) == list(PROVIDER_FACT_NAMES)
    assert facts["provider.key"] == "openai_api"
    assert facts["provider.known"] is True
    assert facts["provider.baa_available"] is True
    assert facts["provider.processing_regions"] == ["US", "EU"]
    assert facts["provider.default_retention_days"] == 30
    assert facts["provider.as_of"] == "2026-11-22"
    assert isinstance(facts["provider.certifications"], list)
    assert "soc2" in facts["provider.certifications"]


@pytest.mark.parametrize("key", sorted(EXPECTED_KEYS))
def test_facts_are_plain_values(key: str) -> None:
    for name, value in provider_facts(terms(key)).items():
        if name in {"provider.processing_regions", "provider.storage_regions"}:
            assert isinstance(value, list) and all(isinstance(v, str) for v in value)
        else:
            assert value is None or isinstance(value, str | bool | int | list), name


def test_unknown_provider_has_unknown_facts() -> None:
    catalog = load_providers()
    key, _ = parse_api_ref("api:nosuch_api/model-1")
    facts = provider_facts(catalog.get(key))
    assert list(facts) == list(PROVIDER_FACT_NAMES)
    assert facts["provider.known"] is False
    for name, value in facts.items():
        if name != "provider.known":
            assert value is None or value == [], name
    assert provider_facts(None, key=key)["provider.key"] == "nosuch_api"
    assert provider_facts(None, key=key)["provider.known"] is False


# --- malformed files -------------------------------------------------------------------------


def write_variant(folder: Path, name: str, edit: Any) -> Path:
    """Copy openai_api.yaml into `folder` as `name` after `edit(data)` changed it."""
    data = yaml.safe_load((PROVIDERS_DIR / "openai_api.yaml").read_text(encoding="utf-8"))
    edit(data)
    path = folder / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def set_in(*path: str | int, value: object) -> Any:
    def edit(data: Any) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (set_in("homepage", value="https://example.com"), "unknown key 'homepage'"),
        (set_in("baa_available", "value", value="yes"), "baa_available: wrong type"),
        (set_in("default_retention_days", "value", value=True), "default_retention_days"),
        (set_in("default_retention_days", "value", value="30"), "default_retention_days"),
        (set_in("trains_on_api_data_by_default", "source", value="x"), "unknown key 'source'"),
        (set_in("baa_available", "evidence", value="primary"), "evidence must be P, S or null"),
        (set_in("data_residency", "value", 0, "code", value="us"), "must be upper-case"),
        (set_in("data_residency", "value", 0, "processing", value="yes"), "processing must be"),
        (set_in("data_residency", "value", 0, "region", value="x"), "unknown key 'region'"),
        (set_in("certifications", "fedramp", value={"value": True}), "unknown tag 'fedramp'"),
        (set_in("as_of", value="22 Nov 2026"), "as_of must be a YYYY-MM-DD date"),
        (set_in("sources", value=["http://example.com"]), "not an https URL"),
        (set_in("key", value="other_api"), "does not match the file name"),
        (lambda data: data.pop("baa_available"), "missing key 'baa_available'"),
        (lambda data: data["zero_data_retention_available"].pop("as_of"), "missing key 'as_of'"),
        (lambda data: data.pop("commercial_use"), "missing key 'commercial_use'"),
        (set_in("commercial_use", "value", value="yes"), "commercial_use: wrong type"),
        (set_in("output_use_restrictions", "value", value=["no-fun"]), "output_use_restrictions"),
        (set_in("use_restrictions", "value", value=["no-such-tag"]), "use_restrictions: wrong"),
        (set_in("use_restrictions", "by_tag", "spam", value=""), "by_tag must map tags"),
        (set_in("use_restrictions", "by_tag", "military", value="x"), "'military' is not in"),
        (lambda data: data["use_restrictions"]["by_tag"].pop("spam"), "no note for 'spam'"),
        (set_in("governing_law", "value", value="California"), "governing_law: wrong type"),
        (
            set_in("governing_law", "by_customer_location", value={"Europe": "IE"}),
            "'Europe' is not EU, EEA",
        ),
        (set_in("governing_law", "by_customer_location", "EEA", value="ie"), "not a law code"),
        (set_in("commercial_use", "venue", value="Dublin"), "commercial_use: unknown key 'venue'"),
        (set_in("licensor_may_update_terms", "source_date", value=""), "source_date must be"),
    ],
)
def test_malformed_provider_file_is_rejected_naming_it(
    tmp_path: Path, edit: Any, problem: str
) -> None:
    shutil.copy(PROVIDERS_DIR / "cohere.yaml", tmp_path / "cohere.yaml")
    write_variant(tmp_path, "openai_api.yaml", edit)
    with pytest.raises(LicenseDBError) as caught:
        load_providers(tmp_path)
    message = caught.value.message
    assert "openai_api.yaml" in message
    assert problem in message
    assert "cohere.yaml" not in message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    def edit(data: Any) -> None:
        data["baa_available"]["value"] = "yes"
        data["extra"] = 1

    write_variant(tmp_path, "openai_api.yaml", edit)
    (tmp_path / "broken.yaml").write_text("key: [unclosed\n", encoding="utf-8")
    (tmp_path / "listy.yaml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(LicenseDBError) as caught:
        load_providers(tmp_path)
    message = caught.value.message
    assert "baa_available: wrong type" in message and "unknown key 'extra'" in message
    assert "broken.yaml: cannot be read" in message
    assert "listy.yaml: not a mapping" in message


def test_valid_copy_loads_and_unquoted_dates_are_accepted(tmp_path: Path) -> None:
    text = (PROVIDERS_DIR / "openai_api.yaml").read_text(encoding="utf-8")
    (tmp_path / "openai_api.yaml").write_text(text.replace('"2026-11-22"', "2026-11-22"))
    loaded = load_providers(tmp_path)
    assert loaded["openai_api"] == terms("openai_api")


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LicenseDBError, match="no provider files"):
        load_providers(tmp_path)


# --- api: references -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("api:openai_api/gpt-5.4", ("openai_api", "gpt-5.4")),
        ("  api:anthropic_api/claude-opus-4-1  ", ("anthropic_api", "claude-opus-4-1")),
        (
            "api:aws_bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
            ("aws_bedrock", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
        ),
        (
            "api:google_vertex_ai/claude-opus-4@20250514",
            ("google_vertex_ai", "claude-opus-4@20250514"),
        ),
        (
            "api:google_gemini_api/models/gemini-2.5-pro",
            ("google_gemini_api", "models/gemini-2.5-pro"),
        ),
        ("api:nosuch_api/x", ("nosuch_api", "x")),  # unknown keys are the caller's business
    ],
)
def test_parse_api_ref(ref: str, expected: tuple[str, str]) -> None:
    assert parse_api_ref(ref) == expected


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("openai_api/gpt-5.4", "is not an API model reference"),
        ("API:openai_api/gpt-5.4", "is not an API model reference"),
        ("", "is not an API model reference"),
        ("api:", "no provider named"),
        ("api:/gpt-5.4", "no provider named"),
        ("api:openai_api", "no model named"),
        ("api:openai_api/", "no model named"),
        ("api:OpenAI_API/gpt-5.4", "must be lower-case letters"),
        ("api:openai-api/gpt-5.4", "must be lower-case letters"),
        ("api:1openai/gpt-5.4", "must be lower-case letters"),
        ("api:openai_api\n/gpt-5.4", "must be lower-case letters"),
        ("api:openai_api/gpt 5", "invalid model name"),
        ("api:openai_api/models/", "invalid model name"),
        ("api:openai_api/a//b", "invalid model name"),
        ("api:openai_api/-gpt", "invalid model name"),
    ],
)
def test_malformed_api_ref_is_a_target_error(ref: str, message: str) -> None:
    with pytest.raises(TargetError) as caught:
        parse_api_ref(ref)
    assert message in caught.value.message
    assert caught.value.code == "target-invalid"
    assert caught.value.hint


def test_provider_key_problem_names_the_nearest_key() -> None:
    from auditor.knowledge.providers import provider_key_problem

    assert provider_key_problem("openai_api") is None
    problem = provider_key_problem("open_ai", " in `baa_signed`")
    assert problem is not None
    assert problem.startswith(
        "unknown provider 'open_ai' in `baa_signed` (did you mean 'openai_api'?) (catalog: "
    )
    assert "mistral" in problem
