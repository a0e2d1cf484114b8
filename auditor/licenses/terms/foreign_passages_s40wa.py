"""Whole passages read sentence by sentence (session 40), for `terms.foreign`: Punjabi, Bengali,
Urdu, Tamil, Vietnamese, Malay and Thai licences whose every sentence one of these shapes reads,
and the Chinese, Indonesian and Hindi ones `foreign_clauses_s40wa` reads. A passage
is read only when each of its sentences is (a sentence no shape reads leaves the passage to the
other readers, or unread); a clause number before it ("শর্ত ১।", "பிரிவு 2.") is dropped.

- A grant naming commercial use among the purposes allowed, nothing narrowing it (pa "ਕਿਸੇ
  ਵੀ ਮਕਸਦ ਲਈ, ਵਪਾਰਕ ਮਕਸਦ ਸਮੇਤ ... ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ", bn "... অনুমতি দিচ্ছে, বাণিজ্যিক
  উদ্দেশ্যেও", ur "تجارتی اور غیر تجارتی دونوں مقاصد کے لیے ... حق دیتا ہے"): `commercial_use`
  allowed. A negation, "only", "if", a condition, "without" or a permission asked leaves it
  unread ("free of any fee", "non-exclusive" are no narrowing).
- A licence copy or notice kept with the model, or a credit line to show (pa "ਸ਼ਰਤ ਸਿਰਫ਼ ਇਹ
  ਹੈ ਕਿ ... ਲਾਇਸੈਂਸ ... ਨੋਟਿਸ ਨਾਲ ਰੱਖਿਆ ਜਾਵੇ", bn "... পাতায় লিখুন ...", ur "... لائسنس کی
  نقل ساتھ رکھیں", ta "... உரிமத்தின் நகலைச் சேர்க்க வேண்டும்"): `attribution_required`.
- A ban on medical advice (ta "மருத்துவ ஆலோசனை ... பயன்படுத்தக் கூடாது"): `medical-advice`,
  and `unlicensed-professional-practice` where the ban holds only without a licensed doctor
  ("உரிமம் பெற்ற மருத்துவரின் ... இல்லாமல்"); any other "without" or "except" leaves it unread.
- A ban on use by the police or for criminal investigation, suspect identification or crime
  prediction (ur "پولیس ... کی تفتیش، ملزمان کی نشاندہی یا جرم کی پیش گوئی ... استعمال نہیں کیا
  جائے گا"): `law-enforcement`, `criminal-justice`.
- A table row past a cap on daily or monthly users asking the licensor's permission (th
  "ผู้ใช้งานรายวันเกิน 50,000 คน | ต้องได้รับอนุญาตเป็นลายลักษณ์อักษร..."): `user_threshold`,
  commercial use restricted past it; the grant "on the conditions of the table below" states
  none of its own ("... ตามเงื่อนไขในตารางต่อไปนี้"). A row "not over" the cap (ไม่เกิน) is not this shape.
- No term: a warranty disclaimer (pa "ਬਿਨਾਂ ਕਿਸੇ ਗਰੰਟੀ ਦੇ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ", ta "எந்த உத்தரவாதமும்
  இன்றி வழங்கப்படுகிறது"), the licensor's liability declined (vi "Bên cấp phép không chịu trách
  nhiệm về ..."), the model given as is (ms "Model diberikan \"seperti sedia ada\" tanpa
  sebarang waranti"), the titles of clauses left out (ur "(ضمانت سے دستبرداری اور ذمہ داری
  کی حد۔)").

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_clauses_s40wa import read_sentence_s40wa
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s40wa"]

_ALLOWED = [Clause("commercial_use", "allowed")]
_CREDIT = [Clause("attribution_required", True)]
_Reader = Callable[[str], "list[Clause] | None"]

_NUMBER = lazy_pattern(
    r"^\W*(?:(?:ধারা|শর্ত|شق|ਧਾਰਾ|ਸ਼ਰਤ|பிரிவு|Điều|धारा)\s*)?[\d০-৯۰-۹੦-੯]+"
    r"(?:\s+(?:اور|ও|और|ਅਤੇ|மற்றும்|và)\s+[\d০-৯۰-۹੦-੯]+)?\s*[.।۔)]\s*"
    # or its number and title ("धारा 3 — व्यावसायिक उपयोग।")
    r"|^\W*(?:ধারা|धारा|ਧਾਰਾ)\s*[\d০-৯੦-੯]+\s*[-—–]\s*[^\s।]+(?:\s+[^\s।]+){0,3}\s*।\s*"
)
_SENTENCES = lazy_pattern(r"(?<=[।۔])\s*|(?<=\.)\s+")

# pa
_PA_GRANT = lazy_pattern(r"ਵਪਾਰਕ[^।]{0,80}?ਇਜਾਜ਼ਤ\s+ਦਿੰਦ(?:ੀ|ਾ|ੇ)\s+ਹ(?:ੈ|ਨ)")
_PA_NARROWING = lazy_pattern(
    r"ਨਹੀਂ|ਸਿਰਫ਼|ਸਿਰਫ|ਕੇਵਲ|ਬਿਨਾਂ|ਗੈਰ-?\s*ਵਪਾਰਕ|ਜੇਕਰ|(?<!\S)ਜੇ(?!\S)|ਲਿਖਤੀ|ਮਨਜ਼ੂਰੀ|ਸ਼ਰਤ|ਤੋਂ\s+ਵੱਧ"
    r"|ਖੋਜ|ਨਿੱਜੀ"
)
_PA_NOTICE = lazy_pattern(
    r"^ਸ਼ਰਤ\s+(?:ਸਿਰਫ਼|ਸਿਰਫ|ਕੇਵਲ)\s+ਇਹ\s+ਹੈ\s+ਕਿ[^।]{0,60}?(?:ਲਾਇਸੈਂਸ|ਨੋਟਿਸ)[^।]{0,40}?"
    r"ਨਾਲ\s+(?:ਰੱਖਿਆ|ਦਿੱਤਾ|ਸ਼ਾਮਲ\s+ਕੀਤਾ)\s+ਜਾਵੇ\W*$"
)
_PA_NO_WARRANTY = lazy_pattern(
    r"^(?:ਇਹ\s+)?ਮਾਡਲ\s+ਬਿਨਾਂ\s+ਕਿਸੇ\s+(?:ਗਰੰਟੀ|ਵਾਰੰਟੀ)\s+ਦੇ\s+ਦਿੱਤਾ\s+ਜਾਂਦਾ\s+ਹੈ\W*$"
)
_PA_DENIED = lazy_pattern(r"ਨਹੀਂ|ਵਪਾਰਕ|ਇਜਾਜ਼ਤ|ਮਨਜ਼ੂਰੀ|ਵਰਤੋਂਕਾਰ|ਆਮਦਨ|ਖੋਜ")

# bn: a fee waived is no narrowing ("কোনো ফি ছাড়াই", "বিনামূল্যে")
_BN_GRANT = lazy_pattern(
    r"(?:অনুমতি|অধিকার)\s+(?:দিচ্ছে|দিচ্ছেন|দেয়|দেন|দেওয়া\s+হলো|দেওয়া\s+হল)[^।]{0,40}?"
    r"(?<!অ)বাণিজ্যিক|(?<!অ)বাণিজ্যিক[^।]{0,80}?(?:অনুমতি|অধিকার)\s+(?:দিচ্ছে|দিচ্ছেন|দেয়|দেন)"
)
_BN_FREE = lazy_pattern(r"(?:কোনো\s+)?(?:ফি|মূল্য|রয়্যালটি|টাকা)\s+ছাড়াই?|বিনা\s*মূল্যে")
_BN_NARROWING = lazy_pattern(
    r"অবাণিজ্যিক|শুধু|কেবল|একমাত্র|(?<!\S)না(?!\S)|নয়|(?<!\S)নি(?!\S)|নিষিদ্ধ|যদি|শর্ত|লিখিত"
    r"|অনুমোদন|সম্মতি|ব্যতীত|ছাড়া|বাদে|ব্যতিরেকে|গবেষণা|ব্যক্তিগত|সীমা"
)
_BN_CREDIT = lazy_pattern(
    r"(?:পাতায়|পৃষ্ঠায়|ডকুমেন্টেশনে|বিবরণে|স্ক্রিনে)[^।]{0,30}?(?:লিখুন|উল্লেখ\s+করুন|দেখান"
    r"|লিখতে\s+হবে|উল্লেখ\s+করতে\s+হবে)"
)
_BN_DENIED = lazy_pattern(r"(?<!\S)না(?!\S)|নয়|নিষিদ্ধ|বাণিজ্যিক|অনুমতি|অনুমোদন|ব্যবহারকারী|আয়|যদি|ছাড়া")

# ur: "commercial and non-commercial, both" granted; a non-exclusive right is no narrowing
_UR_BOTH = lazy_pattern(r"تجارتی\s+(?:اور|و|یا)\s+غیر\s*تجارتی\s+(?:دونوں\s+)?مقاصد")
_UR_ALSO = lazy_pattern(r"تجارتی\s+(?:مقاصد|استعمال)[^۔]{0,20}?(?:سمیت|بھی)")
_UR_VERB = lazy_pattern(r"(?:حق|اجازت)\s+دیت(?:ا|ی|ے)\s+(?:ہے|ہیں)")
_UR_NARROWING = lazy_pattern(
    r"نہیں|صرف|بغیر|اگر|بشرطیکہ|شرط|تحریری|ممنوع|سوائے|علاوہ|محض|فقط|غیر\s*تجارتی|منظوری"
    r"|تحقیق|ذاتی|حد\b"
)
_UR_COPY = lazy_pattern(
    r"(?:تقسیم|فراہم)[^۔]{0,30}?لائسنس\s+کی\s+(?:نقل|کاپی)[^۔]{0,20}?(?:ساتھ|شامل)\s*"
    r"(?:رکھیں|کریں|دیں|کرنا\s+ہوگ(?:ا|ی)|ہونی\s+چاہیے)"
)
_UR_BAN = lazy_pattern(r"استعمال\s+نہیں\s+کیا\s+جائے\s+گا|استعمال\s+نہ\s+کریں|ممنوع")
_UR_POLICE = lazy_pattern(r"پولیس|قانون\s+نافذ\s+کرنے\s+والے")
_UR_CRIME = lazy_pattern(
    r"(?:ملزم\S*|مجرم\S*|مشتبہ\S*)\s+کی\s+(?:نشاندہی|شناخت)|جرم\s+کی\s+پیش\s*گوئی|تفتیش|مقدم"
)
_UR_EXCEPT = lazy_pattern(r"سوائے|بغیر|اگر|جب\s+تک|علاوہ|اجازت\s+سے")
_UR_TITLES = lazy_pattern(
    r"^\(\s*(?:ضمانت|وارنٹی|ذمہ\s+داری|دستبرداری|خاتمہ|اختتام)[^()]{0,80}\)\s*$"
)
_UR_TITLE_DENIED = lazy_pattern(r"نہیں|ممنوع|تجارتی|استعمال|اجازت")

# ta
_TA_COPY = lazy_pattern(
    r"(?:பகிரும்போது|விநியோகிக்கும்போது|வழங்கும்போது)[^.]{0,40}?உரிமத்தின்\s+நகல\S*\s+"
    r"(?:சேர்க்க|இணைக்க)\s+வேண்டும்"
)
_TA_NO_WARRANTY = lazy_pattern(
    r"^(?:இந்த\s+)?மாதிரி\S*\s+எந்த\s+உத்தரவாதமும்\s+(?:இன்றி|இல்லாமல்)\s+வழங்கப்படுகிறது\W*$"
)
_TA_BAN = lazy_pattern(r"பயன்படுத்தக்?\s*கூடாது|தடைசெய்யப்பட்டுள்ளது|தடை\s+செய்யப்பட்டுள்ளது")
_TA_MEDICAL = lazy_pattern(r"மருத்துவ\s+(?:ஆலோசனை|நோயறிதல்)")
_TA_UNLICENSED = lazy_pattern(
    r"உரிமம்\s+பெற்ற\s+மருத்துவ\S*[^.]{0,40}?(?:மேற்பார்வை|பொறுப்பு)\S*\s+(?:இல்லாமல்|இன்றி)"
)
_TA_EXCEPT = lazy_pattern(r"இல்லாமல்|இன்றி|தவிர|அன்றி|அனுமதி|வரை|மட்டும்")
_TA_DENIED = lazy_pattern(r"கூடாது|இல்லாமல்|மட்டும்|வணிக|அனுமதி")

# vi: the licensor's liability declined
_VI_NO_LIABILITY = lazy_pattern(
    r"^(?:Bên\s+cấp\s+phép|Tác\s+giả|Nhà\s+phát\s+triển|Chúng\s+tôi)\s+không\s+chịu\s+(?:bất\s+kỳ\s+)?"
    r"trách\s+nhiệm\s+(?:về|đối\s+với|cho)\s+[^.;]{0,80}\.?$",
    re.IGNORECASE,
)
# ms, id: the model given "as is", no warranty
_MS_AS_IS = lazy_pattern(
    r"^(?:Model|Perisian)\s+(?:ini\s+)?(?:diberikan|disediakan)\s+\W?(?:seperti\s+sedia\s+ada"
    r"|sebagaimana\s+adanya)\W?\s+tanpa\s+(?:sebarang|apa-apa|sebarang\s+bentuk)?\s*"
    r"(?:waranti|jaminan)(?:\s+apa\s+pun)?\s*\.?$",
    re.IGNORECASE,
)
# th: a row past a cap on daily or monthly users asking the licensor's (written) permission
_TH_PAST = lazy_pattern(
    r"^ผู้ใช้(?:งาน)?\s*(?P<unit>รายวัน|ต่อวัน|รายเดือน|ต่อเดือน)\s*(?<!ไม่)เกิน\s*(?P<count>\d[\d,]*)\s*คน"
    r"\s+ต้องได้รับ(?:อนุญาต|ความยินยอม)(?:เป็นลายลักษณ์อักษร)?\S*$"
)
# th: a grant "on the conditions in the table below": the rows state its terms
_TH_PER_TABLE = lazy_pattern(
    r"อนุญาตให้[^.]{0,160}?ตามเงื่อนไข(?:ใน|ของ)ตาราง(?:ต่อไปนี้|ด้านล่าง|ข้างล่าง)\W*$"
)
_TH_GRANT_DENIED = lazy_pattern(r"ไม่อนุญาต|ห้าม|เว้นแต่|ยกเว้น|เฉพาะ|เท่านั้น|พาณิชย์")
_TH_DENIED = lazy_pattern(r"ไม่ต้อง|เว้นแต่|ยกเว้น|หรือ")
_VI_DENIED = lazy_pattern(r"sử\s+dụng|thương\s+mại|được\s+phép|cấm|phải|chỉ", re.IGNORECASE)


def read_s40wa(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages every sentence of which a shape of the module reads, with their clauses."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        clauses = read_sentences(passage.text)
        if clauses is not None:
            found[passage] = clauses
    return found


def read_sentences(text: str) -> list[Clause] | None:
    """The clauses of `text` when a shape reads each of its sentences, else None."""
    body = _NUMBER.sub("", text.strip(), count=1)
    if _UR_TITLES.search(body) is not None and _UR_TITLE_DENIED.search(body) is None:
        return []
    whole = read_sentence_s40wa(body)
    if whole is not None:
        return whole
    sentences = [s for s in _SENTENCES.split(body) if s.strip(" ।۔.")]
    if not sentences:
        return None
    clauses: list[Clause] = []
    for sentence in sentences:
        read = _sentence(sentence.strip())
        if read is None:
            return None
        clauses += read
    return clauses


def _sentence(text: str) -> list[Clause] | None:
    for reader in _READERS:
        clauses = reader(text)
        if clauses is not None:
            return clauses
    return None


def _pa(text: str) -> list[Clause] | None:
    if _PA_GRANT.search(text) is not None and _PA_NARROWING.search(text) is None:
        return _ALLOWED
    if _PA_NOTICE.search(text) is not None and _PA_DENIED.search(text) is None:
        return _CREDIT
    return [] if _PA_NO_WARRANTY.search(text) is not None else None


def _bn(text: str) -> list[Clause] | None:
    if _BN_GRANT.search(text) is not None:
        return _ALLOWED if _BN_NARROWING.search(_BN_FREE.sub(" ", text)) is None else None
    if _BN_CREDIT.search(text) is not None and _BN_DENIED.search(text) is None:
        return _CREDIT
    return None


def _ur(text: str) -> list[Clause] | None:
    if _UR_VERB.search(text) is not None and (_UR_BOTH.search(text) or _UR_ALSO.search(text)):
        rest = _UR_BOTH.sub(" ", re.sub(r"غیر\s+(?:خصوصی|مخصوص)", " ", text))
        return _ALLOWED if _UR_NARROWING.search(rest) is None else None
    if _UR_COPY.search(text) is not None and "نہیں" not in text:
        return _CREDIT
    if _UR_BAN.search(text) is None or _UR_EXCEPT.search(text) is not None:
        return None
    tags = ["law-enforcement"] if _UR_POLICE.search(text) else []
    tags += ["criminal-justice"] if _UR_CRIME.search(text) else []
    return [Clause("use_restrictions", tags)] if tags else None


def _ta(text: str) -> list[Clause] | None:
    if _TA_COPY.search(text) is not None and _TA_DENIED.search(text) is None:
        return _CREDIT
    if _TA_NO_WARRANTY.search(text) is not None:
        return []
    if _TA_BAN.search(text) is None or _TA_MEDICAL.search(text) is None:
        return None
    unlicensed = _TA_UNLICENSED.search(text)
    rest = text if unlicensed is None else text.replace(unlicensed.group(0), " ")
    if _TA_EXCEPT.search(rest) is not None:
        return None
    tags = ["medical-advice"] + (["unlicensed-professional-practice"] if unlicensed else [])
    return [Clause("use_restrictions", tags)]


def _vi(text: str) -> list[Clause] | None:
    match = _VI_NO_LIABILITY.search(text)
    if match is None:
        return None
    rest = re.sub(r"không\s+chịu\s+(?:bất\s+kỳ\s+)?trách\s+nhiệm", " ", text, flags=re.I)
    return [] if _VI_DENIED.search(rest) is None else None


def _th(text: str) -> list[Clause] | None:
    if _TH_PER_TABLE.search(text) is not None and _TH_GRANT_DENIED.search(text) is None:
        return []
    match = _TH_PAST.search(text)
    if match is None or _TH_DENIED.search(text) is not None:
        return None
    count = int(match.group("count").replace(",", ""))
    daily = match.group("unit") in ("รายวัน", "ต่อวัน")
    cap = [Clause("user_threshold", {"count": count, "unit": "dau" if daily else "mau"})]
    cap += [] if daily else [Clause("mau_threshold", count)]
    above = Clause("commercial_use_conditions", ["separate-license-above-threshold"])
    return [*cap, Clause("commercial_use", "restricted"), above]


def _ms(text: str) -> list[Clause] | None:
    return [] if _MS_AS_IS.search(text) is not None else None


_READERS: tuple[_Reader, ...] = (_pa, _bn, _ur, _ta, _vi, _ms, _th, read_sentence_s40wa)
