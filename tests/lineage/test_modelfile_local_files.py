"""An Ollama Modelfile's `FROM` naming a local weights file: the file's name is read as names.py
reads a repo name (quantization and conversion suffixes dropped), and names a parent only when
it is a known model's name (a registry vendor repo or a family rule). A generic file name, a
folder or a blob digest names nothing."""

from __future__ import annotations

import pytest

from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.model_families import load_model_families
from auditor.lineage.names import resolve_name
from auditor.lineage.repo_files import MODELFILE_FILE_CONFIDENCE, modelfile_parents
from auditor.lineage.repo_parents import file_parents

REGISTRY = load_known_models()
FAMILIES = load_model_families()


def known(ref: str) -> bool:
    return bool(resolve_name(ref, REGISTRY, FAMILIES))


def generations(ref: str) -> set[str]:
    return {hit.known.license for hit in resolve_name(ref, REGISTRY, FAMILIES)}


@pytest.mark.parametrize(
    ("line", "license_id"),
    [
        ("FROM ./Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "LicenseRef-llama-3.1-community"),
        ("FROM /models/gemma-2-9b-it.Q5_K_S.gguf", "LicenseRef-gemma-terms"),
        ("FROM C:\\weights\\Qwen2.5-7B-Instruct-q8_0.gguf", "Apache-2.0"),
        ('FROM "~/dl/Llama-3.2-3B-Instruct-f16.gguf"', "LicenseRef-llama-3.2-community"),
    ],
)
def test_a_local_weights_file_named_as_a_known_model_is_that_model(
    line: str, license_id: str
) -> None:
    (parent,) = modelfile_parents("Modelfile", line, known)
    assert parent.ref.startswith("ollama/")
    assert parent.method == "modelfile"
    assert parent.confidence == MODELFILE_FILE_CONFIDENCE
    assert parent.evidence.line == 1
    assert generations(parent.ref) == {license_id}


@pytest.mark.parametrize(
    "line",
    [
        "FROM ./model.gguf",
        "FROM ./ggml-model-q4_0.gguf",
        "FROM ./adapter-folder",
        "FROM /root/.ollama/models/blobs/sha256-3f2a9c",
        "FROM ./final-merged.Q4_K_M.gguf",
        "FROM ~/weights/quill.safetensors",
    ],
)
def test_a_generic_file_a_folder_or_a_blob_names_nothing(line: str) -> None:
    assert modelfile_parents("Modelfile", line, known) == ()


def test_without_knowing_names_a_local_file_is_no_parent() -> None:
    assert modelfile_parents("Modelfile", "FROM ./Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf") == ()


def test_the_repo_reader_passes_the_known_names_for_a_modelfile() -> None:
    text = 'FROM ./Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf\nSYSTEM """Be brief."""\n'
    (parent,) = file_parents("Modelfile", text, (), known)
    assert "llama-3.1-8b-instruct" in parent.ref
    assert file_parents("Modelfile", text) == ()
