"""The repo files that name a model's parents are read, bounded, from a folder and from the Hub:
adapter and merge configurations anywhere, the top-level config.json and Modelfile; a file
larger than the cap is never downloaded, and only a few files are read per model."""

from __future__ import annotations

import json
from pathlib import Path

from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from auditor.sources.local import read_local_snapshot
from auditor.sources.parent_files import (
    MAX_PARENT_FILES,
    PARENT_CONFIG_MAX_BYTES,
    parent_config_paths,
    read_parent_configs,
)
from tests.fakehub import FakeHub

CARD = "---\nlicense: mit\n---\n# Wren\n\nA chat model.\n"
CONFIG = json.dumps({"_name_or_path": "CohereForAI/c4ai-command-r-v01", "model_type": "cohere"})
MODELFILE = "FROM command-r:35b\nPARAMETER temperature 0.3\n"
TOKENIZER = json.dumps({"name_or_path": "Qwen/Qwen2.5-3B-Instruct", "model_max_length": 32768})


def test_which_files_are_parent_configurations() -> None:
    paths = [
        "README.md",
        "config.json",
        "Modelfile",
        "Modelfile.q4",
        "generation_config.json",
        "text_encoder/config.json",
        "sub/Modelfile",
        "adapters/style/adapter_config.json",
        "mergekit_config.yml",
        "tokenizer_config.json",
        "text_encoder/tokenizer_config.json",
        "special_tokens_map.json",
        "preprocessor_config.json",
    ]
    assert parent_config_paths(paths) == [
        "Modelfile",
        "Modelfile.q4",
        "config.json",
        "mergekit_config.yml",
        "tokenizer_config.json",
        "adapters/style/adapter_config.json",
    ]


def test_any_yaml_near_the_top_is_read_last_for_its_shape() -> None:
    # mergekit and training tools take any file name: lineage reads the file by its keys
    paths = [
        "merge_config.yaml",
        "configs/slerp.yml",
        "config.json",
        "a/b/deep.yaml",
        "a/b/c/d/too-deep.yaml",
        ".github/workflows/ci.yml",
        ".pre-commit-config.yaml",
        "mergekit_config.yml",
        "train_config.yaml",
    ]
    assert parent_config_paths(paths) == [
        "config.json",
        "mergekit_config.yml",
        "train_config.yaml",
        "merge_config.yaml",
        "configs/slerp.yml",
        "a/b/deep.yaml",  # a recipe two folders down: last of all (alignment-handbook layout)
    ]


def test_yaml_read_by_shape_never_crowds_out_files_named_for_what_they_are() -> None:
    paths = [f"recipe-{n}.yaml" for n in range(20)] + ["config.json", "lora/adapter_config.json"]
    chosen = parent_config_paths(paths)
    assert len(chosen) == MAX_PARENT_FILES
    assert chosen[:2] == ["config.json", "lora/adapter_config.json"]


def test_a_local_folder_gives_a_merge_recipe_of_any_name(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(CARD, encoding="utf-8")
    recipe = "merge_method: slerp\nbase_model: org-a/base-7b\nmodels:\n  - model: org-b/chat-7b\n"
    (tmp_path / "merge_config.yaml").write_text(recipe, encoding="utf-8")
    snapshot = read_local_snapshot(parse_target(str(tmp_path)))
    assert ("merge_config.yaml", recipe) in snapshot.parent_configs


def test_only_a_few_are_read_top_level_first() -> None:
    paths = [f"checkpoint-{n}/adapter_config.json" for n in range(50)] + ["config.json"]
    chosen = parent_config_paths(paths)
    assert len(chosen) == MAX_PARENT_FILES
    assert chosen[0] == "config.json"


def test_a_file_listed_larger_than_the_cap_is_not_asked_for() -> None:
    asked: list[str] = []

    def read(path: str, cap: int) -> bytes | None:
        asked.append(path)
        return b"x" * (cap + 1) if path == "Modelfile" else CONFIG.encode()

    sizes: dict[str, int | None] = {
        "config.json": PARENT_CONFIG_MAX_BYTES + 1,
        "adapter_config.json": None,
        "Modelfile": None,
    }
    assert read_parent_configs(sizes, read) == [("adapter_config.json", CONFIG)]
    assert asked == ["Modelfile", "adapter_config.json"]  # a longer answer is dropped too


def test_a_local_folder_gives_config_json_the_tokenizer_config_and_the_modelfile(
    tmp_path: Path,
) -> None:
    (tmp_path / "README.md").write_text(CARD, encoding="utf-8")
    (tmp_path / "config.json").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "tokenizer_config.json").write_text(TOKENIZER, encoding="utf-8")
    (tmp_path / "Modelfile").write_text(MODELFILE, encoding="utf-8")
    (tmp_path / "vae").mkdir()
    (tmp_path / "vae" / "config.json").write_text('{"_name_or_path": "a/b"}', encoding="utf-8")
    snapshot = read_local_snapshot(parse_target(str(tmp_path)))
    assert dict(snapshot.parent_configs) == {
        "Modelfile": MODELFILE,
        "config.json": CONFIG,
        "tokenizer_config.json": TOKENIZER,
    }


def test_through_the_hub_the_tokenizer_config_is_read(fake_hub: FakeHub, tmp_path: Path) -> None:
    options = HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "hf")
    sha = fake_hub.add_repo("wren/tok", {"README.md": CARD, "tokenizer_config.json": TOKENIZER})
    snapshot = fetch_hub_snapshot(parse_target(f"wren/tok@{sha}"), options)
    assert snapshot.parent_configs == (("tokenizer_config.json", TOKENIZER),)


def test_through_the_hub_a_small_config_is_read_and_a_large_one_never_downloaded(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    options = HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "hf")
    sha = fake_hub.add_repo("wren/small", {"README.md": CARD, "config.json": CONFIG})
    snapshot = fetch_hub_snapshot(parse_target(f"wren/small@{sha}"), options)
    assert snapshot.parent_configs == (("config.json", CONFIG),)
    small = fake_hub.requests_matching(r"/wren/small/resolve/", "GET")
    assert [p for p in small if p.endswith("/config.json")] == [
        f"/wren/small/resolve/{sha}/config.json"
    ]
    labels = {str(n): f"label {n}" for n in range(9000)}
    big = json.dumps({"_name_or_path": "CohereForAI/c4ai-command-r-v01", "id2label": labels})
    assert len(big) > PARENT_CONFIG_MAX_BYTES
    sha = fake_hub.add_repo("wren/big", {"README.md": CARD, "config.json": big})
    snapshot = fetch_hub_snapshot(parse_target(f"wren/big@{sha}"), options)
    assert snapshot.parent_configs == ()
    assert not [
        p for p in fake_hub.requests_matching(r"/wren/big/resolve/", "GET") if "config" in p
    ]


PIPELINE_INDEX = json.dumps(
    {
        "_class_name": "FluxPipeline",
        "_name_or_path": "black-forest-labs/FLUX.1-dev",
        "transformer": ["diffusers", "FluxTransformer2DModel"],
        "vae": ["diffusers", "AutoencoderKL"],
    }
)
TRANSFORMER = json.dumps(
    {"_class_name": "FluxTransformer2DModel", "_name_or_path": "black-forest-labs/FLUX.1-dev"}
)


def test_a_diffusers_pipeline_gives_its_index_and_its_components_configs() -> None:
    paths = [
        "model_index.json",
        "scheduler/scheduler_config.json",
        "text_encoder/config.json",
        "tokenizer/tokenizer_config.json",
        "transformer/config.json",
        "transformer/diffusion_pytorch_model.safetensors",
        "unet/config.json",
        "vae/config.json",
        "transformer/nested/config.json",
    ]
    assert parent_config_paths(paths) == [
        "model_index.json",
        "transformer/config.json",  # the denoisers first: what a fine-tune trains
        "unet/config.json",
        "text_encoder/config.json",
        "vae/config.json",
    ]


def test_without_a_pipeline_index_a_sub_folder_config_is_a_components_not_read() -> None:
    assert parent_config_paths(["transformer/config.json", "unet/config.json"]) == []
    assert parent_config_paths(["sub/model_index.json", "sub/unet/config.json"]) == []


def test_a_pipeline_with_many_components_is_read_within_the_bound() -> None:
    paths = ["model_index.json", *(f"part_{n:02}/config.json" for n in range(30))]
    paths.append("unet/config.json")
    chosen = parent_config_paths(paths)
    assert len(chosen) == MAX_PARENT_FILES
    assert chosen[:2] == ["model_index.json", "unet/config.json"]


def test_through_the_hub_a_pipelines_index_and_components_are_downloaded(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    options = HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "hf")
    files: dict[str, bytes | str] = {
        "README.md": CARD,
        "model_index.json": PIPELINE_INDEX,
        "transformer/config.json": TRANSFORMER,
        "scheduler/scheduler_config.json": '{"_class_name": "FlowMatchEulerDiscreteScheduler"}',
    }
    sha = fake_hub.add_repo("wren/flux-ft", files)
    snapshot = fetch_hub_snapshot(parse_target(f"wren/flux-ft@{sha}"), options)
    assert snapshot.parent_configs == (
        ("model_index.json", PIPELINE_INDEX),
        ("transformer/config.json", TRANSFORMER),
    )
    asked = fake_hub.requests_matching(r"/wren/flux-ft/resolve/", "GET")
    assert not [p for p in asked if "scheduler" in p]


def test_a_local_pipeline_folder_gives_its_index_and_components(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(CARD, encoding="utf-8")
    (tmp_path / "model_index.json").write_text(PIPELINE_INDEX, encoding="utf-8")
    (tmp_path / "transformer").mkdir()
    (tmp_path / "transformer" / "config.json").write_text(TRANSFORMER, encoding="utf-8")
    snapshot = read_local_snapshot(parse_target(str(tmp_path)))
    assert dict(snapshot.parent_configs) == {
        "model_index.json": PIPELINE_INDEX,
        "transformer/config.json": TRANSFORMER,
    }
