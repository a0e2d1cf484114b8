"""A card's table comparing the family's models, one row per checkpoint with its licence and
commercial terms (session 20, evidence round): the row naming this model (its title) gives
its terms, one label line per term column; the rows of the family's other sizes are theirs and
are left out. Cards written here; counter-examples: a table of scores comparing the same
models states no term, and another checkpoint's card reads its own row only."""

from __future__ import annotations

from auditor.licenses.terms.extract import extract_terms
from tests.sources.test_card_shapes import FRONT, line_of, lines_of

_TABLE = (
    "## Licences of the family\n\n"
    "| Checkpoint | Licence of the weights | Commercial use |\n"
    "|---|---|---|\n"
    "| Wren-2B | MIT | Yes |\n"
    "| Wren-30B | Wren Research Terms | No, non-commercial research only |\n"
)


def _card(title: str) -> str:
    return FRONT + f"# {title}\n\nThe {title} checkpoint of the Wren family.\n\n" + _TABLE


def test_the_row_naming_this_checkpoint_gives_its_terms() -> None:
    card = _card("Wren-30B")
    row = line_of(card, "| Wren-30B |")
    shown = lines_of(card)
    assert shown[row] == (
        "- Licence of the weights: Wren Research Terms; "
        "- Commercial use: No, non-commercial research only"
    )
    assert line_of(card, "| Wren-2B |") not in shown
    assert extract_terms("\n".join(shown.values()))["commercial_use"].value == "prohibited"


def test_another_checkpoints_card_reads_its_own_row_only() -> None:
    card = _card("Wren-2B")
    shown = lines_of(card)
    assert shown.get(line_of(card, "| Wren-2B |")) == (
        "- Licence of the weights: MIT; - Commercial use: Yes"
    )
    assert line_of(card, "| Wren-30B |") not in shown


def test_a_table_of_scores_comparing_the_models_states_no_term() -> None:
    card = FRONT + (
        "# Wren-30B\n\n## Licence\n\nApache 2.0.\n\n| Model | MMLU | GSM8K |\n|---|---|---|\n"
        "| Wren-2B | 41.0 | 20.3 |\n| Wren-30B | 70.2 | 61.7 |\n"
    )
    assert line_of(card, "| Wren-30B |") not in lines_of(card)
