"""A licence confined to a territory it defines, in Spanish, Portuguese, Galician, Catalan,
French, Italian, Romanian and Greek, for `foreign_territory_romance`: a definition names the
places ('«Territorio»: el Reino de España y ...', '"Territoire" désigne la France et la
Belgique'), and another passage confines use to "the Territory" ("solo puede ejecutarse dentro
del Territorio", "n'est valable que sur le Territoire") or withholds every right outside it
("Fuera de él no se concede derecho alguno", "hors du Territoire, aucun droit n'est concédé").
Both, and a passage referring back to it right after ("Fóra del ..."), are read as an
`excluded_use_territories` clause marked `within` over the defined places.

A territory defined but never confined to, or a confinement to a territory no passage defines
with places, is not read here (it stays for the other readers, or unread).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
_LANGUAGES = frozenset({"es", "pt", "fr", "it", "ro", "ca", "gl", "el", "und"})

_NAME = r"(?:Territori[oa]?|Territ[óo]rio|Territoire|Teritoriu\w*|Επικράτει\w*|Περιοχ\w*)"
_DEFINED = lazy_pattern(rf"[«\"“„‘]\s*{_NAME}\s*[»\"”“’]")
# the Territory named in the passage, with its capital (the defined term, not any territory)
_MENTION = lazy_pattern(rf"(?<![\w«\"“„‘]){_NAME}\b(?!\s*[»\"”“’])")
_ONLY = lazy_pattern(
    r"\b(?:só|sólo|solo|soltanto|solamente|somente|apenas|unicamente|únicamente|exclusivament\w*"
    r"|esclusivamente|uniquement|seulement|doar|numai|només|μόνο|n['’]est\s+valable\s+que"
    r"|ne\s+\w+\s+que)\b",
    _FLAGS,
)
_INSIDE = lazy_pattern(
    r"\b(?:dentro|en\s+el|no|na|nel|nella|dans|sur\s+le|en|în|al|à\s+l['’]intérieur|εντός|στην)\b",
    _FLAGS,
)
_OUTSIDE = lazy_pattern(
    r"\b(?:fuera|fóra|fora|hors|al\s+di\s+fuori|fuori|în\s+afara|εκτός|en\s+dehors)\b", _FLAGS
)
# nothing granted or allowed there: "no se concede ningún derecho", "aucun droit n'est concédé"
_WITHHELD = lazy_pattern(
    r"\b(?:no|non|não|ne|n['’]|nu|δεν)\s+(?:\w+\s+){0,2}?(?:conced\w*|concèd\w*|otorg\w*"
    r"|outorg\w*|accord\w*|attribu\w*|atribu\w*|acord\w*|pued\w*|pode\w*|peut|può|poate|permit\w*"
    r"|παρέχ\w*|επιτρέπ\w*|ισχύ\w*)|\b(?:ningún|ninguno|nenhum|aucun|alcun|nessun|niciun|cap"
    r"|κανένα)\s+(?:derecho|direito|dereito|droit|diritto|drept|dret|δικαίωμα)\b",
    _FLAGS,
)
# "of it" right after "outside": the Territory referred back to
_BACK = lazy_pattern(
    r"^\W*(?:fuera|fóra|fora|hors|al\s+di\s+fuori|fuori|în\s+afara|εκτός)\s+(?:del|de\s+él"
    r"|dela|d['’]el|d['’]elle|d['’]il|de\s+celui-ci|di\s+esso|dello\s+stesso|acestuia|αυτής)\b",
    _FLAGS,
)


# states named by their form and adjective, beside the places the caller knows
_STATES = tuple(
    (lazy_pattern(pattern, _FLAGS), code)
    for pattern, code in (
        (r"\bRep[úu]blica\s+Portugu[eê]sa|\bRépublique\s+portugaise|\bRepubblica\s+portoghese"
         r"|Πορτογαλ\w*", "PT"),
        (r"\bReino\s+de\s+Espa[ñn]a|\bRoyaume\s+d['’]Espagne|\bRegno\s+di\s+Spagna|Ισπαν\w*", "ES"),
        (r"\bRep[úu]blica\s+Francesa|\bRépublique\s+française|\bRepubblica\s+francese"
         r"|Γαλλ\w*", "FR"),
        (r"\bRep[úu]blica\s+Italiana|\bRépublique\s+italienne|\bRepubblica\s+[Ii]taliana"
         r"|Ιταλ\w*", "IT"),
        (r"Ελληνικ\w*\s+Δημοκρατ\w*|Ελλάδ\w*", "GR"),
        (r"Κύπρ\w*|Κυπριακ\w*\s+Δημοκρατ\w*", "CY"),
        (r"\bAndorra\b|\bAndorre\b", "AD"),
    )
)  # fmt: skip


def _with_states(places: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
    def named(text: str) -> list[str]:
        codes = set(places(text)) | {code for p, code in _STATES if p.search(text)}
        return sorted(codes)

    return named


def defined_territory(
    passages: Sequence[Passage], places: Callable[[str], list[str]]
) -> tuple[list[str], list[Passage]]:
    """The places of a territory a passage defines and the passages confining use to it (the
    definition among them); nothing when no passage confines use to a defined territory."""
    regions: list[str] = []
    definition: list[Passage] = []
    places = _with_states(places)
    for passage in passages:
        if (passage.language or "und") in _LANGUAGES and _DEFINED.search(passage.text):
            named = places(passage.text)
            if named:
                regions, definition = named, [passage]
    if not regions:
        return [], []
    confining: list[Passage] = []
    for index, passage in enumerate(passages):
        text = passage.text
        if passage in definition or (passage.language or "und") not in _LANGUAGES:
            continue
        if _MENTION.search(text) is None:
            back = _BACK.search(text) is not None and _WITHHELD.search(text) is not None
            if back and confining and passages[index - 1] is confining[-1]:
                confining.append(passage)
            continue
        inside = _ONLY.search(text) is not None and _INSIDE.search(text) is not None
        outside = _OUTSIDE.search(text) is not None and _WITHHELD.search(text) is not None
        if inside or outside:
            confining.append(passage)
    if not confining:
        return [], []
    return regions, [*definition, *confining]
