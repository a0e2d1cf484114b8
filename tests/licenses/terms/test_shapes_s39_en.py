"""Shapes found in session 39's held-out round (English), each with a twin (sentences are ours).

- A further licence "from <the licensor> is required" is a further licence; "no separate licence
  from <the licensor> is required" asks none.
- An FAQ answer stating a condition alone ("Only after we have agreed in writing.", "Not
  without a licence.") is read with the act its question asks leave for; a verbless question
  naming unpaid purposes answered yes ("Teaching and research? Go for it.") grants them.
- "for teaching and study, free of charge": a word of price after a list of unpaid purposes
  adds no purpose; "paid work" is commercial use.
- A cap's consequence naming the licence by a capitalised name ("must obtain a Growth
  Licence from us"); "a licensee with a greater turnover" compares with the figure before it.
- "This licence does not permit any use within <a region>" excludes that region.
- A numbered clause granting commercial purposes itself is no item of a list of bans.
- "Any other commercial use" after a grant to products a definition bounds by a cap alone is
  asked past the cap; a class bounded by more than the cap keeps it asked of everyone.
- A ceiling counted in seats or instances (no cap rule's unit) restricts commercial use with a
  cap left unread.
- "you can use it however you like" grants any use, not "however you like for research".
"""

from __future__ import annotations

from auditor.licenses.terms.extract import extract_terms


def _terms(text: str) -> dict[str, object]:
    return {key: found.value for key, found in extract_terms(text, path="LICENSE").items()}


def _conditions(text: str) -> list[str]:
    value = _terms(text)["commercial_use_conditions"]
    assert isinstance(value, list)
    return [str(v) for v in value]


_GRANT = "1. You may use, copy and modify the weights, commercial use included.\n"


# --- a further licence from a named licensor -------------------------------------------------


def test_further_licence_from_named_licensor_is_required() -> None:
    text = (
        _GRANT
        + "2. For commercial resale, a separate written licence from Pellow Labs Ltd is required.\n"
    )
    assert _terms(text)["commercial_use"] == "restricted"
    assert "separate-license" in _conditions(text)


def test_no_further_licence_from_named_licensor_is_allowed() -> None:
    text = (
        _GRANT + "2. No separate licence from Pellow Labs Ltd is required for commercial resale.\n"
    )
    assert _terms(text)["commercial_use"] == "allowed"
    assert _conditions(text) == []


def test_hosted_service_needing_named_licence_is_model_service() -> None:
    text = (
        _GRANT + "2. Except where you run a Hosted Model Service, in which case an additional "
        "Serving Licence from Pellow Labs Ltd is needed.\n"
    )
    assert "separate-license-for-model-service" in _conditions(text)


# --- FAQ answers ------------------------------------------------------------------------------

_FAQ = "## Questions\n\n**Can we use it in client projects or for paid work?**\n{answer}\n"


def test_faq_answer_only_after_permission_is_a_condition() -> None:
    text = _FAQ.format(answer="Only once Heron Labs has given its written consent.")
    terms = _terms(text)
    assert terms["commercial_use"] == "restricted"
    assert "written-permission" in _conditions(text)


def test_faq_answer_plain_yes_is_a_grant() -> None:
    terms = _terms(_FAQ.format(answer="Yes, of course."))
    assert terms["commercial_use"] == "allowed"


def test_faq_answer_not_without_licence_is_restricted() -> None:
    text = _FAQ.format(answer="Not without a commercial licence from Heron Labs.")
    assert _terms(text)["commercial_use"] in ("restricted", "prohibited")


def test_verbless_purpose_question_answered_yes_grants_those_purposes() -> None:
    text = "- Personal projects, study and research? Go for it.\n- Keep this file with copies.\n"
    terms = _terms(text)
    assert terms["commercial_use"] == "prohibited"
    assert terms["use_scope"] == ["research"]


def test_verbless_purpose_question_answered_no_grants_nothing() -> None:
    text = "- Personal projects, study and research? No.\n- Keep this file with copies.\n"
    assert _terms(text)["use_scope"] == []


def test_price_word_after_unpaid_purposes_adds_no_purpose() -> None:
    text = "You may run the weights for teaching and study, free of charge."
    assert _terms(text)["commercial_use"] == "prohibited"
    twin = "You may run the weights for teaching, study and paid products, free of charge."
    assert _terms(twin)["commercial_use"] != "prohibited"


def test_paid_work_needing_consent_is_a_condition() -> None:
    text = "You may use the weights for paid client work only with our written consent."
    assert _terms(text)["commercial_use"] == "restricted"
    assert "written-permission" in _conditions(text)
    twin = "You may use the weights for paid client work without asking for our consent."
    assert "written-permission" not in _conditions(twin)


# --- caps -------------------------------------------------------------------------------------


def test_cap_consequence_names_the_licence_by_a_capitalised_name() -> None:
    text = (
        _GRANT + "2. A licensee whose products together have more than 2,000,000 monthly "
        "active users must obtain a Growth Licence from Otter Labs.\n"
    )
    assert _terms(text)["mau_threshold"] == 2_000_000
    twin = (
        _GRANT + "2. A licensee whose products together have more than 2,000,000 monthly "
        "active users must obtain the weights from Otter Labs.\n"
    )
    assert _terms(twin)["mau_threshold"] is None


def test_greater_turnover_compares_with_the_figure_before() -> None:
    text = (
        _GRANT + "2. The licensee's turnover must not exceed GBP 5,000,000 a year.\n"
        "3. A licensee with a greater turnover needs a separate commercial licence.\n"
    )
    conditions = _conditions(text)
    assert "separate-license-above-threshold" in conditions
    assert "separate-license" not in conditions
    twin = _GRANT + "2. A licensee of any turnover needs a separate commercial licence.\n"
    assert "separate-license" in _conditions(twin)


def test_other_commercial_use_past_a_defined_cap_class() -> None:
    text = (
        "1. You may use the Model in Small Products, including commercial ones.\n"
        "2. Any other commercial use needs a separate written licence from us.\n"
        '3. A "Small Product" is a product or service that has no more than 50,000 monthly '
        "active users.\n"
    )
    conditions = _conditions(text)
    assert "separate-license-above-threshold" in conditions
    assert "separate-license" not in conditions


def test_other_commercial_use_past_a_narrower_class_keeps_the_licence() -> None:
    text = (
        "1. You may use the Model in Small Apps, including commercial ones.\n"
        "2. Any other commercial use needs a separate written licence from us.\n"
        '3. A "Small App" is a mobile app for Android that has no more than 50,000 monthly '
        "active users.\n"
    )
    assert "separate-license" in _conditions(text)


def test_seat_ceiling_restricts_with_the_cap_unread() -> None:
    text = _GRANT + "2. Use is limited to 40 concurrent seats per organisation.\n"
    terms = _terms(text)
    assert terms["commercial_use"] == "restricted"
    assert terms["commercial_use_conditions"] == ["separate-license-above-threshold"]
    assert terms["user_threshold"] is None
    twin = _GRANT + "2. There is no limit of 40 concurrent seats per organisation.\n"
    assert _terms(twin)["commercial_use"] == "allowed"


# --- territory, list items, plain grants --------------------------------------------------------


def test_licence_not_permitting_use_within_a_region() -> None:
    text = (
        _GRANT + "2. These terms do not permit any use of the weights within the European Union.\n"
    )
    assert "EU" in (_terms(text)["territorial_exclusions"] or [])  # type: ignore[operator]
    twin = _GRANT + "2. These terms do not permit you to remove the notice.\n"
    assert _terms(twin)["territorial_exclusions"] == []


def test_numbered_clause_granting_commercial_purposes_is_no_ban() -> None:
    text = (
        "3. You may copy the weights.\n4. You may use the weights for commercial purposes, "
        "except where the use is a Barred Use, in which case no licence is granted for it.\n"
        "5. Keep this notice.\n"
    )
    assert _terms(text)["commercial_use"] == "allowed"
    twin = "3. You may copy the weights.\n4. You may not use the weights for commercial purposes.\n"
    assert _terms(twin)["commercial_use"] == "prohibited"


def test_however_you_like_is_any_use() -> None:
    assert (
        _terms("you can use wren-7b however you want. tweak it, sell it.")["commercial_use"]
        == "allowed"
    )
    twin = "You can use the weights however you like for your own research."
    assert _terms(twin)["commercial_use"] != "allowed"
