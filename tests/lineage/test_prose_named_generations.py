"""A parent a card names by its display name in shapes beyond "fine-tuned from": "is a derivative
of X", "trained by fine-tuning X", "built on top of <a name stating its generation>", "is an
enhanced <Name> model", and the first LLaMA, named without a number ("LLaMA", "Llama 13b"). A
stated generation wins over the family guess "Built with Llama" gives; a card comparing with,
citing or evaluating against a model states no parent."""

from __future__ import annotations

import pytest

from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.lineage.built_with import built_with_parents
from auditor.lineage.names import base_name
from auditor.lineage.prose import stated_parents


@pytest.fixture(scope="module")
def families() -> ModelFamilies:
    return load_model_families()


def generations(body: str, families: ModelFamilies) -> list[str]:
    """The generation rule ids of the display-name parents the card states."""
    found = built_with_parents(body, families, own="model")
    return [r.id for p in found for r in families.match(base_name(p.ref))] or [p.ref for p in found]


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("# Acme-51B-instruct\n\nAcme-51B-instruct is a derivative of Llama-3.1-70B.", "llama-3.1"),
        ("Vicuna is a chatbot trained by fine-tuning LLaMA on user-shared chats.", "llama-1"),
        ("The model was obtained by further fine-tuning Llama 2 13B on legal text.", "llama-2"),
        ("It is based on LLaMA (Large Language Model Meta AI) and has 7B parameters.", "llama-1"),
        ("Acme-Chat is built on top of Llama-3-8B-instruct, an auto-regressive model.", "llama-3"),
        ("This model is based on Qwen2.5-7B-Instruct and tuned on support tickets.", "qwen2.5"),
        ("The result is an enhanced Llama 13b model that rivals larger ones.", "llama-1"),
        ("It is a fine-tuned Mistral 7B model for French law.", "mistral-apache"),
        ("Built with Llama. This model is a derivative of Llama-3.1-8B.", "llama-3.1"),
        ("We merged two adapters by merging LLaMA 2 7B weights.", "llama-2"),
    ],
)
def test_a_display_name_in_a_derivation_shape_names_its_generation(
    body: str, rule: str, families: ModelFamilies
) -> None:
    found = generations(body, families)
    assert found and found[0].startswith(rule)


@pytest.mark.parametrize(
    "body",
    [
        "We compare our model with a derivative of Llama-3.1-70B-instruct.",
        "Our model outperforms models trained by fine-tuning LLaMA on the same data.",
        "Derivatives of Llama 3.1 must display the attribution notice.",
        "This evaluation is based on Llama-3-8B-instruct as a judge.",
        "It is based on Llama and other open models.",  # a weak phrase, no generation stated
        "The dataset was built on top of Llama-3-8B outputs, compared with GPT-4.",
        "Our model is better than an enhanced Llama 13b model.",
        "We trained it by fine-tuning on data generated with LLaMA.",
        "Meta's Llama-3-70B is a derivative of nothing else; ours is trained from scratch.",
        "The tokenizer is based on LLaMA's tokenizer.",
    ],
)
def test_a_comparison_citation_or_data_mention_names_no_parent(
    body: str, families: ModelFamilies
) -> None:
    assert built_with_parents(body, families, own="model") == ()


def test_a_stated_generation_wins_over_the_built_with_family_guess(
    families: ModelFamilies,
) -> None:
    body = "Built with Llama.\n\nThe model is a derivative of Llama-3.1-70B, pruned by search."
    refs = [p.ref for p in built_with_parents(body, families, own="model")]
    assert refs == ["meta-llama/Llama-3.1-70B"]


def test_the_unnumbered_llama_names_the_first_generation_only(families: ModelFamilies) -> None:
    rules = {n: [r.id for r in families.match(n)] for n in ("llama-13b", "llama-1", "llama-65b")}
    assert all(v == ["llama-1"] for v in rules.values())
    for name in ("llama-2-13b", "code-llama-7b", "tinyllama-1.1b", "llama-1b", "llama-3-8b"):
        assert "llama-1" not in [r.id for r in families.match(name)], name
    assert families.displayed("LLaMA") is not None
    assert families.displayed("Llama") is None  # "Built with Llama" stays a family guess


def test_a_repo_id_after_the_new_shapes_is_a_parent() -> None:
    for body in (
        "Acme-7B is a derivative of acme/base-7b.",
        "We made it by fine-tuning acme/base-7b on support chats.",
        "It was produced by merging acme/alpha-7b and acme/beta-7b.",
    ):
        assert stated_parents(body)[0].ref == "acme/base-7b" or "merging" in body
    merged = stated_parents("It was produced by merging acme/alpha-7b and acme/beta-7b.")
    assert [(p.ref, p.relation) for p in merged] == [
        ("acme/alpha-7b", "merge"),
        ("acme/beta-7b", "merge"),
    ]
    assert stated_parents("We made it by fine-tuning on data from acme/base-7b.") == ()
