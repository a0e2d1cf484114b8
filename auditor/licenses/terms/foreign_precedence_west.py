"""Which language version prevails, said in Arabic, Hebrew, Persian, Turkish, Bengali, Swahili,
Urdu or Tamil, or in English of a version in one of them, for
`foreign_precedence.prevailing_language`: "النص العربي هو النص المعتمد", "وعند أي اختلاف
يُعمل بالنص العربي", "הנוסח העברי הוא הקובע", "متن فارسی ملاک است", "Türkçe metin esas
alınır", "বাংলা পাঠ প্রাধান্য পাবে", "toleo la Kiswahili ndilo litakalotumika", "The Arabic
text is the authoritative one".
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_precedence_tables import versions_named

__all__ = ["prevailing_west"]


# a version's language, by the words of these languages and of English -> its code
_NAMES: dict[str, str] = {
    r"(?:ال)?[اإ]نجليزي[ةه]?|האנגלי(?:ת)?|انگلیسی|İngilizce|ingilizce|ইংরেজি|Kiingereza|English": (
        "en"
    ),
    r"(?:ال)?عربي[ةه]?|Arabic": "ar",
    r"העברי(?:ת)?|Hebrew": "he",
    r"فارسی|Persian|Farsi": "fa",
    r"Türkçe|türkçe|Turkish": "tr",
    r"বাংলা|Bengali|Bangla": "bn",
    r"Kiswahili|Swahili": "sw",
    r"اردو|Urdu": "ur",
    r"தமிழ்|Tamil": "ta",
}
_LANGUAGE = "(?P<language>" + "|".join(_NAMES) + ")"


def _named(label: str) -> str:
    return _LANGUAGE.replace("language", label)


_CLAUSES = (
    # ar: the Arabic text is the approved (authoritative) one; the Arabic text is acted on
    ar_pattern(
        r"(?:النص|النسخ[ةه])\s+" + _named("ar1") + r"\s+(?:هو|هي)\s+(?:النص|النسخ[ةه])\s+"
        r"(?:(?:الأصلي|الأصلية|الأصل)\s+)?(?:المعتمد|المعتمدة|الرسمي|الرسمية|الملزم|الملزمة)"
        # the Arabic text referred to on any conflict: "يُرجع إلى النص العربي عند أي تعارض"
        r"|(?:يرجع|يحتكم|يعود)\s+(?:[اإ]لى|ل)\s*(?:النص|النسخ[ةه])\s+"
        + _named("ar4")
        + r"|(?:يعمل|يعتد|يؤخذ)\s+ب(?:النص|النسخ[ةه])\s+"
        + _named("ar2")
        + r"|(?:تسود|يسود|تغلب|يغلب)\s+(?:النص|النسخ[ةه])\s+"
        + _named("ar3")
    ).pattern,
    # he: the Hebrew version is the decisive one, prevails
    r"הנוסח\s+" + _named("he1") + r"\s+(?:הוא\s+)?(?:הנוסח\s+)?(?:הקובע|גובר|יגבר|המחייב|מחייב)"
    r"|(?:יגבר|יחול|יכריע)\s+הנוסח\s+" + _named("he2"),
    # fa: the Persian text is the criterion, valid
    r"(?:متن|نسخه)\s+" + _named("fa1") + r"\s+(?:ملاک|معتبر|مرجع|حاکم|مقدم)",
    # tr: the Turkish text is the basis, in force, binding
    r"\b" + _named("tr1") + r"\s+(?:metin|sürüm|nüsha)\w*\s+(?:esas\s+alınır|esastır|geçerlidir"
    r"|bağlayıcıdır|önceliklidir|üstün\s+tutulur)",
    # bn: the Bengali text, version prevails
    r"" + _named("bn1") + r"\s+(?:পাঠ|সংস্করণ|ভাষ্য)\s+(?:প্রাধান্য\s+পাবে|বাধ্যতামূলক|চূড়ান্ত)",
    # sw: the Swahili version is the one used, prevails
    r"\b(?:toleo|maandishi|nakala)\s+(?:la|ya)\s+" + _named("sw1") + r"\s+(?:ndilo|ndiyo)?\s*"
    r"(?:litakalotumika|litatumika|litashinda|yatatumika|linalotumika|rasmi)",
    # ur: the Urdu text is final, preferred; ta: the Tamil text prevails, is final
    r"" + _named("ur1") + r"\s+(?:متن|نسخہ|ورژن)\s+(?:کو\s+)?(?:فوقیت|ترجیح|حتمی|مستند|لازم)",
    r"" + _named("ta1") + r"\s+(?:பதிப்ப|உரை|வடிவ)\S*\s+(?:மேலோங்கும்|இறுதியானது|செல்லுபடியாகும்"
    r"|கட்டுப்படுத்தும்)",
    # en, of a version in these languages: "The Arabic text is the authoritative one"
    r"\b(?:the|this)\s+" + _named("en1") + r"\s+(?:version|text|original)\b[^.;]{0,40}?"
    r"\b(?:prevails?|governs?|(?:is|shall\s+be)\s+(?:the\s+)?(?:only\s+)?(?:legally\s+)?"
    r"(?:authoritative|binding|effective|controlling)(?:\s+one)?)",
)


def prevailing_west(text: str) -> set[str]:
    """The codes of the versions `text` says prevail, in the clauses above."""
    return versions_named(text, _CLAUSES, _NAMES)
