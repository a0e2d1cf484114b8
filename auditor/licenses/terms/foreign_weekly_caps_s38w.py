"""Caps on weekly active users in Hindi, Bengali, Urdu, Marathi, Japanese and Korean (session
38), for `foreign_ja.clause_reader`: "यदि आपके उत्पाद के साप्ताहिक सक्रिय उपयोगकर्ता 2,00,000
(दो लाख) से अधिक हो जाएँ", "প্রতি সপ্তাহে সক্রিয় ব্যবহারকারী", "ہفتہ وار فعال صارفین",
"週間アクティブユーザー数が10万人を超える場合", "주간 활성 사용자가 10만 명을 넘는 경우". The
number next to the unit is the cap (`foreign_caps.user_cap`, lakh and crore included), unit
`wau`: the policy judges it against a stated MAU as it judges a daily cap (at or under it
settles it). A passage naming both a week and a month or a day is left to the other readers.
Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import user_cap
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_weekly_caps"]

_WEEKLY: dict[str, str] = {
    "hi": r"(?:साप्ताहिक|प्रति\s*सप्ताह(?:\s+के)?|हर\s+सप्ताह(?:\s+के)?)\s+(?:सक्रिय\s+)?"
    r"(?:उपयोगकर्ता|यूज़?र|प्रयोक्ता)",
    "mr": r"(?:साप्ताहिक|दर\s*आठवड्या(?:ला|तील))\s+(?:सक्रिय\s+)?(?:वापरकर्त|युजर)",
    "bn": r"(?:সাপ্তাহিক|প্রতি\s*সপ্তাহে?(?:র)?)\s+(?:সক্রিয়\s+)?(?:ব্যবহারকারী|ইউজার)",
    "ur": r"(?:ہفتہ\s*وار|ہفتہ\s*واری|فی\s+ہفتہ)\s+(?:فعال\s+)?(?:صارف|یوزر)",
    "ja": r"(?:週間|週次|[1一]週間(?:あたり|当たり)?の?)\s*アクティブ(?:ユーザー?|利用者)"
    r"|ウィークリーアクティブ(?:ユーザー?)?|\bWAU\b",
    "ko": r"(?:주간|주별|일주일|한\s*주)\s*활성\s*(?:사용자|이용자)|\bWAU\b",
}
# a month or a day named beside the week: another cap, or a rule of counting, read elsewhere
_OTHER_PERIOD = lazy_pattern(
    r"मासिक|महीन|दैनिक|प्रतिदिन|দৈনিক|মাসিক|ماہانہ|یومیہ|月間|月次|1日|一日|日次|월간|월별|일일|\bMAU\b|\bDAU\b",
    re.IGNORECASE,
)


def read_weekly_caps(language: str | None, text: str) -> list[Clause]:
    """`user_threshold` with unit `wau` when a passage caps weekly active users by a number."""
    shape = _WEEKLY.get(language or "")
    if shape is None or _OTHER_PERIOD.search(text):
        return []
    unit = lazy_pattern(shape, re.IGNORECASE)
    if unit.search(text) is None:
        return []
    count = user_cap(text, unit)
    return [] if count is None else [Clause("user_threshold", {"count": count, "unit": "wau"})]
