"""Countries named by their states' official names, the adjective of the country beside the
noun of the state, in the European languages ("la República Portuguesa", "la République
française", "die Italienische Republik", "Confédération suisse"), for the table of places
`foreign_law` keeps (its choices of law, and the territories the `foreign_territory_*` modules
read): a state so named is its country, as its short name is. Official names that hold the
short name already ("Reino de España", "Bundesrepublik Deutschland") need no row here.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["with_state_names"]

_REPUBLIC = (
    r"República|République|Republik|Repubblica|Republiek|Republica|Republika|republika"
    r"|Республик\w*|Δημοκρατία"
)
# code -> the country's adjective in each language, the state's noun beside it
_ADJECTIVES: dict[str, str] = {
    "PT": r"Portuguesa|portugaise|Portugiesische[nr]?|portoghese|Portugese|Portugheză"
    r"|Portugalska|Portugalská|Португальск\w+|Πορτογαλική",
    "FR": r"Francesa|française|Französische[nr]?|francese|Franse|Franceză|Francuska"
    r"|Francouzská|Французск\w+|Γαλλική",
    "IT": r"Italiana|italienne|Italienische[nr]?|italiana|Italiaanse|Italiană|Włoska"
    r"|Italská|Итальянск\w+|Ιταλική",
}
# states not called republics
_OTHERS: dict[str, str] = {
    "CH": r"Confédération\s+suisse|Confederación\s+Suiza|Confederação\s+Suíça"
    r"|Schweizerische[nr]?\s+Eidgenossenschaft|Zwitserse\s+Bondsstaat"
    r"|Confederazione\s+Svizzera|Confederația\s+Elvețiană|Elveți\w*",
}


def with_state_names(places: Mapping[str, str]) -> dict[str, str]:
    """`places` (code -> names) with each country's official names, either word first."""
    merged = dict(places)
    for code, adjectives in _ADJECTIVES.items():
        state = rf"(?i:(?:{_REPUBLIC})\s+(?:{adjectives})|(?:{adjectives})\s+(?:{_REPUBLIC}))"
        merged[code] = f"{merged[code]}|{state}" if code in merged else state
    for code, names in _OTHERS.items():
        merged[code] = f"{merged[code]}|{names}" if code in merged else names
    return merged
