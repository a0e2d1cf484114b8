"""A "Base model" label or key-value table row that names the parent by its display name
(`| **Base model** | Llama 3.1 8B Instruct |`, `Basismodell: Gemma 2 9B`) states it as a
display-name parent the family rules resolve; a score table, a denial, data or a model of no
known family states none."""

from __future__ import annotations

import pytest

from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.lineage.built_with import NAMED_CONFIDENCE, built_with_parents
from auditor.lineage.prose import derivation_windows


@pytest.fixture(scope="module")
def families() -> ModelFamilies:
    return load_model_families()


def table(label: str, value: str, header: str = "| | |") -> str:
    return f"# model\n\n{header}\n|---|---|\n| {label} | {value} |\n| **Method** | QLoRA |\n"


@pytest.mark.parametrize(
    ("body", "ref", "relation"),
    [
        (table("**Base model**", "Llama 3.1 8B Instruct"), "meta-llama/Llama-3.1-8B", None),
        (table("Base Model", "Meta Llama 3.1 8B"), "meta-llama/Llama-3.1-8B", None),
        (table("Fine-tuned from", "Mistral 7B v0.3"), "mistralai/Mistral-7B-v0.3", "finetune"),
        (table("Key", "Value", "| Parent model | Gemma 2 9B |"), "google/Gemma-2-9B", None),
        ("**Base model:** Llama 3.1 8B Instruct\n", "meta-llama/Llama-3.1-8B", None),
        ("- Finetuned from model: Qwen2.5 7B\n", "qwen/Qwen2.5-7B", "finetune"),
        ("Basismodell: Gemma 2 9B\n", "google/Gemma-2-9B", None),
        ("基础模型：Qwen2.5 7B\n", "qwen/Qwen2.5-7B", None),
    ],
)
def test_a_label_naming_a_display_name_states_the_parent(
    families: ModelFamilies, body: str, ref: str, relation: str | None
) -> None:
    (parent,) = built_with_parents(body, families)
    assert (parent.ref, parent.relation) == (ref, relation)
    assert parent.method == "card-prose-name"
    assert parent.confidence == NAMED_CONFIDENCE
    assert parent.evidence.line is not None


@pytest.mark.parametrize(
    "body",
    [
        table("Base model", "Llama 3.1 8B", "| Model | MMLU |"),  # a table of scores
        table("Base model", "none (trained from scratch)"),
        table("Base model", "not Llama 3.1 8B"),
        table("Trained on", "Llama 3 outputs"),  # data, not a parent
        table("Base model", "our own 7B model"),  # no family the rules know
        table("Method", "Llama 3.1 8B"),  # not a base-model label
        "Base model: none, trained from scratch\n",
    ],
)
def test_no_display_name_parent(families: ModelFamilies, body: str) -> None:
    assert built_with_parents(body, families) == ()


def test_a_label_followed_by_a_repo_id_gives_no_window() -> None:
    """A reference after the label is read by prose.py itself, not as a display name."""
    body = table("Base model", "meta-llama/Llama-3.1-8B") + "Base model: org/some-model\n"
    assert list(derivation_windows(body)) == []


def test_the_card_stating_the_family_elsewhere_is_not_stated_twice(
    families: ModelFamilies,
) -> None:
    body = table("Base model", "Llama 3.1 8B")
    assert built_with_parents(body, families, stated_refs=["meta-llama/Llama-3.1-8B"]) == ()
