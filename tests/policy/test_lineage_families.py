"""`lineage.families`: an organization's rule over the model families a model descends from.

Written after the s22 policy probes: a contractor's "no models descended from the Qwen family"
rule could only read `effective.families`, the binding licenses' families, which for a
fine-tune of Apache-2.0 Qwen2.5-7B is apache. The lineage's own model families are a fact now,
read from the known-models registry for every model the card, an adapter config or a name says it
was made from, whatever license each carries; the lawful twins (another family's base, no base)
stay silent.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from auditor.api import AuditOptions, audit_manifest
from auditor.sources.hub import HubOptions

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
APACHE_NOTICE = "Licensed under the Apache License, Version 2.0.\n"

BAN = {
    "version": 1,
    "name": "no-qwen-lineage",
    "extends": ["default"],
    "rules": [
        {
            "id": "no-qwen-lineage",
            "severity": "block",
            "category": "provenance",
            "when": {"fact": "lineage.families", "contains": "qwen"},
            "message": "{model.ref} descends from {lineage.families}",
        },
        {
            "id": "qwen-license-family",
            "severity": "warn",
            "category": "license",
            "when": {"fact": "effective.families", "contains": "qwen"},
            "message": "bound by a Qwen license ({effective.families})",
        },
    ],
}


def _audit(tmp_path: Path, files: dict[str, str]) -> set[str]:
    model = tmp_path / "model"
    model.mkdir()
    for name, text in files.items():
        (model / name).write_text(text, encoding="utf-8")
    manifest = {
        "version": 1,
        "organization": {"name": "Contractor", "domicile": "US"},
        "deployment": {"mau": 100, "distribution": "internal", "use_cases": ["chatbot"]},
        "models": [{"ref": "./model", "hosting": "self-hosted"}],
    }
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(BAN), encoding="utf-8")
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        policy=str(tmp_path / "policy.yaml"),
        clock=lambda: NOW,
        cache_dir=tmp_path / "analysis",
        use_cache=False,
        jobs=1,
        suggest_alternatives=False,
    )
    (result,) = audit_manifest(tmp_path / "manifest.yaml", options).models
    return {finding.rule for finding in result.findings}


def _card(front: dict[str, object], body: str = "# A fine-tune\n") -> str:
    return f"---\n{yaml.safe_dump(front)}---\n\n{body}"


@pytest.mark.parametrize(
    "files",
    [
        # the card's metadata names an Apache-2.0 Qwen base
        {
            "README.md": _card({"license": "apache-2.0", "base_model": "Qwen/Qwen2.5-7B-Instruct"}),
            "LICENSE": APACHE_NOTICE,
        },
        # another size and spelling of the same family
        {
            "README.md": _card({"license": "apache-2.0", "base_model": ["qwen/qwen2.5-14b"]}),
            "LICENSE": APACHE_NOTICE,
        },
        # the base named only in the adapter's config
        {
            "README.md": _card({"license": "apache-2.0", "library_name": "peft"}),
            "adapter_config.json": json.dumps(
                {"base_model_name_or_path": "Qwen/Qwen2.5-7B-Instruct", "peft_type": "LORA"}
            ),
        },
    ],
)
def test_a_ban_on_a_family_reaches_a_fine_tune_under_another_license(
    tmp_path: Path, files: dict[str, str]
) -> None:
    fired = _audit(tmp_path, files)
    assert "no-qwen-lineage" in fired
    assert "qwen-license-family" not in fired  # the licenses binding it are Apache-2.0's


def test_a_base_under_the_family_license_is_seen_by_both_facts(tmp_path: Path) -> None:
    card = _card({"license": "apache-2.0", "base_model": "Qwen/Qwen2.5-72B-Instruct"})
    fired = _audit(tmp_path, {"README.md": card})
    assert {"no-qwen-lineage", "qwen-license-family"} <= fired


@pytest.mark.parametrize(
    "files",
    [
        {
            "README.md": _card(
                {"license": "apache-2.0", "base_model": "mistralai/Mistral-7B-v0.1"}
            ),
            "LICENSE": APACHE_NOTICE,
        },
        # a card that only mentions Qwen as a model it was compared with
        {
            "README.md": _card(
                {"license": "apache-2.0"},
                "# Wren-7B\n\nTrained from scratch. It beats Qwen2.5-7B on our benchmark.\n",
            ),
            "LICENSE": APACHE_NOTICE,
        },
    ],
)
def test_another_family_or_no_base_leaves_the_ban_silent(
    tmp_path: Path, files: dict[str, str]
) -> None:
    assert "no-qwen-lineage" not in _audit(tmp_path, files)
