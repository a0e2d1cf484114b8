"""Session 38 (eu4): Central European plain grants, kept notices, a cap's sequel, "mil." before a
currency, and lower-case clause labels cutting sentences."""

from __future__ import annotations

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_grants_s38eu4 import is_plain_grant_s38eu4, keeps_notice
from auditor.licenses.text.language import passages_where


def _texts(text: str) -> list[str]:
    return [p.text for p in passages_where(text, lambda _: True)]


def test_plain_grants_read_and_their_narrowed_twins_not() -> None:
    assert is_plain_grant_s38eu4("Licencjobiorca może kopiować i zmieniać Model.")
    assert is_plain_grant_s38eu4("Model smete uporabljati, kopirati in razširjati.")
    assert is_plain_grant_s38eu4(
        "Furnizorul acordă licențiatului dreptul gratuit de a folosi modelul."
    )
    # twins: a negation, "only", a purpose, non-commercial, a consent
    assert not is_plain_grant_s38eu4("Licencjobiorca nie może kopiować ani zmieniać Modelu.")
    assert not is_plain_grant_s38eu4("Model smete uporabljati in kopirati samo za raziskave.")
    assert not is_plain_grant_s38eu4(
        "Furnizorul acordă dreptul de a folosi modelul în scop necomercial."
    )
    assert not is_plain_grant_s38eu4("Model smíte používat a upravovat se souhlasem autora.")


def test_slovene_article_label_before_a_plain_grant() -> None:
    reading = read_foreign("2. člen: Modul lahko uporabljate, spreminjate in delite naprej.\n")
    assert not reading.unread
    assert reading.values.get("commercial_use") == "allowed"
    twin = read_foreign("2. člen: Modul lahko uporabljate in spreminjate le za osebne namene.\n")
    assert twin.values.get("commercial_use") != "allowed"


def test_kept_author_notice_is_a_credit_duty() -> None:
    assert keeps_notice("Beneficiarul reproduce mențiunile despre autor pe fiecare copie.")
    reading = read_foreign(
        "Beneficiarul păstrează notificările privind drepturile de autor în copii.\n"
    )
    assert reading.values.get("attribution_required") is True
    assert not keeps_notice("Beneficiarul nu păstrează mențiunile despre autor.")


def test_mil_before_a_currency_is_a_million_and_the_iberian_mil_a_thousand() -> None:
    assert [v for _, _, v in numbers("obrat do 15 mil. Kč ročně")] == [15_000_000.0]
    assert [v for _, _, v in numbers("hasta 15 mil euros al año")] == [15_000.0]


def test_shortened_scale_word_ends_no_sentence() -> None:
    cut = _texts("Komerčně smíte model používat, pokud tržby nepřesáhnou 8 mil. Kč. Jinak ne.\n")
    assert cut[0].endswith("8 mil. Kč.")
    # twin: a full stop after "mil" with no currency still ends the sentence
    assert len(_texts("Hasta 8 mil. Luego se negocia.\n")) == 2


def test_lower_case_clause_label_cuts_the_sentence_before_it() -> None:
    cut = _texts("ust. 1. Licencjobiorca może kopiować Model.\nust. 2. Inne zasady.\n")
    assert "Licencjobiorca może kopiować Model." in cut
    assert not any(t.endswith("ust. 2.") and len(t) > 8 for t in cut)


def test_a_caps_sequel_asking_a_contract_is_the_caps() -> None:
    text = (
        "1. člen: Komercialna raba je dovoljena podjetjem, katerih letni prihodki ne presegajo"
        " 2.000.000 EUR.\n2. člen: Večja podjetja sklenejo ločeno pogodbo.\n"
    )
    reading = read_foreign(text)
    assert not reading.unread
    assert reading.values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    # twin: no figure before it, so the sentence is not read as a cap's
    bare = read_foreign("Večja podjetja sklenejo ločeno pogodbo.\n")
    assert bare.values.get("commercial_use_conditions") != ["separate-license-above-threshold"]
