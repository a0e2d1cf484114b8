"""Spanish, Portuguese, French and Italian sentences the word tables leave unread (session 38),
for `foreign_passages_s38eu`:

- commercial use granted free of charge ("Se permite el uso comercial del Modelo sin coste
  alguno", "gratuitement", "senza alcun costo"): the fee words deny no use, so the sentence
  less them is put to the lexical reader (`foreign_lexical_grants`), which refuses any other
  negation, condition, "only" or fee; read `allowed` when it grants;
- the licence granted, its qualities named and nothing else ("El Licenciante otorga una
  licencia no exclusiva sobre el Modelo"): read, stating no term;
- the credit kept in copies ("El Licenciatario mantendrá el aviso de autoría en toda copia del
  Modelo"): `attribution_required`.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_lexical_grants import grants_commercial_use
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_romance_s38eu"]

_FLAGS = re.IGNORECASE

_FREE = lazy_pattern(
    r"\bsin\s+(?:ningún\s+)?(?:coste|costo|cargo)(?:\s+alguno)?\b|\bde\s+(?:forma|manera)\s+"
    r"gratuita\b|\bgratuitamente\b|\bsem\s+(?:qualquer\s+)?(?:custo|encargo)\b|\bsans\s+frais\b"
    r"|\bgratuitement\b|\bsenza\s+(?:alcun\s+)?(?:cost[oi]|oneri)\b|\ba\s+titolo\s+gratuito\b",
    _FLAGS,
)
_LICENCE_GRANTED = lazy_pattern(
    r"^\W*(?:El|O|Le|Il)\s+(?:Licenciante|Licenciador|Concédant|Licenziante)\s+(?:otorga|concede"
    r"|outorga|concède|accorde|concede)\s+(?:al\s+Licenciatario\s+|ao\s+Licenciado\s+)?(?:una?|une)"
    r"\s+(?:licencia|licença|licence|licenza)(?:\s*,?\s*(?:y\s+|e\s+|et\s+)?(?:no\s+exclusiva"
    r"|não\s+exclusiva|non\s+exclusive|non\s+esclusiva|gratuita|gratuite|mundial|mondiale"
    r"|perpetua|perpétuelle|perpetua))+\s+(?:sobre|para|sur|sul|su|do|del|du)\s+(?:el\s+|o\s+"
    r"|le\s+|il\s+)?(?:Modelo|Modèle|Modello)\W*$",
    _FLAGS,
)
_CREDIT_KEPT = lazy_pattern(
    r"\b(?:mantendrá|conservará|deberá\s+(?:mantener|conservar|incluir)|manterá|deverá\s+manter"
    r"|conservera|doit\s+conserver|manterrà|conserverà|deve\s+(?:mantenere|conservare))\b"
    r"[^.;]{0,40}?\b(?:aviso|avis|avviso|nota|mention|menzione)\s+(?:de\s+|d['’]\s*|di\s+)"
    r"(?:autoría|autoria|auteur|paternité|derechos\s+de\s+autor|direitos\s+autorais|copyright)",
    _FLAGS,
)
_NARROWED = lazy_pattern(
    r"\b(?:no|não|ne|non|solo|sólo|só|seulement|salvo|excepto|sauf|tranne|prohib\w*|proib\w*"
    r"|interdit\w*|vietat\w*)\b",
    _FLAGS,
)


def read_romance_s38eu(text: str) -> list[Clause] | None:
    """The clauses a passage states in one of the shapes above (empty: read, no term), or
    None."""
    if _FREE.search(text):
        rest = _FREE.sub(" ", text)
        return [Clause("commercial_use", "allowed")] if grants_commercial_use(rest) else None
    if _LICENCE_GRANTED.search(text):
        return []
    if _CREDIT_KEPT.search(text) and not _NARROWED.search(text):
        return [Clause("attribution_required", True)]
    return None
