"""Clauses of a card's license prose about other works are left out of the model's reading.

Expectations from what each clause binds: a clause whose subject is the code, a demo, the data
or the paper binds that work, not the weights; a comparison with other models ("unlike many
non-commercial models, ...") describes those models. A clause naming the model keeps its force,
and so does a clause whose subject cannot be found.
"""

from __future__ import annotations

import pytest

from auditor.sources.card import parse_card
from auditor.sources.card_clauses import other_work_blanked
from auditor.sources.card_documents import card_documents


def _kept(text: str) -> str:
    lines = text.split("\n")
    blanked = other_work_blanked(dict(enumerate(lines, start=1)))
    return " ".join(" ".join(blanked[n] for n in sorted(blanked)).split())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The training code in this repository is released for research only. The model "
            "weights are Apache 2.0.",
            "The model weights are Apache 2.0.",
        ),
        (
            "The code is Apache 2.0, but the weights may not be used commercially.",
            ", but the weights may not be used commercially.",
        ),
        (
            "While the code is MIT, the checkpoints are released for non-commercial use only.",
            ", the checkpoints are released for non-commercial use only.",
        ),
        (
            "Note that the benchmark data we used is restricted to non-commercial use.",
            "",
        ),
        ("Our demo Space is for personal use only. The model is MIT.", "The model is MIT."),
        (
            "Unlike many open models that are offered for\nnon-commercial use only, Harrier can "
            "be used in commercial products.",
            "Harrier can be used in commercial products.",
        ),
        (
            "Anders als viele Modelle, die nur für nicht-kommerzielle Zwecke freigegeben sind, "
            "darf Falke kommerziell eingesetzt werden.",
            "darf Falke kommerziell eingesetzt werden.",
        ),
        ("与许多仅限非商业用途的模型不同，雨燕可以用于商业产品。", "雨燕可以用于商业产品。"),
        (
            "多くの非商用モデルとは異なり、本モデルは商用利用が可能です。",
            "本モデルは商用利用が可能です。",
        ),
    ],
)
def test_a_clause_about_another_work_is_left_out(text: str, kept: str) -> None:
    assert _kept(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The model and its code are for research purposes only.",
        "The code is MIT, the weights are for non-commercial use only.",
        "The code is MIT and the weights are for research only.",
        "Generated images may not be used commercially.",
        "Commercial applications require our written permission.",
        "Evaluation use only is permitted.",
        "The scripts and weights in this repo are for non-commercial use.",
        "The weights are for research only; the inference code is Apache 2.0.",
        "Like many other models, it is for research only.",
        "Unlike the base model, this fine-tune may not be used commercially.",
        "Code: Apache-2.0. Weights: non-commercial use only.",
        "All files in this repository, including the weights, are for academic research only.",
        "This software is provided for non-commercial use only.",
    ],
)
def test_a_clause_that_may_bind_the_model_is_kept(text: str) -> None:
    kept = _kept(text)
    binding = next(
        word
        for word in ("research", "non-commercial", "may not", "permission", "only", "commercial")
        if word in text
    )
    assert binding in kept


def test_line_numbers_and_columns_do_not_move() -> None:
    card = (
        "# Plover\n\n## License\n\nThe training code is for research only; the weights are "
        "Apache 2.0.\n"
    )
    (document,) = card_documents(parse_card(card))
    assert document.text is not None
    line = next(text for text in document.text.split("\n") if "weights" in text)
    source = next(text for text in card.split("\n") if "weights" in text)
    assert line.index("the weights") == source.index("the weights")
    assert "research" not in document.text
