"""A key/value table in a card's License or Terms section states the license's terms in
every row, not only in its License row: `| Monthly active users | up to 2,000,000 ... |`
is a term as the same words written as a sentence of the section are, and is rendered as a
label line at its row (`- Monthly active users: up to 2,000,000 ...`). The same row outside
such a section, a row about the training data, and the rows of a comparison table are not
terms of the model. Cards written here."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from tests.sources.test_card_shapes import FRONT, documents, line_of, lines_of

_CAP_ROWS = [
    (
        "Monthly active users",
        "up to 2,000,000 per product; above that a commercial licence from Wren Ltd is required",
        2_000_000,
    ),
    ("MAU", "at most 500k; a separate licence is needed beyond this", 500_000),
    (
        "Daily active users",
        "no more than 40,000; larger services must obtain a commercial license",
        40_000,
    ),
]


@pytest.mark.parametrize(("key", "value", "count"), _CAP_ROWS)
def test_a_cap_row_of_a_terms_table_is_read_as_the_cap(key: str, value: str, count: int) -> None:
    card = FRONT + (
        "# Wren-3B\n\n## Licence terms\n\n| Term | Value |\n|---|---|\n"
        f"| Licence | MIT, with the limit below |\n| {key} | {value} |\n"
    )
    assert lines_of(card)[line_of(card, f"| {key} |")] == f"- {key}: {value}"
    doc = documents(card)["README.md#license"]
    terms = extract_terms(doc.text or "", path=doc.path)
    threshold = terms["user_threshold"].value
    assert isinstance(threshold, dict)
    assert threshold["count"] == count


def test_the_header_row_of_a_terms_table_is_no_term() -> None:
    card = "# M\n\n## License\n\n| Term | Value |\n|---|---|\n| Attribution | Required |\n"
    assert lines_of(card) == {7: "- Attribution: Required"}


def test_a_key_value_row_outside_a_license_section_is_not_rendered() -> None:
    # outside a License section a row is no term by its shape alone: a figure is a fact
    card = (
        "# M\n\n## Model facts\n\n| Field | Value |\n|---|---|\n"
        "| Monthly active users | up to 2,000,000 across our apps |\n"
    )
    assert lines_of(card) == {}


def test_a_row_outside_a_license_section_stating_a_term_as_a_sentence_is_rendered() -> None:
    # Session 26 (round G) reads rows stating a term as a sentence does in any section
    # (`term_rows`): "a commercial licence is required above" 2,000,000 users is a term of the
    # model whatever the heading (this row was the example of the rule's old boundary)
    card = (
        "# M\n\n## Model facts\n\n| Field | Value |\n|---|---|\n"
        "| Monthly active users | up to 2,000,000; a commercial licence is required above |\n"
    )
    assert lines_of(card) == {
        line_of(card, "| Monthly"): "- Monthly active users: up to 2,000,000; a commercial "
        "licence is required above"
    }


def test_rows_about_data_or_other_works_of_a_terms_table_are_left_out() -> None:
    card = (
        "# M\n\n## License\n\n| | |\n|---|---|\n| License | CC BY-NC 4.0 |\n"
        "| Training data | scraped forums, terms of each site apply |\n"
        "| Code | Apache-2.0 |\n| Commercial use | not permitted |\n"
    )
    assert lines_of(card) == {
        7: "- License: CC BY-NC 4.0",
        10: "- Commercial use: not permitted",
    }


def test_a_comparison_table_in_a_license_section_states_no_term() -> None:
    card = (
        "# Wren-3B\n\n## License\n\n| Model | Users |\n|---|---|\n"
        "| Heron-7B | up to 700 million monthly active users |\n"
    )
    assert lines_of(card) == {}


def test_a_three_column_table_of_a_license_section_is_no_key_value_table() -> None:
    card = "# M\n\n## License\n\n| Tier | MAU | Price |\n|---|---|---|\n| Free | 1M | $0 |\n"
    assert lines_of(card) == {}
