"""Languages sharing a script with a larger one, told after `language` has told the script's:
Marathi and Nepali from Hindi (Devanagari), Kazakh and Kyrgyz from Ukrainian or Russian, and
Macedonian from Serbian, Russian or Bulgarian (Cyrillic).

Devanagari: each language's own function words and endings (Hindi है, में, और, नहीं; Marathi आहे,
आणि, किंवा, नाही, the genitive च्या, the letter ळ; Nepali छ, र, यो, पनि, कुनै, the postposition लाई,
verbs in -नेछ, -र्छ); the one with most of its own wins, Hindi on a tie. Cyrillic: the letters only
Kazakh (қ, ғ, ұ), Kyrgyz (ң, ө, ү without Kazakh's) or Macedonian (ѓ, ќ, ѕ) write, or two of
Macedonian's own words (со, оваа, овој, моделот). Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.compiled_patterns import compile_pattern

_HINDI = frozenset(
    {
        "है",
        "हैं",
        "था",
        "थे",
        "थी",
        "में",
        "और",
        "नहीं",
        "यह",
        "ये",
        "वह",
        "इस",
        "इसे",
        "इसके",
        "किया",
        "किए",
        "जाता",
        "जाती",
        "जाएगा",
        "जाएगी",
        "करना",
        "करने",
        "लिए",
        "तथा",
        "अथवा",
        "साथ",
        "द्वारा",
        "बिना",
        "होगा",
        "होगी",
        "सकता",
        "सकते",
        "सकती",
    }
)
_MARATHI = frozenset(
    {
        "आहे",
        "आहेत",
        "आणि",
        "किंवा",
        "नाही",
        "नये",
        "म्हणजे",
        "हा",
        "त्या",
        "त्याची",
        "त्याचा",
        "त्याचे",
        "मध्ये",
        "साठी",
        "करणे",
        "करता",
        "करावा",
        "घ्यावा",
        "लागेल",
        "असेल",
        "असलेली",
        "असलेला",
        "केलेला",
        "शकता",
        "शकतो",
        "शकते",
        "येईल",
        "येणार",
        "तसेच",
        "फक्त",
        "केवळ",
        "कोणत्याही",
    }
)
_NEPALI = frozenset(
    {
        "छ",
        "छन्",
        "हुन्",
        "र",
        "यो",
        "त्यो",
        "यी",
        "ती",
        "पनि",
        "कुनै",
        "गर्न",
        "गर्दा",
        "गरिएको",
        "गरेको",
        "भएको",
        "हुनेछ",
        "हुँदैन",
        "सक्नुहुन्छ",
        "सकिन्छ",
        "पर्छ",
        "पर्नेछ",
        "तपाईं",
        "तपाईंलाई",
        "हामी",
    }
)
_MARATHI_ENDS = compile_pattern(r"(?:च्या|च्यां|ाचा|ाची|ाचे|साठी|मध्ये|ांना)$")
_NEPALI_ENDS = compile_pattern(r"(?:लाई|हरू|हरु|नेछ|र्छ|न्छ|न्छन्|ँदैन|बाट|सँग)$")
_DEVANAGARI_WORD = compile_pattern(r"[\u0900-\u0963\u0971-\u097f]+")

_KAZAKH = compile_pattern(r"[қғұҚҒҰ]")
_KYRGYZ = compile_pattern(r"[ңөүҢӨҮ]")
_TURKIC_OTHER = compile_pattern(r"[әһҡҙҫҗӘҺҠҘҪҖ]")  # Tatar, Bashkir: none of these
_MACEDONIAN = compile_pattern(r"[ѓќѕЃЌЅ]")
_MACEDONIAN_WORDS = compile_pattern(
    r"(?<!\w)(?:со|оваа|овој|овие|моделот|лиценцата|лиценцава|корисникот|давателот|нејзе"
    r"|ниту|своја|своите|смее|смеат)(?!\w)",
    re.IGNORECASE,
)
_CYRILLIC_TOLD = frozenset({"ru", "uk", "sr", "bg"})


def refine_script(language: str, text: str) -> str:
    """`language`, or the smaller language of its script the text is written in."""
    if language == "hi":
        return _devanagari(text)
    if language in _CYRILLIC_TOLD:
        return _cyrillic(language, text)
    return language


def _devanagari(text: str) -> str:
    hindi = marathi = nepali = 0
    for word in _DEVANAGARI_WORD.findall(text):
        hindi += word in _HINDI
        marathi += word in _MARATHI or "ळ" in word or _MARATHI_ENDS.search(word) is not None
        nepali += word in _NEPALI or _NEPALI_ENDS.search(word) is not None
    best = max(marathi, nepali)
    if best <= hindi or marathi == nepali:
        return "hi"
    return "mr" if marathi > nepali else "ne"


def _cyrillic(language: str, text: str) -> str:
    if _KAZAKH.search(text):
        return "kk"
    if _KYRGYZ.search(text) and not _TURKIC_OTHER.search(text):
        return "ky"
    if _MACEDONIAN.search(text) or len(_MACEDONIAN_WORDS.findall(text)) >= 2:
        return "mk"
    return language
