"""A card's data table with a purpose column (training/stated_tables.py): a row used for
evaluation only is evaluation data, never training data; a row used for training, for both,
or for a purpose not stated keeps the training reading. Tables written for these tests;
expectations come from what each row says."""

from __future__ import annotations

from auditor.training.stated_tables import table_statements


def _roles(card: str) -> dict[str, str]:
    return {s.ref: s.role for s in table_statements(card.splitlines(), 1, "README.md")}


def test_an_evaluation_only_row_is_not_training_data() -> None:
    card = (
        "## Data\n\n| Dataset | Licence | Used for |\n|---|---|---|\n"
        "| COCO 2017 | CC BY 4.0 (annotations) | training |\n"
        "| ImageNet-1k | ImageNet terms (research only) | evaluation only, never trained on |\n"
    )
    # "COCO 2017" is a known dataset's alias (known_datasets.yaml): the longer name is read
    assert _roles(card) == {"COCO 2017": "training", "ImageNet-1k": "evaluation"}


def test_other_words_for_the_purpose_and_for_evaluation() -> None:
    card = (
        "### Corpora\n\n| Corpus | Tokens | Stage |\n|:--|--:|:--|\n"
        "| RedPajama | 1.2T | pre-training |\n"
        "| Pile-Test | 0.1B | held-out benchmark (not used in any training run) |\n"
        "| GSM8K | 7k | test set |\n"
        "| OpenHermes | 1M | SFT |\n"
    )
    assert _roles(card) == {
        "RedPajama": "training",
        "Pile-Test": "evaluation",
        "GSM8K": "evaluation",
        "OpenHermes": "training",
    }


def test_a_purpose_column_alone_makes_a_data_table() -> None:
    card = "| Dataset | Purpose |\n|---|---|\n| Dolly 15k | fine-tuning |\n| MMLU | evaluation |\n"
    assert _roles(card) == {"Dolly 15k": "training", "MMLU": "evaluation"}


def test_training_with_evaluation_or_an_unknown_purpose_stays_training() -> None:
    # the strict reading: data trained on, or whose use the card does not state
    card = (
        "## Training data\n\n| Dataset | License | Used for |\n|---|---|---|\n"
        "| ShareGPT | unknown | training and evaluation |\n"
        "| Alpaca | CC BY-NC 4.0 | - |\n"
        "| Evol-Instruct | research only | evaluated, then trained on |\n"
        "| WikiText | CC BY-SA 3.0 | validation |\n"
    )
    assert set(_roles(card).values()) == {"training"}


def test_a_purpose_column_headed_as_a_question_or_a_phrase() -> None:
    for header in ("How we used it", "What it was used for", "Role in this model", "Wie verwendet"):
        card = (
            f"## Data sources\n\n| Dataset | Licence | Rows | {header} |\n|---|---|---|---|\n"
            "| OpenAssistant/oasst2 | Apache-2.0 | 12,400 | supervised fine-tuning |\n"
            "| HuggingFaceH4/no_robots | CC BY-NC 4.0 | 500 | held-out evaluation only; never "
            "trained on |\n"
        )
        roles = {s.ref: s.role for s in table_statements(card.splitlines(), 1, "README.md")}
        assert roles == {
            "OpenAssistant/oasst2": "training",
            "HuggingFaceH4/no_robots": "evaluation",
        }, header


def test_a_column_of_the_datas_terms_is_no_purpose() -> None:
    # "research and evaluation only" under `Commercial use` restricts the data; it tells no use
    for header in ("Commercial use", "Permitted use", "Use restrictions"):
        card = (
            f"## Training data\n\n| Dataset | Licence | {header} |\n|---|---|---|\n"
            "| HuggingFaceH4/no_robots | CC BY-NC 4.0 | research and evaluation only |\n"
        )
        assert set(_roles(card).values()) == {"training"}, header
