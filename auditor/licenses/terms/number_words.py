"""Numbers written in English words, for the caps `terms.caps` reads: "fifty", "seventy-five",
"one hundred", "two hundred and fifty" (the multiplier after them, "million", is the caps').

A licence may state its cap in words only ("more than one hundred million monthly active
users", "fifty million"); any number below a thousand is read, a multiplier making it larger.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

_SMALL = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VALUES: dict[str, int] = {word: index for index, word in enumerate(_SMALL, start=1)}
_VALUES |= {word: 10 * index for index, word in enumerate(_TENS_WORDS, start=2)}


def _either(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # "seventeen" before "seven"


_DIGIT = _either(_SMALL[:9])
_BELOW_100 = rf"(?:(?:{_either(_TENS_WORDS)})(?:[\s-]+(?:{_DIGIT}))?|{_either(_SMALL)})\b"
WORD_NUMBER = (
    rf"\b(?:(?:a|{_DIGIT})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?\b|{_BELOW_100}|hundred\b)"
)
"""A number below a thousand in words, as a regular expression (no group)."""
COMPOUND_NUMBER = (
    rf"{WORD_NUMBER}\s+(?:billion|million)(?:,?\s+(?:and\s+)?{WORD_NUMBER}"
    rf"(?:\s+(?:million|thousand)\b)?)+"
)
"""A number in words whose parts have their own multipliers ("one million five hundred
thousand", "two billion and fifty million"), as a regular expression (no group)."""
WORDS = _either([*_SMALL, *_TENS_WORDS, "hundred"])
"""Any number word, as an alternation."""
_TOKEN = lazy_pattern(r"[a-z]+")


_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def word_value(text: str) -> int | None:
    """The number `text` writes in words ("two hundred and fifty" -> 250, "one million five
    hundred thousand" -> 1500000), or None when it is not one."""
    total = part = 0
    for token in _TOKEN.findall(text.lower()):
        if token in _VALUES:
            part += _VALUES[token]
        elif token == "hundred":
            part = (part or 1) * 100
        elif token in _SCALES:
            total += (part or 1) * _SCALES[token]
            part = 0
        elif token not in ("a", "and"):
            return None
    return (total + part) or None
