"""Licence files named, and titled, with the word for "licence" or "terms of use" in languages
no list covered before round 36 (`knowledge.license_titles`), each beside a twin that must not
be taken for one. Names and sentences are our own."""

from __future__ import annotations

import re
import unicodedata

import pytest

from auditor.knowledge.license_titles import (
    LICENSE_WORDS,
    LICENSE_WORDS_LATIN,
    license_word_forms,
    title_pattern_source,
)
from auditor.licenses.terms.granted_kind import LICENSE_NAMES
from auditor.sources.base import is_license_like
from auditor.sources.license_sniff import reads_as_terms

NAMES = [
    "CEADACHAS.md",  # Scottish Gaelic
    "Lizentzia_Ereduarena.txt",  # Basque
    "ЛІЦЭНЗІЯ.md",  # Belarusian
    "LITSENZIYA.txt",  # Uzbek
    "TRWYDDED.md",  # Welsh
    "LISINSJE.md",  # Frisian
    "LISENSIE.md",  # Afrikaans
    "ILAYISENSI.md",  # Zulu, Xhosa
    "ლიცენზია.md",  # Georgian
    "អាជ្ញាប័ណ្ណ.txt",  # Khmer
    "ලිපිය_බලපත්රය.md",  # Sinhala, after another word
    "Kereru-Lisans.md",  # Haitian Creole, Turkish: after a hyphen
    "NKWEKORITA.md",  # Igbo (agreement)
    "LLICENCIA.md",  # Catalan without its accent
]


@pytest.mark.parametrize("name", NAMES)
def test_a_licence_named_in_another_language_is_license_like(name: str) -> None:
    assert is_license_like(name)


@pytest.mark.parametrize(
    "name",
    ["ceadachas.md", "lizentzia.txt", "ліцэнзія.md", "litsenziya.md", "ilayisensi.md"],
)
def test_a_licence_named_in_another_language_comes_first(name: str) -> None:
    assert name.startswith(LICENSE_NAMES)


@pytest.mark.parametrize(
    "name",
    ["CHANGELOG.md", "kushtetuta.md", "mutelerau.md", "notes_kied.py", "hyperlink.md"],
)
def test_twin_a_word_inside_another_or_code_is_no_licence(name: str) -> None:
    assert not is_license_like(name)


def test_the_table_covers_many_languages_once_each() -> None:
    assert len(LICENSE_WORDS) >= 150
    assert len(set(LICENSE_WORDS)) == len(LICENSE_WORDS)
    assert all(word == word.lower() and word.strip() == word for word in LICENSE_WORDS)
    assert all(
        unicodedata.name(char).startswith("LATIN")
        for word in LICENSE_WORDS_LATIN
        for char in word
        if char.isalpha()
    )


def test_a_word_of_two_is_written_every_way() -> None:
    forms = license_word_forms()
    assert {"iwe-ase", "iwe_ase", "iwe ase", "iwease"} <= set(forms)


@pytest.mark.parametrize(
    "title",
    [
        "Ceadachas Modail Dubhlinn",
        "Eredu honen lizentzia",
        "Ліцэнзія на мадэль",
        "Modelning litsenziyasi",
        "អាជ្ញាប័ណ្ណសម្រាប់ម៉ូដែល",
        "Харгуй загварын лиценз",
        "Ìwé Àṣẹ fún Àwòṣe",
    ],
)
def test_a_licence_title_in_another_language_is_a_title(title: str) -> None:
    assert re.search(title_pattern_source(), title, re.IGNORECASE)


@pytest.mark.parametrize("title", ["Model card", "Notaichean air a' cheòl", "Release notes"])
def test_twin_a_title_naming_no_licence_is_none(title: str) -> None:
    assert not re.search(title_pattern_source(), title, re.IGNORECASE)


def test_a_gaelic_licence_under_another_name_reads_as_terms() -> None:
    text = (
        "# Ceadachas Modail Dubhlinn\n\nTha an ceadachas seo a' toirt cead dhut. Faodaidh tu am"
        " modail a chleachdadh. Tha an ceadachas fo lagh na h-Alba. Ma bhriseas tu an"
        " ceadachas, thig e gu crìch.\n"
    )
    assert reads_as_terms(text, "FIOSRACHADH.md") is not None


def test_twin_gaelic_notes_under_another_name_read_as_nothing() -> None:
    text = "# Notaichean\n\nTha an ceòl seo math. Chaidh a chlàradh ann an Glaschu.\n"
    assert reads_as_terms(text, "FIOSRACHADH.md") is None
