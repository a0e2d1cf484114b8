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
confining use to it confines nothing: its passage stays for the other readers. One clause may
also confine the licence or use to places it names after "only in" ("Die Lizenz gilt nur in
Deutschland", "Лицензия действует только на территории Российской Федерации"), not "not only
in", and not a place where a licensee is seated; or ban use or service outside places it names
("außerhalb der Schweiz darf das Modell nicht betrieben werden", "må ikke bruges uden for
Norden"). Danish, Norwegian, Finnish and Hungarian are read so too ("gælder alene i Norden",
"vain Suomessa", "kizárólag Magyarországon"), and a group of countries by its name (Norden, the
Nordic countries: Denmark, Finland, Iceland, Norway, Sweden) stands for its members.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_places_ru import place_codes_ru, place_ends_ru
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"ru", "uk", "de", "nl", "pl", "sv", "cs", "da", "no", "fi", "hu"})

# the territory's noun, as each language declines it
_NOUN = (
    r"(?:Территори\w*|Територі\w*|Vertragsgebiet\w*|Lizenzgebiet\w*|Gebiet\w*|Territorium\w*"
    r"|Terytori\w*|Territoriet|Licensområde\w*|Území|Územím|Územ[íi]\w*)"
)
_DEFINED = lazy_pattern(
    rf"(?<![\w-]){_NOUN}\s*(?:[-–—:]|\s(?:ist|sind|is|zijn|jest|są|är|je|jsou|er|on|ovat"
    rf"|является|є)\s)\s*(?P<place>[^.;]{{2,120}})",
    _FLAGS,
)
# a passage confining use to the territory: "only within", or a ban on use outside it
_ONLY = lazy_pattern(
    r"(?<![\w-])(?:исключительно|только|лише|виключно|nur|ausschließlich|ausschliesslich"
    r"|lediglich|alleen|uitsluitend|wyłącznie|tylko|endast|enbart|pouze|výhradně)(?![\w-])",
    _FLAGS,
)
_OUTSIDE = lazy_pattern(
    r"(?<![\w-])(?:за\s+(?:е[её]|его|их)?\s*пределами|за\s+межами|вне|außerhalb|ausserhalb"
    r"|buiten|poza|utanför|mimo|uden\s+for|udenfor|utenfor|uten\s+for|ulkopuolel\w*"
    r"|kívül|határain\s+kívül)(?![\w-])",
    _FLAGS,
)
_BAN = lazy_pattern(
    r"(?<![\w-])(?:не\s+(?:вправе|может|допускается|разрешается)|запрещ\w*|не\s+має\s+права"
    r"|заборон\w*|nicht|kein\w*|verboten|untersagt|niet|verboden|nie\s+(?:wolno|może)|zakaz\w*"
    r"|inte|ej|förbjud\w*|nesmí|zakázán\w*|ikke|forbud\w*|forbudt|weder|ei|eikä|kielle\w*"
    r"|nem|tilos\w*)(?![\w-])",
    _FLAGS,
)
_REFERENCE = lazy_pattern(rf"(?<![\w-]){_NOUN}(?![\w-])", _FLAGS)
# outside the place just named: "außerhalb davon", "daarbuiten", "poza nim", "utanför det"
_OUTSIDE_IT = lazy_pattern(
    r"(?<![\w-])(?:(?:außerhalb|ausserhalb)\s+(?:davon|dessen|desselben)|daarbuiten|buiten\s+dat"
    r"|poza\s+(?:nim|tym)|utanför\s+(?:det|detta|dessa)|uden\s+for\s+(?:det|dette|disse)"
    r"|utenfor\s+(?:det|dette|disse)|mimo\s+(?:něj|ně|toto)|за\s+его\s+пределами"
    r"|sen\s+ulkopuolel\w*)(?![\w-])",
    _FLAGS,
)


# the places these languages name most (declined): a territory names a country or a union
_NAMES: tuple[tuple[str, str], ...] = (
    (r"Deutschland|Bundesrepublik\s+Deutschland|Niemc\w+|Duitsland|Tyskland|Německ\w*", "DE"),
    (r"Österreich|Austri\w+|Oostenrijk|Rakousk\w*", "AT"),
    (r"Schweiz|Schweizerische\w*\s+Eidgenossenschaft|Szwajcari\w+|Zwitserland|Švýcarsk\w*", "CH"),
    (r"Polen|Polsk\w+|Rzeczpospolit\w+\s+Polsk\w+", "PL"),
    (r"Nederland|Niederlande\w*|Holandi\w+|Nizozemsk\w*", "NL"),
    (r"België|Belgien|Belgi\w+", "BE"),
    (r"Sverige|Schweden|Szwecj\w+|Zweden|Švédsk\w*", "SE"),
    (r"Česk\w+\s+republik\w+|Česko|Tschechien|Czech\w*|Tsjechië", "CZ"),
    (r"Україн\w*", "UA"),
    (r"Suome\w*|Suomi|Finnorszá\w*", "FI"),
    (r"Ruotsi\w*|Svédorszá\w*", "SE"),
    (r"Norja\w*|Norvégi\w*", "NO"),
    (r"Tanska\w*|Dáni\w*", "DK"),
    (r"Island\w*|Islanti\w*|Islanni\w*|IJsland|Izland\w*", "IS"),
    (r"Magyarorszá\w*|Ungarn|Hongarije|Unkari\w*", "HU"),
    (r"Saksa\w*|Németorszá\w*", "DE"),
    (r"Itäval\w*|Ausztri\w*", "AT"),
    # a group of countries by its name: Norden, the Nordic countries
    (r"Norden|Nordens?|Pohjoismai\w*|(?:nordische\w*|nordiska|nordiske|noordse|Noordse)\s+"
     r"(?:Länder\w*|länder\w*|lande\w*|land|landen)|északi\s+országo\w*|Scandinavië", "NORDIC"),
    (r"Norge|Norwegen|Noorwegen|Norwegi\w+|Norsk\w*", "NO"),
    (r"Danmark|Dänemark|Denemarken|Dani\w+|Dánsk\w*", "DK"),
    (r"Finland|Finnland|Finlandi\w+|Finsk\w*", "FI"),
    (r"Frankreich|Frankrijk|Francj\w+|Frankrike|Franci\w+", "FR"),
    (r"Italien|Italië|Włosz\w+|Włoch\w*|Itáli\w+", "IT"),
    (r"Spanien|Spanje|Hiszpani\w+|Španělsk\w*", "ES"),
    # the European Economic Area by its name or its letters ("EWR", "EER", "EØS", "ETA-alue")
    (r"EWR|EER|EØS|EES|EHP|ETA(?:-alue\w*)?|Europäische\w*\s+Wirtschaftsraum\w*"
     r"|Europese\s+Economische\s+Ruimte|Europejski\w*\s+Obszar\w*\s+Gospodarcz\w*"
     r"|Europeiska\s+ekonomiska\s+samarbetsområdet|Det\s+europæiske\s+økonomiske\s+"
     r"samarbejdsområde|Det\s+europeiske\s+økonomiske\s+samarbeidsområde|Euroopan\s+talousalue\w*"
     r"|Evropsk\w+\s+hospodářsk\w+\s+prostor\w*", "EEA"),
    (r"Європейськ\w+\s+Союз\w*|Europäische\w*\s+Union|Uni\w+\s+Europejsk\w+"
     r"|Europese\s+Unie|Europeiska\s+unionen|Evropsk\w+\s+uni\w+|Den\s+Europæiske\s+Union"
     r"|Den\s+europeiske\s+union|Euroopan\s+unioni\w*|Európai\s+Unió\w*", "EU"),
)  # fmt: skip
_NAMED = lazy_pattern(
    # a name in the genitive too ("außerhalb Österreichs", "uden for Danmarks grænser")
    "|".join(rf"(?P<p{i}>(?<![\w-])(?:{names})s?(?![\w-]))" for i, (names, _) in enumerate(_NAMES)),
    _FLAGS,
)


_GROUPS = {"NORDIC": ("DK", "FI", "IS", "NO", "SE")}  # a group's name: its members


def _places(language: str | None, text: str) -> list[str]:
    named = [_NAMES[int(m.lastgroup[1:])][1] for m in _NAMED.finditer(text) if m.lastgroup]
    codes = [member for code in named for member in _GROUPS.get(code, (code,))]
    return list(dict.fromkeys([*codes, *(place_codes_ru(text) if language == "ru" else [])]))


# "only in" a place, in one clause: "nur in Deutschland", "alleen in Nederland", "wyłącznie na
# terytorium Rzeczypospolitej Polskiej", "только на территории", "endast i Sverige", "pouze na
# území České republiky" (a place a licensee is based in is no such clause: `_SEAT`)
_ONLY_IN = lazy_pattern(
    r"(?<![\w-])(?:исключительно|только|лише|виключно|nur|ausschließlich|ausschliesslich"
    r"|lediglich|alleen|uitsluitend|wyłącznie|tylko|endast|enbart|pouze|výhradně|kun|alene"
    r"|udelukkende|bare|utelukkende|vain|ainoastaan|yksinomaan|kizárólag|csak|csupán)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:in|im|innerhalb|binnen|w|na|в|у|на|i|inom|v|ve|inden\s+for|indenfor"
    r"|innenfor|innen)\s+"
    # Finnish and Hungarian say "in" by the place's ending ("Suomessa", "Magyarországon")
    r"|(?=(?:Suome|Ruotsi|Norja|Tanska|Islanni|Pohjoismai|Euroopan|Magyarorszá|Finnorszá"
    r"|Svédorszá|Norvégi|Dáni|Izland|az\s+Európai|északi)))(?P<where>[^.;,]{2,80})",
    _FLAGS,
)
_IN_FORCE_OR_USED = lazy_pattern(
    r"(?<![\w-])(?:gilt|gelten|gültig|wirksam|darf|dürfen|genutzt|nutzen|eingesetzt|einsetzen"
    r"|betrieben|betreiben|verwendet|verwenden|geldt|gelden|mag|mogen|gebruikt|gebruiken|ingezet"
    r"|obowiązuje|może|wolno|korzyst\w*|używ\w*|wykorzyst\w*|действует|действуют|применя\w*"
    r"|использ\w*|эксплуатир\w*|вправе|діє|діють|використ\w*|gäller|får|använd\w*|platí|smí"
    r"|lze|užív\w*|použív\w*|provozovat"
    r"|gælder|gjelder|må|kan|bruge[s]?|bruke[s]?|anvende[s]?|drive[s]?|benytte[s]?"  # da, no
    r"|koskee|on\s+voimassa|saa|käyttää|käytetään|käyttöön"  # fi
    r"|hatályos|érvényes|használ\w*|alkalmaz\w*|üzemeltet\w*|vonatkozik)(?![\w-])",
    _FLAGS,
)
_SEAT = lazy_pattern(
    r"Sitz|ansässig|Wohnsitz|gevestigd|woonplaats|siedzib|zamieszk|зарегистр|резидент|проживающ"
    r"|зареєстр|проживають|säte|bosatt|sídl|bydliště|hjemsted|hjemmehørende|kotipaik|székhely"
    r"|lakóhely",
    _FLAGS,
)
_TAIL_WORD = lazy_pattern(
    r"(?:gilt|gelten|wirksam|gültig|ist|sind|geldig|geldt|ważna|ważny|действительна|действует"
    r"|дійсна|діє|giltig|gäller|platná|platí"
    r"|genutzt|eingesetzt|betrieben|verwendet|werden|worden|wordt|gebruikt|ingezet"
    r"|być|używany|używana|używane|stosowany|использоваться|применяться|використовуватися"
    r"|användas|brukas|být|používán\w*|užíván\w*|provozován\w*|und|oder|en|of|i|и|або|och|eller"
    r"|a|nebo|sowie|gælder|gjelder|bruges|brukes|anvendes|og|eller|ja|tai|és|vagy"
    r"|használható|érvényes|hatályos|voimassa|käyttää|käytettävissä)?",
    _FLAGS,
)
_MAX_TAIL = 3
_NOT = lazy_pattern(r"(?<![\w-])(?:nicht|niet|nie|не|inte|ne|ikke|ei|nem)\s+(?:\w+\s+)?$", _FLAGS)
# a ban on use or service outside named places, in one clause ("ausserhalb der Schweiz darf
# das Modell weder betrieben ... werden", "må ikke bruges uden for Norden"): the places are
# those the outside word names right after it
_OUTSIDE_WHERE = lazy_pattern(
    _OUTSIDE.pattern + r"\s+(?P<where>(?:\w+\s+){0,2}?[^.;,]{2,60})", _FLAGS
)


def _confined_inline(passage: Passage) -> list[str]:
    """The places one clause of a passage confines the licence or use to ("only in X")."""
    found: list[str] = []
    for clause in re.split(r"[.;]\s", passage.text):
        if _IN_FORCE_OR_USED.search(clause) is None or _SEAT.search(clause):
            continue
        for only in _ONLY_IN.finditer(clause):
            if _NOT.search(clause[: only.start()]):  # "nicht nur in": not only there
                continue
            where = only.group("where") + _listed_after(clause[only.end() :])
            ends = [m.end() for m in _NAMED.finditer(where)]
            ends += place_ends_ru(where) if passage.language == "ru" else []
            # the place ends the phrase, or a verb of use does ("nur in der EU betrieben
            # werden"); "nur in Deutschland entwickelte Daten" names where data came from
            tail = where[max(ends) :].split() if ends else where.split()
            if all(_TAIL_WORD.fullmatch(word.strip(",()")) for word in tail[:_MAX_TAIL]):
                found.extend(_places(passage.language, where) if len(tail) <= _MAX_TAIL else [])
    return list(dict.fromkeys(found))


# a list of places goes on past the comma ("vain Suomessa, Ruotsissa, Norjassa ja Islannissa")
_LIST_ON = lazy_pattern(
    r"\s*,\s*(?:(?:und|oder|en|of|og|eller|och|ja|tai|és|vagy|oraz|lub|i|a|и|або|та)\s+)?"
    r"(?:(?:der|die|den|dem|het|de)\s+)?",
    _FLAGS,
)
_LIST_END = lazy_pattern(
    r"\s+(?:und|oder|en|of|og|eller|och|ja|tai|és|vagy|oraz|lub|i|a)\s+(?:(?:der|die|den|dem|het"
    r"|de)\s+)?",
    _FLAGS,
)
# outside the places just listed: "näiden maiden ulkopuolella", "außerhalb dieser Länder"
_OUTSIDE_THESE = lazy_pattern(
    r"(?<![\w-])(?:näiden\s+(?:maiden|valtioiden|alueiden)\s+ulkopuolel\w*"
    r"|(?:außerhalb|ausserhalb)\s+dieser\s+(?:Länder|Staaten|Gebiete)|buiten\s+deze\s+landen"
    r"|utanför\s+dessa\s+länder|uden\s+for\s+disse\s+lande|utenfor\s+disse\s+landene"
    r"|poza\s+tymi\s+krajami|mimo\s+tyto\s+země|ezen\s+országokon\s+kívül)(?![\w-])",
    _FLAGS,
)


def _listed_after(rest: str) -> str:
    """The places that go on listing after a comma (each a name these languages know), and
    the last after "and" ("..., Norjassa, Tanskassa ja Islannissa")."""
    taken = 0
    while (comma := _LIST_ON.match(rest, taken)) is not None:
        name = _NAMED.match(rest, comma.end())
        if name is None:
            break
        taken = name.end()
    last_one = _LIST_END.match(rest, taken) if taken else None
    if last_one is not None and (last := _NAMED.match(rest, last_one.end())) is not None:
        taken = last.end()
    return rest[:taken]


def _banned_outside(passage: Passage) -> list[str]:
    """The places outside which one clause bans use or service (none: [])."""
    found: list[str] = []
    for clause in re.split(r"[.;]\s", passage.text):
        if _BAN.search(clause) is None or _IN_FORCE_OR_USED.search(clause) is None:
            continue
        if _SEAT.search(clause):
            continue
        for outside in _OUTSIDE_WHERE.finditer(clause):
            named = list(_NAMED.finditer(outside.group("where")))
            if named and named[0].start() <= _NEAR_PLACE:
                found.extend(_places(passage.language, named[0].group()))
    return list(dict.fromkeys(found))


_NEAR_PLACE = 12  # characters from the outside word to the place ("der", "des", "von")


def confined_across(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passage defining a territory and those confining use to it, each with a `within`
    clause over its places (none defined or none confining: {}); and a passage confining the
    licence or use to named places in one clause ("Die Lizenz gilt nur in Deutschland")."""
    # a short passage is often told for no language ("Bruksretten gjelder bare innenfor EØS."):
    # it is read with these languages' words too
    mine = [p for p in passages if p.language in LANGUAGES or p.language in (None, "und")]
    inline = {p: _within(places) for p in mine if (places := _confined_inline(p))}
    inline |= {p: _within(places) for p in mine if (places := _banned_outside(p))}
    listed = sorted({r for clauses in inline.values() for c in clauses for r in _regions(c)})
    if listed:  # "... outside these countries": the places a clause before confined use to
        inline |= {
            p: _within(listed)
            for p in mine
            if p not in inline and _OUTSIDE_THESE.search(p.text) and _BAN.search(p.text)
        }
    return inline | _across(mine)


def _regions(clause: Clause) -> list[str]:
    values = clause.value if isinstance(clause.value, list) else []
    return [str(r) for value in values for r in value["regions"]]


def _bans_outside(passage: Passage) -> bool:
    outside = _OUTSIDE.search(passage.text) or _OUTSIDE_IT.search(passage.text)
    return bool(outside and _BAN.search(passage.text))


def _within(regions: list[str]) -> list[Clause]:
    within = {"regions": sorted(regions), "models": "all", "exempts": [], "within": True}
    return [Clause("excluded_use_territories", [within])]


def _across(mine: list[Passage]) -> dict[Passage, list[Clause]]:
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
        and (
            (_REFERENCE.search(p.text) and _ONLY.search(p.text))
            or ((_REFERENCE.search(p.text) or _OUTSIDE_IT.search(p.text)) and _bans_outside(p))
        )
    ]
    if not confining:
        return {}
    return {p: _within(sorted(regions)) for p in [*defining, *confining]}
