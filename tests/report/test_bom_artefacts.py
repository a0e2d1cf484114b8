"""Issue 37 in the ML-BOMs: the Hub's security scan and the chat template digest of a model
are properties of its CycloneDX component and annotations of its SPDX 3 package, and both
documents stay valid against their published schemas (CycloneDX 1.6 strict, SPDX 3.0.1)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from auditor.model import AuditResult
from auditor.model.artefacts import Artefacts, FileScan
from auditor.report.bom import hub_repo_id
from auditor.report.cyclonedx import render_cyclonedx
from auditor.report.spdx3 import render_spdx3
from tests.report.saved import read_lineage
from tests.report.test_cyclonedx import component, strict_errors
from tests.report.test_spdx3 import schema_errors

DIGEST = "3f" * 32
ARTEFACTS = Artefacts(
    scan_status="unsafe",
    scanned_by=["huggingface-hub", "pickle-import-scan"],
    files=[
        FileScan(
            path="pytorch_model.bin",
            status="unsafe",
            detail="pickle import scan: unsafe, imports os.system (dangerous)",
        )
    ],
    chat_template_sha256=DIGEST,
    chat_template_source="tokenizer_config.json",
)
LOCAL = Artefacts(
    scan_status="unknown",
    scanned_by=[],
    files=[],
    chat_template_sha256=DIGEST,
    chat_template_source="tokenizer_config.json",
)


def result_with(artefacts: Artefacts) -> tuple[AuditResult, str]:
    result = read_lineage()
    first = result.models[0]
    models = (replace(first, artefacts=artefacts), *result.models[1:])
    return replace(result, models=models), hub_repo_id(first) or first.ref  # the component name


def properties(item: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entry in item.get("properties", []):
        found.setdefault(entry["name"], []).append(entry["value"])
    return found


def test_cyclonedx_carries_the_scan_and_the_template_as_properties() -> None:
    result, name = result_with(ARTEFACTS)
    text = render_cyclonedx(result)
    assert strict_errors(text) is None
    found = properties(component(json.loads(text), name))
    assert found["model-license-auditor:scan-status"] == ["unsafe"]
    assert found["model-license-auditor:scan-file"] == [
        "pytorch_model.bin: unsafe (pickle import scan: unsafe, imports os.system (dangerous))"
    ]
    assert found["model-license-auditor:chat-template-sha256"] == [DIGEST]
    assert found["model-license-auditor:chat-template-source"] == ["tokenizer_config.json"]


def test_cyclonedx_says_no_scan_where_none_was_read() -> None:
    result, name = result_with(LOCAL)
    text = render_cyclonedx(result)
    assert strict_errors(text) is None
    found = properties(component(json.loads(text), name))
    assert "model-license-auditor:scan-status" not in found
    assert found["model-license-auditor:chat-template-sha256"] == [DIGEST]


def test_spdx3_annotates_the_package_and_stays_valid() -> None:
    result, name = result_with(ARTEFACTS)
    document = json.loads(render_spdx3(result))
    assert schema_errors(document) == []
    nodes = document["@graph"]
    (package,) = [n for n in nodes if n["type"] == "ai_AIPackage" and n["name"] == name]
    notes = [n for n in nodes if n["type"] == "Annotation" and n["subject"] == package["spdxId"]]
    statements = sorted(n["statement"] for n in notes)
    assert statements[0] == f"chat template sha256 {DIGEST} (read from tokenizer_config.json)"
    assert statements[1].startswith("security scan by the hub: unsafe")
    assert "pytorch_model.bin: unsafe" in statements[1]
    (doc,) = [n for n in nodes if n["type"] == "SpdxDocument"]
    assert {n["spdxId"] for n in notes} <= set(doc["element"])
