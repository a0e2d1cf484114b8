"""Caps on users and Welsh grants read apart from the cues (session 39, second European
helper), for `foreign_passages_s39eub`: sentences often told as another language (Icelandic and
Hungarian as German, Welsh as French) or too short to tell.

- A cap on the monthly active users, Icelandic ("Fari fjöldi virkra notenda á mánuði ... yfir
  eina milljón (1.000.000) fellur heimildin ... niður") or Welsh ("Ni chaniateir defnyddio'r
  model, heb drwydded ar wahân ..., os oes ... fwy na dwy filiwn (2,000,000) o ddefnyddwyr
  gweithredol misol"): the users, the month and a count of at least a thousand beside the
  users, and what lapses or is asked past it (the grant lapsing, a separate licence, the use not
  allowed): `user_threshold` (unit `mau`) and `mau_threshold`, counted with the licensee's
  affiliates where the sentence names them ("a'i gwmnïau cysylltiedig, o'u cyfrif gyda'i
  gilydd", "og tengdra félaga") and does not leave them out. A negation of the lapse ("fellur
  ekki niður") or a cap said absent leaves the sentence unread.
- A cap on the users of one day in Hungarian told as another language ("legfeljebb napi
  százezer (100 000) aktív felhasználóig érvényes"): `foreign_daily_eur` read as Hungarian.
- Icelandic: the licensee to credit the model's origin in its documentation ("Leyfishafi skal
  geta uppruna líkansins í skjölum vörunnar"): `attribution_required`.
- Welsh: commercial use welcomed or allowed in so many words ("Mae croeso i chi ddefnyddio ...
  mewn cynhyrchion masnachol"), no negation, exception, condition, permission or count in the
  sentence: commercial use `allowed`; the law of Wales and England said to govern, the law
  first ("Cyfraith Cymru a Lloegr sy'n llywodraethu'r drwydded hon"): `governing_law` GB.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_daily_eur import read_daily_eur
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_caps_s39eub"]

_FLAGS = re.IGNORECASE
_MINIMUM = 1000
_BESIDE = 40  # characters between the count and the users
_ABOVE = Clause("commercial_use_conditions", ["separate-license-above-threshold"])


def _p(source: str) -> re.Pattern[str]:
    return lazy_pattern(source, _FLAGS)


# (users, the month, what lapses or is asked past the count, negations, affiliates, left out)
_MONTHLY: tuple[tuple[re.Pattern[str], ...], ...] = (
    (  # is
        _p(r"\bnotend\w*"),
        _p(r"\bá\s+mánuði\b|\bmánaðarleg\w*|\bá\s+hverjum\s+mánuði\b|\bmánaðar\w*"),
        _p(r"\bfellur\b[^.;]{0,60}?\bniður\b|\bsérst\w*\s+leyf\w*|\bþarf\b[^.;]{0,40}?\bleyf\w*"
           r"|\bóheimil\w*|\bekki\s+heimil\w*"),
        _p(r"\bfellur\s+(?:\S+\s+){0,3}?ekki\b|\bengin\w*\s+(?:takmörk|hámark)\w*|\bán\s+takmark"),
        _p(r"\btengd\w*\s+félög\w*|\btengdra\s+félaga\b|\bdótturfélög\w*|\bsamstæð\w*"),
        _p(r"\b(?:að\s+undanskild\w*|án|nema)\s+(?:\S+\s+){0,2}?$"),
    ),
    (  # cy
        _p(r"\bn?ddefnyddwyr\b|\bdefnyddwyr\b"),
        _p(r"\bmisol\b|\bbob\s+mis\b|\by\s+mis\b|\bmewn\s+mis\b"),
        _p(r"\b(?:t|d|nh)rwydded\s+ar\s+wahân\b|\bni\s+chaniateir\b|\bcaniatâd\b|\bganiatâd\b"
           r"|\bdaw\b[^.;]{0,40}?\bi\s+ben\b"),
        _p(r"\bnid\s+oes\s+(?:unrhyw\s+)?(?:gyfyngiad|derfyn|uchafswm)\b|\bheb\s+gyfyngiad\b"),
        _p(r"\b(?:c|g|ng)wmnïau\s+cysylltiedig\b|\b(?:c|g|ng)wmniau\s+cysylltiedig\b"
           r"|\bis-?gwmnïau\b|\bgysylltiedig\b"),
        _p(r"\b(?:heb\s+gyfrif|ac\s+eithrio|ar\s+wahân\s+i)\s+(?:\S+\s+){0,2}?$"),
    ),
)  # fmt: skip
_MORE_THAN = _p(r"\byfir\b|\bfleiri\s+en\b|\bmwy\s+na\b|\bdros\b|\bfwy\s+na\b")
_HU_DAILY = _p(r"\bfelhasználó\w*")
_IS_CREDIT = _p(
    r"^\W*(?:leyfishaf\w*\s+)?skal\s+(?:\w+\s+){0,2}?geta\s+(?:uppruna|höfund\w*)\b[^.;]*"
    r"\b(?:skjöl\w*|lýsing\w*|vör\w*|þjónust\w*)\W*$"
)
_CY_GRANT = _p(r"\bmae\s+croeso\s+i\s+(?:chi|ti)\b|\bcewch\b|\bgallwch\b|\bmae\s+gennych\s+hawl\b")
_CY_COMMERCIAL = _p(r"\b(?:f|m)asnachol\b|\bmasnach\b")
_CY_NARROW = _p(
    r"\bni\b|\bnid\b|\bna\b|\bnac\b|\bheb\b|\boni\s+bai\b|\bos\b|\bdim\s+ond\b|\byn\s+unig\b"
    r"|\banfasnachol\b|\b[cg]aniatâd\b|\bamod\w*|\bdefnyddwyr\b|\bmwy\s+na\b|\bac\s+eithrio\b"
    r"|\bymchwil\b|\bpersonol\b|\brhaid\b"
)
_CY_LAW = _p(
    r"^\W*(?:c|g|ng)yfraith\s+(?:Cymru(?:\s+a\s+Lloegr)?|Lloegr(?:\s+a\s+Chymru)?)\s+sy['’]n"
    r"\s+llywodraethu\b[^.;]*\W*$"
)


def _count(text: str, users: re.Match[str]) -> int | None:
    """The count of at least a thousand right before the users ("(2,000,000) o ddefnyddwyr")
    or right after them ("notenda ... yfir eina milljón (1.000.000)")."""
    for _start, end, value in reversed(numbers(text)):
        if value >= _MINIMUM and end <= users.start() and users.start() - end <= _BESIDE:
            return int(value)
    for start, _end, value in numbers(text):
        gap = text[users.end() : start]
        if value >= _MINIMUM and start >= users.end() and len(gap) <= _BESIDE * 2:
            return int(value) if _MORE_THAN.search(gap) or _MORE_THAN.search(text) else None
    return None


def _monthly(text: str) -> list[Clause] | None:
    for users_word, month, lapse, negated, affiliates, left_out in _MONTHLY:
        users = users_word.search(text)
        if users is None or month.search(text) is None or lapse.search(text) is None:
            continue
        if negated.search(text) is not None or _MORE_THAN.search(text) is None:
            return None
        count = _count(text, users)
        if count is None:
            return None
        term: dict[str, object] = {"count": count, "unit": "mau"}
        named = affiliates.search(text)
        if (
            named is not None
            and left_out.search(text[max(named.start() - 40, 0) : named.start()]) is None
        ):
            term["counts"] = "licensee-and-affiliates"
        return [Clause("user_threshold", term), Clause("mau_threshold", count), _ABOVE]
    return None


def read_caps_s39eub(text: str, told: str | None) -> list[Clause] | None:
    """The clauses of one passage in the shapes above, or None when it states none of them."""
    monthly = _monthly(text)
    if monthly is not None:
        return monthly
    if told != "hu" and _HU_DAILY.search(text):  # its day and users words: Hungarian
        daily = read_daily_eur("hu", text)  # Hungarian told as another language
        if daily:
            return [*daily, _ABOVE]
    if _IS_CREDIT.search(text) is not None:
        return [Clause("attribution_required", True)]
    if _CY_LAW.search(text) is not None:
        return [Clause("governing_law", "GB")]
    granted = _CY_GRANT.search(text) is not None and _CY_COMMERCIAL.search(text) is not None
    if granted and _CY_NARROW.search(text) is None:
        return [Clause("commercial_use", "allowed")]
    return None
