"""The parents a GGUF header's `general.base_model.N.*` keys name, and whether a card's parent is
the model the header itself describes (llama.cpp's converter writes the converted model's name
in `general.name`/`general.basename` and that model's own parents in `general.base_model.*`)."""

from __future__ import annotations

from dataclasses import replace

from auditor.lineage.gguf_parents import (
    header_parents,
    hub_repo_id,
    is_header_model,
    with_self_quantization,
)
from auditor.model import BaseModelRef, Declared

FILE = "quill-7b.Q4_K_M.gguf (GGUF header)"
HEADER: dict[str, object] = {
    "general.name": "Quill Chat 7B",
    "general.basename": "Quill-Chat",
    "general.size_label": "7B",
    "general.base_model.count": 2,
    "general.base_model.0.name": "Mistral 7B v0.1",
    "general.base_model.0.organization": "Mistralai",
    "general.base_model.0.repo_url": "https://huggingface.co/mistralai/Mistral-7B-v0.1",
    "general.base_model.1.name": "Llama 3.1 8B",
    "general.base_model.1.organization": "Meta Llama",
}


def test_each_base_model_is_a_parent_with_the_key_quoted() -> None:
    first, second = header_parents(HEADER, FILE)
    assert first.ref == "mistralai/Mistral-7B-v0.1"
    assert first.method == "gguf-header"
    assert first.evidence.file == FILE
    assert first.evidence.text == (
        "general.base_model.0.repo_url: https://huggingface.co/mistralai/Mistral-7B-v0.1"
    )
    # no URL: the organisation and name the converter wrote from the repo id
    assert second.ref == "Meta-Llama/Llama-3.1-8B"
    assert second.confidence < first.confidence


def test_a_name_alone_or_a_url_elsewhere_names_no_repo() -> None:
    header = {
        "general.base_model.0.name": "Some Base",
        "general.base_model.1.name": "Other Base",
        "general.base_model.1.repo_url": "https://github.com/example/other-base",
        "general.base_model.2.repo_url": "https://huggingface.co/datasets/acme/corpus",
    }
    assert header_parents(header, FILE) == ()


def test_a_header_without_base_model_keys_names_none() -> None:
    assert header_parents({"general.name": "Quill", "general.license": "mit"}, FILE) == ()


def test_hub_urls() -> None:
    assert hub_repo_id("hf.co/acme/quill") == "acme/quill"
    assert hub_repo_id("https://huggingface.co/acme/quill/tree/main") == "acme/quill"
    assert hub_repo_id("https://example.org/acme/quill") is None
    assert hub_repo_id("https://huggingface.co/acme") is None


def test_the_card_parent_may_be_the_model_the_header_describes() -> None:
    assert is_header_model(HEADER, "quill-labs/Quill-Chat-7B")
    assert is_header_model(HEADER, "bartowski/Quill-Chat-7B-GGUF")
    assert is_header_model(HEADER, "quill-labs/Quill-Chat")
    source = {"general.source.huggingface.repository": "quill-labs/qc-7b"}
    assert is_header_model(source, "quill-labs/qc-7b")


def test_another_model_is_not_the_headers_own() -> None:
    assert not is_header_model(HEADER, "mistralai/Mistral-7B-v0.1")
    assert not is_header_model(HEADER, "quill-labs/Quill-Chat-7B-Uncensored")
    assert not is_header_model(HEADER, "heron-ai/heron-7b")
    assert not is_header_model({}, "quill-labs/Quill-Chat-7B")


_SELF_QUANTIZED = {
    "general.name": "Meta Llama 3.1 8B Instruct",
    "general.base_model.count": 1,
    "general.base_model.0.name": "Llama 3.1 8B Instruct",
    "general.base_model.0.organization": "Meta Llama",
    "general.base_model.0.repo_url": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct",
}


def test_a_base_that_is_the_headers_own_model_makes_the_file_a_quantized_copy() -> None:
    # llama.cpp writes the converted card's base_model and the model's own name (here with its
    # owner before it): the file is that model's weights, converted, with no authorship added
    (parent,) = header_parents(_SELF_QUANTIZED, "m.Q4_K_M.gguf")
    assert (parent.ref, parent.relation) == ("meta-llama/Llama-3.1-8B-Instruct", "quantized")
    declared = Declared(
        base_models=(BaseModelRef("meta-llama/Llama-3.1-8B-Instruct"),), origin="GGUF header"
    )
    marked = with_self_quantization(declared, _SELF_QUANTIZED)
    assert [b.relation for b in marked.base_models] == ["quantized"]


def test_a_fine_tune_naming_its_base_is_no_quantized_copy() -> None:
    header = {**_SELF_QUANTIZED, "general.name": "Fennec 8B Chat"}
    (parent,) = header_parents(header, "fennec.gguf")
    assert parent.relation is None
    declared = Declared(
        base_models=(BaseModelRef("meta-llama/Llama-3.1-8B-Instruct"),), origin="GGUF header"
    )
    assert with_self_quantization(declared, header) == declared
    # a card's declaration is the card's to say, whatever the header holds
    from_card = replace(declared, origin=None)
    assert with_self_quantization(from_card, _SELF_QUANTIZED) == from_card
