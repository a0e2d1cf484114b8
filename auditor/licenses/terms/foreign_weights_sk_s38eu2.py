"""Slovak clauses on passing the weights on (session 38), for `terms.foreign` (Czech is
`foreign_scope_more`'s):

- a ban on passing the weights on: a ban word of the licensee ("nesmiete", "je zakázané",
  "nie je dovolené"), a verb of passing on ("šíriť", "zverejňovať", "poskytovať tretím
  osobám", "sprístupniť", "predávať") and the weights ("váhy", "parametre"):
  `use_scope` `no-weight-redistribution`;
- the weights built into the licensee's own application that runs on its users' devices, said
  allowed ("Výnimka: váhy smiete zabudovať do vlastnej aplikácie, ktorá beží na zariadeniach
  používateľov"): `use_scope` `on-device-shipping`, the carve-out from that ban.

Slovak is often told Czech: a passage told so is read here when it holds no letter only Czech
writes (ě, ř, ů). A passage naming the licensor's consent, a condition, an exception inside
the ban's own sentence, or only the modified weights is left to the other readers (said unread
when none reads it): its ban reaches less than every copy, or only with a permission this does
not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_weights_sk"]

_FLAGS = re.IGNORECASE

_BAN = lazy_pattern(
    r"\b(?:nesmie\w*|nesmú|nesmiete|nesmieš|je\s+zakázan\w*|zakazuje\s+sa|nie\s+je\s+"
    r"(?:dovolen|povolen|prípustn)\w*|nie\s+ste\s+oprávnen\w*)\b",
    _FLAGS,
)
_PASS_ON = lazy_pattern(
    r"\b(?:šíri\w*|rozširova\w*|rozšíri\w*|zverejň\w*|zverejni\w*|publikova\w*|poskytova\w*"
    r"|poskytnú\w*|sprístupň\w*|sprístupni\w*|predáva\w*|preda\w*|distribu\w*|redistribu\w*"
    r"|zdieľa\w*|odovzdáva\w*|postúpi\w*)",
    _FLAGS,
)
_WEIGHTS = lazy_pattern(r"\b(?:váh(?:y|ami|ách|ám|u)?|parametr\w*|checkpoint\w*)\b", _FLAGS)
# consent, a condition, an exception in the same sentence, or the modified weights only
_NOT_PLAIN = lazy_pattern(
    r"\b(?:súhlas\w*|povolen\w*\s+(?:od|poskytovateľ)|licenci\w*\s+(?:od|poskytovateľ)"
    r"|okrem|s\s+výnimkou|výnimk\w*|ak\b|pokiaľ|ibaže|len\s+(?:ak|so)|iba\s+(?:ak|so)"
    r"|upraven\w*|modifikovan\w*|odvoden\w*)",
    _FLAGS,
)

# the weights built into the licensee's own application on its users' devices, allowed
_MAY = lazy_pattern(
    r"\b(?:smiete|smie|smú|môžete|môže|môžu|je\s+(?:dovolen|povolen)\w*|je\s+možné)\b", _FLAGS
)
_BUILD_IN = lazy_pattern(
    r"\b(?:zabudova\w*|začleni\w*|integrova\w*|vloži\w*|pribali\w*|dodáva\w*|distribuova\w*)"
    r"[^.;]{0,40}?\b(?:do|v|vo|ako\s+súčasť)\s+(?:\w+\s+){0,2}?(?:aplikáci|produkt|softvér"
    r"|program)\w*",
    _FLAGS,
)
_DEVICES = lazy_pattern(r"\bzariadeni\w*", _FLAGS)
_NOT_ALLOWED = lazy_pattern(r"\bne(?:smie|smú|smiete|môže|môžete|môžu)\w*|\bzakáz\w*", _FLAGS)


def read_weights_sk(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Slovak passages stating one of the clauses above (module docstring)."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        if not _slovak(passage):
            continue
        clause = _ban(passage.text) or _carve_out(passage.text)
        if clause is not None:
            found[passage] = [clause]
    return found


def _slovak(passage: Passage) -> bool:
    """Slovak, or told Czech yet with no letter only Czech writes (ě, ř, ů), or a short line
    told no language."""
    if passage.language == "cs":
        return _CZECH_LETTERS.search(passage.text) is None
    return passage.language in ("sk", None)


_CZECH_LETTERS = lazy_pattern(r"[ěřůĚŘŮ]")


def _ban(text: str) -> Clause | None:
    if not all(p.search(text) for p in (_BAN, _PASS_ON, _WEIGHTS)):
        return None
    if _NOT_PLAIN.search(text):
        return None
    return Clause("use_scope", ["no-weight-redistribution"])


def _carve_out(text: str) -> Clause | None:
    if not all(p.search(text) for p in (_MAY, _BUILD_IN, _DEVICES, _WEIGHTS)):
        return None
    if _NOT_ALLOWED.search(text):
        return None
    return Clause("use_scope", ["on-device-shipping"])
