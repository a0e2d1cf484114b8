"""An item of a list a ban introduces, in another language, that names no harm the readers know
("- Glücksspiel") is said unread in the lead-in's language, however short (it was dropped: too
short for its own language to be told); items naming a known harm are read, and items of a list
no ban introduces are not taken for bans. Texts are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

GRANT = "Die Firma gewährt Ihnen das Recht, das Modell für jeden Zweck zu nutzen.\n\n"


@pytest.mark.parametrize(
    ("lead_in", "items", "military", "language"),
    [
        ("Es ist untersagt, das Modell für Folgendes zu verwenden:", ["Glücksspiel"],
         "militärische Zwecke", "de"),
        ("Queda prohibido utilizar el modelo para:", ["apuestas en línea", "tarot"],
         "fines militares", "es"),
        ("Il est interdit d'utiliser le modèle pour :", ["les jeux d'argent"],
         "des fins militaires", "fr"),
    ],
)  # fmt: skip
def test_an_item_naming_no_known_harm_is_said_unread(
    lead_in: str, items: list[str], military: str, language: str
) -> None:
    listed = "".join(f"- {item}\n" for item in items)
    reading = read_foreign(f"{GRANT}{lead_in}\n\n{listed}- {military}\n")
    unread = [(p.text, p.language) for p in reading.unread]
    assert unread == [(item, language) for item in items]
    assert reading.values.get("use_restrictions") == ["military"]


def test_items_naming_known_harms_are_read_and_not_said() -> None:
    bans = "- Waffen\n- Überwachung von Personen\n"
    text = f"{GRANT}Es ist untersagt, das Modell zu verwenden für:\n\n{bans}"
    reading = read_foreign(text)
    assert not reading.unread
    assert reading.values.get("use_restrictions")


def test_a_list_no_ban_introduces_is_no_list_of_bans() -> None:
    text = f"{GRANT}Beispiele für Anwendungen:\n\n- Kundendienst\n- Übersetzung\n"
    assert not read_foreign(text).unread
