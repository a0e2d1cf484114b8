"""Chinese sentences that qualify a term another article states, for `terms.foreign`: read with
that term once the passages are read, and left unread where the text states no such term.

A cap's counting rule in an article of its own ("第二条 月活跃用户的计算方式：被许可方及其关联方
……提供的全部产品和服务，其月活跃用户数加总计算", then "第三条 按第二条加总后的月活跃用户数超过
200,000,000 的……"): the cap counts the licensee and its affiliates together, as when one
sentence says both (`foreign_caps.cap_counts`).

The consequence of a permission or further licence not held, in a sentence of its own ("未获授权
的，不得继续使用本模型"): it restates the condition the text asks for elsewhere
(`commercial_use_conditions`), read with it.

A sentence that only bans the uses a table or list below names ("下表所列用途一律禁止"): read
with the use restrictions read from the rows after it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.foreign_zh import fold

if TYPE_CHECKING:
    from auditor.licenses.terms.foreign import ForeignReading

__all__ = ["with_counting_rules", "with_qualifiers"]

_COUNTS = "caps/zh-counts-affiliates"
# (rule, the term it qualifies, whether the term must be read from a passage after it)
_QUALIFIERS = (
    ("commercial_use_conditions/zh-without-it-banned", "commercial_use_conditions", False),
    ("use_restrictions/zh-table-lead-in", "use_restrictions", True),
)
_AFFILIATES = "licensee-and-affiliates"
_REVENUE = lazy_pattern(r"收入|营收|营业额|销售额")


# A counting rule naming no measure, after the sentence defining it ("计算时，被许可方及其全部关联方
# 所运营的产品和服务应当合并计算，不得拆分"): the affiliates' products counted in, with no word
# leaving them out.
_COUNTED_IN = lazy_pattern(
    r"(?:关联方|关联公司|关联企业|关系企业|附属公司|子公司|集团成员)[^。;]{0,80}?"
    r"(?:合并|加总|合计|汇总|累计|一并|叠加|合起来|相加)(?:计算|统计|计入)"
)
_LEFT_OUT = lazy_pattern(
    r"不与|不和|不同|无需与|不需与|不必与|不计入|不并入|不纳入|分别计算|单独计算"
)


def _counts_bare(text: str) -> bool:
    return _COUNTED_IN.search(text) is not None and _LEFT_OUT.search(text) is None


def with_counting_rules(reading: ForeignReading) -> ForeignReading:
    """`reading` with the unread Chinese counting rules adding affiliates read into the cap of
    their measure (users or revenue) the text states, when it states one."""
    values = dict(reading.values)
    quotes = dict(reading.quotes)
    used = []
    for passage in reading.unread:
        text = fold(passage.text)
        if passage.language != "zh":
            continue
        if clause_pattern(_COUNTS).search(text) is None and not _counts_bare(text):
            continue
        key = "revenue_threshold" if _REVENUE.search(text) else "user_threshold"
        term = values.get(key)
        if not isinstance(term, dict):
            continue  # no cap of that measure: what it counts for is unknown
        values[key] = {**term, "counts": _AFFILIATES}
        quotes[key] = (*quotes.get(key, ()), passage)
        used.append(passage)
    if not used:
        return reading
    unread = tuple(p for p in reading.unread if p not in used)
    return replace(reading, values=values, quotes=quotes, unread=unread)


def with_qualifiers(reading: ForeignReading) -> ForeignReading:
    """`reading` with the unread Chinese sentences that only restate a condition or introduce
    a table of banned uses read with that term, when the text states it (a table's rows
    after the sentence)."""
    quotes = dict(reading.quotes)
    used = []
    for passage in reading.unread:
        text = fold(passage.text)
        for rule_id, key, after in _QUALIFIERS:
            if passage.language != "zh" or clause_pattern(rule_id).search(text) is None:
                continue
            stated = [p for p in quotes.get(key, ()) if not after or p.line >= passage.line]
            if reading.values.get(key) and stated:
                quotes[key] = (*quotes[key], passage)
                used.append(passage)
                break
    if not used:
        return reading
    unread = tuple(p for p in reading.unread if p not in used)
    return replace(reading, quotes=quotes, unread=unread)
