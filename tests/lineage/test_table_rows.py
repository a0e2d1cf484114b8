"""A key-value table's row naming what the model was made from: its first cell says "base
model", "parent model", "fine-tuned from", "built on" (or a language's "base model" label) and
a later cell holds the reference. A strong label takes a bare `org/name`, a weak one ("built
on") a Hub link or a model the registry knows; a row of data, a denial or a comparison names no
parent, nor does a table of scores."""

from __future__ import annotations

import pytest

from auditor.lineage.prose import stated_parents

KNOWN = {"meta-llama/llama-3.1-8b", "google/gemma-2-9b-it"}
UNKNOWN = "acme/base-7b"


def refs(body: str) -> list[str]:
    return [p.ref for p in stated_parents(body, is_known=lambda r: r.lower() in KNOWN)]


def table(label: str, value: str, header: str = "| Field | Value |") -> str:
    return f"# card\n\n{header}\n|---|---|\n| Developed by | Acme |\n| {label} | {value} |\n"


@pytest.mark.parametrize(
    "label",
    [
        "Base model",
        "Base Model",
        "**Base model**",
        "Base checkpoint",
        "Parent model",
        "Original model",
        "Foundation model",
        "Backbone",
        "Fine-tuned from",
        "Finetuned from model",
        "Fine-tuned from model [optional]",
        "Initialised from",
        "Trained from",
        "Distilled from",
        "Quantized from",
        "Base model:",
        "Modelo base",  # Spanish, Portuguese
        "Modèle de base",  # French
        "Basismodell",  # German
    ],
)
def test_a_strong_row_label_takes_a_bare_id(label: str) -> None:
    assert refs(table(label, UNKNOWN)) == [UNKNOWN]


def test_the_row_is_evidence_with_its_line() -> None:
    (parent,) = stated_parents(table("Base model", UNKNOWN))
    assert parent.method == "card-table"
    assert parent.evidence.line == 6
    assert UNKNOWN in parent.evidence.text


def test_a_two_column_table_may_start_with_the_pair() -> None:
    body = f"| Base model | {UNKNOWN} |\n|---|---|\n| License | apache-2.0 |\n"
    assert refs(body) == [UNKNOWN]


@pytest.mark.parametrize("label", ["Built on", "Based on", "Built on top of"])
def test_a_weak_row_label_takes_a_link_or_a_known_model(label: str) -> None:
    assert refs(table(label, UNKNOWN)) == []
    assert refs(table(label, "meta-llama/Llama-3.1-8B")) == ["meta-llama/Llama-3.1-8B"]
    link = f"[{UNKNOWN}](https://huggingface.co/{UNKNOWN})"
    assert refs(table(label, link)) == [UNKNOWN]


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Trained on", "HuggingFaceH4/ultrachat_200k"),  # data, not a model
        ("Fine-tuned on", "acme/support-tickets"),
        ("Dataset", UNKNOWN),
        ("Compared with", UNKNOWN),
        ("Base model", "none (trained from scratch)"),
        ("Base model", f"not {UNKNOWN}: our own architecture"),
        ("Base model", f"trained from scratch, unlike {UNKNOWN}"),
        ("Not fine-tuned from", UNKNOWN),
        ("Evaluated against", UNKNOWN),
    ],
)
def test_data_denials_and_comparisons_name_no_parent(label: str, value: str) -> None:
    assert refs(table(label, value)) == []


def test_a_score_table_names_no_parent() -> None:
    body = table("Base model", UNKNOWN, header="| Model | MMLU |")
    assert refs(body) == []
