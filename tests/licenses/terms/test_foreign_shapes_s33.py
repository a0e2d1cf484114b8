"""Shapes in other languages read in session 33 (round N's misses, by their general shape), each
beside a twin that must read otherwise: a document's title line in any script, the Arabic "not"
and "except" as words of their own, a notice past a size (no cap) against a licence past it, a
notice said to be for information only, the clauses every licence carries that restrict no use,
a list of countries the use is confined to and "outside these countries". Texts written here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

import pytest

from auditor.licenses.terms.foreign import CUES, read_foreign
from auditor.licenses.terms.foreign_no_term import states_no_term


@pytest.mark.parametrize(
    "title",
    [
        "ARDIÇ-7B MODEL LİSANSI Ardıç Yapay Zekâ Teknolojileri A.Ş., İstanbul",
        'רישיון מודל שקד-7B שקד בינה מלאכותית בע"מ, חיפה',
        "ترخيص نموذج غاف-7B شركة غاف للذكاء الاصطناعي ذ.م.م، أبوظبي",
        'ЛІЦЕНЗІЯ НА МОДЕЛЬ ЯВІР-7B ТОВ "Явір Штучний Інтелект", Львів',
        "青梧-13B 模型研究许可协议(2025年版) 许可方:杭州青梧智能科技有限公司",
    ],
)
def test_a_document_s_title_line_is_no_unread_term(title: str) -> None:
    text = f"{title}\n\nMIT\n"
    assert read_foreign(text).unread == ()


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    # a ban in the first line stays for the readers (read or reported), never a title
    reading = read_foreign("Licencja wyłącznie do użytku niekomercyjnego. Zakaz sprzedaży.\n")
    assert reading.unread or reading.values.get("commercial_use") == "prohibited"


NOTICE_DA = (
    "Har Licenstagers produkter mere end 1.000.000 månedlige aktive brugere, giver Licenstager "
    "inden 30 dage Licensgiver skriftlig meddelelse herom.\n"
)


def test_a_notice_past_a_size_is_no_cap() -> None:
    reading = read_foreign(NOTICE_DA)
    assert "mau_threshold" not in reading.values
    assert reading.unread == ()


def test_a_licence_needed_past_a_size_is_a_cap() -> None:
    licence = (
        "Har dine produkter mere end 1.000.000 månedlige aktive brugere, skal du indgå en "
        "særskilt licensaftale med os.\n"
    )
    assert read_foreign(licence).values.get("mau_threshold") == 1_000_000


def test_a_chinese_registration_past_a_size_is_no_cap_and_its_note_no_term() -> None:
    text = (
        "第一条 您可以免费将本模型用于任何合法目的，包括商业目的，无需取得许可方的同意。\n"
        "第二条 您的产品月活跃用户超过100万的，应当在三十日内通过 license@example.com "
        "向许可方备案。备案仅用于登记，许可方不会据此拒绝或限制您的使用。\n"
    )
    reading = read_foreign(text)
    assert "mau_threshold" not in reading.values
    assert reading.values.get("commercial_use") == "allowed"
    notice = "向许可方备案。备案仅用于登记，许可方不会据此拒绝或限制您的使用。"
    approval = text.replace(notice, "须取得许可方书面许可。")
    assert read_foreign(approval).values.get("mau_threshold") == 1_000_000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Kopier ledsages af disse betingelser."),
        ("sv", "Kopior av modellen ska åtföljas av dessa villkor."),
        ("it", "Ogni copia del modello reca il presente testo."),
        ("hr", "Korisnik uz Model prilaže ove uvjete."),
        ("hu", 'A modell szavatosság nélkül, "ahogy van" állapotban kerül átadásra.'),
        ("cs", "Model se poskytuje tak, jak stojí a leží."),
        ("ro", "Modelul este oferit fără garanții."),
        ("nl", "Geschillen worden voorgelegd aan de rechtbank Noord-Nederland."),
        ("pl", "Licencja jest udzielana na czas nieoznaczony."),
        ("hr", "Korisnik snosi odgovornost za svoje proizvode."),
        ("pl", "Obie wersje językowe są jednakowo wiążące."),
    ],
)
def test_clauses_every_licence_carries_restrict_no_use(language: str, text: str) -> None:
    assert states_no_term(text, CUES.get(language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Kopier må kun bruges ikke-kommercielt, ledsaget af disse betingelser."),
        ("pl", "Licencjodawca nie odpowiada za szkody; zakaz użytku komercyjnego."),
        ("sv", "Kopior av modellen får inte säljas och ska åtföljas av dessa villkor."),
    ],
)
def test_the_same_clauses_with_a_ban_are_terms(language: str, text: str) -> None:
    assert not states_no_term(text, CUES.get(language))


def _regions(values: Mapping[str, object]) -> list[str]:
    (within,) = cast("list[dict[str, list[str]]]", values["excluded_use_territories"])
    return within["regions"]


def test_a_list_of_countries_the_use_is_confined_to_and_outside_these_countries() -> None:
    text = (
        "1. Tämä lisenssi on voimassa ainoastaan Suomessa, Ruotsissa, Norjassa, Tanskassa ja "
        "Islannissa. Mallia ei saa käyttää näiden maiden ulkopuolella.\n"
    )
    reading = read_foreign(text)
    assert _regions(reading.values) == ["DK", "FI", "IS", "NO", "SE"]
    assert reading.unread == ()
    german = read_foreign("Die Lizenz gilt nur in Deutschland, Österreich und der Schweiz.\n")
    assert _regions(german.values) == ["AT", "CH", "DE"]
    # a list that goes on past the places names no more of them
    condition = read_foreign("Die Lizenz gilt nur in Deutschland, sofern Sie zustimmen.\n")
    assert _regions(condition.values) == ["DE"]


def test_the_arabic_not_and_except_are_words_of_their_own() -> None:
    restrictive = CUES["ar"].restrictive
    assert restrictive.search("شركة غاف للذكاء الاصطناعي") is None  # "artificial": no "except"
    assert restrictive.search("لا يجوز الاستخدام التجاري إلا بموافقة كتابية") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Il Modello può essere utilizzato esclusivamente per attività di ricerca scientifica, "
        "da chiunque svolte, comprese le imprese e i loro laboratori interni.",
        "仅可将本模型用于科学研究和模型评测。任何个人或机构（包括企业内部的研发部门）为上述目的使用本模型，"
        "均在许可范围之内。",
    ],
)
def test_research_said_to_be_anyone_s_companies_too(text: str) -> None:
    scope = read_foreign(text).values.get("use_scope")
    assert isinstance(scope, list) and "research-by-anyone" in scope


def test_research_said_not_to_include_companies_is_no_one_s() -> None:
    text = (
        "Il Modello può essere utilizzato esclusivamente per attività di ricerca scientifica, "
        "non comprese le imprese e i loro laboratori interni."
    )
    scope = read_foreign(text).values.get("use_scope") or []
    assert "research-by-anyone" not in scope  # type: ignore[operator]


def test_a_clause_on_image_models_with_text_only_models_exempt_covers_multimodal_only() -> None:
    text = (
        "第2条（地域） 利用者は、別表1に定める地域制限に従うものとします。\n\n"
        "別表1 地域制限\n画像を入力として受け付けるモデルは、欧州連合の域内で利用してはなりません。"
        "テキストのみを扱うモデルには、この制限は適用されません。\n"
    )
    reading = read_foreign(text)
    (clause,) = cast("list[dict[str, object]]", reading.values["excluded_use_territories"])
    assert clause["models"] == "multimodal"
    assert reading.unread == ()  # the pointer to the annex states nothing itself
    every = text.replace("テキストのみを扱うモデルには、この制限は適用されません。", "")
    (all_models,) = cast(
        "list[dict[str, object]]", read_foreign(every).values["excluded_use_territories"]
    )
    assert all_models["models"] == "all"


def test_a_nordic_grant_for_payment_too_allows_commercial_use() -> None:
    grant = (
        "Lisensgiveren gir lisenstakeren rett til å bruke og endre modellen i egne produkter og "
        "tjenester, også mot betaling."
    )
    assert read_foreign(grant).values.get("commercial_use") == "allowed"
    unpaid = grant.replace("også mot betaling", "men ikke mot betaling")
    assert read_foreign(unpaid).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    ("language", "text", "no_term"),
    [
        ("uk", "Застосовне право.", True),
        ("zh", "《使用条款.md》是本协议不可分割的组成部分。", True),
        ("de", "Nur Forschung.", False),
        ("pt", "Proibido.", False),
        ("zh", "使用者须获得书面同意", False),  # one run of words, no caption
    ],
)
def test_a_caption_or_a_file_made_part_of_the_licence(
    language: str, text: str, no_term: bool
) -> None:
    assert states_no_term(text, CUES.get(language)) is no_term


@pytest.mark.parametrize(
    ("text", "categorises"),
    [
        ("ห้ามใช้โมเดลเพื่อระบุตัวตนของบุคคล หรือเพื่อจัดหมวดหมู่บุคคล โดยอาศัยข้อมูลชีวมิติ", True),
        ("ห้ามใช้โมเดลเพื่อระบุตัวตนของบุคคลโดยอาศัยข้อมูลชีวมิติ เช่น ใบหน้า", False),
        ("Queda prohibido clasificar a las personas según sus datos biométricos.", True),
        ("Queda prohibido clasificar documentos por tema.", False),
    ],
)
def test_a_ban_on_sorting_people_by_biometrics(text: str, categorises: bool) -> None:
    tags = read_foreign(text).values.get("use_restrictions") or []
    assert ("biometric-categorisation" in tags) is categorises  # type: ignore[operator]


def test_a_notice_past_a_size_beside_a_termination_or_refusal_is_still_a_cap() -> None:
    terminate = (
        "Si sus productos superan 1.000.000 de usuarios activos mensuales, notifíquenos; "
        "podremos terminar el acuerdo.\n"
    )
    assert read_foreign(terminate).values.get("mau_threshold") == 1_000_000
    refuse = "超过100万月活跃用户的，应向许可方备案，许可方可拒绝继续授权。\n"
    assert read_foreign(refuse).values.get("mau_threshold") == 1_000_000
