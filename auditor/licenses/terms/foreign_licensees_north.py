"""A grant reserved to non-commercial organisations in Swedish, Danish, Norwegian, Czech,
Romanian, Hungarian and Finnish, for `foreign_weights_north.north_weights` (the English clause
rule licensees/non-commercial-organizations, read into `use_scope`).

One clause (cut at a full stop or a semicolon) holding a word of exclusiveness ("endast",
"kun", "pouze", "numai", "kizárólag", "ainoastaan") and, after it, a non-commercial organisation
named by its kind (universities, non-profit organisations, research institutes, schools, public
authorities): "Licensen beviljas endast universitet och ideella organisationer", "licence se
uděluje výhradně univerzitám a neziskovým organizacím", "lisenssi myönnetään ainoastaan
yliopistoille". A clause denying it ("inte bara", "nejen") or naming those organisations
without confining the grant to them reserves nothing.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE

# language -> (a word of exclusiveness, a non-commercial organisation by its kind)
_WORDS: dict[str, tuple[str, str]] = {
    "sv": (
        r"(?<!inte\s)\b(?:endast|enbart|uteslutande|bara)\b",
        r"\b(?:universitet\w*|högskol\w*|ideell\w*\s+(?:organisation|förening)\w*"
        r"|icke-?vinstdrivande\s+\w+|forskningsinstitut\w*|akademisk\w*\s+institution\w*"
        r"|utbildningsinstitution\w*|myndighet\w*)",
    ),
    "da": (
        r"(?<!ikke\s)\b(?:kun|udelukkende|alene)\b",
        r"\b(?:universitet\w*|almennyttig\w*\s+\w+|ikke-?kommercielle\s+organisation\w*"
        r"|forskningsinstitution\w*|uddannelsesinstitution\w*|offentlige\s+myndighed\w*)",
    ),
    "no": (
        r"(?<!ikke\s)\b(?:kun|utelukkende|bare|alene)\b",
        r"\b(?:universitet\w*|høgskol\w*|ideelle\s+organisasjon\w*|allmennyttig\w*\s+\w+"
        r"|forskningsinstitu\w*|utdanningsinstitusjon\w*|offentlige\s+myndighet\w*)",
    ),
    "cs": (
        r"(?<!ne\s)\b(?:pouze|výhradně|výlučně|jen)\b",
        r"\b(?:univerzit\w*|vysok\w*\s+škol\w*|nezisk\w*\s+organizac\w*|výzkumn\w*\s+(?:instituc"
        r"|ústav|organizac)\w*|vzdělávací\w*\s+instituc\w*|orgán\w*\s+veřejné\s+správy)",
    ),
    "ro": (
        r"(?<!nu\s)\b(?:numai|doar|exclusiv)\b",
        r"\b(?:universit[ăa][țţt]\w*|organiza[țţt]i\w*\s+(?:non-?profit|f[ăa]r[ăa]\s+scop"
        r"\s+(?:lucrativ|patrimonial))|institu[țţt]i\w*\s+(?:de\s+cercetare|academic\w*"
        r"|de\s+[îi]nv[ăa][țţt][ăa]m[âa]nt)|autorit[ăa][țţt]\w*\s+public\w*)",
    ),
    "hu": (
        r"\b(?:kizárólag|csak|csupán)\b",
        r"\b(?:egyetem\w*|felsőoktatási\s+intézmény\w*|non-?profit\s+szervezet\w*"
        r"|kutatóintézet\w*|közhasznú\s+szervezet\w*|oktatási\s+intézmény\w*"
        r"|közigazgatási\s+szerv\w*)",
    ),
    "fi": (
        r"\b(?:ainoastaan|vain|yksinomaan)\b",
        r"\b(?:yliopisto\w*|korkeakoulu\w*|voittoa\s+tavoittelemat\w*\s+\w+|tutkimuslaito\w*"
        r"|oppilaito\w*|viranomai\w*)",
    ),
}
_CLAUSE_END = lazy_pattern(r"[.;!?]")
_SPAN = 80  # the organisation named this close after the word of exclusiveness


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    only, kind = _WORDS[language]
    return re.compile(only, _FLAGS), re.compile(kind, _FLAGS)


def reserved_to_organisations(language: str | None, text: str) -> bool:
    """Whether a clause of the passage reserves the grant to non-commercial organisations."""
    if language not in _WORDS:
        return False
    only, kind = _patterns(language)
    for clause in _CLAUSE_END.split(text):
        for word in only.finditer(clause):
            if kind.search(clause, word.end(), word.end() + _SPAN):
                return True
    return False
