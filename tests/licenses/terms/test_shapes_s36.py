"""Shapes read from the misses of rounds P and Q, each beside a twin in the other direction.
Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile


def _scope(body: str) -> list[str]:
    value = extract_terms(f"Kestrel Model Licence\n\n{body}\n")["use_scope"].value
    return [str(word) for word in value] if isinstance(value, list) else []


def _model_terms(files: dict[str, str]) -> dict[str, object]:
    pairs = []
    for path, text in files.items():
        file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)
        pairs.append((file, identify_text(text)))
    terms = terms_for_model(pairs, pairs[0][1].match, load_license_db())
    return dict(terms.values)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Research" means the study, testing and evaluation of the Model by any person or '
        "organisation.",
        "Evaluation by any natural or legal person is covered by this grant.",
        "Research includes a company's own in-house evaluation team assessing the Model.",
    ],
)
def test_research_said_to_be_anyones_is_research_by_anyone(sentence: str) -> None:
    assert "research-by-anyone" in _scope(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Research by any person other than an enrolled student is not licensed.",
        "Non-commercial research by any organisation is welcome.",
        "Research by any non-profit organisation is licensed.",
    ],
)
def test_twin_research_kept_to_a_class_is_not_anyones(sentence: str) -> None:
    assert "research-by-anyone" not in _scope(sentence)


_LICENCE = (
    "Kestrel-R Research Licence\n\n1. You may use and modify the Model for Research only, as "
    "defined in MEANINGS.md. Any other use needs a commercial licence from us.\n"
)
_WIDE = (
    '"Research" means testing and evaluation of the Model by any person or organisation, '
    "including a company's own evaluation team.\n"
)


def test_a_definitions_file_the_licence_takes_in_widens_its_research() -> None:
    terms = _model_terms({"LICENSE.txt": _LICENCE, "MEANINGS.md": _WIDE})
    assert "research-by-anyone" in _words(terms["use_scope"])


def test_twin_a_definitions_file_the_licence_does_not_name_widens_nothing() -> None:
    licence = _LICENCE.replace(", as defined in MEANINGS.md", "")
    terms = _model_terms({"LICENSE.txt": licence, "MEANINGS.md": _WIDE})
    assert "research-by-anyone" not in _words(terms["use_scope"])


def _value(body: str, key: str) -> object:
    return extract_terms(f"Kestrel Model Licence\n\n{body}\n")[key].value


def test_a_cap_in_compound_words_is_read_whole() -> None:
    body = (
        "1. You may use the model commercially.\n\n2. The grant in clause 1 is limited to "
        "products with no more than two million two hundred and fifty thousand monthly active "
        "users; beyond that you need a commercial licence."
    )
    assert _value(body, "mau_threshold") == 2_250_000


def test_twin_a_cap_in_simple_words_keeps_its_multiplier() -> None:
    body = (
        "1. You may use the model commercially.\n\n2. The grant in clause 1 is limited to "
        "products with no more than two million monthly active users; beyond that you need a "
        "commercial licence."
    )
    assert _value(body, "mau_threshold") == 2_000_000


def test_use_inside_the_organisations_own_business_said_not_commercial() -> None:
    body = (
        "1. You may use the model for non-commercial purposes only.\n\n2. Despite clause 1, a "
        "firm's use of the Model solely within its own organisation, by its own employees, is "
        "not commercial use."
    )
    assert "internal-use-by-anyone" in _words(_value(body, "use_scope"))


def test_twin_use_inside_the_organisation_said_commercial_widens_nothing() -> None:
    body = (
        "1. You may use the model for non-commercial purposes only.\n\n2. A firm's use of the "
        "Model solely within its own organisation is commercial use."
    )
    assert "internal-use-by-anyone" not in _words(_value(body, "use_scope"))


def _words(value: object) -> list[str]:
    return [str(word) for word in value] if isinstance(value, list) else []


def test_a_grant_for_money_or_otherwise_allows_commercial_use() -> None:
    body = "2. You may run, copy and host the weights for money or otherwise, everywhere."
    assert _value(body, "commercial_use") == "allowed"


def test_twin_money_or_otherwise_denied_allows_nothing() -> None:
    body = "2. You may study the weights, but not for money or otherwise."
    assert _value(body, "commercial_use") != "allowed"


def test_a_ban_pointing_to_a_carve_out_elsewhere_still_bans() -> None:
    body = (
        "2. You must not give copies of the weights to anyone outside your organisation, except "
        "as EDGE-RIDER.md allows."
    )
    assert "no-weight-redistribution" in _words(_value(body, "use_scope"))


def test_twin_a_ban_lifted_on_a_condition_bans_nothing() -> None:
    body = "2. You must not give copies of the weights to others except with this notice."
    assert "no-weight-redistribution" not in _words(_value(body, "use_scope"))


def test_a_rider_that_does_not_stop_in_app_shipping_is_the_carve_out() -> None:
    body = (
        "Clause 2 does not prevent you from installing the weights, compiled inside your own "
        "application, on end-user vehicles that you sell."
    )
    assert "on-device-shipping" in _words(_value(body, "use_scope"))


def test_twin_a_rider_that_stops_in_app_shipping_is_no_carve_out() -> None:
    body = "Clause 2 stops you installing the weights inside your application on end-user phones."
    assert "on-device-shipping" not in _words(_value(body, "use_scope"))


def test_research_only_with_a_capital_confines_use_to_research() -> None:
    assert "research" in _words(_value("1. You may use the Model for Research only.", "use_scope"))


def test_twin_research_among_other_uses_confines_nothing() -> None:
    body = "1. You may use the Model for Research and for your products."
    assert "research" not in _words(_value(body, "use_scope"))


def test_research_whoever_carries_it_out_said_first_is_anyones() -> None:
    body = (
        '"Permitted Use" means teaching and, whoever carries it out (a company included), '
        "research on the Model itself."
    )
    assert "research-by-anyone" in _words(_value(body, "use_scope"))


def test_twin_academic_research_whoever_funds_it_is_not_anyones() -> None:
    body = '"Permitted Use" means, whoever carries it out, academic research only.'
    assert "research-by-anyone" not in _words(_value(body, "use_scope"))


_RIDER_LICENCE = (
    "Orrin Model Licence\n\n1. You may use the weights for any purpose, commercial uses "
    "included.\n\n2. You must not give copies of the weights to anyone outside your "
    "organisation, except as EDGE-RIDER.md allows. EDGE-RIDER.md forms part of this licence.\n"
)
_RIDER = (
    "Rider (devices)\n\nClause 2 does not stop you shipping the weights packaged inside your own "
    "app to end-user phones.\n"
)


def test_a_rider_the_licence_takes_in_lifts_its_ban_for_on_device_shipping() -> None:
    scope = _model_terms({"LICENSE": _RIDER_LICENCE, "EDGE-RIDER.md": _RIDER})["use_scope"]
    assert {"no-weight-redistribution", "on-device-shipping"} <= set(_words(scope))


def test_twin_a_rider_the_licence_does_not_name_lifts_nothing() -> None:
    licence = _RIDER_LICENCE.replace(", except as EDGE-RIDER.md allows", "").replace(
        " EDGE-RIDER.md forms part of this licence.", ""
    )
    scope = _model_terms({"LICENSE": licence, "EDGE-RIDER.md": _RIDER})["use_scope"]
    assert "on-device-shipping" not in _words(scope)


@pytest.mark.parametrize(
    "name",
    ["SCHEDULE-1.md", "Annex_B.txt", "ANNEXURE-II.md", "ADDENDUM_A.txt", "RIDER-edge.txt",
     "amendment-no2.md", "Attachment-A.md"],
)  # fmt: skip
def test_the_parts_a_licence_takes_in_by_label_are_licence_documents(name: str) -> None:
    from auditor.sources.base import is_license_like

    assert is_license_like(name)


@pytest.mark.parametrize("name", ["appendix.md", "scheduler.py", "ridership.csv", "annexes"])
def test_twin_other_files_are_not(name: str) -> None:
    from auditor.sources.base import is_license_like

    assert not is_license_like(name)


def test_a_schedule_the_grant_is_made_subject_to_is_part_of_the_licence() -> None:
    from auditor.licenses.terms.disagree import incorporates

    licence = (
        "2. You may run and host the Model for money or otherwise, subject only to Schedule 1."
    )
    schedule = "# Schedule 1 to the Licence: usage limits\n\n| 2 | MAU | Up to 2,000,000 |\n"
    assert incorporates(licence, "SCHEDULE-1.md", schedule)
    assert not incorporates("2. You may run and host the Model.", "SCHEDULE-1.md", schedule)


def test_a_revenue_cap_per_quarter_is_read_with_its_period() -> None:
    body = (
        "1. You may use the model in your business.\n\n2. This licence is available only while "
        "your gross revenue does not exceed US$ 1,000,000 in any fiscal quarter. If it does in "
        "any quarter, the licence ends unless you sign a commercial agreement."
    )
    cap = _value(body, "revenue_threshold")
    assert isinstance(cap, dict) and cap["period"] == "quarter"
    assert _value(body, "revenue_threshold_usd") is None  # no yearly figure to compare
    assert _value(body, "commercial_use_conditions") == ["separate-license-above-threshold"]


def test_twin_a_yearly_cap_keeps_its_yearly_figure() -> None:
    body = (
        "1. You may use the model in your business.\n\n2. This licence is available only while "
        "your gross revenue does not exceed US$ 4,000,000 in any fiscal year."
    )
    assert _value(body, "revenue_threshold_usd") == 4_000_000


@pytest.mark.parametrize(
    ("revenue", "blocked", "unchecked"),
    [(900_000, False, False), (2_000_000, False, True), (4_500_000, True, False)],
)
def test_a_quarterly_cap_is_judged_against_a_years_revenue_by_its_band(
    revenue: int, blocked: bool, unchecked: bool
) -> None:
    from auditor.policy.cap_facts import converted
    from tests.policy.test_presets import apache_saas, run

    cap = {"amount": 1_000_000, "currency": "USD", "period": "quarter", "measure": "revenue"}
    facts = apache_saas(terms__revenue_threshold=cap, deployment__annual_revenue_usd=revenue)
    facts |= converted(cap)
    facts["terms.revenue_threshold.amount"] = 1_000_000
    facts["terms.revenue_threshold.currency"] = "USD"
    facts["terms.revenue_threshold.period"] = "quarter"
    facts["terms.revenue_threshold.measure"] = "revenue"
    outcomes = run("default", facts)
    assert ("revenue-above-threshold-converted" in outcomes) is blocked
    assert ("revenue-cap-unchecked" in outcomes) is unchecked


def test_a_licensor_permitting_commercial_exploitation_allows_commercial_use() -> None:
    body = "1. Merlin AI S.r.l. permits use, adaptation and commercial exploitation of the weights."
    assert _value(body, "commercial_use") == "allowed"


def test_twin_a_licensor_not_permitting_it_allows_nothing() -> None:
    body = "1. Merlin AI permits use and adaptation, but not commercial exploitation, of them."
    assert _value(body, "commercial_use") != "allowed"


_MIT = (
    "MIT License\n\nCopyright (c) 2026 Merlin\n\nPermission is hereby granted, free of charge, "
    "to any person obtaining a copy of this software, to deal in the Software without "
    "restriction.\n"
)


def _findings(files: dict[str, str]) -> list[str]:
    pairs = []
    for path, text in files.items():
        file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)
        pairs.append((file, identify_text(text)))
    terms = terms_for_model(pairs, pairs[0][1].match, load_license_db())
    return [f.rule for f in terms.findings]


def test_a_weights_licence_giving_the_license_file_to_the_code_is_no_disagreement() -> None:
    weights = (
        "Merlin Weights Licence\n\nThe MIT licence in LICENSE covers the source code of this "
        "repository only.\n\n1. You may use the weights for non-commercial purposes only.\n"
    )
    assert "license-files-disagree" not in _findings({"LICENSE": _MIT, "LICENSE-W": weights})


def test_twin_a_weights_licence_saying_nothing_of_the_code_disagrees() -> None:
    weights = (
        "Merlin Weights Licence\n\n1. You may use the weights for non-commercial purposes only.\n"
    )
    assert "license-files-disagree" in _findings({"LICENSE": _MIT, "LICENSE-W": weights})


_TERMS = (
    "Merlin Open Weights Terms\n\n1. You may use, modify and offer services on these weights, "
    "commercially or not.\n"
)


def test_a_note_pointing_to_the_licence_file_is_no_unread_document() -> None:
    note = "Licensing: the weights carry their own terms in `weights/TERMS.txt`.\n"
    found = _findings({"weights/TERMS.txt": _TERMS, "LICENSING-NOTE.md": note})
    assert "license-document-unread" not in found


def test_twin_a_short_note_with_a_term_of_its_own_stays_unread() -> None:
    note = "Licensing: see `weights/TERMS.txt`; you may not sell the weights in Ruritania.\n"
    found = _findings({"weights/TERMS.txt": _TERMS, "LICENSING-NOTE.md": note})
    assert "license-document-unread" in found


@pytest.mark.parametrize(
    ("faq", "use"),
    [
        ("**Can I use it in my company's product?**\nYes! No fee, even if you charge.", "allowed"),
        ("**Can we build it into something we sell?** Sure, go ahead.", "allowed"),
        ("**Am I allowed to use it commercially?** Yes.", "allowed"),
    ],
)
def test_a_question_asking_leave_answered_yes_is_the_permission(faq: str, use: str) -> None:
    assert _value(faq, "commercial_use") == use


@pytest.mark.parametrize(
    "faq",
    [
        "**Can I sell products built on it?** No.",
        "**Can we build it into something we sell?** Nope, not under this licence.",
        "**Is it OK to use it commercially?** Never.",
    ],
)
def test_twin_the_same_question_answered_no_grants_nothing(faq: str) -> None:
    assert _value(faq, "commercial_use") != "allowed"


def test_a_cap_said_as_staying_under_monthly_users_is_read() -> None:
    body = (
        "You may use it commercially.\n\nYour app needs to stay under 250k monthly users. Once "
        "you go past that, you'll need a paid plan with us."
    )
    assert _value(body, "mau_threshold") == 250_000


def test_twin_monthly_downloads_are_no_user_cap() -> None:
    body = "You may use it commercially.\n\nThe model had 250k monthly downloads last year."
    assert _value(body, "mau_threshold") is None


_BANDS = "| Monthly active users | Licence applies? |\n|---|---|\n| up to 5 million | Yes |\n"


def test_bands_that_all_keep_the_grant_bound_nothing() -> None:
    table = _BANDS + "| above 5 million | Yes |\n"
    body = f"You may use the model for any purpose, commercial ones included.\n\n{table}"
    assert _value(body, "mau_threshold") is None
    assert _value(body, "commercial_use") == "allowed"


def test_twin_a_band_answering_no_is_the_cap() -> None:
    table = _BANDS + "| above 5 million | No; a paid licence is needed |\n"
    body = f"You may use the model for any purpose, commercial ones included.\n\n{table}"
    assert _value(body, "mau_threshold") == 5_000_000


def _with_card(licence: str, card: str) -> tuple[dict[str, object], list[str]]:
    from auditor.model.evidence import CARD_DOCUMENT_ORIGIN

    pairs = []
    for path, text, origin in (
        ("LICENSE", licence, "LICENSE"),
        ("README.md#license", card, CARD_DOCUMENT_ORIGIN),
    ):
        file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=origin)
        pairs.append((file, identify_text(text)))
    terms = terms_for_model(pairs, pairs[0][1].match, load_license_db())
    return dict(terms.values), [f.rule for f in terms.findings]


_NC = (
    "Wrenfold Non-Commercial Licence\n\nWrenfold Ltd permits you to use and modify the model "
    "for non-commercial purposes. Commercial use requires a separate written licence."
)
_CARD_NOTE = (
    "## Licence\n\nA firm running the model only on its own servers for its own employees is "
    "making non-commercial use."
)


def test_a_card_the_licence_takes_in_widens_it_with_its_clarification() -> None:
    licence = f"{_NC} Clarifications it publishes in the model card form part of this licence.\n"
    values, rules = _with_card(licence, _CARD_NOTE)
    assert "internal-use-by-anyone" in _words(values["use_scope"])
    assert "license-files-disagree" not in rules


def test_twin_a_card_the_licence_does_not_take_in_widens_nothing() -> None:
    licence = f"{_NC} The model card is not part of this licence.\n"
    values, _ = _with_card(licence, _CARD_NOTE)
    assert "internal-use-by-anyone" not in _words(values["use_scope"])


def test_a_licence_version_only_is_no_confinement_to_a_product() -> None:
    body = (
        "The weights are released under the GNU General Public License, version 3 only, "
        "together with the Classpath linking exception."
    )
    assert "with-product-only" not in _words(_value(body, "use_scope"))


def test_twin_use_only_together_with_a_named_product_is_confined() -> None:
    body = "The weights may be used only together with the Fernwick Studio runtime."
    assert "with-product-only" in _words(_value(body, "use_scope"))
