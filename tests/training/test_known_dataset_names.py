"""Training data a card names by a known dataset's display name or alias (license_db/
known_datasets.yaml `aliases`) rather than its repo id, beside twins that name none: a model
compared with, a benchmark evaluated on. Sentences written here."""

from __future__ import annotations

import pytest

from auditor.knowledge.known_datasets import lookup
from auditor.model.training import TRAINING_ROLES as TRAINING
from auditor.training.stated import stated_datasets


def roles(body: str) -> list[tuple[str, str]]:
    return [(str(e["ref"]), str(e["role"])) for e in stated_datasets(None, body=body)]


@pytest.mark.parametrize(
    ("body", "dataset"),
    [
        (
            "Kestrel was fine-tuned for three epochs on the Stanford Alpaca instruction data.",
            "tatsu-lab/alpaca",
        ),
        ("Kestrel was fine-tuned on Dolly 15k.", "databricks/databricks-dolly-15k"),
        ("We fine-tuned it on OpenAssistant Conversations for two epochs.", "OpenAssistant/oasst1"),
    ],
)
def test_a_known_dataset_named_by_its_display_name_is_training_data(
    body: str, dataset: str
) -> None:
    ((ref, role),) = roles(body)
    assert role in TRAINING
    known = lookup(ref)
    assert known is not None and known.id.lower() == dataset.lower()


@pytest.mark.parametrize(
    "body",
    [
        "We compare Kestrel with a model tuned on the Alpaca data.",
        "Kestrel was evaluated on AlpacaEval.",
        "An alpaca grazes in the header image; we trained on our own tickets.",
        "Against a 13B model tuned on the Stanford Alpaca data, Kestrel wins most judgements.",
        "Kestrel beats a model trained on Dolly 15k.",
    ],
)
def test_twin_a_comparison_or_benchmark_names_no_training_data(body: str) -> None:
    assert not [ref for ref, role in roles(body) if role in TRAINING]


def test_robust_against_is_no_comparison_of_the_data() -> None:
    body = "Robust against noise, the model was trained on the Stanford Alpaca data."
    assert [role for _, role in roles(body)] == ["training"]
