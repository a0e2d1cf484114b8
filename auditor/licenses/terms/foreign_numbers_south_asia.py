"""Scale and count words of Hindi and Thai, for the caps `foreign_caps` reads (a module of its
own, as `foreign_numbers_more`): "10 लाख" (ten lakh, 1,000,000), "250 करोड़" (2.5 billion),
"दो सौ पचास करोड़", "100 ล้าน" (100 million), "5 แสน" (500,000); and the Indian grouping of
digits, lakhs and crores apart ("₹2,50,00,00,000", "10,00,000").
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

_NUKTA = "\u093c"
UNITS_SOUTH_ASIA: dict[str, float] = {
    "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7, "अरब": 1e9,
    "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6, "พันล้าน": 1e9,
    # a scale of scales: a thousand billion ("một nghìn tỷ đồng", "1 ngàn tỷ"), a trillion
    # ("Rp1 triliun", "2 trilion"), Thai millions of millions ("1 ล้านล้าน", "5 หมื่นล้าน"),
    # Filipino thousands and billions ("100 libo", "2 bilyon")
    "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "tỉ": 1e9,
    "triliun": 1e12, "trilion": 1e12, "ribu triliun": 1e15,
    "ล้านล้าน": 1e12, "แสนล้าน": 1e11, "หมื่นล้าน": 1e10, "ร้อยล้าน": 1e8, "สิบล้าน": 1e7,
    "libo": 1e3, "libong": 1e3, "milyong": 1e6, "bilyon": 1e9, "bilyong": 1e9,
    # Hindi and Bengali thousands and lakhs of crores ("दो हज़ार करोड़", "এক হাজার কোটি")
    "हज़ार करोड़": 1e10, "हजार करोड़": 1e10, "हज़ार करोड": 1e10, "हजार करोड": 1e10,
    "लाख करोड़": 1e12, "लाख करोड": 1e12, "খরব": 1e11, "खरब": 1e11,
    "হাজার কোটি": 1e10, "লাখ কোটি": 1e12, "লক্ষ কোটি": 1e12,
    # Gujarati and Kannada thousands, lakhs and crores ("૧ કરોડ", "5 ಲಕ್ಷ", "20 ಸಾವಿರ")
    "હજાર": 1e3, "લાખ": 1e5, "કરોડ": 1e7, "ಸಾವಿರ": 1e3, "ಲಕ್ಷ": 1e5, "ಕೋಟಿ": 1e7,
}  # fmt: skip
UNITS_SOUTH_ASIA = {
    word.replace("ड़", "ड" + _NUKTA): scale for word, scale in UNITS_SOUTH_ASIA.items()
}

# Hindi counts before a scale word: the units, the tens, and hundreds before them ("दो सौ पचास")
_HI_ONES = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6, "सात": 7,
    "आठ": 8, "नौ": 9, "दस": 10, "बारह": 12, "पंद्रह": 15, "पन्द्रह": 15, "बीस": 20,
    "पच्चीस": 25, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70, "पचहत्तर": 75,
    "अस्सी": 80, "नब्बे": 90,
}  # fmt: skip
_HI_HUNDREDS = {f"{word} सौ": value * 100 for word, value in _HI_ONES.items() if value < 10}


def _counts() -> dict[str, float]:
    table: dict[str, float] = {word: float(value) for word, value in _HI_ONES.items()}
    table["सौ"] = 100.0
    for hundreds, value in _HI_HUNDREDS.items():
        table[hundreds] = float(value)
        table |= {f"{hundreds} {w}": float(value + v) for w, v in _HI_ONES.items()}
    return table


# Filipino counts before a scale word, joined by their linker ("sandaang libo", "limampung
# milyon", "isang bilyon")
_TL_COUNTS = {
    "isang": 1, "dalawang": 2, "tatlong": 3, "apat na": 4, "limang": 5, "anim na": 6,
    "pitong": 7, "walong": 8, "siyam na": 9, "sampung": 10, "dalawampung": 20,
    "tatlumpung": 30, "limampung": 50, "sandaang": 100, "isang daang": 100,
    "dalawang daang": 200, "limang daang": 500,
}  # fmt: skip
COUNT_WORDS_SOUTH_ASIA: dict[str, float] = _counts() | {w: float(v) for w, v in _TL_COUNTS.items()}

# Thai writes a number in words, each digit before its place ("สิบล้าน", ten million; "ห้าแสน",
# five hundred thousand; "หนึ่งพันห้าร้อย", 1,500), and "ล้าน" (million) multiplies all before
# it, so places before it make millions of them ("หนึ่งพันล้าน", a thousand million; "ห้าหมื่น
# ล้าน", fifty thousand million; "ล้านล้าน", a million million)
_TH_ONES = {
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9,
    "ยี่": 2, "เอ็ด": 1,
}  # fmt: skip
_TH_PLACES = {"สิบ": 10, "ร้อย": 100, "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5}
_TH_MILLION = "ล้าน"
_TH_WORD = "|".join([*_TH_ONES, *_TH_PLACES, _TH_MILLION])
_TH_WORDS = lazy_pattern(rf"(?:{_TH_WORD})+")
_TH_TOKEN = lazy_pattern(_TH_WORD)


def _thai_value(words: str) -> float | None:
    """The value of a run of Thai number words, or None when it has no place of a thousand or
    more (a lone "หนึ่ง", one, or "สิบ", ten, is no cap's figure) or no count before "ล้าน"
    ("หลายล้าน", many millions: no number)."""
    total, group, digit, large = 0.0, 0.0, None, False
    tokens = _TH_TOKEN.findall(words)
    if tokens[0] == _TH_MILLION:
        return None
    for token in tokens:
        if token in _TH_ONES:
            digit = _TH_ONES[token]
        elif token in _TH_PLACES:
            group += (1 if digit is None else digit) * _TH_PLACES[token]
            digit, large = None, large or _TH_PLACES[token] >= 1e3
        else:  # ล้าน: all before it, in millions
            group += digit or 0
            total, group, digit, large = ((total + group) or 1) * 1e6, 0.0, None, True
    value = total + group + (digit or 0)
    return value if large and value else None


def thai_counts(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """(start, end, value) of each Thai number written in words with a place of a thousand or
    more, none of them inside a number already `found` (a digit before the scale: "100 ล้าน")."""
    out: list[tuple[int, int, float]] = []
    for match in _TH_WORDS.finditer(text):
        value = _thai_value(match.group())
        if value is None or any(start <= match.start() < end for start, end, _ in found):
            continue
        out.append((match.start(), match.end(), value))
    return out


# digits grouped the Indian way: the last three, then twos ("2,50,00,00,000")
INDIAN_GROUPING = r"\d{1,2}(?:,\d{2})+,\d{3}(?![,\d])"
_INDIAN = lazy_pattern(INDIAN_GROUPING)


def indian_digits(digits: str) -> float | None:
    """The value of digits grouped the Indian way, else None."""
    return float(digits.replace(",", "")) if _INDIAN.fullmatch(digits) else None
