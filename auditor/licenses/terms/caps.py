"""Caps on the licensee's size: users or devices, and revenue or funding, in any unit.

A cap is a number with its unit in a sentence that says what happens beyond it (a separate
license is needed, the grant ends, use is limited to it). The patterns are data: the units a
count may be given in, the currencies and periods of money, and the phrases of consequence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from auditor.licenses.terms.detect import Found, Rule, matching, rule
from auditor.licenses.terms.sentences import Document, Sentence

_I = re.IGNORECASE

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "five hundred": 500,
}  # fmt: skip
NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a|one|five)\s+hundred|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"
    r"(?:\s*\(\s*[\d,.]+\s*\))?\s*"
    r"(?P<mult>(?:billion|million|thousand|bn|mm|m|k)\b)?"
)
"""A count or amount: digits with separators, or a small number word, then a multiplier."""
_MULTIPLIERS = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mm": 10**6, "m": 10**6}
_MULTIPLIERS |= {"thousand": 10**3, "k": 10**3}

CONSEQUENCE = rule(
    r"\b(?:request|obtain|apply\s+for|seek|procure|purchase|buy|enter\s+into|negotiate"
    r"|need(?:s|ed)?|sign|requir(?:e|es|ed|ing)|without)\s+"
    r"(?:from\s+\w+\s+)?"
    r"(?:a|an|the|our|its|their|your)?\s*(?:(?:separate|additional|commercial|enterprise"
    r"|different|new|written|paid|prior|express|explicit|specific)\s+){0,3}(?:licen[cs]e|agreement"
    r"|authori[sz]ation|permission|subscription|consent|approval)"
    r"|\b(?:only\s+)?(?:under|with|subject\s+to|pursuant\s+to)\s+(?:a|an)\s+(?:(?:separate"
    r"|additional|commercial|enterprise|different|written|paid|specific)\s+){1,3}(?:licen[cs]e"
    r"|agreement|contract)"
    r"|\bask\s+(?:us|the\s+licen[cs]or|\w+)\s+(?:for|to\s+grant)\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}?"
    r"(?:licen[cs]e|permission|agreement)"
    r"|\bnot\s+(?:be\s+)?(?:authori[sz]ed|permitted|allowed|licensed|entitled|eligible|covered)\b"
    r"|\blicen[cs]es?\b[^.;]{0,60}\b(?:shall|will)\s+(?:automatically\s+)?terminate"
    r"|\b(?:does|do|shall|will)\s+not\s+(?:apply|extend|cover)\b|\b(?:is|are|becomes?)\s+(?:null\s+and\s+)?void\b"
    r"|\b(?:may|shall|must|can)\s*not\s+(?:use|deploy|run|access|distribute)\b"
    r"|\bmust\s+contact\b|\bcontact\s+(?:us|the\s+licen[cs]or|\w+)\s+(?:for|about|regarding"
    r"|to\s+(?:obtain|request|discuss|purchase|arrange))\b|\bno\s+longer\s+(?:be\s+)?(?:licensed|permitted|authori[sz]ed|eligible"
    r"|appl(?:y|ies)|valid)",
    "request", "obtain", "apply for", "seek", "procure", "purchase", "buy", "enter into",
    "negotiate", "need", "sign", "not", "require", "terminat", "contact", "no longer", "without",
    "void", "under", "with", "subject to", "pursuant", "ask",
)  # fmt: skip
"""What happens beyond a cap: a separate license is needed, or the grant stops."""

LIMIT = re.compile(
    r"\b(?:limited\s+to|restricted\s+to|up\s+to|no\s+more\s+than|not\s+(?:to\s+)?exceed(?:ing)?"
    r"|(?:does|do|shall|may|must)\s+not\s+exceed|fewer\s+than|less\s+than|at\s+most|a\s+maximum"
    r"\s+of|maximum\s+of|below|beneath)\s+(?:a\s+total\s+of\s+)?(?:US\s?\$|USD\s?|\$|€|£|EUR\s?)?"
    r"(?=[\da-z])",
    _I,
)
"""A bound stated as the ceiling of the grant ("up to 10,000 devices")."""
_GRANT_WORDS = ("may", "licen", "permit", "grant", "right", "authori", "only", "use", "free")

# --- users and devices -----------------------------------------------------------------------

USER_UNITS: dict[str, str] = {
    "mau": (
        r"monthly\s+active\s+(?:users?|user\s+accounts|individuals)|MAUs?\b"
        # "users active in a month", "active users per calendar month"
        r"|(?:users?|individuals)\s+(?:who\s+(?:are|were)\s+)?active\s+(?:in|during|per|each"
        r"|every)\s+(?:a\s+|any\s+|one\s+|the\s+)?(?:given\s+|single\s+|calendar\s+)?month\b"
        r"|active\s+(?:users?|individuals)\s+(?:per|a|each|every|in\s+(?:a|any|one))\s+"
        r"(?:given\s+|single\s+|calendar\s+)?month\b"
    ),
    "dau": r"daily\s+(?:active\s+)?(?:users?|user\s+accounts|individuals)|DAUs?\b",
    "monthly-visits": (
        r"(?:unique\s+)?(?:visits|visitors|page\s*views|sessions)\s+(?:per|a|each|every|in\s+any)"
        r"\s+(?:calendar\s+)?month|monthly\s+(?:unique\s+)?(?:visits|visitors|page\s*views)"
    ),
    "devices": r"(?:devices|installations|installs|machines|endpoints|units)\b",
    "users": r"(?:registered\s+|end[- ]|total\s+|active\s+|individual\s+|authori[sz]ed\s+)?users\b",
}
"""Each unit a user cap is counted in, as the words that follow (or precede) the count."""
USER_UNIT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "mau": ("monthly active", "mau", "active"),
    "dau": ("daily", "dau"),
    "monthly-visits": ("visit", "page view", "pageview", "session"),
    "devices": ("device", "install", "machine", "endpoint", "units"),
    "users": ("users",),
}
_COMPARATOR = (
    r"\b(?:more\s+than|greater\s+than|exceed\w*|over|above|in\s+excess\s+of|reach\w*|at\s+least)"
    r"\s+(?:a\s+total\s+of\s+)?"
)


_READ_AFTER = frozenset({"mau", "dau", "monthly-visits"})


@dataclass(frozen=True, slots=True)
class _Unit:
    name: str
    before: re.Pattern[str]  # "<count> <unit>"
    after: re.Pattern[str] | None  # "<unit> ... exceeds <count>"
    keywords: tuple[str, ...]


def _units() -> tuple[_Unit, ...]:
    units = []
    for name, words in USER_UNITS.items():
        before = re.compile(NUMBER + r"\s*(?:\([^)]{0,30}\)\s*)?(?:" + words + ")", _I)
        # "users over 18" is an age: only the specific units are read after the count
        after = (
            re.compile(r"(?:" + words + r")[^.;]{0,60}?" + _COMPARATOR + NUMBER, _I)
            if name in _READ_AFTER
            else None
        )
        units.append(_Unit(name, before, after, USER_UNIT_KEYWORDS[name]))
    return tuple(units)


_UNITS = _units()
_DIGIT_OR_WORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b", _I
)
_ALL_UNIT_WORDS = tuple(word for unit in _UNITS for word in unit.keywords)


def amount(number: str, multiplier: str | None) -> int | None:
    """The integer a count or amount stands for ("1.5", "million" -> 1500000)."""
    text = " ".join(number.lower().split())
    value: float
    if text in _WORD_NUMBERS:
        value = _WORD_NUMBERS[text]
    else:
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return None
    return round(value * _MULTIPLIERS.get((multiplier or "").lower(), 1))


_IN_DIGITS = re.compile(r"\(\s*(\d{1,3}(?:,\d{3})+|\d{4,})\s*\)")


def _spelled_out(match: re.Match[str]) -> int | None:
    """The figure in brackets after a number in words ("seven hundred million (700,000,000)")."""
    digits = _IN_DIGITS.search(match.group())
    return int(digits.group(1).replace(",", "")) if digits else None


def _is_cap_sentence(sentence: Sentence) -> bool:
    if sentence.excluded or sentence.definition:
        return False
    if CONSEQUENCE.holds(sentence):
        return True
    return bool(LIMIT.search(sentence.text)) and any(map(sentence.lower.__contains__, _GRANT_WORDS))


def _bounded(sentence: Sentence, match: re.Match[str]) -> bool:
    """Does the count sit in the cap, not merely beside it? (a limit word or a consequence)"""
    if CONSEQUENCE.holds(sentence):
        return True
    before = sentence.text[max(0, match.start() - 40) : match.start() + 1]
    return bool(LIMIT.search(before))


# --- whom a cap counts, and when ---------------------------------------------------------------

AFFILIATES = re.compile(r"\baffiliates?\b|\baffiliate\(s\)", _I)
"""The cap's sentence names the licensee's affiliates ("by or for Licensee, or Licensee's
affiliates", "You or Your Affiliate(s)"): they are counted with the licensee."""
MEASURED: dict[str, re.Pattern[str]] = {
    "release-date": re.compile(r"\brelease\s+date\b", _I),
    "any-time": re.compile(r"\bat\s+any\s+time\b", _I),
}
"""When the cap's sentence says the count is taken: on the version's release date, or at any
time."""


def cap_scope(text: str) -> dict[str, str]:
    """`counts` and `measured` of the cap stated in `text`, each only when the sentence says it
    (a cap counting the licensee alone is not told apart from one that does not say)."""
    scope: dict[str, str] = {}
    if AFFILIATES.search(text):
        scope["counts"] = "licensee-and-affiliates"
    for word, pattern in MEASURED.items():
        if pattern.search(text):
            scope["measured"] = word
            break
    return scope


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
        added = {k: v for k, v in other.items() if k in ("counts", "measured") and k not in cap}
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
    for sentence in doc.sentences_with(_ALL_UNIT_WORDS):
        if sentence.excluded or sentence.definition or not _DIGIT_OR_WORD.search(sentence.text):
            continue
        cap = user_cap(sentence)
        if cap is not None:
            yield cap | cap_scope(sentence.text), sentence


Bound = Callable[[str, int, int], bool]
"""Whether the count or amount at (start, end) of a text is the bound of a cap."""


def user_cap(sentence: Sentence, bound: Bound | None = None) -> dict[str, object] | None:
    """The cap on users or devices `sentence` states, {count, unit}, or None. Without `bound`
    the sentence must say what happens beyond it (a consequence) or bound the grant by it."""
    for unit in _UNITS:
        if not any(map(sentence.lower.__contains__, unit.keywords)):
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

CURRENCIES: dict[str, str] = {
    "USD": r"US\s?\$|U\.S\.\s?\$|\bUSD\s?\$?|\$|\bUS\s+dollars\b|\bU\.S\.\s+dollars\b|\bdollars\b",
    "EUR": r"€|\bEUR\b|\beuros?\b",
    "GBP": r"£|\bGBP\b|\bpounds?\s+sterling\b|\bpounds?\b",
    "CNY": r"\bRMB\b|\bCNY\b|\brenminbi\b|\byuan\b|人民币|元",
    "JPY": r"\bJPY\b|¥|\byen\b",
    "CAD": r"\bCA\$|\bC\$|\bCAD\b",
    "AUD": r"\bA\$|\bAU\$|\bAUD\b",
    "SGD": r"\bS\$|\bSGD\b",
    "HKD": r"\bHK\$|\bHKD\b",
}
"""Each currency as the words or symbols that name it (before or after the amount)."""
_SPECIFIC_FIRST = ("CAD", "AUD", "SGD", "HKD", "CNY", "EUR", "GBP", "JPY", "USD")
_CURRENCY = "|".join(f"(?P<{code}>{CURRENCIES[code]})" for code in _SPECIFIC_FIRST)
_MONEY_BEFORE = re.compile(r"(?<![A-Za-z])(?:" + _CURRENCY + r")\s?" + NUMBER, _I)
_MONEY_AFTER = re.compile(
    NUMBER.replace("num", "num2").replace("mult", "mult2")
    + r"\s*(?:" + _CURRENCY.replace("?P<", "?P<a_") + r")(?![A-Za-z])",
    _I,
)  # fmt: skip
MONEY_KEYWORDS: tuple[str, ...] = ("$", "usd", "dollar", "€", "eur", "£", "gbp", "pound", "rmb")
MONEY_KEYWORDS += ("cny", "yuan", "renminbi", "jpy", "¥", "yen", "cad", "aud", "sgd", "hkd", "元")

MEASURES: dict[str, str] = {
    "revenue": (
        r"\brevenues?\b|\bturnover\b|\bgross\s+sales\b|\bsales\b|\bincome\b|\bearn(?:s|ed|ing|ings)?\b"
        r"|\breceipts\b|\bproceeds\b"
        r"|\bARR\b|\bbillings\b|营业收入|收入"
    ),
    "funding": (
        r"\bfunding\b|\braised\b|\braises?\b|\bfinancing\b|\binvestments?\b|\bcapital\b"
        r"|\bventure\b|\bfunds\b"
    ),
}
"""What money a cap counts: revenue earned, or funding raised."""
_MEASURES = {name: re.compile(pattern, _I) for name, pattern in MEASURES.items()}

PERIODS: dict[str, str] = {
    "month": (
        r"\bper\s+(?:calendar\s+)?month\b|\bmonthly\b(?!\s+active)|\ba\s+month\b|\beach\s+month\b"
        r"|\bin\s+any\s+(?:given\s+|single\s+|calendar\s+)?month\b|\bevery\s+month\b"
    ),
    "year": (
        r"\bannual(?:ly|i[sz]ed)?\b|\bper\s+(?:calendar\s+|fiscal\s+)?year\b|\byearly\b"
        r"|\ba\s+year\b|\bper\s+annum\b|\b(?:fiscal|financial|calendar)\s+year\b"
        r"|\b(?:preceding|previous|prior|past|last|trailing)\s+(?:12|twelve)\s*(?:-\s*)?months?\b"
        r"|\bin\s+any\s+(?:given\s+)?year\b|\beach\s+year\b|\bannum\b|年"
    ),
}
"""The period money is counted over; the nearest to the amount wins."""
_PERIODS = {name: re.compile(pattern, _I) for name, pattern in PERIODS.items()}
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
    for match in _MONEY_BEFORE.finditer(text):
        code = next(c for c in _SPECIFIC_FIRST if match.group(c))
        value = _spelled_out(match) or amount(match.group("num"), match.group("mult"))
        if value:
            found.append((match.start(), match.end(), value, code))
    for match in _MONEY_AFTER.finditer(text):
        if any(start <= match.start() < end for start, end, _, _ in found):
            continue
        code = next(c for c in _SPECIFIC_FIRST if match.group("a_" + c))
        value = _spelled_out(match) or amount(match.group("num2"), match.group("mult2"))
        if value:
            found.append((match.start(), match.end(), value, code))
    return sorted(found)


_REVENUE_RULE: Rule = rule(r"[\d$€£¥元]", *MONEY_KEYWORDS)
_MEASURE_WORDS: tuple[str, ...] = ("revenue", "turnover", "sales", "income", "earn", "arr")
_MEASURE_WORDS += ("receipts", "proceeds", "billings", "收入")
_MEASURE_WORDS += ("funding", "raise", "financing", "investment", "capital", "venture", "funds")


def detect_revenue_threshold(doc: Document) -> Found:
    """A cap on revenue or funding: {amount, currency, period, measure} (with `counts` and
    `measured` when a sentence stating it says them)."""
    return scoped(revenue_caps(doc), "amount")


def revenue_caps(doc: Document) -> Iterator[tuple[dict[str, object], Sentence]]:
    """Every cap on revenue or funding stated in a clause, with its sentence, in order."""
    for sentence in matching(doc, _REVENUE_RULE, skip_definitions=True):
        if not any(map(sentence.lower.__contains__, _MEASURE_WORDS)):
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
        measure = _nearest(_MEASURES, sentence.text, start, end)
        if measure is None:
            continue
        if not (
            _bounded_money(sentence, start) if bound is None else bound(sentence.text, start, end)
        ):
            continue
        period = None if measure == "funding" else _nearest(_PERIODS, sentence.text, start, end)
        return {"amount": value, "currency": currency, "period": period, "measure": measure}
    return None


def _bounded_money(sentence: Sentence, start: int) -> bool:
    if CONSEQUENCE.holds(sentence):
        return True
    return bool(LIMIT.search(sentence.text[max(0, start - 40) : start + 1]))
