"""The API-provider catalog loads, agrees with the compiled source and yields `provider.*` facts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from auditor.errors import LicenseDBError, TargetError
from auditor.knowledge.provider_regions import model_version
from auditor.knowledge.providers import (
    BAA_MODES,
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
    # Where the source gives a plain two-letter code with processing: true, the catalog has it,
    # for every model unless the source limits it to some ("Claude 4.6+ models only"); where it
    # gives processing null or only storage, the catalog does not.
    for key, entry in source_providers().items():
        item = terms(key)
        for region in entry["data_residency_regions"]["value"]:
            code = str(region.get("code", ""))
            if not re.fullmatch(r"[a-z]{2}", code) or region.get("setting") == "workspace_geo":
                continue
            said = region.get("processing")
            documented = said is True or (isinstance(said, str) and code != "global")
            offered = {r.code for r in item.regions if r.processing}
            assert (code.upper() in offered) is documented, (key, code)
            limited = isinstance(said, str) and "models only" in said
            assert (code.upper() in item.processing_regions) is (documented and not limited)


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
    # inference_geo=us ("global" is no region) holds for Claude 4.6 and later only
    assert item.processing_regions == ()
    assert item.regions_for("claude-opus-4-6") == (["US"], ["US"])
    assert item.regions_for("claude-sonnet-4.5") == ([], ["US"])
    assert item.storage_regions == ("US",)  # workspace_geo offers only us, for every model
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


def test_baa_modes_follow_the_source() -> None:
    # how each BAA comes into force, from the words of provider-terms.yaml's conditions
    words = {
        "azure_openai": ("incorporated", "incorporated by default"),
        "google_vertex_ai": ("click-through", "click-through in console"),
        "aws_bedrock": ("click-through", "in AWS Artifact"),
        "anthropic_api": ("signed", "Sign a BAA"),
        "openai_api": ("on-request", "Request via baa@openai.com"),
    }
    for key, entry in source_providers().items():
        item = terms(key)
        if entry["baa_available"]["value"] is not True:
            assert item.baa_mode is None, key
            continue
        mode, said = words[key]
        assert item.baa_mode == mode, key
        assert any(said in text for text in entry["baa_available"]["conditions"]), key
    assert set(BAA_MODES) == {"incorporated", "click-through", "signed", "on-request"}


def test_every_baa_mode_cites_a_source_of_the_fact() -> None:
    for key in EXPECTED_KEYS:
        mine = yaml.safe_load((PROVIDERS_DIR / f"{key}.yaml").read_text(encoding="utf-8"))
        mode = mine["baa_available"].get("mode")
        if mode is None:
            continue
        assert mode["sources"] and mode["note"], key
        assert set(mode["sources"]) <= set(mine["baa_available"]["sources"]), key


@pytest.mark.parametrize(
    ("model", "version"),
    [
        ("claude-sonnet-4.5", (4, 5)),
        ("claude-opus-4-6", (4, 6)),
        ("claude-sonnet-4-5-20250929", (4, 5)),
        ("claude-opus-4-20250514", (4,)),  # a date is not a minor version
        ("claude-opus-4@20250514", (4,)),  # Vertex AI's spelling
        ("anthropic.claude-sonnet-4-5-20250929-v1:0", (4, 5)),  # Bedrock's
        ("claude-3-5-haiku-20241022", (3, 5)),  # the version before the tier
        ("claude-3-haiku-20240307", (3,)),
        ("Claude-Fable-5", (5,)),
        ("claude-instant-1.2", (1, 2)),
        ("claude", None),
        ("claude-latest", None),
        ("claude-v2", None),
        ("gpt-4.1", None),  # another family
        ("preclaude-4-6", None),  # the family is a whole word
    ],
)
def test_model_version(model: str, version: tuple[int, ...] | None) -> None:
    assert model_version(model, "claude") == version


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


@pytest.mark.parametrize(
    ("model", "processing"),
    [
        ("claude-opus-4-6", ["US"]),
        ("claude-sonnet-4.6", ["US"]),
        ("claude-fable-5", ["US"]),
        ("claude-sonnet-4.5", []),  # inference_geo us answers HTTP 400 before Claude 4.6
        ("claude-opus-4.1", []),
        ("claude-3-5-haiku-20241022", []),
        ("claude", []),  # no version to check the limit against: not counted
        (None, []),
    ],
)
def test_processing_regions_follow_the_model(model: str | None, processing: list[str]) -> None:
    facts = provider_facts(terms("anthropic_api"), key="anthropic_api", model=model)
    assert facts["provider.processing_regions"] == processing
    assert facts["provider.storage_regions"] == ["US"]  # workspace_geo: every model


def test_regions_without_a_model_limit_hold_for_every_model() -> None:
    for key in EXPECTED_KEYS - {"anthropic_api"}:
        item = terms(key)
        assert all(r.models is None for r in item.regions), key
        for model in (None, "some-model-1"):
            facts = provider_facts(item, model=model)
            assert facts["provider.processing_regions"] == list(item.processing_regions), key


def test_baa_mode_is_a_fact() -> None:
    assert provider_facts(terms("azure_openai"))["provider.baa_mode"] == "incorporated"
    assert provider_facts(terms("openai_api"))["provider.baa_mode"] == "on-request"
    assert provider_facts(terms("cohere"))["provider.baa_mode"] is None


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
        (set_in("baa_available", "mode", "value", value="email"), "'email' is not one of"),
        (set_in("baa_available", "mode", value="on-request"), "mode must be a mapping"),
        (set_in("baa_available", "mode", "signer", value="x"), "mode: unknown key 'signer'"),
        (lambda data: data["baa_available"]["mode"].pop("sources"), "missing key 'sources'"),
        (set_in("baa_available", "mode", "sources", value=["x"]), "not an https URL"),
        (lambda data: data["baa_available"].pop("mode"), "so mode is required"),
        (set_in("baa_available", "value", value=None), "a mode needs a BAA that is available"),
        (
            set_in("data_residency", "value", 0, "models", value={"family": "Claude"}),
            "family must be a lower-case word",
        ),
        (
            set_in(
                "data_residency", "value", 0, "models", value={"family": "gpt", "min_version": 5}
            ),
            "min_version must be a quoted version",
        ),
        (
            set_in("data_residency", "value", 0, "models", value={"name": "gpt-*"}),
            "models: unknown key 'name'",
        ),
        (
            set_in("data_residency", "value", 0, "models", value="gpt-5+"),
            "models must be a mapping",
        ),
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


def test_a_model_limited_region_counts_for_those_models_only(tmp_path: Path) -> None:
    limit = {"family": "gpt", "min_version": "5"}
    write_variant(
        tmp_path, "openai_api.yaml", set_in("data_residency", "value", 0, "models", value=limit)
    )
    item = load_providers(tmp_path)["openai_api"]
    assert item.processing_regions == ("EU",)
    assert item.regions_for("gpt-5.4")[0] == ["US", "EU"]
    assert item.regions_for("gpt-4.1")[0] == ["EU"]
    assert "US" not in item.regions_for("gpt-4.1")[1]  # the entry's storage is limited too


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


def test_mistral_law_follows_the_region_of_any_plainly_placed_country() -> None:
    # Commercial Terms §14.10 name regions: the Americas (California), Asia-Pacific (Singapore),
    # elsewhere (France); a Philippine, Argentine, Nigerian or Norwegian customer is plainly in one
    laws = dict(terms("mistral").contract.governing_law_by_location)
    assert (laws["PH"], laws["ID"], laws["PK"]) == ("SG", "SG", "SG")
    assert (laws["AR"], laws["CL"], laws["JM"]) == ("US-CA", "US-CA", "US-CA")
    assert (laws["NG"], laws["NO"], laws["AE"]) == ("FR", "FR", "FR")
    assert "KZ" not in laws  # Central Asia: no region of the terms plainly holds it
