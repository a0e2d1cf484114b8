"""Session 22, held-out set C in Greek, Hebrew, Thai, Ukrainian and Indonesian: a grant that
extends to professional or business ends ("και για επαγγελματικούς σκοπούς", "termasuk untuk
kegiatan usaha"), a credit duty in the Hebrew legal future ("יציין", "יצרף"), Ukrainian bans on
malware and on use against the law, a sentence saying a ban holds even so ("Η απαγόρευση ισχύει
ακόμη και όταν ..."), and terms-of-use titles ("Όροι χρήσης", "Умови використання", "תנאי
שימוש", "ข้อตกลงการใช้"); Hungarian counts glued to their scale ("kétmilliárd"), met once
the card's `license_link` made a Hungarian file read. Counter-examples: the same words under a
ban or an "only", a ban that does not hold somewhere, a future verb with nothing to credit, a
German verb before "Millionen". Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.text.title_shapes import find_title


@pytest.mark.parametrize(
    "text",
    [
        "Η εταιρεία σάς επιτρέπει να χρησιμοποιείτε και να τροποποιείτε το μοντέλο, και για "
        "επαγγελματικούς σκοπούς.",
        "Ο Αδειοδότης επιτρέπει τη χρήση και τη διανομή του μοντέλου ακόμη και για "
        "επιχειρηματική χρήση.",
        "Μπορείτε να αντιγράφετε το μοντέλο, συμπεριλαμβανομένων για επαγγελματικές "
        "δραστηριότητες.",
        "PT Contoh mengizinkan siapa pun memakai dan mengubah Model, termasuk untuk kegiatan "
        "usaha.",
        "Setiap orang boleh menggunakan Model secara gratis, juga untuk keperluan bisnis.",
        "Pemberi lisensi mengizinkan penggunaan Model termasuk dalam kegiatan niaga.",
    ],
)
def test_a_grant_reaching_business_ends_allows_commercial_use(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Δεν επιτρέπεται η χρήση του μοντέλου για επαγγελματικούς σκοπούς.",
        "Επιτρέπεται η χρήση του μοντέλου, και για επαγγελματικούς σκοπούς μόνο εφόσον λάβετε "
        "έγγραφη άδεια.",
        "Model hanya boleh digunakan untuk penelitian, tidak untuk kegiatan usaha.",
    ],
)
def test_business_words_under_a_ban_or_a_condition_allow_nothing(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        'מי שמפיץ את המודל יציין במסמכי המוצר: "מבוסס על דרור-2B".',
        "המפיץ יצרף לכל עותק את נוסח הרישיון.",
        "כל מי שמשלב את המודל בשירות יזכיר את המקור בדף האודות.",
    ],
)
def test_a_hebrew_credit_duty_in_the_legal_future(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True and reading.unread == ()


def test_a_hebrew_future_verb_with_nothing_to_credit_is_no_credit_duty() -> None:
    assert (
        read_foreign("המודל ישמור על ביצועים טובים בשפות רבות.").values.get("attribution_required")
        is not True
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Заборонено використовувати модель для створення шкідливого програмного забезпечення.",
         "generate-malware"),
        ("Модель не можна застосовувати для написання шкідливого коду.", "generate-malware"),
        ("Заборонено використовувати модель з порушенням законодавства.", "illegal-activity"),
        ("Не дозволяється використовувати модель, порушуючи чинне законодавство.",
         "illegal-activity"),
    ],
)  # fmt: skip
def test_ukrainian_bans_on_malware_and_unlawful_use(text: str, tag: str) -> None:
    tags = read_foreign(text).values.get("use_restrictions")
    assert isinstance(tags, list) and tag in tags


@pytest.mark.parametrize(
    "text",
    [
        "Модель допомагає виявляти шкідливе програмне забезпечення.",
        "Порушення законодавства розглядаються судом.",
    ],
)
def test_ukrainian_harm_named_without_a_ban_bans_nothing(text: str) -> None:
    assert not read_foreign(text).values.get("use_restrictions")


@pytest.mark.parametrize(
    "text",
    [
        "Η απαγόρευση ισχύει ακόμη και όταν τα αποτελέσματα ελέγχονται από γιατρό.",
        "Οι περιορισμοί αυτοί εφαρμόζονται επίσης όταν το μοντέλο τροποποιηθεί.",
        "האיסור חל גם כאשר רופא בודק את התוצאות.",
        "ข้อห้ามนี้มีผลแม้ว่าแพทย์จะตรวจสอบผลลัพธ์แล้ว",
    ],
)
def test_a_ban_said_to_hold_even_so_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread == () and not reading.values


@pytest.mark.parametrize(
    "text",
    [
        "Η απαγόρευση δεν ισχύει όταν τα αποτελέσματα ελέγχονται από γιατρό.",
        "האיסור אינו חל כאשר רופא בודק את התוצאות.",
        "ข้อห้ามนี้ไม่มีผลหากแพทย์ตรวจสอบผลลัพธ์",
    ],
)
def test_a_ban_that_does_not_hold_is_an_exception_left_unread(text: str) -> None:
    assert read_foreign(text).unread != ()


@pytest.mark.parametrize(
    "title",
    [
        "# Όροι άδειας για το μοντέλο Κύκνος-3B",
        "# Όροι χρήσης του μοντέλου Αετός",
        "# Умови використання моделі «Лелека-2B»",
        "Умови користування моделлю Чапля",
        '# תנאי שימוש במודל "דרור-2B"',
        "# ข้อตกลงการใช้โมเดล นกยูง-3B",
        "# เงื่อนไขการใช้งานโมเดล นกเอี้ยง",
    ],
)
def test_terms_of_use_titles(title: str) -> None:
    assert find_title(title + "\n\nThe body.\n") is not None


@pytest.mark.parametrize("title", ["# Μοντέλο Αετός", "# Модель «Лелека-2B»", "# המודל דרור"])
def test_a_heading_naming_no_terms_is_no_title(title: str) -> None:
    assert find_title(title + "\n\nThe body.\n") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a kétmilliárd forint", 2e9),
        ("több mint ötmillió felhasználó", 5e6),
        ("háromezer euró", 3e3),
        ("négy millió", 4e6),
    ],
)
def test_hungarian_glues_its_scale_to_the_count(text: str, value: float) -> None:
    assert [v for _, _, v in numbers(text)] == [value]


def test_a_german_verb_before_millions_is_no_count() -> None:
    assert numbers("Der Dienst hat Millionen Nutzer.") == []
