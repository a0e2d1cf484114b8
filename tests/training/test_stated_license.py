"""The license a card's sentence states for a dataset it names (stated_license.py), and its
resolution to a record when the dataset's own card cannot be read."""

from __future__ import annotations

import pytest

from auditor.training.stated import stated_datasets
from auditor.training.stated_license import license_after

DATA = "acme/kitchen-dialogues"


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (", which its curators publish under CC BY-SA 4.0.", "CC BY-SA 4.0"),
        (" (CC BY-NC 4.0) for three epochs", "CC BY-NC 4.0"),
        (" (licensed under Apache 2.0), then merged", "Apache 2.0"),
        (", a set of 9k recipes that is distributed under the ODC-By licence.", "ODC-By"),
        (", whose license is CC0, cleaned by hand", "CC0"),
        (
            ", which is made available under the terms of the Creative Commons "
            "Attribution-NonCommercial 4.0 International license.",
            "Creative Commons Attribution-NonCommercial 4.0 International",
        ),
        (
            ", all of which are shared under CC-BY-NC-SA-4.0 and were deduplicated",
            "CC-BY-NC-SA-4.0",
        ),
    ],
)
def test_license_stated_for_the_dataset(after: str, name: str) -> None:
    assert license_after(after) == name


@pytest.mark.parametrize(
    "after",
    [
        # the model's license, not the data's
        " and released under Apache-2.0.",
        ", which we used for the model that is released under MIT.",
        ", which gave the weights we release under Apache 2.0.",
        # brackets naming no license, a negated statement, a license word with no name
        " (English subset) for two epochs",
        " (20k pairs generated with GPT-4)",
        ", which is not released under CC BY 4.0.",
        ", which is available under the same terms.",
        ". The model is licensed under CC BY-NC 4.0.",
    ],
)
def test_no_license_stated_for_the_dataset(after: str) -> None:
    assert license_after(after) is None


def test_wrapped_paragraph_states_the_license_on_the_next_line() -> None:
    body = (
        "## Training\n\n"
        f"We tuned it on {DATA}, 40k cooking conversations written by volunteers\n"
        "(collected in 2024), which the organisers release under CC BY-NC 4.0.\n"
    )
    (entry,) = stated_datasets({}, body=body)
    assert entry["license"] == {"id": None, "name": "CC BY-NC 4.0", "kind": None}


def test_next_paragraph_is_not_read_for_the_license() -> None:
    body = (
        f"We tuned it on {DATA}.\n\n"
        "This model, which we release under CC BY-NC 4.0, is for research.\n"
    )
    (entry,) = stated_datasets({}, body=body)
    assert "license" not in entry


def test_license_of_metadata_dataset_read_from_the_card_sentence() -> None:
    body = f"Fine-tuned on {DATA}, which its authors share under CC BY-NC 4.0.\n"
    (entry,) = stated_datasets({"datasets": [DATA]}, body=body)
    assert entry["role"] == "training"
    assert entry.get("license") == {"id": None, "name": "CC BY-NC 4.0", "kind": None}
