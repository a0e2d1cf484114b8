"""Watching people, read by its parts, in Arabic, Hebrew, Persian, Turkish, Indonesian, Malay,
Tagalog, Swahili, Hausa, Amharic and Yoruba (for `foreign_defined_bans`): a verb of watching,
tracking, listening in or profiling (`WATCH`) with, close after it, the people, their movements,
messages or whereabouts (`WATCHED`), in either order (the object first in Turkish, Persian,
Amharic); or a word that alone names spying or mass surveillance (`ALONE`). A covert word
(`COVERT`) without anyone watched names no one; counting people ("the number of people") and
users is no watching.

Yoruba words are written without tone marks; its texts are matched so (`plain_yoruba`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_FLAGS = re.IGNORECASE
_NEAR = 60  # characters between the verb and what it watches

WATCH: dict[str, str] = {
    "fa": r"زیر\s+نظر\s+(?:گرفتن|داشتن|گرفته)|ردیابی|رهگیری|تعقیب|نظارت|پایش|شنود",
    "ar": r"تتبع|تعقب|رصد|مراقب[ةه]|تنصت|التنصت|متابع[ةه]",
    "he": r"מעקב|ניטור|לעקוב|לנטר|האזנ\w*|ריגול",
    "tr": r"\b(?:izle\w*|takip\w*|gözetle\w*|gözetim\w*|dinle\w*|fişle\w*|profil\w*)",
    "id": r"\b(?:memantau|melacak|mengawasi|mengintai|membuntuti|menguntit|memata-matai"
    r"|pemantauan|pelacakan|pengawasan|pengintaian|memprofilkan|pemrofilan|penyadapan"
    r"|menyadap)\b",
    "ms": r"\b(?:memantau|mengesan|menjejak\w*|mengintip|mengawasi|pemantauan|pengesanan"
    r"|penjejakan|pengintipan|pengawasan|merisik|memprofil\w*|memintas)\b",
    "tl": r"\b\w*(?:manman|matyag|subaybay|tiktik)\w*|\bsundan\b|\bpagsunod\s+sa\b",
    "sw": r"\b\w*(?:fuatili|pelele)\w*|\bkunasa\b",
    "ha": r"\bsa\s+ido\b|\bbin\s+(?:diddigi|sawu)|\bbibiyar?\b|\bsaurar\w*",
    "am": r"መከታተል|ክትትል|መሰለል|ስለላ|መጥለፍ|መመልከት",
    "yo": r"\w*(?:topinpin|topa)\b|\b(?:samojuto|wo)\b",
}
WATCHED: dict[str, str] = {
    "fa": r"افراد|اشخاص|مردم|شهروندان|کارکنان|کارمندان|رفت[\s\u200c]?و[\s\u200c]?آمد"
    r"|ارتباطات|مکالمات|مکان|موقعیت|رفتار",
    "ar": r"[اأ]شخاص|[اأ]فراد|الناس|مواطن|عاملين|العاملين|موظف|تحركات|اتصالات|مراسلات|مواقع"
    r"|سلوك",
    "he": r"אנשים|אדם|אזרחים|עובדים|תנועות|תקשורת|שיחות|מיקום|התנהגות",
    "tr": r"\b(?:kişi\w*|birey\w*|insan\w*|çalışan\w*|vatandaş\w*|hareket\w*|iletişim\w*"
    r"|konum\w*|davranış\w*|yazışma\w*)",
    "id": r"\b(?:orang|seseorang|individu|warga|karyawan|pegawai|pergerakan|gerak-gerik|komunikasi"
    r"|lokasi|perilaku|percakapan)\b",
    "ms": r"\b(?:orang|individu|pekerja|kakitangan|warga|rakyat|pergerakan|komunikasi|lokasi"
    r"|tingkah\s+laku|perbualan)\b",
    "tl": r"\b(?:tao|mamamayan|empleyado|manggagawa|indibidwal|galaw|kilos|komunikasyon"
    r"|lokasyon|usapan|pag-uugali)\b",
    "sw": r"\b(?:watu|mtu|raia|wafanyakazi|wananchi|nyendo|mienendo|mawasiliano|mahali"
    r"|tabia|mazungumzo)\b",
    "ha": r"\b(?:mutane|mutum|jama.a|ma.aikata|.yan\s+ƙasa|yan\s+kasa|motsi|zirga-zirga"
    r"|sadarwa|wurin\s+da)\b",
    "am": r"ሰዎች|ግለሰቦች|ዜጎች|ሠራተኞች|ሰራተኞች|እንቅስቃሴ|ግንኙነት|ባህሪ",
    "yo": r"\b(?:eniyan|osise|ara\s+ilu|igbese|ibaraenisoro|ibi\s+ti)\b",
}
COVERT: dict[str, str] = {
    "fa": r"پنهان\w*|مخفی\w*|بدون\s+(?:آگاهی|اطلاع|رضایت|اجازه)"
    r"|بی[\s\u200c]?اطلاع|بی[\s\u200c]?خبر",
    "ar": r"خفي[ةه]|خفية|سري[ةه]?|سرا|سرًا|(?:دون|بدون|من\s+غير)\s+(?:علم|موافقة|إذن|رضا)",
    "he": r"סמוי\w*|חשאי\w*|בסתר|(?:ללא|בלי)\s+(?:ידיעת|הסכמת)\w*",
    "tr": r"\b(?:gizli\w*|gizlice|habersiz\w*|haberi\s+olmadan|bilgisi\s+(?:olmadan|dışında)"
    r"|rızası\s+olmadan|haberleri\s+olmadan)",
    "id": r"\b(?:diam-diam|rahasia|tersembunyi|tanpa\s+(?:sepengetahuan|persetujuan|izin"
    r"|diketahui))\b",
    "ms": r"\b(?:secara\s+(?:rahsia|senyap|sulit|diam-diam)|rahsia|tanpa\s+(?:pengetahuan"
    r"|kebenaran|persetujuan))\b",
    "tl": r"\b(?:lihim|palihim|patago|nang\s+hindi\s+nila\s+alam|walang\s+pahintulot"
    r"|hindi\s+nila\s+alam)\b",
    "sw": r"\b(?:kwa\s+siri|siri|bila\s+(?:wao\s+)?(?:kujua|idhini|ridhaa|ufahamu))\b",
    "ha": r"\b(?:a\s+asirce|a\s+ɓoye|a\s+boye|ba\s+tare\s+da\s+(?:saninsu|sani|izini|yardar))",
    "am": r"በሚስጥር|በድብቅ|ሳያውቁ|ያለ\s*(?:እውቀታቸው|ፈቃዳቸው|ፈቃድ)",
    "yo": r"\b(?:ni\s+ikoko|laimo|lai\s+mo|laisi\s+(?:ase|imo))\b",
}
ALONE: dict[str, str] = {
    "fa": r"جاسوسی|شنود|پرونده[\s\u200c]?سازی|نظارت\s+(?:گسترده|جمعی)",
    "ar": r"تجسس|التنصت|تنميط|المراقبة\s+الجماعية",
    "he": r"ריגול|לרגל|האזנת\s+סתר|מעקב\s+המוני",
    "tr": r"\b(?:casus\w*|fişleme\w*|kitlesel\s+gözetim\w*)",
    "id": r"\b(?:memata-matai|mata-mata|penyadapan|menyadap|pengawasan\s+massal)\b",
    "ms": r"\b(?:mengintip|perisikan|pengintipan|intipan|menyadap|pengawasan\s+besar-besaran)\b",
    "tl": r"\b(?:paniniktik|pag-?espiya|maniktik|espiya)\b",
    "sw": r"\b(?:upelelezi|kupeleleza|ujasusi)\b",
    "ha": r"\bleƙen\s+asiri|\bleken\s+asiri|\bsatar\s+saurare",
    "am": r"ስለላ|መሰለል|መጥለፍ",
    "yo": r"\bse\s+ami\b|\bami\s+lori\b",
}
for _table in (WATCH, WATCHED, COVERT, ALONE):  # Malay and Indonesian texts are told apart
    _table["id"] = _table["ms"] = _table["id"] + "|" + _table["ms"]  # by few words: both read
LANGUAGES = frozenset(WATCH)


_COUNTED = re.compile(
    r"(?:\b(?:jumlah|bilangan|sayısı|idadi\s+ya|bilang\s+ng|adadin|iye)|عدد|מספר|تعداد|ብዛት)"
    r"\s+\S+",
    _FLAGS,
)


def plain_yoruba(text: str) -> str:
    """Yoruba text without its tone and under-dot marks ("ṣe amí" -> "se ami")."""
    folded = unicodedata.normalize("NFD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    watch, watched, covert = WATCH[language], WATCHED[language], COVERT[language]
    near = rf"(?:{watch})[^.;؛።!?]{{0,{_NEAR}}}?(?:{watched})"
    before = rf"(?:{watched})[^.;؛።!?]{{0,40}}?(?:{watch})"  # the object first (tr, am, fa)
    del covert  # a covert word alone names no one watched ("without the owner's consent")
    return (
        re.compile(near, _FLAGS),
        re.compile(before, _FLAGS),
        re.compile(ALONE[language], _FLAGS),
    )


def watches_people(language: str | None, text: str) -> bool:
    """Whether `text` names watching people (covertly, or their movements, messages or
    whereabouts), or spying, in one of these languages."""
    if language not in LANGUAGES:
        return False
    if language == "yo":
        text = plain_yoruba(text)
    text = _COUNTED.sub(" ", text)  # "the number of people": counting, not watching
    return any(p.search(text) for p in _patterns(language))
