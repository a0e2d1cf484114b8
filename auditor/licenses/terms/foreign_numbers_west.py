"""Numbers and currencies of caps in Arabic, Bengali, Persian and Turkish, for `foreign_caps`
(a module of its own, as `foreign_numbers_south_asia`).

- Scale words: the Bengali lakh, crore and thousand ("৫০০ কোটি টাকা": 500 x 10^7; Bengali
  digits are read as digits), the Persian million, billion and thousand ("۱۰ میلیون").
- Count words before a scale word: Arabic ("خمسة ملايين مستخدم", "عشرة ملايين", "مليونا" is
  read by its scale), Bengali ("পাঁচ কোটি") and Persian ("پنج میلیون").
- Count and scale words of Urdu ("پانچ کروڑ"), Tamil ("நூறு கோடி") and Hebrew ("עשרים אלף"),
  and the Persian tens ("سی هزار").
- Currencies: the Turkish lira ("750 milyon Türk lirası", "TL", "₺", "TRY") and the Bangladeshi
  taka ("৫০০ কোটি টাকা", "৳", "BDT"), each with its band in license_db/exchange_rates.yaml; the
  Indian rupee in Tamil ("ரூ.", "ரூபாய்").
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern


def _nfkc(words: dict[str, float]) -> dict[str, float]:
    """Bengali words as the passages write them (NFKC: "য়" is one code point there)."""
    return {unicodedata.normalize("NFKC", word): value for word, value in words.items()}


UNITS_WEST: dict[str, float] = _nfkc(
    {
        "হাজার": 1e3, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7,  # bn
        "هزار": 1e3, "میلیون": 1e6, "میلیارد": 1e9,  # fa
        "ہزار": 1e3, "لاکھ": 1e5, "کروڑ": 1e7, "ارب": 1e9,  # ur
        "ஆயிரம்": 1e3, "லட்சம்": 1e5, "இலட்சம்": 1e5, "கோடி": 1e7,  # ta
        "אלף": 1e3,  # he (its million stands alone too: `foreign_caps._BARE_SCALE`)
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
        "صد": 100, "پانصد": 500, "سی": 30, "چهل": 40, "شصت": 60, "هفتاد": 70, "هشتاد": 80,
        "نود": 90, "دویست": 200, "سیصد": 300,
        # ur
        "ایک": 1, "پانچ": 5, "دس": 10, "بیس": 20, "تیس": 30, "پچاس": 50, "سو": 100,
        # ta
        "ஒரு": 1, "இரண்டு": 2, "ஐந்து": 5, "பத்து": 10, "இருபது": 20, "ஐம்பது": 50, "நூறு": 100,
        # he
        "עשרה": 10, "עשרים": 20, "שלושים": 30, "חמישים": 50, "מאה": 100,
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
    # the Indian rupee in Tamil ("ரூ.100 கோடி", "ரூபாய் நூறு கோடி")
    ("INR", lazy_pattern(r"ரூ\.|ரூபாய்")),
    # the Gulf currencies pegged to the dollar, by their country ("ريال سعودي", "ر.س", "درهم
    # إماراتي", "د.إ", "ريال قطري", "ر.ق"): a bare riyal or dirham names several currencies
    ("SAR", lazy_pattern(r"\bSAR\b|(?:ريال|ريالات)\s+(?:ال)?سعود|ر\.\s?س\b")),
    ("AED", lazy_pattern(r"\bAED\b|(?:درهم|دراهم)\s+(?:ال)?[إا]مار|د\.\s?إ")),
    ("QAR", lazy_pattern(r"\bQAR\b|(?:ريال|ريالات)\s+(?:ال)?قطر|ر\.\s?ق\b")),
    # the rand: "R500 000 000" (not "R$"; an "R" opening the few characters before a number,
    # as `foreign_caps.revenue_cap` joins them to those after it), "ZAR", its name with the
    # Nguni noun prefixes ("izigidi ezingamakhulu amahlanu zamarandi", "amarandi", "iirandi")
    # and the Afrikaans "miljoen rand" (a bare "rand" is an edge in Dutch, German, Afrikaans)
    (
        "ZAR",
        lazy_pattern(
            r"\bZAR\b|(?<![\w$])R\s?(?=\d)(?!\d*\s?\$)|^.{0,3}(?<![\w$])R(?=\s)|\b(?i:(?:ama|zama|yama|ii|zii|lama)randi?)\b"
            r"|(?<=miljoen\s)rand\b|(?<=miljard\s)rand\b"
        ),
    ),
    # the lev: "20 милиона лева", "20 000 000 лв.", "BGN"
    ("BGN", lazy_pattern(r"\bBGN\b|(?<!\w)лв\.?|\bлев(?:а)?\b")),
)

# for `foreign_cap_refs`: exceeding, being above (a sentence applying a cap another states), and a
# cap named by its own noun
EXCEED_WEST: dict[str, str] = {
    "tr": r"\b(?:aş\w*|geç\w*|üzerinde\w*|fazla\w*)",
    "bn": unicodedata.normalize("NFKC", r"ছাড়িয়ে|বেশি|অতিক্রম|উপরে"),
    "ar": ar_pattern(r"تجاوز|يتجاوز|تزيد|يزيد|زاد|[اأ]كثر\s+من|يفوق|فاق").pattern,
    "fa": r"بیش\s+از|بیشتر\s+از|فراتر|تجاوز",
    "he": r"עול\S*\s+על|יותר\s+מ|מעל|חורג",
    "sw": r"\b(?:zaidi\s+ya|inazidi|anazidi|wanazidi|kuzidi|juu\s+ya)\b",
    "ta": r"மேல்|அதிகம்|மிகை|தாண்டு|கடந்த",
    "ur": r"سے\s+(?:زیادہ|زائد|تجاوز|بڑھ)",
}
CAP_NOUN_WEST: dict[str, str] = {
    "tr": r"\b(?:sınır|eşi[kğ]|limit|tavan)\w*",  # "eşiği": k softened before a vowel
    "bn": unicodedata.normalize("NFKC", r"সীমা|সর্বোচ্চ"),
    "ar": ar_pattern(r"(?<![\u0621-\u064a])(?:ال)?(?:حد|سقف|عتب[ةه])(?![\u0621-\u064a])").pattern,
    "fa": r"سقف|آستانه|حد",
    "he": r"תקרה|סף|רף",
    "sw": r"\b(?:kikomo|kiwango\s+cha\s+juu)\b",
    "ta": r"வரம்பு|உச்சவரம்பு",
    "ur": r"حد|حد\s+سے",
}
