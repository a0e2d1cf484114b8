"""A grant given for unpaid purposes only (personal use, teaching, hobby projects, with or
without research) withholds paid use; a grant whose verb opens a list ("Use, copy, ... for any
purpose, paid products included") is a grant for any purpose (session 38)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _commercial(sentence: str) -> object:
    return extract_terms(f"Harebell Weights Licence\n\n{sentence}\n")["commercial_use"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "You may run the weights for personal use.",
        "Pupils are free to use the checkpoint for classroom learning.",
        "You may download and study the weights, for research, teaching and hobby projects.",
        "You can adapt the model for teaching or for private study.",
    ],
)
def test_a_grant_for_unpaid_purposes_only_withholds_paid_use(sentence: str) -> None:
    assert _commercial(sentence) == "prohibited"


@pytest.mark.parametrize(
    "sentence",
    [
        "You may run the weights for personal and commercial purposes.",
        "You may run the weights for personal use, and you may also sell apps built on them.",
        "You may run the weights for any purpose, including personal projects.",
        "You may run the weights for teaching, research and commercial products.",
    ],
)
def test_twin_a_list_naming_paid_use_or_any_purpose_withholds_nothing(sentence: str) -> None:
    assert _commercial(sentence) != "prohibited"


def test_a_later_permission_route_makes_the_unpaid_grant_a_restriction() -> None:
    text = (
        "Harebell Weights Licence\n\nYou may use the weights for personal projects.\n\n"
        "You may use them commercially only once Harebell has given you its permission in"
        " writing.\n"
    )
    terms = extract_terms(text)
    assert terms["commercial_use"].value == "restricted"
    assert terms["commercial_use_conditions"].value == ["written-permission"]


def test_a_verb_opening_a_list_grants_any_purpose() -> None:
    said = "Use, copy, change and ship this adapter for any purpose, paid products included."
    assert _commercial(said) == "allowed"
    assert (
        _commercial("Use, copy and change this adapter for any purpose except paid ones.") is None
    )
