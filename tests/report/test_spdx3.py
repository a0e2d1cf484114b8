"""SPDX 3.0.1 JSON-LD: published-schema validity, document structure, licenses and lineage."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from auditor.api import AuditOptions, audit_manifest
from auditor.model import AuditResult
from auditor.model.codec import render_json
from auditor.model.decode import result_from_dict
from auditor.report.bom import license_expression, license_ids, lineage_parents
from auditor.report.spdx3 import CONTEXT, render_spdx3
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

DATA = Path(__file__).resolve().parents[1] / "data" / "spdx3"
EXAMPLE = ROOT / "examples" / "manifest.yaml"
SHA_Q = "0123456789abcdef0123456789abcdef01234567"
LLAMA = "LicenseRef-llama-3.1-community"
INDIVIDUALS = {"expandedlicensing_NoAssertionLicense", "expandedlicensing_NoneLicense"}


@cache
def schema() -> dict[str, Any]:
    """The published SPDX 3.0.1 JSON schema (tests/data/README.md says where it comes from)."""
    loaded: dict[str, Any] = json.loads((DATA / "spdx-json-schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(loaded)
    return loaded


@cache
def node_validator(kind: str) -> Draft202012Validator:
    """The schema's item rule for one @graph node, narrowed to the node's own class."""
    return Draft202012Validator(
        {
            "$defs": schema()["$defs"],
            "type": "object",
            "$ref": f"#/$defs/{kind}",
            "unevaluatedProperties": False,
        }
    )


def schema_errors(document: dict[str, Any]) -> list[str]:
    """What the published schema rejects in `document`, checked node by node.

    The schema's top level is `@context` (a constant) plus `@graph`, whose every item must match
    `AnyClass` (an anyOf over all classes, discriminated by a constant `type`) with no other
    properties. Validating each node against its own class is the same rule without trying
    the 77 others, which makes it fast enough for the suite: the jsonschema library needs
    tens of seconds for a whole document of a few dozen nodes. One test below still runs the
    untouched schema on a small document.
    """
    errors = []
    if set(document) != {"@context", "@graph"}:
        errors.append(f"top-level keys {sorted(document)}")
    if document.get("@context") != schema()["properties"]["@context"]["const"]:
        errors.append(f"@context {document.get('@context')!r}")
    classes = {item["$ref"].rsplit("/", 1)[1] for item in schema()["$defs"]["AnyClass"]["anyOf"]}
    for node in document.get("@graph", []):
        kind = node.get("type")
        if kind not in classes:
            errors.append(f"unknown type {kind!r}")
            continue
        errors += [
            f"{kind} {node.get('spdxId')}: {e.message}"
            for e in node_validator(kind).iter_errors(node)
        ]
    return errors


@pytest.fixture(scope="module")
def example() -> AuditResult:
    return audit_manifest(EXAMPLE, AuditOptions())


@pytest.fixture(scope="module")
def lineage() -> AuditResult:
    return read_lineage()


class Graph:
    """An SPDX JSON-LD document indexed by spdxId, with relationship look-ups."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.nodes: list[dict[str, Any]] = document["@graph"]
        self.by_id = {n["spdxId"]: n for n in self.nodes if "spdxId" in n}

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [n for n in self.nodes if n["type"] == kind]

    def package(self, name: str) -> dict[str, Any]:
        (found,) = [n for n in self.of_type("ai_AIPackage") if n["name"] == name]
        return found

    def targets(self, source: dict[str, Any], kind: str) -> list[Any]:
        return [
            self.by_id.get(target, target)
            for rel in self.of_type("Relationship")
            if rel["from"] == source["spdxId"] and rel["relationshipType"] == kind
            for target in rel["to"]
        ]

    def expression(self, source: dict[str, Any], kind: str) -> str:
        (target,) = self.targets(source, kind)
        return (
            target if isinstance(target, str) else str(target["simplelicensing_licenseExpression"])
        )


def graph(result: AuditResult) -> Graph:
    return Graph(json.loads(render_spdx3(result)))


@pytest.mark.parametrize("case", ["example", "lineage"])
def test_document_validates_against_the_published_schema(
    case: str, request: pytest.FixtureRequest
) -> None:
    result: AuditResult = request.getfixturevalue(case)
    assert schema_errors(json.loads(render_spdx3(result))) == []


def test_a_small_document_passes_the_whole_schema_untouched(lineage: AuditResult) -> None:
    """The node-by-node check agrees with the full schema run as published."""
    small = replace(lineage, models=lineage.models[2:3])  # ./models/dual: 9 nodes
    document = json.loads(render_spdx3(small))
    assert Draft202012Validator(schema()).is_valid(document)


def test_the_schema_rejects_what_it_should(lineage: AuditResult) -> None:
    """The validity test above means something: the schema catches broken nodes."""
    graph = json.loads(render_spdx3(lineage))["@graph"]
    relationship = next(n for n in graph if n["type"] == "Relationship")
    relationship["relationshipType"] = "fineTunedFrom"
    package = next(n for n in graph if n["type"] == "ai_AIPackage")
    del package["creationInfo"]
    package["ai_safetyRiskAssessment"] = "unknown"
    broken = {
        "@context": CONTEXT,
        "@graph": [relationship, package, {"type": "ai_Model", "spdxId": "urn:x:y"}],
    }
    errors = "\n".join(schema_errors(broken))
    assert "fineTunedFrom" in errors
    assert "'creationInfo' is a required property" in errors
    assert "'unknown' is not one of" in errors
    assert "unknown type 'ai_Model'" in errors
    assert schema_errors(
        {"@context": "https://spdx.org/rdf/3.0.0/spdx-context.jsonld", "@graph": []}
    )


def test_document_structure(lineage: AuditResult) -> None:
    g = graph(lineage)
    assert g.document["@context"] == CONTEXT
    (creation,) = g.of_type("CreationInfo")
    assert creation["specVersion"] == "3.0.1"
    assert creation["created"] == lineage.generated_at
    (agent,) = creation["createdBy"]
    assert g.by_id[agent]["type"] == "SoftwareAgent"
    (tool,) = creation["createdUsing"]
    assert g.by_id[tool]["name"] == f"{lineage.tool_name} {lineage.tool_version}"
    (document,) = g.of_type("SpdxDocument")
    assert set(document["profileConformance"]) >= {"core", "software", "ai", "simpleLicensing"}
    roots = [g.by_id[r]["name"] for r in document["rootElement"]]
    assert roots == [
        "acme/llama-chat-q4",
        "bigscience/bloomz-560m",
        "./models/dual",
        "./models/mystery",
    ]
    # every element is listed once, and every reference resolves
    others = [n["spdxId"] for n in g.nodes if "spdxId" in n and n["type"] != "SpdxDocument"]
    assert sorted(document["element"]) == sorted(others)
    assert len(set(others)) == len(others)
    for rel in g.of_type("Relationship"):
        assert rel["from"] in g.by_id
        assert all(t in g.by_id or t in INDIVIDUALS for t in rel["to"])
    assert all(n.get("creationInfo") == creation["@id"] for n in g.nodes if "spdxId" in n)


def test_hub_package_fields(lineage: AuditResult) -> None:
    package = graph(lineage).package("acme/llama-chat-q4")
    assert package["software_packageVersion"] == SHA_Q
    assert package["software_downloadLocation"] == (
        f"https://huggingface.co/acme/llama-chat-q4/tree/{SHA_Q}"
    )
    assert package["software_packageUrl"] == f"pkg:huggingface/acme/llama-chat-q4@{SHA_Q}"
    assert package["software_primaryPurpose"] == "model"
    local = graph(lineage).package("./models/dual")
    assert "software_downloadLocation" not in local and "software_packageVersion" not in local


def test_declared_and_concluded_licenses(example: AuditResult, lineage: AuditResult) -> None:
    g = graph(example)
    llama = g.package("./models/acme-chat-llama")
    assert g.expression(llama, "hasDeclaredLicense") == LLAMA
    assert g.expression(llama, "hasConcludedLicense") == LLAMA
    (concluded,) = g.targets(llama, "hasConcludedLicense")
    assert concluded["simplelicensing_customIdToUri"] == [
        {
            "type": "DictionaryEntry",
            "key": LLAMA,
            "value": "https://llama.meta.com/llama3_1/license/",
        }
    ]
    assert g.expression(g.package("./models/acme-embedder"), "hasConcludedLicense") == "Apache-2.0"

    g = graph(lineage)
    q4 = g.package("acme/llama-chat-q4")
    assert g.expression(q4, "hasDeclaredLicense") == "Apache-2.0"
    assert g.expression(q4, "hasConcludedLicense") == f"Apache-2.0 AND {LLAMA}"
    dual = g.package("./models/dual")
    assert g.expression(dual, "hasConcludedLicense") == "Apache-2.0 OR MIT"
    mystery = g.package("./models/mystery")
    assert g.expression(mystery, "hasConcludedLicense") == "expandedlicensing_NoAssertionLicense"
    (declared,) = g.targets(mystery, "hasDeclaredLicense")
    assert declared["simplelicensing_licenseExpression"] == "LicenseRef-Acme-Custom-Model-License"
    assert (
        declared["simplelicensing_customIdToUri"][0]["value"] == "https://example.com/acme-license"
    )
    # one element per distinct expression
    texts = [
        e["simplelicensing_licenseExpression"]
        for e in g.of_type("simplelicensing_LicenseExpression")
    ]
    assert len(texts) == len(set(texts))


def test_license_files_carry_their_hash(lineage: AuditResult) -> None:
    g = graph(lineage)
    (license_file,) = g.targets(g.package("acme/llama-chat-q4"), "contains")
    assert license_file["type"] == "software_File"
    assert license_file["name"] == "LICENSE"
    assert license_file["verifiedUsing"] == [
        {"type": "Hash", "algorithm": "sha256", "hashValue": "a" * 64}
    ]
    assert g.expression(license_file, "hasConcludedLicense") == "Apache-2.0"


def test_lineage_is_a_chain_of_descendant_of(lineage: AuditResult) -> None:
    g = graph(lineage)
    node = g.package("acme/llama-chat-q4")
    parents = g.targets(node, "descendantOf")
    assert [p["name"] for p in parents] == ["acme/llama-chat", "someone/lost-adapter"]
    chain = []
    current: dict[str, Any] | None = parents[0]
    while current is not None:
        chain.append(current["name"])
        up = g.targets(current, "descendantOf")
        current = up[0] if up else None
    assert chain == [
        "acme/llama-chat",
        "meta-llama/Llama-3.1-8B-Instruct",
        "meta-llama/Llama-3.1-8B",
    ]
    instruct = g.package("meta-llama/Llama-3.1-8B-Instruct")
    assert g.expression(instruct, "hasConcludedLicense") == LLAMA
    lost = g.package("someone/lost-adapter")
    assert g.expression(lost, "hasConcludedLicense") == "expandedlicensing_NoAssertionLicense"
    relation = next(
        r
        for r in g.of_type("Relationship")
        if r["relationshipType"] == "descendantOf" and r["to"] == [instruct["spdxId"]]
    )
    assert relation["comment"] == "relation: finetune"


@pytest.mark.parametrize("case", ["example", "lineage"])
def test_rendering_is_deterministic(case: str, request: pytest.FixtureRequest) -> None:
    result: AuditResult = request.getfixturevalue(case)
    first = render_spdx3(result)
    assert render_spdx3(result_from_dict(json.loads(render_json(result)))) == first
    assert render_spdx3(result) == first


def test_shared_helpers() -> None:
    assert license_ids("(Apache-2.0 OR MIT) AND LicenseRef-x") == [
        "Apache-2.0",
        "MIT",
        "LicenseRef-x",
    ]
    assert license_ids(None) == []
    assert (
        license_expression("Apache-2.0 OR MIT AND LicenseRef-x")
        == "(Apache-2.0 OR MIT) AND LicenseRef-x"
    )
    assert license_expression("Apache-2.0 OR MIT") == "Apache-2.0 OR MIT"
    entries: list[dict[str, object]] = [
        {"ref": "a", "depth": 1, "parent": None},
        {"ref": "b", "depth": 2, "parent": "a"},
        {"ref": "c", "depth": 1, "parent": None},
        {"ref": "d", "depth": 3, "parent": "b"},
        {"ref": "e", "depth": 2, "parent": "nowhere"},
    ]
    assert lineage_parents(entries) == [None, 0, None, 1, None]


def test_datasets_are_dataset_packages_the_model_is_trained_or_tested_on() -> None:
    document = json.loads(render_spdx3(bom_result()))
    assert schema_errors(document) == []
    g = Graph(document)
    model = g.package("acme/chat-7b")
    assert [d["name"] for d in g.targets(model, "trainedOn")] == [
        RESEARCH,
        WIKI,
        GHOST,
        SYNTH,
        CRAWL,
    ]
    (bench,) = g.targets(model, "testedOn")
    assert bench["name"] == BENCH and bench["type"] == "dataset_DatasetPackage"
    datasets = {d["name"]: d for d in g.targets(model, "trainedOn")}
    assert all(d["type"] == "dataset_DatasetPackage" for d in datasets.values())
    assert all(d["software_primaryPurpose"] == "data" for d in datasets.values())
    assert g.expression(datasets[WIKI], "hasConcludedLicense") == "CC-BY-SA-4.0"
    assert g.expression(datasets[RESEARCH], "hasConcludedLicense") == (
        "LicenseRef-acme-research-data"
    )
    assert g.expression(datasets[GHOST], "hasConcludedLicense") == (
        "expandedlicensing_NoAssertionLicense"
    )
    assert GHOST_REASON in datasets[GHOST]["comment"]
    assert datasets[WIKI]["software_downloadLocation"] == (
        "https://huggingface.co/datasets/wiki-org/encyclopedia-text"
    )
    assert datasets[WIKI]["software_packageVersion"] == "e" * 40
    second = g.package("acme/second")
    mixed = next(d for d in g.targets(second, "trainedOn") if d["name"] == MIXED)
    assert g.expression(mixed, "hasConcludedLicense") == "CC-BY-4.0 AND ODC-By-1.0"
    assert g.targets(g.package("acme/plain-model"), "trainedOn") == []
    # every element is listed once and every relationship resolves, as for models
    (spdx_document,) = g.of_type("SpdxDocument")
    others = [n["spdxId"] for n in g.nodes if "spdxId" in n and n["type"] != "SpdxDocument"]
    assert sorted(spdx_document["element"]) == sorted(others)
    for rel in g.of_type("Relationship"):
        assert all(t in g.by_id or t in INDIVIDUALS for t in rel["to"])


def test_a_small_document_with_datasets_passes_the_whole_schema_untouched() -> None:
    result = bom_result()
    small = replace(result, models=result.models[-1:])  # acme/second: two datasets
    document = json.loads(render_spdx3(small))
    assert Draft202012Validator(schema()).is_valid(document)
    assert len(Graph(document).of_type("dataset_DatasetPackage")) == 2
