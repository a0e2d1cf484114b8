"""Session 22, beyond the held-out cases: in Greek, Hebrew, Hindi, Thai, Ukrainian and
Indonesian, a grant confined to research or personal use with its "only" after the purpose
("למטרות מחקר בלבד", "για ερευνητικούς σκοπούς μόνο", "untuk penelitian saja"); the harms most
use policies list beside the graver ones (medical advice, discrimination, fraud, malware...);
the licensor's right to change the terms; and the clauses stating no term (a plain grant,
rights reserved, the end on a breach, outputs left to the user). Counter-examples: a grant
naming a purpose or an "only" is no plain grant, a clause on the licence's end that speaks of
commercial use stays for the readers, a harm named without a ban bans nothing, a grant of the
right to modify the model is no right to change the terms. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("השימוש במודל מותר למטרות מחקר בלבד.", "research"),
        ("מותר להשתמש במודל לשימוש אישי בלבד.", "personal"),
        ("Η χρήση επιτρέπεται για ερευνητικούς σκοπούς μόνο.", "research"),
        ("Model boleh digunakan untuk penelitian saja.", "research"),
        ("Model hanya boleh digunakan untuk keperluan pribadi.", "personal"),
    ],
)
def test_only_after_the_purpose_confines_the_grant(text: str, scope: str) -> None:
    values = read_foreign(text).values
    assert values["use_scope"] == [scope] and values["commercial_use"] == "prohibited"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("אין להשתמש במודל לצורך מתן ייעוץ רפואי או אבחון מחלות.", "medical-advice"),
        ("Απαγορεύεται η χρήση του μοντέλου για ιατρική διάγνωση ασθενών.", "medical-advice"),
        ("मॉडल का उपयोग रोगों के निदान के लिए नहीं किया जा सकता।", "medical-advice"),
        ("ห้ามใช้โมเดลเพื่อให้คำแนะนำทางการแพทย์", "medical-advice"),
        ("Απαγορεύεται η χρήση του μοντέλου για απάτη.", "fraud"),
        ("אסור להשתמש במודל ליצירת נוזקות.", "generate-malware"),
        ("ห้ามใช้โมเดลเพื่อเลือกปฏิบัติต่อบุคคล", "discrimination"),
        ("मॉडल का उपयोग धोखाधड़ी के लिए करना वर्जित है।", "fraud"),
        ("Dilarang menggunakan Model untuk mendiskriminasi pelamar kerja.", "discrimination"),
    ],
)
def test_more_harms_banned(text: str, tag: str) -> None:
    tags = read_foreign(text).values.get("use_restrictions")
    assert isinstance(tags, list) and tag in tags


@pytest.mark.parametrize(
    "text",
    [
        "Το μοντέλο βοηθά τους γιατρούς στη διάγνωση ασθενειών.",
        "המודל מסייע באיתור הונאות בכרטיסי אשראי.",
        "โมเดลนี้ช่วยตรวจจับมัลแวร์ในระบบ",
    ],
)
def test_harm_named_without_a_ban_bans_nothing(text: str) -> None:
    assert not read_foreign(text).values.get("use_restrictions")


@pytest.mark.parametrize(
    "text",
    [
        "Ο Αδειοδότης μπορεί να τροποποιεί τους παρόντες όρους οποτεδήποτε.",
        "מעניק הרישיון רשאי לעדכן תנאים אלה מעת לעת.",
        "लाइसेंसदाता इन शर्तों को किसी भी समय बदल सकता है।",
        "ผู้อนุญาตอาจแก้ไขข้อกำหนดนี้ได้ทุกเมื่อ",
        "Ліцензіар може змінювати ці умови в будь-який час.",
    ],
)
def test_licensor_may_change_the_terms(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("licensor_may_update_terms") is True and reading.unread == ()


@pytest.mark.parametrize(
    "text",
    [
        # the right to modify the model granted: no right to change the terms
        "लाइसेंसदाता आपको मॉडल का उपयोग, प्रतिलिपि और संशोधन करने का निःशुल्क अधिकार देता है।",
        "Μπορείτε να τροποποιείτε το μοντέλο και να το διανέμετε.",
    ],
)
def test_grant_to_modify_the_model_is_no_right_to_change_terms(text: str) -> None:
    assert "licensor_may_update_terms" not in read_foreign(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Ο Αδειοδότης σας παραχωρεί δωρεάν δικαίωμα χρήσης, αναπαραγωγής και τροποποίησης του"
        " μοντέλου.",
        "בעל הרישיון רשאי להשתמש במודל, להעתיק אותו ולשנות אותו.",
        "लाइसेंसदाता आपको मॉडल का उपयोग, प्रतिलिपि और संशोधन करने का निःशुल्क अधिकार देता है।",
        "ผู้อนุญาตให้สิทธิแก่ท่านในการใช้ ทำซ้ำ และดัดแปลงโมเดลโดยไม่มีค่าใช้จ่าย",
        "Ο Αδειοδότης διατηρεί όλα τα δικαιώματα που δεν παραχωρούνται ρητά με την παρούσα άδεια.",
        "כל הזכויות שלא הוענקו במפורש שמורות למעניק הרישיון.",
        "สิทธิใดที่มิได้ให้ไว้อย่างชัดแจ้งในสัญญานี้ ผู้อนุญาตสงวนไว้ทั้งหมด",
        "इस लाइसेंस में स्पष्ट रूप से नहीं दिए गए सभी अधिकार लाइसेंसदाता के पास सुरक्षित हैं।",
        "Усі права, прямо не надані цією ліцензією, залишаються за Ліцензіаром.",
        "Semua hak yang tidak diberikan secara tegas dalam Lisensi ini tetap dimiliki Pemberi"
        " Lisensi.",
        "Η άδεια λύεται αυτομάτως σε περίπτωση παραβίασης των όρων της.",
        "הרישיון יסתיים באופן אוטומטי אם תפר את תנאיו.",
        "शर्तों के उल्लंघन पर यह लाइसेंस स्वतः समाप्त हो जाता है।",
        "สัญญานี้สิ้นสุดลงทันทีหากผู้ใช้ฝ่าฝืนข้อกำหนดใดๆ",
        "Τα αποτελέσματα που παράγει το μοντέλο ανήκουν στον χρήστη.",
        "התוצרים שהמודל מפיק שייכים למשתמש.",
        "मॉडल द्वारा उत्पन्न आउटपुट उपयोगकर्ता के होते हैं।",
        "ผลลัพธ์ที่สร้างจากโมเดลเป็นของผู้ใช้",
    ],
)
def test_clause_stating_no_term_is_read_and_adds_nothing(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread == () and reading.values == {}


@pytest.mark.parametrize(
    "text",
    [
        # a grant naming a purpose, a place or "only": a term, not set aside
        "Ο Αδειοδότης σας παραχωρεί δικαίωμα χρήσης του μοντέλου για εκπαιδευτικούς σκοπούς.",
        "בעל הרישיון רשאי להשתמש במודל בישראל בלבד.",
        "ผู้อนุญาตให้สิทธิแก่ท่านในการใช้โมเดลหากท่านเป็นสถาบันการศึกษา",
        # the licence's end tied to commercial use: the commercial readers' (or unread)
        "สัญญานี้สิ้นสุดลงทันทีหากผู้ใช้ฝ่าฝืนโดยนำโมเดลไปใช้เพื่อการค้า",
    ],
)
def test_narrowed_grant_or_end_is_no_boilerplate(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread or reading.values


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        (
            'אם ההכנסות השנתיות שלך עולות על 50 מיליון ש"ח, עליך לקבל רישיון מסחרי נפרד.',
            "ILS",
            50_000_000,
        ),
        (
            "หากรายได้ต่อปีของผู้ใช้เกิน 300 ล้านบาท ผู้ใช้ต้องขอรับอนุญาตเชิงพาณิชย์แยกต่างหาก",
            "THB",
            300_000_000,
        ),
        (
            "Εάν τα ετήσια έσοδά σας υπερβαίνουν τα 10 εκατομμύρια ευρώ, απαιτείται χωριστή"
            " εμπορική άδεια.",
            "EUR",
            10_000_000,
        ),
        (
            "Якщо річний дохід перевищує 5 мільйонів доларів США, потрібна окрема комерційна"
            " ліцензія.",
            "USD",
            5_000_000,
        ),
    ],
)
def test_revenue_cap_in_the_languages_own_currency_words(
    text: str, currency: str, amount: int
) -> None:
    values = read_foreign(text).values
    assert values["revenue_threshold"] == {
        "amount": amount,
        "currency": currency,
        "period": "year",
        "measure": "revenue",
    }
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_amount_without_a_currency_is_no_revenue_cap() -> None:
    text = "אם ההכנסות השנתיות שלך עולות על 50 מיליון, עליך לקבל רישיון מסחרי נפרד."
    assert "revenue_threshold" not in read_foreign(text).values


def test_one_line_thai_clause_is_no_title() -> None:
    # a clause standing alone on its line: read or reported, never taken for a heading
    text = "ผู้ใช้ต้องปฏิบัติตามนโยบายการใช้งาน ที่บริษัทประกาศไว้ บนเว็บไซต์ทุกประการ\n"
    assert read_foreign(text).unread
    title = "สัญญาอนุญาตโมเดลนกเงือก\n"
    assert read_foreign(title).unread == ()


def test_short_hindi_sentence_is_no_title() -> None:
    # a short sentence ended by the Devanagari full stop: reported when unread, not a title
    assert read_foreign("नीति का पालन करना अनिवार्य है।\n").unread
