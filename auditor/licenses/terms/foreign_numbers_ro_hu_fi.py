"""Number words of Romanian, Hungarian and Finnish for the caps `foreign_caps` reads (a module of
its own, as `foreign_numbers_six`: `foreign_caps` is imported by the readers built on it)."""

from __future__ import annotations

# scale words after a number ("2 milioane", "1 millió", "5 miljoonaa") and counts written as
# words before them ("un milion", "két millió", "yksi miljoona")
UNITS_RO_HU_FI: dict[str, float] = {
    "milion": 1e6, "milioane": 1e6, "miliard": 1e9, "miliarde": 1e9, "mii": 1e3, "mie": 1e3,
    # Romanian puts "de" between a number from 20 on and its noun ("20 de milioane de lei")
    "de milioane": 1e6, "de miliarde": 1e9, "de mii": 1e3,
    "millió": 1e6, "milliárd": 1e9, "ezer": 1e3,
    "miljoona": 1e6, "miljoonaa": 1e6, "miljardi": 1e9, "miljardia": 1e9, "tuhatta": 1e3,
}  # fmt: skip
COUNT_WORDS_RO_HU_FI: dict[str, float] = {
    **dict.fromkeys(("unu", "egy", "yksi"), 1.0),
    **dict.fromkeys(("doi", "două", "két", "kettő", "kaksi"), 2.0),
    **dict.fromkeys(("trei", "három", "kolme"), 3.0),
    **dict.fromkeys(("patru", "négy", "neljä"), 4.0),
    **dict.fromkeys(("cinci", "öt", "viisi"), 5.0),
    "hét": 7.0, "nyolc": 8.0, "kilenc": 9.0,  # not "hat" (6): a German verb before "Millionen"
    **dict.fromkeys(("zece", "tíz", "kymmenen"), 10.0),
    **dict.fromkeys(("sută", "száz", "sata"), 100.0),
}  # fmt: skip
