"""The cues of Amharic and Yoruba (`foreign_cue_shapes.Words`), for `foreign.CUES` (through
`foreign_cues_more`).

Amharic writes in Ethiopic, without word spaces before its particles and with "።" and "፤" for
its stops: a grant for non-commercial ends only ("ለንግድ ላልሆኑ ዓላማዎች ብቻ"), commercial use not
permitted ("... አይፈቀድም", "ይህ ፈቃድ ... አይፈቅድም"), a permission needed, the law of Ethiopia.

Yoruba is written with tone marks and dots under letters, or without them: its words are
matched either way (`_toneless`), except trade ("òwò"), told from money ("owó") by its tones:
business or not ("fún iṣẹ́ òwò tàbí èyí tí kì í ṣe òwò"), not for business ("tí kì í ṣe
fún òwò"), "must not" ("kò gbọdọ̀"), the law of Nigeria.
"""

from __future__ import annotations

import unicodedata

from auditor.licenses.terms.foreign_cue_shapes import Words, shaped
from auditor.licenses.terms.foreign_either_way import with_either_way

__all__ = ["AM", "YO"]

# --- Amharic -----------------------------------------------------------------------------------

_AM_NOT = r"(?:ላልሆኑ|ያልሆኑ|ያልሆነ|ላልሆነ|ያልሆኑትን)"
_AM_COM = r"(?:ንግድ|ትርፍ)(?!\s*" + _AM_NOT + r")"
AM = shaped(
    Words(
        com=_AM_COM,
        non=r"(?:ንግድ|ትርፍ)\S{0,3}\s*" + _AM_NOT + r"|ከንግድ\s+ውጭ",
        ban=r"አይፈቀድም|አይፈቅድም|የተከለከለ\S*|ክልክል\S*|አይቻልም|መጠቀም\s+አይችሉም",
        consent=r"ፈቃድ|ስምምነት|ውል",
        without=r"ያለ\s+",
        need=r"ያስፈልጋል|ያስፈልግዎታል|ማግኘት\s+(?:አለበት|አለብዎት|ይኖርብዎታል)",
        allowed=r"ንግድ\S*\s+(?:\S+\s+)?(?:ጨምሮ|ጭምር)|(?:ለ|በ)ማንኛውም\s+ዓላማ",
        only=r"ብቻ",
        only_after=r"ብቻ",
        research=r"ምርምር\S*|ጥናት\S*|ትምህርት\S*",
        personal=r"(?:የ|ለ)ግል",
        mau=r"ወርሃዊ\s+ንቁ\s+ተጠቃሚ\S*",
        revenue=r"ዓመታዊ\s+ገቢ|ገቢ",
        annual=r"ዓመታዊ|በዓመት",
        affiliates=r"ተባባሪ\s+ኩባንያ\S*|እህት\s+ኩባንያ\S*",
        laws=((r"(?:የ|በ)?ኢትዮጵያ\s+(?:\S+\s+){0,3}?ሕ(?:ግ|ጎች)", "ET"),),  # law, laws
        vocabulary=r"ፈቃድ|ንግድ|ሕግ|የተከለከለ|ብቻ|መብት|ዋስትና",
        restrictive=r"ብቻ|አይፈቀድም|አይፈቅድም|የተከለከለ|ንግድ|ያስፈልጋል",
        license_noun=r"ፈቃድ|license",
        other_work=r"የመረጃ\s+ስብስብ|ዳታሴት",
        this_model=r"ሞዴል",
        both=r"ለንግድ\S*\s+(?:ሆነ|ይሁን)\s+(?:ለ)?(?:ንግድ\s+)?" + _AM_NOT,
    )
)

# --- Yoruba ------------------------------------------------------------------------------------

_MARKS = "[\u0300-\u036f]*"


def _variants(letter: str) -> str:
    """A letter with any tone mark or dot: ("o": "[oòóọ...]" and the marks after it)."""
    found = {letter}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        if unicodedata.normalize("NFD", char)[0] == letter:
            found.add(unicodedata.normalize("NFC", char))
    return "[" + "".join(sorted(found)) + "]" + _MARKS


def _toneless(pattern: str) -> str:
    """A pattern written without marks, matching its words with or without them."""
    out, escaped = [], False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char in "aeiousn":
            out.append(_variants(char))
        else:
            out.append(char)
    return "".join(out)


# trade by its tones: "òwò" (money, "owó", is no trade), or business, "iṣẹ́ òwò", "ìṣòwò"
_YO_TRADE = r"(?:\bòwò\b|\b" + _toneless(r"(?:ise\s+owo|isowo|okoowo)") + r"\b)"
_YO_NOT = _toneless(r"(?:ti\s+)?ki\s+i\s+se\s+(?:fun\s+)?")
YO = shaped(
    Words(
        com=_YO_TRADE,
        non=_YO_NOT + _YO_TRADE + r"|" + _toneless(r"\balailere\b"),
        ban=_toneless(r"\bko\s+gbodo\b|\ba\s+ko\s+gba\s+laaye\b|\beewo\b"),
        consent=_toneless(r"\base\b|\biyonda\b|\badehun\b"),
        without=_toneless(r"\blaisi\s+"),
        need=_toneless(r"\bgbodo\s+gba\b|\bnilo\b"),
        allowed=_toneless(r"\bfun\s+(?:ohunkohun|eyikeyi)\s+(?:ero|ete|idi)\b"),
        only=_toneless(r"\bnikan\b"),
        only_after=_toneless(r"\bnikan\b"),
        research=_toneless(r"\biwadii\b|\beko\b"),
        personal=_toneless(r"\bti\s+ara\s+eni\b"),
        mau=r"(?!)",
        revenue=r"(?!)",
        annual=r"(?!)",
        affiliates=r"(?!)",
        laws=((_toneless(r"\bofin\s+(?:ti\s+)?(?:orile-?ede\s+)?naijiria\b"), "NG"),),
        vocabulary=_toneless(r"\biwe\s+ase\b|\bofin\b|\beto\b") + r"|" + _YO_TRADE,
        restrictive=_toneless(r"\bko\s+gbodo\b|\bnikan\b|\beewo\b") + r"|" + _YO_TRADE,
        license_noun=_toneless(r"\biwe\s+ase\b") + r"|license",
        other_work=_toneless(r"\bdata\b"),
        this_model=_toneless(r"\bawose\b"),
        both=_YO_TRADE
        + r"\s+"
        + _toneless(r"(?:tabi|ati)\s+(?:fun\s+)?(?:eyi\s+)?")
        + _YO_NOT
        + _YO_TRADE,
    )
)

# both kinds granted by an alternative, read by its parts (`foreign_either_way`)
AM = with_either_way(AM, "am")
YO = with_either_way(YO, "yo", "ha")
