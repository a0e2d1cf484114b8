"""Round U (session 40): how files and card sections reach the licence readers.

A licence file named with a dotted capital or an accent (LİSENZİYA.md) is a licence file; a
card's Uses section titled in another language ("## Użu", "## Käyttö") and its paragraphs
naming commercial use reach the readers; a licence taking in the card in Finnish or Estonian
makes the card's prose licence text. Each with a twin that must read differently.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.incorporated import takes_in_card
from auditor.sources.base import is_license_like
from auditor.sources.card import parse_card
from auditor.sources.card_documents import card_documents
from auditor.sources.card_markdown import is_use_title
from auditor.sources.card_terms import COMMERCIAL_WORDS
from auditor.sources.license_names import fold_name


@pytest.mark.parametrize(
    "name",
    ["LİSENZİYA.md", "docs/LİSANS.txt", "lısans.md", "LİCENSE", "LICENÇA.md", "LİCENSES/x.txt"],
)
def test_a_licence_name_with_a_dotted_capital_or_an_accent_is_a_licence_file(name: str) -> None:
    assert is_license_like(name)


@pytest.mark.parametrize("name", ["İÇERİK.md", "ÖZET.md", "Ödeme.txt", "LİSANS.py", "notícia.md"])
def test_a_folded_name_that_names_no_licence_is_none(name: str) -> None:
    assert not is_license_like(name)


def test_fold_name_keeps_the_marks_of_other_scripts() -> None:
    assert fold_name("li\u0307senzi\u0307ya.md") == "lisenziya.md"
    assert fold_name("लाइसेंस.md") == "लाइसेंस.md"  # the vowel signs are letters here


@pytest.mark.parametrize("title", ["Użu", "Uzu tal-mudell", "Käyttö", "Χρήση", "Kasutamine"])
def test_a_uses_title_in_the_languages_read(title: str) -> None:
    assert is_use_title(title)


@pytest.mark.parametrize("title", ["Taħriġ", "Koulutusdata", "Mudell", "Usage"])
def test_a_title_of_no_use_is_none(title: str) -> None:
    assert not is_use_title(title)


@pytest.mark.parametrize(
    "text", ["anki kummerċjali", "kaupallinen käyttö", "ärilistel eesmärkidel", "εμπορική χρήση"]
)
def test_the_word_for_commercial_in_the_languages_read(text: str) -> None:
    assert COMMERCIAL_WORDS.search(text)


@pytest.mark.parametrize("text", ["kauppa on auki", "äriühing", "εμπόριο"])
def test_trade_or_business_alone_is_no_commercial_use(text: str) -> None:
    assert not COMMERCIAL_WORDS.search(text)


def _kept(body: str) -> str:
    card = parse_card("---\nlicense: other\n---\n" + body)
    return "\n".join(d.text or "" for d in card_documents(card) if d.path.endswith("#license"))


def test_a_maltese_uses_paragraph_on_commercial_use_reaches_the_readers() -> None:
    kept = _kept(
        "# Qarnit-3B\n\nMudell żgħir.\n\n## Użu\n\nIl-mudell jista' jintuża anke għal skopijiet"
        " kummerċjali.\nMa jistax jintuża għall-gwerra.\n"
    )
    assert "kummerċjali" in kept and "gwerra" in kept


def test_a_finnish_uses_paragraph_on_commercial_use_reaches_the_readers() -> None:
    kept = _kept("# Kuha-2B\n\n## Käyttö\n\nKaupallinen käyttö vaatii erillisen sopimuksen.\n")
    assert "erillisen sopimuksen" in kept


def test_a_uses_paragraph_naming_no_commercial_use_stays_out() -> None:
    kept = _kept("# Qarnit-3B\n\n## Użu\n\nIl-mudell jifhem il-Malti u l-Ingliż.\n")
    assert "Malti" not in kept


@pytest.mark.parametrize(
    "licence",
    [
        "Taulukko alaviitteineen mallikortissa (README.md) on osa tätä lisenssiä.",
        "Mudelit võib kasutada, kui järgitakse mudelikaardi (README.md) piiranguid.",
        "Il-kard tal-mudell (README.md) hija parti minn din il-liċenzja.",
    ],
)
def test_a_licence_taking_in_the_card_in_another_language(licence: str) -> None:
    assert takes_in_card({"LISENSSI.md": licence, "README.md#license": "x"}, {"README.md#license"})


@pytest.mark.parametrize(
    "licence",
    [
        "Mallikortti (README.md) ei ole osa tätä lisenssiä.",
        "Il-kard tal-mudell (README.md) mhijiex parti minn din il-liċenzja.",
    ],
)
def test_a_licence_denying_the_card_takes_it_not_in(licence: str) -> None:
    assert not takes_in_card({"L.md": licence}, set())
