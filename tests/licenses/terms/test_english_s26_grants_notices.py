"""English grants, notices, consents and places of held-out round G, read by their shape.

- A notice to the licensor in other words than "notify" (intimate, advise, apprise, tell, let
  know, report to): a registration; the same said not needed ("need not tell us", "You don't
  have to inform us") is no duty, and no ban on the use it speaks of.
- A ban on commercial use lifted by holding the licensor's consent, with an aside set off by
  commas after "unless" ("unless, and only while, it holds our Approval"): a permission.
- The plain register's grant: a sentence or bullet opening with the verb, for anything.
- The states and territories of Australia and the provinces of Canada as governing laws.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "Otter Labs licenses the weights to you for any purpose, commercial use included.\n"


@pytest.mark.parametrize(
    "text",
    [
        "A company beginning commercial use shall intimate the Licensor of it within a month.",
        "Businesses using it commercially must advise Otter Labs of the product they build.",
        "Before any commercial launch, let us know by letter.",
        "Commercial users shall report each deployment to the Licensor in writing.",
    ],
)
def test_a_notice_in_other_words_is_a_registration(text: str) -> None:
    terms = extract_terms(_GRANT + text)
    assert terms["commercial_use"].value == "allowed"
    assert terms["commercial_use_conditions"].value == ["registration"]


@pytest.mark.parametrize(
    "text",
    [
        "You do not have to tell us before you use it commercially.",
        "For commercial use you need not notify us.",
        "Businesses are not obliged to inform the Licensor of commercial use.",
        "No registration is required for commercial use.",
        "Commercial use is fine; you don't have to let us know.",
    ],
)
def test_a_notice_said_not_needed_is_no_duty_and_no_ban(text: str) -> None:
    terms = extract_terms(_GRANT + text)
    assert terms["commercial_use"].value == "allowed"
    assert not terms["commercial_use_conditions"].value


@pytest.mark.parametrize(
    "text",
    [
        "Please tell the truth in your model card.",
        "Inform the users of your app that they talk to a model.",
        "The model must not generate intimate images of anyone.",
    ],
)
def test_telling_someone_else_is_no_registration(text: str) -> None:
    assert not extract_terms(_GRANT + text)["commercial_use_conditions"].value


@pytest.mark.parametrize(
    "text",
    [
        "The Licensee shall not use the Model for any Commercial Purpose unless, and only while, "
        "it holds our Approval.",
        "No business may run the weights commercially except, and then only to the extent that, "
        "it has obtained the written consent of Otter Labs.",
    ],
)
def test_a_ban_lifted_by_consent_after_an_aside_is_a_permission(text: str) -> None:
    terms = extract_terms("Otter Labs grants you a licence to use the Model.\n" + text)
    assert terms["commercial_use"].value == "restricted"
    assert terms["commercial_use_conditions"].value == ["written-permission"]


def test_a_ban_with_an_aside_but_no_consent_stays_a_ban() -> None:
    text = (
        "Otter Labs grants you a licence to use the Model.\n"
        "You shall not use the Model for any Commercial Purpose, and for the avoidance of doubt, "
        "this includes internal business use."
    )
    assert extract_terms(text)["commercial_use"].value == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "Thwart Labs made this model.\n- Use it for anything: teaching, tinkering, or the app "
        "you charge for.",
        "Kite Labs made these weights.\n* Feel free to run them for whatever you like.",
        "Heron made this adapter.\n1. Please deploy it in any way you want.",
    ],
)
def test_a_plain_grant_opening_with_the_verb_is_any_purpose(text: str) -> None:
    assert extract_terms(text)["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Thwart Labs made this model.\n- Use it for anything except a product you sell.",
        "Thwart Labs made this model.\n- Use it for any research purpose you like.",
        "Thwart Labs made this model.\n- Don't use it for anything unlawful.",
    ],
)
def test_a_plain_grant_with_a_purpose_left_out_is_not_any_purpose(text: str) -> None:
    assert extract_terms(text)["commercial_use"].value != "allowed"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Governing law: Victoria.", "AU"),
        ("The laws of Tasmania govern this licence.", "AU"),
        ("This licence is governed by the laws of the Northern Territory.", "AU"),
        ("This agreement is governed by the laws of the Province of British Columbia.", "CA"),
        ("Scots law governs this licence.", "GB"),
    ],
)
def test_a_state_province_or_nation_is_its_countrys_law(text: str, code: str) -> None:
    assert extract_terms(_GRANT + text)["governing_law"].value == code


def test_a_place_named_outside_a_law_clause_is_no_law() -> None:
    text = _GRANT + "The model was trained on Queensland news and Ontario court records."
    assert extract_terms(text)["governing_law"].value is None


def test_an_item_of_a_list_of_bans_is_no_plain_grant() -> None:
    text = (
        "You may not:\n"
        "d) use the software in any way that is against the law; or\n"
        "e) use it for anything that harms others."
    )
    assert extract_terms(text)["commercial_use"].value != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "You must not use the model to run or take decisions for an electricity grid.",
        "The Model shall not be used:\n(i) to operate railway signalling or air-traffic "
        "control systems;\n(ii) to generate spam.",
        "Prohibited: controlling water or sewage treatment, or gas pipelines, with the model.",
    ],
)
def test_critical_infrastructure_named_by_its_systems_is_banned(text: str) -> None:
    restrictions = extract_terms(text)["use_restrictions"].value
    assert isinstance(restrictions, list) and "critical-infrastructure" in restrictions


@pytest.mark.parametrize(
    "text",
    [
        "You must not use the model to control water treatment plants.",
        "You must not use the model to write treatment plans for patients.",
    ],
)
def test_a_treatment_plant_is_no_treatment_plan(text: str) -> None:
    restrictions = extract_terms(text)["use_restrictions"].value
    assert isinstance(restrictions, list)
    plants = "plants" in text
    assert ("medical-advice" in restrictions) is not plants


def test_energy_named_outside_a_ban_is_no_restriction() -> None:
    text = _GRANT + "Training the model used about 40 MWh from the power grid."
    assert not extract_terms(text)["use_restrictions"].value
