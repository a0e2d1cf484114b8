"""CycloneDX 1.6 ML-BOM: strict schema validity, licenses, hashes, pedigree, determinism."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator

from auditor.api import AuditOptions, audit_manifest
from auditor.model import AuditResult
from auditor.model.codec import render_json
from auditor.model.decode import result_from_dict
from auditor.report.cyclonedx import render_cyclonedx
from tests.conftest import ROOT
from tests.report.saved import read_lineage
from tests.report.test_training_report import (
    BENCH,
    CRAWL,
    GHOST,
    GHOST_REASON,
    MIXED,
    RESEARCH,
    SYNTH,
    WIKI,
    bom_result,
)

EXAMPLE = ROOT / "examples" / "manifest.yaml"
SHA_Q = "0123456789abcdef0123456789abcdef01234567"
LLAMA_NAME = "Llama 3.1 Community License Agreement"
LLAMA_URL = "https://llama.meta.com/llama3_1/license/"


@pytest.fixture(scope="module")
def example() -> AuditResult:
    return audit_manifest(EXAMPLE, AuditOptions())


@pytest.fixture(scope="module")
def lineage() -> AuditResult:
    return read_lineage()


def bom(result: AuditResult) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(render_cyclonedx(result))
    return document


def component(document: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [c for c in document["components"] if c["name"] == name]
    assert isinstance(found, dict)
    return found


def licenses(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [entry.get("license", entry) for entry in item.get("licenses", [])]


def walk(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A component and every ancestor under it."""
    yield item
    for ancestor in item.get("pedigree", {}).get("ancestors", []):
        yield from walk(ancestor)


def strict_errors(text: str) -> object:
    return JsonStrictValidator(SchemaVersion.V1_6).validate_str(text)


@pytest.mark.parametrize("case", ["example", "lineage"])
def test_bom_validates_against_the_strict_1_6_schema(
    case: str, request: pytest.FixtureRequest
) -> None:
    result: AuditResult = request.getfixturevalue(case)
    text = render_cyclonedx(result)
    assert strict_errors(text) is None
    document = json.loads(text)
    assert (document["bomFormat"], document["specVersion"]) == ("CycloneDX", "1.6")
    assert {c["type"] for c in document["components"]} == {"machine-learning-model"}


def test_the_strict_validator_would_catch_a_bad_license_or_model_card(lineage: AuditResult) -> None:
    """The validity tests above mean something: both hand-built parts are checked."""
    document = bom(lineage)
    bad_license = json.loads(json.dumps(document))
    component(bad_license, "bigscience/bloomz-560m")["licenses"][0]["license"] = {
        "id": "LicenseRef-bigscience-openrail-m"
    }
    assert strict_errors(json.dumps(bad_license)) is not None
    bad_card = json.loads(json.dumps(document))
    component(bad_card, "bigscience/bloomz-560m")["modelCard"]["verdict"] = "pass"
    assert strict_errors(json.dumps(bad_card)) is not None


def test_licenses_are_spdx_ids_names_or_expressions(example: AuditResult) -> None:
    document = bom(example)
    assert licenses(component(document, "./models/acme-embedder")) == [
        {"acknowledgement": "concluded", "id": "Apache-2.0"}
    ]
    assert licenses(component(document, "./models/acme-chat-llama")) == [
        {"acknowledgement": "concluded", "name": LLAMA_NAME, "url": LLAMA_URL}
    ]
    chat = component(document, "./models/acme-chat-llama")
    assert {"name": "model-license-auditor:declared-license", "value": "llama3.1"} in chat[
        "properties"
    ]


def test_expressions_and_mixed_conjunctions(lineage: AuditResult) -> None:
    document = bom(lineage)
    assert licenses(component(document, "./models/dual")) == [
        {"acknowledgement": "concluded", "expression": "Apache-2.0 OR MIT"}
    ]
    # Apache-2.0 AND a LicenseRef: listed one by one, so the Llama license keeps its name.
    assert licenses(component(document, "acme/llama-chat-q4")) == [
        {"acknowledgement": "concluded", "id": "Apache-2.0"},
        {"acknowledgement": "concluded", "name": LLAMA_NAME, "url": LLAMA_URL},
    ]
    # Nothing concluded: the declared (unidentified) license by name.
    assert licenses(component(document, "./models/mystery")) == [
        {"acknowledgement": "declared", "name": "Acme Custom Model License"}
    ]


def test_license_files_are_external_references_with_sha256(
    example: AuditResult, lineage: AuditResult
) -> None:
    refs = component(bom(example), "./models/acme-chat-llama")["externalReferences"]
    by_url = {r["url"]: r for r in refs if r["type"] == "license"}
    expected = {
        f.path: f.sha256 for m in example.models if m.ref.endswith("llama") for f in m.license_files
    }
    assert expected
    for path, sha in expected.items():
        reference = by_url[f"./models/acme-chat-llama/{path}"]
        assert reference["hashes"] == [{"alg": "SHA-256", "content": sha}]
    assert "hashes" not in component(bom(example), "./models/acme-chat-llama")
    hub = component(bom(lineage), "acme/llama-chat-q4")["externalReferences"]
    (license_file,) = [r for r in hub if r["type"] == "license"]
    assert license_file["url"] == f"https://huggingface.co/acme/llama-chat-q4/blob/{SHA_Q}/LICENSE"
    assert license_file["hashes"][0]["content"] == "a" * 64
    assert "identified as Apache-2.0" in license_file["comment"]


def test_lineage_becomes_nested_pedigree_with_licenses(lineage: AuditResult) -> None:
    model = component(bom(lineage), "acme/llama-chat-q4")
    top = model["pedigree"]["ancestors"]
    assert [a["name"] for a in top] == ["acme/llama-chat", "someone/lost-adapter"]
    chain = [a["name"] for a in walk(top[0])]
    assert chain == [
        "acme/llama-chat",
        "meta-llama/Llama-3.1-8B-Instruct",
        "meta-llama/Llama-3.1-8B",
    ]
    instruct = top[0]["pedigree"]["ancestors"][0]
    assert licenses(instruct) == [
        {"acknowledgement": "concluded", "name": LLAMA_NAME, "url": LLAMA_URL}
    ]
    assert instruct["purl"] == "pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct"
    assert {"name": "model-license-auditor:relation", "value": "finetune"} in instruct["properties"]
    lost = top[1]
    assert "licenses" not in lost and "purl" not in lost
    assert {"name": "model-license-auditor:resolved-by", "value": "unresolved"} in lost[
        "properties"
    ]


def test_bom_refs_are_stable_and_unique(lineage: AuditResult) -> None:
    document = bom(lineage)
    model = component(document, "acme/llama-chat-q4")
    assert model["bom-ref"] == f"model:acme/llama-chat-q4@{SHA_Q}"
    assert model["purl"] == f"pkg:huggingface/acme/llama-chat-q4@{SHA_Q}"
    assert model["version"] == SHA_Q
    refs = [item["bom-ref"] for c in document["components"] for item in walk(c)]
    refs += [t["bom-ref"] for t in document["metadata"]["tools"]["components"]]
    assert len(refs) == len(set(refs))


def test_metadata_serial_and_timestamp_come_from_the_result(lineage: AuditResult) -> None:
    document = bom(lineage)
    assert document["metadata"]["timestamp"] == lineage.generated_at
    serial = uuid.UUID(document["serialNumber"].removeprefix("urn:uuid:"))
    assert serial.version == 5
    (tool,) = document["metadata"]["tools"]["components"]
    assert (tool["name"], tool["version"]) == (lineage.tool_name, lineage.tool_version)
    later = result_from_dict(
        {**json.loads(render_json(lineage)), "generated_at": "2030-01-01T00:00:00Z"}
    )
    assert bom(later)["serialNumber"] != document["serialNumber"]


def test_model_card_carries_verdict_terms_and_obligations(lineage: AuditResult) -> None:
    card = component(bom(lineage), "acme/llama-chat-q4")["modelCard"]["properties"]
    pairs = {(p["name"], p["value"]) for p in card}
    assert ("model-license-auditor:verdict", "fail") in pairs
    assert ("model-license-auditor:term:naming_requirement", "Llama") in pairs
    assert ("model-license-auditor:term:mau_threshold", "700000000") in pairs
    assert not any(name.endswith("downstream_propagation") for name, _ in pairs)  # false: omitted
    obligations = [v for n, v in pairs if n == "model-license-auditor:obligation"]
    assert obligations == [
        "derivative-naming: Models built or improved with Apache-2.0 AND "
        'LicenseRef-llama-3.1-community must be named starting with "Llama"'
    ]


@pytest.mark.parametrize("case", ["example", "lineage"])
def test_rendering_is_deterministic(case: str, request: pytest.FixtureRequest) -> None:
    result: AuditResult = request.getfixturevalue(case)
    first = render_cyclonedx(result)
    assert render_cyclonedx(result) == first
    assert render_cyclonedx(result_from_dict(json.loads(render_json(result)))) == first
    assert first.endswith("}\n")


def test_training_datasets_are_data_components_the_model_card_refers_to() -> None:
    """Each training dataset once, with its license; each model card refers to its own."""
    text = render_cyclonedx(bom_result())
    assert strict_errors(text) is None
    document = json.loads(text)
    by_ref = {c["bom-ref"]: c for c in document["components"]}
    data = {c["name"]: c for c in document["components"] if c["type"] == "data"}
    # five datasets trained on by the first model, one more by the second; the shared CC BY-SA
    # dataset is one component; the evaluation set is none
    assert set(data) == {RESEARCH, WIKI, GHOST, SYNTH, CRAWL, MIXED}
    assert licenses(data[WIKI]) == [{"acknowledgement": "declared", "id": "CC-BY-SA-4.0"}]
    assert licenses(data[RESEARCH]) == [
        {"acknowledgement": "declared", "name": "Acme Research Data License"}
    ]
    assert licenses(data[MIXED]) == [
        {"acknowledgement": "declared", "expression": "CC-BY-4.0 AND ODC-By-1.0"}
    ]
    assert "licenses" not in data[GHOST]  # not read: no license claimed
    ghost = {(p["name"], p["value"]) for p in data[GHOST]["properties"]}
    assert ("model-license-auditor:unresolved-reason", GHOST_REASON) in ghost
    synth = {(p["name"], p["value"]) for p in data[SYNTH]["properties"]}
    assert ("model-license-auditor:generated-with", "GPT-4") in synth
    assert ("model-license-auditor:generated-terms", "openai") in synth
    assert data[WIKI]["version"] == "e" * 40

    def trained_on(name: str) -> list[str]:
        card = component(document, name)["modelCard"]
        return [by_ref[d["ref"]]["name"] for d in card["modelParameters"]["datasets"]]

    assert trained_on("acme/chat-7b") == [RESEARCH, WIKI, GHOST, SYNTH, CRAWL]
    assert trained_on("acme/second") == [WIKI, MIXED]
    assert "modelParameters" not in component(document, "acme/plain-model")["modelCard"]
    card = component(document, "acme/chat-7b")["modelCard"]["properties"]
    assert {"name": "model-license-auditor:evaluation-dataset", "value": BENCH} in card
    # the validity above means something: a dataset entry must be a reference or a data entry
    broken = json.loads(text)
    model = next(c for c in broken["components"] if c["name"] == "acme/chat-7b")
    model["modelCard"]["modelParameters"]["datasets"][0] = {"name": RESEARCH}
    assert strict_errors(json.dumps(broken)) is not None
