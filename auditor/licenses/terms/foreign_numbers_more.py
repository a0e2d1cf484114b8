"""Scale words of the languages `foreign_more` reads, for the caps `foreign_caps` reads (a module
of its own, as `foreign_numbers_six`): "5 milijonus" (Lithuanian), "1 млн", "2 мільйони"
(Ukrainian), "3 milijuna" (Croatian), "10 millioner" (Danish, Norwegian), "২ কোটি" (Bengali)...
and the inflected euro ("eurų", "eurot", "eura", "євро") beside an amount."""

from __future__ import annotations

_STEMS: tuple[tuple[float, tuple[str, ...]], ...] = (
    (1e3, ("tūkstantis", "tūkstančių", "tūkstančius", "tūkstoši", "tūkstošu", "tuhat",
           "tuhande", "tisuća", "tisuće", "tisuću", "hiljada", "hiljade", "hiljadu", "хиљада",
           "хиљаде", "хиљаду", "тисяча", "тисячі", "тисяч", "тис", "хиляди", "хиляда",
           "tusind", "tusen", "elfu")),
    (1e5, ("লাখ", "লক্ষ")),
    (1e6, ("milijonas", "milijonai", "milijonų", "milijonus", "milijoną", "miljons",
           "miljoni", "miljonu", "miljon", "miljonit", "miljoni", "milijun", "milijuna",
           "milijuni", "miliona", "milioni", "милион", "милиона", "милиони", "мільйон",
           "мільйона", "мільйони", "мільйонів", "million", "millioner", "millionen", "mio",
           "মিলিয়ন", "میلیون")),
    (1e7, ("কোটি",)),
    (1e9, ("milijardas", "milijardai", "milijardų", "milijardus", "miljards", "miljardi",
           "miljardu", "miljardit", "milijarda", "milijarde", "milijardi", "милијарда",
           "милијарде", "милиарда", "милиард", "мільярд", "мільярда", "мільярди", "мільярдів",
           "milliard", "milliarder", "bilion", "bilioni", "বিলিয়ন", "میلیارد")),
)  # fmt: skip
UNITS_MORE: dict[str, float] = {word: scale for scale, words in _STEMS for word in words}

EURO_MORE = r"\beur(?:as|ų|us|ai|ot|ost|a|ima)\b|\beiro\b|євро"
"""The euro as these languages inflect it (the English and Russian forms are `foreign_caps`')."""
