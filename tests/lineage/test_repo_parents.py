"""Parents from the card and the repo's own files together, and `lineage-parents-disagree` when
the metadata's `base_model` and a GGUF header or a config file name different models.

Snapshots are built the way the sources build them (the card parser, the declared-fields reader),
from files written for these tests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import load_license_db
from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.lineage.repo_parents import RepoParents, gather_stated_parents, same_parent
from auditor.model import Severity, SourceKind, SourceSnapshot, Target
from auditor.pipeline.analyse import analyse
from auditor.sources.base import parse_target
from auditor.sources.card import parse_card
from auditor.sources.declared import declared_from_snapshot
from auditor.sources.local import read_local_snapshot

RULE = "lineage-parents-disagree"
GGUF = "wren-chat-7b.Q4_K_M.gguf"
NC_HEADER: dict[str, object] = {
    "general.name": "Wren Chat 7B",
    "general.basename": "Wren-Chat",
    "general.base_model.0.name": "C4ai Command R v01",
    "general.base_model.0.organization": "CohereForAI",
    "general.base_model.0.repo_url": "https://huggingface.co/CohereForAI/c4ai-command-r-v01",
}


@pytest.fixture(scope="module")
def registry() -> KnownModels:
    return load_known_models()


@pytest.fixture(scope="module")
def families() -> ModelFamilies:
    return load_model_families()


def card(*front: str, body: str = "# Wren\n\nA chat model.\n") -> str:
    return "---\n" + "".join(f"{line}\n" for line in front) + "---\n" + body


def snapshot(
    card_text: str | None,
    *,
    gguf: Mapping[str, object] | None = None,
    configs: tuple[tuple[str, str], ...] = (),
    repo_id: str | None = "wren-labs/wren-chat-7b",
) -> SourceSnapshot:
    files = (*(p for p, _ in configs), *((GGUF,) if gguf is not None else ()))
    return SourceSnapshot(
        target=Target(repo_id or "./wren", SourceKind.HUB, repo_id or "./wren"),
        repo_id=repo_id,
        card=parse_card(card_text) if card_text is not None else None,
        card_path="README.md" if card_text is not None else None,
        gguf_metadata=gguf,
        files=("README.md", *files),
        parent_configs=configs,
    )


def gathered(snap: SourceSnapshot, registry: KnownModels) -> RepoParents:
    return gather_stated_parents(snap, declared_from_snapshot(snap), registry)


def test_a_gguf_header_naming_another_base_disagrees_and_is_walked(registry: KnownModels) -> None:
    text = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    found = gathered(snapshot(text, gguf=NC_HEADER), registry)
    assert [p.ref for p in found.parents] == ["CohereForAI/c4ai-command-r-v01"]
    (finding,) = found.findings
    assert finding.rule == RULE
    assert "mistralai/Mistral-7B-v0.1" in finding.message
    assert "CohereForAI/c4ai-command-r-v01" in finding.message
    card_at, header_at = finding.evidence
    assert (card_at.file, card_at.line) == ("README.md", 3)
    assert header_at.file == f"{GGUF} (GGUF header)"
    assert header_at.text.startswith("general.base_model.0.repo_url:")


def test_a_gguf_header_agreeing_with_the_card_adds_nothing(registry: KnownModels) -> None:
    header = {
        "general.name": "Wren Chat 7B",
        "general.base_model.0.repo_url": "https://huggingface.co/mistralai/Mistral-7B-v0.1",
    }
    text = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    assert gathered(snapshot(text, gguf=header), registry) == RepoParents((), ())


def test_a_quantized_mirror_of_the_same_model_is_the_same_parent(registry: KnownModels) -> None:
    header = {"general.base_model.0.repo_url": "https://hf.co/bartowski/Mistral-7B-v0.1-GGUF"}
    text = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    assert gathered(snapshot(text, gguf=header), registry) == RepoParents((), ())


def test_a_header_describing_the_cards_parent_names_its_parents(registry: KnownModels) -> None:
    header = {
        "general.name": "Quill Chat 7B",
        "general.base_model.0.repo_url": "https://huggingface.co/meta-llama/Llama-3.1-8B",
    }
    text = card("license: llama3.1", "base_model: quill-labs/Quill-Chat-7B")
    found = gathered(snapshot(text, gguf=header, repo_id="bartowski/Quill-Chat-7B-GGUF"), registry)
    assert [p.ref for p in found.parents] == ["meta-llama/Llama-3.1-8B"]  # an ancestor all the same
    assert found.findings == ()


def test_header_parents_stand_in_when_the_card_declares_none(registry: KnownModels) -> None:
    found = gathered(snapshot(card("license: apache-2.0"), gguf=NC_HEADER), registry)
    assert [(p.ref, p.method) for p in found.parents] == [
        ("CohereForAI/c4ai-command-r-v01", "gguf-header")
    ]
    assert found.findings == ()


def test_a_header_that_is_the_declaration_is_not_stated_again(registry: KnownModels) -> None:
    snap = snapshot(None, gguf=NC_HEADER)
    declared = declared_from_snapshot(snap)
    assert [b.ref for b in declared.base_models] == ["CohereForAI/c4ai-command-r-v01"]
    assert gather_stated_parents(snap, declared, registry) == RepoParents((), ())


def test_config_json_naming_the_model_itself_or_a_path_names_nothing(
    registry: KnownModels,
) -> None:
    for value in ("wren-labs/wren-chat-7b", "/data/runs/wren", "output/checkpoint-1200"):
        configs = (("config.json", json.dumps({"_name_or_path": value})),)
        assert gathered(snapshot(card("license: mit"), configs=configs), registry).parents == ()


def test_config_json_is_a_parent_when_nothing_else_is(registry: KnownModels) -> None:
    configs = (("config.json", json.dumps({"_name_or_path": "CohereForAI/c4ai-command-r-v01"})),)
    found = gathered(snapshot(card("license: mit"), configs=configs), registry)
    assert [(p.ref, p.confidence) for p in found.parents] == [
        ("CohereForAI/c4ai-command-r-v01", 0.5)
    ]


def test_config_json_against_the_card_counts_only_for_a_known_model(
    registry: KnownModels,
) -> None:
    text = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    intermediate = (("config.json", json.dumps({"_name_or_path": "wren-labs/wren-sft-stage1"})),)
    assert gathered(snapshot(text, configs=intermediate), registry) == RepoParents((), ())
    known = (("config.json", json.dumps({"_name_or_path": "CohereForAI/c4ai-command-r-v01"})),)
    found = gathered(snapshot(text, configs=known), registry)
    assert [p.ref for p in found.parents] == ["CohereForAI/c4ai-command-r-v01"]
    assert [f.rule for f in found.findings] == [RULE]
    assert found.findings[0].evidence[1].file == "config.json"


@pytest.mark.parametrize(
    "loaded_from",
    ["unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit", "meta-llama/Llama-3.1-8B", "Qwen/Qwen2.5-7B"],
)
def test_config_json_naming_a_model_of_the_cards_license_is_no_contradiction(
    loaded_from: str, registry: KnownModels
) -> None:
    text = card("license: llama3.1", "base_model: meta-llama/Llama-3.1-8B-Instruct")
    configs = (("config.json", json.dumps({"_name_or_path": loaded_from})),)
    found = gathered(snapshot(text, configs=configs), registry)
    if loaded_from.startswith("Qwen/"):  # another license (Apache-2.0): a contradiction
        assert [f.rule for f in found.findings] == [RULE]
    else:  # a re-upload of that model, or its base under the same license
        assert found == RepoParents((), ())


FLUX_INDEX = {"_class_name": "FluxPipeline", "transformer": ["diffusers", "FluxTransformer2DModel"]}


def test_a_pipelines_index_and_component_configs_name_the_pipeline_it_was_saved_from(
    registry: KnownModels,
) -> None:
    index = json.dumps({**FLUX_INDEX, "_name_or_path": "black-forest-labs/FLUX.1-dev"})
    component = json.dumps({"_name_or_path": "black-forest-labs/FLUX.1-dev", "num_layers": 19})
    for configs in (
        (("model_index.json", index),),
        (("transformer/config.json", component),),
        (("model_index.json", index), ("transformer/config.json", component)),
    ):
        found = gathered(snapshot(card("license: apache-2.0"), configs=configs), registry)
        assert [(p.ref, p.method) for p in found.parents] == [
            ("black-forest-labs/FLUX.1-dev", "model-config")
        ]


@pytest.mark.parametrize(
    "value",
    [
        "/home/x/flux-finetune/final",
        "./out",
        "output/checkpoint-1200",
        "wren-labs/wren-chat-7b",  # the model itself, re-saved
        "/mnt/ckpt/wren-labs/flux-style-7",  # `org/name` of no model the knowledge knows
    ],
)
def test_a_pipeline_saved_from_a_local_path_or_itself_names_no_parent(
    value: str, registry: KnownModels
) -> None:
    index = json.dumps({**FLUX_INDEX, "_name_or_path": value})
    component = json.dumps({"_name_or_path": value})
    configs = (("model_index.json", index), ("text_encoder/config.json", component))
    assert gathered(snapshot(card("license: mit"), configs=configs), registry).parents == ()


@pytest.mark.parametrize(
    "value",
    [
        "/root/.cache/huggingface/hub/models--black-forest-labs--FLUX.1-dev/snapshots/abc/vae",
        "/mnt/checkpoints/black-forest-labs/FLUX.1-dev",
        "D:\\weights\\black-forest-labs\\FLUX.1-dev\\checkpoint-800",
    ],
)
def test_a_local_copy_keeping_a_known_hub_id_names_it_read_from_the_path(
    value: str, registry: KnownModels
) -> None:
    # a copy saved under `<dir>/<org>/<name>` (or the Hub cache's folder of that repo) is the
    # weights of that repo: its parent, flagged as read from a path
    index = json.dumps({**FLUX_INDEX, "_name_or_path": value})
    configs = (("model_index.json", index),)
    (parent,) = gathered(snapshot(card("license: mit"), configs=configs), registry).parents
    assert parent.ref == "black-forest-labs/FLUX.1-dev"
    assert "local path" in parent.evidence.text


def test_tokenizer_config_is_a_parent_when_nothing_else_is(registry: KnownModels) -> None:
    tokenizer = json.dumps({"name_or_path": "Qwen/Qwen2.5-3B-Instruct"})
    configs = (("tokenizer_config.json", tokenizer),)
    found = gathered(snapshot(card("license: mit"), configs=configs), registry)
    assert [(p.ref, p.confidence) for p in found.parents] == [("Qwen/Qwen2.5-3B-Instruct", 0.4)]
    assert found.parents[0].evidence.file == "tokenizer_config.json"


def test_the_same_model_in_config_and_tokenizer_is_one_parent_at_the_surer_reading(
    registry: KnownModels,
) -> None:
    configs = (
        ("config.json", json.dumps({"_name_or_path": "Qwen/Qwen2.5-3B-Instruct"})),
        ("tokenizer_config.json", json.dumps({"name_or_path": "Qwen/Qwen2.5-3B-Instruct"})),
    )
    found = gathered(snapshot(card("license: mit"), configs=configs), registry)
    assert [(p.ref, p.evidence.file) for p in found.parents] == [
        ("Qwen/Qwen2.5-3B-Instruct", "config.json")
    ]


def test_tokenizer_config_against_the_card_counts_only_for_a_known_model_of_another_license(
    registry: KnownModels,
) -> None:
    text = card("license: llama3.1", "base_model: meta-llama/Llama-3.1-8B-Instruct")
    for same in ("meta-llama/Llama-3.1-8B", "wren-labs/wren-sft-stage1"):
        configs = (("tokenizer_config.json", json.dumps({"name_or_path": same})),)
        assert gathered(snapshot(text, configs=configs), registry) == RepoParents((), ())
    other = (("tokenizer_config.json", json.dumps({"name_or_path": "Qwen/Qwen2.5-3B-Instruct"})),)
    found = gathered(snapshot(text, configs=other), registry)
    assert [f.rule for f in found.findings] == [RULE]


def test_a_modelfile_from_the_models_own_repo_names_no_parent(registry: KnownModels) -> None:
    modelfile = (("Modelfile", "FROM hf.co/wren-labs/wren-chat-7b-GGUF:Q8_0\n"),)
    assert gathered(snapshot(card("license: mit"), configs=modelfile), registry).parents == ()


def test_an_adapter_config_contradicting_the_card_disagrees(registry: KnownModels) -> None:
    text = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    adapter = '{"peft_type": "LORA", "base_model_name_or_path": "mistralai/Codestral-22B-v0.1"}'
    found = gathered(snapshot(text, configs=(("adapter_config.json", adapter),)), registry)
    assert [p.ref for p in found.parents] == ["mistralai/Codestral-22B-v0.1"]
    assert "adapter_config.json names mistralai/Codestral-22B-v0.1" in found.findings[0].message


def test_a_modelfile_from_the_cards_generation_agrees(registry: KnownModels) -> None:
    text = card("license: llama3.1", "base_model: meta-llama/Llama-3.1-8B-Instruct")
    modelfile = (("Modelfile", "FROM llama3.1:8b\n"),)
    assert gathered(snapshot(text, configs=modelfile), registry) == RepoParents((), ())


def test_a_modelfile_from_another_model_disagrees(registry: KnownModels) -> None:
    text = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    found = gathered(snapshot(text, configs=(("Modelfile", "FROM command-r:35b\n"),)), registry)
    assert [p.ref for p in found.parents] == ["ollama/command-r-35b"]
    assert [f.rule for f in found.findings] == [RULE]


def test_built_with_joins_a_parent_of_another_family(registry: KnownModels) -> None:
    text = card("license: apache-2.0", "base_model: Qwen/Qwen2.5-7B", body="Built with Llama\n")
    found = gathered(snapshot(text), registry)
    assert [(p.ref, p.confidence) for p in found.parents] == [("meta-llama/Llama", 0.4)]
    text = card(
        "license: llama3.1", "base_model: meta-llama/Llama-3.1-8B", body="Built with Llama\n"
    )
    assert gathered(snapshot(text), registry).parents == ()


def test_same_parent(families: ModelFamilies) -> None:
    assert same_parent("bartowski/X-7B-GGUF", "org/X-7B", families)
    assert same_parent("https://huggingface.co/org/X", "ORG/x", families)
    assert same_parent("meta-llama/Meta-Llama-3-8B", "meta-llama/Llama-3-8B", families)
    assert same_parent("unsloth/Meta-Llama-3.1-8B-bnb-4bit", "meta-llama/Llama-3.1-8B", families)
    assert same_parent("ollama/llama3.1-8b", "meta-llama/Llama-3.1-8B", families)
    assert not same_parent("ollama/llama3.1-8b", "meta-llama/Llama-3.2-1B", families)
    assert not same_parent("mistralai/Mistral-7B-v0.1", "CohereForAI/c4ai-command-r-v01", families)
    assert not same_parent("acme/X-7B", "acme/Y-7B", families)


def test_analysis_reports_the_disagreement_and_records_the_parent(tmp_path: Path) -> None:
    gguf = pytest.importorskip("gguf")
    folder = tmp_path / "wren-chat-7b"
    folder.mkdir()
    readme = card("license: apache-2.0", "base_model: mistralai/Mistral-7B-v0.1")
    (folder / "README.md").write_text(readme, encoding="utf-8")
    writer = gguf.GGUFWriter(str(folder / GGUF), "llama")
    for key, value in NC_HEADER.items():
        writer.add_string(key, str(value))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    result = analyse(read_local_snapshot(parse_target(str(folder))), load_license_db())
    (finding,) = [f for f in result.findings if f.rule == RULE]
    assert finding.severity is Severity.WARN  # the default weight; strict blocks
    assert [p.ref for p in result.stated_parents] == ["CohereForAI/c4ai-command-r-v01"]


def test_built_with_under_the_family_license_adds_no_parent(registry: KnownModels) -> None:
    """The Llama licenses ask licensees to display "Built with Llama": a card declaring a Llama
    license and no base model that displays it states nothing new."""
    for tag in ("llama3.1", "llama3"):
        text = card(f"license: {tag}", body="Built with Llama\n")
        assert gathered(snapshot(text), registry).parents == (), tag
    text = card("license: apache-2.0", body="Built with Llama\n")
    assert [p.ref for p in gathered(snapshot(text), registry).parents] == ["meta-llama/Llama"]
