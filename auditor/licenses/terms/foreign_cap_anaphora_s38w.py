"""A sentence applying a cap another sentence states by pointing back at it, in Spanish and
Portuguese (session 38), for `foreign_cap_refs.continues`: "Acima disso, é preciso contratar
uma licença comercial" (above that), "Por encima de esa cifra, ..." (above that figure),
"Dichas personas deberán celebrar un contrato comercial por separado" (such persons: those the
cap sentence names).

Two shapes, each with no number of its own (the caller checks) and only where the text states
a cap (the caller's `terms`):

- a word of exceeding with a pronoun or demonstrative standing for the cap's figure ("acima
  disso", "ultrapassado esse valor", "por encima de eso", "superado dicho monto");
- a demonstrative plural naming who the cap sentence named ("dichas personas", "tales
  empresas", "essas empresas", "tais licenciados") as the sentence's subject, at its start.

"Além disso" (moreover) and "más allá de eso" (apart from that) are no exceeding. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["points_back_to_cap"]

_FLAGS = re.IGNORECASE
_WHO = (
    r"(?:personas?|empresas?|entidades?|sociedades?|organizaci[oó]n(?:es)?|licenciatari[oa]s?"
    r"|usuari[oa]s?|pessoas?|organiza[cç](?:ão|ões)|licenciad[oa]s?|usu[aá]ri[oa]s?)"
)
_SHAPES: dict[str, tuple[str, ...]] = {
    "es": (
        r"\b(?:super\w*|exced\w*|sobrepas\w*|rebas\w*|por\s+encima)\s+(?:de\s+)?"
        r"(?:eso|ello|es[ea]s?|dich[oa]s?|tal(?:es)?|aquel(?:la)?)\b",
        r"^\W*(?:\w+\s*[.:)]\s*)?(?:dich[oa]s|tales|es[oa]s|aquell[oa]s)\s+" + _WHO + r"\b",
    ),
    "pt": (
        r"\b(?:ultrapass\w*|exced\w*|super\w*|acima)\s+(?:de\s+)?"
        r"(?:diss[oa]|dess[ea]s?|dest[ea]s?|daquil[oa]|daquel[ea]s?|ess[ea]s?|est[ea]s?|tal)\b",
        r"^\W*(?:\w+\s*[.:)]\s*)?(?:tais|ess[ae]s|referid[oa]s|aquel[ae]s)\s+" + _WHO + r"\b",
    ),
}


def points_back_to_cap(language: str | None, text: str) -> bool:
    """Whether a passage of `language` applies a cap stated before it by pointing back at it
    (module docstring); the caller has checked the text states a cap and this has no number."""
    return any(lazy_pattern(p, _FLAGS).search(text) for p in _SHAPES.get(language or "", ()))
