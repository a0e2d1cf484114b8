"""Session 26's recorded regressions, fixed by shape in session 27 (each with paraphrases the
fix was not written from):

- the Nordic licence word (`lisens`, `lisensen`) took in the Indonesian licensor's name
  ("Pemberi Lisensi"), so a licensor's written permission read as a separate licence;
- Arabic counting words missed the eighth form and the plural ("تُحتسب أعداد المستخدمين"), so
  a sentence counting a cap per product, with no number, was left unread;
- found on the way (older than session 26): a row verdict read inside a word, so any sentence
  about commercial use ending in "Lisensi" ("si", Spanish "sí") read as commercial use allowed
  - a false pass; and Indonesian permission asked for ("mintalah izin") or use only with it
  ("hanya boleh dengan izin") unread.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_numbers_south_asia import thai_counts


@pytest.mark.parametrize(
    ("text", "route"),
    [
        (
            "Penggunaan komersial memerlukan persetujuan tertulis dari Pemberi Lisensi.",
            "written-permission",
        ),
        (
            "Untuk penggunaan komersial, mintalah izin tertulis Pemberi Lisensi.",
            "written-permission",
        ),
        ("Penggunaan komersial memerlukan lisensi komersial terpisah.", "separate-license"),
        ("Kommersiell bruk krever en egen lisens fra lisensgiveren.", "separate-license"),
        ("Kommersiell bruk krever lisensgiverens skriftlige samtykke.", "written-permission"),
    ],
)
def test_a_licensors_name_is_no_further_licence(text: str, route: str) -> None:
    assert read_foreign(text).values.get("commercial_use_conditions") == [route]


@pytest.mark.parametrize(
    "text",
    [
        "يُحصى المستخدمون لكل خدمة بمفردها.",
        "يتم احتساب المستخدمين لكل منتج بشكل منفصل.",
        "تُعدّ أعداد المستخدمين لكل تطبيق على حدة.",
    ],
)
def test_an_arabic_count_per_product_with_no_number_is_read_and_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert reading.values == {}


@pytest.mark.parametrize(
    "text",
    [
        "Untuk penggunaan komersial, mintalah izin tertulis Pemberi Lisensi.",
        "Penggunaan komersial hanya boleh dengan izin tertulis dari Pemberi Lisensi.",
        "Penggunaan komersial hanya diperbolehkan dengan persetujuan tertulis kami.",
        "Bagi penggunaan komersial, mohon izin tertulis terlebih dahulu.",
    ],
)
def test_commercial_use_asked_for_or_only_with_permission_is_restricted(text: str) -> None:
    values = read_foreign(text).values
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Penggunaan komersial: boleh", "allowed"),
        ("Uso comercial: sí", "allowed"),
        ("Kommerzielle Nutzung | ja", "allowed"),
        ("Komersial: dilarang", "prohibited"),
    ],
)
def test_a_row_verdict_is_a_word_of_its_own(text: str, verdict: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == verdict


def test_a_sentence_ending_in_a_word_that_ends_like_a_verdict_is_no_row() -> None:
    # "...Lisensi." once read as the row "...Lisen: sí"
    reading = read_foreign("Penggunaan komersial diatur oleh Pemberi Lisensi.")
    assert reading.values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("หนึ่งพันล้าน", 1e9),  # a thousand million: the place, then millions of it
        ("ห้าหมื่นล้าน", 5e10),
        ("หนึ่งพันห้าร้อยล้าน", 1.5e9),
        ("สามล้านห้าแสน", 3.5e6),
        ("ยี่สิบล้าน", 2e7),
        ("สองแสนห้าหมื่น", 2.5e5),
        ("หนึ่งล้านล้าน", 1e12),
    ],
)
def test_a_thai_number_in_words_is_read_whole(words: str, value: float) -> None:
    text = f"ผู้รับอนุญาตที่มีรายได้ต่อปีเกิน{words}บาท ต้องทำสัญญาอนุญาตเชิงพาณิชย์แยกต่างหาก"
    threshold = read_foreign(text).values.get("revenue_threshold")
    assert isinstance(threshold, dict)
    assert threshold["amount"] == value


def test_many_millions_is_no_number() -> None:
    assert thai_counts("มีผู้ใช้หลายล้านคน", []) == []  # "many millions": no count before ล้าน
    assert thai_counts("ล้านล้าน", []) == []
    assert "user_threshold" not in read_foreign("โมเดลนี้มีผู้ใช้หลายล้านคนทั่วโลก").values
