"""A table whose unit of money is stated once, above its rows, in Vietnamese, Indonesian, Malay,
Thai, Filipino and Swahili, for `terms.foreign`: "Đơn vị tính: triệu đồng", "Satuan: juta
rupiah", "(dalam jutaan rupiah)", "หน่วย: ล้านบาท", "Yunit: milyong piso", "Kiasi: milioni za
shilingi". Each row below it that names a money measure (revenue, turnover, sales: `_MONEY`)
and ends in a bare number is read with the unit after that number, as if written there (a
row too short to tell its language taken in the unit's)
("Doanh thu thuần năm gần nhất 300.000" under "triệu đồng": 300.000 triệu đồng), so the cap
readers read the amount a licence's article refers to ("vượt mức nêu tại Phụ lục"). The unit's
own line then states no term and is set aside; with no row to apply to it stays as it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

__all__ = ["with_annex_units"]

# the unit stated for the table, and how a row writes it after its number
_UNITS: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        "vi",
        r"\bđơn\s+vị(?:\s+tính)?\s*[:：]?\s*(?P<u>(?:nghìn|ngàn|triệu|tỷ)\s+(?:đồng|VND)|đồng|VND)\b",
        {"nghìn": "nghìn", "ngàn": "nghìn", "triệu": "triệu", "tỷ": "tỷ"},
    ),
    (
        "id",
        r"\b(?:satuan|unit|dalam|dinyatakan\s+dalam)\s*[:：]?\s*(?P<u>(?:ribu|ribuan|juta|jutaan"
        r"|miliar|miliaran)\s+(?:rupiah|ringgit)|RM\s*(?:juta|ribu))\b",
        {"ribu": "ribu", "juta": "juta", "miliar": "miliar", "rm": "juta ringgit"},
    ),
    ("th", r"หน่วย\s*[:：]?\s*(?:เป็น\s*)?(?P<u>(?:พัน|หมื่น|แสน|ล้าน)บาท)", {}),
    ("tl", r"\byunit\s*[:：]\s*(?P<u>(?:libong|milyong)\s+piso)\b", {}),
    (
        "sw",
        r"\b(?:kipimo|kiasi|kwa)\s*[:：]?\s*(?P<u>(?:shilingi\s+)?(?:milioni|bilioni)"
        r"(?:\s+za\s+shilingi)?)\b",
        {},
    ),
)
# a money measure in a row: revenue, turnover, sales, income
_MONEY = (
    r"\b(?:doanh\s+thu|doanh\s+số|pendapatan|omzet|penjualan|penghasilan|hasil\s+jualan"
    r"|perolehan|kita|benta|mapato|mauzo)\b|รายได้|ยอดขาย|รายรับ"
)
_BARE_END = r"(?P<n>\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,]\d+)?\s*[.|]?\s*$"
_ROWS = 12  # rows looked at below the unit
_UNIT_LINE = 80  # a line stating the unit is short
_HEAD_LINES, _HEAD_WORDS = 3, 6  # the annex's heading before it: a few words


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)


def _unit(text: str) -> tuple[str, str] | None:
    """The unit a passage states for the table below, and the language it is stated in."""
    for language, pattern, spelled in _UNITS:
        found = _p(pattern).search(text)
        if found is not None:
            unit = " ".join(found.group("u").split())
            head = unit.split()[0].lower().removesuffix("an")
            if head in spelled:  # "jutaan rupiah": "juta rupiah"
                rest = unit.split()[1:] if head != "rm" else []
                return " ".join([spelled[head], *rest]), language
            return unit, language
    return None


def with_annex_units(passages: list[Passage], text: str) -> list[Passage]:
    """`passages` (of `text`) with the rows under a unit stated once read with that unit
    (module doc), and the unit's own line set aside when a row took it. The unit's line is
    looked for in `text` itself: a line as short as "Satuan: juta rupiah" may be no passage."""
    result = list(passages)
    for number, line in enumerate(text.splitlines(), start=1):
        stated = _unit(line) if len(line) <= _UNIT_LINE else None
        if stated is None:
            continue
        unit, language = stated
        applied = False
        below = [at for at, p in enumerate(result) if p.line > number][:_ROWS]
        for at in below:
            row = result[at]
            if _p(_MONEY).search(row.text) is None or _p(_UNIT_WORDS).search(row.text):
                continue
            ended = _p(_BARE_END).search(row.text)
            if ended is None:
                continue
            text = row.text[: ended.end("n")] + " " + unit + row.text[ended.end("n") :]
            # a short row's language the text cannot tell: the unit's
            result[at] = replace(row, text=text, language=row.language or language)
            applied = True
        if applied:  # the unit's own passage (maybe after the annex's heading): no term
            result = [p for p in result if not _is_unit_line(p, number)]
    return result


def _is_unit_line(passage: Passage, number: int) -> bool:
    if not number - _HEAD_LINES <= passage.line <= number or _unit(passage.text) is None:
        return False
    rest = passage.text
    for _, pattern, _ in _UNITS:
        rest = _p(pattern).sub(" ", rest)
    return len(_p(r"\w+").findall(rest)) <= _HEAD_WORDS


# a row that already writes a unit or a currency keeps its own
_UNIT_WORDS = r"\b(?:đồng|VND|USD|rupiah|Rp|ringgit|RM|piso|PHP|shilingi|TSh|KSh)\b|บาท|\$|₫|₱"
