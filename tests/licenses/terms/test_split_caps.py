"""A cap said over several sentences (terms/split_caps.py; session 29, held-out round H1: the
measure in one sentence, "so long as the total is three million or fewer" in the next, "once it
is higher, your licence lapses" in a third). Texts written for this test; twins with no figure,
no measure or the parts in another section read no cap.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import ExtractedTerm, extract_terms


def terms(text: str) -> dict[str, ExtractedTerm]:
    return extract_terms(text, path="LICENSE.md")


GRANT = "Licence\n\nYou may use and adapt the model for any purpose.\n\n"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The limit is 1,000,000 monthly active users. If you exceed it, you need a "
            "commercial licence from us.",
            1_000_000,
        ),
        (
            "Count the monthly active users of your products. If the total is above 2,500,000, "
            "you must ask us for a separate agreement.",
            2_500_000,
        ),
        (
            "Add up the monthly active users of all your services. Your affiliates are left out."
            " So long as the total is four million (4,000,000) or fewer, section 2 applies. Once "
            "it is higher, your licence lapses and you need our written permission.",
            4_000_000,
        ),
        (
            "## Size\n\nWe measure size in MAU. The ceiling is 750k. Should you go over that "
            "ceiling, this licence ends for the products concerned.",
            750_000,
        ),
    ],
)
def test_a_cap_gathered_from_the_sentences_before_its_consequence(text: str, count: int) -> None:
    read = terms(GRANT + text + "\n")
    assert read["mau_threshold"].value == count, read["mau_threshold"]
    assert read["commercial_use"].value == "restricted"


def test_a_revenue_cap_gathered_the_same_way() -> None:
    read = terms(
        GRANT + "What counts is your annual revenue. The threshold is USD 5 million. Above "
        "that, a paid licence is required.\n"
    )
    cap = read["revenue_threshold"].value
    assert isinstance(cap, dict) and cap["amount"] == 5_000_000, cap


@pytest.mark.parametrize(
    "text",
    [
        # no figure: a clause number is none
        "Count the monthly active users of your products. If it is above section 3, you must stop.",
        # a figure, no measure
        "Version 2 came out in 2024. If you exceed it, you need a licence.",
        # the measure in another section
        "## Reports\n\nWe publish monthly active users of 10,000,000 yearly.\n\n## Use\n\n"
        "If you exceed it, you need a licence.",
        # no consequence pointing back
        "The model has 7,000,000,000 parameters. If that is too large, use the small one.",
    ],
)
def test_parts_that_do_not_make_a_cap_read_none(text: str) -> None:
    read = terms(GRANT + text + "\n")
    assert read["mau_threshold"].value is None
    assert read["revenue_threshold"].value is None
