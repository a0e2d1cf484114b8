"""Both kinds of use granted by an alternative, read by its parts, in Arabic, Hebrew, Persian,
Turkish, Indonesian, Malay, Tagalog, Swahili, Hausa, Amharic and Yoruba (for the `both` cue of
those languages' tables): a word of business or profit (`KIND`: trade, profit, earning money)
and, close after it, a word of alternative (`OR`) and a negation or "other" (`NOT`) that closes
the phrase (a stop, a comma, or the kind again: "commercial it be or not commercial", "earning
money from it or not", "for business or not for business"); the negated kind first ("not
commercial or commercial"); or a word of indifference before the kind ("no matter whether",
"regardless of", "irrespective of").

A negation that goes on to another word ("commercial or unlawful") is no alternative of the
kind. Each language's words are tried on every passage of the languages (`either_way`): a short
passage in Hausa, Yoruba or Swahili is often told for another language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues

KIND: dict[str, str] = {
    "ar": r"(?:ال)?تجاري\w*|(?:ال)?ربح\w*|كسب|(?:ال)?[اأ]عمال\s+(?:ال)?تجاري\w*",
    "he": r"מסחרי\w*|עסקי\w*|רווח\w*|מרוויח\w*|כסף|הכנסה",
    "fa": r"تجاری|انتفاعی|سود\w*|درآمد\w*|پول|کسب[\s\u200c]*و[\s\u200c]*کار\w*",
    "tr": r"ticari|kâr|kar\s+amac\w*|kazanç\w*|para\s+kazan\w*|gelir\s+elde\s+\w+",
    "id": r"komersi\w*|bisnis|usaha|niaga|perniagaan|perdagangan|keuntungan|untung|laba"
    r"|menghasilkan\s+(?:uang|wang|pendapatan)|mencari\s+(?:untung|keuntungan|uang|wang)"
    r"|berbayar|cari\s+untung",
    "tl": r"pang-?negosyo|negosyo|komersiy?al|pangkomersiy?al|kumikita|kumita|pagkakakitaan|tubo"
    r"|may\s+kita",
    "sw": r"(?:ki)?biashara|faida|pesa|kipato|mapato",
    "ha": r"kasuwanci|riba|samun\s+ku[ɗd]i|neman\s+ku[ɗd]i",
    "am": r"(?:ለ|በ|የ)?(?:ንግድ|ትርፍ|ገንዘብ|ገቢ)\w*",
    "yo": r"owo|ere|i[sṣ][oọ]w[oọ]|is[eẹ]\s+aje",
}
OR: dict[str, str] = {
    "ar": r"[اأ]و|[اأ]م|و", "he": r"או|ובין\s+אם|ובין", "fa": r"یا|و\s+چه|چه",
    "tr": r"ya\s+da|veya|yahut", "id": r"atau|maupun|ataupun|mahupun|dan",
    "tl": r"o|man\s+o|at", "sw": r"au|ama|iwe", "ha": r"ko", "am": r"ወይም|ሆነ",
    "yo": r"tabi|abi",
}  # fmt: skip
NOT: dict[str, str] = {
    "ar": r"لا|غير|بدون|سواه|غيره|غير\s+ذلك", "he": r"לא|בלתי|לאו|אחר\w*",
    "fa": r"نه|غیر|نباشد|نبود|دیگر", "tr": r"değil|olmayan|olmasın|başka",
    "id": r"tidak|bukan|non|lainnya|selainnya|sebaliknya|lain-lain", "tl": r"hindi|wala|iba",
    "sw": r"la|si|isiyo|yasiyo|zisizo|usio|lisilo|vinginevyo|nyingine", "ha": r"ba|akasin",
    "am": r"ያልሆነ\w*|ባይሆን\w*|አይደለም|(?:ለ|በ)?ሌላ\w*", "yo": r"ko|rara|miran|omiiran",
}  # fmt: skip
# indifference: "no matter whether", "regardless of", "irrespective of"
REGARDLESS: dict[str, str] = {
    "ar": r"بغض\s+النظر\s+عن|بصرف\s+النظر\s+عن|سواء",
    "he": r"אין\s+(?:זה\s+)?(?:הבדל|משנה)|לא\s+משנה|ללא\s+קשר|בלי\s+קשר|בין\s+אם",
    "fa": r"فرقی\s+نمی[\s\u200c]?کند|تفاوتی\s+ندارد|صرف[\s\u200c]?نظر\s+از|فارغ\s+از",
    "tr": r"fark\s+etmeksizin|bakılmaksızın|farketmez|fark\s+etmez|gözetmeksizin",
    "id": r"terlepas\s+dari|tidak\s+peduli|tanpa\s+memandang|tanpa\s+mengira|tidak\s+kira"
    r"|tak\s+kira",
    "tl": r"anuman\s+ang|hindi\s+mahalaga\s+kung|kahit\s+(?:ito\s+ay\s+)?(?:para\s+sa\s+)?",
    "sw": r"bila\s+kujali|bila\s+kujalisha",
    "ha": r"ko\s+da\s+(?:don|domin)?",
    "am": r"ምንም\s+ቢሆን|ቢሆንም\s+ባይሆንም",
    "yo": r"laibikita|l[aá]ì[bḅ]ìk[ií]ta",
}
_CLOSED = r"(?=\s*(?:[,.;،؛።)]|$))"
_GAP = r"[^.;؛።]{0,30}?"
_WORD_EDGE = r"(?<![^\W\d_])"


def either_way(language: str) -> str:
    """The pattern of both kinds granted by an alternative, in `language`'s words."""
    kind, alt, neg = KIND[language], OR[language], NOT[language]
    again = rf"(?=\s+(?:\S+\s+){{0,2}}?(?:{kind}))"  # "... or not for business"
    return (
        rf"{_WORD_EDGE}(?:{kind}){_GAP}(?<!\S)(?:{alt})\s+(?:\S+\s+){{0,1}}?(?:{neg})"
        rf"(?![^\W\d_])(?:{_CLOSED}|{again})"
        rf"|(?<!\S)(?:{neg})\s*[-‐]?\s*(?:{kind}){_GAP}(?<!\S)(?:{alt})\s+(?:\S+\s+){{0,1}}?"
        rf"(?:{kind})"
        rf"|(?:{REGARDLESS[language]}){_GAP}(?:{kind})"
    )


def with_either_way(cues: Cues, *languages: str) -> Cues:
    """`cues` whose `both` also reads an alternative of the kinds in `languages`' words."""
    words = "|".join(f"(?:{either_way(language)})" for language in languages)
    old = cues.both
    pattern = f"{old.pattern}|{words}" if old is not None else words
    flags = old.flags if old is not None else re.IGNORECASE
    return replace(cues, both=lazy_pattern(pattern, flags))
