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


COUNT_WORDS_SOUTH_ASIA: dict[str, float] = _counts()

# digits grouped the Indian way: the last three, then twos ("2,50,00,00,000")
INDIAN_GROUPING = r"\d{1,2}(?:,\d{2})+,\d{3}(?![,\d])"
_INDIAN = lazy_pattern(INDIAN_GROUPING)


def indian_digits(digits: str) -> float | None:
    """The value of digits grouped the Indian way, else None."""
    return float(digits.replace(",", "")) if _INDIAN.fullmatch(digits) else None
