"""Punjabi and Kyrgyz clauses (session 39), for `foreign_passages_s39wa`. Kyrgyz is often told
as Russian, Punjabi is not read by the cues: each shape is matched by its own words.

- A grant naming commercial use, nothing narrowing it (pa "... ਵਪਾਰਕ ਸੇਵਾਵਾਂ ਵਿੱਚ ਲਾਉਣ ਦੀ
  ਮੁਫ਼ਤ ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ", ky "... коммерциялык максатта колдонууга акысыз ... укук берет"):
  `commercial_use` allowed. "Only", a negation, a condition or a permission leave it unread
  (Kyrgyz "өзгөчө эмес", non-exclusive, is no negation).
- A copy of the licence passed on with the model: `attribution_required`.
- A cap on daily or monthly active users past which a separate licence is needed (pa "ਜੇ ...
  ਰੋਜ਼ਾਨਾ ਸਰਗਰਮ ਵਰਤੋਂਕਾਰ ੧,੦੦,੦੦੦ ... ਤੋਂ ਵੱਧ ਹੋ ਜਾਣ, ਤਾਂ ... ਵੱਖਰਾ ਲਾਇਸੈਂਸ ਲੈਣਾ ਪਵੇਗਾ"):
  `user_threshold` (digits Gurmukhi or Latin, Indian grouping), commercial use restricted past
  it; the next sentence saying no use goes on without it (`sequel`) is the cap's consequence.
- Rights given only in listed countries (ky "... Республикасынын ... аймагында гана
  берилет"): use outside them excluded (`excluded_use_territories`, within); the next sentence
  barring use or service in other countries restates it.
- The governing law (pa "ਭਾਰਤ ਦੇ ਕਾਨੂੰਨ ਅਧੀਨ", ky "Кыргыз Республикасынын мыйзамдары менен
  жөнгө салынат").

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_clause_s39wa", "sequel_of_cap"]

_ABOVE = "separate-license-above-threshold"
_PAST_CAP = Clause("commercial_use_conditions", [_ABOVE])

# pa
_PA_GRANT = lazy_pattern(r"ਵਪਾਰਕ[^।]{0,40}?ਇਜਾਜ਼ਤ\s+ਦਿੰਦ(?:ੀ|ਾ|ੇ)\s+ਹ(?:ੈ|ਨ)")
_PA_NARROWING = lazy_pattern(
    r"ਨਹੀਂ|ਸਿਰਫ਼|ਸਿਰਫ|ਕੇਵਲ|ਬਿਨਾਂ|ਗੈਰ-?\s*ਵਪਾਰਕ|ਜੇਕਰ|(?<!\S)ਜੇ(?!\S)|ਲਿਖਤੀ|ਮਨਜ਼ੂਰੀ|ਸ਼ਰਤ|ਤੋਂ\s+ਵੱਧ"
)
_PA_COPY = lazy_pattern(r"ਲਾਇਸੈਂਸ\s+ਦੀ\s+(?:ਕਾਪੀ|ਨਕਲ)[^।]{0,30}?(?:ਜ਼ਰੂਰੀ|ਲਾਜ਼ਮੀ|ਚਾਹੀਦੀ)")
_PA_USERS = lazy_pattern(
    r"(?P<unit>ਰੋਜ਼ਾਨਾ|ਮਾਸਿਕ|ਮਹੀਨਾਵਾਰ)\s+ਸਰਗਰਮ\s+(?:ਵਰਤੋਂਕਾਰ|ਉਪਭੋਗਤਾ|ਯੂਜ਼ਰ)\S*\s+"
    r"(?P<count>\d[\d,]*)\s*(?:\([^)]{0,30}\)\s*)?ਤੋਂ\s+(?:ਵੱਧ|ਜ਼ਿਆਦਾ)"
)
_PA_FURTHER = lazy_pattern(r"ਵੱਖਰਾ\s+ਲਾਇਸੈਂਸ|ਵੱਖਰੀ\s+ਇਜਾਜ਼ਤ|ਨਵਾਂ\s+ਲਾਇਸੈਂਸ")
_PA_NOTICE = lazy_pattern(r"ਸੂਚਿਤ|ਸੂਚਨਾ\s+ਦ|ਦੱਸਣ")
_PA_LAW = lazy_pattern(r"ਭਾਰਤ\s+ਦੇ\s+ਕਾਨੂੰਨ\S*\s+(?:ਦੇ\s+)?(?:ਅਧੀਨ|ਅਨੁਸਾਰ)")
_PA_LAW_NARROWING = lazy_pattern(r"ਨਹੀਂ|ਸਿਰਫ਼|ਅਦਾਲਤ|ਤੋਂ\s+ਬਿਨਾਂ")
_PA_WITHOUT_IT = lazy_pattern(r"^\W*ਉਸ\s+(?:ਤੋਂ|ਦੇ)\s+ਬਿਨਾਂ[^।]{0,40}?ਨਹੀਂ")

# ky
_KY_GRANT = lazy_pattern(
    r"коммерциялык\s+(?:максатта|максаттарда)\s+колдонуу\w*[^.]{0,60}?"
    r"(?:укук\s+берет|уруксат\s+берет|уруксат\s+берилет)",
    re.IGNORECASE,
)
_KY_NARROWING = lazy_pattern(
    r"эмес|\bгана\b|тыюу|уруксатсыз|жазуу\s+жүзүндө|макулду\w*|шарт\w*|болбойт|\bжок\b|\bэгерде?\b",
    re.IGNORECASE,
)
_KY_NON_EXCLUSIVE = lazy_pattern(r"өзгөчө\s+эмес", re.IGNORECASE)
_KY_COPY = lazy_pattern(
    r"тарат\w*[^.]{0,40}?лицензия\w*[^.]{0,30}?кошо\s+бер\w*\s+(?:милдеттүү|керек|зарыл)",
    re.IGNORECASE,
)
_KY_PLACES: tuple[tuple[str, str], ...] = (
    (r"Кыргыз\s+Республикасы\w*|Кыргызстан\w*", "KG"),
    (r"Казакстан\w*", "KZ"),
    (r"Өзбекстан\w*", "UZ"),
    (r"Тажикстан\w*", "TJ"),
    (r"Түркмөнстан\w*", "TM"),
    (r"Россия\w*|Орусия\w*", "RU"),
)
_KY_ONLY_IN = lazy_pattern(r"аймагында\s+гана\s+(?:берилет|колдонулат|жарактуу)", re.IGNORECASE)
_KY_ELSEWHERE = lazy_pattern(
    r"башка\s+(?:өлкөлөрдө|мамлекеттерде|аймактарда)[^.]{0,120}?жол\s+берилбейт", re.IGNORECASE
)
_KY_LAW = lazy_pattern(r"мыйзамдары\s+менен\s+жөнгө\s+салынат", re.IGNORECASE)
_KY_LAW_NARROWING = lazy_pattern(r"эмес|\bгана\b|сот\w*", re.IGNORECASE)


def read_clause_s39wa(text: str) -> list[Clause] | None:
    """The clauses of one Punjabi or Kyrgyz passage (module docstring), None if none."""
    for reader in (_pa_cap, _pa_grant, _pa_copy, _pa_law, _ky_grant, _ky_copy, _ky_territory):
        clauses = reader(text)
        if clauses is not None:
            return clauses
    return _ky_law(text)


def sequel_of_cap(text: str, before: list[Clause]) -> list[Clause] | None:
    """A sentence going on from the clause before it: no use without the further licence a
    cap asks (restricted past the cap), or no use in other countries (the same territory)."""
    keys = {clause.key for clause in before}
    if "user_threshold" in keys and _PA_WITHOUT_IT.search(text) is not None:
        return [Clause("commercial_use", "restricted"), _PAST_CAP]
    if "excluded_use_territories" in keys and _KY_ELSEWHERE.search(text) is not None:
        return [clause for clause in before if clause.key == "excluded_use_territories"]
    return None


def _pa_cap(text: str) -> list[Clause] | None:
    match = _PA_USERS.search(text)
    if match is None or _PA_FURTHER.search(text) is None or _PA_NOTICE.search(text):
        return None
    count = int(match.group("count").replace(",", ""))
    if match.group("unit") == "ਰੋਜ਼ਾਨਾ":
        return [Clause("user_threshold", {"count": count, "unit": "dau"}), _PAST_CAP]
    term = {"count": count, "unit": "mau"}
    return [Clause("user_threshold", term), Clause("mau_threshold", count), _PAST_CAP]


def _pa_grant(text: str) -> list[Clause] | None:
    if _PA_GRANT.search(text) is None or _PA_NARROWING.search(text) is not None:
        return None
    return [Clause("commercial_use", "allowed")]


def _pa_copy(text: str) -> list[Clause] | None:
    if _PA_COPY.search(text) is None or "ਨਹੀਂ" in text:
        return None
    return [Clause("attribution_required", True)]


def _pa_law(text: str) -> list[Clause] | None:
    if _PA_LAW.search(text) is None or _PA_LAW_NARROWING.search(text) is not None:
        return None
    return [Clause("governing_law", "IN")]


def _ky_grant(text: str) -> list[Clause] | None:
    if _KY_GRANT.search(text) is None:
        return None
    if _KY_NARROWING.search(_KY_NON_EXCLUSIVE.sub(" ", text)) is not None:
        return None
    return [Clause("commercial_use", "allowed")]


def _ky_copy(text: str) -> list[Clause] | None:
    if _KY_COPY.search(text) is None or _KY_NARROWING.search(text) is not None:
        return None
    return [Clause("attribution_required", True)]


def _ky_territory(text: str) -> list[Clause] | None:
    if _KY_ONLY_IN.search(text) is None:
        return None
    regions = [code for place, code in _KY_PLACES if re.search(place, text, re.IGNORECASE)]
    if not regions or re.search(r"\bэмес\b|\bтышкары\b", text, re.IGNORECASE):
        return None
    within = {"regions": regions, "models": "all", "exempts": [], "within": True}
    return [Clause("excluded_use_territories", [within])]


def _ky_law(text: str) -> list[Clause] | None:
    if _KY_LAW.search(text) is None or _KY_LAW_NARROWING.search(text) is not None:
        return None
    codes = {code for place, code in _KY_PLACES if re.search(place, text, re.IGNORECASE)}
    return [Clause("governing_law", codes.pop())] if len(codes) == 1 else None
