"""A training launch script kept beside the weights names the model the run started from: a
shell command that trains (`torchrun train.py --model_name_or_path X --learning_rate ...`), a
Python script that trains (`model_name_or_path: str = field(default="X")`); a command that
evaluates, downloads or serves a model, keys naming other models or outputs, and a local
checkpoint name no parent. Scripts written here, in the shapes the training tools document."""

from __future__ import annotations

import pytest

from auditor.lineage.repo_parents import file_parents
from auditor.lineage.script_parents import SCRIPT_CONFIDENCE, script_parents

LLAMA = "meta-llama/Meta-Llama-3-8B-Instruct"
QWEN = "Qwen/Qwen2.5-7B-Instruct"

TORCHRUN = f"""#!/usr/bin/env bash
set -euo pipefail
torchrun --nproc_per_node 8 train.py \\
  --model_name_or_path {LLAMA} \\
  --data_path data/support.jsonl \\
  --output_dir checkpoints/out \\
  --num_train_epochs 3
"""
VARIABLE = f"""BASE_MODEL="{QWEN}"
OUT=out/lora
accelerate launch --config_file ds.yaml sft.py --model-name-or-path=${{BASE_MODEL}} \\
    --use_peft --lora_r 16 --output_dir $OUT
"""
DEFAULTED = f"""MODEL=${{MODEL:-{QWEN}}}
llamafactory-cli train --model_name_or_path $MODEL --stage sft --finetuning_type lora
"""
OVERRIDE = f"llamafactory-cli train examples/sft.yaml model_name_or_path={LLAMA} lora_rank=8\n"
ALPACA_LORA = f"python finetune.py --base_model '{LLAMA}' --data_path x.json --num_epochs 3\n"
PY_DATACLASS = f"""from dataclasses import dataclass, field
from transformers import Trainer, TrainingArguments

@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="{LLAMA}")

reward_model_name = "OpenAssistant/reward-model-deberta-v3-large"
trainer = Trainer(model=model, args=TrainingArguments(output_dir="out"))
trainer.train()
"""
PY_ARGPARSE = f"""import argparse
from trl import SFTConfig, SFTTrainer
from peft import LoraConfig
parser = argparse.ArgumentParser()
parser.add_argument("--model_name_or_path", type=str, default="{QWEN}")
parser.add_argument("--judge_model", type=str, default="acme/judge-70b")
args = parser.parse_args()
SFTTrainer(model=args.model_name_or_path, peft_config=LoraConfig(r=16)).train()
"""
PY_LOAD = f"""from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer
tokenizer = AutoTokenizer.from_pretrained("acme/tokenizer-only")
model = AutoModelForCausalLM.from_pretrained("{LLAMA}", torch_dtype="auto")
teacher = AutoModelForCausalLM.from_pretrained("acme/teacher-70b")
Trainer(model=model).train()
"""


@pytest.mark.parametrize(
    ("path", "text", "ref", "relation", "line"),
    [
        ("scripts/finetune.sh", TORCHRUN, LLAMA, "finetune", 4),
        ("run.sh", VARIABLE, QWEN, "adapter", 3),
        ("train.sh", DEFAULTED, QWEN, "adapter", 2),
        ("finetune.sh", ALPACA_LORA, LLAMA, "finetune", 1),
        ("run.sh", OVERRIDE, LLAMA, "adapter", 1),
        ("train.py", PY_DATACLASS, LLAMA, "finetune", 6),
        ("scripts/sft.py", PY_ARGPARSE, QWEN, "adapter", 5),
        ("train_full.py", PY_LOAD, LLAMA, "finetune", 3),
    ],
)
def test_a_training_script_names_the_model_it_starts_from(
    path: str, text: str, ref: str, relation: str, line: int
) -> None:
    (parent,) = script_parents(path, text)
    assert (parent.ref, parent.relation, parent.method) == (ref, relation, "training-script")
    assert parent.confidence == SCRIPT_CONFIDENCE
    assert (parent.evidence.file, parent.evidence.line) == (path, line)
    assert file_parents(path, text) == (parent,)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # an evaluation, a download, a server: no training
        ("run.sh", f"lm_eval --model hf --model_args pretrained={LLAMA} --tasks mmlu\n"),
        ("run.sh", f"python eval.py --model_name_or_path {LLAMA} --output_dir results\n"),
        ("run.sh", f"huggingface-cli download {LLAMA}\nvllm serve --model {LLAMA}\n"),
        # keys naming other models, or the output
        (
            "train.sh",
            f"python train.py --reward_model {LLAMA} --ref_model {QWEN} "
            "--output_dir acme/tuned --hub_model_id acme/tuned --learning_rate 1e-5\n",
        ),
        # a local checkpoint of an earlier stage
        ("train.sh", "python dpo.py --model_name_or_path checkpoints/sft --learning_rate 5e-7\n"),
        # an override naming an output, or an environment variable before the program
        ("run.sh", f"llamafactory-cli train sft.yaml output_dir={LLAMA}\n"),
        ("run.sh", f"model_name_or_path={LLAMA} python eval.py --tasks mmlu\n"),
        # a commented-out command
        ("train.sh", f"# torchrun train.py --model_name_or_path {LLAMA} --learning_rate 2e-5\n"),
        # a Python script that trains nothing, and one naming only other models
        ("train.py", f'model_name_or_path = "{LLAMA}"\nprint(model_name_or_path)\n'),
        (
            "train.py",
            f'teacher_model_name = "{LLAMA}"\nreward_model_name = "{QWEN}"\nTrainer(m).train()\n',
        ),
    ],
)
def test_a_script_that_does_not_train_from_a_hub_model_names_no_parent(
    path: str, text: str
) -> None:
    assert script_parents(path, text) == ()


def test_a_command_after_the_training_one_does_not_add_its_model() -> None:
    text = TORCHRUN + f"python eval.py --model_name_or_path {QWEN} --output_dir results\n"
    assert [p.ref for p in script_parents("train.sh", text)] == [LLAMA]


def test_an_oversized_or_garbled_script_reads_without_error() -> None:
    assert script_parents("train.sh", "x" * (70 << 10)) == ()
    assert script_parents("train.sh", "python train.py --model_name_or_path 'unclosed\n") == ()
