"""Parents a card states only in its text: each phrasing, with its line, relation and
confidence, and only when clearly stated (comparisons, judges, citations and datasets are not)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.lineage.ancestors import REGISTRY_CONFIDENCE
from auditor.lineage.prose import stated_parents
from auditor.model import StatedParent

KNOWN = {"meta-llama/llama-2-7b-hf", "mistralai/mistral-7b-v0.1"}
LINK = "https://huggingface.co/acme/base-7b"


def known(ref: str) -> bool:
    return ref.lower() in KNOWN


def parents(body: str, own: str | None = None) -> tuple[StatedParent, ...]:
    return stated_parents(body, own_repo=own, is_known=known)


def refs(body: str, own: str | None = None) -> list[str]:
    return [p.ref for p in parents(body, own)]


def test_a_linked_parent_after_a_derivation_phrase_is_found_with_its_line() -> None:
    body = f"# Tiny\n\nSome words.\nTiny is fine-tuned from [acme/base-7b]({LINK}) on chats.\n"
    (found,) = stated_parents(body, first_line=5, card_file="README.md")
    assert (found.ref, found.relation, found.method) == ("acme/base-7b", "finetune", "card-prose")
    assert (found.evidence.file, found.evidence.line) == ("README.md", 8)
    assert found.evidence.text == "Tiny is fine-tuned from acme/base-7b on chats."
    assert found.confidence < REGISTRY_CONFIDENCE


@pytest.mark.parametrize(
    ("sentence", "expected", "relation"),
    [
        # the Hub's model card template line, in its spellings
        ("- **Finetuned from model [optional]:** acme/base-7b", ["acme/base-7b"], "finetune"),
        ("Finetuned from model : acme/base-7b", ["acme/base-7b"], "finetune"),
        (f"* **Fine-tuned from:** [the base]({LINK})", ["acme/base-7b"], "finetune"),
        ("**Base model**: acme/base-7b", ["acme/base-7b"], None),
        ("Original model: https://hf.co/acme/base-7b", ["acme/base-7b"], None),
        (
            "Parent models: acme/vision-enc and acme/base-7b",
            ["acme/vision-enc", "acme/base-7b"],
            None,
        ),
        # derivation sentences: a bare org/name counts after a strong phrase
        ("This model is a fine-tuned version of acme/base-7b.", ["acme/base-7b"], "finetune"),
        ("It was pruned and further pre-trained from acme/base-7b.", ["acme/base-7b"], "finetune"),
        ("A student distilled from acme/base-7b for phones.", ["acme/base-7b"], "finetune"),
        ("We quantized from acme/base-7b with AWQ.", ["acme/base-7b"], "quantized"),
        (
            "GGUF format model files for [Base 7B](https://huggingface.co/acme/base-7b).",
            ["acme/base-7b"],
            "quantized",
        ),
        ("These are EXL2 quants of acme/base-7b.", ["acme/base-7b"], "quantized"),
        ("MLX conversion of acme/base-7b, 4 bit.", ["acme/base-7b"], "quantized"),
        ("This is a LoRA adapter for acme/base-7b.", ["acme/base-7b"], "adapter"),
        (
            "Quill-7B is a merge of acme/base-7b and zed/chat-7b.",
            ["acme/base-7b", "zed/chat-7b"],
            "merge",
        ),
        (
            "A TIES merge of acme/base-7b, zed/chat-7b and kay/math-7b.",
            ["acme/base-7b", "zed/chat-7b", "kay/math-7b"],
            "merge",
        ),
        ("We use acme/base-7b as the base model.", ["acme/base-7b"], None),
        (
            f"Merged with the DARE method using [acme/base-7b]({LINK}) as a base.",
            ["acme/base-7b"],
            "merge",
        ),
        # a weak phrase needs a link or a known id
        (f"The model is based on [our base]({LINK}).", ["acme/base-7b"], None),
        (
            "It is built on top of mistralai/Mistral-7B-v0.1.",
            ["mistralai/Mistral-7B-v0.1"],
            None,
        ),
        (
            f"Initialized from [a]({LINK}) (for the reranker) and [b](https://huggingface.co/zed/b-2b).",
            ["acme/base-7b", "zed/b-2b"],
            "finetune",
        ),
    ],
)
def test_phrasings_that_state_a_parent(
    sentence: str, expected: list[str], relation: str | None
) -> None:
    found = parents(sentence)
    assert [p.ref for p in found] == expected, sentence
    assert {p.relation for p in found} == {relation}, sentence


def test_the_dataset_after_the_parent_is_not_a_parent() -> None:
    assert refs("Fine-tuned from acme/base-7b on the zed/chats dataset.") == ["acme/base-7b"]
    assert refs("A fine-tuned version of acme/base-7b on zed/chats-200k.") == ["acme/base-7b"]


def test_the_template_label_is_surer_than_a_sentence_and_a_weak_phrase_least() -> None:
    label, strong, weak = (
        parents("- **Finetuned from model:** acme/a-7b")[0],
        parents("It is a fine-tuned version of acme/a-7b.")[0],
        parents(f"It is based on [it]({LINK}).")[0],
    )
    assert label.confidence > strong.confidence > weak.confidence


@pytest.mark.parametrize(
    "body",
    [
        "Fine-tuned on [our data](https://huggingface.co/datasets/acme/chats).",  # a dataset
        "Trained on acme/chats-200k for two epochs.",  # weak phrase, bare id: data, most likely
        "Trained on 2T tokens, see acme/base-7b for the results.",
        f"This model card is based on the [base card]({LINK}).",  # the document, not the model
        "The card is adapted from acme/base-7b's model card.",
        "Based on code from https://github.com/meta-llama/Llama-2-7b-hf for loading.",
        f"```\nmodel = load('{LINK}')  # fine-tuned from it\n```",  # code
        f"It is based on AutoGPTQ, and we release [a quantized variant]({LINK}).",  # next clause
        f"We compare it with [the base]({LINK}).",  # no derivation
        "We compare against models fine-tuned from acme/base-7b and zed/chat-7b.",
        "Answers were evaluated with acme/judge-70b as the judge.",
        "Unlike models distilled from acme/base-7b, ours is trained from scratch.",
        "It was trained from scratch using the tokenizer of acme/base-7b.",
        "It was not fine-tuned from acme/base-7b.",
        "Fine-tuned on data generated by acme/teacher-70b.",
        # the model's children, not its parents
        "Models fine-tuned from this one: acme/kid-7b, zed/kid-7b.",
        "A GGUF version of this model is at acme/other-7b-GGUF.",
        "Touvron et al. 2023. Llama 2: open foundation and fine-tuned chat models. acme/base-7b",
        "| Model | MMLU | GSM8K |\n|---|---|---|\n| acme/base-7b | 60 | 40 |\n",  # a benchmark
    ],
)
def test_what_is_not_a_stated_parent(body: str) -> None:
    assert refs(body) == [], body


def test_the_model_itself_and_its_own_variants_are_not_parents() -> None:
    body = (
        "Quantized from [acme/chat-7b](https://huggingface.co/acme/chat-7b), see also the "
        "model fine-tuned from [acme/chat-7b-int4](https://huggingface.co/acme/chat-7b-int4).\n"
        "* [GPTQ files for GPU inference](https://huggingface.co/Acme/Chat-7B-GPTQ)\n"
        "GPTQ quantizations of acme/chat-7b-GPTQ are also available.\n"
    )
    assert refs(body, own="Acme/Chat-7B") == []
    assert refs("EXL2 quants of acme/chat-7b-GPTQ.", own="Acme/Chat-7B-GGUF") == []


def test_each_parent_once_with_its_most_confident_statement() -> None:
    body = (
        "It is based on [it](https://huggingface.co/acme/base-7b).\n"
        "- **Finetuned from model:** acme/base-7b\n"
    )
    (found,) = parents(body)
    assert (found.confidence, found.evidence.line) == (0.8, 2)


def test_a_mergekit_model_list_in_prose() -> None:
    body = (
        "### Merge Method\n\nThis model was merged using the SLERP merge method.\n\n"
        "### Models Merged\n\nThe following models were included in the merge:\n"
        "* [acme/base-7b](https://huggingface.co/acme/base-7b)\n* zed/chat-7b\n\n"
        "### Other\n* kay/not-in-the-merge\n"
    )
    found = parents(body)
    assert [(p.ref, p.relation, p.evidence.line) for p in found] == [
        ("acme/base-7b", "merge", 8),
        ("zed/chat-7b", "merge", 9),
    ]


PIECES = [*"ab/.-_ \n|`[]():*", "fine-tuned from ", "huggingface.co/", "merge of ", "```"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES)).map("".join))
def test_any_text_gives_repo_ids_and_never_raises(body: str) -> None:
    for found in stated_parents(body, is_known=lambda _ref: True):
        org, _, name = found.ref.partition("/")
        assert org and name and "/" not in name
        assert found.evidence.line is not None and found.evidence.line >= 1
        assert 0 < found.confidence < REGISTRY_CONFIDENCE


def test_a_huge_one_line_card_is_read_in_linear_time() -> None:
    line = "It is based on [x](https://huggingface.co/acme/base) and more " * 10_000  # 600 KB
    found = stated_parents(line)
    assert [f.ref for f in found] == ["acme/base"]


def test_a_huge_card_of_many_lines_is_read_quickly() -> None:
    import time

    body = "It is fine-tuned from acme/base-7b. | a | b |\n```\nmodel: x/y\n" * 20_000
    start = time.perf_counter()
    stated_parents(body)
    assert time.perf_counter() - start < 10
