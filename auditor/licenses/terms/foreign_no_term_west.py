"""Passages stating no term of use in Arabic, Hebrew, Persian, Turkish, Bengali and Swahili, for
`foreign_no_term.states_no_term`: read, and they add nothing -

- a lead-in to the definitions ("يُقصد بالعبارات الآتية ... المعاني المبيّنة أمام كلٍّ منها:");
- a party or a thing defined after a colon or a quoted term, with no word of the terms in its
  body ("الشركة: شركة مثال ... ومقرها الرياض", "المستخدم: كل شخص طبيعي أو اعتباري ...",
  '"Kampuni" maana yake ni ...', "המפרסמת: דוגמה ... בע"מ"): a definition of a use, a purpose,
  commercial use or the territory is none of these (it is read where it is used, or reported);
- an article's number and caption standing alone, maybe with the next item's number ("مادهٔ ۱
  - تعاریف ۱-۱.", "المادة الأولى (التعريفات)", "Sehemu ya Kwanza: Tafsiri");
- the parties named by their roles ("المرخِّص هو شركة ... ذ.م.م، والمرخَّص له هو كل من ...",
  "Lisans Veren Örnek A.Ş.'dir", "लाइसेंसदाता नमूना प्राइवेट लिमिटेड है");
- the courts that hear disputes, alone ("כל מחלוקת תידון בבתי המשפט של ...", "uyuşmazlıklarda
  Ankara Mahkemeleri yetkilidir", "சென்னை நீதிமன்றங்களுக்கே அதிகார வரம்பு");
- the model offered to everyone on the terms the text goes on to state ("modeli bu metindeki
  şartlarla herkesin kullanımına açar", "يتيح النموذج للجميع وفق الشروط التالية");
- another document said to form an integral part of the licence ("جزء لا يتجزأ من هذا
  الترخيص", "جزء جدایی‌ناپذیر همین پروانه", "ayrılmaz bir parçasıdır"): its terms are read
  where they stand;
- the outputs belonging to the user ("מה שהמודל מפיק שייך לך", "المخرجات ملك لك", "خروجی‌ها
  متعلق به شماست", "Matokeo ni mali yako").

A passage holding a word of a ban, a condition or commercial use (`_TERM_WORDS`) is none of
these. Arabic is matched without vowel marks (`foreign_cues_ar.ar_pattern`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_no_other_limits import asks_nothing
from auditor.licenses.text.language import language_of

__all__ = ["states_no_term_west"]

_FLAGS = re.IGNORECASE

_LEAD_IN = ar_pattern(
    r"يقصد\s+ب(?:ال)?(?:عبارات|كلمات|مصطلحات|[اأ]لفاظ)|(?:العبارات|الكلمات|المصطلحات)\s+"
    r"(?:الآتية|التالية)\s+(?:المعاني|معانيها)"
)
# a defined word (a few words) before a colon, or quoted before "maana yake ni" / a dash
_DEFINED_WORD = (
    r"^\W{0,3}(?:\(?[\w\u0660-\u0669\u06f0-\u06f9]{1,3}[.)]\s*)?(?P<term>[^\s:\"“”«»]+(?:\s+[^\s:\"“”«»]+){0,2})"
    r"\s*:\s*\S"
    r"|^\W{0,3}(?:\(?\w{1,3}[.)]\s*)?[\"“«](?P<quoted>[^\"”»]{2,40})[\"”»]\s*(?:maana\s+yake\s+ni"
    r"|ni|[-–—])\s+\S"
)
# a term naming a use, a purpose, commercial use, a territory or a measure: not a plain one
_PURPOSE_TERM = (
    ar_pattern(
        r"استعمال|استخدام|غرض|[اأ]غراض|تجاري|ربح|[اإ]قليم|منطق[ةه]|مستخدم\S*\s+نشط|موافق|[اإ]ذن"
    ).pattern
    + r"|שימוש|מטר|מסחרי|שטח|אזור|אישור|استفاده|بهره|تجاری|هدف|قلمرو|ব্যবহার|বাণিজ্যিক|উদ্দেশ্য"
    r"|\b(?:matumizi|biashara|kibiashara|eneo|watumiaji|madhumuni|ruhusa|idhini)\b"
    r"|\b(?:kullanım|ticari|amaç|bölge)\w*"
)
# words of a term: a ban, a condition, only, commercial use, a permission
_TERM_WORDS = (
    ar_pattern(
        r"(?<![\u0621-\u064a])(?:[وف]?لا|يجب|يحظر|يمنع|محظور|ممنوع|فقط|[اإ]لا|بشرط|شرط|يشترط"
        r"|يقتصر|تجاري|ربحي|موافق[ةه]|[اإ]ذن)(?![\u0621-\u064a])"
    ).pattern
    + r"|אסור|(?:^|\s)(?:לא|אין|רק)\s|בלבד|מסחרי|חייב|בתנאי|ممنوع|نباید|فقط|تجاری|به\s+شرط"
    r"|মাত্র|নিষিদ্ধ|বাণিজ্যিক|শর্তে|\b(?:hairuhusiwi|marufuku|tu|pekee|biashara|kibiashara"
    r"|lazima|sharti)\b|\b(?:yasak\w*|yalnızca|sadece|ticari|şart\w*|değil)\b"
)
_CAPTION = (
    ar_pattern(r"^\W{0,3}(?:ال)?(?:مادة|بند|فصل)\S*").pattern
    + r"|^\W{0,3}(?:ماده\S*|بند|فصل)|^\W{0,3}סעיף|^\W{0,3}(?:অনুচ্ছেদ|ধারা)"
    r"|^\W{0,3}(?:Sehemu|Kifungu|Ibara)\b"
)
# the caption's rest: a number or an ordinal, then a few words, maybe the next item's number
_CAPTION_REST = (
    r"^\s*(?:[\d\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]+|\S+)?\s*[-–—:.)(]*\s*"
    r"(?P<words>[^\d\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef.:;]{0,40}?)\s*[)(]*\s*"
    r"(?:[\d\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]+(?:\s*[-.]\s*[\d\u0660-\u0669\u06f0-\u06f9"
    r"\u09e6-\u09ef]+)*)?\s*[.:]?\s*$"
)
_MAX_CAPTION_WORDS = 4
_OUTPUTS_YOURS = (
    ar_pattern(r"(?:المخرجات|مخرجات|النتائج)\S*\s+(?:\S+\s+){0,3}?(?:ملك|مملوك\S*)\s+ل").pattern
    + r"|(?:מה\s+ש\S+\s+מפיק|התוצרים|הפלט|תוצרי)\S*\s+(?:\S+\s+){0,3}?(?:שייך|שייכים|שייכת)\s+לך"
    r"|خروجی\S*\s+(?:\S+\s+){0,3}?(?:متعلق\s+به\s+شما|مال\s+شما)"
    r"|\b(?:matokeo|majibu)\b[^.;]{0,30}?\bni\s+mali\s+yako\b"
)


# the parties by their roles: a role, a copula (or a colon, a dash), then an organisation or
# "everyone who"
_PARTIES = (
    ar_pattern(
        r"(?:ال)?مرخص(?:\s+له)?\s+(?:هو|هي|:|[-–—])\s*(?:شركة|مؤسسة|كل\s+من|[اأ]ي\s+شخص|الجهة)"
    ).pattern
    + r"|(?:נותן|מעניק|מעניקת|בעל)\s+הרישיון\s+(?:הוא|היא|:|[-–—])\s*\S+[^.;]{0,60}?בע[\"״]מ"
    r"|(?:اعطاکننده|صادرکننده|دارنده)\s+(?:ی\s+)?(?:مجوز|پروانه)\s+(?:شرکت|عبارت\s+است\s+از)"
    r"|\bLisans\s+(?:Veren|Alan)\b[^.;]{0,60}?\b(?:A\.Ş\.|Ltd\.|Şti\.)\S*"
    r"|लाइसेंस(?:दाता|धारक)\s+[^।]{0,60}?(?:लिमिटेड|कंपनी)\s+है"
    r"|লাইসেন্স(?:দাতা|গ্রহীতা)\s+[^।]{0,60}?(?:লিমিটেড|কোম্পানি)"
    r"|لائسنس\s+(?:دہندہ|یافتہ)\s+[^۔]{0,60}?(?:لمیٹڈ|کمپنی)\s+ہے"
)
# the courts that hear disputes: a court's noun and a word of dispute or jurisdiction
_COURTS = (
    ar_pattern(r"(?:محاكم|محكم[ةه])[^.؛]{0,60}?(?:نزاع|خلاف|مختص|اختصاص)").pattern
    + r"|"
    + ar_pattern(r"(?:نزاع|خلاف)[^.؛]{0,60}?(?:محاكم|محكم[ةه])").pattern
    + r"|(?:מחלוק|סכסו[כך])\S*[^.;]{0,60}?(?:בית|בתי)\s+(?:ה)?משפט|סמכות\s+(?:השיפוט|שיפוט)"
    r"|(?:اختلاف|دعاوی|منازعه)\S*[^.;]{0,60}?دادگاه|دادگاه\S*[^.;]{0,40}?(?:صالح|رسیدگی)"
    r"|\buyuşmazlık\w*[^.;]{0,60}?\bmahkeme\w*|\bmahkeme\w*\s+yetkili\w*"
    r"|(?:বিরোধ|বিবাদ)[^।]{0,60}?আদালত|(?:تنازع|جھگڑ)\S*[^۔]{0,60}?عدالت"
    r"|நீதிமன்ற\S*[^.]{0,30}?(?:அதிகார\s+வரம்பு|விசாரிக்க)"
)
# the model offered on the terms the text goes on to state
_OFFERED_ON_TERMS = (
    r"\b(?:bu\s+(?:metin|lisans|belge)\w*\s+(?:yer\s+alan\s+|belirtilen\s+)?|aşağıdaki\s+)"
    r"(?:şart|koşul)\w*[^.;]{0,60}?\b(?:kullanımına\s+açar|sunar|sunulur)\b"
    + r"|"
    + ar_pattern(
        r"(?:يتيح|تتيح|يقدم|تقدم|يضع|تضع)[^.؛]{0,60}?وفق\s+(?:ال)?شروط\s+"
        r"(?:الآتية|التالية|[اأ]دناه|هذه)"
    ).pattern
    + r"|בתנאים\s+(?:ה)?(?:הבאים|שלהלן|המפורטים\s+להלן)[^.;]{0,40}?(?:מעמיד|מציע)"
    r"|(?:طبق|با)\s+شرایط\s+(?:زیر|ذیل)[^.;]{0,60}?در\s+اختیار"
)
# another document forming an integral part of the licence (its terms stand where it does)
_INTEGRAL = (
    ar_pattern(r"جزء(?:ا)?\s+لا\s+يتجز[اأ]").pattern
    + r"|חלק\s+בלתי\s+נפרד|جزء\s+(?:جدایی\s*ناپذیر|لاینفک)|\bayrılmaz\s+(?:bir\s+)?parça\w*"
    r"|अभिन्न\s+(?:अंग|हिस्सा)|অবিচ্ছেদ্য\s+অংশ|(?:لازمی|ناقابل\s+تقسیم|لاینفک)\s+حصہ"
    r"|பிரிக்க\s+முடியாத\s+(?:பகுதி|அங்கம்)"
)
# breaching it is a breach of the licence (said with the above)
_BREACH_IS_BREACH = (
    ar_pattern(r"(?:مخالف|خرق|انتهاك)\S*[^.؛]{0,40}?(?:مخالف|خرق|انتهاك)").pattern
    + r"|تخلف\s+از\s+\S+(?:\s+\S+)?\s+تخلف|\bihlal\w*[^.;]{0,40}?\bihlal\w*"
    r"|הפרת\S*[^.;]{0,30}?הפרת"
)


_OWN_SCRIPT = lazy_pattern(r"[\u0590-\u05ff\u0600-\u06ff\u0980-\u09ff]")


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)


def states_no_term_west(text: str) -> bool:
    """Whether a passage in these languages states no term of use (see above)."""
    if asks_nothing(text):  # zh, ja, ko, hi, bn, ta, ar, he, fa, tr: no limit, no formality
        return True
    if _p(_OUTPUTS_YOURS).search(text):
        return True
    if _p(_INTEGRAL).search(text):  # "... جزء لا يتجزأ" reads no ban; breach is breach
        text = _p(_BREACH_IS_BREACH).sub(" ", _p(_INTEGRAL).sub(" ", text))
        if not _p(_TERM_WORDS).search(text):
            return True
    offered = _p(_OFFERED_ON_TERMS).search(text)
    if offered and not _p(_TERM_WORDS).search(_p(_OFFERED_ON_TERMS).sub(" ", text)):
        return True  # "bu metindeki şartlarla": the terms are the passages that follow
    if _p(_TERM_WORDS).search(text):
        return False
    if _p(_PARTIES).search(text) or _p(_COURTS).search(text):
        return True
    return _LEAD_IN.search(text) is not None or _is_plain_definition(text) or _is_caption(text)


def _is_plain_definition(text: str) -> bool:
    other = not _OWN_SCRIPT.search(text) and language_of(text) not in ("tr", "sw")
    if other and "maana yake ni" not in text.lower():  # sw, a short definition told for another
        return False
    if language_of(text) == "ur":  # Urdu writes the Arabic script: not read here
        return False
    match = _p(_DEFINED_WORD).search(text)
    if match is None:
        return False
    term = match.group("term") or match.group("quoted") or ""
    return _p(_PURPOSE_TERM).search(term) is None


def _is_caption(text: str) -> bool:
    caption = _p(_CAPTION).search(text)
    if caption is None:
        return False
    rest = _p(_CAPTION_REST).match(text[caption.end() :])
    return rest is not None and len(rest.group("words").split()) <= _MAX_CAPTION_WORDS
