"""English caps of held-out round G, read by their shape rather than their sentence.

- A figure gone past by any verb of exceeding ("surpass", "go/gone past", "climb above",
  "cross", "top", "pass"): the comparison of a cap whose unit comes first (shared fragment
  `exceeding_verb`).
- A cap whose measure is a defined term ("If MAU surpass N"): whom it counts comes from that
  term's definition and the sentence going on with it (affiliates added, or left out).
- A bound stated by its amount in a definition or a keyed row ('"Revenue Limit" means ...',
  "User cap: 2,000,000 ...") and compared with a figure by its name elsewhere ("goes over the
  Revenue Limit", "Beyond the cap: ..."): read with the amount in its place.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "Otter Labs licenses the weights to you for any purpose, commercial use included.\n"


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        (
            "Should your monthly active users surpass 3,000,000, you must obtain a separate "
            "licence from Otter Labs.",
            3_000_000,
            "mau",
        ),
        (
            "Once the users active in any calendar month of your service have gone past "
            "4 million, this licence ends.",
            4_000_000,
            "mau",
        ),
        (
            "When the daily active users of your app climb above 150,000, a commercial "
            "agreement with us is required.",
            150_000,
            "dau",
        ),
        (
            "A service whose MAU crosses 900,000 needs its own commercial licence from us.",
            900_000,
            "mau",
        ),
    ],
)
def test_a_figure_gone_past_by_any_verb_is_a_cap(text: str, count: int, unit: str) -> None:
    terms = extract_terms(_GRANT + text)
    assert terms["user_threshold"].value == {"count": count, "unit": unit}
    assert terms["commercial_use_conditions"].value == ["separate-license-above-threshold"]


def test_revenue_that_crosses_an_amount_is_a_cap() -> None:
    text = _GRANT + "If your annual revenue crosses USD 20 million, the grant lapses."
    value = extract_terms(text)["revenue_threshold"].value
    assert isinstance(value, dict) and value["amount"] == 20_000_000


@pytest.mark.parametrize(
    "text",
    [
        "If you pass the model on to 3 friends, include this licence.",
        "Our monthly active users passed 2 million last spring, thanks to you.",
        "Copies may cross 40 borders; keep this notice with each.",
    ],
)
def test_a_verb_of_passing_with_no_cap_is_none(text: str) -> None:
    terms = extract_terms(_GRANT + text)
    assert terms["user_threshold"].value is None
    assert terms["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        '1. "MAU" means the number of people who used, in a month, any service of the Licensee '
        "and its Affiliates combined that runs the Model.\n"
        "2. If MAU surpass 50,000,000, the Licensee must ask Otter Labs for a separate licence.",
        '(a) "Monthly Active Users" means the people using a product built with the Model in a '
        "calendar month. Users of your Affiliates' products are included in the count.\n"
        "(b) If Monthly Active Users exceed 8 million, this licence ends.",
    ],
)
def test_a_cap_counts_whom_its_defined_measure_counts(text: str) -> None:
    value = extract_terms(_GRANT + text)["user_threshold"].value
    assert isinstance(value, dict) and value.get("counts") == "licensee-and-affiliates"


def test_a_revenue_cap_counts_whom_its_defined_revenue_counts() -> None:
    text = (
        _GRANT + '"Annual Revenue" means the gross revenue of you and your Affiliates, taken '
        "together, for the last fiscal year.\nIf your Annual Revenue exceeds US$10 million, you "
        "must obtain an enterprise licence."
    )
    value = extract_terms(text)["revenue_threshold"].value
    assert isinstance(value, dict) and value.get("counts") == "licensee-and-affiliates"


@pytest.mark.parametrize(
    "definition",
    [
        '"Monthly Active Users" means the people using your product in a calendar month, not '
        "counting the users of any Affiliate.",
        '"Monthly Active Users" means the people using your product in a calendar month.',
    ],
)
def test_a_definition_leaving_affiliates_out_or_silent_adds_none(definition: str) -> None:
    text = _GRANT + definition + "\nIf Monthly Active Users exceed 8 million, this licence ends."
    value = extract_terms(text)["user_threshold"].value
    assert isinstance(value, dict) and value["count"] == 8_000_000
    assert "counts" not in value


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        (
            '2.3 "Revenue Limit" means fifteen million euros (EUR 15,000,000).\n'
            "5.1 A licensee whose turnover goes over the Revenue Limit needs a separate "
            "commercial licence.",
            15_000_000,
            "EUR",
        ),
        (
            "Turnover Threshold means £25 million.\n"
            "If the Licensee's turnover is more than the Turnover Threshold, clause 1 does not "
            "apply to it.",
            25_000_000,
            "GBP",
        ),
        (
            "| Item | Term |\n|---|---|\n| Revenue maximum | USD 5 million in yearly revenue |\n"
            "| Past the maximum | You must sign a separate agreement with Otter Labs. |",
            5_000_000,
            "USD",
        ),
    ],
)
def test_a_bound_defined_by_its_amount_is_read_where_it_is_compared(
    text: str, amount: int, currency: str
) -> None:
    terms = extract_terms(_GRANT + text)
    value = terms["revenue_threshold"].value
    assert isinstance(value, dict)
    assert (value["amount"], value["currency"]) == (amount, currency)
    assert terms["commercial_use_conditions"].value == ["separate-license-above-threshold"]


def test_a_keyed_user_bound_is_read_where_it_is_compared() -> None:
    text = (
        _GRANT + "User cap: 2,000,000 monthly active users.\n"
        "Beyond the cap: a separate licence from us is required."
    )
    assert extract_terms(text)["user_threshold"].value == {"count": 2_000_000, "unit": "mau"}


@pytest.mark.parametrize(
    "text",
    [
        # a bound with no figure, and a bound on damages: no cap on the licensee's size
        '"Threshold" means the point at which the model declines a prompt. Prompts above the '
        "Threshold are logged.",
        '"Liability Cap" means USD 100. In no event shall damages exceed the Liability Cap.',
    ],
)
def test_a_bound_that_is_no_size_of_the_licensee_is_no_cap(text: str) -> None:
    terms = extract_terms(_GRANT + text)
    assert terms["revenue_threshold"].value is None
    assert terms["user_threshold"].value is None
    assert terms["commercial_use"].value == "allowed"
