"""Numbers as other languages write them, for the caps `terms.foreign` reads: "1亿", "10万",
"五千万", "100.000" (German thousands), "100 000" (French), "1,5 Mio.", "2 millones", "1억";
and what a passage making commercial use depend on the licensor asks for.
The module is longer than 400 lines because the number words, units and left-out words of every
language sit beside the two readers (`user_cap`, `revenue_cap`) that use them all.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cap_words_s38eu4 import million_shortened
from auditor.licenses.terms.foreign_counted_alone import left_out_after
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_currencies import (
    CROWN,
    CURRENCIES_MORE,
    PAST_THE_CAP_MORE,
    local_crown,
)
from auditor.licenses.terms.foreign_currencies_romance import CURRENCIES_ROMANCE, local_currency
from auditor.licenses.terms.foreign_number_words import COUNT_WORDS_MORE
from auditor.licenses.terms.foreign_numbers_cjk import UNITS_CJK, cjk_more, goes_on, yen_or_yuan
from auditor.licenses.terms.foreign_numbers_more import EURO_MORE, UNITS_MORE, basque_counts
from auditor.licenses.terms.foreign_numbers_ro_hu_fi import COUNT_WORDS_RO_HU_FI, UNITS_RO_HU_FI
from auditor.licenses.terms.foreign_numbers_six import COUNT_WORDS_SIX, UNITS_SIX
from auditor.licenses.terms.foreign_numbers_south_asia import (
    COUNT_WORDS_SOUTH_ASIA,
    INDIAN_GROUPING,
    UNITS_SOUTH_ASIA,
    indian_digits,
    thai_counts,
)
from auditor.licenses.terms.foreign_numbers_west import (
    COUNT_WORDS_WEST,
    CURRENCIES_WEST,
    UNITS_WEST,
)

# Turkish glues its case endings to a scale word ("10 milyonu aşarsa", "5 milyarın üzerinde",
# "100 binden fazla", "1 milyonluk"): the inflected forms, each the scale of its stem (not the
# locative: "milyonda bir" is one in a million, "binde 5" five per thousand)
_UNITS_TR: dict[str, float] = {
    stem + ending: scale
    for stem, scale, endings in (
        ("milyon", 1e6, ("u", "un", "a", "dan", "luk")),
        ("milyar", 1e9, ("ı", "ın", "a", "dan", "lık")),
        ("bin", 1e3, ("i", "in", "e", "den", "lik")),
    )
    for ending in endings
}
_UNITS: dict[str, float] = {
    "千万": 1e7, "千萬": 1e7, "百万": 1e6, "百萬": 1e6, "十万": 1e5, "十萬": 1e5, "万": 1e4,
    "萬": 1e4, "亿": 1e8, "億": 1e8, "千": 1e3, "천만": 1e7, "백만": 1e6, "만": 1e4, "억": 1e8,
    "천": 1e3, "tausend": 1e3, "mil": 1e3, "тыс": 1e3, "mio": 1e6, "million": 1e6,
    "millionen": 1e6, "millions": 1e6, "millón": 1e6, "millones": 1e6, "milhão": 1e6,
    "milhões": 1e6, "milione": 1e6, "milioni": 1e6, "млн": 1e6, "миллион": 1e6,
    "миллиона": 1e6, "миллионов": 1e6, "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "milliard": 1e9, "milliards": 1e9, "mil millones": 1e9, "bilhão": 1e9, "bilhões": 1e9,
    "miliardo": 1e9, "miliardi": 1e9, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9,
    "миллиардов": 1e9, "billion": 1e9, "milyon": 1e6, "milyar": 1e9, "bin": 1e3,
    "mln": 1e6, "mld": 1e9, "tys": 1e3, "tysięcy": 1e3, "milion": 1e6, "miliony": 1e6,
    "milionów": 1e6, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9, "triệu": 1e6,
    "tỷ": 1e9, "nghìn": 1e3, "ngàn": 1e3, "miljoen": 1e6, "miljard": 1e9, "duizend": 1e3,
    "juta": 1e6, "miliar": 1e9, "ribu": 1e3, "mi": 1e6, "mn": 1e6, "bn": 1e9, "bi": 1e9,
    "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9, "ألف": 1e3, "آلاف": 1e3,
    **UNITS_SIX, **UNITS_RO_HU_FI, **UNITS_MORE, **_UNITS_TR, **UNITS_SOUTH_ASIA, **UNITS_WEST,
    **UNITS_CJK,  # "3천억", "1千億": a scale word multiplied (`foreign_numbers_cjk`)
}  # fmt: skip
_UNIT_WORDS = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_NUMBER = lazy_pattern(
    rf"(?P<num>{INDIAN_GROUPING}"  # lakhs and crores apart: "2,50,00,00,000"
    # the Arabic thousands separator and decimal point ("٣٧٥٬٠٠٠٬٠٠٠", "٢٫٥") as well
    r"|\d{1,3}(?:[,.'\u00a0\u202f \u066c]\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?)\s*"
    # "M.N." after a peso amount is Mexico's "moneda nacional", no million
    rf"(?P<unit>(?!M\.\s?N\.)(?:{_UNIT_WORDS})(?![a-zà-ÿа-я]))?\.?",
    re.IGNORECASE,
)
# a count written as a word before a scale word: "eine Million", "un millón", "um milhão",
# "jeden milion", "bir milyon", "một triệu", "satu juta", "één miljoen", "dos mil" (the scale
# words of two letters, "mi", "bn", are abbreviations only digits stand before)
_COUNT_WORDS: dict[str, float] = {
    **dict.fromkeys(("a", "one", "ein", "eine", "einer", "einem", "einen", "un", "une", "uno",
                     "una", "um", "uma", "jeden", "jedna", "jednego", "bir", "một", "satu", "een",
                     "één", "один", "одна", "одного"), 1.0),
    **dict.fromkeys(("two", "zwei", "deux", "dos", "dois", "duas", "due", "dwa", "dwie", "dwóch",
                     "iki", "hai", "dua", "twee", "два", "две"), 2.0),
    **dict.fromkeys(("three", "drei", "trois", "tres", "três", "tre", "trzy", "üç", "ba", "tiga",
                     "drie", "три"), 3.0),
    **dict.fromkeys(("four", "vier", "quatre", "cuatro", "quatro", "quattro", "cztery", "dört",
                     "bốn", "empat", "четыре"), 4.0),
    **dict.fromkeys(("five", "fünf", "cinq", "cinco", "cinque", "pięć", "beş", "năm", "lima",
                     "vijf", "пять"), 5.0),
    **dict.fromkeys(("ten", "zehn", "dix", "diez", "dez", "dieci", "dziesięć", "mười",
                     "sepuluh", "tien", "десять"), 10.0),
    **dict.fromkeys(("hundred", "hundert", "cent", "cien", "cem", "cento", "sto", "yüz",
                     "seratus", "honderd", "сто"), 100.0),
    **COUNT_WORDS_SIX, **COUNT_WORDS_RO_HU_FI, **COUNT_WORDS_MORE, **COUNT_WORDS_SOUTH_ASIA,
    **COUNT_WORDS_WEST,
}  # fmt: skip
_WORD_UNITS = "|".join(sorted((re.escape(u) for u in _UNITS if len(u) > 2), key=len, reverse=True))
_WORD_NUMBER = lazy_pattern(
    rf"(?<![\w-])(?P<word>{'|'.join(sorted(map(re.escape, _COUNT_WORDS), key=len, reverse=True))})"
    # Hungarian glues its scale to the count ("kétmilliárd", "ötmillió", "háromezer")
    rf"(?:\s+|(?=(?:millió|milliárd|ezer)))(?P<unit>{_WORD_UNITS})(?![a-zà-ÿа-я])",
    re.IGNORECASE,
)
# an amount of money may carry a one-letter scale glued to it: "USD 2M", "$1.5B", "€500K"
# a Hebrew scale word standing alone is one of it ("יותר ממיליון משתמשים": over a million), its
# prepositions and article glued to it; not its plural construct ("מיליוני": millions of)
_BARE_SCALE = lazy_pattern(r"(?<![\w-])[מלבהו]?(?P<unit>מיליון|מיליארד)(?![\w-])")
# the words after which a Hebrew scale standing alone is one of it ("עולה על מיליון", "יותר
# ממיליון", "עד מיליון"); after any other Hebrew word (a count no list here holds) it is not
_ONE_AFTER = frozenset(
    ("על", "מעל", "עד", "יותר", "פחות", "לפחות", "כ", "כמעט", "מעבר", "של", "או", "בסך", "סך",
     "כדי", "לכדי", "מ", "עולה", "עולות", "עולים", "חורג", "חורגת", "חורגים", "חורגות")
)  # fmt: skip
_HEBREW_WORD_BEFORE = lazy_pattern(r"([\u05d0-\u05ea\u05f3\u05f4\"']+)[\s\u00a0־-]*$")


def _counted_before(text: str, start: int) -> bool:
    """Whether the Hebrew word just before a scale is one no reader knows (a count: its
    figure is then unread, never one)."""
    before = _HEBREW_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in _ONE_AFTER


_MONEY_SCALE = lazy_pattern(r"(?!M\.\s?N\.)([kKMB])(?![\w-])")  # not "M.N." (Mexican pesos)
_SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_NUMBER = lazy_pattern(r"[零一二两兩三四五六七八九十百千]+[万萬亿億]?")
_THOUSANDS = lazy_pattern(r"\d{1,3}(?:([,.'\u00a0\u202f \u066c])\d{3})(?:\1\d{3})*")

_CURRENCIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    *CURRENCIES_MORE,  # the Nordic crowns, CZK, RON, HUF (`foreign_currencies`)
    *CURRENCIES_ROMANCE,  # CHF and MXN (`foreign_currencies_romance`)
    # the Brazilian real: "R$ 300 milhões", "BRL 50 milhões", "300 milhões de reais" (before the
    # dollar: its sign is the real's "$")
    ("BRL", lazy_pattern(r"R\$|\bBRL\b|\b(?i:reais)\b")),
    (
        "USD",
        lazy_pattern(
            r"US\$|(?<![A-Za-z])\$|\bUSD\b|美元|美金|ドル|달러|\bdollars?\b|\bd[oó]lar\w*|доллар|\bABD\b"
            r"|đô\s*la|\bдолар\w*|\bδολάρι\w*|דולר|डॉलर|ดอลลาร์",
            re.I,
        ),
    ),
    (
        "EUR",
        lazy_pattern(
            r"€|\bEUR\b|\beuros?\b|欧元|歐元|ユーロ|유로|евро|\bευρώ\b|יורו|אירו|यूरो|ยูโร|"
            + EURO_MORE,
            re.I,
        ),
    ),
    ("JPY", lazy_pattern(r"円|日元|\bJPY\b|¥|￥")),
    ("KRW", lazy_pattern(r"₩|\bKRW\b|원")),
    ("GBP", lazy_pattern(r"£|\bGBP\b|英镑|英鎊")),
    ("RUB", lazy_pattern(r"₽|\bRUB\b|руб")),
    ("CNY", lazy_pattern(r"人民币|人民幣|\bRMB\b|\bCNY\b|元")),
    # the rupiah: "Rp 15 miliar", "Rp15.000.000.000", "15 miliar rupiah"
    ("IDR", lazy_pattern(r"\bRp\b|\bIDR\b|\brupiah\b", re.I)),
    # the Indian rupee: "₹100 करोड़", "INR 10 crore", "100 करोड़ रुपये" ("Rs" and "rupees" name
    # other rupees too, and are not read as Indian)
    ("INR", lazy_pattern(r"₹|\bINR\b|रुपय|रुपए")),
    # the hryvnia: "400 мільйонів гривень", "10 млн грн", "₴5 млн", "UAH 2 million" (the
    # Russian forms "гривен", "гривны" too)
    ("UAH", lazy_pattern(r"₴|\bUAH\b|\bгрн\b|\bгрив[нең]\w*", re.I)),
    # the new shekel ("50 מיליון ש״ח", "₪ 20 מיליון", "NIS 10 million") and the baht ("300 ล้าน
    # บาท", "฿ 100 million")
    ("ILS", lazy_pattern(r"₪|\bILS\b|\bNIS\b|ש[\"״]ח|שקל")),
    ("THB", lazy_pattern(r"฿|\bTHB\b|บาท")),
    # the dong: "500 tỷ đồng", "VNĐ 10 tỷ", "₫" ("đồng ý", agree, is no currency)
    ("VND", lazy_pattern(r"₫|\bVN[DĐ]\b|\b(?i:đồng)\b(?!\s+(?i:ý|thời|nghĩa|bộ))")),
    *CURRENCIES_WEST,  # TRY and BDT (`foreign_numbers_west`)
)


def numbers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each number in `text`, with its unit word applied."""
    found: list[tuple[int, int, float]] = []
    for match in _NUMBER.finditer(text):
        value = _plain(match.group("num"))
        unit = (match.group("unit") or "").lower()
        if unit:
            value *= _UNITS.get(unit, _UNITS.get(" ".join(unit.split()), 1.0))
        if million_shortened(text, unit, match.group(), match.end()):  # "20 mil. Kč"
            value *= 1000
        last = found[-1] if found else None
        if unit and last is not None and goes_on(text, last, match.start(), value):
            # "1億5,000万円", "1억 5천만 원": a smaller CJK scale after a larger one adds to it
            found[-1] = (last[0], match.end(), last[2] + value)
            continue
        found.append((match.start(), match.end(), value))
    for match in _WORD_NUMBER.finditer(text):
        unit = " ".join(match.group("unit").lower().split())
        value = _COUNT_WORDS[match.group("word").lower()] * _UNITS.get(unit, 1.0)
        found.append((match.start(), match.end(), value))
    for match in _BARE_SCALE.finditer(text):  # "עולה על מיליון": one million
        if _counted_before(text, match.start()):
            continue  # "שלושת רבעי מיליון": a count no list here reads; the figure is unread
        if not any(start <= match.start() < end for start, end, _ in found):
            found.append((match.start(), match.end(), _UNITS[match.group("unit")]))
    for match in _CN_NUMBER.finditer(text):
        numeral = _chinese(match.group())
        if numeral is not None:
            found.append((match.start(), match.end(), numeral))
    found.extend(cjk_more(text, found))  # "천만 명", "1조 원", "2兆円"
    found.extend(thai_counts(text, found))  # "สิบล้าน": a Thai count in words
    found.extend(basque_counts(text, found))  # "milioi bat", "bi milioi": a Basque count
    return sorted(found)


def _plain(digits: str) -> float:
    """A number as written: thousands grouped by `,`, `.`, `'` or a space, decimal by `.` or `,`."""
    indian = indian_digits(digits)  # "2,50,00,00,000": lakhs and crores
    if indian is not None:
        return indian
    grouped = _THOUSANDS.match(digits)
    if grouped is not None and grouped.group(1) is not None:
        separator = grouped.group(1)
        whole = digits[: grouped.end()].replace(separator, "")
        rest = digits[grouped.end() :]
        return float(whole + ("." + rest[1:] if rest else ""))
    return float(digits.replace(",", ".").replace("\u066b", "."))


def _chinese(numeral: str) -> float | None:
    """一亿 -> 1e8, 五千万 -> 5e7, 十万 -> 1e5, 一百万 -> 1e6; None for a lone digit word."""
    scale = 1.0
    if numeral[-1] in "万萬":
        scale, numeral = 1e4, numeral[:-1]
    elif numeral[-1] in "亿億":
        scale, numeral = 1e8, numeral[:-1]
    if not numeral:
        return None
    total, digit = 0, None
    for char in numeral:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_SMALL:
            total += (1 if digit is None else digit) * _CN_SMALL[char]
            digit = None
    total += digit or 0
    if scale == 1.0 and total < 1000:
        return None
    return total * scale


def user_cap(text: str, phrase: re.Pattern[str]) -> int | None:
    """The cap on monthly active users a sentence states: the first number of at least 1,000
    after the phrase naming them, else the last one before it."""
    named = phrase.search(text)
    if named is None:
        return None
    values = [(start, value) for start, _, value in numbers(text) if value >= 1000]
    after = [value for start, value in values if start >= named.end()]
    before = [value for start, value in values if start < named.start()]
    chosen = after[0] if after else (before[-1] if before else None)
    return None if chosen is None else int(chosen)


def cap_counts(text: str, cues: Cues) -> dict[str, str]:
    """Whom a cap counts, when its sentence names the licensee's affiliates ("oraz jego
    podmiotów powiązanych", "계열사를 포함하여", "sumados a los de sus entidades vinculadas"):
    the licensee and its affiliates together; not when they are named only to be left out
    ("sin contar sus filiales", "ohne verbundene Unternehmen", "子会社を除く")."""
    named = None if cues.affiliates is None else cues.affiliates.search(text)
    if named is None:
        return {}
    before = text[max(named.start() - 40, 0) : named.start()]
    after = text[named.end() : named.end() + 40]
    if _LEFT_OUT.search(before) or _LEFT_OUT_AFTER.match(after) or left_out_after(after):
        return {}
    return {"counts": "licensee-and-affiliates"}


# the affiliates named to be left out of the count: a word before them ...
_LEFT_OUT = lazy_pattern(
    r"\b(?:ohne|ausgenommen|ausschließlich|exklusive|sans|hors|à\s+l'exclusion\s+d\w*|sin\s+(?:contar"
    r"|incluir|computar)|excluid\w*|excepto|sem\s+(?:contar|incluir)|exclu[íi]d\w*|exceto"
    r"|senza\s+(?:contare|includere|computare)|esclus\w*|eccetto|без\s+учёта|без\s+учета|исключая"
    r"|за\s+исключением|не\s+включая"
    # id, ms, vi: "tanpa afiliasinya", "tidak termasuk syarikat bersekutu", "không bao gồm"
    r"|tanpa|tidak\s+termasuk|kecuali|selain|không\s+(?:bao\s+gồm|tính)|ngoại\s+trừ"
    r")\b[^.;]{0,30}$|(?:不包括|不含|(?<![删解免消])除了?)[^。；]{0,20}$"
    # zh: not added to them ("不与您的关联方的产品合并计算")
    r"|(?:不与|不和|不同|无需与|不需与|不必与)[^。；;]{0,20}$"
    # zh: not merged with them ("不合并计算其关联方")
    r"|(?:不合并|不合併|不予合并|不予合併)(?:计算|計算)?[^。；;]{0,6}$",
    re.IGNORECASE,
)
# ... or after them (ja: 子会社を除く, 関連会社は含まない)
_LEFT_OUT_AFTER = lazy_pattern(
    r"\s*(?:[をはも]|等を|などを)?(?:除|含ま|含め(?:ず|ない))"
    # zh: "关联方的用户不计入"
    r"|[^。；;]{0,10}?(?:不计入|不纳入|不予计算|不计算在内|不包括在内|除外)"
    # ko, ja: not added, summed or counted in ("계열회사의 매출액은 더하지 않는다", "합산하지
    # 아니한다", "関連会社の売上高は合算しない")
    r"|[^.。;]{0,16}?(?:(?:더하|합산하|합하|포함하|산입하|계산하)지\s*(?:않|아니)|포함되지\s*않|제외"
    r"|(?:合算|算入|加算)し(?:ない|ません)|含みません|除きます)"
    # tr: "iştiraklerin satışları eklenmez", "bağlı şirketler hesaba katılmaz"
    r"|[^.;]{0,24}?\b(?:eklenmez|eklenmemektedir|dahil\s+edilmez|katılmaz|sayılmaz|hariçtir)"
    # European languages: "... gelieerde ondernemingen tellen niet mee", "werden nicht
    # mitgezählt", "ne sont pas pris en compte", "no se computan", "não são contados", "non
    # sono conteggiati", "nie są wliczane", "se nezapočítávají", "не учитываются", "räknas
    # inte (med)", "tælles ikke med", "ei lasketa mukaan", "nem számítanak bele"
    r"|[^.;]{0,40}?\b(?:tellen\s+niet\s+mee|worden\s+niet\s+(?:mee)?geteld|zählen\s+nicht"
    r"|werden\s+nicht\s+(?:mit)?(?:gezählt|eingerechnet|berücksichtigt|hinzugerechnet)"
    r"|ne\s+sont\s+pas\s+(?:compté|pris\s+en\s+compte|additionné|inclus)"
    r"|no\s+(?:se\s+)?(?:cuentan|computan|suman|incluyen)|não\s+(?:são\s+)?(?:contad|somad"
    r"|computad|incluíd|se\s+somam|contam)|non\s+(?:sono\s+|vengono\s+)?(?:conteggiat|computat"
    r"|sommat|inclus|contano)|nie\s+(?:są\s+)?(?:wlicza|sumuj|uwzględnia)|se\s+ne(?:započítáv"
    r"|sčítaj|počítaj)|не\s+(?:учитыва|включа|суммиру|враховую)|räknas\s+inte|tælles\s+ikke"
    r"|telles\s+ikke|medräknas\s+inte|ei\s+(?:lasketa|huomioida)|nem\s+számít)"
    # id, ms, vi: "afiliasinya tidak dijumlahkan", "tidak dikira", "không được cộng"
    r"|[^.;]{0,24}?\b(?:tidak|tak)\s+(?:di(?:jumlahkan|hitung|kira|campurkan|masukkan)|termasuk)"
    r"|[^.;]{0,24}?không\s+(?:được\s+)?(?:cộng|tính|gộp)"
)


def revenue_cap(
    text: str, phrase: re.Pattern[str], annual: re.Pattern[str] | None
) -> dict[str, object] | None:
    """A revenue cap a sentence states: {amount, currency, period, measure}, the amount an
    amount of money (a currency beside the number) of at least 1,000."""
    if phrase.search(text) is None:
        return None
    for start, end, value in numbers(text):
        scale = _MONEY_SCALE.match(text, end)
        if scale is not None:  # "USD 2M": the scale glued to the amount
            value, end = value * _SCALES[scale.group(1)], scale.end()
        if value < 1000:
            continue
        # the currency beside the number: "$5", "5 Mio. USD", "5 Millionen US-Dollar", past
        # the amount spelt out in brackets ("10 000 000 (десет милиона) лева")
        spelt = _SPELT_OUT.match(text, end)
        end = spelt.end() if spelt is not None else end
        near = text[max(start - 4, 0) : start] + " " + text[end : end + 11]
        currency = next((code for code, pattern in _CURRENCIES if pattern.search(near)), None)
        currency = local_crown(text) if currency == CROWN else currency  # "kr": whose crown
        currency = local_currency(text, near, currency)  # whose franc or peso
        currency = yen_or_yuan(text, near, currency)  # ¥: the yen's sign, or the yuan's
        if currency is None:
            continue
        period = "year" if annual is not None and annual.search(text) else None
        return {"amount": int(value), "currency": currency, "period": period, "measure": "revenue"}
    return None


_SPELT_OUT = lazy_pattern(r"\s*\([^()\d]{2,60}\)")
_FURTHER_LICENSE = lazy_pattern(  # a licence, not its licensor or licensee (Lizenzgeber, ...)
    # hr, sr, sl: the licensor or licensee named before the word ("davatelj licencije")
    r"(?<!davatelj\s)(?<!davatelja\s)(?<!davatelju\s)(?<!primatelj\s)(?<!primatelja\s)"
    r"(?<!davalac\s)(?<!davaoca\s)(?<!sticalac\s)(?<!dajalec\s)(?<!dajalca\s)"
    r"licen[cs](?!jodawc|jobior|iante|iador|iatari|or\b|ee\b|odajal|ojemal|odavac|oprimac)"
    r"|lizenz(?!geber|nehmer)|licen[țţ]ă\s+\w+"
    r"|licencia(?!nte|dor)|licença|licenza|лиценз(?!иар|иат)|contrat|contract|vertrag|acuerdo\s+comercial"
    r"|accordo\s+commerciale|acordo\s+comercial|договор"
    # id, tr, hi: a licence or a separate agreement, not the licensor or licensee named by it
    # ("Pemberi Lisensi", "Lisans Veren", "लाइसेंसदाता")
    r"|(?<!Pemberi\s)(?<!Penerima\s)(?<!Pemegang\s)\blisensi\b|\bperjanjian\s+(?:komersial"
    r"|lisensi|terpisah|tersendiri|tertulis|khusus)|(?<!\bbu\s)\blisans(?!\s+(?:veren|alan))"
    r"|\b(?:ayrı|ticari|ek|özel)\s+(?:bir\s+)?sözleşme|लाइसेंस(?!दाता|धारी|धारक|कर्ता|ी)"
    r"|(?:अलग|पृथक)\s+(?:अनुबंध|समझौत)"
    # vi, th, ms: a commercial, separate or paid licence or contract ("giấy phép thương mại",
    # "สัญญาอนุญาตเชิงพาณิชย์", "lesen komersial berasingan"), not the licensor or licensee
    r"|giấy\s+phép\s+(?:thương\s+mại|riêng|khác|có\s+trả\s+phí)|\bhợp\s+đồng\s+(?:cấp\s+phép"
    r"|thương\s+mại|riêng)|\bthỏa\s+thuận\s+(?:cấp\s+phép|thương\s+mại|riêng)"
    r"|สัญญาอนุญาต|ใบอนุญาต(?!ให้)|สัญญา(?:แยก|เชิงพาณิชย์)"
    r"|\blesen\s+(?:komersial|berasingan|khas|perniagaan)|\bperjanjian\s+(?:lesen|berasingan)"
    # ja, ko: a licence agreement, a separate contract (別途…契約, 별도의 유료 라이선스 계약)
    r"|ライセンス契約|別途[^。]{0,12}?契約|(?:라이선스|라이센스)\s*계약|별도(?:의)?\s*[^.]{0,10}?계약"
    # da, no, sv, fi, hu, nl: a separate agreement ("særskilt aftale", "erillinen sopimus")
    r"|\b(?:særskilt|separat|egen|eget|erillinen|erillisen|külön|aparte)\w*\s+(?:\w+\s+)?(?:aftale"
    r"|avtal\w*|sopimu\w*|szerződés\w*|overeenkomst)|lisenssi\w*|\blisens(?!giver|taker|i\b)\w*"
    # eu: a commercial, separate or further licence or contract ("lizentzia komertzial bereizia")
    r"|\blizentzia\s+(?:komertzial|berezi|bereizi|gehigarri)\w*|\bmerkataritza[- ]lizentzia\w*"
    r"|\b(?:kontratu|hitzarmen)\s+(?:komertzial|berezi|bereizi)\w*",
    re.IGNORECASE,
)


# A sentence that continues a cap stated before it: past it ("über diese Grenze hinaus", "au-delà
# de ce seuil", "por encima de ese límite"), or in that case ("dann", "in diesem Fall", "dans ce
# cas", "en tal caso", "in tal caso", "nesse caso") the further use needs a license. "Nur dann,
# wenn" and "dès lors que" (only if, provided that) state a condition, not its consequence.
_PAST_THE_CAP = lazy_pattern(
    "|".join(
        (
            r"\b(?<!nur\s)dann\b(?![^.;]{0,60}?\b(?:wenn|falls|sofern)\b)|\bdaraufhin\b",
            r"\bin\s+(?:diesem|einem\s+solchen)\s+Fall\b|\bab\s+diesem\s+Zeitpunkt\b",
            r"\b(?:über|oberhalb)\s+(?:dies\w+|der|des|den)\s+(?:Grenze|Schwelle|Betrag|Wert)",
            r"\bdans\s+(?:ce|un\s+tel)\s+cas\b|\bau[- ]delà\s+de\s+(?:ce|cette|ces)\b",
            # past it, the cap left unnamed ("Au-delà, ...", "Más allá de él", "Oltre,") or
            # named by its noun ("au-delà du seuil", "por encima del umbral", "oltre la soglia")
            r"\bau[- ]delà\s*[,:]|\b(?:más\s+allá|por\s+encima)\s+de\s+(?:él|ella|ellos)\b",
            r"\bau[- ]delà\s+(?:du|de\s+la|des)\s+(?:seuil|plafond|limite|nombre|montant)\w*",
            r"\b(?:más\s+allá|por\s+encima)\s+del?\s+(?:umbral|límite|tope|máximo)\b",
            r"\boltre\s+(?:la|il|tale)\s+(?:soglia|limite|tetto)\b|\bacima\s+d[oa]\s+(?:limite"
            r"|limiar|teto)\b",
            r"\bdès\s+lors\b(?!\s+que|\s+qu')",
            # es, pt, fr, it, ro: the cap passed, by a verb of exceeding ("Superado el umbral",
            # "ultrapassado o limite", "franchit le plafond", "depășit pragul")
            r"\b(?:super|supér|rebas|exced|sobrepas|ultrapass|dépass|franchi|oltrepass|depă[șş])\w*"
            r"\s+(?:(?:el|la|le|il|o|a|l['’]|los|les|i|au|al|ao|à\s+la|alla|do|da|del|du)\s*)?"
            r"(?:umbral|límite|tope|seuil|plafond|soglia"
            r"|limite|limiar|teto|prag|plafon)\w*",
            r"\ben\s+(?:tal|ese|este|dicho)\s+caso\b|\b(?:peste|deasupra)\s+(?:prag|plafon)\w*",
            r"\b(?:por\s+encima|más\s+allá)\s+de\s+(?:ese|este|dicho|esa|esta|dicha)\b",
            r"\bin\s+(?:tal|questo)\s+caso\b|\boltre\s+(?:tale|tali|questa|questo|detta|detto)\b",
            r"\bness[ea]\s+caso\b|\bacima\s+d(?:esse|este|essa|esta)\b",
            # id: in that case, such a licensee, above that limit
            r"\bdalam\s+hal\s+(?:demikian|tersebut|itu)\b|\b(?:Penerima\s+Lisensi|pihak|perusahaan"
            r"|pengguna|badan\s+usaha|entitas)\s+(?:tersebut|demikian)\b|\b(?:di\s+atas|melampaui"
            r"|melebihi)\s+(?:batas|ambang|jumlah|nilai)\w*\s+(?:tersebut|itu|ini)\b",
            # tr: in this case, above this limit
            r"\b(?:bu|böyle\s+bir|söz\s+konusu)\s+durumda\b|\bbu\s+(?:sınır|eşik|limit)\w*"
            r"\s+(?:aşıl|üzerinde|geçil)",
            # hi: in such a case, above this limit
            r"(?:ऐसी|इस|उस)\s+(?:स्थिति|दशा)\s+में|(?:इस|उस)\s+सीमा\s+से\s+(?:अधिक|ऊपर)",
            # ja, ko: such a corporation or licensee (the cap's subject named back), past that
            # amount: 当該法人, そのような事業者, この基準を超える; 이러한 법인, 이 기준을 넘는
            r"(?:当該|そのような|このような|これらの|かかる)"
            r"(?:法人|事業者|企業|会社|利用者|ライセンシー)"
            r"|(?:この|当該|上記の)(?:基準|上限|金額|閾値)を超え",
            r"(?:이러한|그러한|이와\s*같은|위와\s*같은|해당)\s*(?:법인|사업자|기업|회사|이용자|피허락자)"
            r"|(?:이|그|위)\s*(?:기준|한도|금액)\s*(?:을|를)\s*(?:넘|초과)",
            PAST_THE_CAP_MORE,  # sv, da, no, cs, ro, hu, fi (`foreign_currencies`)
        )
    ),
    re.IGNORECASE,
)
_ABOVE = "separate-license-above-threshold"


def needed_condition(text: str) -> str:
    """What a passage making commercial use depend on the licensor asks for (a word of
    COMMERCIAL_USE_CONDITIONS): past a cap stated before, a further license there; a further
    license or contract when it names one; else the licensor's permission."""
    if _FURTHER_LICENSE.search(text):
        return _ABOVE if _PAST_THE_CAP.search(text) else "separate-license"
    return "written-permission"


def states_cap(text: str, cues: Cues) -> bool:
    """Whether a passage states a cap on users or revenue ("매출액이 1,000억 원을 넘는 법인은
    … 영리 이용을 할 수 없습니다"): a ban there reaches only those past it (`terms.foreign`)."""
    if cues.mau is not None and cues.mau.search(text) and user_cap(text, cues.mau) is not None:
        return True
    revenue = cues.revenue
    return bool(revenue and revenue.search(text) and revenue_cap(text, revenue, cues.annual))
