"""Eight cards written for these tests (paraphrases of how cards state their data), each with
the datasets a reader must find and the role each one played, written before the reader ran.

A dataset is `training` when the model was (pre-)trained on it, `fine-tuning` when it was
fine-tuned, instruction-tuned, aligned or distilled on it, `evaluation` when it was only
measured on, `mentioned` when the card only names it; comparison sentences about other models
never make a dataset the model's own training data."""

# ruff: noqa: E501  (the cards keep each sentence on one line, as cards write them)

from __future__ import annotations

from auditor.model.training import TRAINING_ROLES, TrainingDataEntry
from auditor.training.stated import stated_datasets
from tests.training.cards import read_card


def _roles(card: str) -> dict[str, str]:
    return {_key(e): e["role"] for e in _entries(card)}


def _entries(card: str) -> tuple[TrainingDataEntry, ...]:
    metadata, key_lines, body, body_line = read_card(card)
    return stated_datasets(metadata, key_lines=key_lines, body=body, body_line=body_line)


def _key(entry: TrainingDataEntry) -> str:
    return (entry["hub_id"] or entry["ref"]).lower()


CARD_A = """---
license: apache-2.0
---
# Tiny-Chat

This model was fine-tuned on [the OpenAssistant conversations](https://huggingface.co/datasets/OpenAssistant/oasst1) for two epochs.
We evaluated it on MMLU and [GSM8K](https://huggingface.co/datasets/openai/gsm8k).
"""


def test_card_a_passive_fine_tuning_link_and_evaluation_links() -> None:
    roles = _roles(CARD_A)
    assert roles["openassistant/oasst1"] == "fine-tuning"
    assert roles["openai/gsm8k"] == "evaluation"
    assert roles.get("mmlu", "evaluation") == "evaluation"
    oasst = next(e for e in _entries(CARD_A) if e["hub_id"] == "OpenAssistant/oasst1")
    assert oasst["method"] == "card-prose"
    assert 0.7 <= oasst["confidence"] < 1.0
    assert oasst["stated"][0]["line"] == 6
    assert oasst["resolved_by"] == "stated"


CARD_B = """# Base-1B

The corpus [allenai/dolma](https://hf.co/datasets/allenai/dolma) was used to pre-train the base model.
Instruction tuning used HuggingFaceH4/ultrachat_200k data.
"""


def test_card_b_dataset_before_its_verb_and_a_bare_id_near_data() -> None:
    roles = _roles(CARD_B)
    assert roles["allenai/dolma"] == "training"
    assert roles["huggingfaceh4/ultrachat_200k"] == "fine-tuning"


CARD_C = """# Student-3B

We ran SFT on teknium/OpenHermes-2.5 and then DPO on argilla/distilabel-intel-orca-dpo-pairs.
The student was distilled from data in datasets/acme/teacher-traces.
"""


def test_card_c_sft_dpo_and_distillation_wordings() -> None:
    roles = _roles(CARD_C)
    assert roles["teknium/openhermes-2.5"] == "fine-tuning"
    assert roles["argilla/distilabel-intel-orca-dpo-pairs"] == "fine-tuning"
    assert roles["acme/teacher-traces"] == "fine-tuning"


CARD_D = """# Clean-7B

Compared with models trained on RedPajama, our model scores higher on reasoning.
We report results on the test set of [squad](https://huggingface.co/datasets/rajpurkar/squad).
Unlike Falcon, which was pre-trained on tiiuae/falcon-refinedweb data, this model was trained on acme/clean-web.
"""


def test_card_d_comparisons_and_results_never_make_training_data() -> None:
    roles = _roles(CARD_D)
    assert roles["rajpurkar/squad"] == "evaluation"
    assert roles["acme/clean-web"] == "training"
    assert roles.get("tiiuae/falcon-refinedweb", "mentioned") not in TRAINING_ROLES
    assert roles.get("redpajama", "mentioned") not in TRAINING_ROLES


CARD_E = """# Platy-13B

## Training Data

The following datasets were used:
- [Open-Orca/SlimOrca](https://huggingface.co/datasets/Open-Orca/SlimOrca)
- garage-bAInd/Open-Platypus

## Evaluation

| Benchmark | Score |
|---|---|
| HellaSwag | 80.1 |
| ARC-Challenge | 60.2 |
"""


def test_card_e_training_data_section_list_and_a_benchmark_table() -> None:
    roles = _roles(CARD_E)
    assert roles["open-orca/slimorca"] == "training"
    assert roles["garage-baind/open-platypus"] == "training"
    assert roles["hellaswag"] == "evaluation"
    assert roles["arc-challenge"] == "evaluation"
    table_rows = [e for e in _entries(CARD_E) if e["ref"] == "HellaSwag"]
    assert table_rows[0]["method"] == "card-table"
    assert table_rows[0]["stated"][0]["line"] == 13


CARD_F = """---
license: mit
datasets:
- HuggingFaceH4/ultrafeedback_binarized
- cais/mmlu
---
# Aligned-2B

Aligned with DPO on the binarized UltraFeedback set.
The cais/mmlu dataset was used only for evaluation and never for training.
"""


def test_card_f_metadata_dataset_the_prose_says_is_evaluation_only() -> None:
    entries = {_key(e): e for e in _entries(CARD_F)}
    feedback = entries["huggingfaceh4/ultrafeedback_binarized"]
    assert feedback["role"] == "training"
    assert feedback["method"] == "card-metadata"
    assert feedback["confidence"] == 1.0
    assert feedback["stated"][0] == {
        "file": "README.md",
        "line": 4,
        "text": "datasets: HuggingFaceH4/ultrafeedback_binarized",
    }
    mmlu = entries["cais/mmlu"]
    assert mmlu["role"] == "evaluation"
    assert {s["line"] for s in mmlu["stated"]} == {5, 10}


CARD_G = """# Edu-1B

The pre-training corpus consists of 2T tokens drawn from [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) and The Stack v2.
Training data also includes Wikipedia.
"""


def test_card_g_corpus_noun_phrases_and_well_known_names() -> None:
    entries = {_key(e): e for e in _entries(CARD_G)}
    assert entries["huggingfacefw/fineweb-edu"]["role"] == "training"
    wiki = entries["wikipedia"]
    assert wiki["role"] == "training"
    assert wiki["hub_id"] is None
    assert wiki["confidence"] < entries["huggingfacefw/fineweb-edu"]["confidence"]
    stack = [e for key, e in entries.items() if key.startswith("the stack")]
    assert stack and stack[0]["role"] == "training"


CARD_H = """# Helper-8B

This model was not trained on any user data.
For details on the data format see https://huggingface.co/datasets/acme/format-examples.
It was instruction-tuned using the acme/instruct-mix dataset.
"""


def test_card_h_negation_a_neutral_link_and_an_instruction_tuning_set() -> None:
    roles = _roles(CARD_H)
    assert roles["acme/format-examples"] == "mentioned"
    assert roles["acme/instruct-mix"] == "fine-tuning"
    assert [k for k, r in roles.items() if r in TRAINING_ROLES] == ["acme/instruct-mix"]
