"""The datasets a training configuration or launch script kept beside the weights names are
training data (role `training`, method `training-config`, with file, line and quote); its
evaluation keys are evaluation data; local files, a tool's own dataset names, a configuration
that does not train and a command that does not train state none. Files written here in the
shapes axolotl, TRL, the alignment handbook and LLaMA-Factory document."""

from __future__ import annotations

import json

import pytest

from auditor.training.stated import stated_datasets
from auditor.training.stated_configs import CONFIG_CONFIDENCE, config_statements

AXOLOTL = """base_model: mistralai/Mistral-7B-v0.1
datasets:
  - path: tatsu-lab/alpaca
    type: alpaca
  - path: data/local.jsonl
    type: sharegpt
test_datasets:
  - path: acme/held-out
    split: test
sequence_len: 2048
learning_rate: 0.00002
"""
HANDBOOK = """model_name_or_path: Qwen/Qwen2.5-7B
dataset_mixer:
  HuggingFaceH4/ultrachat_200k: 1.0
  acme/support-chats: 0.5
learning_rate: 2.0e-05
"""
MIXTURE = """model_name_or_path: Qwen/Qwen2.5-7B
dataset_mixture:
  datasets:
    - id: HuggingFaceH4/ultrafeedback_binarized
      weight: 1.0
num_train_epochs: 1
"""
TRL_JSON = json.dumps(
    {"model_name_or_path": "Qwen/Qwen2.5-7B", "dataset_name": "trl-lib/Capybara", "lr": 1e-5}
)
SCRIPT = """MODEL=Qwen/Qwen2.5-7B
torchrun train.py --model_name_or_path $MODEL --dataset_name databricks/databricks-dolly-15k \\
  --validation_file https://huggingface.co/datasets/acme/support-val/resolve/main/val.jsonl \\
  --learning_rate 2e-5
python eval.py --model_name_or_path out --dataset_name cais/mmlu
"""

PY_SCRIPT = """import argparse
from datasets import load_dataset
from trl import SFTTrainer
parser = argparse.ArgumentParser()
parser.add_argument("--dataset_name", type=str, default="tatsu-lab/alpaca")
extra = load_dataset("yahma/alpaca-cleaned", split="train")
mmlu = load_dataset("cais/mmlu", "all", split="test")
judge_model = "acme/judge-model"
SFTTrainer(model=model, train_dataset=extra).train()
"""


def _found(path: str, text: str) -> list[tuple[str | None, str, int]]:
    return [(s.hub_id, s.role, s.line) for s in config_statements(path, text)]


def test_axolotl_datasets_are_training_data_and_test_datasets_evaluation() -> None:
    assert _found("configs/sft.yaml", AXOLOTL) == [
        ("tatsu-lab/alpaca", "training", 3),
        ("acme/held-out", "evaluation", 8),
    ]
    (first, _) = config_statements("configs/sft.yaml", AXOLOTL)
    assert (first.method, first.confidence, first.file) == (
        "training-config",
        CONFIG_CONFIDENCE,
        "configs/sft.yaml",
    )
    assert "tatsu-lab/alpaca" in first.quote


@pytest.mark.parametrize(
    ("path", "text", "ids"),
    [
        ("recipe.yaml", HANDBOOK, ["HuggingFaceH4/ultrachat_200k", "acme/support-chats"]),
        ("config_dpo.yaml", MIXTURE, ["HuggingFaceH4/ultrafeedback_binarized"]),
        ("sft_config.json", TRL_JSON, ["trl-lib/Capybara"]),
        ("scripts/train.sh", SCRIPT, ["databricks/databricks-dolly-15k", "acme/support-val"]),
        ("train.py", PY_SCRIPT, ["tatsu-lab/alpaca", "yahma/alpaca-cleaned"]),
    ],
)
def test_other_tools_dataset_keys_are_read(path: str, text: str, ids: list[str]) -> None:
    assert [hub_id for hub_id, _, _ in _found(path, text)] == ids


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # LLaMA-Factory's own dataset names and local files: nothing to look up
        ("llama3_lora_sft.yaml", "model_name_or_path: a/b\ndataset: identity,alpaca_en_demo\n"),
        ("train_config.yaml", "base_model: a/b\ntrain_file: data/train.jsonl\n"),
        # not a training configuration: an evaluation task, a dataset card's configs
        ("tasks/mmlu.yaml", "task: mmlu\ndataset_path: cais/mmlu\ndataset_name: all\n"),
        ("eval.yaml", "model: acme/model\ndatasets: [cais/mmlu]\n"),
        # a command that does not train
        ("run.sh", "lm_eval --model hf --dataset_name cais/mmlu --tasks mmlu\n"),
        # a Python script that trains nothing (an evaluation loading its data)
        ("eval.py", PY_SCRIPT.replace("SFTTrainer(model=model, train_dataset=extra).train()", "")),
        # does not parse, or too large
        ("train_config.yaml", "datasets: [unclosed\n"),
        ("train_config.yaml", "datasets: [a/b]\n" + "x" * (70 << 10)),
    ],
)
def test_no_dataset_anyone_can_look_up_states_none(path: str, text: str) -> None:
    assert _found(path, text) == []


def test_a_configs_dataset_joins_the_cards_statement_of_it() -> None:
    entries = stated_datasets(
        {"datasets": ["tatsu-lab/alpaca"]},
        key_lines={"datasets": 2},
        configs=[("configs/sft.yaml", AXOLOTL)],
    )
    by_id = {e["hub_id"]: e for e in entries}
    assert set(by_id) == {"tatsu-lab/alpaca", "acme/held-out"}
    alpaca = by_id["tatsu-lab/alpaca"]
    assert alpaca["role"] == "training"
    assert [s["file"] for s in alpaca["stated"]] == ["README.md", "configs/sft.yaml"]
    assert by_id["acme/held-out"]["role"] == "evaluation"


def test_a_dataset_repos_own_files_state_nothing() -> None:
    assert stated_datasets(None, configs=[("configs/sft.yaml", AXOLOTL)], is_dataset=True) == ()
