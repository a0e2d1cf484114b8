"""Numbers and currencies of caps in Arabic, Bengali, Persian and Turkish, for `foreign_caps`
(a module of its own, as `foreign_numbers_south_asia`).

- Scale words: the Bengali lakh, crore and thousand ("৫০০ কোটি টাকা": 500 x 10^7; Bengali
  digits are read as digits), the Persian million, billion and thousand ("۱۰ میلیون").
- Count words before a scale word: Arabic ("خمسة ملايين مستخدم", "عشرة ملايين", "مليونا" is
  read by its scale), Bengali ("পাঁচ কোটি") and Persian ("پنج میلیون").
- Currencies: the Turkish lira ("750 milyon Türk lirası", "TL", "₺", "TRY") and the Bangladeshi
  taka ("৫০০ কোটি টাকা", "৳", "BDT"), each with its band in license_db/exchange_rates.yaml.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern


def _nfkc(words: dict[str, float]) -> dict[str, float]:
    """Bengali words as the passages write them (NFKC: "য়" is one code point there)."""
    return {unicodedata.normalize("NFKC", word): value for word, value in words.items()}


UNITS_WEST: dict[str, float] = _nfkc(
    {
        "হাজার": 1e3, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7,  # bn
        "هزار": 1e3, "میلیون": 1e6, "میلیارد": 1e9,  # fa
    }
)  # fmt: skip
COUNT_WORDS_WEST: dict[str, float] = _nfkc(
    {
        # ar (masculine and feminine forms before "ملايين", "آلاف")
        "واحد": 1, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5,
        "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9,
        "تسع": 9, "عشرة": 10, "عشر": 10, "عشرين": 20, "عشرون": 20, "خمسين": 50, "خمسون": 50,
        "مائة": 100, "مئة": 100,
        # bn
        "এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "দশ": 10, "বিশ": 20, "পঞ্চাশ": 50,
        "একশ": 100, "একশো": 100, "পাঁচশ": 500, "পাঁচশো": 500,
        # fa
        "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "ده": 10, "بیست": 20, "پنجاه": 50,
        "صد": 100, "پانصد": 500,
    }
)  # fmt: skip
CURRENCIES_WEST: tuple[tuple[str, re.Pattern[str]], ...] = (
    # the lira, its case endings glued on ("Türk lirasını", "TL'yi"); a bare "lira" only with
    # its Turkish endings
    (
        "TRY",
        lazy_pattern(
            r"₺|\bTRY\b|\bTL\b|\b(?i:türk\s+lira\w*)|\b(?i:lira(?:sı|sını|yı|dan|lık|nın))\b"
        ),
    ),
    ("BDT", lazy_pattern(unicodedata.normalize("NFKC", r"৳|\bBDT\b|টাকা"))),
)
