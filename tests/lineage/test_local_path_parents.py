"""A parent named by a local path (`/mnt/models/Llama-3.2-11B-Vision-Instruct`, a Hugging Face
cache folder, `C:\\models\\X`) is resolved as its last part's name would be, never fetched, and
is said to be unresolved when that name is no model the knowledge knows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.knowledge.model_families import load_model_families
from auditor.lineage.names import is_local_path, local_path_name
from auditor.lineage.resolve import Lineage, resolve_lineage
from auditor.model import Evidence, StatedParent
from tests.lineage.test_repo_parents import card, gathered, snapshot
from tests.lineage.test_resolve import fake_fetch, make_model

SHA = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture(scope="module")
def db() -> LicenseDB:
    return load_license_db()


@pytest.fixture(scope="module")
def registry() -> KnownModels:
    return load_known_models()


@pytest.mark.parametrize(
    ("ref", "name"),
    [
        ("/mnt/models/Llama-3.2-11B-Vision-Instruct", "Llama-3.2-11B-Vision-Instruct"),
        ("./out/Qwen2.5-7B-Instruct/checkpoint-500", "Qwen2.5-7B-Instruct"),
        ("~/models/gemma-2-2b-it/", "gemma-2-2b-it"),
        ("C:\\models\\Mistral-7B-v0.1", "Mistral-7B-v0.1"),
        ("models/llama-3-8b", "llama-3-8b"),
        (
            f"/root/.cache/huggingface/hub/models--google--gemma-2-9b/snapshots/{SHA}",
            "google/gemma-2-9b",
        ),
        ("./outputs/checkpoint-1200", None),  # a run's folder names nothing
        ("/content/drive/MyDrive/merged", None),
    ],
)
def test_what_a_local_path_names(ref: str, name: str | None) -> None:
    assert is_local_path(ref)
    assert local_path_name(ref) == name


@pytest.mark.parametrize(
    "ref", ["google/gemma-2-2b-it", "https://huggingface.co/google/gemma-2-2b-it", "gpt2", ""]
)
def test_a_hub_id_is_no_local_path(ref: str) -> None:
    assert not is_local_path(ref)
    assert local_path_name(ref) is None


def adapter(ref: str) -> StatedParent:
    return StatedParent(
        ref, "adapter", "training-config", 0.6, Evidence("adapter_config.json", 1, ref)
    )


def lineage_of(db: LicenseDB, registry: KnownModels, ref: str, calls: list[str]) -> Lineage:
    model = replace(make_model(db, "someone/adapter", "mit"), stated_parents=(adapter(ref),))
    return resolve_lineage(
        model,
        db=db,
        registry=registry,
        fetch=fake_fetch({}, calls),
        families=load_model_families(),
    )


def test_a_local_path_naming_a_registry_model_resolves_to_it(
    db: LicenseDB, registry: KnownModels
) -> None:
    calls: list[str] = []
    lineage = lineage_of(db, registry, "/mnt/models/Llama-3.2-11B-Vision-Instruct", calls)
    (ancestor,) = lineage.ancestors
    assert calls == []  # never fetched
    assert ancestor.resolved_by == "name"
    assert ancestor.license is not None
    assert ancestor.license.id == "LicenseRef-llama-3.2-community"
    assert ancestor.terms.get("excluded_licensee_domiciles")  # the registry entry's terms
    assert "meta-llama/llama-3.2-11b-vision-instruct" in ancestor.stated[0].text
    assert lineage.mismatch


def test_a_local_path_naming_a_family_resolves_by_its_rule(
    db: LicenseDB, registry: KnownModels
) -> None:
    lineage = lineage_of(db, registry, "D:\\ckpt\\gemma-2-2b-it-sft-v3", [])
    (ancestor,) = lineage.ancestors
    assert ancestor.resolved_by == "name"
    assert ancestor.license is not None and "gemma" in (ancestor.license.id or "")


def test_a_hub_cache_folder_is_the_repo_it_holds(db: LicenseDB, registry: KnownModels) -> None:
    path = f"/root/.cache/huggingface/hub/models--google--gemma-2-9b/snapshots/{SHA}"
    (ancestor,) = lineage_of(db, registry, path, []).ancestors
    assert (ancestor.ref, ancestor.resolved_by) == ("google/gemma-2-9b", "registry")


@pytest.mark.parametrize("ref", ["/content/drive/MyDrive/outputs", "./my-private-base-v2"])
def test_a_local_path_naming_nothing_known_is_said_unresolved(
    db: LicenseDB, registry: KnownModels, ref: str
) -> None:
    calls: list[str] = []
    lineage = lineage_of(db, registry, ref, calls)
    (ancestor,) = lineage.ancestors
    assert calls == []
    assert ancestor.resolved_by == "unresolved"
    assert lineage.unresolved
    (finding,) = [f for f in lineage.findings if f.rule == "lineage-parent-unresolved"]
    assert "local path" in finding.message and "adapter_config.json" in finding.message


def test_beside_declared_parents_only_a_known_local_name_disagrees(registry: KnownModels) -> None:
    text = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    unknown = '{"base_model_name_or_path": "/workspace/out/merged"}'
    found = gathered(snapshot(text, configs=(("adapter_config.json", unknown),)), registry)
    assert (found.parents, found.findings) == ((), ())
    same = '{"base_model_name_or_path": "/models/Mistral-7B-v0.1"}'
    found = gathered(snapshot(text, configs=(("adapter_config.json", same),)), registry)
    assert (found.parents, found.findings) == ((), ())
    other = '{"base_model_name_or_path": "/models/gemma-2-9b-it"}'
    found = gathered(snapshot(text, configs=(("adapter_config.json", other),)), registry)
    assert [p.ref for p in found.parents] == ["/models/gemma-2-9b-it"]
    assert len(found.findings) == 1
