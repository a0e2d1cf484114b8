"""More grants naming commercial use as included, for `foreign_grants_minor` (session 37): Quechua,
isiZulu's verb of trade, and Guarani ("ñemu rehegua avei": for trade too; its negation is the
circumfix "nd-/n- ... -i", "only" the suffix "-nte", and "without paying" is the grant's own
quality, set aside like non-exclusive).

- Quechua marks inclusion with the enclitic "-pas" (also, even) or closes a list with "ima"
  ("yachaypaq, llamk'aypaq, qhatuypaq ima": for learning, work and trade alike); trade is
  "qhatu" ("qhatuypaq", for selling); a negation is "mana" or "ama" (with "-chu"), only is
  "sapalla" or "-lla" on the purpose. "Mana imatapas paganaykichu" (you need pay nothing) is
  the grant's own quality, set aside first (`HARMLESS_S37W`);
- isiZulu names trade with the noun ("ezohwebo", `foreign_grants_minor`) or its verb ("ukuhweba",
  "nokuhweba": and trading); without trading ("ngaphandle kokuhweba") denies it.

Somali's "lacag la'aan" and "bilaash" (free of charge) deny no use: set aside like
non-exclusive. Each entry is (commercial word, inclusion word, every denial, ban or narrowing
word); one denial anywhere in the passage and nothing is granted. Pure.
"""

from __future__ import annotations

__all__ = ["COMMERCIAL_S37W", "HARMLESS_S37W", "LANGUAGES_S37W"]

_AP = "['ʼ’`]"

LANGUAGES_S37W: tuple[tuple[str, str, str], ...] = (
    # qu
    (r"\bqhatu\w*|\bqhatuy\w*",
     r"\bima\b|\bimapas\b|\w+paqpas\b|\w+pas\b",
     r"\bmana\b|\bama\b|hark" + _AP + r"a\w*|harka\w*|sapalla\w*|\w+paqlla\b|\w+llapaq\b"
     r"|\bqhatu\w*\s+mana\b"),
    # zu: the verb of trade ("nokuhweba"); "ngaphandle kokuhweba": without it
    (r"\w*hweba\b", r"kuhlanganise|kanye\s+n[aeo]|futhi|nako",
     r"\w*vunyelwe\b|\bakukho\b|ngaphandle\s+kok?\w*hweb\w*|ngaphandle\s+kw\w*|\bhhayi\b"
     r"|kuphela|\baku\w+i\b|\bange\w+"),
    # gn (session 37, helper world2): trade ("ñemu") taken in with "avei" (also) or a grant
    # for any purpose ("oimeraẽ mba'erã"); a negation is the circumfix "nd-/n- ... -i" or
    # "ani", "only" the suffix "-nte", "without" the suffix "-'ỹ", consent "moneĩ"
    (r"\bñemu\w*",
     r"\bavei\b|\bave\b|\boimera(?:ẽ|e)\s+mba" + _AP + r"e(?:rã|ra)\b",
     r"\bani\b|\bnd?[aeiouyáéíóúý]\w*(?:i|ri|íri)\b|\w+nte\b|" + _AP + r"(?:ỹ|y)\b|moneĩ\w*"
     r"|\bjerure\w*|\bñemu" + _AP + r"?(?:ỹ|y)\w*|\b(?:no|sin|solo|sólo|excepto|salvo)\b"),
)  # fmt: skip
"""Per language: (commercial word, inclusion word, denial or narrowing word)."""

HARMLESS_S37W = (
    r"\bmana\s+(?:\w+\s+){0,2}?paga\w*chu\b"
    r"|\blacag\s+la" + _AP + r"aan\b|\bbilaash\b"
    # gn: without paying ("ndarehepyme'ẽiva", "hepy" + _AP + "ỹre": without cost)
    r"|\bnd?[aeo]?\w{0,3}hepyme" + _AP + r"?(?:ẽ|e)\w*|\bhepy" + _AP + r"?(?:ỹ|y)\w*"
)
"""A grant's own qualities said with a negation: without payment (qu, so)."""

COMMERCIAL_S37W = r"\bqhatu|hweb[ao]\b|\bñemu"
"""The commercial words above, for `foreign_grants_minor.names_commercial_use`."""
