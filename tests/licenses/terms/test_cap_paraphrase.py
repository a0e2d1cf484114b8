"""Caps in other words, written for these tests (not from any license): revenue or funding in
any currency and period, and users, visits or devices, each with what happens beyond it.

Every sentence must come out as a typed cap with its number, unit, currency and period, quoted,
and commercial use must not read as allowed. NEGATIVES state numbers or no limit and must not.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_HEAD = (
    "Quill Model License\n\n1. Grant. You may use, copy, modify and distribute the Model for any "
    "purpose.\n\n2. "
)

REVENUE: tuple[tuple[str, dict[str, object]], ...] = (
    (
        "Organisations with gross receipts above EUR 2 million in a fiscal year must purchase "
        "an enterprise licence.",
        {"amount": 2_000_000, "currency": "EUR", "period": "year", "measure": "revenue"},
    ),
    (
        "This license is void for any company whose annual sales exceed $50 million.",
        {"amount": 50_000_000, "currency": "USD", "period": "year", "measure": "revenue"},
    ),
    (
        "If you generate more than $100,000 in monthly revenue from products using the Model, "
        "contact us for a commercial license.",
        {"amount": 100_000, "currency": "USD", "period": "month", "measure": "revenue"},
    ),
    (
        "Startups that have received over $10 million in venture capital need a commercial "
        "agreement to use the Model.",
        {"amount": 10_000_000, "currency": "USD", "period": None, "measure": "funding"},
    ),
    (
        "Entities with more than 5,000,000 dollars of yearly income may not use the Model "
        "without our written consent.",
        {"amount": 5_000_000, "currency": "USD", "period": "year", "measure": "revenue"},
    ),
    (
        "You may use the Model commercially as long as your total annual revenue does not "
        "exceed 1 million euros.",
        {"amount": 1_000_000, "currency": "EUR", "period": "year", "measure": "revenue"},
    ),
    (
        "Businesses whose revenue exceeds EUR 3 million per year may use the Model "
        "commercially only with a separate paid licence.",
        {"amount": 3_000_000, "currency": "EUR", "period": "year", "measure": "revenue"},
    ),
)

USERS: tuple[tuple[str, dict[str, object]], ...] = (
    (
        "If your application has more than 700 million monthly active users, you must request "
        "a license from us.",
        {"count": 700_000_000, "unit": "mau"},
    ),
    (
        "Products with over 50,000 daily active users require a paid license.",
        {"count": 50_000, "unit": "dau"},
    ),
    (
        "Deployment on more than 500 devices requires a separate license.",
        {"count": 500, "unit": "devices"},
    ),
    (
        "Websites receiving in excess of 1 million visitors per month must obtain a commercial "
        "license.",
        {"count": 1_000_000, "unit": "monthly-visits"},
    ),
    (
        "Use in a service with more than 100 million registered users is not licensed.",
        {"count": 100_000_000, "unit": "users"},
    ),
    (
        "Teams with over 2 million monthly active users should ask Quill for a commercial license.",
        {"count": 2_000_000, "unit": "mau"},
    ),
    (
        "Above 10,000 devices, deployment is permitted only subject to a separate written "
        "agreement.",
        {"count": 10_000, "unit": "devices"},
    ),
    # monthly active users without the words "monthly active"
    (
        "If your product has more than 75,000 users who are active during a given month, you "
        "must obtain a commercial license from Quill.",
        {"count": 75_000, "unit": "mau"},
    ),
    (
        "Deployments with over 2 million active users per calendar month require a separate "
        "license.",
        {"count": 2_000_000, "unit": "mau"},
    ),
    (
        "A service exceeding 10,000 individuals active each month is not licensed under these "
        "terms.",
        {"count": 10_000, "unit": "mau"},
    ),
    # the licensee's headcount
    (
        "Businesses with more than 100 employees need a paid license.",
        {"count": 100, "unit": "employees"},
    ),
    (
        "Companies with over 500 full-time staff must obtain a commercial license.",
        {"count": 500, "unit": "employees"},
    ),
)

NEGATIVES = (
    "You may distribute the Model under a different license of your choice, to any number "
    "of users.",
    "The Model was trained by 20 engineers under a written contract.",
    "You may use the Model on any number of devices.",
    "There is no limit on the revenue you may earn with the Model.",
    "The Model was trained on 2 million documents.",
    "No fee is due, whatever your annual revenue.",
    "The Model was evaluated by 300 users active in a month-long study.",
)


def _terms(sentence: str) -> dict[str, object]:
    terms = extract_terms(_HEAD + sentence + "\n", path="quill.txt")
    return {key: term.value for key, term in terms.items()} | {
        "lines": [e.line for e in terms["revenue_threshold"].evidence]
        + [e.line for e in terms["user_threshold"].evidence]
    }


@pytest.mark.parametrize(("sentence", "cap"), REVENUE)
def test_revenue_and_funding_caps_are_typed(sentence: str, cap: dict[str, object]) -> None:
    terms = _terms(sentence)
    assert terms["revenue_threshold"] == cap
    assert terms["commercial_use"] == "restricted"
    assert terms["lines"] == [5]


@pytest.mark.parametrize(("sentence", "cap"), USERS)
def test_user_caps_are_typed_in_their_unit(sentence: str, cap: dict[str, object]) -> None:
    terms = _terms(sentence)
    assert terms["user_threshold"] == cap
    assert terms["mau_threshold"] == (cap["count"] if cap["unit"] == "mau" else None)
    assert terms["commercial_use"] == "restricted"


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_numbers_without_a_cap_are_no_cap(sentence: str) -> None:
    terms = _terms(sentence)
    assert terms["revenue_threshold"] is None
    assert terms["user_threshold"] is None
    assert terms["commercial_use"] == "allowed"
