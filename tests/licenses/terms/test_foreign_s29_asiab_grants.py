"""Both kinds of use granted by an alternative ("for profit or not", "whether it earns money or
not", "regardless of business use"), read by its parts in the languages of Asia, the Middle East
and Africa (`foreign_either_way`): paraphrases, and twins where the negation belongs to another
word or the passage bans."""

from __future__ import annotations

import re

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_either_way import either_way

GRANTS = [
    ("ar", "يحق لكل شخص أن يستخدم النموذج وأن يعدله، ربحياً كان استخدامه أو غير ربحي."),
    ("ar", "يجوز للمرخص له نشر النموذج بغض النظر عن كون النشاط تجارياً."),
    ("he", "מותר לכם להפיץ את המודל ולשנות אותו, בין אם אתם מפיקים ממנו הכנסה ובין אם לאו."),
    ("he", "השימוש במודל מותר לכולם, לא משנה אם מדובר בעסק רווחי."),
    ("fa", "هر کس می‌تواند از این مدل استفاده کند، چه برای کسب درآمد و چه نه."),
    ("tr", "Modeli kazanç amacıyla ya da değil, dilediğiniz gibi kullanabilirsiniz."),
    ("tr", "Model, ticari faaliyet fark etmeksizin herkes tarafından kullanılabilir."),
    ("id", "Siapa pun boleh memakai model ini untuk mencari untung ataupun tidak."),
    ("ms", "Anda dibenarkan menggunakan model ini tanpa mengira sama ada ia untuk perniagaan."),
    ("tl", "Maaaring gamitin ng kahit sino ang modelo, para kumita o hindi."),
    ("sw", "Mtu yeyote anaweza kutumia modeli hii kwa faida au la."),
    ("sw", "Unaruhusiwa kusambaza modeli hii bila kujali kama ni kwa biashara."),
]


@pytest.mark.parametrize(("language", "text"), GRANTS)
def test_a_grant_for_profit_or_not_allows_commercial_use(language: str, text: str) -> None:
    del language
    assert read_foreign(f"# Leseni\n\n{text}\n").values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ha", "kowa zai iya amfani da shi don samun kuɗi ko ba don samun kuɗi ba"),
        ("yo", "e le lo o fun owo tabi ko"),
        ("am", "ለንግድ ወይም ለሌላ"),
    ],
)
def test_the_alternative_is_read_in_the_african_languages(language: str, text: str) -> None:
    assert re.search(either_way(language), text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the negation goes on to another word: commercial or unlawful use
        ("id", "Penggunaan komersial atau tidak sah atas Model ini dilarang."),
        ("tl", "Bawal ang paggamit na pangnegosyo o hindi awtorisado."),
        # the kind named alone, banned
        ("tr", "Modelin ticari amaçla kullanılması yasaktır."),
        ("sw", "Ni marufuku kutumia modeli hii kwa biashara."),
    ],
)
def test_a_negation_of_another_word_or_a_ban_is_no_grant(language: str, text: str) -> None:
    del language
    value = read_foreign(f"# Leseni\n\n{text}\n").values.get("commercial_use")
    assert value != "allowed"
