"""A cap stated through the licensor's own words (session 29, held-out round I: an AsciiDoc
licence defining "Active Monthly Audience" and "Ceiling" in a definition list, the cap's
consequence in a third part), a grant said by any verb of handing a right, and terms placed
"together with" a named licence. Texts written for this test; each shape has a twin that must
not read.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.defined_measures import defined_measures
from auditor.licenses.terms.extract import ExtractedTerm, extract_terms
from auditor.licenses.terms.sentences import parse_document
from auditor.licenses.terms.supplement import supplements_license


def terms(text: str) -> dict[str, ExtractedTerm]:
    return extract_terms(text, path="LICENSE.adoc")


GRANT = "We grant you the right to run and adapt the weights for any purpose.\n\n"


@pytest.mark.parametrize(
    ("definitions", "consequence", "count"),
    [
        (  # AsciiDoc definition lists, the bound keyed by "::"
            "Active Monthly Audience:: the number of different people who used a product of "
            "yours running the model at least once in a calendar month.\n\n"
            "Ceiling:: two hundred million (200,000,000).\n",
            "Once the Active Monthly Audience of any one of your products goes above the "
            "Ceiling, the rights above stop for that product until we sign a separate agreement.",
            200_000_000,
        ),
        (  # quoted definitions, the figure in the consequence
            '"Reach" means the total of distinct individuals who interacted with your service '
            "during a month.\n",
            "If your Reach exceeds 50 million, you need a commercial licence from us.",
            50_000_000,
        ),
        (  # "X means" without quotes, a thirty-day window
            "Audience Size means the number of unique end users of your applications over any "
            "thirty days.\n",
            "Where Audience Size is more than 3,000,000 a separate licence is required.",
            3_000_000,
        ),
    ],
)
def test_a_defined_count_of_people_per_month_is_read_as_monthly_users(
    definitions: str, consequence: str, count: int
) -> None:
    read = terms(GRANT + definitions + "\n" + consequence + "\n")
    assert read["mau_threshold"].value == count, read["mau_threshold"]
    assert read["commercial_use"].value == "restricted"


def test_a_defined_count_per_day_is_daily_users() -> None:
    doc = parse_document(
        '"Daily Reach" means the number of unique users of your products on any calendar day.\n'
    )
    assert defined_measures(doc) == {"Daily Reach": "daily active users"}


@pytest.mark.parametrize(
    "text",
    [
        # a count of requests, not of people
        "Monthly Volume:: the number of requests your services send to the model in a calendar "
        "month.\n\nOnce the Monthly Volume goes above 200,000,000 a separate agreement is "
        "needed.\n",
        # people counted with no period: no monthly measure
        '"Headcount" means the number of individuals you employ.\n\nIf your Headcount exceeds '
        "5,000, you need a separate licence.\n",
    ],
)
def test_a_defined_count_of_something_else_is_no_user_cap(text: str) -> None:
    read = terms(GRANT + text)
    assert read["mau_threshold"].value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Heron Ltd hands you, free of charge and worldwide, the right to run, copy and change "
        "the weights, in paid and unpaid settings alike.",
        "This file gives you a non-exclusive licence to copy and share the adapters for any "
        "purpose.",
        "With the download you receive the right to use and adapt the model for any purpose.",
    ],
)
def test_a_right_handed_to_the_reader_by_any_verb_is_a_grant(sentence: str) -> None:
    assert terms(f"Terms\n\n{sentence}\n")["commercial_use"].value == "allowed"


def test_a_right_denied_is_no_grant() -> None:
    read = terms("Terms\n\nThis licence does not give you the right to use the Heron marks.\n")
    assert read["commercial_use"].value is None


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        (
            "Kite-3B is released under the Apache License 2.0 together with the terms on this "
            "page.",
            True,
        ),
        ("The weights are offered under the MIT licence plus the conditions below.", True),
        (
            "The model is licensed under the Apache License 2.0 and the terms in this file replace "
            "it.",
            False,
        ),
        ("Use the Apache License and the terms of your contract.", False),
    ],
)
def test_terms_joined_to_a_named_licence_supplement_it(text: str, adds: bool) -> None:
    assert supplements_license(text) is adds
