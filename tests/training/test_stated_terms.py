"""Terms a card states for a dataset it names, in its own sentence or the following sentences
that refer back to it (stated_terms.py), and their way to the resolved entry (resolve.py)."""

from __future__ import annotations

import pytest

from auditor.training.resolve import with_card_terms
from auditor.training.stated import stated_datasets
from auditor.training.stated_terms import stated_terms

DATA = "acme/kitchen-dialogues"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Its terms of use allow academic research only.", "research-only"),
        ("The data may only be used for non-commercial research.", "research-only"),
        ("Use of the corpus is restricted to academic research.", "research-only"),
        ("It is for research purposes only.", "research-only"),
        (
            "That dataset is published under CC BY-NC 4.0 (non-commercial use only).",
            "non-commercial",
        ),
        ("No commercial use of the data is permitted.", "non-commercial"),
        ("Commercial use of these recipes is prohibited.", "non-commercial"),
        ("It may not be used commercially.", "non-commercial"),
        ("The set is not for commercial purposes.", "non-commercial"),
        # states nothing about what the data may be used for
        ("Its use is not limited to research.", None),
        ("It is available for commercial and non-commercial use.", None),
        ("Commercial use is permitted with attribution.", None),
        ("It holds 40k questions written by volunteers.", None),
    ],
)
def test_terms_stated(text: str, terms: str | None) -> None:
    assert stated_terms(text) == terms


def _entry(body: str) -> dict[str, object]:
    (entry,) = stated_datasets({"datasets": [DATA]}, body=f"## Training data\n\n{body}")
    return dict(entry)


@pytest.mark.parametrize(
    "body",
    [
        f"Fine-tuned from Mistral-7B on {DATA}. That dataset is\npublished under CC BY-NC 4.0.\n",
        f"We tuned it on {DATA}. The dataset is released under CC BY-NC 4.0 by its curators.\n",
        f"Trained on {DATA}. This dataset's license is CC BY-NC 4.0.\n",
        f"{DATA}: 40k cooking dialogues. It is distributed under CC BY-NC 4.0.\n",
        f"- {DATA}: 40k cooking dialogues.\n  Its license is CC BY-NC 4.0.\n",
    ],
)
def test_license_in_a_following_sentence_referring_back(body: str) -> None:
    assert _entry(body).get("license") == {"id": None, "name": "CC BY-NC 4.0", "kind": None}


@pytest.mark.parametrize(
    "body",
    [
        f"{DATA}: 12,000 questions. Its terms of use allow academic research\nonly.\n",
        f"- {DATA}: 12,000 questions.\n  Its terms allow research use only.\n",
        f"Fine-tuned on {DATA}. The data may be used for non-commercial research only.\n",
        f"Fine-tuned on {DATA} (research use only).\n",
        f"Fine-tuned on {DATA}, whose terms confine it to academic research.\n",
    ],
)
def test_research_only_terms_stated_for_the_dataset(body: str) -> None:
    entry = _entry(body)
    assert entry.get("research_only") is True
    assert entry.get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "body",
    [
        f"Fine-tuned on {DATA}. That dataset allows no commercial use.\n",
        f"{DATA}: 40k dialogues. It may not be used commercially.\n",
    ],
)
def test_non_commercial_terms_stated_for_the_dataset(body: str) -> None:
    entry = _entry(body)
    assert entry.get("commercial_use") == "prohibited"
    assert not entry.get("research_only")


@pytest.mark.parametrize(
    "body",
    [
        # the next sentence speaks of the model, not the data
        f"Fine-tuned on {DATA}. The model is released under CC BY-NC 4.0, research only.\n",
        f"Fine-tuned from Mistral-7B on {DATA}. It is released under CC BY-NC 4.0.\n",
        f"Fine-tuned on {DATA}. It may not be used commercially.\n",
        f"Fine-tuned on {DATA}. That dataset was used to train the model for research only.\n",
        # another dataset's terms; the next paragraph; two datasets and a singular noun
        f"Fine-tuned on {DATA}. acme/other-set is CC BY-NC 4.0 (research use only).\n",
        f"Fine-tuned on {DATA}.\n\nThat dataset is published under CC BY-NC 4.0.\n",
        f"Trained for research only on {DATA}.\n",
    ],
)
def test_nothing_attached_to_the_dataset(body: str) -> None:
    entry = next(e for e in stated_datasets({"datasets": [DATA]}, body=body) if e["ref"] == DATA)
    assert "license" not in entry
    assert not entry.get("research_only")
    assert entry.get("commercial_use") is None


def test_plural_noun_attaches_to_every_dataset_of_the_sentence() -> None:
    body = "Fine-tuned on acme/set-one and acme/set-two. Both datasets are research use only.\n"
    entries = stated_datasets({"datasets": ["acme/set-one", "acme/set-two"]}, body=body)
    assert [bool(e.get("research_only")) for e in entries] == [True, True]


def test_singular_noun_after_two_datasets_attaches_to_neither() -> None:
    body = "Fine-tuned on acme/set-one and acme/set-two. That dataset is research use only.\n"
    entries = stated_datasets({"datasets": ["acme/set-one", "acme/set-two"]}, body=body)
    assert not any(e.get("research_only") for e in entries)


def test_card_terms_kept_over_a_laxer_resolution() -> None:
    said = _entry(f"{DATA}: 9k items. Its terms allow academic research only.\n")
    read = {**said, "resolved_by": "registry", "research_only": False, "commercial_use": "allowed"}
    out = with_card_terms(read, said)  # type: ignore[arg-type]
    assert out.get("research_only") is True
    assert out.get("commercial_use") == "prohibited"
    assert "research_only" in (out.get("terms_evidence") or {})
