"""English shapes read in session 33, each beside a twin that must not read the same way: a
figure a clause points to in another numbered clause (clause_refs.py), a class bounded from
above granted the commercial use the licence withholds (class_grants.py), the licensees of a
cap named back in the singular ("Such a person") or as "any other commercial use", a cap said
without a comma before its consequence, amounts grouped by spaces. Texts written for these
tests.
"""

from __future__ import annotations

from auditor.licenses.terms.extract import ExtractedTerm, extract_terms
from auditor.licenses.terms.split_caps import figures


def terms(text: str) -> dict[str, ExtractedTerm]:
    return extract_terms(text, path="LICENSE")


TERMS_FILE = """Wharenui Model Terms

M1.
"Monthly Active Users" counts the people who used your products in a calendar month.
M2.
The figure for these Terms is two million five hundred thousand (2,500,000).
M3.
If your Monthly Active Users are more than the M2 figure, the grant stops applying to you
and you need a separate written licence from us.
"""


def test_a_cap_whose_figure_is_stated_in_another_numbered_clause() -> None:
    found = terms(TERMS_FILE)
    assert found["user_threshold"].value == {"count": 2_500_000, "unit": "mau"}
    assert found["commercial_use"].value == "restricted"


def test_a_pointer_to_a_clause_of_another_document_or_stating_two_figures_reads_no_cap() -> None:
    other_document = TERMS_FILE.replace("the M2 figure", "the figure in clause 2 of LICENSE")
    assert terms(other_document)["user_threshold"].value is None
    two_figures = TERMS_FILE.replace(
        "two million five hundred thousand (2,500,000).", "2,500,000 or, for charities, 9,000,000."
    )
    assert terms(two_figures)["user_threshold"].value is None


CLASS_GRANT = """TOTARA MODEL LICENCE

1. DEFINITIONS
1.1 "Small Business" means a licensee whose own annual turnover is below the amount in item 1
    of Schedule 1.

2. LICENCE
2.1 We grant you a licence to use, copy and modify the Model for any purpose other than
    commercial use.
2.2 Notwithstanding 2.1, a Small Business may make commercial use of the Model.

SCHEDULE 1 - AMOUNTS
Item 1: EUR 40 000 000 (forty million euros) per financial year.
"""


def test_a_class_bounded_from_above_granted_commercial_use_is_a_revenue_cap() -> None:
    found = terms(CLASS_GRANT)
    assert found["commercial_use"].value == "restricted"
    assert found["revenue_threshold"].value == {
        "amount": 40_000_000,
        "currency": "EUR",
        "period": "year",
        "measure": "revenue",
    }


def test_a_class_bounded_from_below_or_denied_commercial_use_lifts_no_carve_out() -> None:
    from_below = CLASS_GRANT.replace("is below the amount", "is above the amount")
    assert terms(from_below)["commercial_use"].value == "prohibited"
    denied = CLASS_GRANT.replace("may make commercial use", "may not make commercial use")
    assert terms(denied)["commercial_use"].value == "prohibited"


def test_the_licensees_past_a_cap_named_back_ask_only_past_it() -> None:
    singular = (
        "SCHEDULE A\n\nA.1 Clause 2 does not apply to any person whose gross revenue in its "
        "last fiscal year exceeded USD 20,000,000. Such a person needs a commercial agreement "
        "with us before using the weights.\n"
    )
    assert terms(singular)["commercial_use_conditions"].value == [
        "separate-license-above-threshold"
    ]
    other_use = (
        "1. Anyone may use the weights for non-commercial purposes.\n2. Small Firms may also "
        "use the weights commercially.\n3. Any other commercial use requires an enterprise "
        'licence from us.\n\n"Small Firm" means a business whose revenue for its last '
        "financial year did not exceed US$3,000,000.\n"
    )
    found = terms(other_use)
    assert found["commercial_use_conditions"].value == ["separate-license-above-threshold"]
    assert found["revenue_threshold_usd"].value == 3_000_000


def test_a_cap_said_without_a_comma_before_its_consequence() -> None:
    text = (
        "We grant you a free licence to use the weights in your products, provided that no "
        "product has more than 40,000 daily active users. Above that figure you need a "
        "separate licence from us.\n"
    )
    assert terms(text)["user_threshold"].value == {"count": 40_000, "unit": "dau"}
    twin = text.replace("you need a separate licence from us", "you may go on at no cost")
    assert terms(twin)["user_threshold"].value is None


def test_amounts_grouped_by_spaces() -> None:
    text = "Licensees whose annual turnover exceeds R750 000 000 need a separate licence."
    assert terms(text)["revenue_threshold"].value == {
        "amount": 750_000_000,
        "currency": "ZAR",
        "period": "year",
        "measure": "revenue",
    }
    decimals = "Licensees whose annual revenue exceeds EUR 2 000 000,00 need a separate licence."
    assert terms(decimals)["revenue_threshold_usd"].value is None  # euros, not dollars
    assert terms(decimals)["revenue_threshold"].value["amount"] == 2_000_000  # type: ignore[index]
    # a currency code is written in capitals: "and 12 000" is a figure, not 12 000 "AND"
    assert figures("in 2024 and 12 000 users") == ["2024", "12 000"]


def test_a_file_the_licence_makes_part_of_itself_is_no_disagreement() -> None:
    from auditor.licenses.terms.disagree import incorporates

    licence = (
        "1. You may use the weights for any purpose, on the terms below and on the Model Terms "
        "kept in MODEL_TERMS.txt, which are part of this licence as if written out here.\n"
    )
    assert incorporates(licence, "MODEL_TERMS.txt")
    assert incorporates(licence, "docs/MODEL_TERMS.txt")
    replaced = licence.replace("which are part of", "which replace")
    assert not incorporates(replaced, "MODEL_TERMS.txt")
    named_only = "The changelog is kept in MODEL_TERMS.txt.\n"
    assert not incorporates(named_only, "MODEL_TERMS.txt")
    assert not incorporates(licence, "NOTICE")  # not named at all
