"""Credit duties in Swedish, Czech, Romanian, Hungarian and Finnish, for `foreign_six.read_six`
and `foreign_ro_hu_fi.read_ro_hu_fi`: a clause binding the licensee (an obligation word, or the
binding present tense of Czech drafting: "uvede nabyvatel"), a verb of giving credit or keeping
a notice ("ange", "uvést", "menționa", "feltüntet", "mainita") and whom or what it credits (the
licensor, the author, the source, the model's name, the copyright notice or the licence's text)
in one clause are `attribution_required`, as `foreign_more.read_notice` reads Danish and
Norwegian. A verb of credit alone ("Licensgivaren anger inga garantier") binds no one.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

# language -> (the obligation, the verb of credit, whom or what is credited); the obligation
# None: the verb's own mood binds (Czech "uvede", "zachová": shall state, shall keep)
_CREDIT: dict[str, tuple[str | None, str, str]] = {
    "sv": (
        r"\b(?:ska|skall|måste|är\s+skyldig\w*|förpliktar\s+sig|åtar\s+sig)\b",
        r"\b(?:ange|anges|anger|uppge|uppges|nämn\w*|hänvisa\w*|behåll\w*|bevara\w*|bifoga\w*"
        r"|återge\w*|erkänn\w*|kreditera\w*)\b",
        r"\b(?:upphovs(?:man|person|rätt)\w*|källa\w*|källhänvisning\w*|modellens\s+namn"
        r"|licensgivar\w*|licenstext\w*|licensens\s+text|copyright\w*)",
    ),
    "cs": (
        None,
        r"\b(?:uvede|uvedou|uvést|uvádí|uvádějí|uvádět|uveďte|označ\w*|zachov[áa]\w*|ponech[áa]\w*"
        r"|připoj\w*|odkáž\w*|odkazovat|přilož\w*)\b",
        r"\b(?:Poskytovatel\w*|autor\w*|zdroj\w*|název\s+(?:\w+\s+)?model\w*"
        r"|(?:upozornění|informac\w*)\s+o\s+autorsk\w*|text\w*\s+(?:této\s+)?licenc\w*|copyright"
        # the terms' own text: "tento text", "tyto podmínky", "text těchto podmínek"
        r"|tento\s+text|(?:tyto|těchto)\s+(?:licenční\w*\s+)?podmín\w*|text\w*\s+podmín\w*)",
    ),
    "ro": (
        r"\b(?:trebuie|este\s+obligat\w*|sunt\s+obligat\w*|are\s+obliga[țţ]ia|se\s+oblig[ăa]"
        r"|va|vor)\b",
        r"\b(?:men[țţ]ion\w*|indic\w*|p[ăa]str\w*|includ\w*|atribui\w*|cit\w*|preciz\w*)\b",
        r"\b(?:autor\w*|surs[aăe]\w*|licen[țţ]iator\w*|numele\s+modelului|drepturil\w*\s+de\s+autor"
        r"|textul\s+licen[țţ]ei|copyright)",
    ),
    "hu": (
        r"\b(?:köteles\w*|kell|kötelez\w*|szükséges)\b",
        r"\b(?:feltüntet\w*|megjelöl\w*|megnevez\w*|megőriz\w*|megtart\w*|mellékel\w*"
        r"|hivatkoz\w*|megemlít\w*)",
        r"\b(?:szerző\w*|forrás\w*|licencadó\w*|a\s+modell\s+nev\w*|szerzői\s+jog\w*"
        r"|licenc\w*\s+szöveg\w*|copyright)",
    ),
    "fi": (
        r"\b(?:on|ovat|tulee|täytyy|pitää|velvollinen)\b|\w+ttava\b|\w+ttävä\b",
        r"\b(?:mainit\w*|maininta\w*|ilmoitet\w*|ilmoita\w*|säilytet\w*|säilyttä\w*|liitet\w*"
        r"|liittä\w*|merkit\w*|viitat\w*|viitata)\b",
        r"\b(?:lisenssinantaja\w*|tekijä\w*|lähde\w*|lähtee\w*|mallin\s+nim\w*"
        r"|tekijänoikeu\w*|lisenssi\w*\s+teks\w*|käyttöehtojen\s+teks\w*|copyright)",
    ),
}
CREDIT_NORTH = frozenset(_CREDIT)
_CLAUSE_END = lazy_pattern(r"[.;!?]")


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, _FLAGS) for p in _CREDIT[language] if p is not None)


def read_credit_north(language: str, text: str) -> list[Clause]:
    """`attribution_required` when a clause of the passage binds the licensee to credit the
    licensor, the author, the source or the model, or to keep a notice; else nothing."""
    if language not in _CREDIT:
        return []
    patterns = _patterns(language)
    for clause in _CLAUSE_END.split(text):
        if all(p.search(clause) for p in patterns):
            return [Clause("attribution_required", True)]
    return []
