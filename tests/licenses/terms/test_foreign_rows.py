"""A licence in another language written as a table of uses (`terms.foreign_rows`): a row keyed
by commercial use with a bare verdict is read as what it says, the sentence granting "the
following rights" or naming the table as what binds states no term, and a row passing copies on
only together with the licence text is a credit duty. Rows and sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_rows import row_commercial


def _table(grant: str, header: str, *rows: str) -> str:
    lines = [f"| {row} |" for row in rows]
    return "\n".join(["# Bedingungen", "", grant, "", f"| {header} |", "|---|---|", *lines, ""])


GRANTS = {
    "de": "Die Falke Labs GmbH gewährt allen Anwendern die nachstehenden Rechte kostenlos.",
    "fr": "Falke Labs accorde à chaque utilisateur les droits suivants, sans frais.",
    "es": "Falke Labs concede a cada usuario los derechos siguientes sin coste.",
    "pt": "A Falke Labs concede a cada usuário os seguintes direitos, sem custo.",
    "nl": "Falke Labs verleent iedere gebruiker kosteloos de volgende rechten.",
}
ROWS = {
    "de": ("Verwendung | Status", "Kommerzielle Verwendung in eigenen Produkten | gestattet"),
    "fr": ("Usage | Statut", "Usage commercial dans vos propres produits | autorisé"),
    "es": ("Uso | Estado", "Uso comercial en productos propios | permitido"),
    "pt": ("Uso | Situação", "Uso comercial em produtos próprios | permitido"),
    "nl": ("Gebruik | Status", "Commercieel gebruik in eigen producten | toegestaan"),
}


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_row_allowing_commercial_use_is_read_and_the_grant_above_states_no_term(
    language: str,
) -> None:
    header, row = ROWS[language]
    reading = read_foreign(_table(GRANTS[language], header, row))
    assert reading.values.get("commercial_use") == "allowed"
    assert not reading.unread


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Gewerbliche Nutzung, auch für Abo-Dienste erlaubt", "allowed"),
        ("Gewerbliche Nutzung: untersagt", "prohibited"),
        ("Utilisation commerciale : interdite", "prohibited"),
        ("Uso comercial ✅", "allowed"),
    ],
)
def test_the_row_verdict(row: str, expected: str) -> None:
    assert row_commercial(row) == expected


@pytest.mark.parametrize(
    "row",
    [
        # a negation or an exception in the label says more than the verdict
        "Nicht gewerbliche Nutzung erlaubt",
        "Uso comercial, salvo en servicios de pago permitido",
        "Usage commercial sans accord écrit interdit",
        # no commercial word: another use
        "Private Nutzung erlaubt",
        # a sentence, not a row
        "Die gewerbliche Nutzung ist nach schriftlicher Zustimmung des Anbieters erlaubt.",
    ],
)
def test_qualified_labels_other_uses_and_sentences_are_no_row_verdict(row: str) -> None:
    assert row_commercial(row) is None


def test_a_negated_row_stays_a_ban() -> None:
    text = _table(GRANTS["de"], "Verwendung | Status", "Nicht-kommerzielle Verwendung | erlaubt")
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "sentence",
    [
        "Verbindlich ist nur die nachstehende Tabelle.",
        "Seul le tableau ci-dessous fait foi.",
        "La tabella seguente è vincolante.",
    ],
)
def test_the_table_named_as_what_binds_states_no_term(sentence: str) -> None:
    header, row = ROWS["de"]
    reading = read_foreign(_table(GRANTS["de"] + " " + sentence, header, row))
    assert not reading.unread


def test_a_grant_of_the_following_rights_that_bans_is_still_read() -> None:
    text = (
        "Die Falke Labs GmbH gewährt die folgenden Rechte; eine kommerzielle Nutzung ist untersagt."
    )
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


def test_copies_passed_on_only_with_the_text_is_a_credit_duty() -> None:
    header, row = ROWS["de"]
    copies = "Weitergabe des Modells | nur zusammen mit dieser Lizenz"
    text = _table(GRANTS["de"], header, row, copies)
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True
    assert not reading.unread
