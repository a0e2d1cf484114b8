"""Routes to commercial use in Arabic, Turkish, Persian, Hebrew, Bengali, Swahili and Urdu: the
tables `foreign_routes` reads for these languages (a module of its own so that each language's
words stand together; see `foreign_routes` for what each table is).

- the licensor's decision (approval, permission, consent), and a negation before or after it
  saying it is not needed ("لا يلزم الحصول على موافقة", "onay gerekmez", "আমরা কোনো অনুমোদন
  দিই না", "hakuna haja ya idhini");
- telling the licensor (an e-mail, a notice, a registration), before or to start commercial use;
- the licensor may refuse, or decides at its discretion ("وفق تقديرها المطلق", "reddedebilir");
- a request for the permission, or the permission defined ("يُقدَّم طلب الموافقة إلى ...",
  "Onay başvurusu ... adresine yapılır", "الموافقة: إذن كتابي ..."): read with the permission
  route it belongs to, as a refusal is (`APPLY`).

Arabic words are written without vowel marks and match words carrying them
(`foreign_cues_ar.ar_pattern`); Bengali is written as the passages are, NFKC. Persian and Hebrew
take no word boundary (their prefixes are glued on), Turkish and Swahili do.
"""

from __future__ import annotations

import unicodedata

from auditor.licenses.terms.foreign_cues_ar import ar_pattern


def _ar(pattern: str) -> str:
    return ar_pattern(pattern).pattern


def _bn(pattern: str) -> str:
    return unicodedata.normalize("NFKC", pattern)


DECISION = {
    "ar": _ar(r"موافق[ةه]|[اإ]ذن|تصريح|[اإ]جاز[ةه]"),
    "tr": r"\b(?:onay\w*|izn\w*|izin\w*|müsaade\w*|muvafakat\w*)",
    "fa": r"اجازه(?!\s*نامه)|موافقت|تایید|تأیید",
    "he": r"אישור|הסכמ\w*|היתר",
    "bn": _bn(r"অনুমোদন|অনুমতি|সম্মতি"),
    "sw": r"\b(?:idhini|ruhusa|kibali|kuidhinishwa)\b",
    "ur": r"منظوری|اجازت|رضامندی",
}
NOT = {
    "ar": _ar(r"(?:^|\s)[وف]?(?:لا|ليس|ليست|لن)(?=\s)|(?:دون|بدون|من\s+غير)\s+(?:ال)?حاج[ةه]"),
    "tr": r"\b(?:hiçbir|hiç)\b",
    "fa": r"(?:^|\s)(?:هیچ|بدون\s+نیاز)(?=\s)",
    "he": r"(?:^|\s)(?:אין|לא|ללא\s+צורך)(?=\s)",
    "bn": _bn(r"(?:^|\s)(?:কোনো|কোন)(?=\s)"),
    "sw": r"\b(?:hakuna|hatutoi|bila\s+haja)\b",
    "ur": r"(?:^|\s)کوئی(?=\s)",
}
NOT_AFTER = {
    "ar": _ar(
        r"^\W*(?:\S+\s+){0,2}?(?:غير\s+(?:مطلوب|لازم|ضروري)|ليس\S*\s+(?:مطلوب|لازم|ضروري|شرط))"
    ),
    "tr": r"^\W*(?:\w+\s+){0,3}?(?:gerekmez|gerekmemektedir|gerekli\s+değil\w*|aranmaz"
    r"|şart\s+değil\w*|gerek\s+yok\w*)",
    "fa": r"^\W*(?:\S+\s+){0,2}?(?:لازم\s+نیست|نیاز\s+نیست|نمی\s*دهیم|نمیخواهد|ضروری\s+نیست)",
    "he": r"^\W*(?:\S+\s+){0,2}?(?:אינו\s+נדרש|לא\s+נדרש|אינה\s+נדרשת)",
    "bn": _bn(r"^\W*(?:\S+\s+){0,2}?(?:না|নয়|নেই)(?=\s|$|[,।.;])"),
    "sw": r"^\W*(?:\w+\s+){0,2}?(?:haihitajiki|hauhitajiki|si\s+lazima)\b",
    "ur": r"^\W*(?:\S+\s+){0,3}?(?:ضرورت\s+نہیں|ضروری\s+نہیں|درکار\s+نہیں|لازم\s+نہیں)",
}
TELL = {
    "ar": _ar(
        r"[اإ]خطار|[اإ]شعار|[اأ]خطر|[اأ]شعر|[اأ]بلغ|[اإ]بلاغ|[اإ]رسال|[اأ]رسل|تسجيل|سجل|بريد"
        r"|راسل|مراسل"
    ),
    "tr": r"\b(?:bildir\w*|e-?posta\w*|kayıt\w*|kaydol\w*|kaydet\w*|haber\s+ver\w*|gönder\w*"
    r"|ilet\w*)",
    "fa": r"ایمیل|رایانامه|اطلاع|ثبت|ارسال|بفرستید",
    "he": r"דוא\"?ל|דואר\s+אלקטרוני|הודע\w*|הודיע\w*|רישום|הירשמ\w*|שלח\w*|ליידע",
    "bn": _bn(r"ই-?মেইল|জানিয়ে|জানান|জানাতে|নিবন্ধন|রেজিস্টার|পাঠান|পাঠাতে"),
    "sw": r"\b(?:barua\s+pepe|tujulishe|kutujulisha|ujumbe|jisajili|kujisajili|tuma|kutuma)\b",
    "ur": r"ای\s*میل|اطلاع|مطلع|رجسٹر|اندراج|بھیج",
}
BEFORE = {
    "ar": _ar(r"قبل|مسبق|لبدء|عند\s+بدء"),
    "tr": r"\b(?:önce\w*|başlamadan|evvel|başlarken)\b",
    "fa": r"پیش\s+از|قبل\s+از|پیشاپیش|هنگام\s+شروع",
    "he": r"לפני|מראש|בטרם",
    "bn": _bn(r"আগে|পূর্বে|শুরু\s+করার"),
    "sw": r"\b(?:kabla|mapema)\b",
    "ur": r"سے\s+پہلے|پیشگی|قبل\s+از",
}
COMMERCIAL = {
    "ar": _ar(r"تجار[يةى]|ربح"),
    "tr": r"\bticar[iî]\w*",
    "fa": r"(?<!غیر)(?<!غیر\s)تجاری|انتفاعی",
    "he": r"(?<!לא\s)מסחרי|עסקי",
    "bn": _bn(r"(?<!অ)(?<!অ-)(?:বাণিজ্যিক|ব্যবসায়িক)"),
    "sw": r"\b(?:kibiashara|biashara)\b",
    "ur": r"(?<!غیر)(?<!غیر\s)تجارتی|کاروبار",
}
REFUSE = {
    "ar": _ar(r"رفض|يرفض|ترفض|[اإ]نكار|تقدير[هها]|بحسب\s+تقدير|وفق\s+تقدير"),
    "tr": r"\b(?:reddede\w*|kabul\s+etmeyebilir\w*|geri\s+çevir\w*|takdir\w*)",
    "fa": r"رد\s+کند|نپذیرد|صلاحدید|به\s+تشخیص\s+خود",
    "he": r"לסרב|רשאי\w*\s+לדחות|לפי\s+שיקול\s+דעת",
    "bn": _bn(r"প্রত্যাখ্যান|নিজস্ব\s+বিবেচনা"),
    "sw": r"\b(?:kukataa|anaweza\s+kukataa|kwa\s+hiari\s+yake)\b",
    "ur": r"مسترد|انکار|صوابدید",
}
# a request for the licensor's permission, or the permission defined ("الموافقة: إذن كتابي")
APPLY = {
    "ar": _ar(r"طلب\s+(?:ال)?(?:موافق|[اإ]ذن|ترخيص|تصريح)|^\W*(?:ال)?(?:موافق[ةه]|[اإ]ذن)\W*\s*:"),
    "tr": r"\b(?:onay|izin)\s+(?:talep|başvuru|istem)\w*|^\W*(?:onay|izin)\W*\s*:",
    "fa": r"درخواست\s+(?:اجازه|مجوز|موافقت)",
    "he": r"בקש\w*\s+(?:ל)?(?:אישור|היתר|הסכמ)",
    "bn": _bn(r"(?:অনুমতি|অনুমোদন|সম্মতি)\S*\s+(?:জন্য\s+)?আবেদন"),
    "sw": r"\bombi\s+la\s+(?:ruhusa|idhini|kibali)|\bmaombi\s+ya\s+(?:ruhusa|idhini|kibali)",
    "ur": r"(?:منظوری|اجازت)\s+(?:\S+\s+){0,2}?درخواست|درخواست\s+مسترد",
}
