"""Parents listed under a label standing alone on its line (lineage/model_tree.py): the Hub's
"Model tree" pasted into a card, a "Base model" heading over a list. Cards written for these
tests; each expectation is what the tree says is above "(this model)"."""

from __future__ import annotations

from auditor.lineage.prose import stated_parents

OWN = "acme/kite-8b"


def _parents(card: str) -> list[tuple[str, str | None]]:
    return [(p.ref, p.relation) for p in stated_parents(card, own_repo=OWN)]


def test_the_hubs_model_tree_with_bullets_names_the_base() -> None:
    card = (
        "# Kite\n\n## Model tree for acme/kite-8b\n\nBase model\n- meta-llama/Llama-3.1-8B\n\n"
        "Finetuned\n- acme/kite-8b (this model)\n\nQuantizations\n- 2 models\n"
    )
    assert _parents(card) == [("meta-llama/Llama-3.1-8B", "finetune")]


def test_a_tree_pasted_as_plain_lines_with_a_chain_names_every_ancestor() -> None:
    card = (
        "Model tree for acme/kite-8b\nBase model\nmeta-llama/Llama-3.1-8B\nFinetuned\n"
        "meta-llama/Llama-3.1-8B-Instruct\nAdapter\n(this model)\n"
    )
    assert _parents(card) == [
        ("meta-llama/Llama-3.1-8B", "finetune"),
        ("meta-llama/Llama-3.1-8B-Instruct", "adapter"),
    ]


def test_headings_links_and_a_merge_of_two_bases() -> None:
    card = (
        "### Base models\n\n* [Qwen/Qwen2.5-7B](https://huggingface.co/Qwen/Qwen2.5-7B)\n"
        "* [mistralai/Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1)\n\n"
        "### Merge\n\n* **(this model)**\n"
    )
    assert _parents(card) == [("Qwen/Qwen2.5-7B", "merge"), ("mistralai/Mistral-7B-v0.1", "merge")]


def test_a_label_with_its_colon_alone_on_its_line() -> None:
    card = "**Finetuned from model:**\n\n- google/gemma-2-9b\n"
    assert _parents(card) == [("google/gemma-2-9b", None)]


def test_the_children_below_this_model_are_no_parents() -> None:
    card = (
        "Model tree for acme/kite-8b\nBase model\nacme-labs/kite-base-8b\nFinetuned\n(this model)\n"
        "Finetunes\n- meta-llama/Llama-3.1-8B\nQuantizations\n- someone/kite-8b-GGUF\n"
    )
    assert _parents(card) == [("acme-labs/kite-base-8b", "finetune")]


def test_a_tree_without_a_base_states_no_parent() -> None:
    card = "Model tree for acme/kite-8b\nFinetunes\n- meta-llama/Llama-3.1-8B\nMerges\n3 models\n"
    assert _parents(card) == []


def test_a_sentence_under_the_label_is_no_list_of_parents() -> None:
    card = "### Base model\n\nWe compare against meta-llama/Llama-3.1-8B in the tables below.\n"
    assert _parents(card) == []


def test_a_label_with_words_after_it_is_no_standalone_label() -> None:
    card = "## Base models we benchmarked\n\n- meta-llama/Llama-3.1-8B\n- Qwen/Qwen2.5-7B\n"
    assert _parents(card) == []


def test_a_tree_inside_fenced_code_is_not_read() -> None:
    card = "```\nBase model\nmeta-llama/Llama-3.1-8B\nFinetuned\n(this model)\n```\n"
    assert _parents(card) == []
