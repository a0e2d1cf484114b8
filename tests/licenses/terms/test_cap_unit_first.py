"""A user cap written with its unit first and its ceiling after, as a key and its value
("Monthly active users: up to 2,000,000") or as a clause ("the monthly active users of your
service are limited to 1 million"): the count after the ceiling's words is the cap, as
"up to 2,000,000 monthly active users" is. A unit named beside a number that bounds nothing
is no cap. Sentences written for these tests."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_HEAD = "Finch Model Terms\n\n1. You may use and modify the Model.\n\n2. "

CAPS = (
    (
        "Monthly active users: up to 2,000,000 per product; above that a commercial licence "
        "from Finch Ltd is required.",
        2_000_000,
        "mau",
    ),
    ("MAU - at most 750k per app, beyond which a separate licence is needed.", 750_000, "mau"),
    (
        "The monthly active users of your service are limited to 1 million; larger services "
        "must obtain a commercial license.",
        1_000_000,
        "mau",
    ),
    (
        "Daily active users: no more than 50,000, or you must request a written licence.",
        50_000,
        "dau",
    ),
    (
        "Monthly visits: a maximum of 300,000; past that, contact us for a commercial licence.",
        300_000,
        "monthly-visits",
    ),
)


@pytest.mark.parametrize(("sentence", "count", "unit"), CAPS)
def test_a_ceiling_after_its_unit_is_the_cap(sentence: str, count: int, unit: str) -> None:
    value = extract_terms(_HEAD + sentence)["user_threshold"].value
    assert isinstance(value, dict)
    assert (value["count"], value["unit"]) == (count, unit)


NOT_CAPS = (
    "Monthly active users: 2,000,000 at launch.",
    "Our app reached 3 million monthly active users last spring.",
    "Monthly active users are counted up to the 5th of each month.",
)


@pytest.mark.parametrize("sentence", NOT_CAPS)
def test_a_unit_beside_a_number_that_bounds_nothing_is_no_cap(sentence: str) -> None:
    assert extract_terms(_HEAD + sentence)["user_threshold"].value is None
