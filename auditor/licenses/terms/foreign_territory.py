"""Sanctions clauses in Spanish, French, German, Portuguese and Italian, for `terms.foreign`: a
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
    "frankreich": ("FR",), "alemania": ("DE",), "allemagne": ("DE",), "deutschland": ("DE",),
    "germania": ("DE",), "japón": ("JP",), "japon": ("JP",), "japan": ("JP",),
    "japão": ("JP",), "giappone": ("JP",),
}  # fmt: skip

_FLAGS = re.IGNORECASE

_OF = r"(?:(?:la|le|el|o|a|il|der|dieser|die|presente|présente|esta|cette|questa)\s+)*"
# The grant withheld, or someone barred from the model (within one clause: `read_territory`).
_WITHHELD = re.compile(
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
        )
    ),
    _FLAGS,
)
# Someone based in a place: residents, companies incorporated or seated there, nationals.
_BASED = re.compile(
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
    r"|\bcittadini\b",
    _FLAGS,
)
_NEAR = 80  # a place named this close after the word saying who is based there

# The state whose sanctions, laws or lists a clause invokes is no excluded place.
_AUTHORITY = re.compile(
    r"(?:sancion|sanction|sanktion|sanç|sanzion|embargo|leyes|\bley\b|legislación|\blois?\b"
    r"|gesetz|\bleis?\b|legge|leggi|normativ|règlement|reglament|regulament|regolament"
    r"|verordnung|gobierno|gouvernement|regierung|governo|exportaci|exportation|export"
    r"|esportazion|listas?|listes?|liste)[^.;:,]{0,30}$",
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
        if _AUTHORITY.search(text[max(match.start() - 40, 0) : match.start()]):
            continue
        for code in _PLACES[match.group().lower()]:
            found.setdefault(code)
    return list(found)


def _based_in_place(clause: str) -> bool:
    return any(
        _place_pattern().search(clause[m.end() : m.end() + _NEAR]) for m in _BASED.finditer(clause)
    )


def read_territory(text: str, original: str) -> list[Clause]:
    """A grant one passage withholds from persons or companies based in named places."""
    del original
    clauses = [c for c in re.split(r"[;；]", text) if _WITHHELD.search(c) and _based_in_place(c)]
    if not clauses:
        return []  # nobody said to be based in a named place the grant is withheld from
    regions = _excluded_places(" ; ".join(clauses))
    if not regions:
        return []
    clause = {"regions": sorted(regions), "models": "all", "exempts": []}
    return [
        Clause("excluded_licensee_domiciles", [clause]),
        Clause("territorial_exclusions", sorted(regions)),
    ]
