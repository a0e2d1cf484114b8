"""A quantized copy read from its metadata when the card states no relation (card_relation.py)."""

from __future__ import annotations

import pytest

from auditor.model import BaseModelRef
from auditor.sources.card import declared_from_card, parse_card
from auditor.sources.card_relation import implied_relation


def _declared(front: str):  # type: ignore[no-untyped-def]
    return declared_from_card(parse_card(f"---\n{front}\n---\n# Card\n"))


@pytest.mark.parametrize(
    "front",
    [
        "base_model: org/base\nquantized_by: someone",
        "base_model: org/base\ntags: [GGUF, text-generation]",
        "base_model: [org/base]\ntags: [gptq]",
        "base_model: org/base\ntags: [llama-cpp, gguf-my-repo]",
        "base_model: org/base\nlibrary_name: gguf",
        "base_model: org/base\ntags: [quantized, 4-bit]",
    ],
)
def test_a_quantized_copy_is_read_as_its_base_s_quantization(front: str) -> None:
    declared = _declared(front)
    assert declared.base_models == (BaseModelRef("org/base", "quantized"),)
    assert declared.base_model_relation is None  # the card did not state it


@pytest.mark.parametrize(
    "front",
    [
        "base_model: org/base",  # no sign of a quantization
        "base_model: org/base\ntags: [4-bit, text-generation]",  # a precision is no format
        "base_model: org/base\ntags: [gguf, trl, sft]",  # a fine-tune published as GGUF
        "base_model: org/base\ntags: [gguf, mergekit]",
        "base_model: [org/a, org/b]\nquantized_by: someone",  # a copy has one parent
        "tags: [gguf]\nquantized_by: someone",  # no parent at all
    ],
)
def test_no_relation_without_a_quantization_s_signs(front: str) -> None:
    assert all(base.relation is None for base in _declared(front).base_models)


def test_a_stated_relation_wins() -> None:
    declared = _declared("base_model: org/base\nbase_model_relation: finetune\ntags: [gguf]")
    assert declared.base_models == (BaseModelRef("org/base", "finetune"),)
    tagged = _declared("base_model: org/base\ntags: [gguf, 'base_model:adapter:org/base']")
    assert tagged.base_models == (BaseModelRef("org/base", "adapter"),)


def test_the_metadata_alone_decides() -> None:
    assert implied_relation({"base_model": "org/base", "quantized_by": " "}) is None
    assert implied_relation({"base_model": "org/base", "quantized_by": "x"}) == "quantized"
    assert implied_relation({"base_model": "", "tags": ["gguf"]}) is None


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        (
            "Contains GGUF format model files for [org/base](https://huggingface.co/org/base).",
            "quantized",
        ),
        ("GPTQ quants of [base](https://hf.co/org/base)", "quantized"),
        ("This is a quantized version of https://huggingface.co/org/base", "quantized"),
        ("GGUF files of our fine-tune of org/base", None),  # a copy of the fine-tune
        ("We fine-tuned org/base. GGUF versions are available.", None),
        ("A quantized version of this model is at org/base-GGUF.", None),
        ("GGUF format model files for org/other", None),  # another model's copy
    ],
)
def test_the_card_s_text_may_call_the_files_a_copy_of_the_base(
    body: str, relation: str | None
) -> None:
    card = parse_card(f"---\nbase_model: org/base\n---\n# Card\n\n{body}\n")
    assert declared_from_card(card).base_models == (BaseModelRef("org/base", relation),)
