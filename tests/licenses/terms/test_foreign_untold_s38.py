"""A licence sentence in Latin letters in a language no detector tells is said unread, never
dropped (session 38)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_untold_s38 import is_untold_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Ezin da eredua erabili poliziaren ikerketetan edo pertsonak sailkatzeko.",
        "Lizentzia hau Frantziako legeriaren arabera arautzen da gaur.",
        "Bul ko jefandikoo ci mbiru xare walla xeex yu bari.",
    ],
)
def test_a_sentence_of_no_told_language_is_untold(text: str) -> None:
    assert is_untold_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may not deploy it in weapons systems or for surveillance.",
        "Copyright 2025 Harebell Labs. All rights reserved.",
        "pip install transformers accelerate bitsandbytes sentencepiece protobuf.",
        "Lizentzia hau arautzen da.",
    ],
)
def test_twin_english_short_or_code_is_not_untold(text: str) -> None:
    assert not is_untold_sentence(text)


def test_a_ban_beside_a_read_grant_is_said_unread_not_dropped() -> None:
    text = (
        "# Gorbeia-3B ereduaren lizentzia\n\n"
        "1. artikulua. Lizentzia-emaileak Gorbeia-3B eredua ematen dio lizentzia onartzen duen"
        " orori, edozein helburutarako erabil, alda eta bana dezan, helburu komertzialak barne.\n\n"
        "2. artikulua. Ezin da eredua erabili poliziaren ikerketetan, delituak aurreikusteko edo"
        " pertsonak ustezko delitugile gisa sailkatzeko.\n"
    )
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "allowed"
    assert any(p.text.startswith("Ezin da eredua erabili") for p in reading.unread)


def test_the_finding_names_the_language_as_not_identified() -> None:
    from auditor.licenses.terms.foreign_findings import language_finding

    reading = read_foreign(
        "# Lizentzia\n\n1. Ezin da eredua erabili poliziaren ikerketetan edo pertsonak"
        " sailkatzeko.\n"
    )
    message = language_finding("LIZENTZIA.md", tuple(reading.unread)).message
    assert "a language not identified" in message and "None" not in message
    assert "the term rules do not read this language" in message


def test_twin_in_an_english_text_a_sentence_without_english_words_is_not_untold() -> None:
    text = (
        "Harebell Model Licence\n\nYou may use the model for any purpose, and you must keep this"
        " notice with every copy of the weights that you share with others.\n\n"
        "Harebell has been developed beyond Kestrel v2.3.\n\n"
        "Mark Adler, John Bush, Karl Davis, Harald Denker, Hunter Goatley, Ed Gordon.\n"
    )
    assert read_foreign(text).unread == ()
