"""A component table's rows for the other parts of a release (its code, evaluation harness,
tokenizer, data, demo) give those parts' licenses, not the weights': they are no claim the
metadata's license must agree with (sources/card_tables.py, licenses/card_claims.py). The
weights' own row still is. Cards written here; expectations from what each row says."""

from __future__ import annotations

import pytest

from tests.sources.test_card_shapes import claimed, line_of, lines_of

ALL_PERMISSIVE = (
    "---\nlicense: apache-2.0\n---\n# Whimbrel-7B\n\n"
    "| Component | Licence | Commercial use |\n|---|---|---|\n"
    "| Training code | Apache 2.0 | yes |\n| Tokenizer | Apache 2.0 | yes |\n"
    "| Model weights | Apache 2.0 | yes |\n| Evaluation harness | MIT | yes |\n"
)


def test_the_harness_row_is_not_the_weights_license() -> None:
    assert claimed(ALL_PERMISSIVE) == {"Apache-2.0"}
    rendered = lines_of(ALL_PERMISSIVE)
    assert (
        rendered[line_of(ALL_PERMISSIVE, "| Model weights")]
        == "- Model weights license: Apache 2.0; - Commercial use (Model weights): yes"
    )
    assert line_of(ALL_PERMISSIVE, "| Evaluation harness") not in rendered


@pytest.mark.parametrize(
    "part",
    [
        "Eval suite",
        "Benchmark scripts",
        "Tokeniser",
        "Chat template",
        "Demo app (Gradio)",
        "Fine-tuning data",
        "Inference server",
        "Código de entrenamiento",
        "评测代码",
    ],
)
def test_a_paraphrased_table_with_another_part_under_another_license(part: str) -> None:
    card = (
        "---\nlicense: mit\n---\n# Dunlin-2B\n\n## Licensing\n\n| Part | License |\n|:--|:--|\n"
        f"| Weights | MIT |\n| {part} | GPL-3.0 |\n"
    )
    assert claimed(card) == {"MIT"}


def test_the_weights_row_under_another_license_is_still_a_claim() -> None:
    # the twin: the table puts the weights themselves under a non-commercial licence
    card = ALL_PERMISSIVE.replace(
        "| Model weights | Apache 2.0 | yes |", "| Model weights | CC BY-NC 4.0 | no |"
    )
    assert claimed(card) == {"CC-BY-NC-4.0"}  # the code and tokenizer rows are theirs


def test_a_row_naming_the_model_and_another_word_is_the_models() -> None:
    card = (
        "---\nlicense: apache-2.0\n---\n# Dunlin-2B\n\n| Component | License |\n|---|---|\n"
        "| Model (weights and tokenizer) | CC BY-NC 4.0 |\n"
    )
    assert "CC-BY-NC-4.0" in claimed(card)
