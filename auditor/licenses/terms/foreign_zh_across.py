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
from auditor.licenses.terms.foreign_counted_alone import COUNTED_ALONE
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


# Japanese and Korean counting rules in an article of their own ("前条の利用者数には、当社グループ
# の関連会社が運営するサービスの利用者も合算する", "제2조의 이용자 수는 계열회사의 서비스 이용자를
# 합산하여 산정한다"): language -> (affiliates counted in, left out, revenue named)
_COUNTING_CJK = {
    "ja": (
        lazy_pattern(
            r"(?:関連会社|関係会社|子会社|親会社|グループ(?:会社|企業)?|系列会社|関連企業)[^。]{0,80}?"
            r"(?:合算|合計|通算|算入|加算|含め|含む|含み|加え)"
        ),
        lazy_pattern(
            r"(?:合算|合計|通算|算入|加算)(?:し|され)(?:ない|ません|ず)|含め(?:ない|ません|ず)"
            r"|含ま(?:ない|れない|れません|ず)|除(?:く|き|外)|別々に|個別に|ごとに|単独で|単体で"
        ),
        lazy_pattern(r"売上|収益|収入|年商"),
    ),
    "ko": (
        lazy_pattern(
            r"(?:계열\s*회?사|관계\s*회사|자회사|모회사|그룹\s*(?:사|회사)?)[^.。]{0,80}?"
            r"(?:합산|합계|통산|산입|포함|더하)"
        ),
        lazy_pattern(
            r"(?:합산|합계|통산|산입|포함|더하)(?:하|되|시키)?지\s*(?:않|아니)|제외|별도로\s*(?:산정|계산)"
            r"|단독\s*(?:기준|으로)"  # the user alone: "이용자 단독 기준으로 산정하며"
            r"|각각\s*(?:산정|계산)|(?:서비스|제품)\s*(?:별로|마다)"
        ),
        lazy_pattern(r"매출|수익|수입"),
    ),
}


def _counted_alone(language: str | None, text: str) -> str | None:
    """The cap a passage counts for the licensee alone, naming the affiliates only to leave
    them out ("계열회사의 매출액은 더하지 않는다", "関連会社の売上高は合算しない"; more languages in
    `foreign_counted_alone`), or None."""
    words = _COUNTING_CJK.get(language or "") or COUNTED_ALONE.get(language or "")
    if words is None:
        return None
    counted, left_out, revenue = words
    if counted.search(text) is None or left_out.search(text) is None:
        return None
    return "revenue_threshold" if revenue.search(text) else "user_threshold"


def _counted_cap(language: str | None, text: str) -> str | None:
    """The cap (`user_threshold`, `revenue_threshold`) a passage adds affiliates into the
    count of, or None."""
    if language == "zh":
        text = fold(text)
        if clause_pattern(_COUNTS).search(text) is None and not _counts_bare(text):
            return None
        return "revenue_threshold" if _REVENUE.search(text) else "user_threshold"
    if language not in _COUNTING_CJK:
        return None
    counted, left_out, revenue = _COUNTING_CJK[language]
    if counted.search(text) is None or left_out.search(text) is not None:
        return None
    return "revenue_threshold" if revenue.search(text) else "user_threshold"


def with_counting_rules(reading: ForeignReading) -> ForeignReading:
    """`reading` with the unread Chinese, Japanese and Korean counting rules adding affiliates
    read into the cap of their measure (users or revenue) the text states, when it states one;
    a rule leaving them out is read with that cap, which it leaves as it is."""
    values = dict(reading.values)
    quotes = dict(reading.quotes)
    used = []
    for passage in reading.unread:
        key = _counted_cap(passage.language, passage.text)
        alone = None if key is not None else _counted_alone(passage.language, passage.text)
        term = values.get(key or alone or "")
        if not isinstance(term, dict):
            continue  # no cap of that measure: what it counts for is unknown
        if key is not None:  # else the licensee alone, as the cap reads already
            values[key] = {**term, "counts": _AFFILIATES}
        key = key or alone or ""
        quotes[key] = (*quotes.get(key, ()), passage)
        used.append(passage)
    if not used:
        return reading
    unread = tuple(p for p in reading.unread if p not in used)
    return replace(reading, values=values, quotes=quotes, unread=unread)


# Japanese and Korean: use without the contract or permission asked for falls outside the
# licence ("この契約を結ばずに行う利用は、本ライセンスの対象外です", "허락 없이 하는 이용에는 이
# 라이선스가 적용되지 않습니다"): the condition restated, read with it
_WITHOUT_IT_CJK = {
    "ja": lazy_pattern(
        r"(?:契約|許諾|ライセンス|承諾|許可|同意)(?:を|も)?(?:結ば|締結せ|締結し|得|受け|取得せ)"
        r"(?:ず|ないで|ない(?:まま|で|場合))[^。]{0,40}?(?:対象外|適用(?:され|し)(?:ません|ない)"
        r"|許諾(?:され|し)(?:ません|ない)|含まれ(?:ません|ない)|範囲外)"
    ),
    "ko": lazy_pattern(
        r"(?:계약|허락|허가|승인|동의|라이선스)\s*(?:을|를|이|가)?\s*(?:체결하지|받지|얻지|맺지)?\s*"
        r"(?:않고|않은|없이)[^.。]{0,40}?(?:대상이\s*아니|적용되지\s*않|허락되지\s*않|포함되지\s*않"
        r"|범위\s*밖)"
    ),
}


def _restates(language: str | None, text: str, rule_id: str) -> bool:
    if language == "zh":
        return clause_pattern(rule_id).search(fold(text)) is not None
    cjk = _WITHOUT_IT_CJK.get(language or "")
    return cjk is not None and rule_id == _QUALIFIERS[0][0] and cjk.search(text) is not None


def with_qualifiers(reading: ForeignReading) -> ForeignReading:
    """`reading` with the unread Chinese sentences that only restate a condition (Japanese and
    Korean too: `_WITHOUT_IT_CJK`) or introduce
    a table of banned uses read with that term, when the text states it (a table's rows
    after the sentence)."""
    quotes = dict(reading.quotes)
    used = []
    for passage in reading.unread:
        for rule_id, key, after in _QUALIFIERS:
            if not _restates(passage.language, passage.text, rule_id):
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
