"""Session 24 (held-out E2) English shapes, each in wordings of our own: a grant "not made to"
licensees with their seat or residence in a place (for all models, or the vision members of a
family only); a licence ending when the model or its outputs train another model (an output-use
restriction by its consequence); a revenue cap written in words ("twenty million pounds
sterling") or withheld by "not granted to"; a cap past which a product "needs its own" licence;
and lawful twins that must not read as the term."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = (
    "Example Labs Ltd grants you a non-exclusive, royalty-free licence to use, modify and "
    "distribute the Model, commercial products and services included.\n\n"
)


def _terms(clause: str) -> dict[str, object]:
    return {key: term.value for key, term in extract_terms(_GRANT + clause + "\n").items()}


@pytest.mark.parametrize(
    ("clause", "region"),
    [
        (
            "The grant above is not made to any company whose principal place of business is "
            "in Japan, nor to any individual resident in Japan.",
            "JP",
        ),
        ("No grant under this licence is made to organisations headquartered in Brazil.", "BR"),
        ("These rights are not made available to any person resident in India.", "IN"),
        (
            "The licence shall not be made in favour of a company whose principal place of "
            "business is in Canada.",
            "CA",
        ),
    ],
)
def test_grant_not_made_to_licensees_of_a_place(clause: str, region: str) -> None:
    excluded = _terms(clause)["excluded_licensee_domiciles"]
    assert isinstance(excluded, list) and excluded
    assert region in excluded[0]["regions"]


def test_grant_not_made_for_the_vision_members_only() -> None:
    clause = (
        "For the Vision models of the family only, the grant above is not made to a company "
        "whose principal place of business is in an EU member state."
    )
    excluded = _terms(clause)["excluded_licensee_domiciles"]
    assert isinstance(excluded, list) and excluded
    assert excluded[0]["regions"] == ["EU"] and excluded[0]["models"] == "multimodal"


@pytest.mark.parametrize(
    "clause",
    [
        "The grant above is made to any company whose principal place of business is in Japan.",
        "Payments under this licence are not made to companies headquartered in Japan.",
        "No claim is made to the outputs, wherever in Japan you are based.",
    ],
)
def test_twins_exclude_no_licensee(clause: str) -> None:
    assert not _terms(clause)["excluded_licensee_domiciles"]


@pytest.mark.parametrize(
    "clause",
    [
        "Should you use the Model, or anything it generates, to train or improve another "
        "machine-learning model, your licence ends on the day that use begins.",
        "Where you use the Model's weights to improve a rival AI model, all rights granted "
        "to you terminate automatically.",
        "This Agreement is terminated as soon as you use the Model's generations to train a "
        "third-party model.",
        "Your licence will be revoked if you use the Model to build any other language model.",
    ],
)
def test_licence_ending_on_training_another_model(clause: str) -> None:
    assert _terms(clause)["output_use_restriction"] is True


@pytest.mark.parametrize(
    "clause",
    [
        "If you use the Model to train another model, please credit us in your paper.",
        "Your licence ends on the day you file a patent claim against us over the Model.",
        "If you use the outputs to train other models, your licence does not end.",
        "The licence never terminates when you fine-tune the Model on your own data.",
    ],
)
def test_twins_end_nothing_on_training(clause: str) -> None:
    assert not _terms(clause)["output_use_restriction"]


@pytest.mark.parametrize(
    ("clause", "amount", "currency"),
    [
        (
            "This licence does not apply to an organisation whose turnover in its most recent "
            "financial year was more than twenty million pounds sterling.",
            20_000_000,
            "GBP",
        ),
        (
            "An organisation with annual revenue above fifty million dollars needs a separate "
            "commercial licence.",
            50_000_000,
            "USD",
        ),
        (
            "Companies whose yearly turnover exceeds two hundred million euros must obtain a "
            "paid licence from us.",
            200_000_000,
            "EUR",
        ),
        (
            "This licence is not granted to an organisation whose annual turnover was more than "
            "£20 million.",
            20_000_000,
            "GBP",
        ),
    ],
)
def test_revenue_cap_in_words_or_withheld(clause: str, amount: int, currency: str) -> None:
    cap = _terms(clause)["revenue_threshold"]
    assert isinstance(cap, dict)
    assert (cap["amount"], cap["currency"]) == (amount, currency)


@pytest.mark.parametrize(
    "clause",
    [
        "Our company had twenty million pounds sterling of turnover last year, and you may use "
        "the Model whatever yours is.",
        "A licence is granted to you whatever your annual turnover, even above fifty million "
        "dollars.",
    ],
)
def test_twins_state_no_revenue_cap(clause: str) -> None:
    assert not _terms(clause)["revenue_threshold"]


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        (
            "A product or service that reaches one million monthly active users needs its own "
            "commercial licence from Example Labs.",
            1_000_000,
        ),
        (
            "Any deployment with more than 500,000 monthly active users must obtain its own "
            "written licence.",
            500_000,
        ),
        (
            "Products above two million monthly active users require their own separate licence.",
            2_000_000,
        ),
    ],
)
def test_cap_past_which_a_product_needs_its_own_licence(clause: str, count: int) -> None:
    assert _terms(clause)["mau_threshold"] == count


def test_twin_own_name_is_no_cap() -> None:
    clause = "Each product may keep its own name, whatever its monthly active users."
    assert not _terms(clause)["mau_threshold"]
