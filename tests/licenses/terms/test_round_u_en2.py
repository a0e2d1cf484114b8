"""Round U (en2): English terms read from unusual places: a footnote defining the grant's
purpose or its "anywhere", a schedule defining an excluded deployment, a card table's "Off
limits" row, a licensor that "lets you" act. Each shape with a paraphrase that reads the same
and a twin differing in one fact that must read differently."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _value(text: str, key: str) -> object:
    return extract_terms(text)[key].value


# --- a grant for purposes pursued without a view to commercial advantage --------------------


@pytest.mark.parametrize(
    "text",
    [
        "You may run and change the weights for study and teaching pursued without any view "
        "to commercial advantage.",
        "The adapters are licensed for scholarship carried on without a view to making a profit.",
        # the purpose named by a footnoted defined term
        "1. You may copy the Model for any Approved Purpose[^2].\n\n"
        '[^2]: "Approved Purpose" means classroom teaching done without monetary gain.',
    ],
)
def test_grant_for_purposes_without_commercial_aim_is_no_commercial_grant(text: str) -> None:
    assert _value(text, "commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "You may use the weights for study, with or without a view to commercial advantage.",
        "1. You may copy the Model for any Approved Purpose[^2].\n\n"
        '[^2]: "Approved Purpose" means any lawful purpose, commercial or not.',
    ],
)
def test_twin_grant_naming_both_kinds_stays_allowed(text: str) -> None:
    assert _value(text, "commercial_use") == "allowed"


# --- an excluded deployment defined in a schedule ------------------------------------------


def _schedule(kind: str) -> str:
    return (
        "3. Grant. Use and sharing for any purpose are permitted, save for an Excluded "
        "Deployment.\n\nSchedule 1 - Definitions\n"
        f'"Excluded Deployment" means {kind}.\n'
    )


def test_schedule_defined_deployment_is_read_by_its_definition() -> None:
    text = _schedule("recognising individuals by their faces or voices")
    assert "biometric-identification" in _value(text, "use_restrictions")  # type: ignore[operator]


def test_twin_schedule_deployment_of_another_field() -> None:
    text = _schedule("recognising individuals by their faces or voices")
    other = _schedule("ranking job applicants for hiring decisions")
    assert "biometric-identification" not in _value(other, "use_restrictions")  # type: ignore[operator]
    assert _value(text, "use_restrictions") != _value(other, "use_restrictions")


# --- "anywhere" glossed as leaving places out ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You may offer services on the weights anywhere.[^1]\n\n"
        '[^1]: "Anywhere" does not include Iran or Cuba.',
        "The licence is worldwide. Worldwide shall not extend to Iran or Cuba.",
    ],
)
def test_anywhere_glossed_leaves_places_out(text: str) -> None:
    regions = [c["regions"] for c in _value(text, "excluded_use_territories")]  # type: ignore[attr-defined]
    assert regions == [["CU", "IR"]]


def test_twin_anywhere_glossed_without_places() -> None:
    text = (
        "You may offer services on the weights anywhere.[^1]\n\n"
        '[^1]: "Anywhere" does not include a place where such services are unlawful.'
    )
    assert _value(text, "excluded_use_territories") == []


# --- a card table's row of off-limits uses, read as "- Label: value" ------------------------


def test_off_limits_label_restricts_its_value() -> None:
    text = "- Commercial use: Allowed\n- Off limits: Tracking individual people's movements\n"
    assert "surveillance" in _value(text, "use_restrictions")  # type: ignore[operator]
    para = "- Commercial use: Allowed\n- Restricted uses: Tracking individual people\n"
    assert "surveillance" in _value(para, "use_restrictions")  # type: ignore[operator]


def test_twin_off_limits_label_saying_none() -> None:
    text = "- Commercial use: Allowed\n- Off limits: none\n"
    assert _value(text, "use_restrictions") == []


# --- the licensor letting the reader act ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brackwater AI lets you run, adapt and host the checkpoint, for profit or not.",
        "Section 1. Fenwick AS permits any Licensee to run the weights and build paid products.",
    ],
)
def test_licensor_letting_you_act_is_a_grant(text: str) -> None:
    assert _value(text, "commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing in this notice lets you host the checkpoint for others.",
        "This page does not allow you to copy the weights.",
    ],
)
def test_twin_negated_letting_grants_nothing(text: str) -> None:
    assert _value(text, "commercial_use") is None
