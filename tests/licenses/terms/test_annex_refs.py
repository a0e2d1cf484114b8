"""A figure a clause points to in a schedule, annex or appendix (terms/annex_refs.py; session 29:
the shape of round I's Japanese 別表 cap, in English). Texts written for this test; twins whose
schedule states several figures, none, or is absent read no cap.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import ExtractedTerm, extract_terms


def terms(text: str) -> dict[str, ExtractedTerm]:
    return extract_terms(text, path="LICENSE.md")


GRANT = "# Licence\n\n1. You may use the model for any purpose.\n"


@pytest.mark.parametrize(
    ("clause", "schedule", "amount", "currency"),
    [
        (
            "2. If your annual revenue exceeds the amount stated in Schedule 1, you must obtain a "
            "separate licence from us.",
            "## Schedule 1\n\nAmount: EUR 20 million.",
            20_000_000,
            "EUR",
        ),
        (
            "2. Licensees whose yearly turnover is above the figure set out in Appendix B need "
            "our written agreement before any further use.",
            "## Appendix B - Figures\n\nThe figure is GBP 8,000,000.",
            8_000_000,
            "GBP",
        ),
    ],
)
def test_a_revenue_cap_whose_figure_sits_in_a_schedule(
    clause: str, schedule: str, amount: int, currency: str
) -> None:
    read = terms(f"{GRANT}{clause}\n\n{schedule}\n")
    cap = read["revenue_threshold"].value
    assert isinstance(cap, dict), read["revenue_threshold"]
    assert (cap["amount"], cap["currency"]) == (amount, currency)


def test_a_user_cap_whose_figure_sits_in_an_annex() -> None:
    read = terms(
        f"{GRANT}2. Where the monthly active users of your services go over the number given in "
        "Annex 2, a commercial licence is required.\n\n## Annex 2\n\nNumber: 30 million.\n"
    )
    assert read["mau_threshold"].value == 30_000_000


@pytest.mark.parametrize(
    "rest",
    [
        # the schedule states two figures: which one the clause means is not said
        "## Schedule 1\n\nSmall firms: EUR 2 million. Large firms: EUR 50 million.\n",
        # no figure in it
        "## Schedule 1\n\nTo be agreed between the parties.\n",
        # no such schedule
        "## Schedule 2\n\nAmount: EUR 20 million.\n",
    ],
)
def test_a_schedule_without_one_figure_gives_none(rest: str) -> None:
    read = terms(
        f"{GRANT}2. If your annual revenue exceeds the amount stated in Schedule 1, you must "
        f"obtain a separate licence from us.\n\n{rest}"
    )
    assert read["revenue_threshold"].value is None
