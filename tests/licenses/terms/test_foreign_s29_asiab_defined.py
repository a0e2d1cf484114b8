"""A ban reached through a defined term whose definition describes watching people, and a grant's
exception naming a harm, in the languages of Asia, the Middle East and Africa
(`foreign_defined_bans`, `foreign_watch_words`): paraphrases in several languages, and lawful
twins that must not read as a ban."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_defined_bans import read_excepted_harms
from auditor.licenses.terms.foreign_watch_words import watches_people


def _bans(text: str) -> list[str]:
    value = read_foreign(text).values.get("use_restrictions", [])
    assert isinstance(value, list)
    return [str(tag) for tag in value]


DEFINED_BANS = {
    "ar": "# رخصة النموذج\n\n"
    "١. «الغرض المستبعد» يعني مراقبة العاملين خفية أو تتبع تحركاتهم في مقر العمل.\n\n"
    "٢. يمنح المرخص لكل شخص حق استخدام النموذج وتعديله تجاريا وغير تجاري، "
    "باستثناء الغرض المستبعد.\n",
    "tr": "# Model Lisansı\n\n"
    '1. "Kısıtlı Amaç": kişilerin konumlarının haberleri olmadan izlenmesi ve kaydedilmesi.\n\n'
    "2. Lisans veren, Modeli ticari ve ticari olmayan her amaçla kullanma hakkını "
    "Kısıtlı Amaç hariç herkese tanır.\n",
    "id": "# Lisensi Model\n\n"
    '1. "Penggunaan Terkecuali" berarti penggunaan Model untuk menguntit seseorang '
    "secara diam-diam atau membaca percakapan pribadi mereka.\n\n"
    "2. Pemberi Lisensi memberikan hak kepada siapa pun untuk memakai Model untuk tujuan "
    "apa pun, termasuk komersial, kecuali Penggunaan Terkecuali.\n",
    "he": "# רישיון המודל\n\n"
    '1. "שימוש חריג" פירושו ניטור סמוי של עובדים או מעקב אחר מיקומם.\n\n'
    "2. בעל הרישיון רשאי להשתמש במודל לכל מטרה, מסחרית או אחרת, למעט שימוש חריג.\n",
    "ms": "# Lesen Model\n\n"
    '1. "Tujuan Terkecuali" bermaksud menjejak lokasi individu secara rahsia.\n\n'
    "2. Anda boleh menggunakan Model untuk apa-apa tujuan termasuk komersial selain "
    "daripada Tujuan Terkecuali.\n",
    "sw": "# Leseni ya Modeli\n\n"
    '1. "Matumizi Yaliyotengwa" maana yake ni kufuatilia mienendo ya watu bila wao kujua.\n\n'
    "2. Mtoa Leseni anakupa ruhusa ya kutumia Modeli kwa biashara na kwa madhumuni mengine "
    "yote isipokuwa Matumizi Yaliyotengwa.\n",
    "fa": "# پروانهٔ مدل\n\n"
    "۱. منظور از «استفادهٔ استثنا شده»، ردیابی مخفیانهٔ کارکنان یا شنیدن مکالمات آنان است.\n\n"
    "۲. هر کس می‌تواند مدل را برای هر هدفی، از جمله تجاری، به کار ببرد غیر از "
    "استفادهٔ استثنا شده.\n",
}


@pytest.mark.parametrize("language", sorted(DEFINED_BANS))
def test_a_use_excepted_by_a_defined_term_that_watches_people_is_banned(language: str) -> None:
    assert "surveillance" in _bans(DEFINED_BANS[language])


LAWFUL_DEFINED = {
    # the defined term counts users: an exception of a cap, not of watching
    "id": "# Lisensi Model\n\n"
    '1. "Penggunaan Terkecuali" berarti penggunaan oleh lebih dari seribu pengguna aktif '
    "bulanan.\n\n"
    "2. Pemberi Lisensi memberikan hak untuk memakai Model untuk tujuan apa pun, kecuali "
    "Penggunaan Terkecuali.\n",
    # watching goods, not people
    "ar": "# رخصة النموذج\n\n"
    "١. «الغرض المستبعد» يعني مراقبة جودة المنتجات في خطوط الإنتاج.\n\n"
    "٢. يمنح المرخص لكل شخص حق استخدام النموذج تجاريا، باستثناء الغرض المستبعد.\n",
    # the term is defined but never excepted nor banned
    "tr": "# Model Lisansı\n\n"
    '1. "Güvenlik Çalışması": kişilerin konumlarının izlenmesine karşı korunma araştırması.\n\n'
    "2. Lisans veren, Modeli her amaçla kullanma hakkını herkese tanır.\n",
}


@pytest.mark.parametrize("language", sorted(LAWFUL_DEFINED))
def test_a_defined_term_naming_no_watching_or_never_excepted_bans_nothing(language: str) -> None:
    assert "surveillance" not in _bans(LAWFUL_DEFINED[language])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "هر گونه استفاده از مدل آزاد است، به جز ردیابی پنهانی شهروندان."),
        ("he", "מותר להשתמש במודל לכל מטרה חוץ ממעקב סמוי אחר אזרחים."),
        ("ms", "Model boleh digunakan untuk semua tujuan kecuali memantau pekerja secara senyap."),
        ("tl", "Pinapayagan ang lahat ng gamit maliban sa palihim na pagsubaybay sa mga tao."),
        ("sw", "Unaweza kutumia Modeli kwa kila jambo isipokuwa kufuatilia raia kwa siri."),
        ("am", "ሞዴሉን ለማንኛውም ዓላማ መጠቀም ይቻላል፤ ሰዎችን በድብቅ ከመከታተል በስተቀር።"),
        ("tr", "Model, çalışanların gizlice dinlenmesi dışında her amaçla kullanılabilir."),
    ],
)
def test_a_grant_excepting_watching_people_bans_it(language: str, text: str) -> None:
    assert read_excepted_harms(language, text)[0].value == ["surveillance"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an exception after a ban permits ("must not be used except to detect ...")
        (
            "id",
            "Model tidak boleh dipakai kecuali untuk mendeteksi pelacakan orang diam-diam.",
        ),
        ("tr", "Çalışanların gizlice izlenmesini önleme dışında Model hiçbir amaçla kullanılamaz."),
        # an exception of a cap or of a count of users
        ("id", "Semua penggunaan diizinkan kecuali penggunaan oleh lebih dari 1.000 pengguna."),
        ("ar", "يجوز استخدام النموذج لأي غرض باستثناء مراقبة جودة المنتجات."),
        ("ms", "Semua kegunaan dibenarkan kecuali pemantauan prestasi pelayan."),
        # no exception and no ban: watching named in a grant
        ("fa", "این مدل برای ردیابی بسته‌های پستی مجاز است."),
    ],
)
def test_exceptions_that_permit_or_name_no_watching_ban_nothing(language: str, text: str) -> None:
    assert read_excepted_harms(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "زیر نظر گرفتن کارمندان بدون اطلاع آنان"),
        ("ar", "تعقب تحركات الأفراد دون علمهم"),
        ("tr", "vatandaşların habersiz takip edilmesi"),
        ("yo", "títọ́pinpin àwọn ènìyàn ní ìkọ̀kọ̀"),
        ("ha", "bin diddigin mutane a asirce"),
    ],
)
def test_watching_people_is_read_by_its_parts(language: str, text: str) -> None:
    assert watches_people(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "شمار کاربران فعال ماهانه"),
        ("id", "memantau kinerja server setiap hari"),
        ("tr", "lisans koşullarının takip edilmesi"),
        ("sw", "idadi ya watumiaji kwa mwezi"),
    ],
)
def test_counting_users_or_watching_things_is_no_watching_people(language: str, text: str) -> None:
    assert not watches_people(language, text)


def test_a_direct_ban_on_covert_tracking_is_read_in_persian() -> None:
    text = "# پروانه\n\nاستفاده از مدل برای ردیابی پنهانی کارکنان ممنوع است.\n"
    assert "surveillance" in _bans(text)
