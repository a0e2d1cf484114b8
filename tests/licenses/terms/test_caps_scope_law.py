"""Caps in any unit, use scopes, choice of law, and which terms win for a standard license."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import match_from_record
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import TextIdentification
from auditor.model import LicenseFile
from auditor.model.term_words import describe_term

_GRANT = "Nettle Model License\nNettle grants you a license to use and share the model.\n"


@pytest.mark.parametrize(
    ("sentence", "cap"),
    [
        (
            "Products above 40,000 daily active users must purchase a commercial license.",
            {"count": 40_000, "unit": "dau"},
        ),
        (
            "If your service has more than 2M MAU, you need a separate license from Nettle.",
            {"count": 2_000_000, "unit": "mau"},
        ),
        (
            "You may run the model on up to 300 devices.",
            {"count": 300, "unit": "devices"},
        ),
        (
            "Sites with over 50,000 monthly visitors must request a commercial agreement.",
            {"count": 50_000, "unit": "monthly-visits"},
        ),
        (
            "This license is limited to teams of no more than 25 users.",
            {"count": 25, "unit": "users"},
        ),
        (
            "Products reaching seven hundred million (700,000,000) monthly active users must "
            "obtain a license from Nettle.",
            {"count": 700_000_000, "unit": "mau"},
        ),
    ],
)
def test_user_caps_in_any_unit(sentence: str, cap: dict[str, object]) -> None:
    terms = extract_terms(_GRANT + sentence + "\n")
    assert terms["user_threshold"].value == cap
    assert terms["mau_threshold"].value == (cap["count"] if cap["unit"] == "mau" else None)
    assert terms["commercial_use"].value == "restricted"
    assert terms["commercial_use"].evidence  # the cap is quoted


@pytest.mark.parametrize(
    "sentence",
    [
        "Products with more than 1M MAU must show our logo on their start screen.",
        "You must not offer the model to users over 13 without parental consent.",
        "The model was trained on 4,000 devices over two months.",
    ],
)
def test_numbers_that_are_not_caps(sentence: str) -> None:
    terms = extract_terms(_GRANT + sentence + "\n")
    assert terms["user_threshold"].value is None
    assert terms["revenue_threshold"].value is None


@pytest.mark.parametrize(
    ("sentence", "cap", "usd"),
    [
        (
            "Firms earning more than £2 million a year must buy an enterprise licence.",
            {"amount": 2_000_000, "currency": "GBP", "period": "year", "measure": "revenue"},
            None,
        ),
        (
            "If your monthly revenue exceeds $100k, this license no longer applies to you.",
            {"amount": 100_000, "currency": "USD", "period": "month", "measure": "revenue"},
            None,
        ),
        (
            "Companies with gross sales above 5 million US dollars must obtain a license.",
            {"amount": 5_000_000, "currency": "USD", "period": None, "measure": "revenue"},
            5_000_000,
        ),
        (
            "Startups that raised over USD 10 million of venture funding need a paid license.",
            {"amount": 10_000_000, "currency": "USD", "period": None, "measure": "funding"},
            None,
        ),
        (
            "Licensees with annual turnover above RMB 30 million must apply for a commercial "
            "license.",
            {"amount": 30_000_000, "currency": "CNY", "period": "year", "measure": "revenue"},
            None,
        ),
        (
            # a limit word right before the currency sign ("below $5 million")
            "Commercial use is permitted for organizations with annual revenue below $5 million.",
            {"amount": 5_000_000, "currency": "USD", "period": "year", "measure": "revenue"},
            5_000_000,
        ),
        (
            "Free for organizations with less than $1M in annual revenue.",
            {"amount": 1_000_000, "currency": "USD", "period": "year", "measure": "revenue"},
            1_000_000,
        ),
    ],
)
def test_money_caps(sentence: str, cap: dict[str, object], usd: int | None) -> None:
    terms = extract_terms(_GRANT + sentence + "\n")
    assert terms["revenue_threshold"].value == cap
    assert terms["revenue_threshold_usd"].value == usd
    assert terms["commercial_use"].value == "restricted"


@pytest.mark.parametrize(
    ("sentence", "scope", "commercial"),
    [
        ("Use it only in conjunction with the Vireo app.", "with-product-only", "restricted"),
        ("The weights are for your own personal use.", "personal", "prohibited"),
        ("You may use it for evaluation purposes only.", "evaluation", "prohibited"),
        ("Production use of the model is not permitted.", "non-production", "prohibited"),
        ("The model may be used for scientific research only.", "research", "prohibited"),
    ],
)  # fmt: skip
def test_use_scopes(sentence: str, scope: str, commercial: str) -> None:
    terms = extract_terms(_GRANT + sentence + "\n")
    assert scope in terms["use_scope"].value  # type: ignore[operator]
    assert terms["commercial_use"].value == commercial


def test_permission_is_not_a_product_scope() -> None:
    text = _GRANT + "You may sublicense it only with the prior written consent of Nettle.\n"
    assert extract_terms(text)["use_scope"].value == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Outputs may not be used to train any competing AI model.",
        "You shall not use the outputs for the development of other language models.",
        "No generated content may be used to improve third-party models.",
        "Licensee will refrain from using completions to fine-tune another LLM.",
    ],
)
def test_output_bans_in_any_voice(sentence: str) -> None:
    assert extract_terms(_GRANT + sentence + "\n")["output_use_restriction"].value is True


@pytest.mark.parametrize(
    "sentence",
    [
        "You must ensure that every recipient of the model agrees to Part 2.",
        "The use limits shall apply to any downstream user of a derivative.",
        "Anyone you share the weights with must be bound by this license.",
    ],
)
def test_flow_down_in_any_voice(sentence: str) -> None:
    assert extract_terms(_GRANT + sentence + "\n")["downstream_propagation"].value is True


@pytest.mark.parametrize(
    ("sentences", "law"),
    [
        ("Personal data is governed by laws like the California Consumer Privacy Act.", None),
        ("Deployments are subject to the EU AI Act and similar laws.", None),
        (
            "Your privacy duties are governed by the Texas Data Privacy Act. This License is "
            "governed by the laws of Japan.",
            "JP",
        ),
        ("This agreement shall be governed by Irish law.", "IE"),
    ],
)
def test_governing_law_only_from_a_choice_of_law_clause(sentences: str, law: str | None) -> None:
    assert extract_terms(_GRANT + sentences + "\n")["governing_law"].value == law


def test_describe_new_terms() -> None:
    assert describe_term("user_threshold", {"count": 5000, "unit": "devices"}) == (
        "Above 5,000 devices a separate license is needed."
    )
    sentence = describe_term(
        "revenue_threshold",
        {"amount": 500_000, "currency": "EUR", "period": "month", "measure": "revenue"},
    )
    assert sentence == "Above EUR 500,000 of revenue per month a separate license is needed."
    assert describe_term("use_scope", ["evaluation"]) == "The license covers only: evaluation."


# --- a standard license's record outranks incidental phrases of its text -------------------

_COPYLEFT_TEXT = (
    "Sample Copyleft License\n"
    "Everyone may copy, change and share this program for any purpose.\n"
    "You may not apply this license in a way that discriminates between recipients.\n"
    "Changed versions must be shared under this same license.\n"
)
_ADDED = "You may not use the program for any commercial purpose."


def _model_terms(text: str, differences: tuple[str, ...]) -> dict[str, object]:
    db = load_license_db()
    record = db.get("GPL-3.0-only")
    assert record is not None
    # a stand-in for a GPL copy: no ScanCode key, so the text is not compared with the real
    # GPL sentence by sentence (terms/added_text.py) and identification's differences stand
    match = replace(
        match_from_record(record, method="text-similar", confidence=0.95), scancode=None
    )
    identity = TextIdentification(match=match, differences=differences, title="x")
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    return dict(terms_for_model([(file, identity)], match, db).values)


def test_record_wins_over_an_incidental_phrase() -> None:
    extracted = extract_terms(_COPYLEFT_TEXT)
    assert extracted["use_restrictions"].value == ["discrimination"]  # the phrase alone
    assert extracted["kind"].value == "open-weight-restricted"
    values = _model_terms(_COPYLEFT_TEXT, ())
    assert values["kind"] == "copyleft-oss"
    assert values["use_restrictions"] == []
    assert values["commercial_use"] == "allowed"


def test_an_added_clause_wins_over_the_record() -> None:
    text = _COPYLEFT_TEXT + _ADDED + "\n"
    values = _model_terms(text, (_ADDED,))
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == "non-commercial"
    # a list the added clause touches is read from the text as a whole (the stricter reading)
    assert "commercial-use" in values["use_restrictions"]  # type: ignore[operator]


def test_non_commercial_distribution_is_not_a_use_ban() -> None:
    text = _GRANT + "The second option is open only for noncommercial distribution of copies.\n"
    assert extract_terms(text)["commercial_use"].value == "allowed"
