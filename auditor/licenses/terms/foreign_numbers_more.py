"""Scale words of the languages `foreign_more` reads, for the caps `foreign_caps` reads (a module
of its own, as `foreign_numbers_six`): "5 milijonus" (Lithuanian), "1 млн", "2 мільйони"
(Ukrainian), "3 milijuna" (Croatian), "10 millioner" (Danish, Norwegian), "২ কোটি" (Bengali),
"10 milioi" (Basque)... and the inflected euro ("eurų", "eurot", "eura", "євро", "eurotik")
beside an amount."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_STEMS: tuple[tuple[float, tuple[str, ...]], ...] = (
    (1e3, ("tūkstantis", "tūkstančių", "tūkstančius", "tūkstoši", "tūkstošu", "tuhat",
           "tuhande", "tisuća", "tisuće", "tisuću", "hiljada", "hiljade", "hiljadu", "хиљада",
           "хиљаде", "хиљаду", "тисяча", "тисячі", "тисяч", "тис", "хиляди", "хиляда",
           "tusind", "tusen", "elfu", "mila")),
    (1e5, ("লাখ", "লক্ষ")),
    (1e6, ("milijonas", "milijonai", "milijonų", "milijonus", "milijoną", "miljons",
           "miljoni", "miljonu", "miljon", "miljonit", "miljoni", "milijun", "milijuna",
           "milijuni", "miliona", "milioni", "милион", "милиона", "милиони", "мільйон",
           "мільйона", "мільйони", "мільйонів", "million", "millioner", "millionen", "mio",
           "মিলিয়ন", "میلیون", "milioi")),
    (1e7, ("কোটি",)),
    (1e9, ("milijardas", "milijardai", "milijardų", "milijardus", "miljards", "miljardi",
           "miljardu", "miljardit", "milijarda", "milijarde", "milijardi", "милијарда",
           "милијарде", "милиарда", "милиард", "мільярд", "мільярда", "мільярди", "мільярдів",
           "milliard", "milliarder", "bilion", "bilioni", "বিলিয়ন", "میلیارد", "mila milioi")),
)  # fmt: skip
UNITS_MORE: dict[str, float] = {word: scale for scale, words in _STEMS for word in words}

EURO_MORE = (
    r"\beur(?:as|ų|us|ai|ot|ost|a|ima)\b|\beiro\b|євро"
    r"|\beuro(?:tik|ko|koa|ra|an|etik|takoa)\b"  # eu: "10 milioi eurotik gora"
)
"""The euro as these languages inflect it (the English and Russian forms are `foreign_caps`')."""


# Basque counts in words: a count before the scale ("bi milioi", "hamar milioi"), "bat" (one) or
# "erdi" (half) after it ("milioi bat", "milioi erdi")
_EU_COUNTS = {"bi": 2, "hiru": 3, "lau": 4, "bost": 5, "sei": 6, "zazpi": 7, "zortzi": 8,
              "bederatzi": 9, "hamar": 10, "hogei": 20, "berrogei": 40, "ehun": 100}  # fmt: skip
_EU_SCALES = {"milioi": 1e6, "mila milioi": 1e9, "mila": 1e3}
_EU_WORDS = lazy_pattern(
    rf"\b(?:(?P<count>{'|'.join(_EU_COUNTS)})\s+)?(?P<unit>mila\s+milioi|milioi|mila)"
    r"(?:\s+(?P<one>bat|erdi))?\b",
    re.IGNORECASE,
)


def basque_counts(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """(start, end, value) of each Basque count written in words (`_EU_WORDS`), none inside a
    number already `found` (a digit before the scale: "10 milioi")."""
    out: list[tuple[int, int, float]] = []
    for match in _EU_WORDS.finditer(text):
        count, one = match.group("count"), match.group("one")
        if count is None and one is None:
            continue  # a scale alone: no figure
        if any(start <= match.start() < end for start, end, _ in found):
            continue
        value = _EU_COUNTS[count.lower()] if count else 1.0
        value *= 0.5 if one is not None and one.lower() == "erdi" else 1.0
        scale = _EU_SCALES[" ".join(match.group("unit").lower().split())]
        out.append((match.start(), match.end(), value * scale))
    return out
