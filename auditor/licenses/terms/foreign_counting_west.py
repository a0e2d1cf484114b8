"""Caps on daily users, and how a cap is counted, in Arabic, Hebrew, Persian, Turkish, Hindi,
Bengali, Urdu and Tamil, for `foreign_daily_caps` (a module of its own so that each language's
words stand together):

- daily active users (`DAILY_WEST`): "کاربران فعال روزانه", "משתמשים פעילים יומיים", "দৈনিক
  সক্রিয় ব্যবহারকারী", "روزانہ فعال صارفین", "தினசரி செயலில் உள்ள பயனர்கள்";
- a cap counted for each product or service on its own, or the users of other products or of
  affiliates not added to it (`APART_WEST`): "her ürün veya hizmet için ayrı ayrı hesaplanır",
  "bağlı şirketlerin kullanıcıları bu sayıya eklenmez", "כל שירות נספר בנפרד", "شمارش برای هر
  سرویس جداگانه انجام می‌شود", "يُحسب العدد لكل خدمة على حدة", "हर सेवा की गणना अलग होती है",
  "প্রতিটি সেবা আলাদাভাবে গণনা", "ہر سروس کا شمار الگ", "ஒவ்வொரு சேவையும் தனித்தனியாகக்
  கணக்கிடப்படும்". Such a sentence with no number states no term (the cap is read where its
  number stands, counting the licensee alone).

Arabic is written without vowel marks (`foreign_cues_ar.ar_pattern`); the Indic scripts NFKC.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern

__all__ = ["APART_WEST", "DAILY_WEST", "counts_users"]

_FLAGS = re.IGNORECASE


def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)


DAILY_WEST: dict[str, re.Pattern[str]] = {
    # Persian: "روزانهٔ" is "روزانۀ" once NFKC
    "fa": _p(r"کاربر(?:ان)?\s+فعال\s+(?:روزان[هۀ]|در\s+(?:یک\s+)?روز|هر\s+روز)|\bDAU\b"),
    "he": _p(
        r"משתמשים\s+(?:ה)?פעילים\s+(?:ה)?(?:יומיים|ביום|ליום|מדי\s+יום|בכל\s+יום)|\bDAU\b"
        r"|משתמשים\s+(?:\S+\s+){0,2}?ב(?:יממה|יום)\s+(?:אחד|אחת)"
    ),
    "bn": _p(r"(?:দৈনিক|প্রতিদিনের|দিনে)\s+সক্রিয়\s+ব্যবহারকারী|\bDAU\b"),
    "ur": _p(r"(?:روزان[ہه]|یومی[ہه])\s+(?:فعال|متحرک)\s+صارف|\bDAU\b"),
    "ta": _p(r"(?:தினசரி|நாள்தோறும்|ஒரு\s+நாளில்)\s+(?:செயலில்\s+உள்ள\s+)?பயனர்|\bDAU\b"),
    # Turkish (over `foreign_daily_caps`' own): or the distinct people using it within one day
    # ("aynı gün içinde kullanan farklı kişi sayısı", "bir günde kullanan kullanıcılar")
    "tr": _p(
        r"\bgünlük\s+(?:aktif\s+)?kullanıcı\w*|\bDAU\b|\b(?:aynı|bir|tek)\s+gün\s+(?:içinde|boyunca"
        r"|zarfında)\b[^.;]{0,60}?\b(?:kullanan|kullanıcı|kişi)\w*|\b(?:bir\s+)?günde\b[^.;]{0,40}?"
        r"\b(?:kullanan|kullanıcı)\w*"
    ),
}

# a product or a service (the counted thing), and "apart": each on its own, or not added
_APART_SHAPES: dict[str, tuple[str, str, str]] = {
    # (product or service, counted apart, not added)
    "tr": (
        r"\b(?:ürün|hizmet|uygulama|iştirak|bağlı\s+şirket)\w*",
        r"\bayrı(?:\s+ayrı)?\s+(?:hesaplanır|sayılır|belirlenir)|\bayrı\s+ayrı\b",
        r"\b(?:eklenmez|dahil\s+edilmez|sayılmaz|hesaba\s+katılmaz|toplanmaz)\b",
    ),
    "ar": (
        ar_pattern(r"منتج|خدم[ةه]|خدمات|تطبيق|الشركات\s+التابعة").pattern,
        ar_pattern(r"على\s+حد[ةه]|بمفرد|منفرد|مستقل|بشكل\s+منفصل").pattern,
        ar_pattern(r"لا\s+(?:يضاف|تضاف|يحتسب|تحتسب|يدخل|تدخل|يجمع|تجمع)").pattern,
    ),
    "he": (
        r"שירות|מוצר|יישום|אפליקצי|חברות\s+(?:קשורות|בנות)",
        r"בנפרד|לחוד|כשלעצמ",
        r"(?:לא|אינם|אינן)\s+(?:י|נ)?(?:ספר|צורפ|חושב|מצטרפ)",
    ),
    "fa": (
        r"سرویس|محصول|خدمت|برنامه|شرکت\S*\s+(?:وابسته|تابعه)",
        r"جداگانه|به\s+طور\s+جدا|جدا\s+از\s+هم",
        r"(?:افزوده|اضافه|شمرده|محاسبه|جمع)\s+نمی",
    ),
    "hi": (
        r"उत्पाद|सेवा|ऐप|सहयोगी\s+कंपनि",
        r"अलग(?:-अलग)?|पृथक",
        r"नहीं\s+(?:जोड़|गिन)|(?:जोड़े|गिने)\s+नहीं",
    ),
    "bn": (
        r"পণ্য|সেবা|পরিষেবা|অ্যাপ|সহযোগী\s+প্রতিষ্ঠান",
        r"আলাদা(?:ভাবে)?|পৃথক(?:ভাবে)?",
        r"(?:যোগ|গণনা)\s+(?:করা\s+)?হবে\s+না",
    ),
    "ur": (
        r"سروس|پروڈکٹ|مصنوع|ایپ|ملحقہ\s+کمپنی",
        r"الگ(?:\s+الگ)?|علیحدہ",
        r"(?:شامل|شمار)\s+نہیں",
    ),
    "ta": (
        r"சேவை|தயாரிப்பு|செயலி",
        r"தனித்தனி|தனியாக",
        r"சேர்க்கப்படாது|கணக்கிடப்படாது",
    ),
}
# a word of counting: count, calculate, number
_COUNTING = _p(
    r"\b(?:hesapla\w*|sayı\w*|say\w*)|"
    + ar_pattern(
        # counting by its verbs and nouns: حسب/احتسب, عدّ, أحصى ("تُحتسب أعداد المستخدمين")
        r"[اإ]?حتساب|حساب|[يت]?حتسب|[يت]حسب|عدد|[أا]عداد|[يت]عد|[إا]حصاء|[يت]حصى"
    ).pattern
    + r"|נספר|נספרים|ספירה|חישוב|מספר|شمارش|شمار|محاسبه|تعداد|गणना|गिनती|গণনা|সংখ্যা|شمار|گنتی"
    r"|கணக்கிட|எண்ணிக்கை"
)
_ONLY_OTHERS = r"[^.;؛।۔]{0,80}?"


def _apart(language: str) -> re.Pattern[str] | None:
    shape = _APART_SHAPES.get(language)
    if shape is None:
        return None
    thing, apart, not_added = shape
    return _p(
        rf"(?:{thing}){_ONLY_OTHERS}(?:{apart})|(?:{apart}){_ONLY_OTHERS}(?:{thing})"
        rf"|(?:{thing}){_ONLY_OTHERS}(?:{not_added})"
    )


APART_WEST: dict[str, re.Pattern[str]] = {
    language: pattern for language in _APART_SHAPES if (pattern := _apart(language)) is not None
}


# users, by the word of each language (a counting rule naming them and "the number")
_USERS = _p(
    ar_pattern(r"مستخدم").pattern + r"|משתמש|کاربر|\bkullanıcı\w*|उपयोगकर्ता|ব্যবহারকারী|صارف|பயனர்"
)


def counts_users(language: str | None, text: str) -> bool:
    """Whether a sentence of these languages says how a number of users is counted ("عند حساب
    العدد ... يُضاف إلى مستخدمي ... مستخدمو الشركات التابعة"), naming no measure of its own:
    read with the cap on users the text states."""
    if language not in _APART_SHAPES:
        return False
    return _USERS.search(text) is not None and _COUNTING.search(text) is not None


def is_counting_sentence(text: str) -> bool:
    """Whether a sentence speaks of counting (for the "apart" shapes that need it)."""
    return _COUNTING.search(text) is not None
