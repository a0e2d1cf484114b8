"""A grant withheld from persons or companies based in named places, in Romanian, Hungarian and
Finnish, for `foreign_ro_hu_fi.read_ro_hu_fi`: "licența nu se acordă persoanelor cu sediul în
Rusia", "nem illeti meg az orosz­országi székhelyű cégeket", "käyttöoikeutta ei myönnetä
henkilölle, jonka kotipaikka on Venäjällä". A withholding word and a word saying who is based
where, near a named place, in one clause (`foreign_excluded.withheld_regions`) give
`excluded_licensee_domiciles` over those places; a place whose sanctions or laws the clause
invokes ("Yhdysvaltojen pakotteet", "sancțiunile UE") is no excluded place.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses, named_places, withheld_regions
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

_PLACES: tuple[tuple[str, str], ...] = (
    # ro (with or without its letters: "Rusia", "Federația Rusă", "Coreea de Nord")
    (r"\brusi(?:a|ei|e)\b|\bfedera[țţt]i\w*\s+rus\w*", "RU"), (r"\bbelarus\w*", "BY"),
    (r"\biran\w*", "IR"), (r"\bcoreea\s+de\s+nord\b|\bcoreei\s+de\s+nord\b", "KP"),
    (r"\bsiri(?:a|ei|e)\b", "SY"), (r"\bcub(?:a|ei)\b", "CU"), (r"\bcrimee\w*", "UA"),
    (r"\bchin(?:a|ei)\b", "CN"),
    # hu (inflected: "Oroszországban", "oroszországi", "Fehéroroszországban")
    (r"\boroszorsz[aá]g\w*", "RU"), (r"\bfehéroroszorsz[aá]g\w*|\bbelarusz\w*", "BY"),
    (r"\birán\w*", "IR"), (r"\bészak-kore\w*", "KP"), (r"\bszíri\w*", "SY"),
    (r"\bkub[aá]\w*", "CU"), (r"\bkrím\w*", "UA"), (r"\bkín[aá]\w*", "CN"),
    # fi (inflected: "Venäjällä", "Venäjän", "Valko-Venäjällä", "Pohjois-Koreassa")
    (r"(?<!valko-)(?<!valko)\bvenäj\w*", "RU"), (r"\bvalko-?venäj\w*", "BY"),
    (r"\biranissa\b|\biranin\b|\biraniin\b|\biran\b", "IR"), (r"\bpohjois-kore\w*", "KP"),
    (r"\bsyyri\w*", "SY"), (r"\bkuuba\w*", "CU"), (r"\bkrimi\w*", "UA"), (r"\bkiina\w*", "CN"),
)  # fmt: skip
_WITHHELD = lazy_pattern(
    "|".join(
        (
            r"\bnu\s+(?:se\s+)?(?:acord[ăa]|aplic[ăa]|extinde)\b|\bnu\s+(?:beneficiaz[ăa]"
            r"|are\s+dreptul|au\s+dreptul)|\bnicio\s+licen[țţt]|\bniciun\s+drept|\bexclu[sș]\w*",
            r"\bnem\s+(?:ad|adja|adható|illeti|terjed|vonatkozik|jogosult\w*|kap\w*)\b"
            r"|\bkizár\w*|\bsemmilyen\s+(?:jog|engedély|licenc)",
            r"\b(?:ei|eikä)\s+(?:myönnetä|koske|sovelleta|anneta|ulotu|kuulu)\b"
            r"|\bei\s+ole\s+oikeutta|\bsuljetaan\s+pois",
        )
    ),
    _FLAGS,
)
_BASED = lazy_pattern(
    r"\brezident\w*|\bdomicili\w*|\bsedi(?:ul|u)\b|\b[îi]nregistrat\w*|\bceta[țţt]en\w*"
    r"|\bcetă[țţ]en\w*|\bstabilit\w*|\bre[șş]edin[țţ]\w*"
    r"|\blakóhel\w*|\bszékhel\w*|\bbejegyzett\w*|\bállampolgár\w*|\billetőségű\w*"
    r"|\btelephel\w*|\blakos\w*"
    r"|\basuinpaik\w*|\bkotipaik\w*|\bpäätoimipaik\w*|\btoimipaik\w*|\basuva\w*"
    r"|\brekisteröi\w*|\bkansalai\w*|\bsijoittautu\w*",
    _FLAGS,
)
_NEAR = 80  # a place named this close to the word saying who is based there
_AUTHORITY = lazy_pattern(
    r"(?:sanc[țţt]iun|\blege\w*|legisla|szankci|törvény|\bpakot|\blai(?:n|ssa)\b|\blaki)"
    r"[^.;:,]{0,30}$",
    _FLAGS,
)


@cache
def _place_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, _FLAGS), code) for p, code in _PLACES)


def _places(text: str) -> list[str]:
    return named_places(text, _place_patterns(), _AUTHORITY)


def named_places_ro_hu_fi(text: str) -> list[str]:
    """The codes of the places a Romanian, Hungarian or Finnish text names, less those whose
    sanctions or laws it invokes (for `foreign_use_places_s37eu2`)."""
    return _places(text)


def read_withheld(text: str) -> list[Clause]:
    """`excluded_licensee_domiciles` (and `territorial_exclusions`) over the places a passage
    withholds the grant from persons or companies based in; nothing when it names none."""
    regions = withheld_regions(text, _WITHHELD, _BASED, _places, _NEAR)
    return excluded_clauses("excluded_licensee_domiciles", regions)
