"""Japanese and Korean numbers beyond `foreign_caps.numbers`' own (session 25): a smaller CJK
scale after a larger one adds to it ("1億5,000万円", "1억 5천만 원": `goes_on`), a Korean scale
word with no digit before it ("천만 명", "백만 원": ten million, a million) and trillions before
won or yen ("1조 원", "2兆円"; 조 alone is also an article, "제1조") (`cjk_more`); and the sign
¥ read as the yuan where the amount beside it is named in yuan ("人民币贰亿元整（¥200,000,000）",
"¥5,000万元"), the yen's sign otherwise (`yen_or_yuan`)."""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["UNITS_CJK", "cjk_more", "goes_on", "yen_or_yuan"]

# a scale word multiplied by a smaller one before it, after a digit: "3천억 원" (3 x 1,000 x
# 100 million), "5백억", "2십억", "1千億円", "3百亿元", "2千万" (in `foreign_caps`' table)
UNITS_CJK: dict[str, float] = {
    f"{small}{large}": small_value * large_value
    for small, small_value in (("천", 1e3), ("백", 1e2), ("십", 1e1), ("千", 1e3), ("百", 1e2),
                               ("十", 1e1))
    for large, large_value in (("억", 1e8), ("億", 1e8), ("亿", 1e8), ("만", 1e4), ("萬", 1e4),
                               ("万", 1e4), ("兆", 1e12))
    if (small in "천백십") == (large in "억만")  # Korean with Korean, CJK with CJK
}  # fmt: skip

_CJK_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "억": 1e8, "만": 1e4}
_KO_BARE = lazy_pattern(
    r"(?<![\d가-힣.,])(?P<unit>천만|백만|십만|억)(?=\s*(?:명|원|달러|건|이상|이하|초과))"
)
_KO_BARE_SCALES = {"천만": 1e7, "백만": 1e6, "십만": 1e5, "억": 1e8}
_TRILLION = lazy_pattern(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:조|兆)(?=\s*(?:[\d,]+\s*(?:억|億)\s*)?(?:원|円))"
)

Number = tuple[int, int, float]  # (start, end, value)


def cjk_more(text: str, found: list[Number]) -> list[Number]:
    """Korean bare scale words and trillions (above) not read as a number yet."""
    more = [
        (m.start(), m.end(), _KO_BARE_SCALES[m.group("unit")])
        for m in _KO_BARE.finditer(text)
        if not any(start <= m.start() < end for start, end, _ in found)
    ]
    more += [(m.start(), m.end(), float(m.group("num")) * 1e12) for m in _TRILLION.finditer(text)]
    return more


def goes_on(text: str, last: Number, start: int, value: float) -> bool:
    """Whether a number continues the one before it: written right after it (a space
    between at most), the one before ending in a CJK scale word larger than this number."""
    scale = text[last[1] - 1 : last[1]]
    if scale not in _CJK_SCALES or text[last[1] : start].strip():
        return False
    return value < _CJK_SCALES[scale]


_YEN_NAMED = lazy_pattern(r"円|日元|日圓|日幣|\bJPY\b")
_YUAN_NAMED = lazy_pattern(r"人民币|人民幣|\bRMB\b|\bCNY\b|(?<!日)(?<!美)(?<!欧)(?<!港)(?<!澳)元")


def yen_or_yuan(text: str, near: str, currency: str | None) -> str | None:
    """The currency of an amount the sign ¥ (or ￥) marks: the yuan where the amount beside it
    (`near`) or else the sentence names the yuan and not the yen, the yen otherwise; any other
    amount keeps `currency`."""
    if currency != "JPY" or _YEN_NAMED.search(near) is not None:
        return currency
    if _YUAN_NAMED.search(near) is not None:
        return "CNY"
    return "CNY" if _YUAN_NAMED.search(text) and not _YEN_NAMED.search(text) else currency
