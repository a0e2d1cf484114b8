"""Parents a card states in configurations (mergekit, axolotl, PEFT) and tables."""

from __future__ import annotations

from auditor.lineage.prose import stated_parents
from auditor.model import StatedParent


def found(body: str, own: str | None = None) -> list[tuple[str, str | None, str, int | None]]:
    parents: tuple[StatedParent, ...] = stated_parents(body, own_repo=own)
    return [(p.ref, p.relation, p.method, p.evidence.line) for p in parents]


def test_a_mergekit_models_list_in_a_fence() -> None:
    body = (
        "## Configuration\n\n```yaml\nmodels:\n  - model: acme/base-7b\n"
        "    parameters:\n      weight: 0.5\n  - model: zed/chat-7b\n"
        "merge_method: ties\nbase_model: acme/base-7b\ndtype: bfloat16\n```\n"
    )
    assert found(body) == [
        ("acme/base-7b", "merge", "merge-config", 5),
        ("zed/chat-7b", "merge", "merge-config", 8),
    ]


def test_mergekit_slices_and_sources() -> None:
    body = (
        "```\nslices:\n  - sources:\n    - model: acme/base-7b\n      layer_range: [0, 32]\n"
        "    - model: 'zed/chat-7b'\n      layer_range: [0, 32]\nmerge_method: slerp\n```\n"
    )
    assert [r for r, *_ in found(body)] == ["acme/base-7b", "zed/chat-7b"]


def test_an_axolotl_training_config_names_the_base_model() -> None:
    body = "```yaml\nbase_model: acme/base-7b\nmodel_type: AutoModelForCausalLM\n```\n"
    assert found(body) == [("acme/base-7b", "finetune", "merge-config", 2)]


def test_a_peft_adapter_config_in_a_fence() -> None:
    body = '```json\n{\n  "base_model_name_or_path": "acme/base-7b",\n  "lora_alpha": 16\n}\n```\n'
    assert found(body) == [("acme/base-7b", "adapter", "merge-config", 3)]


def test_code_that_loads_a_model_is_not_a_config() -> None:
    body = (
        "```python\nmodel = AutoModel.from_pretrained('acme/base-7b')\n```\n"
        "```yaml\nmodel: acme/base-7b\nmax_tokens: 512\n```\n"  # a serving setting
    )
    assert found(body) == []


def test_a_table_of_merged_models() -> None:
    body = (
        "This model merges the following:\n\n| Model | Weight |\n|---|---|\n"
        "| [acme/base-7b](https://huggingface.co/acme/base-7b) | 0.5 |\n| zed/chat-7b | 0.5 |\n"
    )
    assert found(body) == [
        ("acme/base-7b", "merge", "card-table", 5),
        ("zed/chat-7b", "merge", "card-table", 6),
    ]


def test_a_comparison_table_is_not_a_merge() -> None:
    body = (
        "We compare our merge with other models.\n\n| Model | Average | MMLU |\n|---|---|---|\n"
        "| acme/base-7b | 60.1 | 55 |\n| zed/chat-7b | 61.0 | 56 |\n"
    )
    assert found(body) == []
    plain_list = "| Model | Notes |\n|---|---|\n| acme/base-7b | our baseline |\n"
    assert found(plain_list) == []


def test_the_base_model_column_of_this_models_row() -> None:
    body = (
        "| Model | Base model | Language |\n|:--|:--:|:--|\n"
        "| [us/ranker-a](https://huggingface.co/us/ranker-a) | "
        "[x-base](https://huggingface.co/acme/x-base) | en |\n"
        "| [us/ranker-b](https://huggingface.co/us/ranker-b) | "
        "[y-2b](https://huggingface.co/zed/y-2b) | many |\n"
    )
    assert found(body, own="us/ranker-b") == [("zed/y-2b", None, "card-table", 4)]
    assert found(body, own=None) == []  # without knowing which row is this model: nothing
