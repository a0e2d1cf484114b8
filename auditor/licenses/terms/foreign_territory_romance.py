"""A licence confined to named places in Spanish, Portuguese, French, Italian and Romanian, for
`terms.foreign`: the grant valid only there ("O direito concedido vale exclusivamente no
território do Espaço Económico Europeu", "Territorio: los Estados del Espacio Económico Europeo,
y solo estos", "La licence n'est valable que dans l'Union européenne"), or use or service
outside it beyond the licence ("Fora desse território, o licenciado não pode executar o modelo",
"servir utilizadores que estejam fora do EEE excede a licença").

As `foreign_zh_territory` reads Chinese: an `excluded_use_territories` clause marked `within`
(every place but its regions is excluded). The places are the EEA and the EU by their names and
initials in the five languages, and the countries `foreign_law` names. A passage that
refers back to the territory ("fora desse território", "hors de ce territoire") is read with
the places another passage confines use to, and stays unread where none does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_domiciles_romance import withheld_domiciles_romance
from auditor.licenses.terms.foreign_law import _PLACES as COUNTRIES  # one table of places
from auditor.licenses.terms.foreign_territory_defined import defined_territory
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
_LANGUAGES = frozenset({"es", "pt", "fr", "it", "ro"})

_GROUPS = {
    "EEA": r"Espa[çc]o\s+Econ[óo]mico\s+Europeu|Espacio\s+Econ[óo]mico\s+Europeo|Espace\s+"
    r"[ée]conomique\s+europ[ée]en|Spazio\s+[Ee]conomico\s+[Ee]uropeo|Spa[țţ]iul\s+Economic"
    r"\s+European|\bEEE\b|\bSEE\b|\bEEA\b",
    "EU": r"Uni[ãa]o\s+Europeia|Uni[óo]n\s+Europea|Union\s+europ[ée]enne|Unione\s+[Ee]uropea"
    r"|Uniunea\s+European[ăa]|\bUE\b",
}
# confined: only, exclusively, "and only these", valid only in
_ONLY = lazy_pattern(
    r"\b(?:exclusivamente|únicamente|unicamente|solamente|somente|apenas|uniquement|seulement"
    r"|exclusivement|soltanto|esclusivamente|doar|numai|n['’]est\s+valable\s+que|ne\s+\w+\s+que"
    r"|[ey]\s+s[óo]\s+(?:estes|estas|este|esta|estos)|y\s+solo\s+(?:estos|estas|este|esta)"
    r"|et\s+seulement\s+(?:ceux-ci|celui-ci)|e\s+solo\s+(?:questi|questo)|s[óo]lo|só)\b",
    _FLAGS,
)
# the grant, a territory, or use named: valid, territory, use, run, serve
_SCOPE = lazy_pattern(
    r"\b(?:vale|v[áa]lid\w*|valable|valid\w*|valabil\w*|territ[óo]ri\w*|territoire|teritori\w*"
    r"|direito|derecho|droit|diritto|dreptul|licen[çcz]\w*|licence|utiliz\w*|utilis\w*|us\w*"
    r"|execut\w*|ejecut\w*|ex[ée]cut\w*|eseguire|rul\w*|rige|rigen|vige|permiso|permissão"
    r"|permesso|autoriza[cç]\w*)\b",
    _FLAGS,
)
# outside it, beyond the licence: "fora do", "fuera del", "hors du", "al di fuori", "în afara"
_OUTSIDE = lazy_pattern(
    r"\b(?:fora\s+d[oae]s?|fuera\s+del?|hors\s+d[ue]s?|en\s+dehors\s+d[ue]s?|al\s+di\s+fuori"
    r"|fuori\s+d\w*|în\s+afara|noutro\s+lugar|en\s+otro\s+lugar|ailleurs|altrove|în\s+alt[ăa]"
    r"\s+parte)\b",
    _FLAGS,
)
_BACK = lazy_pattern(
    r"\b(?:fora|fuera|hors|al\s+di\s+fuori|în\s+afara)\s+(?:d[eo]ss[ea]|d[eo]ste|de\s+es[ea]"
    r"|de\s+este|de\s+ce|du|de\s+cet|di\s+tale|di\s+questo|acestui)\s+(?:territ\w+|teritoriu)"
    # outside the countries just named: "fuera de esos tres países", "hors de ces pays"
    r"|\b(?:fora|fuera|hors|al\s+di\s+fuori|în\s+afara)\s+(?:d[eo]ss[ea]s|de\s+es[oa]s|de\s+estos"
    r"|de\s+estas|de\s+ces|di\s+questi|acestor)\s+(?:\w+\s+)?(?:pa[íi]s\w*|pays|paesi|[țt][ăa]ri"
    r"|estados|[ée]tats|stati|state)\b",
    _FLAGS,
)
_BEYOND = lazy_pattern(
    r"\b(?:não\s+pode|no\s+puede|ne\s+peut|non\s+può|nu\s+poate|excede|exceden|excède|eccede"
    r"|depășește|proibid\w*|prohibid\w*|interdit\w*|vietat\w*|interzis\w*|não\s+(?:é|está)"
    r"\s+(?:abrangid|coberto|autorizad)|no\s+(?:está|queda)\s+(?:cubiert|amparad|autorizad))",
    _FLAGS,
)


_ASIDE = lazy_pattern(r"\([^()]*\)")
_NEAR = 80
"""How far (characters) a place may stand from its "only": the confinement names the place
("exclusivamente no território do EEE", "los Estados del EEE, y solo estos"), not a place a
sentence about something else mentions ("uniquement sous les termes de ce Contrat ... Japon")."""


def _places(text: str) -> list[str]:
    codes = {code for code, names in _GROUPS.items() if re.search(names, text)}
    for code, names in COUNTRIES.items():
        if re.search(rf"(?<![\w-])(?:{names})(?![\w-])", text):
            codes.add(code)
    return sorted(codes)


def _within(regions: list[str]) -> list[Clause]:
    clause = {"regions": regions, "models": "all", "exempts": [], "within": True}
    return [Clause("excluded_use_territories", [clause])]


def territory_romance(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Romance passages confining use to named places, and those referring back to such a
    territory or banning use outside the places they name, each with the `within` clause."""
    confined: dict[Passage, list[str]] = {}
    back: list[Passage] = []
    for passage in passages:
        if passage.language not in _LANGUAGES:
            continue
        text = _ASIDE.sub(" ", passage.text)  # "(par exemple ... 2.0 Japon)": an example
        places = _places(text)
        only = _SCOPE.search(text) is not None and any(
            _places(text[max(0, m.start() - _NEAR) : m.end() + _NEAR]) for m in _ONLY.finditer(text)
        )
        outside = _OUTSIDE.search(text) is not None
        if places and (only or (outside and _BEYOND.search(text))):
            confined[passage] = places
        elif _BACK.search(text) and _BEYOND.search(text):
            back.append(passage)
    withheld = withheld_domiciles_romance(passages)  # es..el: licensees based in places
    regions, defined = defined_territory(passages, _places)  # "dentro del Territorio"
    withheld |= {p: _within(regions) for p in defined if p not in confined}
    if not confined:
        return withheld
    regions = sorted({code for places in confined.values() for code in places})
    return withheld | {p: _within(regions) for p in [*confined, *back]}
