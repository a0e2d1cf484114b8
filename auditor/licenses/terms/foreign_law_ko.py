"""The governing law of a Korean license naming a place other than Korea, for the Korean cues
(`foreign_cues.KO.laws`): "본 약관은 싱가포르 법률에 따릅니다", "이 계약은 미국 캘리포니아주
법에 의하여 규율된다", "준거법은 영국 법으로 한다". The place stands right before the law (with
or without 의, a US state after its country), or right after "준거법은"; the place's code is
the one the English rules give (a US state as US-XX). Korea's own law is the Korean cues' own
pattern. A court named ("싱가포르 법원") is a venue, not a law, and is not read here.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

# places named in Korean, as ISO codes (a US state as US-XX)
_PLACES: dict[str, str] = {
    "US-CA": r"(?:미국\s*)?캘리포니아\s*주?",
    "US-NY": r"(?:미국\s*)?뉴욕\s*주?",
    "US-DE": r"(?:미국\s*)?델라웨어\s*주?",
    "US-WA": r"(?:미국\s*)?워싱턴\s*주",
    "US": r"미합중국|미국",
    "SG": r"싱가포르|싱가폴",
    "GB": r"영국|잉글랜드(?:\s*및\s*웨일스)?",
    "JP": r"일본(?!어)",
    "CN": r"중화인민공화국|중국(?!어)",
    "HK": r"홍콩(?:\s*특별\s*행정구)?",
    "TW": r"대만|중화민국",
    "DE": r"독일(?!어)",
    "FR": r"프랑스(?!어)",
    "CH": r"스위스",
    "NL": r"네덜란드",
    "IE": r"아일랜드",
    "MY": r"말레이시아",
    "VN": r"베트남(?!어)",
    "IN": r"인도(?![가-힣])",
    "AU": r"호주|오스트레일리아",
    "CA": r"캐나다",
}
# the law of the place governs: 법률에 따릅니다, 법에 의하여 규율된다, 법을 준거법으로 한다
_GOVERNS = (
    r"\s*(?:의\s*)?법(?:률|령)?(?!원)\s*(?:에|을|이)?[^.。]{0,20}?"
    r"(?:준거|따라\s*해석|적용|따르|따릅|따른|의하|의합|의한|규율)"
)

LAWS_KO: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy_pattern(rf"(?:{place}){_GOVERNS}|준거법은\s*(?:{place})"), code)
    for code, place in _PLACES.items()
)
"""(pattern, code): a Korean choice of a place's law, in the shape of `Cues.laws`; a state
comes before its country, so "미국 캘리포니아주" is read as US-CA."""
