"""A cap is read whatever its consequence is called: a consent needed, the grant void or not
applying, use barred beyond the figure; and production bans in the passive voice."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "Quill Weights License\nQuill grants you a license to use and modify the weights.\n"


@pytest.mark.parametrize(
    ("sentence", "key", "value"),
    [
        (
            "A company whose yearly income tops 4 million euros needs a written agreement "
            "with Quill first.",
            "revenue_threshold",
            {"amount": 4_000_000, "currency": "EUR", "period": "year", "measure": "revenue"},
        ),
        (
            "Startups that raised over $8M from investors are not covered by this grant.",
            "revenue_threshold",
            {"amount": 8_000_000, "currency": "USD", "period": None, "measure": "funding"},
        ),
        (
            "This license does not apply to firms with annual sales above USD 30 million.",
            "revenue_threshold",
            {"amount": 30_000_000, "currency": "USD", "period": "year", "measure": "revenue"},
        ),
        (
            "Businesses with revenue over $2 million a year may not use the weights without "
            "our approval.",
            "revenue_threshold",
            {"amount": 2_000_000, "currency": "USD", "period": "year", "measure": "revenue"},
        ),
        (
            "Running the weights for more than 75,000 daily users requires prior consent "
            "from Quill.",
            "user_threshold",
            {"count": 75_000, "unit": "dau"},
        ),
        (
            "The grant is void for apps with over 3 million monthly active users.",
            "user_threshold",
            {"count": 3_000_000, "unit": "mau"},
        ),
    ],
)
def test_cap_with_any_consequence(sentence: str, key: str, value: dict[str, object]) -> None:
    terms = extract_terms(_GRANT + "\n" + sentence + "\n")
    assert terms[key].value == value
    assert terms["commercial_use"].value == "restricted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Deploying the weights in any production setting is prohibited.",
        "Use in live production environments is not permitted.",
    ],
)
def test_production_ban_in_the_passive(sentence: str) -> None:
    terms = extract_terms(_GRANT + "\n" + sentence + "\n")
    assert "non-production" in terms["use_scope"].value  # type: ignore[operator]
    assert terms["commercial_use"].value != "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The production of this model card took 3 weeks and cost $40,000.",
        "Our team has 12 users testing the weights every day.",
    ],
)
def test_numbers_without_a_consequence_are_not_caps(sentence: str) -> None:
    terms = extract_terms(_GRANT + "\n" + sentence + "\n")
    assert terms["revenue_threshold"].value is None
    assert terms["user_threshold"].value is None
    assert terms["use_scope"].value == []
