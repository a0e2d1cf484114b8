"""Licensees left out of the grant by where they live or have their seat, in Spanish,
Portuguese, French, Italian, Catalan, Galician and Greek, for `foreign_territory_romance`
(Romanian: `foreign_places_ro_hu_fi`): "la licencia no otorga derecho alguno a quien tenga su
domicilio en ...", "nenhum direito é concedido a empresas com sede em ...", "la licence ne
confère aucun droit aux personnes établies en ...", "la licenza non attribuisce alcun diritto a
chi risiede in ...", "η άδεια δεν παρέχεται σε όσους έχουν την έδρα τους στη ...".

Word tables read in any order within one clause (cut at a semicolon): the grant withheld, a
word saying who is based somewhere (lives, resides, has its seat, is established or registered)
within `_NEAR` characters of a place, and the place (the EU and the EEA by their names, and the
countries most such clauses name). A place where the model is only used, or whose law or
courts are named, is no domicile: such a clause names no "based" word. A passage that refers
back to "there" ("vi ha la sede", "y tenga allí su sede") is read with the place it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses, named_places, withheld_regions
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
_LANGUAGES = frozenset({"es", "pt", "fr", "it", "ca", "gl", "el", "und"})
_NEAR = 90

_PLACES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy_pattern(pattern, _FLAGS), code)
    for pattern, code in (
        (
            r"\bUni(?:[ãa]o|[óo]n|on|one|ó)\s+Europe\w*|\bUE\b|Ευρωπαϊκ\w*\s+Ένωσ\w*|\bΕΕ\b",
            "EU",
        ),
        (r"\bEspa[çc]\w*\s+Econ[óo]mic\w*\s+Europe\w*|\bEEE\b|\bSEE\b|\bΕΟΧ\b", "EEA"),
        (r"\bRus(?:ia|sia|sie|ie|sland)\b|\bFederaci[óo]n\s+Rusa|Ρωσ[ίι]\w*", "RU"),
        (r"\bBiel(?:o|a)rr?(?:usia|ússia|ússia)\b|\bBélarus\b|\bBielorussia\b|Λευκορωσ\w*", "BY"),
        (r"\bIr[áa]n\b|Ιράν", "IR"),
        (r"\bCor(?:ea|eia|ée)\s+(?:del\s+|do\s+|du\s+)?N(?:orte|ord)\b|Βόρει\w*\s+Κορέα", "KP"),
        (r"\bSiria\b|\bS[íi]ria\b|\bSyrie\b|Συρία", "SY"),
        (r"\bCuba\b|Κούβα", "CU"),
        (r"\bChina\b|\bChine\b|\bCina\b|Κίνα", "CN"),
        (
            r"\b(?:Estados\s+Unidos|États-Unis|Stati\s+Uniti|Estats\s+Units)\b(?!\s+[Mm]e[xs])"
            r"|Ηνωμέν\w*\s+Πολιτεί\w*|\bEE\.\s?UU\.",
            "US",
        ),
    )
)
# the grant withheld: no right granted, the licence does not apply, excluded
_WITHHELD = lazy_pattern(
    r"\b(?:no|não|non|ne|n['’]|δεν)\s+(?:\w+\s+){0,2}?(?:otorga\w*|concede\w*|conced\w*|outorga\w*"
    r"|atribu\w*|attribu\w*|confère\w*|confer\w*|accorde\w*|accord\w*|reconoce\w*|reconhece\w*"
    r"|riconosc\w*|aplica\w*|applica\w*|s['’]applique\w*|extiende\w*|estende\w*|étend\w*"
    r"|beneficia\w*|bénéficie\w*|beneficia\w*|παρέχ\w*|χορηγ\w*|ισχύ\w*|εφαρμόζ\w*|δίν\w*)"
    r"|\b(?:ningún|ninguna|nenhum|nenhuma|aucun|aucune|alcun|alcuna|nessun|nessuna|cap|cap\s+dret"
    r"|ningún\s+dereito)\s+(?:derecho|direito|droit|diritto|dret|dereito|licencia|licença|licence"
    r"|licenza)\b|\bexclu[íi]d[oa]s?\b|\bexclus[oa]s?\b|\bexclue?s?\b|\besclus[oaie]\b"
    r"|\bexclos[oa]?s?\b|\bexclòs\b|\bεξαιρ\w*|\bαποκλεί\w*",
    _FLAGS,
)
# who is based somewhere: lives, resides, has its seat, is established, registered, domiciled
_BASED = lazy_pattern(
    r"\b(?:resid\w*|risied\w*|domicili\w*|domicíli\w*|sede|siège|seu|sediad\w*|establecid\w*"
    r"|estabelecid\w*|établi\w*|stabilit\w*|registrad\w*|immatricul\w*|constituid\w*"
    r"|constituée?s?|costituit\w*|κατοικ\w*|διαμέν\w*|έδρα\w*|εδρεύ\w*|εγκατεστημέν\w*)\b",
    _FLAGS,
)
# "there" after a place named before in the clause: "vi ha la sede", "y tenga allí su sede"
_THERE = lazy_pattern(
    r"\b(?:vi|ci|allí|ahí|aí|lá|y|hi|εκεί)\s+(?:\w+\s+){0,2}?(?:sede|siège|seu|έδρα)"
)
_AUTHORITY = lazy_pattern(
    r"(?:sanci\w*|sanç\w*|sanction\w*|sanzion\w*|κυρώσ\w*|\bley\w*|\blei\w*|\bloi\w*|\blegge"
    r"|\bδίκαι\w*|tribunal\w*|δικαστ\w*)[^.;:,]{0,30}$",
    _FLAGS,
)


_SANCTIONS = lazy_pattern(r"sanci[oó]n|sanç[õo]|sanction|sanzion|sancțiun|κυρώσ", _FLAGS)


def _places(text: str) -> list[str]:
    return named_places(text, _PLACES, _AUTHORITY)


def withheld_domiciles_romance(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages withholding the grant from those based in named places, each with its
    `excluded_licensee_domiciles` clause (see the module's docstring)."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        if (passage.language or "und") not in _LANGUAGES:
            continue
        if _SANCTIONS.search(passage.text):
            continue  # places by their sanctions: `foreign_excluded`'s readers
        text = _THERE.sub(" sede ", passage.text)
        regions = withheld_regions(text, _WITHHELD, _BASED, _places, _NEAR)
        clauses = excluded_clauses("excluded_licensee_domiciles", regions)
        if clauses:
            found[passage] = clauses
    return found
