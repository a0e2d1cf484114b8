"""Licensees left out of the grant by where they live or are based, in Dutch, Ukrainian, German,
Polish, Swedish, Czech and Russian, for `terms.foreign`, one passage or a lead-in and its items:
"Van de licentie uitgesloten zijn: 1° natuurlijke personen met hun woonplaats in het Verenigd
Koninkrijk; 2° vennootschappen waarvan de hoofdvestiging in ... ligt", "Ліцензія не надається:"
then "а) фізичним особам, місце проживання яких — ..." and "б) юридичним особам, зареєстрованим у
цих державах", "Права ... не предоставляются: — физическим лицам, постоянно проживающим в ...;
— юридическим лицам, учреждённым там".

The grant is withheld (`_WITHHELD`), and a clause or item names someone by where they live, are
registered or have their seat (`_BASED`) and a place (`_PLACES`), or "these states" after an
item naming them: `excluded_licensee_domiciles` over those places. A place where the model is
only used is no domicile: such a ban is the territory readers'. The clause is read from the
last item, so an end-user proviso right after it qualifies it (`foreign_provisos`); the lead-in
and the other items are read with it. A single clause with no list is read here in Dutch and
Polish only (the other languages' sanctions readers read it, with the places of use it bans).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"nl", "uk", "de", "pl", "sv", "cs", "ru"})

_WITHHELD = lazy_pattern(
    r"\buitgesloten\b|\bgeen\s+licentie\b|\bwordt\s+niet\s+verleend|ліцензія\s+не\s+надається"
    r"|не\s+надається|\bausgeschlossen\b|\bkeine\s+(?:Lizenz|Rechte)\b|\bnicht\s+erteilt"
    r"|\bwyłączon\w*\b|\bnie\s+udziela\s+się|\bundantag\w*\b|\bgäller\s+inte\b|\bvyloučen\w*"
    r"|\bneuděluje\b|не\s+предоставля\w*|не\s+выда[её]тся",
    _FLAGS,
)
_BASED = lazy_pattern(
    r"\bwoonplaats|\bgevestigd|\bhoofdvestiging|\bzetel\b|\bingezetene\w*|\bopgericht"
    r"|місце\s+проживання|зареєстрован\w*|місцем\s+діяльності|резидент\w*"
    r"|\bWohnsitz|\bSitz\b|\bHauptsitz|\bansässig\w*|\bgegründet|\bNiederlassung"
    r"|\bmiejsc\w*\s+zamieszkania|\bsiedzib\w*|\bzarejestrowan\w*"
    r"|\bhemvist|\bsäte\b|\bbosatt\w*|\bregistrerad\w*"
    r"|\bbydliště|\bsídl\w*|\bregistrovan\w*"
    r"|проживающ\w*|учрежд[её]нн\w*|зарегистрированн\w*|местонахожд\w*|места?\s+ведения\s+"
    r"деятельности|место\s+жительства",
    _FLAGS,
)
_PLACES: tuple[tuple[str, str], ...] = (
    (r"Verenigd\w*\s+Koninkrijk|Vereinigte\w*\s+Königreich\w*|Zjednoczon\w+\s+Królestw\w+"
     r"|Wielk\w+\s+Brytani\w+|Storbritannien|Förenade\s+kungariket|Spojen\w+\s+královstv\w+"
     r"|Велик\w+\s+Британі\w+|Сполучен\w+\s+Королівств\w+", "GB"),
    (r"Russische\s+Federatie|Rusland|Russland|Russischen?\s+Föderation|Rosj\w+|Federacj\w+\s+Rosyjsk\w+"
     r"|Ryssland|Rusk\w+\s+federac\w+|Rusk[oa]|Російськ\w+\s+Федераці\w+|Росі[яїю]", "RU"),
    (r"Wit-Rusland|Belarus|Weißrussland|Białoruś\w*|Vitryssland|Bělorusk\w*"
     r"|Республік\w+\s+Білорусь|Білорус\w*", "BY"),
    (r"Iran\w*|Іран\w*|Írán\w*", "IR"),
    (r"Noord-Korea|Nordkorea|Korea\w*\s+Północn\w+|Severní\s+Kore\w+|Північн\w+\s+Коре\w+", "KP"),
    (r"Syri\w*|Сирі\w*|Sýri\w*", "SY"),
    (r"Cuba|Kuba|Куб\w+", "CU"),
    (r"China|Chiny|Kina|Čín\w*|Китай\w*|Китаю", "CN"),
    (r"Verenigde\s+Staten|Vereinigte\w*\s+Staaten|Stan\w+\s+Zjednoczon\w+|USA|Förenta\s+staterna"
     r"|Spojen\w+\s+stát\w+|Сполучен\w+\s+Штат\w+|США|Соедин[её]нн\w+\s+Штат\w+", "US"),
)  # fmt: skip
_PLACE = lazy_pattern(
    "|".join(rf"(?P<p{i}>(?<![\w-])(?:{names})(?![\w-]))" for i, (names, _) in enumerate(_PLACES)),
    _FLAGS,
)
# "these states" after an item naming them: the places named before
_THESE = lazy_pattern(
    r"\b(?:deze|die)\s+(?:landen|staten)\b|цих\s+(?:держав\w*|країн\w*)|\bdiesen\s+(?:Staaten"
    r"|Ländern)\b|\btych\s+(?:państw\w*|krajach)\b|\bdessa\s+(?:stater|länder)\b"
    r"|\btěchto\s+(?:stát\w*|zemích)\b|\bэтих\s+(?:государств\w*|стран\w*)|\bтам\b",
    _FLAGS,
)
# a list after a colon, its items numbered or lettered: "uitgesloten zijn: 1° ...; 2° ..."
_LISTED = lazy_pattern(r":\s*(?:\d{1,2}°|\d{1,2}[.)]|[a-zа-яі][.)])\s", _FLAGS)
# the languages whose single sanctions clauses no other reader reads (German: `foreign_territory`;
# Swedish, Czech: `foreign_six`; Ukrainian: `foreign_more`; Russian: `foreign_places_ru`)
_NO_OTHER_READER = frozenset({"nl", "pl"})
_NEAR = 80


def _places(text: str) -> list[str]:
    codes = [_PLACES[int(m.lastgroup[1:])][1] for m in _PLACE.finditer(text) if m.lastgroup]
    return list(dict.fromkeys(codes))


def _based_places(clause: str, before: list[str]) -> list[str]:
    """The places a clause says someone lives or is based in (or "these states": `before`)."""
    found: list[str] = []
    for based in _BASED.finditer(clause):
        near = clause[max(based.start() - _NEAR, 0) : based.end() + _NEAR]
        found.extend(_places(near) or (before if _THESE.search(near) else []))
    return list(dict.fromkeys(found))


def withheld_domiciles(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages withholding the grant from those based in named places: the last of them
    with the clause, the lead-in and the other items read with it (empty)."""
    found: dict[Passage, list[Clause]] = {}
    mine = list(passages)
    index = 0
    while index < len(mine):
        passage = mine[index]
        if passage.language not in LANGUAGES or _WITHHELD.search(passage.text) is None:
            index += 1
            continue
        group = [passage]
        # a lead-in: its items follow, each ending in a semicolon but the last
        while group[-1].text.rstrip().endswith((":", ";")) and index + 1 < len(mine):
            index += 1
            group.append(mine[index])
        single = len(group) == 1 and _LISTED.search(passage.text) is None
        if single and passage.language not in _NO_OTHER_READER:
            index += 1  # a single clause: its language's sanctions reader reads it
            continue
        regions: list[str] = []
        for member in group:
            for clause in re.split(r";", member.text):
                regions.extend(_based_places(clause, regions))
        clauses = excluded_clauses("excluded_licensee_domiciles", dict.fromkeys(regions))
        if clauses:
            found.update({member: [] for member in group[:-1]})  # read with the last
            found[group[-1]] = clauses
        index += 1
    return found
