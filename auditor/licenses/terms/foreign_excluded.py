"""Places a passage in another language excludes, as the clause readers of `foreign_more`,
`foreign_six` and `foreign_territory` share the work: each brings its language's patterns (the
places, the words withholding the grant, saying who is based where, invoking an authority), and
this finds the places and writes the clauses that exclude them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from auditor.licenses.terms.foreign_zh import Clause

AUTHORITY_SPAN = 40
"""How far before a place the words invoking its sanctions or laws stand ("санкції США")."""


def named_places(
    text: str, places: Iterable[tuple[re.Pattern[str], str]], authority: re.Pattern[str]
) -> list[str]:
    """The codes of the places `text` names, in the order of `places` (a pattern and its code),
    less a place whose sanctions or laws the words just before it invoke (`authority`)."""
    found: dict[str, None] = {}
    for pattern, code in places:
        for match in pattern.finditer(text):
            if not authority.search(text[max(match.start() - AUTHORITY_SPAN, 0) : match.start()]):
                found.setdefault(code)
    return list(found)


def withheld_regions(
    text: str,
    withheld: re.Pattern[str],
    based: re.Pattern[str],
    places: Callable[[str], list[str]],
    near: int,
) -> list[str]:
    """The places a grant is withheld from persons or companies based in: of the clauses (cut
    at a semicolon) withholding the grant, those naming a place within `near` characters of a
    word saying who is based there (either side); the places those clauses name."""
    clauses = []
    for clause in re.split(r"[;]", text):
        if withheld.search(clause) is None:
            continue
        if any(
            places(clause[max(m.start() - near, 0) : m.end() + near])
            for m in based.finditer(clause)
        ):
            clauses.append(clause)
    return places(" ; ".join(clauses))


def excluded_clauses(key: str, regions: Iterable[str]) -> list[Clause]:
    """`key` (`excluded_licensee_domiciles`, `excluded_use_territories`) over the places, for
    every model and exempting no one, and the places as `territorial_exclusions`; nothing when
    no place is named."""
    places = sorted(regions)
    if not places:
        return []
    entry = {"regions": places, "models": "all", "exempts": []}
    return [Clause(key, [entry]), Clause("territorial_exclusions", list(places))]
