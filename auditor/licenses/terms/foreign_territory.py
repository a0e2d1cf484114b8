"""Sanctions clauses in Spanish, French, German, Portuguese, Italian and Turkish, for
`terms.foreign`: a
grant withheld from persons or companies based in named places ("No se concede licencia alguna
a entidades constituidas en Cuba o Irán", "Aucune licence n'est accordée aux personnes résidant
en Russie", "Keine Lizenz wird Unternehmen mit Sitz in Belarus erteilt") is
`excluded_licensee_domiciles` over those places.

A passage is read when it withholds the grant (or bars someone from the model), says who is
based where (residents, companies incorporated or seated, nationals), and names places. The
state whose sanctions, laws or lists the clause invokes ("listas de sanciones de Estados
Unidos", "lois de la Union européenne") is no excluded place. A ban on *use* in a place, whoever
uses it, is not read here (the passage stays unread and is reported).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import AUTHORITY_SPAN, excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause

# Country names as these languages write them (the sanctioned places first), as ISO 3166 codes.
_PLACES: dict[str, tuple[str, ...]] = {
    "cuba": ("CU",), "kuba": ("CU",), "irán": ("IR",), "iran": ("IR",), "irã": ("IR",),
    "corea del norte": ("KP",), "corée du nord": ("KP",), "nordkorea": ("KP",),
    "coreia do norte": ("KP",), "corea del nord": ("KP",), "siria": ("SY",), "syrie": ("SY",),
    "syrien": ("SY",), "síria": ("SY",), "rusia": ("RU",), "russie": ("RU",),
    "russland": ("RU",), "rússia": ("RU",), "russia": ("RU",), "federación de rusia": ("RU",),
    "fédération de russie": ("RU",), "russische föderation": ("RU",),
    "federação russa": ("RU",), "federazione russa": ("RU",), "bielorrusia": ("BY",),
    "biélorussie": ("BY",), "belarus": ("BY",), "bélarus": ("BY",), "weißrussland": ("BY",),
    "weissrussland": ("BY",), "bielorrússia": ("BY",), "bielorussia": ("BY",),
    "crimea": ("UA",), "crimée": ("UA",), "krim": ("UA",), "crimeia": ("UA",),
    "ucrania": ("UA",), "ukraine": ("UA",), "ucrânia": ("UA",), "ucraina": ("UA",),
    "venezuela": ("VE",), "china": ("CN",), "chine": ("CN",), "cina": ("CN",),
    "hong kong": ("HK",), "macao": ("MO",), "macau": ("MO",), "taiwán": ("TW",),
    "taïwan": ("TW",), "taiwan": ("TW",), "estados unidos": ("US",), "ee. uu.": ("US",),
    "ee.uu.": ("US",), "états-unis": ("US",), "vereinigte staaten": ("US",),
    "stati uniti": ("US",), "reino unido": ("GB",), "royaume-uni": ("GB",),
    "vereinigtes königreich": ("GB",), "regno unito": ("GB",), "unión europea": ("EU",),
    "union européenne": ("EU",), "europäische union": ("EU",), "união europeia": ("EU",),
    "unione europea": ("EU",), "españa": ("ES",), "francia": ("FR",), "france": ("FR",),
    # German declines the adjective of a compound name after an article or preposition ("mit
    # Sitz in der Europäischen Union", "in den Vereinigten Staaten", "im Vereinigten Königreich")
    "europäischen union": ("EU",), "vereinigten staaten": ("US",),
    "vereinigten staaten von amerika": ("US",), "vereinigte staaten von amerika": ("US",),
    "vereinigten königreich": ("GB",), "vereinigten königreichs": ("GB",),
    "russischen föderation": ("RU",), "volksrepublik china": ("CN",),
    "islamischen republik iran": ("IR",), "islamische republik iran": ("IR",),
    "frankreich": ("FR",), "alemania": ("DE",), "allemagne": ("DE",), "deutschland": ("DE",),
    "germania": ("DE",), "japón": ("JP",), "japon": ("JP",), "japan": ("JP",),
    "japão": ("JP",), "giappone": ("JP",), "rusya": ("RU",), "rusya federasyonu": ("RU",),
    "kuzey kore": ("KP",), "suriye": ("SY",), "küba": ("CU",),
    "beyaz rusya": ("BY",), "kırım": ("UA",), "ukrayna": ("UA",), "çin": ("CN",),
    "amerika birleşik devletleri": ("US",), "abd": ("US",), "avrupa birliği": ("EU",),
    "birleşik krallık": ("GB",), "almanya": ("DE",), "fransa": ("FR",), "japonya": ("JP",),
    "estados unidos da américa": ("US",), "estados unidos de américa": ("US",),
    "stati uniti d'america": ("US",), "états-unis d'amérique": ("US",),
    # Latin America
    "argentina": ("AR",), "república argentina": ("AR",), "argentine": ("AR",),
    "argentinien": ("AR",), "méxico": ("MX",), "mexique": ("MX",), "mexiko": ("MX",),
    "messico": ("MX",), "brasil": ("BR",), "brésil": ("BR",), "brasilien": ("BR",),
    "brasile": ("BR",), "chile": ("CL",), "chili": ("CL",), "cile": ("CL",),
    "colombia": ("CO",), "colombie": ("CO",), "kolumbien": ("CO",), "perú": ("PE",),
    "pérou": ("PE",), "uruguay": ("UY",), "bolivia": ("BO",), "bolivie": ("BO",),
    "paraguay": ("PY",), "ecuador": ("EC",), "équateur": ("EC",), "nicaragua": ("NI",),
    # official names holding another place's name (the longest name at a place is taken)
    "estados unidos mexicanos": ("MX",), "états-unis mexicains": ("MX",),
    "stati uniti messicani": ("MX",), "vereinigte mexikanische staaten": ("MX",),
    "vereinigten mexikanischen staaten": ("MX",), "nuevo méxico": ("US",),
    "novo méxico": ("US",), "nuovo messico": ("US",), "irlanda del norte": ("GB",),
    "irlanda do norte": ("GB",), "irlande du nord": ("GB",), "nordirland": ("GB",),
}  # fmt: skip

_FLAGS = re.IGNORECASE
_K = TypeVar("_K")

_OF = r"(?:(?:la|le|el|o|a|il|der|dieser|die|presente|présente|esta|cette|questa)\s+)*"
# The grant withheld, or someone barred from the model (within one clause: `read_territory`).
_WITHHELD = lazy_pattern(
    "|".join(
        (
            # es
            r"\bno\s+se\s+(?:concede|conceden|concederá|otorga|otorgan|otorgará)\b",
            r"\bningun[ao]\s+licencia|\bno\s+se\s+(?:extiende|aplica)\b",
            r"\bexcluid[oa]s?\s+de\s+" + _OF + r"licencia",
            r"\bno\s+(?:está|están)\s+(?:autorizad|permitid)",
            r"\bno\s+(?:podrá|podrán|puede|pueden)\s+(?:usar|utilizar|acceder)",
            # fr
            r"\baucune?\s+(?:licence|droit)|\bne\s+s'applique\s+pas",
            r"\bn'(?:est|a)\s+pas\s+(?:accordé|concédé|octroyé|autorisé)",
            r"\bne\s+(?:sont|est)\s+pas\s+(?:accordé|concédé|octroyé|autorisé)",
            r"\bexclu(?:e|s|es)?\s+(?:de|du)\s+" + _OF + r"(?:licence|droit)",
            r"\bne\s+(?:peut|peuvent|pourra|pourront)\s+pas\s+(?:utiliser|accéder)",
            # de
            r"\bkeine\s+(?:Lizenz|Rechte|Nutzungsrechte|Berechtigung)",
            r"\b(?:wird|werden)\s+(?:\w+\s+)?nicht\s+(?:erteilt|gewährt|eingeräumt)",
            r"\bgilt\s+nicht\s+für|\b(?:Lizenz|Nutzung|Recht)\w*\s+ausgeschlossen",
            r"\bvon\s+" + _OF + r"(?:Lizenz|Nutzung)\w*\s+ausgeschlossen",
            r"\bdürfen\b[^.;]{0,40}?\bnicht\s+(?:nutzen|verwenden|einsetzen)",
            # pt
            r"\bnenhuma\s+licença|\bnão\s+se\s+(?:aplica|estende)\b",
            r"\bnão\s+(?:é|são|será|serão)\s+(?:concedid|outorgad|autorizad|permitid)",
            r"\bexcluíd[oa]s?\s+d[aoe]\s+" + _OF + r"licença",
            r"\bnão\s+(?:pode|podem|poderá|poderão)\s+(?:usar|utilizar|acessar)",
            # it
            r"\bnessuna\s+licenza|\bnon\s+si\s+applica\b",
            r"\bnon\s+(?:è|sono|viene|vengono|sarà|saranno)\s+(?:concess|accordat|autorizzat"
            r"|consentit)",
            r"\besclus[ioae]\s+dal(?:la)?\s+" + _OF + r"licenza",
            r"\bnon\s+(?:può|possono|potrà|potranno)\s+(?:usare|utilizzare|accedere)",
            # "non attribuisce alcun diritto", "non conferisce diritti": no right given
            r"\bnon\s+(?:attribuisce|conferisce|concede|accorda|riconosce)\s+(?:alcun\w*\s+|nessun\w*\s+)?"
            r"(?:diritt|licenz)\w*",
            r"\b(?:ne|no)\s+(?:confiere|otorga|concede|atribuye|confère|attribue)\s+(?:ningún\s+|aucun\s+)?"
            r"(?:derecho|droit|licencia|licence)",
            r"\bnão\s+(?:confere|atribui|concede|outorga)\s+(?:nenhum\s+|qualquer\s+)?(?:direito|licença)",
            # tr (the verb last): "... kuruluşlara hiçbir hak tanımaz", "lisans verilmez"
            r"\bhiçbir\s+(?:hak|lisans|izin)\b|\bhak\s+tanımaz|\b(?:lisans|izin|hak)\s+"
            r"(?:verilmez|tanınmaz|kapsamaz)|\byararlanamaz|\bkapsam\w*\s+dışında",
        )
    ),
    _FLAGS,
)
# Someone based in a place: residents, companies incorporated or seated there, nationals.
_BASED = lazy_pattern(
    # es / pt
    r"\bresident[ea]s?\b|\bdomiciliad[oa]s?|\bconstituíd[oa]s?|\bconstituid[oa]s?|\bestablecid[oa]s?"
    r"|\bestabelecid[oa]s?|\bsediad[oa]s?|\bcon\s+(?:su\s+)?(?:sede|domicilio)|\bcom\s+sede"
    r"|\bnacionales\b|\bnacionais\b|\bciudadanos\b|\bcidadãos\b|\bradicad[oa]s?"
    # fr
    r"|\brésid(?:ant|ent|ents|ence)\b|\bdomicilié|\bétabli(?:e|es|s)?\b|\bconstitué"
    r"|\bayant\s+(?:leur|son)\s+siège|\bdont\s+le\s+siège|\bressortissants?"
    # de
    r"|\bansässig|\bWohnsitz|\bSitz\b|\bgegründet|\bStaatsangehörig|\bStaatsbürger|\bniedergelassen"
    # it
    r"|\bresidenti\b|\bdomiciliat[ioae]|\bcon\s+sede|\bcostituit[ioae]|\bstabilit[ioae]"
    r"|\bcittadini\b"
    # tr: "yerleşim yeri veya merkezi ... bulunan", "... kurulmuş", "mukim", "vatandaşı"
    r"|\byerleşim\s+yeri|\bmerkez(?:i|leri)\b|\bikamet\w*|\bmukim\b|\byerleşik\b|\bkurulmuş"
    r"|\bvatandaş\w*",
    _FLAGS,
)
_NEAR = 80  # a place named this close after the word saying who is based there

# The state whose sanctions, laws or lists a clause invokes is no excluded place.
_AUTHORITY = lazy_pattern(
    r"(?:sancion|sanction|sanktion|sanç|sanzion|embargo|leyes|\bley\b|legislación|\blois?\b"
    r"|gesetz|\bleis?\b|legge|leggi|normativ|règlement|reglament|regulament|regolament"
    r"|verordnung|gobierno|gouvernement|regierung|governo|exportaci|exportation|export"
    r"|esportazion|listas?|listes?|liste|yaptırım\w*|kanun\w*|mevzuat\w*)[^.;:,]{0,30}$",
    _FLAGS,
)


@cache
def _place_pattern() -> re.Pattern[str]:
    names = sorted(_PLACES, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])", _FLAGS)


def _excluded_places(text: str) -> list[str]:
    """The places a passage names, less those whose sanctions or laws it invokes."""
    found: dict[str, None] = {}
    for match in _place_pattern().finditer(text):
        if _AUTHORITY.search(text[max(match.start() - AUTHORITY_SPAN, 0) : match.start()]):
            continue
        # Turkish dotted capital I lower-cases to i and a combining dot ("İran")
        for code in _PLACES.get(match.group().lower().replace("i\u0307", "i"), ()):
            found.setdefault(code)
    return list(found)


def _based_in_place(clause: str) -> bool:
    after = any(
        _place_pattern().search(clause[m.end() : m.end() + _NEAR]) for m in _BASED.finditer(clause)
    )
    return (
        after
        or any(  # Turkish names the place first: "İran'da kurulmuş şirketler"
            _place_pattern().search(clause[max(m.start() - _NEAR, 0) : m.start()])
            for m in _BASED_AFTER_PLACE.finditer(clause)
        )
    )


_BASED_AFTER_PLACE = lazy_pattern(
    r"\b(?:kurulmuş|yerleşik|mukim|bulunan|merkezli|ikamet\s+eden)\w*", _FLAGS
)


def read_territory(text: str, original: str) -> list[Clause]:
    """A grant one passage withholds from persons or companies based in named places, or a
    territory of the license that is the world but named places (`_world_except`)."""
    del original
    clauses = [c for c in re.split(r"[;；]", text) if _WITHHELD.search(c) and _based_in_place(c)]
    if not clauses:
        return _world_except(text)  # nobody said to be based in a named place
    regions = _excluded_places(" ; ".join(clauses))
    return excluded_clauses("excluded_licensee_domiciles", regions)


# A licensed territory that is the world but named places: "Território Licenciado: todos os
# países, exceto os Estados Unidos", "válida en todo el mundo salvo en China", "valida in tutto
# il mondo tranne ...", "dans le monde entier, à l'exception de ...", "weltweit mit Ausnahme
# von ...", "tüm dünyada, ... hariç": use in those places is outside the grant.
_WORLD = lazy_pattern(
    r"\b(?:todos\s+os\s+países|todo\s+o\s+mundo|mundo\s+inteiro|todos\s+los\s+países"
    r"|todo\s+el\s+mundo|tutti\s+i\s+paesi|tutto\s+il\s+mondo|tous\s+les\s+pays"
    r"|(?:le\s+)?monde\s+entier|alle\s+Länder|weltweit|der\s+ganzen\s+Welt"
    r"|tüm\s+(?:dünya|ülkeler)\w*|bütün\s+(?:dünya|ülkeler)\w*)",
    _FLAGS,
)
_EXCEPT = lazy_pattern(
    r"\b(?:exceto|excepto|salvo|com\s+exceção\s+d[eoa]s?|excluindo|excluídos?|a\s+excepción\s+de"
    r"|con\s+excepción\s+de|excluyendo|eccetto|tranne|ad\s+eccezione\s+d\w*|escluso|esclusi"
    r"|sauf|à\s+l'exception\s+d\w*|excepté|hormis|ausgenommen|mit\s+Ausnahme\s+\w+|außer"
    r"|hariç|dışında)\b",
    _FLAGS,
)
# a ban on use outside the license's territory, which another passage defines
_OUTSIDE = lazy_pattern(
    r"\b(?:fora\s+d[oa]|fuera\s+del?|al\s+di\s+fuori\s+del?|fuori\s+dal|en\s+dehors\s+du"
    r"|hors\s+du|außerhalb\s+(?:des|der))\s+(?:\w+\s+)?(?:Território|Territorio|Territoire"
    r"|Vertragsgebiet\w*|Lizenzgebiet\w*|Gebiet\w*)",
    _FLAGS,
)


def _world_except(text: str) -> list[Clause]:
    for clause in re.split(r"[.;；]", text):
        world = _WORLD.search(clause)
        if world is None:
            continue
        excepted = _EXCEPT.search(clause, world.end()) or _EXCEPT.search(clause)
        if excepted is None:
            continue
        places = _excluded_places(
            clause[world.end() :] if excepted.start() > world.end() else clause
        )
        if places:
            territory = {"regions": sorted(places), "models": "all", "exempts": []}
            return [
                Clause("excluded_use_territories", [territory]),
                Clause("territorial_exclusions", sorted(places)),
            ]
    return []


def outside_territory(texts: dict[_K, str]) -> dict[_K, list[Clause]]:
    """Passages (keys) banning use outside the license's territory, when another passage of
    the same document defines it as the world but named places: each states that exclusion
    too (alone, the reference to the territory names no place and stays unread)."""
    defined = [c for text in texts.values() for c in _world_except(text)]
    if not defined:
        return {}
    banned = (
        key
        for key, text in texts.items()
        if (_OUTSIDE.search(text) or _THERE.search(text)) and _BAN_WORD.search(text)
    )
    return dict.fromkeys(banned, defined)


# a ban on use in the places the territory leaves out, named by a word pointing back to them
# ("no podrá ejecutar el modelo en ese país", "usuarios que se encuentren allí", "dans ces pays",
# "in diesem Land", "in tali paesi"): the exclusion another passage defines
_THERE = lazy_pattern(
    r"\ben\s+(?:es[eao]s?|dich[oa]s?|tal(?:es)?|aquel(?:los)?)\s+(?:país|países|territorios?"
    r"|lugar(?:es)?|Estados?)\b|\b(?:allí|allá)\b"  # es
    r"|\b(?:ness[ea]s?|naquel[ea]s?)\s+(?:país|países|territórios?|Estados?)\b|\bem\s+tal\s+país"
    r"|\b(?:lá|ali)\b"  # pt
    r"|\bdans\s+(?:ce|ces|ledit|lesdits|cet)\s+(?:pays|territoires?|États?)\b"  # fr
    r"|\bin\s+(?:tale|tali|quel|quei|detto|detti)\s+(?:paese|paesi|territori[oi]|Stat[oi])\b"
    r"|\bivi\b"  # it
    r"|\bin\s+(?:diesem|diesen|jenem|jenen)\s+(?:Land|Ländern|Gebiet\w*|Staat\w*)\b"
    r"|\bdort\b",  # de
    _FLAGS,
)
_BAN_WORD = lazy_pattern(
    r"proibid|vedad|prohibid|vietat|interdit|untersagt|verboten|\bnão\s+(?:pode|poderá|poderão"
    r"|é\s+permitid)|\bno\s+(?:puede|pueden|podrá|podrán|está\s+permitid)"
    r"|\bnon\s+(?:può|puoi|potrà|potranno|è\s+consentit)|\bne\s+\w+\s+pas"
    r"|\bnicht\b|yasak",
    _FLAGS,
)
