"""Shapes found in session 38's held-out round (English, helper en3), each with a twin (the
sentences are ours).

- A verbless grant to a business class ("Free for early-stage companies.") followed by a
  sentence sending everyone else to a commercial licence is a commercial grant to the class,
  bounded by the class's definition; a class not in business, or no such following sentence,
  leaves it unread.
- A cap counting the licensee's own figure, "not that of" its affiliates or group companies,
  counts the licensee alone; one adding "that of" its group companies counts them too.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.caps import cap_scope
from auditor.licenses.terms.extract import extract_terms

_CLASS = (
    "# Quillmoor licence\n\n{grant} {others}\n\nYou may adapt the weights. Keep this notice.\n\n"
    '"Early-stage company" means a licensee whose turnover stayed under US$1,000,000 in each '
    "calendar year.\n"
)
_OTHERS = "All other users need a paid licence from Quillmoor Ltd before any production use."


@pytest.mark.parametrize(
    "grant",
    ["Free for early-stage companies.", "Quillmoor-3B is free to use for early-stage companies."],
)
def test_verbless_grant_to_business_class_is_a_capped_commercial_grant(grant: str) -> None:
    terms = extract_terms(_CLASS.format(grant=grant, others=_OTHERS))
    assert terms["commercial_use"].value == "restricted"
    threshold = terms["revenue_threshold"].value
    assert isinstance(threshold, dict)
    assert threshold["amount"] == 1_000_000


@pytest.mark.parametrize(
    ("grant", "others"),
    [
        ("Free for non-commercial teams.", _OTHERS),  # a class not in business
        ("Free only for early-stage companies.", _OTHERS),  # a narrowing word left unread
        ("Free for early-stage companies.", "Keep a copy of this file with the weights."),
    ],
)
def test_verbless_grant_twins_are_not_read_as_commercial_grants(grant: str, others: str) -> None:
    terms = extract_terms(_CLASS.format(grant=grant, others=others))
    assert terms["commercial_use"].value not in ("allowed", "restricted") or (
        terms["revenue_threshold"].value is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "This licence ends for a licensee whose own turnover (not that of any affiliate) is"
        " above GBP 4,000,000 in a year.",
        "A licensee whose users, not those of its group companies, exceed 2 million a month"
        " needs another licence.",
    ],
)
def test_cap_naming_affiliates_only_to_leave_them_out_counts_the_licensee(text: str) -> None:
    assert "counts" not in cap_scope(text)


@pytest.mark.parametrize(
    "text",
    [
        "This licence ends for a licensee whose turnover, with that of its affiliates, is above"
        " GBP 4,000,000 in a year.",
        "A licensee whose users, and those of its group companies, exceed 2 million a month"
        " needs another licence.",
    ],
)
def test_cap_adding_affiliates_counts_them(text: str) -> None:
    assert cap_scope(text).get("counts") == "licensee-and-affiliates"
