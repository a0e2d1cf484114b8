"""A document name written in a script whose vowels are combining marks (Bengali, Devanagari,
Tamil, Thai, Urdu) is one name, never cut at its first vowel sign: the card's `license_link`
to a listed file so named points to that file, and a name so written that the listing lacks is
reported whole. Names written for these tests."""

from __future__ import annotations

import pytest

from auditor.model import ParsedCard
from auditor.model.core import FrontMatterState
from auditor.sources.card_pointed import card_pointers

NAMES = [
    "শর্তাবলী.md",  # Bengali
    "नियमावली.md",  # Hindi / Marathi
    "अटी-शर्ती.md",  # Marathi
    "விதிமுறைகள்.md",  # Tamil
    "ข้อกำหนด.md",  # Thai
    "docs/উপযোগ-নীতি.txt",
]


def _card(link: str) -> ParsedCard:
    return ParsedCard(
        metadata={"license": "other", "license_link": link},
        body="# M\n\nA model.\n",
        body_line=5,
        state=FrontMatterState.OK,
        key_lines={"license": 2, "license_link": 3},
    )


@pytest.mark.parametrize("name", NAMES)
def test_a_listed_name_with_vowel_signs_is_pointed_to_and_not_missing(name: str) -> None:
    present, missing = card_pointers(_card(name), ["README.md", name, "config.json"], set())
    assert [p.path for p in present] == [name]
    assert missing == []


@pytest.mark.parametrize("name", NAMES)
def test_a_missing_name_with_vowel_signs_is_reported_whole(name: str) -> None:
    _, missing = card_pointers(_card(name), ["README.md", "config.json"], set())
    assert [m.path for m in missing] == [name]


def test_the_urdu_word_for_terms_names_a_licence_document_itself() -> None:
    # session 37: شرائط (terms) joined the title table, so the file is found by its name as a
    # licence document and license_unread, not the card's pointers, says when it is missing
    from auditor.sources.base import is_license_like

    assert is_license_like("شرائط.md")
    present, missing = card_pointers(_card("شرائط.md"), ["README.md", "config.json"], set())
    assert present == [] and missing == []
