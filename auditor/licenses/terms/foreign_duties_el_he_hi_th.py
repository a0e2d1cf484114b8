"""Credit duties and clauses stating no term in Greek, Hebrew, Hindi and Thai licence texts,
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

from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

# language -> (the obligation, the verb of credit, whom or what is credited)
_CREDIT: dict[str, tuple[str, str, str]] = {
    "el": (
        r"\b(?:πρέπει|οφείλ\w*|υποχρεο[υύ]\w*|υποχρέωση|απαιτείται)\b",
        r"\b(?:αναφέρ\w*|αναφορά\w*|μνεία|αναγράφ\w*|διατηρ\w*|συνοδεύ\w*|επισυνάπτ\w*"
        r"|περιλαμβάν\w*|εμφανίζ\w*|αποδίδ\w*|απόδοση)\b",
        r"\b(?:δημιουργ\w*|δικαιούχ\w*|αδειοδότ\w*|πηγή|πηγής|όνομα\s+του\s+μοντέλου"
        r"|πνευματικ\w*\s+δικαι\w*|κείμενο\s+(?:της\s+)?(?:παρούσας\s+|αυτής\s+της\s+)?άδειας"
        r"|copyright)|[\"“«]",
    ),
    "he": (
        r"חייב|יש\s+ל|נדרש|מחויב|מתחייב|עליך|על\s+(?:ה)?משתמש|על\s+בעל\s+(?:ה)?רישיון",
        r"לציין|ציון|יצוין|להזכיר|לשמור|ישמור|יישמר|לצרף|יצורף|לכלול|יכלול|להציג|יוצג|ייחוס"
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
CREDIT_EL_HE_HI_TH = frozenset(_CREDIT)
_CLAUSE_END = re.compile(r"[.;!?।]")


def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern as the passages are written, NFKC (Thai "ำ" is two code points there)."""
    return re.compile(unicodedata.normalize("NFKC", pattern), _FLAGS)


@cache
def _credit(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(_compiled(p) for p in _CREDIT[language])


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
# a word narrowing any passage: commercial, only, a ban, an exception, a permission
_NARROWING = (
    r"\bεμπορικ\w*|\bμόνο\b|\bμόνον\b|\bαποκλειστικά\b|\bαπαγορ\w*|\bεκτός\b|\bσυναίνεσ\w*"
    r"|\bέγκρισ\w*|מסחרי|אך\s+ורק|(?:^|\s)רק\s|בלעדית|אסור|איסור|למעט|פרט\s+ל|הסכמ|אישור"
    r"|व्यावसायिक|वाणिज्यिक|केवल|सिर्फ|मात्र|वर्जित|निषिद्ध|प्रतिबंधित|अनुमति|सिवाय"
    r"|พาณิชย์|เท่านั้น|ห้าม|ยกเว้น|อนุญาต|ยินยอม"
)


@cache
def _no_term() -> tuple[re.Pattern[str], re.Pattern[str]]:
    shapes = f"{_AS_IS}|{_NO_WARRANTY}|{_NOT_LIABLE}"
    return _compiled(shapes), _compiled(_NARROWING)


def states_no_term_el_he_hi_th(text: str) -> bool:
    """Whether a Greek, Hebrew, Hindi or Thai passage is a warranty disclaimer or a limit of
    liability, with no word narrowing the use (module docstring)."""
    shapes, narrowing = _no_term()
    text = unicodedata.normalize("NFKC", text)
    return shapes.search(text) is not None and narrowing.search(text) is None
