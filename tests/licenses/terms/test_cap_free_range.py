"""Caps stated as the free range ("free while revenue is US$10 million or less"), caps whose
consequence is a further license the licensor may refuse, affiliates named only to be left
out, and a cap whose consequence no rule reads: said (commercial use `restricted` past a size
whose cap is unread), never dropped."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "Tern Weights Licence\n\nTern Labs grants you a licence to use and modify the weights.\n\n"


def _terms(sentence: str) -> dict[str, object]:
    return {key: term.value for key, term in extract_terms(_GRANT + sentence + "\n").items()}


@pytest.mark.parametrize(
    ("sentence", "key", "value"),
    [
        (
            "Use is free while your gross revenue in the last twelve months is US$10 million "
            "or less.",
            "revenue_threshold",
            {"amount": 10_000_000, "currency": "USD", "period": "year", "measure": "revenue"},
        ),
        (
            "The licence is free for services with 200,000 monthly active users or fewer.",
            "user_threshold",
            {"count": 200_000, "unit": "mau"},
        ),
        (
            "Free of charge for firms with annual turnover of EUR 3 million and below.",
            "revenue_threshold",
            {"amount": 3_000_000, "currency": "EUR", "period": "year", "measure": "revenue"},
        ),
    ],
)
def test_a_ceiling_stated_after_its_figure_is_a_cap(
    sentence: str, key: str, value: dict[str, object]
) -> None:
    terms = _terms(sentence)
    assert terms[key] == value
    assert terms["commercial_use"] == "restricted"


def test_a_figure_followed_by_or_less_with_no_grant_is_no_cap() -> None:
    terms = _terms("Our own revenue last year was US$10 million or less, as reported.")
    assert terms["revenue_threshold"] is None


@pytest.mark.parametrize(
    "consequence",
    [
        "you must request a further licence from Tern Labs, which it may grant at its discretion",
        "another agreement with Tern Labs is required",
        "a paid licence is required",
        "Tern Labs may grant you a licence in its sole discretion",
    ],
)
def test_a_further_license_past_a_size_is_a_caps_consequence(consequence: str) -> None:
    terms = _terms(f"If your product exceeds 5 million monthly active users, {consequence}.")
    assert terms["mau_threshold"] == 5_000_000
    assert terms["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    "sentence",
    [
        "If your own revenue, not counting that of any affiliate, exceeds $5 million a year, "
        "you must obtain a commercial licence.",
        "If your revenue exceeds $5 million a year you must obtain a commercial licence; the "
        "revenue of your affiliates is not counted.",
    ],
)
def test_affiliates_named_only_to_be_left_out_are_not_counted(sentence: str) -> None:
    cap = _terms(sentence)["revenue_threshold"]
    assert isinstance(cap, dict) and cap["amount"] == 5_000_000
    assert "counts" not in cap


def test_affiliates_counted_with_the_licensee_still_are() -> None:
    cap = _terms(
        "If you and your affiliates together earn more than $5 million a year, you must obtain "
        "a commercial licence."
    )["revenue_threshold"]
    assert isinstance(cap, dict) and cap["counts"] == "licensee-and-affiliates"


@pytest.mark.parametrize(
    "duty",
    [
        "you will need to talk to the Tern sales team before going further",
        "you must move to the Tern enterprise plan",
        "you are required to pay Tern a royalty on your sales",
    ],
)
def test_a_cap_whose_consequence_is_unread_is_said(duty: str) -> None:
    terms = _terms(f"If your service exceeds 5 million monthly active users, {duty}.")
    assert terms["mau_threshold"] is None  # the cap's figure is not read as a cap
    assert terms["commercial_use"] == "restricted"
    assert terms["commercial_use_conditions"] == ["separate-license-above-threshold"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If your service exceeds 5 million monthly active users, you must display a credit to "
        "Tern Labs in its about page.",
        "If your service exceeds 5 million monthly active users, you must notify Tern Labs.",
        "Your service may grow past 5 million monthly active users; nothing changes then.",
        "You must not claim that 5 million monthly active users use the weights.",
    ],
)
def test_a_duty_that_is_no_further_license_or_no_duty_is_no_unread_cap(sentence: str) -> None:
    terms = _terms(sentence)
    assert terms["commercial_use"] == "allowed"
    assert terms["commercial_use_conditions"] == []
