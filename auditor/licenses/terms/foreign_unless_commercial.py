"""A grant on the condition that the use is not commercial, in the European languages, for
`foreign_companies`: a permission (may, the right to) and, after it in the same sentence, a
condition (provided, as long as, if) that the use not be commercial ("Jokainen saa käyttää
mallia, kunhan käyttö ei ole kaupallista", "Chacun peut utiliser le modèle à condition que
l'usage ne soit pas commercial", "Kdokoli smí model užívat, pokud užití není komerční"): a
non-commercial grant, `commercial_use` `prohibited`. A condition with no permission before it
("if the use is not commercial, no registration is needed") is no such grant.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_unless_commercial"]

_FLAGS = re.IGNORECASE

_MAY = (
    r"saa|voi|oikeus|sallitaan|darf|dürfen|kann|können|gestattet|erlaubt|Recht|peut|peuvent"
    r"|droit|autoris\w*|puede|pueden|derecho|pode|podem|direito|può|possono|diritto|mag|mogen"
    r"|recht|toegestaan|może|mogą|prawo|wolno|smí|může|právo|oprávněn\w*|smie|môže|får|rätt"
    r"|må|ret|rett|jogosult|\w+hat(?:ja|nak|ják)?|poate|pot|dreptul|μπορεί|δικαίωμα"
    r"|επιτρέπεται|може|можуть|право|дозволено|могут|разрешается"
)
_PROVIDED = (
    r"kunhan|edellyttäen|mikäli|jos|sofern|soweit|solange|vorausgesetzt|wenn|falls"
    r"|à\s+condition|pourvu|tant\s+que|siempre\s+que|con\s+tal\s+(?:de\s+)?que|a\s+condición"
    r"|mientras|desde\s+que|contanto\s+que|com\s+a\s+condição|enquanto|purché|a\s+condizione"
    r"|sempre\s+che|finché|mits|zolang|op\s+voorwaarde|indien|pod\s+warunkiem|o\s+ile|jeżeli"
    r"|jeśli|pokud|za\s+předpokladu|jestliže|pokiaľ|za\s+predpokladu|förutsatt|så\s+länge"
    r"|forudsat|så\s+længe|forutsatt|så\s+lenge|feltéve|amennyiben|cu\s+condiția|atâta\s+timp"
    r"|εφόσον|υπό\s+την\s+προϋπόθεση|αρκεί|за\s+умови|якщо|при\s+условии|если"
)
_NOT = (
    r"ei|nicht|kein\w*|ne|n['’]\w*|pas|no|não|non|niet|geen|nie|není|nie\s+je|inte|ej|ikke|nem"
    r"|nu|δεν|μην|не"
)
_COMMERCIAL = (
    r"kaupalli\w*|kommerziell\w*|gewerblich\w*|commercia\w*|comercia\w*|commercie\w*"
    r"|komercyjn\w*|komerčn\w*|kommersiell\w*|kommerciel\w*|kereskedelmi\w*|εμπορικ\w*"
    r"|комерційн\w*|коммерческ\w*|zarobkow\w*|výdělečn\w*"
)
_UNLESS_COMMERCIAL = lazy_pattern(
    rf"(?<!\w)(?:{_MAY})(?!\w)[^.;]{{0,160}}?(?<!\w)(?:{_PROVIDED})(?!\w)[^.;]{{0,60}}?"
    rf"(?<!\w)(?:{_NOT})(?!\w)[^.;]{{0,30}}?(?<!\w)(?:{_COMMERCIAL})",
    _FLAGS,
)


def read_unless_commercial(language: str | None, text: str) -> list[Clause]:
    """`commercial_use` `prohibited` when a passage grants use provided it is not commercial."""
    if language is None or _UNLESS_COMMERCIAL.search(text) is None:
        return []
    return [Clause("commercial_use", "prohibited")]
