"""Session 22: Greek, Hebrew, Hindi and Thai clauses read beside the grant - a credit duty (a
wording to show, the licence's text to keep with copies), a warranty disclaimer or a limit of
liability (no term), and passages cut where they are: an item lettered in another script or with
a full stop ("(ב)", "β)", "ก.", "b.") starts an item of its own, and a company's abbreviation
("Α.Ε.") or a lower-case word after a full stop ends no sentence. Counter-examples: a verb of
credit with no obligation binds no one, a disclaimer speaking of commercial use or of "only" is
no disclaimer, a line starting with a capital initial is no item. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_duties_el_he_hi_th import (
    read_credit_el_he_hi_th,
    states_no_term_el_he_hi_th,
)
from auditor.licenses.text.language import passages


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("el", "Όλα τα αντίγραφα του μοντέλου οφείλουν να συνοδεύονται από το κείμενο της άδειας."),
        ("el", "Ο χρήστης πρέπει να αναφέρει τον δημιουργό του μοντέλου σε κάθε δημοσίευση."),
        ("he", "יש לציין את שם היוצר בכל עותק של המודל."),
        ("he", "על המשתמש לצרף עותק של הרישיון לכל הפצה של המודל."),
        ("hi", "मॉडल के हर वितरण के साथ लाइसेंस की प्रति संलग्न करना अनिवार्य है।"),
        ("hi", "उपयोगकर्ता को अपने उत्पाद में स्रोत का उल्लेख करना होगा।"),
        ("hi", "वितरित हर प्रति के साथ इस लाइसेंस की एक प्रति देनी होगी।"),
        ("th", 'ผู้รับอนุญาตต้องแสดงข้อความว่า "พัฒนาจากโมเดลกระรอก" ในหน้าเว็บของบริการ'),
        ("th", "ผู้ใช้ต้องอ้างอิงที่มาของโมเดลในเอกสารของผลิตภัณฑ์"),
        ("th", "ผู้เผยแพร่ต้องแนบสำเนาสัญญาอนุญาตไปกับทุกสำเนาของโมเดล"),
    ],
)
def test_credit_duty_binds(language: str, text: str) -> None:
    assert [c.key for c in read_credit_el_he_hi_th(language, text)] == ["attribution_required"]
    assert read_foreign(text).values.get("attribution_required") is True


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a verb of credit with no obligation: a description, binding no one
        ("el", "Ο Αδειοδότης αναφέρει την πηγή των δεδομένων εκπαίδευσης στην ιστοσελίδα του."),
        ("he", "המודל מציג את שם היוצר בממשק."),
        ("hi", "यह मॉडल स्रोत का उल्लेख करता है।"),
        ("th", "บริษัทแสดงที่มาของข้อมูลไว้ในเว็บไซต์"),
        ("hi", "इस लाइसेंस का पाठ वेबसाइट पर दिया गया है।"),
        ("th", "สัญญาอนุญาตฉบับนี้แนบมากับโมเดล"),
    ],
)
def test_credit_verb_without_obligation_binds_no_one(language: str, text: str) -> None:
    assert read_credit_el_he_hi_th(language, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Το μοντέλο διατίθεται "ως έχει" και ο Αδειοδότης δεν ευθύνεται για καμία ζημία.',
        "Ο Αδειοδότης δεν παρέχει καμία εγγύηση για την ακρίβεια του μοντέλου.",
        'המודל מסופק "כמות שהוא", ללא כל אחריות.',
        "נותן הרישיון לא יהיה אחראי לכל נזק הנובע מהשימוש במודל.",
        'मॉडल "जैसा है" के आधार पर, बिना किसी वारंटी के, प्रदान किया जाता है।',
        "लाइसेंसदाता किसी भी हानि के लिए उत्तरदायी नहीं है।",
        "โมเดลนี้ให้บริการตามสภาพ โดยไม่มีการรับประกันใดๆ",
        "บริษัทไม่รับผิดชอบต่อความเสียหายใดๆ ที่เกิดจากการใช้โมเดล",
    ],
)
def test_disclaimer_or_no_liability_states_no_term(text: str) -> None:
    assert states_no_term_el_he_hi_th(text)
    assert read_foreign(text).unread == ()


@pytest.mark.parametrize(
    "text",
    [
        # a disclaimer that also narrows the use is a term: not set aside
        'Το μοντέλο παρέχεται "ως έχει" μόνο για ερευνητικούς σκοπούς.',
        'המודל מסופק "כמות שהוא" לשימוש לא מסחרי בלבד.',
        "मॉडल केवल शोध के लिए, बिना किसी वारंटी के, प्रदान किया जाता है।",
        "โมเดลนี้ให้ตามสภาพ ห้ามใช้เพื่อการค้า",
    ],
)
def test_disclaimer_narrowing_the_use_is_no_boilerplate(text: str) -> None:
    assert not states_no_term_el_he_hi_th(text)


def test_greek_company_abbreviation_ends_no_sentence() -> None:
    text = (
        "Η εταιρεία Κορυδαλλός Α.Ε. παραχωρεί σε κάθε πρόσωπο άδεια να χρησιμοποιεί το μοντέλο"
        " για οποιονδήποτε σκοπό, εμπορικό ή μη εμπορικό.\n"
    )
    (passage,) = passages(text)
    assert passage.text.startswith("Η εταιρεία") and passage.text.endswith("εμπορικό.")
    reading = read_foreign(text)
    assert reading.values["commercial_use"] == "allowed" and reading.unread == ()


@pytest.mark.parametrize(
    ("lines", "items"),
    [
        (["Απαγορεύεται η χρήση του μοντέλου για:", "α) στρατιωτικούς σκοπούς;", "β) βία."], 2),
        (["אין להשתמש במודל לשם:", "(א) פעילות צבאית;", "(ב) פעילות בלתי חוקית."], 2),
        (["ห้ามใช้โมเดลเพื่อ:", "ก. การทหาร", "ข. การก่อการร้าย"], 2),
        (["Dilarang menggunakan Model untuk:", "a. kegiatan militer;", "b. terorisme."], 2),
    ],
)
def test_lettered_items_in_any_script_are_items(lines: list[str], items: int) -> None:
    found = passages("\n".join(lines) + "\n")
    assert len(found) == 1 + items
    assert [p.line for p in found] == list(range(1, items + 2))
    # each item without its marker
    assert [p.text for p in found[1:]] == [line.split(maxsplit=1)[1] for line in lines[1:]]


def test_a_capital_initial_starts_no_item() -> None:
    text = "Licencję udziela spółka założona przez\nJ. Kowalskiego, zwana dalej Licencjodawcą.\n"
    assert len(passages(text)) == 1


def test_indonesian_list_lettered_with_full_stops_bans_each_item() -> None:
    text = (
        "Pasal 2. Penerima Lisensi dilarang menggunakan Model untuk:\n"
        "a. kegiatan militer;\n"
        "b. menyebarkan berita palsu.\n"
    )
    values = read_foreign(text).values
    assert values["use_restrictions"] == ["disinformation", "military"]


@pytest.mark.parametrize(
    "text",
    [
        "Dilarang menggunakan Model untuk melacak lokasi karyawan tanpa persetujuan mereka.",
        "Penerima Lisensi tidak boleh menyadap komunikasi pihak lain dengan Model.",
        "Model tidak boleh digunakan untuk pemantauan pelanggan secara diam-diam.",
        "Penerima Lisensi dilarang memakai keluaran Model untuk:\n"
        "a. memprofilkan warga berdasarkan aktivitas daring mereka;\n"
        "b. kegiatan militer.\n",
    ],
)
def test_indonesian_ban_on_watching_or_tracking_people(text: str) -> None:
    tags = read_foreign(text).values.get("use_restrictions")
    assert isinstance(tags, list) and "surveillance" in tags


@pytest.mark.parametrize(
    "text",
    [
        # a count of people, a machine watched, or watching people with no ban: no surveillance
        "Dilarang menggunakan Model untuk memantau jumlah orang di dalam ruangan secara ilegal.",
        "Dilarang menggunakan Model untuk memantau kinerja server tanpa izin pemiliknya.",
        "Model dapat digunakan untuk memantau karyawan sesuai hukum yang berlaku.",
    ],
)
def test_indonesian_watching_no_one_or_no_ban_is_no_surveillance_ban(text: str) -> None:
    tags = read_foreign(text).values.get("use_restrictions") or []
    assert isinstance(tags, list) and "surveillance" not in tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Απαγορεύεται η χρήση του μοντέλου για παρενόχληση προσώπων.", "harassment"),
        ("Δεν επιτρέπεται η δυσφήμηση τρίτων μέσω των αποτελεσμάτων του μοντέλου.", "defamation"),
        ("אסור להשתמש במודל לשם הטרדה של עובדים.", "harassment"),
        ("אין להשתמש בתוצרי המודל להוצאת דיבה.", "defamation"),
        ("मॉडल का उपयोग किसी की मानहानि के लिए करना वर्जित है।", "defamation"),
        ("ห้ามใช้โมเดลเพื่อคุกคามผู้อื่น", "harassment"),
        (
            "אין להשתמש במודל לשם:\n(א) פעילות צבאית;\n(ב) הטרדה או השמצה של אדם.\n",
            "defamation",
        ),
    ],
)
def test_ban_on_harassing_or_defaming_people(text: str, tag: str) -> None:
    tags = read_foreign(text).values.get("use_restrictions")
    assert isinstance(tags, list) and tag in tags
    assert read_foreign(text).unread == ()


@pytest.mark.parametrize(
    "text",
    [
        # the harm named with no ban: a model that detects it
        "Το μοντέλο εντοπίζει μηνύματα παρενόχλησης για τους διαχειριστές του φόρουμ.",
        "המודל מסייע לזהות הטרדה ברשתות חברתיות.",
        "โมเดลนี้ช่วยตรวจจับข้อความคุกคามบนโซเชียลมีเดีย",
    ],
)
def test_harassment_named_without_a_ban_bans_nothing(text: str) -> None:
    tags = read_foreign(text).values.get("use_restrictions") or []
    assert isinstance(tags, list) and "harassment" not in tags
