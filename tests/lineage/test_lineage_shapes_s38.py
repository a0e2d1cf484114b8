"""Repository files read from round S's misses, each beside a twin that differs in one fact: a
notebook's code cells loading the model a fine-tune started from, LLaMA-Factory's
`dataset_info.json` mapping a recipe's dataset name to a Hub dataset, a merge recipe's
reference `base_model` the card's metadata leaves out, and a card sentence naming a Modelfile's
`LICENSE` block (not a LICENSE file). Files and sentences written here."""

from __future__ import annotations

import json

import pytest

from auditor.knowledge.model_families import load_model_families
from auditor.lineage.merge_base_s38lineage import merge_references
from auditor.lineage.repo_parents import file_parents, same_parent
from auditor.model import FrontMatterState, ParsedCard
from auditor.sources.license_unread import missing_pointed_files
from auditor.sources.parent_files import parent_config_paths
from auditor.training.stated import stated_datasets

BASE = "acme-labs/Heron-3B-Instruct"


def notebook(*cells: tuple[str, str]) -> str:
    return json.dumps(
        {
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
                for kind, source in cells
            ],
            "nbformat": 4,
        }
    )


# --- a notebook's code cells, read as a training script ------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "from unsloth import FastLanguageModel\n"
        f'model, tok = FastLanguageModel.from_pretrained(model_name = "{BASE}", dtype=None)\n'
        "model = FastLanguageModel.get_peft_model(model, r=8)\n",
        f'MODEL_ID = "x"\nmodel_name_or_path = "{BASE}"\n'
        "trainer = SFTTrainer(model=model_name_or_path, train_dataset=ds)\ntrainer.train()\n",
    ],
)
def test_a_notebook_cell_loading_the_model_it_trains_names_its_parent(code: str) -> None:
    text = notebook(("markdown", "# Fine-tune"), ("code", "%pip install unsloth"), ("code", code))
    found = file_parents("notebooks/tune.ipynb", text)
    assert [p.ref for p in found] == [BASE]
    assert found[0].evidence.file == "notebooks/tune.ipynb"


@pytest.mark.parametrize(
    "cells",
    [
        # the id only in a markdown cell: a description, not what ran
        (("markdown", f'We fine-tuned model_name = "{BASE}" here.'), ("code", "trainer.train()")),
        # a notebook that only runs the model: it trains nothing
        (("code", f'pipe = pipeline("text-generation", model_name = "{BASE}")\npipe("hi")'),),
    ],
)
def test_a_notebook_describing_or_only_running_a_model_names_no_parent(
    cells: tuple[tuple[str, str], ...],
) -> None:
    assert file_parents("notebooks/tune.ipynb", notebook(*cells)) == ()


def test_notebooks_and_dataset_lists_near_the_top_are_read_hidden_copies_are_not() -> None:
    chosen = parent_config_paths(
        [
            "README.md",
            "notebooks/finetune.ipynb",
            ".ipynb_checkpoints/finetune-checkpoint.ipynb",
            "data/dataset_info.json",
            "eval/dataset_info.json",
            "a/b/c.ipynb",
        ]
    )
    assert sorted(chosen) == ["data/dataset_info.json", "notebooks/finetune.ipynb"]


def test_a_notebook_cell_loading_training_data_states_the_dataset() -> None:
    code = 'ds = load_dataset("acme-data/recipes-sft", split = "train")\ntrainer.train()\n'
    found = stated_datasets(None, configs=[("finetune.ipynb", notebook(("code", code)))])
    assert [(e["hub_id"], e["role"]) for e in found] == [("acme-data/recipes-sft", "training")]


# --- LLaMA-Factory's dataset_info.json -----------------------------------------------------------

RECIPE = "model_name_or_path: {base}\nstage: sft\ndo_train: true\ndataset: {names}\n"


def info(**entries: dict[str, str]) -> str:
    return json.dumps(entries)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("support_chats", ["acme-data/support-chats"]),
        ("support_chats, acme-data/faq-pairs", ["acme-data/support-chats", "acme-data/faq-pairs"]),
    ],
)
def test_a_recipe_dataset_name_the_repo_dataset_list_maps_to_a_hub_id_is_stated(
    names: str, expected: list[str]
) -> None:
    configs = [
        ("data/dataset_info.json", info(support_chats={"hf_hub_url": "acme-data/support-chats"})),
        ("train/sft.yaml", RECIPE.format(base=BASE, names=names)),
    ]
    found = stated_datasets(None, configs=configs)
    assert [e["hub_id"] for e in found] == expected
    assert "dataset_info.json" in found[0]["stated"][0]["text"]


@pytest.mark.parametrize(
    "entry",
    [
        {"file_name": "support_chats.json"},  # a local file: nothing to look up
        {"ms_hub_url": "acme/support-chats"},  # another hub's id
    ],
)
def test_a_recipe_dataset_name_mapped_to_a_local_file_states_no_hub_dataset(
    entry: dict[str, str],
) -> None:
    configs = [
        ("data/dataset_info.json", info(support_chats=entry)),
        ("train/sft.yaml", RECIPE.format(base=BASE, names="support_chats")),
    ]
    assert stated_datasets(None, configs=configs) == ()


def test_a_dataset_list_names_no_parent_model() -> None:
    text = info(chats={"hf_hub_url": "acme-data/chats", "base_model": BASE})
    assert file_parents("data/dataset_info.json", text) == ()


# --- a merge recipe's reference model ------------------------------------------------------------

NAMED = ["Qwen/Qwen2.5-14B-Instruct", "Qwen/Qwen2.5-Coder-14B-Instruct"]


def recipe(base: str, *models: str) -> str:
    rows = "".join(
        f"  - model: {m}\n    parameters: {{density: 0.5, weight: 0.5}}\n" for m in models
    )
    return f"merge_method: ties\nbase_model: {base}\nmodels:\n{rows}dtype: bfloat16\n"


def references(text: str) -> dict[str, str]:
    families = load_model_families()
    return merge_references(
        [("recipe.yaml", text)], NAMED, families, lambda a, b: same_parent(a, b, families)
    )


def test_the_reference_of_a_recipe_merging_the_metadata_models_is_not_a_disagreement() -> None:
    assert references(recipe("Qwen/Qwen2.5-14B", *NAMED)) == {"recipe.yaml": "Qwen/Qwen2.5-14B"}
    # the same, the reference also listed among the models (without parameters)
    both = recipe("Qwen/Qwen2.5-14B", "Qwen/Qwen2.5-14B", *NAMED)
    assert references(both) == {"recipe.yaml": "Qwen/Qwen2.5-14B"}


@pytest.mark.parametrize(
    "text",
    [
        # a merged model the metadata leaves out
        recipe("Qwen/Qwen2.5-14B", NAMED[0], "Qwen/Qwen2.5-Math-14B-Instruct"),
        # merged onto a model of another family
        recipe("mistralai/Mistral-7B-v0.1", *NAMED),
    ],
)
def test_a_recipe_merging_other_models_or_onto_another_family_still_disagrees(text: str) -> None:
    assert references(text) == {}


# --- a Modelfile's LICENSE block named in the card -----------------------------------------------


def card(body: str) -> ParsedCard:
    return ParsedCard(
        metadata={"license": "other"},
        body=body,
        body_line=4,
        state=FrontMatterState.OK,
        key_lines={"license": 2},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Our terms are in the LICENSE block of the Modelfile.",
        "The conditions are set out in the `LICENSE` instruction of our Modelfile.",
        "See the license field in metadata.json for the terms.",
    ],
)
def test_a_card_naming_a_license_block_of_another_file_points_to_no_missing_file(
    body: str,
) -> None:
    assert missing_pointed_files(card(body), "README.md", ["README.md", "Modelfile"]) == []


@pytest.mark.parametrize(
    "body",
    [
        "Our terms are in the LICENSE file of the repository.",
        "The conditions are set out in the `LICENSE` beside the weights.",
    ],
)
def test_a_card_naming_a_license_file_the_repo_lacks_is_reported(body: str) -> None:
    found = missing_pointed_files(card(body), "README.md", ["README.md", "Modelfile"])
    assert [f.rule for f in found] == ["license-document-unread"]
