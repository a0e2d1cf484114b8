"""Licensees left out of the grant by where they live or are based, in Arabic, Hebrew, Persian,
Turkish, Hindi, Bengali, Urdu and Tamil, for `foreign_territory_west`: "अनुच्छेद 1 का अधिकार उन
व्यक्तियों को नहीं मिलता जिनका अधिवास ... में है", "لا يُمنح هذا الترخيص لمن يقع موطنه أو مقر
أعماله في ...", "הרישיון אינו ניתן לתאגיד שמקום מושבו ב...", "Lisans, merkezi ... olan şirketlere
verilmez".

Word tables of each language (`_Words`), read in any order within one sentence: the grant
withheld (`withheld`), someone named by where they live, are registered or have their seat
(`based`), and a place (`_PLACES`, a group as its members). Such a sentence is an
`excluded_licensee_domiciles` clause over those places. A place where the model is only
used, or whose law or courts are named, is no domicile: such a sentence names no "based"
word. An end-user proviso right after it qualifies it (`foreign_provisos`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["withheld_domiciles_west"]

_EU = "EU"


@dataclass(frozen=True, slots=True)
class _Words:
    withheld: str
    based: str


def _ar(pattern: str) -> str:
    return ar_pattern(pattern).pattern


_WORDS: dict[str, _Words] = {
    "ar": _Words(
        withheld=_ar(
            r"لا\s+(?:يمنح|تمنح|يسري|يشمل|يحق|يستفيد|ينطبق)|يستثنى|مستثنى|يحرم|غير\s+مشمول"
        ),
        based=_ar(r"موطن|مقر|يقيم|مقيم|مسجل|تأسس|مؤسس[ةه]\s+في|جنسي"),
    ),
    "he": _Words(
        withheld=r"אינו\s+(?:חל|ניתן|מוענק|מעניק|מקנה)|אינה\s+(?:חלה|ניתנת|מעניקה|מקנה)"
        r"|לא\s+(?:יינתן|ניתן|יחול|חל|מוענק|יוענק|מעניק)|מוחרג|אין\s+רישיון"
        r"|אינן\s+(?:ניתנות|חלות|מוענקות)|אינם\s+(?:ניתנים|חלים|מוענקים)",
        based=r"מקום\s+מושב|מושב[הו]?|רשום|רשומה|מתגורר|תושב|מטה|התאגד|מקום\s+מגורי|מגוריו"
        r"|מקום\s+(?:ה)?עסקי",  # where one lives, one's (principal) place of business
    ),
    "fa": _Words(
        withheld=r"اعطا\s+نمی|داده\s+نمی|شامل\s+[^.;]{0,30}?نمی|مستثنی|تعلق\s+نمی"
        r"|برخوردار\s+نمی|بهره(?:\u200c|\s)?مند\s+نمی",  # "do not enjoy (any right)"
        based=r"اقامتگاه|مقیم|ثبت\s+شده|مرکز\s+اصلی|دفتر\s+مرکزی|محل\s+اقامت|تابعیت",
    ),
    "tr": _Words(
        withheld=r"\b(?:verilmez|tanınmaz|kapsamaz|hariçtir|hariç\s+tutul\w*|kapsam\s+dışında\w*)",
        based=r"\b(?:ikamet\w*|yerleşik\w*|merkez\w*|kayıtlı\w*|tescil\w*|kurulmuş\w*)",
    ),
    "hi": _Words(
        withheld=r"नहीं\s+(?:मिलता|मिलेगा|दिया|दी|मिलती)|प्रदान\s+नहीं|लागू\s+नहीं\s+होता|वंचित",
        based=r"अधिवास|निवास|मुख्य\s+(?:कारोबारी|व्यावसायिक)\s+स्थान|पंजीकृत|मुख्यालय|स्थापित",
    ),
    "bn": _Words(
        withheld=r"দেওয়া\s+হয়\s+না|দেওয়া\s+হবে\s+না|প্রযোজ্য\s+নয়|পাবেন\s+না|পাবে\s+না|বাদ",
        based=r"বসবাস|নিবন্ধিত|প্রধান\s+কার্যালয়|সদর\s+দপ্তর|আবাস|প্রতিষ্ঠিত",
    ),
    "ur": _Words(
        withheld=r"نہیں\s+(?:دیا|ملتا|ملے\s+گا|دی)|لاگو\s+نہیں|مستثنیٰ|مستثنی",
        based=r"رہائش|مقیم|رجسٹرڈ|صدر\s+دفتر|ہیڈ\s+آفس|قائم",
    ),
    "ta": _Words(
        withheld=r"வழங்கப்படாது|பொருந்தாது|கிடைக்காது|விலக்கப்",
        based=r"வசிக்கும்|வசிப்பிட|பதிவு\s+செய்யப்பட்ட|தலைமையக|தலைமை\s+அலுவலக",
    ),
}  # fmt: skip

# places, in every language of the table (a group stands for its members: `EU` for the Union)
_PLACES: tuple[tuple[str, str], ...] = (
    (r"चीन|" + _ar(r"الصين") + r"|סין|چین|\bÇin\b|চীন|சீனா", "CN"),
    (r"रूस|" + _ar(r"روسيا") + r"|רוסיה|روسیه|\bRusya\w*|রাশিয়া|روس(?!ی)|ரஷ்யா", "RU"),
    (r"ईरान|" + _ar(r"[اإ]يران") + r"|איראן|ایران|\bİran\w*|ইরান|ஈரான்", "IR"),
    (r"उत्तर\s+कोरिया|" + _ar(r"كوريا\s+الشمالية") + r"|צפון\s+קוריאה|کره\s+شمالی"
     r"|\bKuzey\s+Kore\w*|উত্তর\s+কোরিয়া|شمالی\s+کوریا|வட\s+கொரியா", "KP"),
    (r"यूरोपीय\s+संघ|" + _ar(r"الاتحاد\s+الأوروبي") + r"|איחוד\s+האירופי|اتحادیه\s+اروپا"
     r"|\bAvrupa\s+Birliği\w*|ইউরোপীয়\s+ইউনিয়ন|یورپی\s+یونین|ஐரோப்பிய\s+ஒன்றிய", _EU),
    (r"अमेरिका|संयुक्त\s+राज्य|" + _ar(r"الولايات\s+المتحدة") + r"|ארצות\s+הברית|آمریکا"
     r"|\bAmerika\s+Birleşik|\bABD\b|মার্কিন\s+যুক্তরাষ্ট্র|امریکہ|அமெரிக்கா", "US"),
    (r"पाकिस्तान|" + _ar(r"باكستان") + r"|פקיסטן|پاکستان|\bPakistan\w*|পাকিস্তান|பாகிஸ்தான்",
     "PK"),
    (r"भारत|" + _ar(r"الهند") + r"|הודו|\bHindistan\w*|ভারত|بھارت|இந்தியா", "IN"),
    (r"बेलारूस|" + _ar(r"بيلاروسيا|بيلاروس") + r"|בלארוס|בלרוס|بلاروس|بیلاروس|\bBelarus\w*"
     r"|বেলারুশ|பெலாரஸ்", "BY"),
    (r"सीरिया|" + _ar(r"سوريا|سورية") + r"|סוריה|سوریه|\bSuriye\w*|সিরিয়া|சிரியா", "SY"),
    (r"क्यूबा|" + _ar(r"كوبا") + r"|קובה|کوبا|\bKüba\w*|কিউবা|கியூபா", "CU"),
)  # fmt: skip
_SENTENCE_END = r"[.;!?؛।۔]"


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)


def _places(text: str) -> list[str]:
    return [code for names, code in _PLACES if _p(names).search(text)]


def _withheld_from(words: _Words, text: str) -> list[str]:
    """The places a sentence withholds the grant from those based in (see above)."""
    regions: dict[str, None] = {}
    for sentence in re.split(_SENTENCE_END, text):
        if not (_p(words.withheld).search(sentence) and _p(words.based).search(sentence)):
            continue
        regions.update(dict.fromkeys(_places(sentence)))
    return list(regions)


def withheld_domiciles_west(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages withholding the grant from those based in named places, each with its
    `excluded_licensee_domiciles` clause."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        words = _WORDS.get(passage.language or "")
        if words is None:
            continue
        regions = _withheld_from(words, passage.text)
        clauses = excluded_clauses("excluded_licensee_domiciles", dict.fromkeys(regions))
        if clauses:
            found[passage] = clauses
    return found
