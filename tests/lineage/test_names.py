"""Names: suffix stripping, mirror orgs, family rules per generation and size, exclusions."""

from __future__ import annotations

import pytest

from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.model_families import load_model_families
from auditor.lineage.names import base_name, is_mirror_org, resolve_name


@pytest.mark.parametrize(
    ("repo_id", "expected"),
    [
        ("TheBloke/Llama-2-7B-Chat-GGUF", "llama-2-7b-chat"),
        ("unsloth/llama-3-8b-bnb-4bit", "llama-3-8b"),
        ("mlx-community/Mistral-7B-Instruct-v0.3-4bit", "mistral-7b-instruct-v0.3"),
        ("someone/Qwen2.5-7B-Instruct-AWQ", "qwen2.5-7b-instruct"),
        ("someone/Llama-3_1-Nemotron-51B-Instruct", "llama-3.1-nemotron-51b-instruct"),
        ("hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF", "llama-3.2-1b-instruct"),
        ("someone/quill-7b-Q4_K_M", "quill-7b"),
        ("someone/quill-7b-i1-GGUF", "quill-7b"),
        ("someone/quill-7b-4.65bpw-h6-exl2", "quill-7b"),
        ("someone/quill-7b-w4a16", "quill-7b"),
        ("someone/quill-7b-GPTQ-int4", "quill-7b"),
        ("someone/quill-7b-fp8-dynamic", "quill-7b"),
        ("someone/quill-7b-hf", "quill-7b"),
        ("someone/Quill 7B", "quill-7b"),
        ("someone/gguf", "gguf"),  # never strip a name to nothing
    ],
)
def test_base_name_strips_conversion_suffixes(repo_id: str, expected: str) -> None:
    assert base_name(repo_id) == expected


def test_mirror_orgs() -> None:
    assert is_mirror_org("TheBloke") and is_mirror_org("bartowski")
    assert not is_mirror_org("meta-llama")


def _ids(repo_id: str) -> list[str]:
    families = load_model_families()
    return [r.id for r in families.match(base_name(repo_id))]


@pytest.mark.parametrize(
    ("repo_id", "rules"),
    [
        ("NousResearch/Hermes-2-Theta-Llama-3-8B", ["llama-3"]),
        ("someone/llama3.1-8b-quill", ["llama-3.1"]),
        ("someone/Meta-Llama-3-70B-Quill", ["llama-3"]),
        ("someone/quill-llama-2-13b", ["llama-2"]),
        ("someone/CodeLlama-7b-quill", ["llama-2"]),
        ("someone/quill-gemma-2-9b-it", ["gemma-2"]),
        ("someone/quill-gemma-2b", ["gemma-1"]),
        ("someone/deepseek-r1-distill-qwen-7b-quill", ["deepseek-r1-distill-qwen"]),
        ("someone/quill-mistral-7b-llama-3-8b-merge", ["mistral-apache", "llama-3"]),
    ],
)
def test_family_rules_read_community_names(repo_id: str, rules: list[str]) -> None:
    assert _ids(repo_id) == rules


@pytest.mark.parametrize(
    "repo_id",
    [
        "someone/open_llama_7b",
        "someone/OpenLLaMA-3b-v2",
        "someone/llava-llama-3-8b",
        "someone/llama.cpp-quill",
        "someone/quill-llama-style-3-7b",
        "someone/dolphin-2.9",  # "phi" inside a word
        "someone/qwen2.5-quill",  # Qwen2.5's license depends on a size the name does not state
    ],
)
def test_family_rules_exclusions(repo_id: str) -> None:
    assert [r for r in _ids(repo_id) if r != "tinyllama"] == []


def test_tinyllama_is_not_llama() -> None:
    assert _ids("someone/TinyLlama-1.1B-Chat-v1.0") == ["tinyllama"]


def test_gemma_scope_is_not_gemma_terms() -> None:
    rule = load_model_families().match(base_name("google/gemma-scope-2b-pt-res"))[0]
    assert rule.license == "CC-BY-4.0"


@pytest.mark.parametrize(
    ("repo_id", "license_id"),
    [
        ("someone/Qwen2.5-72B-Instruct-quill", "LicenseRef-qwen-license"),
        ("someone/Qwen2.5-3B-quill", "LicenseRef-qwen-research"),
        ("someone/Qwen2.5-7B-quill", "Apache-2.0"),
        ("someone/Qwen2-72B-quill", "LicenseRef-qwen-tongyi-qianwen"),
        ("someone/Qwen2-7B-quill", "Apache-2.0"),
        ("someone/Qwen1.5-1.8B-quill", "LicenseRef-qwen-tongyi-qianwen-research"),
        ("someone/Qwen1.5-14B-quill", "LicenseRef-qwen-tongyi-qianwen"),
    ],
)
def test_sizes_choose_the_license(repo_id: str, license_id: str) -> None:
    rules = load_model_families().match(base_name(repo_id))
    assert [r.license for r in rules] == [license_id]


def test_mirror_org_resolves_through_the_vendor_registry_entry() -> None:
    hits = resolve_name("TheBloke/Llama-2-7B-GGUF", load_known_models(), load_model_families())
    assert [h.known.license for h in hits] == ["LicenseRef-llama-2-community"]
    assert "meta-llama/llama-2-7b" in hits[0].why


def test_vendor_org_is_the_vendor_model() -> None:
    hits = resolve_name("meta-llama/Meta-Llama-3-8B", None, load_model_families())
    assert (
        hits[0].vendor
        and not resolve_name("quill/Llama-3-8B-x", None, load_model_families())[0].vendor
    )
