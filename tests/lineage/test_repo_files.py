"""Parents named by config.json's `_name_or_path` and an Ollama Modelfile's `FROM`.

The readers' expectations follow what the files mean: transformers writes `_name_or_path` as the
checkpoint `from_pretrained` loaded; Ollama's `FROM` takes a library name (`name[:tag]`), a user's
model (`user/name`), a Hub GGUF (`hf.co/org/name[:quant]`) or a local weights file or folder.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.model_families import load_model_families
from auditor.lineage.names import resolve_name
from auditor.lineage.prose_configs import CONFIG_CONFIDENCE
from auditor.lineage.repo_files import (
    MODEL_CONFIG_CONFIDENCE,
    TOKENIZER_CONFIG_CONFIDENCE,
    is_hub_id,
    model_config_parents,
    modelfile_parents,
    tokenizer_config_parents,
)


def config(**keys: object) -> str:
    return json.dumps({"architectures": ["LlamaForCausalLM"], **keys}, indent=2)


def test_name_or_path_names_the_checkpoint_the_weights_were_loaded_from() -> None:
    text = config(_name_or_path="CohereForAI/c4ai-command-r-v01", model_type="cohere")
    (parent,) = model_config_parents("config.json", text)
    assert parent.ref == "CohereForAI/c4ai-command-r-v01"
    assert parent.method == "model-config"
    assert parent.evidence.file == "config.json"
    assert parent.evidence.line == 5  # json.dumps sorts nothing: architectures takes lines 2-4
    assert '"_name_or_path": "CohereForAI/c4ai-command-r-v01"' in parent.evidence.text


def test_its_confidence_is_below_an_adapter_configs() -> None:
    assert MODEL_CONFIG_CONFIDENCE < CONFIG_CONFIDENCE
    (parent,) = model_config_parents("config.json", config(_name_or_path="acme-labs/quill-7b"))
    assert parent.confidence == MODEL_CONFIG_CONFIDENCE


def test_a_sub_configuration_names_the_language_model_it_was_initialised_from() -> None:
    text = config(text_config={"_name_or_path": "lmsys/vicuna-7b-v1.5"}, vision_config={})
    assert [p.ref for p in model_config_parents("config.json", text)] == ["lmsys/vicuna-7b-v1.5"]


@pytest.mark.parametrize(
    "own", [("acme-labs/quill-7b",), ("ACME-LABS/Quill-7B",), ("quill-7b",)], ids=str
)
def test_the_model_itself_is_no_parent(own: tuple[str, ...]) -> None:
    text = config(_name_or_path="acme-labs/quill-7b")
    assert model_config_parents("config.json", text, own) == ()


def test_the_models_own_quantized_variant_is_no_parent() -> None:
    text = config(_name_or_path="acme-labs/quill-7b-GGUF")
    assert model_config_parents("config.json", text, ("acme-labs/quill-7b",)) == ()


@pytest.mark.parametrize(
    "path",
    [
        "/home/me/runs/quill",
        "./merged",
        "../base-model",
        "~/models/quill",
        "C:\\models\\quill",
        "output/checkpoint-500",
        "outputs/final-model",
        "checkpoints/quill-sft",
        "quill-7b",
        "",
        "org/name/extra",
    ],
)
def test_a_local_path_is_no_parent(path: str) -> None:
    assert not is_hub_id(path)
    assert model_config_parents("config.json", config(_name_or_path=path)) == ()


KNOWN = {"google/gemma-2-9b-it", "qwen/qwen2-7b", "meta-llama/llama-3.1-8b"}


def known(ref: str) -> bool:
    return ref.lower() in KNOWN


@pytest.mark.parametrize(
    ("path", "ref"),
    [
        ("/mnt/checkpoints/google/gemma-2-9b-it", "google/gemma-2-9b-it"),
        ("./base/Qwen/Qwen2-7B", "Qwen/Qwen2-7B"),
        ("D:\\hf\\Qwen\\Qwen2-7B\\checkpoint-500", "Qwen/Qwen2-7B"),
        ("~/models/meta-llama/Llama-3.1-8B/", "meta-llama/Llama-3.1-8B"),
        ("/root/.cache/huggingface/hub/models--google--gemma-2-9b-it/snapshots/0123abc", None),
    ],
)
def test_a_local_path_keeping_a_known_hub_id_names_it_flagged(path: str, ref: str | None) -> None:
    # a copy saved under `<dir>/<org>/<name>` keeps the Hub id in its last two parts
    (parent,) = model_config_parents("config.json", config(_name_or_path=path), (), known)
    assert parent.ref == (ref or "google/gemma-2-9b-it")  # a cache folder: the repo it holds
    assert parent.method == "model-config"
    assert parent.confidence < MODEL_CONFIG_CONFIDENCE
    assert "local path" in parent.evidence.text and parent.evidence.line == 5


@pytest.mark.parametrize(
    "path",
    [
        "/home/alice/llama-sft",  # `alice/llama-sft`: no model the knowledge knows
        "/mnt/models/gemma-2-9b-it",  # `models` is a generic folder, not an organisation
        "./out/checkpoint-500",
        "outputs/final-model",
        "/mnt/google/gemma-2-9b-it-sft",  # a name the knowledge does not know
        "/gemma-2-9b-it",
    ],
)
def test_a_local_path_without_a_known_hub_id_still_names_nothing(path: str) -> None:
    assert model_config_parents("config.json", config(_name_or_path=path), (), known) == ()


def test_a_local_path_naming_the_model_itself_is_no_parent() -> None:
    text = config(_name_or_path="/mnt/ckpt/google/gemma-2-9b-it")
    assert model_config_parents("config.json", text, ("google/gemma-2-9b-it",), known) == ()


def test_without_the_knowledge_a_local_path_names_nothing() -> None:
    text = config(_name_or_path="/mnt/checkpoints/google/gemma-2-9b-it")
    assert model_config_parents("config.json", text) == ()


def test_broken_or_odd_json_names_nothing() -> None:
    assert model_config_parents("config.json", "{not json") == ()
    assert model_config_parents("config.json", "[1, 2]") == ()
    assert model_config_parents("config.json", config(_name_or_path=["a/b"])) == ()
    assert model_config_parents("config.json", config()) == ()


# --- tokenizer_config.json ----------------------------------------------------------------------


def tokenizer_config(**keys: object) -> str:
    return json.dumps({"model_max_length": 32768, **keys, "tokenizer_class": "Qwen2Tokenizer"})


def test_tokenizer_name_or_path_names_the_checkpoint_the_tokenizer_was_loaded_from() -> None:
    text = json.dumps(
        {"name_or_path": "Qwen/Qwen2.5-3B-Instruct", "tokenizer_class": "Qwen2Tokenizer"},
        indent=2,
    )
    (parent,) = tokenizer_config_parents("tokenizer_config.json", text)
    assert (parent.ref, parent.relation, parent.method) == (
        "Qwen/Qwen2.5-3B-Instruct",
        None,
        "model-config",  # read as config.json's key is: lineage walks and guards it the same way
    )
    assert (parent.evidence.file, parent.evidence.line) == ("tokenizer_config.json", 2)
    assert parent.evidence.text == '"name_or_path": "Qwen/Qwen2.5-3B-Instruct"'


def test_a_tokenizer_is_weaker_evidence_than_the_weights_config() -> None:
    assert TOKENIZER_CONFIG_CONFIDENCE < MODEL_CONFIG_CONFIDENCE
    text = tokenizer_config(_name_or_path="acme-labs/quill-7b")  # the key as config.json spells it
    (parent,) = tokenizer_config_parents("tokenizer_config.json", text)
    assert (parent.ref, parent.confidence) == ("acme-labs/quill-7b", TOKENIZER_CONFIG_CONFIDENCE)


@pytest.mark.parametrize(
    "value",
    [
        "/root/.cache/huggingface/hub/models--acme--x/snapshots/3f2a",
        "./tokenizer",
        "output/checkpoint-500",
        "Qwen2Tokenizer",
        "gpt2",
        "hf-internal-testing/llama-tokenizer",
        "acme-labs/quill-tokenizer",
        "acme-labs/quill-7b",  # the model itself
    ],
)
def test_no_parent_from_a_tokenizer_path_itself_or_a_tokenizer_only_repo(value: str) -> None:
    text = tokenizer_config(name_or_path=value)
    assert tokenizer_config_parents("tokenizer_config.json", text, ("acme-labs/quill-7b",)) == ()


def test_broken_or_odd_tokenizer_configs_name_nothing() -> None:
    assert tokenizer_config_parents("tokenizer_config.json", "{not json") == ()
    assert tokenizer_config_parents("tokenizer_config.json", '["a/b"]') == ()
    assert tokenizer_config_parents("tokenizer_config.json", tokenizer_config()) == ()
    odd = tokenizer_config(name_or_path={"a": "b/c"})
    assert tokenizer_config_parents("tokenizer_config.json", odd) == ()


# --- Modelfile ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "ref"),
    [
        (
            "FROM hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M",
            "bartowski/Llama-3.2-1B-Instruct-GGUF",
        ),
        ("FROM huggingface.co/acme-labs/quill-7b-gguf", "acme-labs/quill-7b-gguf"),
        ("from https://huggingface.co/acme-labs/quill-7b-gguf:latest", "acme-labs/quill-7b-gguf"),
    ],
)
def test_from_a_hub_repo_is_that_repo(line: str, ref: str) -> None:
    text = f"# my assistant\n{line}\nPARAMETER temperature 0.2\n"
    (parent,) = modelfile_parents("Modelfile", text)
    assert parent.ref == ref
    assert parent.method == "modelfile"
    assert (parent.evidence.file, parent.evidence.line) == ("Modelfile", 2)
    assert parent.evidence.text == line


@pytest.mark.parametrize(
    ("line", "ref"),
    [
        ("FROM llama3.1:8b", "ollama/llama3.1-8b"),
        ("FROM llama3.1", "ollama/llama3.1"),
        ("FROM llama3.1:latest", "ollama/llama3.1"),
        ('FROM "llama3.1:8b"', "ollama/llama3.1-8b"),
        ("FROM registry.ollama.ai/library/llama3.1:8b", "ollama/llama3.1-8b"),
        ("FROM llama3.1:8b-instruct-q4_K_M", "ollama/llama3.1-8b-instruct-q4-k-m"),
    ],
)
def test_an_ollama_library_name_is_a_ref_the_family_rules_read(line: str, ref: str) -> None:
    (parent,) = modelfile_parents("Modelfile", line)
    assert parent.ref == ref
    hits = resolve_name(parent.ref, load_known_models(), load_model_families())
    assert [h.known.license for h in hits] == ["LicenseRef-llama-3.1-community"]


def test_a_users_ollama_model_keeps_the_users_name() -> None:
    (parent,) = modelfile_parents("Modelfile", "FROM someone/helpdesk:v2")
    assert parent.ref == "ollama/someone-helpdesk-v2"


@pytest.mark.parametrize(
    "line",
    [
        "FROM ./model.gguf",
        "FROM model.Q4_K_M.gguf",
        "FROM /root/.ollama/models/blobs/sha256-3f2a9c",
        "FROM sha256:3f2a9c",
        "FROM ./adapter-folder",
        "FROM ~/weights/quill.safetensors",
        "FROM C:\\models\\quill.gguf",
    ],
)
def test_a_local_file_or_a_blob_is_no_parent(line: str) -> None:
    assert modelfile_parents("Modelfile", line) == ()


def test_a_modelfile_without_from_names_nothing() -> None:
    assert modelfile_parents("Modelfile", 'SYSTEM """FROM here on, answer briefly."""') == ()
    assert modelfile_parents("Modelfile", "") == ()


# --- any input ----------------------------------------------------------------------------------

_PIECES = [
    "FROM ",
    "from ",
    "hf.co/",
    "huggingface.co/",
    "llama3.1",
    ":8b",
    "./",
    "/",
    "sha256-",
    ".gguf",
    '"_name_or_path": ',
    '"name_or_path": ',
    '"text_config": {',
    "}",
    "{",
    '"',
    "acme-labs/quill-7b",
    "\n",
    " ",
    ",",
    "\\",
    "é",
]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(_PIECES)).map("".join)))
def test_any_text_reads_without_error_and_names_only_repo_like_refs(text: str) -> None:
    for parent in (
        *model_config_parents("config.json", text),
        *tokenizer_config_parents("tokenizer_config.json", text),
        *modelfile_parents("Modelfile", text),
    ):
        org, _, name = parent.ref.partition("/")
        assert org and name and "/" not in name
        assert parent.evidence.text
