"""A card's "Built with <model family>" line as a parent of low confidence.

The Llama 3 license asks derivatives to display "Built with Meta Llama 3", Llama 3.1 and later
"Built with Llama", the Qwen license "Built with Qwen" or "Improved using Qwen"; the phrase
therefore ties a model to that family. Tools and libraries are built with too: those name no
model family.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.lineage.built_with import BUILT_WITH_CONFIDENCE, built_with_parents
from auditor.lineage.names import base_name, resolve_name


@pytest.fixture(scope="module")
def families() -> ModelFamilies:
    return load_model_families()


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Built with Llama", "meta-llama/Llama"),
        ("**Built with Llama**", "meta-llama/Llama"),
        ("This model is Built with Meta Llama 3.1.", "meta-llama/Llama-3.1"),
        ("Built with Meta Llama 3", "meta-llama/Llama-3"),
        ("Built with [Llama](https://www.llama.com/)", "meta-llama/Llama"),
        ("built with Meta's Llama 3.2 1B", "meta-llama/Llama-3.2-1B"),
        ("Built with Gemma", "google/Gemma"),
        ("Built with Google Gemma 2", "google/Gemma-2"),
        ("Improved using Qwen", "qwen/Qwen"),
        ("Built with Qwen2.5-7B-Instruct", "qwen/Qwen2.5-7B-Instruct"),
    ],
)
def test_a_family_named_after_built_with_is_a_parent(
    text: str, ref: str, families: ModelFamilies
) -> None:
    (parent,) = built_with_parents(f"# Quill\n\n{text}\n", families, first_line=5)
    assert parent.ref == ref
    assert parent.confidence == BUILT_WITH_CONFIDENCE == 0.4
    assert parent.method == "card-built-with"
    assert (parent.evidence.file, parent.evidence.line) == ("README.md", 7)
    assert "uilt with" in parent.evidence.text or "Improved using" in parent.evidence.text


def test_the_refs_read_as_the_family_and_generation_they_name(families: ModelFamilies) -> None:
    (versioned,) = built_with_parents("Built with Meta Llama 3.1", families)
    (generation,) = resolve_name(versioned.ref, None, families)
    assert generation.known.license == "LicenseRef-llama-3.1-community"
    (bare,) = built_with_parents("Built with Llama", families)
    assert resolve_name(bare.ref, None, families) == ()  # no generation rule matches
    assert families.family_of(base_name(bare.ref)) == ("llama",)  # a Llama, generation unknown


@pytest.mark.parametrize(
    "text",
    [
        "built with PyTorch",
        "Built with PyTorch and Llama",
        "Built with Axolotl",
        "Built with Unsloth",
        "built with llama.cpp",
        "Built with LlamaIndex",
        "Built with Llama Index",
        "Built with LLaMA-Factory",
        "Built with Mistral's tokenizer",
        "This model was built using the Llama 3 architecture",
        "Built with love",
        "```\nBuilt with Llama\n```",
    ],
)
def test_a_tool_a_library_or_code_is_no_parent(text: str, families: ModelFamilies) -> None:
    assert built_with_parents(text, families) == ()


def test_not_when_the_card_states_another_parent_of_that_family(families: ModelFamilies) -> None:
    body = "Built with Llama"
    assert built_with_parents(body, families, stated_refs=["meta-llama/Llama-3.1-8B"]) == ()
    assert built_with_parents(body, families, stated_refs=["bartowski/Llama-3.1-8B-GGUF"]) == ()
    (parent,) = built_with_parents(body, families, stated_refs=["Qwen/Qwen2.5-7B"])
    assert parent.ref == "meta-llama/Llama"


def test_not_for_the_vendors_own_model_or_one_named_after_the_family(
    families: ModelFamilies,
) -> None:
    body = "Built with Llama"
    assert built_with_parents(body, families, own="meta-llama/Llama-3.1-8B-Instruct") == ()
    assert built_with_parents(body, families, own="someone/Llama-3.1-Quill-8B") == ()
    assert built_with_parents(body, families, own="someone/quill-8b") != ()


def test_one_parent_per_family(families: ModelFamilies) -> None:
    body = "Built with Llama\n\nBuilt with Meta Llama 3\n\nImproved using Qwen\n"
    assert [p.ref for p in built_with_parents(body, families)] == ["meta-llama/Llama", "qwen/Qwen"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Built with ", "built using ", "Meta ", "Llama", " 3.1", ".cpp", "'s", "**"),
                *("\n", "```\n", "Gemma", "Qwen2.5", " and ", "[", "](https://x.y)", "é", " "),
            ]
        )
    ).map("".join)
)
def test_any_text_reads_without_error(text: str) -> None:
    families = load_model_families()
    for parent in built_with_parents(text, families):
        assert parent.confidence == BUILT_WITH_CONFIDENCE
        assert families_of_ref(parent.ref, families)


def families_of_ref(ref: str, families: ModelFamilies) -> tuple[str, ...]:
    name = base_name(ref)
    return tuple(r.family for r in families.match(name)) or families.family_of(name)


@pytest.mark.parametrize(
    "text",
    ["Built with Llama 3.1](https://x.y)", "Built with Llama 3.1(see https://x.y)"],
)
def test_a_broken_link_after_the_name_is_no_part_of_it(text: str) -> None:
    (parent,) = built_with_parents(text, load_model_families())
    assert parent.ref == "meta-llama/Llama-3.1"
