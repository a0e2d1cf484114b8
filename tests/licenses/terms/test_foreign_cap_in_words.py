"""Foreign caps written in words ("fünfzig Millionen", "vinte e cinco milhões", "cinquanta
milioni") read as numbers, and a definition of a measure after a phrase saying where it holds,
with a copula ('En esta licencia, "Usuarios Activos Mensuales" son las personas que ...'), which
states no term. Counter-examples: a number word before no scale word, a definition after a
restrictive opener, a definition of a purpose. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_cues_eu import ES
from auditor.licenses.terms.foreign_cues_more import IT
from auditor.licenses.terms.foreign_definitions import is_plain_definition


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fünfzig Millionen Nutzer", 50e6),
        ("vinte e cinco milhões de usuários", 25e6),
        ("dwadzieścia pięć milionów", 25e6),
        ("elli milyon kullanıcı", 50e6),
        ("lima puluh juta pengguna", 50e6),
        ("năm mươi triệu người dùng", 50e6),
        ("deux cents millions d'utilisateurs", 200e6),
        ("sei milioni di utenti", 6e6),
    ],
)
def test_count_words_before_a_scale_word(text: str, value: float) -> None:
    assert [found for _, _, found in numbers(text)] == [value]


def test_a_number_word_before_no_scale_word_is_no_number() -> None:
    assert numbers("Se sei un utente del servizio, leggi le condizioni.") == []


def test_german_cap_in_words_past_which_a_licence_is_needed() -> None:
    text = (
        "§ 2. Überschreitet ein Produkt des Lizenznehmers fünfzig Millionen monatlich aktive"
        " Nutzer, muss er eine separate Lizenz beantragen."
    )
    cap = read_foreign(text).values["user_threshold"]
    assert cap == {"count": 50_000_000, "unit": "mau"}


def test_spanish_definition_of_a_measure_after_an_opener_states_no_term() -> None:
    text = (
        '1. En esta licencia, "Usuarios Activos Mensuales" son las personas que usan un'
        " producto del licenciatario al menos una vez al mes.\n"
        "2. Se concede una licencia gratuita para usar el Modelo, incluso con fines comerciales.\n"
    )
    reading = read_foreign(text)
    assert reading.values["commercial_use"] == "allowed"
    assert reading.unread == ()


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ('Nella presente licenza, "Modello" è il file dei pesi pubblicato.', True),
        ('Salvo autorizzazione, "Modello" è il file dei pesi pubblicato.', False),
        ('"Uso Consentito" è la ricerca accademica.', False),
    ],
)
def test_italian_definitions(text: str, plain: bool) -> None:
    assert is_plain_definition(text, IT) is plain


def test_spanish_opener_with_a_restriction_is_no_plain_definition() -> None:
    text = 'Solo para uso interno, "Modelo" es el archivo de pesos.'
    assert is_plain_definition(text, ES) is False
