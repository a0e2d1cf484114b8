"""A GGUF header's keys pasted into a card (a key = value list, gguf-dump's listing, llama.cpp's
loader log, a table, JSON) name the converted model's parents as the header would; a dump that
names only the model itself names none. Cards written here."""

from __future__ import annotations

import pytest

from auditor.lineage.gguf_dump import dump_parents
from auditor.lineage.prose import stated_parents

GEMMA = "google/gemma-2-2b-it"
URL = f"https://huggingface.co/{GEMMA}"


def _card(block: str) -> str:
    return f"# tracker-2b-GGUF\n\nQuantized with llama.cpp. Header of the Q4_K_M file:\n\n{block}\n"


@pytest.mark.parametrize(
    "block",
    [
        f"```\ngeneral.architecture = gemma2\ngeneral.base_model.count = 1\n"
        f"general.base_model.0.repo_url = {URL}\n```",
        f"```\n     23: STRING     |        1 | general.base_model.0.repo_url = '{URL}'\n```",
        f"```\nllama_model_loader: - kv   9:   general.base_model.0.repo_url str   = {URL}\n```",
        f"| key | value |\n|---|---|\n| general.base_model.0.repo_url | {URL} |",
        f'```json\n{{\n  "general.base_model.0.repo_url": "{URL}",\n'
        '  "general.file_type": 15\n}\n```',
        f"- general.base_model.0.repo_url: {URL}",
        # organisation and name, no URL: `Org/Name` as the converter wrote them
        "```\ngeneral.base_model.0.name = Gemma 2 2b It\n"
        "general.base_model.0.organization = Google\n```",
    ],
)
def test_a_pasted_header_names_the_base(block: str) -> None:
    (parent,) = stated_parents(_card(block), first_line=3)
    assert parent.ref.lower() in (GEMMA, "google/gemma-2-2b-it")
    assert parent.method == "gguf-header"
    assert parent.evidence.file == "README.md"
    line = next(n for n, t in enumerate(_card(block).splitlines(), 3) if "base_model.0" in t)
    assert parent.evidence.line == line
    assert "general.base_model.0." in parent.evidence.text


@pytest.mark.parametrize(
    "block",
    [
        # the model itself, no base named
        "```\ngeneral.name = Tracker 2b\n"
        "general.source.repo_url = https://huggingface.co/acme/tracker-2b\n```",
        # keys spoken of, no value
        "The converter copies the card's base model into general.base_model.0.repo_url.",
        # a dataset URL under a base key, and a base with a name but no organisation
        "```\ngeneral.base_model.0.repo_url = https://huggingface.co/datasets/acme/pics\n"
        "general.base_model.1.name = Tracker\n```",
    ],
)
def test_a_dump_naming_no_base_names_no_parent(block: str) -> None:
    assert stated_parents(_card(block)) == ()


def test_the_models_own_repo_in_the_dump_is_not_its_parent() -> None:
    block = "```\ngeneral.base_model.0.repo_url = https://huggingface.co/acme/tracker-2b\n```"
    assert stated_parents(_card(block), own_repo="acme/tracker-2b") == ()


def test_a_base_that_is_the_headers_own_model_is_a_quantized_copy() -> None:
    lines = [
        "general.name = Gemma 2 2b It",
        "general.base_model.0.name = Gemma 2 2b It",
        "general.base_model.0.organization = Google",
        f"general.base_model.0.repo_url = {URL}",
    ]
    (parent,) = dump_parents(lines, "README.md", 10)
    assert (parent.ref, parent.relation, parent.evidence.line) == (GEMMA, "quantized", 13)
