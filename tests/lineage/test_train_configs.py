"""A fine-tuning configuration shipped beside the weights names the model the run started
from: axolotl's `base_model`, LLaMA-Factory's and TRL's `model_name_or_path` (top level or in a
`model_args` section), unsloth's `model_name`; a local path there is a parent named by that path;
a file that does not parse, or keys that name outputs, name none. Also which files are read."""

from __future__ import annotations

import json

import pytest

from auditor.lineage.repo_parents import file_parents
from auditor.lineage.train_configs import (
    LOCAL_PATH_CONFIDENCE,
    TRAINING_CONFIG_CONFIDENCE,
    local_config_parents,
    training_config_parents,
)
from auditor.sources.parent_files import is_training_config, parent_config_paths

AXOLOTL = (
    "base_model: google/gemma-2-2b-it\nmodel_type: AutoModelForCausalLM\n"
    "datasets:\n  - path: data/x.jsonl\n    type: alpaca\noutput_dir: ./out\n"
)
AXOLOTL_QLORA = (
    "base_model: acme-labs/quill-7b\nadapter: qlora\nlora_r: 16\noutput_dir: ./qlora-out\n"
)
LLAMA_FACTORY = (
    "### model\nmodel_name_or_path: meta-llama/Meta-Llama-3-8B-Instruct\n\n### method\n"
    "stage: sft\nfinetuning_type: lora\nlora_target: all\noutput_dir: saves/llama3-8b/lora/sft\n"
)
NESTED = "model_args:\n  model_name_or_path: Qwen/Qwen2.5-7B-Instruct\ntraining_args:\n  lr: 1e-5\n"
TRL_JSON = json.dumps({"model_name_or_path": "mistralai/Mistral-7B-v0.1", "use_peft": True})
UNSLOTH = "model_name: unsloth/llama-3-8b-bnb-4bit\nmax_seq_length: 2048\nload_in_4bit: true\n"


@pytest.mark.parametrize(
    ("path", "text", "ref", "relation"),
    [
        ("train_config.yaml", AXOLOTL, "google/gemma-2-2b-it", "finetune"),
        ("qlora.yml", AXOLOTL_QLORA, "acme-labs/quill-7b", "adapter"),
        ("llama3_lora_sft.yaml", LLAMA_FACTORY, "meta-llama/Meta-Llama-3-8B-Instruct", "adapter"),
        ("configs/sft.yaml", NESTED, "Qwen/Qwen2.5-7B-Instruct", "finetune"),
        ("sft_config.json", TRL_JSON, "mistralai/Mistral-7B-v0.1", "adapter"),
        ("unsloth_config.yaml", UNSLOTH, "unsloth/llama-3-8b-bnb-4bit", "finetune"),
    ],
)
def test_a_training_config_names_the_starting_model(
    path: str, text: str, ref: str, relation: str
) -> None:
    (parent,) = training_config_parents(path, text)
    assert (parent.ref, parent.relation, parent.method) == (ref, relation, "training-config")
    assert parent.confidence == TRAINING_CONFIG_CONFIDENCE
    assert parent.evidence.file == path
    assert parent.evidence.line is not None and ref in parent.evidence.text
    assert file_parents(path, text) == (parent,)  # read by what the file's name says it is


def test_a_local_path_in_a_training_config_is_kept_as_written() -> None:
    text = "base_model: /mnt/models/Llama-3.1-8B-Instruct\nadapter: lora\n"
    (parent,) = training_config_parents("axolotl.yml", text)
    assert parent.ref == "/mnt/models/Llama-3.1-8B-Instruct"
    assert (parent.relation, parent.confidence) == ("adapter", LOCAL_PATH_CONFIDENCE)
    assert parent.evidence.line == 1


@pytest.mark.parametrize(
    "text",
    [
        "base_model: [unclosed\n",  # does not parse
        "- base_model: google/gemma-2-2b-it\n",  # a list, not a configuration
        "output_dir: google/gemma-2-2b-it-tuned\nhub_model_id: me/tuned\n",  # outputs
        "base_model: my-base\n",  # a bare word: no repo id, no path
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        "base_model: google/gemma-2-2b-it\n",  # alias expansion past the bound: refused
        "x" * (70 << 10),  # too large
    ],
)
def test_what_names_no_parent(text: str) -> None:
    assert training_config_parents("train_config.yaml", text) == ()


def test_an_adapter_config_naming_its_base_by_local_path() -> None:
    text = '{"base_model_name_or_path": "/mnt/models/Llama-3.2-11B-Vision-Instruct", "r": 16}'
    (parent,) = file_parents("adapter_config.json", text)
    assert (parent.ref, parent.relation) == ("/mnt/models/Llama-3.2-11B-Vision-Instruct", "adapter")
    assert parent.evidence.line == 1
    hub = '{"base_model_name_or_path": "google/gemma-2-9b-it"}'
    assert [p.ref for p in file_parents("adapter_config.json", hub)] == ["google/gemma-2-9b-it"]
    assert local_config_parents("adapter_config.json", hub) == ()
    assert local_config_parents("adapter_config.json", "{not json") == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("train_config.yaml", True),
        ("axolotl.yml", True),
        ("qlora.yml", True),
        ("llama3_lora_sft.yaml", True),
        ("training_args.yaml", True),
        ("sft_config.json", True),
        ("fine-tune.yaml", True),
        ("dpo.json", True),
        ("train.jsonl", False),  # a dataset
        ("train_data.json", False),
        ("train_results.json", False),  # a run's metrics
        ("trainer_state.json", False),
        ("eval_results.json", False),
        ("adapter_config.json", False),  # an adapter configuration, read as one
        ("generation_config.json", False),
        ("constrained.yaml", False),  # "train" inside another word
        ("config.yaml", False),
    ],
)
def test_which_names_are_training_configurations(name: str, expected: bool) -> None:
    assert is_training_config(name) is expected


def test_training_configurations_are_chosen_at_the_top_or_one_folder_down() -> None:
    paths = ["README.md", "train_config.yaml", "configs/qlora.yml", "a/b/train.yaml", "x.yaml"]
    # x.yaml: any YAML near the top is read by its shape (lineage/shaped_configs.py); a named
    # recipe up to three folders down (recipes/<model>/sft/config_full.yaml, session 39) is
    # read after those at the top or one folder down
    assert parent_config_paths(paths) == [
        "train_config.yaml",
        "configs/qlora.yml",
        "a/b/train.yaml",
        "x.yaml",
    ]
    # four folders down: never
    assert "a/b/c/d/train.yaml" not in parent_config_paths([*paths, "a/b/c/d/train.yaml"])
