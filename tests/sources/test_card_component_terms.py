"""A Component | License table's other term columns (commercial use, terms) on the model's own
row (a false pass before: only the License column was rendered, so a weights row saying
"Apache-2.0 | No, research only" let a commercial deployment pass). Each such cell becomes a
label naming the part (`- Commercial use (Model weights): No, research only`); the cells of a
row about another work (code, data) stay out. Cards written here."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from tests.sources.test_card_shapes import FRONT, line_of, lines_of


def _card(header: str, weights: str, code: str = "| Inference code | Apache-2.0 | Yes |") -> str:
    return FRONT + (
        f"# Tern-13B\n\nA chat model.\n\n## License\n\n{header}\n|---|---|---|\n{weights}\n{code}\n"
    )


@pytest.mark.parametrize(
    ("header", "weights"),
    [
        (
            "| Component | License | Commercial use |",
            "| Model weights | Apache-2.0 | No, research only |",
        ),
        ("| Part | Licence | Commercial use? |", "| Weights | Apache-2.0 | No |"),
        ("| Artifact | License | Commercial usage |", "| Checkpoints | MIT | not permitted |"),
        ("| Component | License | Commercial use |", "| Model | Apache 2.0 | ❌ |"),
    ],
)
def test_the_weights_rows_commercial_cell_is_read(header: str, weights: str) -> None:
    card = _card(header, weights)
    shown = lines_of(card)
    row = shown[line_of(card, weights.split(" |")[0])]
    assert "Commercial us" in row and "(" in row, row
    assert extract_terms("\n".join(shown.values()))["commercial_use"].value == "prohibited"


@pytest.mark.parametrize(
    ("weights", "code"),
    [
        # the weights allow it; only the code's row says no
        ("| Model weights | Apache-2.0 | Yes |", "| Inference code | Apache-2.0 | No |"),
        ("| Model weights | Apache-2.0 | Yes |", "| Training data | CC-BY-NC-4.0 | No |"),
    ],
)
def test_another_parts_cell_says_nothing_of_the_model(weights: str, code: str) -> None:
    card = _card("| Component | License | Commercial use |", weights, code)
    shown = lines_of(card)
    assert line_of(card, code.split(" |")[0]) not in shown
    assert extract_terms("\n".join(shown.values()))["commercial_use"].value != "prohibited"
