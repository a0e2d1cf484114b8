"""A licence confined to a territory another passage defines, in Russian, Ukrainian, German,
Dutch, Polish, Swedish and Czech, for `terms.foreign`: "Территория — Российская Федерация"
and "Лицензия действует исключительно в пределах Территории", "Vertragsgebiet ist die
Bundesrepublik Deutschland" and "Außerhalb des Vertragsgebiets darf das Modell nicht betrieben
werden", "Terytorium: Rzeczpospolita Polska" and "wyłącznie na Terytorium".

The territory is defined by its noun and a dash, colon or copula before the places
(`_DEFINED`); a passage referring to it by the noun confines use when it says the licence holds
only there ("исключительно", "nur", "wyłącznie", "endast") or bans use or service outside it
("за пределами", "außerhalb", "poza", "utanför", "mimo"). Both passages are then read as an
`excluded_use_territories` clause marked `within` (every place but its regions is excluded,
as `foreign_zh_territory` reads a Chinese one). A territory defined with no reference
confining use to it confines nothing: its passage stays for the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_places_ru import place_codes_ru
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"ru", "uk", "de", "nl", "pl", "sv", "cs"})

# the territory's noun, as each language declines it
_NOUN = (
    r"(?:Территори\w*|Територі\w*|Vertragsgebiet\w*|Lizenzgebiet\w*|Gebiet\w*|Territorium\w*"
    r"|Terytori\w*|Territoriet|Licensområde\w*|Území|Územím|Územ[íi]\w*)"
)
_DEFINED = lazy_pattern(
    rf"(?<![\w-]){_NOUN}\s*(?:[-–—:]|\s(?:ist|is|jest|är|je|является|є)\s)\s*(?P<place>[^.;]{{2,120}})",
    _FLAGS,
)
# a passage confining use to the territory: "only within", or a ban on use outside it
_ONLY = lazy_pattern(
    r"(?<![\w-])(?:исключительно|только|лише|виключно|nur|ausschließlich|ausschliesslich"
    r"|lediglich|alleen|uitsluitend|wyłącznie|tylko|endast|enbart|pouze|výhradně)(?![\w-])",
    _FLAGS,
)
_OUTSIDE = lazy_pattern(
    r"(?<![\w-])(?:за\s+(?:е[её]|его|их)?\s*пределами|за\s+межами|вне|außerhalb|buiten|poza"
    r"|utanför|mimo)(?![\w-])",
    _FLAGS,
)
_BAN = lazy_pattern(
    r"(?<![\w-])(?:не\s+(?:вправе|может|допускается|разрешается)|запрещ\w*|не\s+має\s+права"
    r"|заборон\w*|nicht|kein\w*|verboten|untersagt|niet|verboden|nie\s+(?:wolno|może)|zakaz\w*"
    r"|inte|ej|förbjud\w*|nesmí|zakázán\w*)(?![\w-])",
    _FLAGS,
)
_REFERENCE = lazy_pattern(rf"(?<![\w-]){_NOUN}(?![\w-])", _FLAGS)


# the places these languages name most (declined): a territory names a country or a union
_NAMES: tuple[tuple[str, str], ...] = (
    (r"Deutschland|Bundesrepublik\s+Deutschland|Niemc\w+|Duitsland|Tyskland|Německ\w*", "DE"),
    (r"Österreich|Austri\w+|Oostenrijk|Rakousk\w*", "AT"),
    (r"Schweiz|Szwajcari\w+|Zwitserland|Švýcarsk\w*", "CH"),
    (r"Polen|Polsk\w+|Rzeczpospolit\w+\s+Polsk\w+", "PL"),
    (r"Nederland|Niederlande\w*|Holandi\w+|Nizozemsk\w*", "NL"),
    (r"België|Belgien|Belgi\w+", "BE"),
    (r"Sverige|Schweden|Szwecj\w+|Zweden|Švédsk\w*", "SE"),
    (r"Česk\w+\s+republik\w+|Česko|Tschechien|Czech\w*|Tsjechië", "CZ"),
    (r"Україн\w*", "UA"),
    (r"Європейськ\w+\s+Союз\w*|Europäische\w*\s+Union|Uni\w+\s+Europejsk\w+"
     r"|Europese\s+Unie|Europeiska\s+unionen|Evropsk\w+\s+uni\w+", "EU"),
)  # fmt: skip
_NAMED = lazy_pattern(
    "|".join(rf"(?P<p{i}>(?<![\w-])(?:{names})(?![\w-]))" for i, (names, _) in enumerate(_NAMES)),
    _FLAGS,
)


def _places(language: str | None, text: str) -> list[str]:
    codes = [_NAMES[int(m.lastgroup[1:])][1] for m in _NAMED.finditer(text) if m.lastgroup]
    return list(dict.fromkeys([*codes, *(place_codes_ru(text) if language == "ru" else [])]))


def confined_across(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passage defining a territory and those confining use to it, each with a `within`
    clause over its places (none defined or none confining: {})."""
    mine = [p for p in passages if p.language in LANGUAGES]
    regions: set[str] = set()
    defining: list[Passage] = []
    for passage in mine:
        match = _DEFINED.search(passage.text)
        found = _places(passage.language, match.group("place")) if match else []
        if found:
            regions.update(found)
            defining.append(passage)
    if not regions:
        return {}
    confining = [
        p
        for p in mine
        if p not in defining
        and _REFERENCE.search(p.text)
        and (_ONLY.search(p.text) or (_OUTSIDE.search(p.text) and _BAN.search(p.text)))
    ]
    if not confining:
        return {}
    within = {"regions": sorted(regions), "models": "all", "exempts": [], "within": True}
    return {p: [Clause("excluded_use_territories", [within])] for p in [*defining, *confining]}
