"""Sentences stating no term (a party named, nothing to ask or pay, definitions of parties), a
governing law under a caption or "subject to the laws of", this licence with each copy, a list
of places a use is confined to and a ban referring back to it, a threshold named in its softened
Turkish form: paraphrases in the languages of Asia, the Middle East and Africa, and twins that
carry a term and must still be read or said unread."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_copies_more import carries_licence
from auditor.licenses.terms.foreign_cues_el_he import HE
from auditor.licenses.terms.foreign_cues_more import AR, ID, TR
from auditor.licenses.terms.foreign_cues_south import FA, SW
from auditor.licenses.terms.foreign_no_term_parties import states_no_term_parties


@pytest.mark.parametrize(
    ("cues", "text"),
    [
        (HE, 'בעל הזכויות: דוגמה טכנולוגיות בע"מ.'),
        (TR, "Lisans veren: Örnek Veri Teknolojileri A.Ş."),
        (ID, "Pemberi Lisensi adalah PT Contoh Data Nusantara."),
        (AR, "المرخص: شركة المثال للبرمجيات."),
        (FA, "صادرکننده: شرکت نمونه داده پارس."),
        (HE, "לא נדרש אישור מראש ואין תשלום."),
        (ID, "Anda tidak perlu meminta izin kami dan tidak ada biaya apa pun."),
        (TR, "Kullanım için izin almanıza gerek yoktur; ücret alınmaz."),
        (SW, "Hakuna haja ya kuomba ruhusa na hakuna malipo."),
        (AR, 'يقصد بـ"المالك" مؤسسة المثال، وبـ"المستفيد" أي جهة تنزّل النموذج.'),
    ],
)
def test_parties_nothing_asked_and_party_definitions_state_no_term(cues: object, text: str) -> None:
    assert states_no_term_parties(text, cues)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cues", "text"),
    [
        # the party's sentence goes on to a restriction
        (TR, "Lisans veren: Örnek A.Ş.; ticari kullanım yasaktır."),
        (ID, "Pemberi Lisensi adalah PT Contoh, dan penggunaan komersial dilarang."),
        # nothing to pay, but permission needed for business
        (HE, "אין תשלום, אך שימוש מסחרי מחייב את הסכמתנו בכתב."),
        (SW, "Hakuna malipo, lakini matumizi ya kibiashara yanahitaji ruhusa."),
        # a definition whose body restricts
        (AR, 'يقصد بـ"الاستخدام المسموح" الاستخدام غير التجاري فقط.'),
    ],
)
def test_a_restriction_beside_them_keeps_the_passage_a_term(cues: object, text: str) -> None:
    assert not states_no_term_parties(text, cues)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("# Lisensi\n\nHukum yang mengatur: Republik Indonesia.\n", "ID"),
        ("# Lisensiya\n\nIto ay napapailalim sa mga batas ng Republika ng Singapore.\n", "SG"),
        ("# Leseni\n\nLeseni hii iko chini ya sheria za Jamhuri ya Kenya.\n", "KE"),
        ("# Lesen\n\nUndang-undang yang terpakai: Negara Brunei Darussalam.\n", "BN"),
    ],
)
def test_a_law_under_a_caption_or_subject_to_laws_is_chosen(text: str, code: str) -> None:
    assert read_foreign(text).values.get("governing_law") == code


def test_a_law_to_obey_is_no_choice_of_law() -> None:
    text = "# Lisensiya\n\nDapat sumunod sa ilalim ng mga batas ng Pilipinas ang gumagamit.\n"
    assert read_foreign(text).values.get("governing_law") is None


@pytest.mark.parametrize(
    "text",
    [
        "Duk lokacin da ka rarraba samfurin, dole ka haɗa da wannan lasisi.",
        "בכל הפצה של המודל יש לצרף עותק של הרישיון הזה.",
        "عند إعادة توزيع النموذج يجب إرفاق نسخة من هذا الترخيص.",
        "Modeli dağıtırken bu lisansın metnini de eklemelisiniz.",
        "Unaposambaza modeli, ambatisha leseni hii.",
        "Kapag ibinahagi mo ang modelo, isama ang kopya ng lisensiyang ito.",
    ],
)
def test_this_licence_with_each_copy_passed_on_is_a_duty(text: str) -> None:
    assert carries_licence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hakuna haja ya kuambatisha leseni hii unaposambaza modeli.",  # the duty denied
        "Modeli dağıtmak serbesttir.",  # passing on, no licence to include
        "Unaweza kuambatisha picha zako pamoja na leseni hii.",  # nothing passed on
    ],
)
def test_no_duty_without_passing_on_or_when_denied(text: str) -> None:
    assert not carries_licence(text)


def _territory(text: str) -> list[str]:
    value = read_foreign(text).values.get("excluded_use_territories")
    assert isinstance(value, list) and value
    return sorted(value[0]["regions"])


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "# Lisensi\n\nModel ini hanya boleh dijalankan di Indonesia, Malaysia serta "
            "Filipina.\n",
            ["ID", "MY", "PH"],
        ),
        (
            "# Lesen\n\nPerisian ini hanya boleh dipasang di Singapura atau Malaysia.\n",
            ["MY", "SG"],
        ),
    ],
)
def test_a_confinement_to_a_list_of_places_takes_every_place(text: str, regions: list[str]) -> None:
    assert _territory(text) == regions


def test_a_ban_outside_places_named_before_confines_to_them() -> None:
    text = (
        "# Lisensi\n\n1. Model ini hanya boleh digunakan di Indonesia dan Malaysia.\n\n"
        "2. Model tidak boleh dipasang di luar kedua negara tersebut.\n"
    )
    reading = read_foreign(text)
    assert not reading.unread
    assert _territory(text) == ["ID", "MY"]


def test_a_list_stops_at_an_item_that_names_no_place() -> None:
    text = "# Lisensi\n\nModel ini hanya boleh digunakan di Indonesia, dan tidak untuk Singapura.\n"
    assert _territory(text) == ["ID"]


def test_a_turkish_threshold_in_its_softened_form_applies_the_cap_stated_apart() -> None:
    text = (
        "# Lisans\n\n1. Modeli ticari ya da ticari olmayan her amaçla kullanabilirsiniz. "
        "Ek-2'deki eşiği aşan şirketler bu haktan yararlanamaz; onlar için ayrı bir ticari "
        "lisans sözleşmesi gerekir.\n\nEk-2 - Eşik\n"
        "Şirketin yıllık cirosu: iki yüz milyon Türk lirası.\n"
    )
    conditions = read_foreign(text).values.get("commercial_use_conditions")
    assert conditions == ["separate-license-above-threshold"]
