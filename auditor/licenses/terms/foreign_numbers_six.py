"""Number words of Swedish, Czech, Greek, Hebrew, Hindi and Thai for the caps `foreign_caps`
reads (a module of its own: `foreign_caps` is imported by the readers `foreign_six` builds on)."""

from __future__ import annotations

# scale words after a number ("1 miljon", "2 miliony", "5 εκατομμύρια", "1 מיליון", "10 लाख",
# "1 ล้าน") and counts written as words before them ("en miljon", "jeden milion", "ένα
# εκατομμύριο", "एक करोड़")
UNITS_SIX: dict[str, float] = {
    "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9, "tusen": 1e3,
    "milionů": 1e6, "milionu": 1e6, "milionech": 1e6, "milionům": 1e6, "miliardů": 1e9,
    "tisíc": 1e3, "tisíce": 1e3, "miliarda": 1e9, "miliardu": 1e9, "miliardách": 1e9,
    "milionem": 1e6, "miliardou": 1e9,
    "εκατομμύριο": 1e6, "εκατομμύρια": 1e6, "δισεκατομμύριο": 1e9,
    "δισεκατομμύρια": 1e9, "χιλιάδες": 1e3, "מיליון": 1e6, "מיליארד": 1e9, "אלף": 1e3,
    "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7, "मिलियन": 1e6, "अरब": 1e9, "हज़ार": 1e3, "हजार": 1e3,
    "ล้าน": 1e6, "พันล้าน": 1e9, "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5,
}  # fmt: skip
COUNT_WORDS_SIX: dict[str, float] = {
    **dict.fromkeys(("en", "ett", "jeden", "jedna", "jedno", "jedné", "jednu", "jednoho",
                     "jedním", "ένα", "ενός", "μία", "אחד", "एक",
                     "หนึ่ง"), 1.0),
    **dict.fromkeys(("två", "dva", "dvě", "dvou", "δύο", "שני", "שניים", "दो", "สอง"), 2.0),
    **dict.fromkeys(("tre", "tři", "τρία", "שלושה", "तीन", "สาม"), 3.0),
    **dict.fromkeys(("fem", "pět", "πέντε", "חמישה", "पाँच", "पांच", "ห้า"), 5.0),
    **dict.fromkeys(("tio", "deset", "δέκα", "עשרה", "दस", "สิบ"), 10.0),
    **dict.fromkeys(("hundra", "sto", "εκατό", "מאה", "सौ", "ร้อย"), 100.0),
    # the rest of the Hebrew counts a scale follows ("ארבעים מיליון": forty million; "חצי
    # מיליון": half a million)
    "חצי": 0.5, "שלוש": 3.0, "ארבעה": 4.0, "ארבע": 4.0, "חמש": 5.0, "שישה": 6.0, "שש": 6.0,
    "שבעה": 7.0, "שבע": 7.0, "שמונה": 8.0, "תשעה": 9.0, "תשע": 9.0, "עשר": 10.0, "עשרים": 20.0,
    "שלושים": 30.0, "ארבעים": 40.0, "חמישים": 50.0, "שישים": 60.0, "שבעים": 70.0,
    "שמונים": 80.0, "תשעים": 90.0, "מאתיים": 200.0,
}  # fmt: skip
