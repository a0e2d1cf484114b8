"""A YAML file of any name is read for parents by its shape: a mergekit recipe or a fine-tuning
configuration names what the model was made of; any other YAML names nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.lineage.repo_parents import file_parents
from auditor.lineage.shaped_configs import MERGE_CONFIDENCE, shaped_config_parents

SLICES = """\
slices:
  - sources:
      - model: upstage/SOLAR-10.7B-Instruct-v1.0
        layer_range: [0, 48]
      - model: upstage/SOLAR-10.7B-v1.0
        layer_range: [0, 48]
merge_method: slerp
base_model: upstage/SOLAR-10.7B-v1.0
parameters:
  t: 0.5
dtype: bfloat16
"""
MODELS = """\
models:
  - model: mistralai/Mistral-7B-v0.1
  - model: teknium/OpenHermes-2.5-Mistral-7B
    parameters: {density: 0.5, weight: 0.5}
merge_method: ties
base_model: mistralai/Mistral-7B-v0.1
"""
MOE = """\
base_model: mistralai/Mistral-7B-Instruct-v0.2
gate_mode: hidden
experts:
  - source_model: mistralai/Mistral-7B-Instruct-v0.2
    positive_prompts: ["chat"]
  - source_model: WizardLMTeam/WizardMath-7B-V1.1
    positive_prompts: ["math"]
"""
LORA_AND_REVISION = """\
merge_method: linear
models:
  - model: NousResearch/Meta-Llama-3-8B+acme-labs/llama3-style-lora
    parameters: {weight: 1.0}
  - model: "Qwen/Qwen2-7B@main"
    parameters: {weight: 0.2}
"""


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        (SLICES, ["upstage/SOLAR-10.7B-Instruct-v1.0", "upstage/SOLAR-10.7B-v1.0"]),
        (MODELS, ["mistralai/Mistral-7B-v0.1", "teknium/OpenHermes-2.5-Mistral-7B"]),
        (MOE, ["mistralai/Mistral-7B-Instruct-v0.2", "WizardLMTeam/WizardMath-7B-V1.1"]),
        (
            LORA_AND_REVISION,
            ["NousResearch/Meta-Llama-3-8B", "acme-labs/llama3-style-lora", "Qwen/Qwen2-7B"],
        ),
    ],
    ids=["slices", "models", "moe", "lora-and-revision"],
)
@pytest.mark.parametrize("path", ["merge_config.yaml", "recipe.yml", "configs/slerp.yaml"])
def test_a_merge_recipe_of_any_name_names_its_ingredients(
    text: str, refs: list[str], path: str
) -> None:
    parents = file_parents(path, text)
    assert [p.ref for p in parents] == refs
    assert {p.relation for p in parents} == {"merge"}
    assert {p.method for p in parents} == {"merge-config"}
    assert {p.confidence for p in parents} == {MERGE_CONFIDENCE}
    first = parents[0]
    assert first.evidence.file == path and first.evidence.line is not None
    assert first.ref.split("/")[1].split("+")[0] in first.evidence.text


def test_a_local_ingredient_is_kept_as_written() -> None:
    text = "merge_method: slerp\nmodels:\n  - model: /mnt/models/Llama-3.1-8B-Instruct\n"
    (parent,) = shaped_config_parents("merge.yaml", text)
    assert parent.ref == "/mnt/models/Llama-3.1-8B-Instruct"
    assert parent.confidence < MERGE_CONFIDENCE


TRAINING = """\
base_model: meta-llama/Llama-3.1-8B-Instruct
datasets:
  - path: acme-labs/support-tickets
    type: chat_template
learning_rate: 0.0002
num_epochs: 3
"""
TRAINING_NESTED = """\
model:
  model_name_or_path: Qwen/Qwen2.5-7B
lora_r: 16
per_device_train_batch_size: 4
"""


@pytest.mark.parametrize(
    ("text", "ref"),
    [(TRAINING, "meta-llama/Llama-3.1-8B-Instruct"), (TRAINING_NESTED, "Qwen/Qwen2.5-7B")],
)
def test_a_training_recipe_of_any_name_names_its_starting_model(text: str, ref: str) -> None:
    (parent,) = file_parents("recipe.yml", text)
    assert parent.ref == ref
    assert parent.method == "training-config"


@pytest.mark.parametrize(
    "text",
    [
        # an evaluation or serving configuration loads a model to run it: no parent
        "model: mistralai/Mistral-7B-v0.1\ntasks: [hellaswag, arc_easy]\nbatch_size: 8\n",
        "model_name: meta-llama/Llama-3.1-8B-Instruct\nmax_tokens: 512\ntemperature: 0.7\n",
        # a base_model alone, no merge method nor training keys: an unknown tool's setting
        "base_model: meta-llama/Llama-3.1-8B-Instruct\nprompt_template: chatml\n",
        # a merge method without the models it merged; models without a merge method
        "merge_method: slerp\nparameters: {t: 0.5}\n",
        "models:\n  - model: mistralai/Mistral-7B-v0.1\n",
        # a dataset card, a CI workflow's shape, a list, broken YAML, nothing
        "dataset_info:\n  features:\n    - name: text\n",
        "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n",
        "- model: mistralai/Mistral-7B-v0.1\n",
        "merge_method: [unclosed\n",
        "",
    ],
)
def test_any_other_yaml_names_nothing(text: str) -> None:
    assert file_parents("settings.yaml", text) == ()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_reads_without_error(text: str) -> None:
    for parent in shaped_config_parents("x.yaml", text):
        assert parent.ref
