"""Caps on the licensee's size: users or devices, and revenue or funding, in any unit.

A cap is a number with its unit in a sentence that says what happens beyond it (a separate
license is needed, the grant ends, use is limited to it). The patterns are data
(license_db/clause_rules/caps.yaml): the units a count may be given in, the currencies,
measures and periods of money, and the phrases of consequence; the readings built from them
("<count> <unit>", "<currency> <amount>") are compiled at their first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern, clause_rule
from auditor.licenses.terms.detect import Found, Rule, data_keywords, data_rule, matching, rule
from auditor.licenses.terms.number_words import COMPOUND_NUMBER, WORD_NUMBER, WORDS, word_value
from auditor.licenses.terms.sentences import Document, Sentence

_I = re.IGNORECASE

NUMBER = (
    rf"(?P<num>\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
    # thousands grouped by spaces ("R500 000 000", "1 500 000"), a whole number standing alone
    rf"|(?<![\d,.])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:,\d{{1,2}}(?!\d))?"
    rf"(?![\d,.]\d|[ \u00a0\u202f]\d)"
    rf"|\d+(?:\.\d+)?"
    rf"|{COMPOUND_NUMBER}|{WORD_NUMBER})"
    r"(?:\s*\(\s*[\d,.]+\s*\))?\s*"
    r"(?P<mult>(?:billion|million|thousand|crores?|lakhs?|lacs?|bn|mm|m|k)\b)?"
)
"""A count or amount: digits with separators (commas, Indian lakh commas, spaces), or a number in
words, then a multiplier."""
_MULTIPLIERS = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mm": 10**6, "m": 10**6}
_MULTIPLIERS |= {"thousand": 10**3, "k": 10**3}
# Indian English ("Rs. 500 crore", "75 lakh users"; digits grouped "5,00,00,000")
_MULTIPLIERS |= {"crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5}
_MULTIPLIERS |= {"lac": 10**5, "lacs": 10**5}

CONSEQUENCE = data_rule("caps/consequence")
"""What happens beyond a cap: a separate license is needed, or the grant stops."""
_LIMIT = "caps/limit"
"""A bound stated as the ceiling of the grant ("up to 10,000 devices")."""
_LIMIT_AFTER = "caps/limit-after"
"""The ceiling stated after its number ("10,000 devices or fewer", "US$10 million or less")."""
_GRANT_WORDS = ("may", "licen", "permit", "grant", "right", "authori", "only", "use", "free")


@cache
def rule_words(*rule_ids: str) -> tuple[str, ...]:
    """The derived keywords of the rules: one is in every sentence any of them matches; ()
    when one of them requires no literal (then every sentence is tried)."""
    words: list[str] = []
    for rule_id in rule_ids:
        found = data_keywords(rule_id)
        if not found:
            return ()
        words += found
    return tuple(dict.fromkeys(words))


# --- users and devices -----------------------------------------------------------------------

_UNIT_NAMES = ("mau", "dau", "wau", "monthly-visits", "devices", "employees", "users", "requests")
"""The units a user cap is counted in (rules caps/unit-<name>), in the order they are tried."""
USER_UNIT_RULES = tuple(f"caps/unit-{name}" for name in _UNIT_NAMES)
_READ_AFTER = frozenset({"mau", "dau", "wau", "monthly-visits"})


@dataclass(frozen=True, slots=True)
class _Unit:
    name: str
    before: re.Pattern[str]  # "<count> <unit>"
    after: re.Pattern[str] | None  # "<unit> ... exceeds <count>"
    keywords: tuple[str, ...]


@cache
def _units() -> tuple[_Unit, ...]:
    """Each unit's readings, built from its rule at the first use."""
    # the unit first, then the count past which the cap bites ("monthly active users greater
    # than N") or the ceiling of the grant ("Monthly active users: up to N", a key and value)
    comparator = f"(?:{clause_rule('caps/comparator').source}|{clause_rule(_LIMIT).source})"
    units = []
    for name, rule_id in zip(_UNIT_NAMES, USER_UNIT_RULES, strict=True):
        words = clause_rule(rule_id).source
        before = lazy_pattern(NUMBER + r"\s*(?:\([^)]{0,30}\)\s*)?(?:" + words + ")", _I)
        # "users over 18" is an age: only the specific units are read after the count
        after = (
            lazy_pattern(r"(?:" + words + r")[^.;]{0,100}?" + comparator + NUMBER, _I)
            if name in _READ_AFTER
            else None
        )
        units.append(_Unit(name, before, after, data_keywords(rule_id)))
    return tuple(units)


DIGIT_OR_WORD = lazy_pattern(rf"\d|\b(?:{WORDS})\b", _I)


def amount(number: str, multiplier: str | None) -> int | None:
    """The integer a count or amount stands for ("1.5", "million" -> 1500000)."""
    text = " ".join(number.lower().split())
    value: float
    if (in_words := word_value(text)) is not None:
        value = in_words
    else:
        try:
            if " " in text:  # "2 000 000,00": spaces group thousands, a comma marks decimals
                text = text.replace(" ", "").replace(",", ".")
            value = float(text.replace(",", ""))
        except ValueError:
            return None
    return round(value * _MULTIPLIERS.get((multiplier or "").lower(), 1))


_IN_DIGITS = lazy_pattern(r"\(\s*(\d{1,3}(?:,\d{3})+|\d{4,})\s*\)")


def _spelled_out(match: re.Match[str]) -> int | None:
    """The figure in brackets after a number in words ("seven hundred million (700,000,000)")."""
    digits = _IN_DIGITS.search(match.group())
    return int(digits.group(1).replace(",", "")) if digits else None


def _is_cap_sentence(sentence: Sentence) -> bool:
    if sentence.excluded or sentence.definition:
        return False
    if CONSEQUENCE.holds(sentence):
        return True
    if not any(map(sentence.lower.__contains__, _GRANT_WORDS)):
        return False
    return bool(clause_pattern(_LIMIT).search(sentence.text)) or _ceiling_after(sentence.lower)


def _ceiling_after(lower: str) -> bool:
    """Does a ceiling after a number stand somewhere in the sentence (`lower`)?"""
    return any(map(lower.__contains__, (" less", " fewer", " below", " under", " lower", "most")))


def _limited_after(text: str, end: int) -> bool:
    """Is the number or amount ending at `end` a ceiling stated after it ("or less")?"""
    return bool(clause_pattern(_LIMIT_AFTER).search(text[end : end + 60]))


def _bounded(sentence: Sentence, match: re.Match[str]) -> bool:
    """Does the count sit in the cap, not merely beside it? (a limit word or a consequence)"""
    if CONSEQUENCE.holds(sentence):
        return True
    start = match.start("num")  # a limit word before the count ("users: up to N") bounds it
    before = sentence.text[max(0, start - 40) : start + 1]
    return bool(clause_pattern(_LIMIT).search(before)) or _limited_after(sentence.text, match.end())


# --- whom a cap counts, and when ---------------------------------------------------------------

_SCOPE_KEYS = ("counts", "measured", "applies_to")
_MEASURED = ("release-date", "any-time")
"""When the cap's sentence says the count is taken (rules caps/measured-<word>)."""


def cap_scope(text: str) -> dict[str, str]:
    """`counts`, `measured` and `applies_to` of the cap stated in `text`, each only when the
    sentence says it (a cap counting the licensee alone, affiliates named only to be left out,
    is not told apart from one that does not say; `applies_to` is `commercial-use` when the
    sentence makes the cap a condition of commercial use, and absent for every use)."""
    scope: dict[str, str] = {}
    if clause_pattern("caps/affiliates").search(text) and not (
        clause_pattern("caps/affiliates-excluded").search(text)
    ):
        scope["counts"] = "licensee-and-affiliates"
    for word in _MEASURED:
        if clause_pattern(f"caps/measured-{word}").search(text):
            scope["measured"] = word
            break
    if _commercial_only(text):
        scope["applies_to"] = "commercial-use"
    return scope


_CLAUSE_BREAK = lazy_pattern(r"[.;]\s+")


def _commercial_only(text: str) -> bool:
    """Does the clause stating the cap (the part of `text` holding a number, up to a full stop
    or semicolon: two sentences run together are told apart) condition it on commercial use?"""
    for part in _CLAUSE_BREAK.split(text):
        if not DIGIT_OR_WORD.search(part):
            continue
        if clause_pattern("caps/commercial-only").search(part) and not (
            clause_pattern("caps/every-use").search(part)
        ):
            return True
    return False


def scoped(caps: Iterator[tuple[dict[str, object], Sentence]], number: str) -> Found:
    """The first cap, with whom it counts and when taken from any sentence restating it (a
    preamble's "free for revenue under $1M", then the clause "if You or Your Affiliates earn
    more than $1M at any time": the same cap)."""
    first = next(caps, None)
    if first is None:
        return Found(None)
    cap, sentence = first
    quoted = [sentence]
    for other, where in caps:
        if "counts" in cap and "measured" in cap:
            break
        same = other[number] == cap[number] and all(
            other.get(key) == cap.get(key) for key in ("unit", "currency")
        )
        added = {k: v for k, v in other.items() if k in _SCOPE_KEYS and k not in cap}
        if same and added:
            cap = cap | added
            quoted.append(where)
    return Found(cap, tuple(quoted))


def detect_user_threshold(doc: Document) -> Found:
    """A cap on users, visits or devices: {count, unit}, from the first sentence stating one
    (with `counts` and `measured` when a sentence stating it says them)."""
    return scoped(user_caps(doc), "count")


def user_caps(doc: Document) -> Iterator[tuple[dict[str, object], Sentence]]:
    """Every cap on users or devices stated in a clause, with its sentence, in order."""
    for sentence in doc.sentences_with(rule_words(*USER_UNIT_RULES)):
        if sentence.excluded or sentence.definition or not DIGIT_OR_WORD.search(sentence.text):
            continue
        cap = user_cap(sentence)
        if cap is not None:
            yield cap | cap_scope(sentence.text), sentence


Bound = Callable[[str, int, int], bool]
"""Whether the count or amount at (start, end) of a text is the bound of a cap."""


def user_cap(sentence: Sentence, bound: Bound | None = None) -> dict[str, object] | None:
    """The cap on users or devices `sentence` states, {count, unit}, or None. Without `bound`
    the sentence must say what happens beyond it (a consequence) or bound the grant by it."""
    for unit in _units():
        if unit.keywords and not any(map(sentence.lower.__contains__, unit.keywords)):
            continue
        match = unit.before.search(sentence.text)
        if match is None and unit.after is not None:
            match = unit.after.search(sentence.text)
        if match is None:
            continue
        if bound is None:
            if not _is_cap_sentence(sentence) or not _bounded(sentence, match):
                continue
        elif not bound(sentence.text, match.start(), match.end()):
            continue
        count = _spelled_out(match) or amount(match.group("num"), match.group("mult"))
        if count and count >= 10:
            return {"count": count, "unit": unit.name}
    return None


# --- money -----------------------------------------------------------------------------------

_SPECIFIC_FIRST: tuple[str, ...] = ("CAD", "AUD", "SGD", "HKD", "BRL", "MXN", "CNY", "EUR", "GBP")
_SPECIFIC_FIRST += ("JPY",)
_SPECIFIC_FIRST += ("INR", "CHF", "KRW", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "TRY")
_SPECIFIC_FIRST += ("UAH", "ILS", "IDR", "THB", "VND", "BDT", "BGN", "SAR", "AED", "QAR")
_SPECIFIC_FIRST += ("ZAR", "USD")
"""The currencies (rules caps/currency-<code>), tried in this order: "CA$" and "R$" before
"$". Every currency license_db/exchange_rates.yaml has a band for is read in English text."""


@cache
def _money_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An amount after its currency ("US$ 2 million"), and before it ("2 million euros")."""
    currency = "|".join(
        f"(?P<{code}>{clause_rule('caps/currency-' + code).source})" for code in _SPECIFIC_FIRST
    )
    before = re.compile(r"(?<![A-Za-z])(?:" + currency + r")\s?" + NUMBER, _I)
    after = re.compile(
        NUMBER.replace("num", "num2").replace("mult", "mult2")
        + r"\s*(?:" + currency.replace("?P<", "?P<a_") + r")(?![A-Za-z])",
        _I,
    )  # fmt: skip
    return before, after


_MEASURE_NAMES = ("revenue", "funding")
"""What money a cap counts (rules caps/measure-<name>): revenue earned, or funding raised."""
MEASURE_RULES = tuple(f"caps/measure-{name}" for name in _MEASURE_NAMES)
_PERIOD_NAMES = ("month", "quarter", "year")
"""The period money is counted over (rules caps/period-<name>); the nearest to the amount wins."""
# the money reading's prefilter: the names and signs of the currencies (the rules' derived
# keywords cannot say "$" or "€", shorter than a useful keyword)
MONEY_KEYWORDS: tuple[str, ...] = ("$", "usd", "dollar", "€", "eur", "£", "gbp", "pound", "rmb")
MONEY_KEYWORDS += ("cny", "yuan", "renminbi", "jpy", "¥", "yen", "cad", "aud", "sgd", "hkd", "元")
MONEY_KEYWORDS += ("inr", "₹", "rs", "rupee", "chf", "franc", "krw", "₩", "korean won")
MONEY_KEYWORDS += ("brl", "reais", "brazilian real", "mxn", "mx$", "mex$", "peso", "sek", "nok")
MONEY_KEYWORDS += ("dkk", "kron", "pln", "zł", "zlot", "złot", "czk", "kč", "czech")
MONEY_KEYWORDS += ("huf", "forint", "ron", "lei", "leu", "try", "tl", "₺", "lira")
MONEY_KEYWORDS += ("uah", "₴", "hryvni", "ils", "nis", "₪", "shekel", "idr", "rp")
MONEY_KEYWORDS += ("rupiah", "thb", "฿", "baht", "vnd", "₫", "dong", "đồng", "bdt")
MONEY_KEYWORDS += ("৳", "tk", "taka", "bgn", "лв", "leva", "bulgarian lev")
MONEY_KEYWORDS += ("sar", "sr", "riyal", "rial", "aed", "dhs", "dirham", "qar", "qr", "zar", "rand")
# the rand's "R" right before its digits ("R500 000 000"): a letter alone is no keyword
MONEY_KEYWORDS += tuple(f"r{digit}" for digit in range(1, 10))


@cache
def _named(prefix: str, names: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    """name -> the compiled rule caps/<prefix>-<name>, in the order given."""
    return {name: clause_pattern(f"caps/{prefix}-{name}") for name in names}


_WINDOW = 120


def _nearest(patterns: dict[str, re.Pattern[str]], text: str, start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    low, high = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    for name, pattern in patterns.items():
        for match in pattern.finditer(text, low, high):
            distance = start - match.end() if match.end() <= start else max(0, match.start() - end)
            if best is None or distance < best[0]:
                best = (distance, name)
    return None if best is None else best[1]


def _money(text: str) -> list[tuple[int, int, int, str]]:
    """(start, end, amount, currency) of every amount of money in `text`, in order."""
    found: list[tuple[int, int, int, str]] = []
    money_before, money_after = _money_patterns()
    for match in money_before.finditer(text):
        code = next(c for c in _SPECIFIC_FIRST if match.group(c))
        value = _spelled_out(match) or amount(match.group("num"), match.group("mult"))
        if value:
            found.append((match.start(), match.end(), value, code))
    for match in money_after.finditer(text):
        if any(start <= match.start() < end for start, end, _, _ in found):
            continue
        code = next(c for c in _SPECIFIC_FIRST if match.group("a_" + c))
        value = _spelled_out(match) or amount(match.group("num2"), match.group("mult2"))
        if value:
            found.append((match.start(), match.end(), value, code))
    return sorted(found)


# an amount in digits or a sign, or in words ("more than twenty million pounds sterling")
_REVENUE_RULE: Rule = rule(rf"[\d$€£¥元]|\b(?:{WORDS})\b", *MONEY_KEYWORDS)


def detect_revenue_threshold(doc: Document) -> Found:
    """A cap on revenue or funding: {amount, currency, period, measure} (with `counts` and
    `measured` when a sentence stating it says them)."""
    return scoped(revenue_caps(doc), "amount")


def revenue_caps(doc: Document) -> Iterator[tuple[dict[str, object], Sentence]]:
    """Every cap on revenue or funding stated in a clause, with its sentence, in order."""
    measure_words = rule_words(*MEASURE_RULES)
    for sentence in matching(doc, _REVENUE_RULE, skip_definitions=True):
        if measure_words and not any(map(sentence.lower.__contains__, measure_words)):
            continue
        cap = revenue_cap(sentence) if _is_cap_sentence(sentence) else None
        if cap is not None:
            yield cap | cap_scope(sentence.text), sentence


def revenue_cap(sentence: Sentence, bound: Bound | None = None) -> dict[str, object] | None:
    """The cap on money `sentence` states, {amount, currency, period, measure}, or None
    (`bound` as for `user_cap`)."""
    for start, end, value, currency in _money(sentence.text):
        if value < 1000:
            continue
        measure = _nearest(_named("measure", _MEASURE_NAMES), sentence.text, start, end)
        if measure is None:
            continue
        if not (
            _bounded_money(sentence, start, end)
            if bound is None
            else bound(sentence.text, start, end)
        ):
            continue
        periods = _named("period", _PERIOD_NAMES)
        period = None if measure == "funding" else _nearest(periods, sentence.text, start, end)
        return {"amount": value, "currency": currency, "period": period, "measure": measure}
    return None


def _bounded_money(sentence: Sentence, start: int, end: int) -> bool:
    """A limit word right before the amount (`below $5 million`: the window holds the whole
    amount, so a limit before its currency sign is seen), or a consequence in the sentence."""
    if CONSEQUENCE.holds(sentence):
        return True
    if clause_pattern(_LIMIT).search(sentence.text[max(0, start - 40) : end]):
        return True
    return _limited_after(sentence.text, end)
