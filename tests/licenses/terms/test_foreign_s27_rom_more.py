"""Session 27 (round H2), Romance languages and Greek, second step: a Greek cap on daily users
(`foreign_daily_caps`), a use for no profit named by its use noun (`foreign_romance`), and the
lead-in to definitions and "every use that is not so" said again (`foreign_no_term_s27_romance`);
paraphrases written for the test, and twins."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(text: str) -> dict[str, Any]:
    return dict(read_foreign(text).values)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Όταν οι ενεργοί χρήστες ανά ημέρα μιας εφαρμογής υπερβαίνουν τους 25.000, απαιτείται "
            "ξεχωριστή άδεια.",
            25000,
        ),
        ("Εφαρμογή με πάνω από 12.000 ημερήσιους χρήστες χρειάζεται χωριστή άδεια.", 12000),
    ],
)
def test_a_greek_cap_on_daily_users_is_read(text: str, count: int) -> None:
    assert _values(text).get("user_threshold") == {"count": count, "unit": "dau"}


def test_a_greek_cap_on_monthly_users_stays_monthly() -> None:
    text = "Υπηρεσία με πάνω από 40.000 μηνιαίους ενεργούς χρήστες χρειάζεται χωριστή άδεια."
    assert _values(text).get("user_threshold", {}).get("unit") == "mau"


@pytest.mark.parametrize(
    "text",
    [
        "Se permite ejecutar el modelo exclusivamente para uso no lucrativo.",
        "È consentito usare il modello soltanto per utilizzo non commerciale.",
        "É permitido correr o modelo apenas para utilização não comercial.",
    ],
)
def test_a_grant_confined_to_a_use_for_no_profit_is_non_commercial(text: str) -> None:
    assert _values(text).get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "Artigo 1 - Definições Para os fins desta licença, entendem-se por:",
        "Article 2 — Définitions Aux fins des présentes, on entend par :",
        "Qualquer uso que o não seja fica reservado ao titular.",
        "Ogni utilizzo che non lo sia resta escluso.",
    ],
)
def test_definition_lead_ins_and_the_confinement_said_again_state_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and not reading.values


def test_a_lead_in_with_a_term_is_not_swallowed() -> None:
    text = "Para os fins desta licença, o uso comercial é proibido e entende-se por:"
    reading = read_foreign(text)
    assert reading.unread or reading.values


@pytest.mark.parametrize(
    "text",
    [
        "Peste prag, folosirea continuă numai cu o licență comercială separată, cu plată.",
        "Por encima del umbral, el uso requiere una licencia comercial aparte.",
    ],
)
def test_a_further_licence_above_the_threshold_is_the_caps_consequence(text: str) -> None:
    conditions = _values(text).get("commercial_use_conditions", [])
    assert conditions == ["separate-license-above-threshold"], conditions


def test_the_licensors_written_consent_stays_a_permission() -> None:
    text = "Utilizarea comercială necesită acordul scris al licențiatorului."
    assert _values(text).get("commercial_use_conditions") == ["written-permission"]


@pytest.mark.parametrize(
    "text", ["Anexa nr. 2 - Numărul de utilizatori", "ANEXO 1 – Umbral y cómputo"]
)
def test_an_annex_caption_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and not reading.values
