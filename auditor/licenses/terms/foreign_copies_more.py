"""This licence to go with each copy passed on, read by its parts in Arabic, Hebrew, Persian,
Turkish, Indonesian, Malay, Tagalog, Swahili, Hausa, Amharic, Yoruba, Kannada and Gujarati (for
`foreign_ja.clause_reader`): a verb of passing the model on (`PASS_ON`), a verb of including or
attaching (`INCLUDE`) and this licence (`THIS_LICENCE`) in one sentence set the duty to carry
the licence (`attribution_required`), as the English rules read "include a copy of this
License". Each language's words are tried on every passage (a short Hausa passage is told for
another language); a sentence denying the duty ("no need to include") is not one.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

PASS_ON: dict[str, str] = {
    "ha": r"\b(?:raba|rarraba|ya[ɗd]a|ba\s+wani)\b",
    "he": r"מפיצ\w*|להפיץ|הפצ\w*|מעבירים",
    "ar": r"توزيع|وزع\w*|نشر|تنشر|[اأ]عاد\w*\s+توزيع",
    "fa": r"توزیع|منتشر|بازنشر",
    "tr": r"\bdağıt\w*|\bpaylaş\w*",
    "id": r"\b(?:mendistribusikan|menyebarkan|mengedarkan|membagikan|distribusi|edaran)\b",
    "tl": r"\b(?:ipinamahagi|ipamahagi|namamahagi|ibinahagi|ibahagi)\b",
    "sw": r"\b\w{0,5}sambaza\w*|\busambazaji\b",
    "am": r"ሲያሰራ\w*|ማሰራጨት|ካሰራጩ|ሲያጋሩ",
    "yo": r"\b(?:pin|pinpin|fi\s+ranse)\b",
    "kn": r"ವಿತರಣ|ವಿತರಿಸ|ಹಂಚ",
    "gu": r"વિતરણ|વહેંચ",
    "cy": r"\b(?:copi|gopi|chopi|nghopi|copïau|gopïau|dosbarth\w*|ddosbarth\w*)\b",
}
INCLUDE: dict[str, str] = {
    "ha": r"\b(?:ha[ɗd]a\s+da|saka|[ƙk]ara|ha[ɗd]e)\b",
    "he": r"צרפ\w*|לצרף|יש\s+לצרף|לכלול|כלל\w*",
    "ar": r"[إا]رفاق|[اأ]رفق\w*|تضمين|ضم[ّ]?ن\w*|مع\s+نسخة",
    "fa": r"پیوست|همراه|ضمیمه",
    "tr": r"\bekle\w*|\bdahil\s+ed\w*|\bbirlikte\b",
    "id": r"\b(?:sertakan|menyertakan|disertakan|lampirkan|melampirkan|dilampirkan|bersama)\b",
    "tl": r"\b(?:isama|isinama|ilakip|kalakip|kasama)\b",
    "sw": r"\b(?:\w{0,4}ambatish\w*|\w{0,4}jumuish\w*|pamoja\s+na)\b",
    "am": r"ያያይዙ|ማያያዝ|ያካትቱ|ጋር",
    "yo": r"\b(?:so\s+mo|fi\s+kun|pelu)\b",
    "kn": r"ಲಗತ್ತಿಸ|ಸೇರಿಸ|ಜೊತೆಗೆ|ಒಳಗೊಳ್ಳ",
    "gu": r"જોડ|સામેલ|સાથે",
    "cy": r"\b(?:cadw\w*|gadw\w*|cynnwys|gynnwys)\b",
}
THIS_LICENCE: dict[str, str] = {
    "ha": r"\bwannan\s+lasisi\b|\blasisin\s+nan\b",
    "he": r"הרישיון\s+(?:ה)?זה|רישיון\s+זה|עותק\s+של\s+הרישיון",
    "ar": r"(?:هذا|هذه)\s+(?:ال)?(?:ترخيص|رخصة|الشروط)|نسخة\s+من\s+(?:ال)?(?:ترخيص|رخصة)",
    "fa": r"این\s+(?:پروانه|مجوز|لیسانس)|(?:پروانه|مجوز)\s+حاضر",
    "tr": r"\bbu\s+lisans\w*|\blisans\w*\s+metni",
    "id": r"\b(?:lisensi|lesen)\s+ini\b|\bsalinan\s+(?:lisensi|lesen)\b",
    "tl": r"\blisensi?yang\s+ito\b|\bkopya\s+ng\s+lisensi?ya\b",
    "sw": r"\bleseni\s+hii\b|\bnakala\s+ya\s+leseni\b",
    "am": r"ይህን?\s+ፈቃድ|የፈቃዱ\s+ቅጂ",
    "yo": r"\biwe-?ase\s+yii\b",
    "kn": r"ಈ\s+ಪರವಾನಗಿ|ಪರವಾನಗಿಯ\s+ಪ್ರತಿ",
    "gu": r"આ\s+પરવાન|પરવાનાની\s+નકલ",
    "cy": r"\b(?:yr\s+)?hysbysiad\s+hwn\b|\b(?:y\s+)?d?drwydded\s+hon\b|\btrwydded\s+hon\b",
}
# a denial of the duty: "no need to include", "not required"
_DENIED = lazy_pattern(
    r"\bbabu\s+bukata|אין\s+צורך|לא\s+(?:חובה|נדרש)|لا\s+(?:حاجة|يلزم)|لازم\s+نیست|نیازی\s+نیست"
    r"|\bgerek\s+(?:yok|değil)|\bgerekmez|\btidak\s+(?:perlu|wajib)|\bhindi\s+kailangan"
    r"|\bhakuna\s+haja|\bsi\s+lazima|አያስፈልግም|\bko\s+pon\s+dandan|ಅಗತ್ಯವಿಲ್ಲ|જરૂર\s+નથી"
    r"|\b(?:nid\s+oes|does\s+dim|nid\s+yw|na\s+chadw\w*|heb\s+(?:gadw|gynnwys))\b",  # cy
    re.IGNORECASE,
)
_SENTENCE_END = lazy_pattern(r"[.;!?؛።]")


_Group = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]


@cache
def _patterns() -> tuple[_Group, ...]:
    def group(language: str) -> _Group:
        passed, included, licence = PASS_ON[language], INCLUDE[language], THIS_LICENCE[language]
        return (
            re.compile(passed, re.IGNORECASE),
            re.compile(included, re.IGNORECASE),
            re.compile(licence, re.IGNORECASE),
        )

    return tuple(group(language) for language in PASS_ON)


def carries_licence(text: str) -> bool:
    """Whether a sentence of `text` asks for this licence with each copy passed on."""
    for sentence in _SENTENCE_END.split(text):
        if _DENIED.search(sentence):
            continue
        if any(all(p.search(sentence) for p in group) for group in _patterns()):
            return True
    return False


def read_copies_more(text: str) -> list[Clause]:
    """`attribution_required` when a passage asks for this licence with each copy."""
    return [Clause("attribution_required", True)] if carries_licence(text) else []
