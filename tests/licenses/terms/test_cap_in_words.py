"""A user cap written in English words ("two hundred and fifty million monthly active users"),
past which the grant "named by where it is given" ends ("the rights granted under section 1
terminate"), and a grant for any lawful purpose with commercial use named as included after
it. Counter-examples: the same number words in a sentence with no consequence, a grant clause
said to end with some words, commercial use said not included. Sentences are our own."""

from __future__ import annotations

import re

import pytest

from auditor.licenses.terms.caps import NUMBER, amount
from auditor.licenses.terms.extract import extract_terms

_GRANT = (
    "1. Grant. Kestrel Labs permits you to run and adapt the weights for all legal purposes,"
    " commercial uses included.\n"
)


def _values(text: str) -> dict[str, object]:
    return {key: term.value for key, term in extract_terms(text).items()}


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one hundred million", 100_000_000),
        ("two hundred and fifty million", 250_000_000),
        ("seventy-five thousand", 75_000),
        ("fifteen million", 15_000_000),
        ("a hundred million", 100_000_000),
        ("twenty five million", 25_000_000),
    ],
)
def test_numbers_in_words(words: str, value: int) -> None:
    match = re.compile(NUMBER, re.IGNORECASE).search(words)
    assert match is not None
    assert amount(match.group("num"), match.group("mult")) == value


def test_cap_in_words_past_which_the_grant_named_by_its_section_ends() -> None:
    text = _GRANT + (
        "2. Size. The rights granted under section 1 terminate for any service of yours with"
        " more than two hundred and fifty million monthly active users.\n"
    )
    values = _values(text)
    assert values["user_threshold"] == {"count": 250_000_000, "unit": "mau"}
    assert values["commercial_use"] == "restricted"
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_devices_in_words_past_which_a_licence_is_needed() -> None:
    text = (
        "1. Grant. Kestrel Labs grants you a licence to use the weights, including for"
        " commercial purposes.\n"
        "2. Above seventy-five thousand devices, you must obtain a separate licence from"
        " Kestrel Labs.\n"
    )
    assert _values(text)["user_threshold"] == {"count": 75_000, "unit": "devices"}


def test_number_words_with_no_consequence_are_no_cap() -> None:
    text = (
        _GRANT
        + "2. Reach. Our partners serve more than two hundred million monthly active users.\n"
    )
    values = _values(text)
    assert values["user_threshold"] is None
    assert values["commercial_use"] == "allowed"


def test_a_grant_clause_said_to_end_with_words_is_no_end_of_the_grant() -> None:
    text = _GRANT + (
        '2. Wording. The permission in clause 1 ends with the words "commercial uses included"'
        " for every one of our fifty million monthly active users.\n"
    )
    assert _values(text)["user_threshold"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The weights are licensed to you for any lawful purpose, commercial ones included.",
            "allowed",
        ),
        (
            "The weights are licensed to you for all lawful uses, commercial uses included.",
            "allowed",
        ),
        (
            "The weights are licensed to you for any lawful purpose, commercial ones not included.",
            None,
        ),
    ],
)
def test_any_lawful_purpose_commercial_included(text: str, value: str | None) -> None:
    assert _values(text)["commercial_use"] == value
