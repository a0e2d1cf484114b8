"""A licence confined to places of the Americas in Latin-American Spanish and Brazilian
Portuguese (session 37), for `terms.foreign`, read with the shapes of `foreign_territory_world`:

- use confined to named places: "only" or a verb of limiting with the places after it ("Los
  derechos otorgados se limitan a los Estados Unidos Mexicanos, la República de Guatemala y
  Belice", "a licença vale somente no Brasil e no Paraguai"): an `excluded_use_territories`
  clause marked `within` (every place but these is excluded);
- use banned outside the places just confined to ("Queda prohibido usar el Modelo ... fuera de
  dicho Territorio", "é vedado usar o modelo fora desse território"): read with that
  confinement, and left to the other readers where no passage before confined use;
- a law or a court named, or who is based where: no confinement of use.

The places are the states of the Americas, official names that hold another state's name tried
apart ("Estados Unidos Mexicanos" is Mexico, not the United States). A passage naming a place
outside the Americas (the EEA, Spain) is left to `foreign_territory_romance`, which knows those.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_law import _PLACES as COUNTRIES  # one table of places
from auditor.licenses.terms.foreign_territory_world import _read, _Words
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["territory_americas"]

_PLACES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"Estados\s+Unidos\s+Mexicanos|M[ée]xico(?<!Nuevo\sMéxico)(?<!Novo\sMéxico)", ("MX",)),
    (r"Estados\s+Unidos(?!\s+Mexicanos)(?!\s+do\s+Brasil)(?:\s+de\s+Am[ée]rica)?|\bEE\.?\s?UU\b"
     r"|\bEUA\b", ("US",)),
    (r"Canad[áa]", ("CA",)), (r"Guatemala", ("GT",)), (r"Belice|Belize", ("BZ",)),
    (r"Honduras", ("HN",)), (r"El\s+Salvador", ("SV",)), (r"Nicar[áa]gua", ("NI",)),
    (r"Costa\s+Rica", ("CR",)), (r"Panam[áa]", ("PA",)), (r"Colombia|Col[ôo]mbia", ("CO",)),
    (r"Venezuela", ("VE",)), (r"Ecuador|Equador", ("EC",)), (r"Per[úu]\b", ("PE",)),
    (r"Bol[íi]via", ("BO",)), (r"Chile\b", ("CL",)), (r"Argentina", ("AR",)),
    (r"Uruguay|Uruguai", ("UY",)), (r"Paraguay|Paraguai", ("PY",)),
    (r"Brasil|Brazil", ("BR",)), (r"Cuba\b", ("CU",)),
    (r"Rep[úu]blica\s+Dominicana", ("DO",)), (r"Puerto\s+Rico|Porto\s+Rico", ("PR",)),
)  # fmt: skip
_AMERICAS = frozenset(code for _, codes in _PLACES for code in codes)

_WORDS: dict[str, _Words] = {
    "es": _Words(
        places=_PLACES,
        only=r"\b(?:exclusivamente|únicamente|solamente|sólo|solo)\b|\bse\s+(?:limita|limitan"
        r"|circunscribe|circunscriben|restringe|restringen)\s+a\b|\b(?:queda|quedan)\s+"
        r"(?:limitad[oa]s?|restringid[oa]s?|circunscrit[oa]s?)\s+a\b",
        ban=r"\b(?:queda|quedan|está|están)\s+prohibid[oa]s?\b|\bse\s+prohíbe\b|\bno\s+(?:podrá"
        r"|podrán|puede|pueden|se\s+permite)\b",
        outside=r"\bfuera\s+de\b",
        back=r"\bfuera\s+(?:de\s+)?(?:dicho|dichos|este|estos|ese|esos|tal|tales|el\s+citado|del)"
        r"\s+(?:Territorio|territorio|países|país|ámbito)\b|\bfuera\s+de\s+(?:ellos|él|ellas)\b",
        law=r"\bley(?:es)?\b|\blegislación\b|\btribunal\w*|\bjuzgad\w*",
        based=r"\bdomicili\w*|\bcon\s+sede\b|\bresident\w*|\bestablecid\w*",
    ),
    "pt": _Words(
        places=_PLACES,
        only=r"\b(?:exclusivamente|unicamente|somente|apenas|só)\b|\b(?:limita|limitam|restringe"
        r"|restringem)-se\s+a[o]?s?\b|\b(?:fica|ficam)\s+(?:limitad[oa]s?|restrit[oa]s?)\s+a[o]?s?\b",
        ban=r"\b(?:é|fica|ficam|são)\s+(?:proibid[oa]s?|vedad[oa]s?)\b|\bnão\s+(?:pode|podem"
        r"|poderá|poderão|é\s+permitid[oa])\b",
        outside=r"\bfora\s+d[oae]s?\b",
        back=r"\bfora\s+(?:desse|deste|desses|destes|do\s+referido|de\s+tal)\s+(?:território|países"
        r"|país|âmbito)\b|\bfora\s+dele[s]?\b",
        law=r"\blei(?:s)?\b|\blegislação\b|\btribuna\w*|\bforo\b|\bcomarca\b",
        based=r"\bdomicili\w*|\bcom\s+sede\b|\bsediad\w*|\bresident\w*|\bestabelecid\w*",
    ),
}


def territory_americas(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Spanish and Portuguese passages confining use to places of the Americas, or banning
    use outside the places just confined to, each with its clauses (module docstring)."""
    found: dict[Passage, list[Clause]] = {}
    last: dict[str, list[str]] = {}
    for passage in passages:
        words = _WORDS.get(passage.language or "")
        if words is None or _names_other_place(passage.text):
            continue
        code = passage.language or ""
        clauses, last[code] = _read(words, passage.text, last.get(code, []))
        if not clauses or not any(c.key == "excluded_use_territories" for c in clauses):
            continue  # no place confined: left to the other readers
        found[passage] = [c for c in clauses if c.key == "excluded_use_territories"]
    return found


def _names_other_place(text: str) -> bool:
    """Whether a passage names a place outside the Americas (by `foreign_law`'s table)."""
    return any(
        code not in _AMERICAS and lazy_pattern(pattern, re.IGNORECASE).search(text)
        for code, pattern in COUNTRIES.items()
    )
