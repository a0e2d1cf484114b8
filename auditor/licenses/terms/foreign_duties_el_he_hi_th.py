"""Credit duties and clauses stating no term in Greek, Hebrew, Hindi and Thai licence texts
(and Ukrainian and Indonesian credit duties naming the source or the licensor),
for `foreign_ja.clause_reader` and `foreign_no_term.states_no_term` (Swedish and Czech, the
other two languages of `foreign_six`, are `foreign_credit_north`'s):

- a credit duty, `attribution_required`: a clause binding the licensee (an obligation word:
  πρέπει, חייב / יש ל, होगा / चाहिए, ต้อง), a verb of crediting, showing, keeping or attaching
  and whom or what is credited (the licensor, the author, the source, the model's name, the
  copyright notice, the licence's text, a wording quoted or introduced by "that"): "Κάθε
  αντίγραφο πρέπει να συνοδεύεται από το κείμενο της άδειας", "יש לציין את שם היוצר", "ผู้ใช้
  ต้องระบุข้อความว่า ...". A verb of credit with no obligation ("ο Αδειοδότης αναφέρει την
  πηγή") binds no one;
- stating no term, read and adding nothing (as the English rules leave such sentences aside): a
  warranty disclaimer, the model given "as is" («ως έχει», כמות שהוא, जैसा है, ตามสภาพ) or
  without any warranty, and a limit of the licensor's liability ("δεν ευθύνεται", "לא יהיה
  אחראי", "उत्तरदायी नहीं", "ไม่รับผิดชอบ"). A passage with a commercial word, an "only", a
  ban, an exception or a permission of these languages is none of these.

Hebrew glues its prepositions and articles to the word and Thai writes no space between words:
their patterns match within words, never at a word's edge.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_places_el_th_id import excluded_places
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

# language -> (the obligation, the verb of credit, whom or what is credited)
_CREDIT: dict[str, tuple[str, str, str]] = {
    "el": (
        r"\b(?:πρέπει|οφείλ\w*|υποχρεο[υύ]\w*|υποχρέωση|απαιτείται)\b",
        r"\b(?:αναφέρ\w*|αναφορά\w*|μνεία|αναγράφ\w*|διατηρ\w*|συνοδεύ\w*|επισυνάπτ\w*"
        r"|περιλαμβάν\w*|εμφανίζ\w*|αποδίδ\w*|απόδοση)\b",
        r"\b(?:δημιουργ\w*|δικαιούχ\w*|αδειοδότ\w*|πηγή|πηγής|όνομα\s+του\s+μοντέλου"
        r"|δικαιοπάροχ\w*|παρούσα\s+άδεια|παρούσας\s+άδειας|αντίγραφο\s+της\s+άδειας"
        r"|πνευματικ\w*\s+δικαι\w*|κείμενο\s+(?:της\s+)?(?:παρούσας\s+|αυτής\s+της\s+)?άδειας"
        r"|copyright)|[\"“«]",
    ),
    "he": (
        # the legal future binds by itself ("מי שמשלב את המודל יציין ...", "המפיץ יצרף")
        r"חייב|יש\s+ל|נדרש|מחויב|מתחייב|עליך|על\s+(?:ה)?משתמש|על\s+בעל\s+(?:ה)?רישיון"
        r"|(?:^|\s)(?:ו)?(?:יציין|יצרף|יציג|יזכיר|ישמור|יכלול)(?:ו)?(?=\s|$)",
        r"לציין|ציון|יצוין|יציין|יצרף|יציג|יזכיר|להזכיר|לשמור|ישמור|יישמר|לצרף|יצורף|לכלול|יכלול"
        r"|להציג|יוצג|ייחוס"
        r"|קרדיט|ילווה|מלווה",
        r"מקור|יוצר|בעל\s+(?:ה)?זכויות|(?:ה)?מעניק|נותן\s+(?:ה)?רישיון|שם\s+(?:ה)?מודל"
        r"|זכויות\s+(?:ה)?יוצרים|(?:נוסח|טקסט|עותק)\s+(?:של\s+)?(?:ה|מ)?רישיון|קרדיט|[\"“«]",
    ),
    "hi": (
        r"होगा|होगी|होंगे|चाहिए|आवश्यक|अनिवार्य|बाध्य",
        r"उल्लेख|श्रेय|दर्शा|प्रदर्शित|बनाए\s+रख|संलग्न|शामिल|लिख|उद्धृत"
        r"|साथ\s+(?:दे|दी|दिया|रख|भेज)|देना|देनी",
        r"स्रोत|लेखक|लाइसेंसदाता|रचनाकार|निर्माता|मॉडल\s+का\s+नाम|कॉपीराइट"
        r"|लाइसेंस\s+(?:का|की)\s+(?:पूरा\s+|पूर्ण\s+|एक\s+)?(?:पाठ|प्रति|शर्तें)|श्रेय|[\"“«]",
    ),
    "th": (
        r"ต้อง|พึง|มีหน้าที่",
        r"ระบุ|แสดง|อ้างอิง|ให้เครดิต|คงไว้|แนบ|ใส่",
        r"ข้อความ(?:ว่า|\s*[\"“«])|ที่มา|เครดิต|ผู้สร้าง|ผู้พัฒนา|ผู้อนุญาต|ชื่อ(?:ของ)?โมเดล"
        r"|ลิขสิทธิ์|(?:ข้อความ|สำเนา|ฉบับ)(?:ของ)?(?:สัญญาอนุญาต|ใบอนุญาต)"
        r"|(?:สัญญาอนุญาต|ใบอนุญาต)(?:ฉบับ)?นี้",
    ),
}
# Ukrainian and Indonesian credit duties naming the source, the licensor or the model (their
# copyright-notice and licence-text duties are `foreign_more`'s and `foreign_duties`')
_CREDIT |= {
    "uk": (
        r"\b(?:зобов.язан\w*|повин\w*|мають|має|необхідно|слід)\b",
        r"\b(?:зазнача\w*|зазначи\w*|вказува\w*|вказа\w*|зберіга\w*|зберегти|згад\w*"
        r"|посила\w*)",
        r"\b(?:джерел\w*|автор\w*|Ліцензіар\w*|назв\w*\s+Модел\w*|авторськ\w*\s+прав\w*"
        r"|(?:текст|копі)\w*\s+(?:цієї\s+)?ліценз\w*)|[\"“«]",
    ),
    "id": (
        r"\b(?:wajib|harus|diwajibkan|perlu)\b",
        r"\b(?:mencantumkan|menyebutkan|menampilkan|menyertakan|mempertahankan)\b",
        r"\b(?:nama\s+(?:Pemberi\s+Lisensi|Model|pencipta|pengembang)|sumber(?:nya)?"
        r"|Pemberi\s+Lisensi|pencipta)\b|[\"“«]",
    ),
}
CREDIT_EL_HE_HI_TH = frozenset(_CREDIT)
_CLAUSE_END = lazy_pattern(r"[.;!?।]")


def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern as the passages are written, NFKC (Thai "ำ" is two code points there)."""
    return re.compile(unicodedata.normalize("NFKC", pattern), _FLAGS)


@cache
def _credit(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(_compiled(p) for p in _CREDIT[language])


def read_el_he_hi_th(language: str, text: str) -> list[Clause]:
    """The credit duty (`read_credit_el_he_hi_th`), the licensor's right to change the terms
    (`licensor_may_update_terms`: "Ο Αδειοδότης μπορεί να τροποποιεί τους όρους", "מעניק
    הרישיון רשאי לעדכן תנאים אלה", "Ліцензіар може змінювати ці умови") and a ban on training
    other models with the outputs (`output_use_restriction`) one passage in Greek, Hebrew,
    Hindi, Thai, Ukrainian or Indonesian states."""
    found = read_credit_el_he_hi_th(language, text)
    text = unicodedata.normalize("NFKC", text)
    update = _UPDATE.get(language)
    if update is not None and _compiled(update).search(text):
        found.append(Clause("licensor_may_update_terms", True))
    if language in _OUTPUT_TRAINING and _bans_output_training(language, text):
        found.append(Clause("output_use_restriction", True))
    return found + excluded_places(language, text)  # el, th, id (`foreign_places_el_th_id`)


# a ban on training other models with the outputs: a ban, the outputs, training (or improving,
# distilling) and other models, in one clause (as `foreign_weights` reads it elsewhere)
_OUTPUT_TRAINING: dict[str, tuple[str, str, str, str]] = {
    "el": (
        r"\bαπαγορεύ\w*|\bδεν\s+(?:επιτρέπ\w*|μπορ\w*)",
        r"\bαποτελ[εέ]σμ[αά]τ\w*|\b[έε]ξ[οό]δ\w*|\bπαραγ[όο]μεν\w*",
        r"\bεκπαίδευσ\w*|\bεκπαιδε\w*|\bβελτίωσ\w*|\bαπόσταξ\w*",
        r"\bάλλ\w*\s+(?:\w+\s+)?μοντέλ\w*|\bανταγωνιστικ\w*",
    ),
    "he": (
        r"אסור|אין\s+ל|לא\s+(?:ניתן|מותר|יותר)",
        r"תוצר|פלט",
        r"לאמן|אימון|לשפר|שיפור",
        r"מודלים\s+אחרים|מודל\s+אחר|מודל\s+מתחרה|מודלים\s+מתחרים",
    ),
    "hi": (
        r"वर्जित|निषिद्ध|प्रतिबंधित|नहीं\s+किया\s+जा\s+सकता|नहीं\s+कर\s+सकते|अनुमति\s+नहीं",
        r"आउटपुट|परिणाम",
        r"प्रशिक्षित|प्रशिक्षण|सुधार",
        r"अन्य\s+(?:\S+\s+)?मॉडल|दूसरे\s+मॉडल|प्रतिस्पर्धी\s+मॉडल",
    ),
    "th": (
        r"ห้าม|ไม่อนุญาต|ต้องไม่",
        r"ผลลัพธ์|เอาต์พุต|ผลที่ได้",
        r"ฝึก|เทรน|พัฒนา",
        r"(?:โมเดล|แบบจำลอง)(?:ปัญญาประดิษฐ์)?อื่น|(?:โมเดล|แบบจำลอง)ที่แข่งขัน",
    ),
    "uk": (
        r"\bзаборон\w*|\bне\s+(?:можна|може|можуть|дозволя\w*)",
        r"\bрезультат\w*|\bвихідн\w*\s+дан\w*",
        r"\bнавчан\w*|\bнавча\w*|\bтренува\w*|\bпокращ\w*",
        r"\bінш\w*\s+(?:\w+\s+)?модел\w*|\bконкурентн\w*\s+модел\w*",
    ),
    "id": (
        r"\bdilarang\b|\btidak\s+(?:boleh|diperbolehkan|diizinkan)\b",
        r"\bkeluaran\w*|\bluaran\b|\bhasil\b|\boutput\b",
        r"\bmelatih\b|\bpelatihan\b|\bmeningkatkan\b",
        r"\bmodel\s+(?:\w+\s+)?(?:lain|lainnya|pesaing)\b",
    ),
}


def _bans_output_training(language: str, text: str) -> bool:
    patterns = tuple(_compiled(p) for p in _OUTPUT_TRAINING[language])
    return any(all(p.search(c) for p in patterns) for c in _CLAUSE_END.split(text))


# the licensor may change the terms: a power to change and the terms (or the licence) changed
_UPDATE: dict[str, str] = {
    "el": r"\b(?:μπορεί|δικαιούται|διατηρεί\s+το\s+δικαίωμα)\b[^.;]{0,40}?\b(?:τροποποι|αναθεωρ"
    r"|επικαιροποι|αλλάζ|αλλάξ|μεταβάλ)\w*[^.;]{0,30}?\b(?:(?:τους|τις|την)\s+)?(?:(?:παρόντες"
    r"|παρούσες|παρούσα)\s+)?(?:όρ(?:ους|οι|ων)|άδεια|πολιτική)\b",
    "he": r"(?:רשאי|רשאית|שומר\w*\s+(?:לעצמו\s+|לעצמה\s+)?(?:את\s+)?הזכות)[^.;]{0,40}?"
    r"(?:לעדכן|לשנות|לתקן)[^.;]{0,30}?(?:תנאי|הרישיון|רישיון\s+זה|המדיניות)",
    "hi": r"(?:शर्तों|शर्तें|नीति|इस\s+लाइसेंस(?!दाता))\s+(?:को|में)[^।.;]{0,30}?(?:बदल|संशोधित"
    r"|संशोधन|अद्यतन|परिवर्तन)[^।.;]{0,20}?(?:सकता|सकती|सकते|अधिकार)",
    "th": r"(?:แก้ไข|เปลี่ยนแปลง|ปรับปรุง)(?:ข้อกำหนด|เงื่อนไข|สัญญา)[^.;]{0,40}?(?:ได้|ทุกเมื่อ)"
    r"|สงวนสิทธิ(?:์)?(?:ใน)?การ(?:แก้ไข|เปลี่ยนแปลง|ปรับปรุง)",
    "uk": r"\b(?:може|можуть|має\s+право|залишає\s+за\s+собою\s+право)\b[^.;]{0,40}?"
    r"\b(?:змінювати|змінити|оновлювати|оновити|переглядати)\b[^.;]{0,30}?\b(?:ці\s+|цю\s+)?"
    r"(?:умов\w*|ліцензі\w*)",
}


def read_credit_el_he_hi_th(language: str, text: str) -> list[Clause]:
    """`attribution_required` when a clause of a Greek, Hebrew, Hindi or Thai passage binds
    the licensee to credit the licensor, the author or the source, to show a wording, or to
    keep the notice or the licence's text with copies; else nothing."""
    if language not in _CREDIT:
        return []
    patterns = _credit(language)
    text = unicodedata.normalize("NFKC", text)
    for clause in _CLAUSE_END.split(_unquoted_stops(text)):
        if all(p.search(clause) for p in patterns):
            return [Clause("attribution_required", True)]
    return []


def _unquoted_stops(text: str) -> str:
    """The passage with the full stops inside a quoted wording blanked ("«Βασισμένο στο X.»"):
    the clause goes on past them."""
    return re.sub(r"[\"“«][^\"”»]{0,80}[\"”»]", lambda m: m.group().replace(".", " "), text)


# --- clauses stating no term ---------------------------------------------------------------------

_AS_IS = (
    r"\bως\s+έχει\b|\bόπως\s+(?:είναι|διατίθεται)\b|כמות\s+שה(?:וא|יא|ם)|כפי\s+שה(?:וא|יא)\s+"
    r"(?:ב)?(?:מצבו|מצבה)?|जैसा\s+है|जैसी\s+है|ตามสภาพ|ตามที่เป็นอยู่"
)
_NO_WARRANTY = (
    r"\bχωρίς\s+(?:καμία|καμιά|οποιαδήποτε|καμίας\s+φύσεως)\s+(?:\w+\s+){0,3}?εγγ[υύ]\w*"
    r"|\bδεν\s+παρέχ\w*\s+(?:καμία\s+|καμιά\s+|οποιαδήποτε\s+)?εγγ[υύ]\w*"
    r"|(?:ללא|בלי)\s+(?:כל\s+)?(?:אחריות|מצג|התחייבות)|אינ[וה]\s+(?:נותנ|נותן|מעניק)\w*\s+(?:כל\s+)?"
    r"(?:אחריות|מצג)|बिना\s+किसी\s+(?:भी\s+)?(?:प्रकार\s+की\s+)?(?:वारंटी|गारंटी)"
    r"|कोई\s+(?:भी\s+)?(?:वारंटी|गारंटी)\s+नहीं|(?:โดย)?ไม่มี(?:การ)?รับประกัน|ไม่(?:ให้)?(?:การ)?รับประกัน"
)
_NOT_LIABLE = (
    r"\bδεν\s+(?:φέρει|φέρουν|ευθύνεται|ευθύνονται|θα\s+ευθύνεται|θα\s+ευθύνονται)\b"
    r"|\b(?:ουδεμία|καμία)\s+ευθύνη|לא\s+(?:יהיה|תהיה|יהיו|יישא|תישא)\s+(?:אחראי|אחראית|אחראים|באחריות)"
    r"|אינ[וה]\s+(?:אחראי|אחראית|נושא|נושאת)|(?:उत्तरदायी|जिम्मेदार|ज़िम्मेदार|जवाबदेह)\s+नहीं"
    r"|ไม่(?:ต้อง)?รับผิด"
)
# the rights not granted are reserved
_RESERVED = (
    r"\bδικαιώματ\w*\b[^.;]{0,80}?\b(?:διατηρ\w*|επιφυλάσσ\w*|παραμένουν)\b"
    r"|\b(?:διατηρ\w*|επιφυλάσσ\w*)\b[^.;]{0,30}?\bδικαιώματ\w*[^.;]{0,60}?\bδεν\s+"
    r"(?:παραχωρ|χορηγ)\w*|זכויות[^.;]{0,60}?(?:שמורות|נשמרות|נותרות)"
    r"|अधिकार[^।]{0,80}?सुरक्षित|सर्वाधिकार\s+सुरक्षित|สงวน(?:ไว้|สิทธิ)"
)
# the licence ends on a breach
_ENDS_ON_BREACH = (
    r"\b(?:λύεται|λήγει|παύει|τερματίζ\w*|ανακαλ\w*)\b[^.;]{0,80}?\bπαραβ\w*"
    r"|\bπαραβ\w*[^.;]{0,80}?\b(?:λύεται|λήγει|παύει|τερματίζ\w*|ανακαλ\w*)"
    r"|(?:יסתיים|תסתיים|יבוטל|תבוטל|יפקע|תפקע|פוקע)[^.;]{0,60}?(?:תפר|הפר|יפר)"
    r"|(?:הפרה|הפרת|תפר)[^.;]{0,60}?(?:יסתיים|תסתיים|יבוטל|תבוטל|יפקע|תפקע)"
    r"|उल्लंघन[^।]{0,60}?(?:समाप्त|रद्द|निरस्त)|(?:समाप्त|रद्द|निरस्त)[^।]{0,60}?उल्लंघन"
    r"|(?:สิ้นสุด|ยกเลิก|เพิกถอน)[^.;]{0,60}?(?:ฝ่าฝืน|ละเมิด)|(?:ฝ่าฝืน|ละเมิด)[^.;]{0,60}?"
    r"(?:สิ้นสุด|ยกเลิก|เพิกถอน)"
)
# the outputs belong to the user
_OUTPUTS_LEFT = (
    r"\b(?:αποτελέσματα|έξοδοι|εξόδους|παραγόμεν\w*)\b[^.;]{0,60}?\bανήκ\w*\s+(?:στον|στη|στην"
    r"|σε)\s*(?:χρήστη|εσάς|Αδειοδόχο)|(?:תוצר|פלט)[^.;]{0,60}?(?:שייכ\w*|בבעלות)\s*"
    r"(?:ל|של\s+)?(?:ה)?(?:משתמש|לך|בעל\s+הרישיון)|(?:आउटपुट|परिणाम)[^।]{0,60}?"
    r"(?:उपयोगकर्ता|आप)\s+(?:के|का|की)\s+(?:होते|होता|होती|हैं|है|स्वामित्व)"
    r"|ผลลัพธ์[^.;]{0,60}?(?:เป็นของ|เป็นกรรมสิทธิ์ของ)(?:ผู้ใช้|ท่าน)"
)
# a plain grant: a grant (or a licensee entitled) to use, copy or modify, nothing more
_PLAIN_GRANT = (
    r"\b(?:παραχωρ|χορηγ|εκχωρ|παρέχ)\w*\b[^.;]{0,80}?\b(?:δικαίωμα|άδεια)\b[^.;]{0,60}?"
    r"\b(?:χρήσ|χρησιμοποι|αναπαραγ|αντιγρ|τροποποί|τροποποι)\w*"
    r"|(?:רשאי|רשאית|רשאים)\s+ל(?:השתמש|העתיק|שנות|הפיץ)|מעניק\w*\s+[^.;]{0,60}?(?:רישיון|זכות)"
    r"[^.;]{0,40}?(?:להשתמש|להעתיק|לשנות|שימוש)"
    r"|(?:उपयोग|प्रतिलिपि|संशोधन)[^।]{0,80}?(?:अधिकार|अनुमति|लाइसेंस)\s+(?:देता|देती|देते"
    r"|प्रदान\s+कर)"
    r"|(?:ให้สิทธิ|มอบสิทธิ|อนุญาตให้)[^.;]{0,40}?(?:ใช้|ทำซ้ำ|ดัดแปลง)"
)
# what narrows a grant: a purpose, a condition, research or personal ends (and `_NARROWING`,
# less the words of permission a grant is made of)
_GRANT_NARROWING = (
    r"\bσκοπ\w*|\bεφόσον\b|\bυπό\s+την\s+προϋπόθεση|\bεάν\b|\bαν\b|\bσύμφωνα\s+με"
    r"|\bέρευν\w*|\bερευνητικ\w*|\bπροσωπικ\w*|מטר|תכלית|בתנאי|(?:^|\s)אם\s|בהתאם\s+ל|מחקר"
    r"|אישי|उद्देश्य|प्रयोजन|यदि|बशर्ते|के\s+अनुसार|अनुसंधान|(?<!सं)शोध|व्यक्तिगत|วัตถุประสงค์"
    r"|หาก|ถ้า|เงื่อนไข|ตามที่|วิจัย|ส่วนตัว"
)
# a word narrowing any passage: commercial, only, a ban, an exception (and a permission)
_NARROWING_BASE = (
    r"\bεμπορικ\w*|\bκερδοσκοπ\w*|\bμόνο\b|\bμόνον\b|\bαποκλειστικά\b|\bαπαγορ\w*|\bεκτός\b"
    r"|מסחרי|רווח|אך\s+ורק|(?:^|\s)רק\s|בלבד|בלעדית|אסור|איסור|למעט|פרט\s+ל"
    r"|व्यावसायिक|वाणिज्यिक|केवल|सिर्फ|मात्र|वर्जित|निषिद्ध|प्रतिबंधित|सिवाय"
    r"|พาณิชย์|การค้า|เท่านั้น|ห้าม|ยกเว้น"
)
# (Thai: not the licensor, licensee or licence named by the word, ผู้อนุญาต, สัญญาอนุญาต)
_PERMISSION = (
    r"\bσυναίνεσ\w*|\bέγκρισ\w*|הסכמ|אישור|अनुमति|(?<!ผู้)(?<!ผู้รับ)(?<!สัญญา)(?<!ใบ)อนุญาต"
    r"|ยินยอม"
)
_NARROWING = f"{_NARROWING_BASE}|{_PERMISSION}"


@cache
def _no_term() -> tuple[re.Pattern[str], ...]:
    shapes = f"{_AS_IS}|{_NO_WARRANTY}|{_NOT_LIABLE}|{_RESERVED}|{_ENDS_ON_BREACH}|{_OUTPUTS_LEFT}"
    plain_narrowing = f"{_NARROWING_BASE}|{_GRANT_NARROWING}"  # a grant is a permission
    return (
        _compiled(shapes),
        _compiled(_NARROWING),
        _compiled(_PLAIN_GRANT),
        _compiled(plain_narrowing),
    )


def states_no_term_el_he_hi_th(text: str) -> bool:
    """Whether a Greek, Hebrew, Hindi or Thai passage states no term (module docstring): a
    warranty disclaimer, a limit of liability, rights reserved, the end on a breach, outputs
    left to the user, or a plain grant, with no word narrowing the use."""
    shapes, narrowing, grant, grant_narrowing = _no_term()
    text = unicodedata.normalize("NFKC", text)
    if _ban_reach().search(text) is not None and _ban_excepted().search(text) is None:
        return True
    if shapes.search(text) is not None and narrowing.search(text) is None:
        return True
    return grant.search(text) is not None and grant_narrowing.search(text) is None


# a ban said to hold even so ("Η απαγόρευση ισχύει ακόμη και όταν ...", "האיסור חל גם כאשר ...",
# "ข้อห้ามนี้มีผลแม้ว่า ..."): it names no use of its own, and takes away no exception, so it
# adds nothing to the ban read before it; a ban that does not hold somewhere is an exception
_BAN_REACH = (
    r"\b(?:η\s+|οι\s+)?(?:απαγόρευσ\w*|περιορισμ\w*)\s+(?:αυτ\w*\s+)?(?:ισχύ\w*|εφαρμόζ\w*)"
    r"\s+(?:ακόμη|ακόμα|επίσης|και)\s+(?:και\s+)?(?:όταν|αν|εάν|σε\s+περίπτωση|αν\s+και)\b"
    r"|(?:ה)?(?:איסור|הגבלה|הגבלות)\s+(?:ה?(?:זה|זו|אלה)\s+)?(?:חל|חלה|חלים|חלות|יחול|תחול)"
    r"\s+(?:גם|אף)\s+(?:כאשר|אם|כש|במקרה|בעת)"
    r"|ข้อห้าม(?:นี้|ดังกล่าว)?(?:ให้)?(?:มีผล|ใช้บังคับ)(?:ใช้บังคับ)?\s*(?:แม้|ถึงแม้|แม้แต่)"
)
_BAN_EXCEPTED = (
    r"\bεκτός\b|\bδεν\s+(?:ισχύ|εφαρμόζ)\w*|\bεξαιρ\w*|למעט|פרט\s+ל|(?:לא|אינו|אינה)\s+(?:חל|חלה)"
    r"|ยกเว้น|ไม่(?:มีผล|ใช้บังคับ)"
)


@cache
def _ban_reach() -> re.Pattern[str]:
    return _compiled(_BAN_REACH)


@cache
def _ban_excepted() -> re.Pattern[str]:
    return _compiled(_BAN_EXCEPTED)
