"""A cap stated in one Chinese passage and applied in another, for `terms.foreign`: what
happens past the cap is often said apart from its number.

- A sentence referring to the cap ("营业收入达到上面这个数的公司，不能享受免费商用", "超过上述门槛
  的") bans or conditions commercial use only past it.
- A class of licensee defined by the cap ("本合约所称「大型企业」，指……营业收入在美金一亿元以上之
  公司", "（二）规模以上用户：上一会计年度营业收入达到人民币 60000 万元的法人") and named in
  another sentence ("第 2 条之商业使用授权，不及于大型企业", "规模以上用户拟商业使用的，应当事先
  ……订立有偿许可合同"): that sentence is about those past the cap.
- The clause after such a sentence or after the cap's own sentence, in the same sentence (a
  "；" between them: "……不能享受免费商用；商用之前，得先跟我们签一份付费许可合同",
  "……须另行申请授权；取得授权之前，不得继续使用本模型"), continues it, on the same line or
  on the next when the sentence is broken across lines after its "；".

Each such passage reads commercial use restricted past the cap (`separate-license-above-
threshold`), not a further licence every commercial use needs. Only where the text states a
cap with its number (`_states_cap`); else the passages are read by the cues as they stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import revenue_cap, user_cap
from auditor.licenses.terms.foreign_cues import ZH
from auditor.licenses.terms.foreign_zh import Clause, fold, own_clauses
from auditor.licenses.terms.foreign_zh_permission_words import asks_permission, refers_to_cap
from auditor.licenses.text.language import Passage

__all__ = ["cap_consequences"]

_ABOVE = "separate-license-above-threshold"
# a class of licensee defined: 所称「大型企业」，指 / （二）规模以上用户：
_DEFINED = lazy_pattern(
    r"(?:所称|^\W*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*)?)\s*"
    r"[“\"「『‘](?P<quoted>[^”\"」』’]{2,12})[”\"」』’]"
    r"|^\W*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*)?\s*(?P<label>[^\W\d]{2,10})[:：]"
)
# a limit, a condition or an exclusion in the sentence naming the class
_LIMITS = lazy_pattern(r"不|须|需|应|未|禁|仅|另行|合同|合约|协议|授权|许可|付费|有偿")
_DAILY = lazy_pattern(r"(?<![A-Za-z])DAU(?![A-Za-z])|日活")


def cap_consequences(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Chinese passages applying a cap another passage states (see the module), each with
    commercial use restricted past it."""
    chinese = [(p, own_clauses(fold(p.text))) for p in passages if p.language == "zh"]
    capped = {p for p, text in chinese if _states_cap(text)}
    if not capped:
        return {}
    terms = [term for p, text in chinese if p in capped for term in _defined(text)]
    found: dict[Passage, list[Clause]] = {}
    previous: Passage | None = None  # the passage before, when it applies the cap
    for passage, text in chinese:
        if passage in capped:
            previous = passage
            continue
        names = any(term in text for term in terms) and _LIMITS.search(text) is not None
        joined = previous is not None and _same_sentence(previous, passage) and _continues(text)
        if refers_to_cap(text) or names or joined:
            restricted = Clause("commercial_use", "restricted")
            found[passage] = [restricted, Clause("commercial_use_conditions", [_ABOVE])]
            previous = passage
        else:
            previous = None
    return found


def _states_cap(text: str) -> bool:
    revenue = ZH.revenue
    if revenue is not None and revenue.search(text) and revenue_cap(text, revenue, ZH.annual):
        return True
    return any(
        cue is not None and cue.search(text) is not None and user_cap(text, cue) is not None
        for cue in (ZH.mau, _DAILY)
    )


def _defined(text: str) -> list[str]:
    match = _DEFINED.search(text)
    if match is None:
        return []
    return [match.group("quoted") or match.group("label")]


def _same_sentence(previous: Passage, passage: Passage) -> bool:
    """The passage goes on the sentence before it: on its line, or after its "；" (a clause
    cut at a semicolon, the sentence broken across lines)."""
    return previous.line == passage.line or previous.text.rstrip().endswith((";", "；"))


def _continues(text: str) -> bool:
    """A clause continuing the one before it: a permission or contract it asks for."""
    return asks_permission(text) or (ZH.restricted is not None and _hit(ZH.restricted, text))


def _hit(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None
