"""The cap terms of a document: caps stated in a clause, or written into a definition.

A cap may be stated where its consequence is ("products above 100 million monthly active users
need a separate license") or split in two: a definition names a class of licensees by a number
('"Commercial Entity" means an entity with more than 100 million monthly active users') and a
clause says what that class may not do without another license ("a Commercial Entity may not
use the Model without a separate license"). The second shape is the same threshold: the class
is capped, not every licensee, so it is never a total ban on commercial use. A definition's
number counts only when the definition bounds the class by it (more than, at least, below ...)
and some clause naming the defined term restricts it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.licenses.terms.caps import (
    CONSEQUENCE,
    cap_scope,
    revenue_cap,
    revenue_caps,
    scoped,
    user_cap,
    user_caps,
)
from auditor.licenses.terms.detect import Found, has_any
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.text.segment import LIST_MARKER

_I = re.IGNORECASE

_DEFINED_TERM = re.compile(
    r"^[^A-Za-z\"“]{0,12}[\"“]([^\"”]{1,80})[\"”]"
    r"|^[^A-Za-z]{0,12}((?:[A-Z][\w'-]*\s+){0,5}[A-Z][\w'-]*)\s+(?:means|shall\s+mean|refers?\s+to)\b"
)
"""The term a definition defines: quoted ('"Large Licensee" means'), or capitalised words."""
_CLASS_BOUND_BEFORE = re.compile(
    r"(?:\b(?:more|greater|higher|fewer|less)\s+than|\bexceed\w*|\bover|\babove|\bunder|\bbelow"
    r"|\bin\s+excess\s+of|\b(?:at|no|not)\s+(?:least|less\s+than|more\s+than)|\bat\s+most"
    r"|\bup\s+to|\breach\w*)\s+(?:a\s+total\s+of\s+|the\s+equivalent\s+of\s+)?$",
    _I,
)
"""A comparison just before the number: the definition bounds its class by it."""
_CLASS_BOUND_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?(?:or|and)\s+(?:more|above|over|greater|higher|up|less|below)\b",
    _I,
)
_COMPARED = re.compile(
    r"\b(?:more\s+than|greater\s+than|exceed\w*|over|above|in\s+excess\s+of|at\s+least|reach\w*)\b",
    _I,
)
_ONLY = re.compile(r"\b(?:only|solely|exclusively|limited\s+to|restricted\s+to)\b", _I)


def _class_bound(text: str, start: int, end: int) -> bool:
    """Does the number at (start, end) bound the defined class ("more than 100 million
    users", "revenue of US$10 million or more")? A number merely named is no bound."""
    if _CLASS_BOUND_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    if _CLASS_BOUND_AFTER.search(text[end : end + 30]):
        return True
    return bool(_COMPARED.search(text[start:end]))  # "users ... exceeding N", read after


def defined_term(sentence: Sentence) -> str | None:
    """The term a definition sentence defines, or None."""
    match = _DEFINED_TERM.search(LIST_MARKER.sub("", sentence.text))
    if match is None:
        return None
    term = " ".join((match.group(1) or match.group(2) or "").split())
    return term or None


def _term_pattern(term: str) -> re.Pattern[str]:
    """The term as used in a clause, singular or plural, in its defined case."""
    stem = re.escape(term)
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        stem = re.escape(term[:-1]) + "(?:y|ies)"
    else:
        stem += "(?:s|es)?"
    return re.compile(r"(?<![\w-])" + stem + r"(?![\w-])")


def _restricts(sentence: Sentence) -> bool:
    return sentence.restrictive or CONSEQUENCE.holds(sentence) or bool(_ONLY.search(sentence.text))


def class_caps(doc: Document) -> Iterator[tuple[str, dict[str, object], tuple[Sentence, ...]]]:
    """("users" or "revenue", cap, quotes) for each definition that caps a class of licensees
    which a clause restricts; quotes are the definition and the first such clause."""
    for sentence in doc.sentences_with(_DEFINING):
        if not sentence.definition or sentence.excluded or not _DIGIT.search(sentence.text):
            continue
        if not has_any(sentence.lower, _CAP_WORDS) or not has_any(sentence.lower, _COMPARING):
            continue
        term = defined_term(sentence)
        if term is None:
            continue
        found = [
            ("users", user_cap(sentence, _class_bound)),
            ("revenue", revenue_cap(sentence, _class_bound)),
        ]
        caps = [(kind, cap) for kind, cap in found if cap is not None]
        if not caps:
            continue
        used = _term_pattern(term)
        clause = next(
            (
                s
                for s in doc.sentences
                if not s.definition and not s.excluded and used.search(s.text) and _restricts(s)
            ),
            None,
        )
        if clause is None:
            continue
        for kind, cap in caps:
            scope = cap_scope(sentence.text + " " + clause.text)
            yield kind, cap | scope, (sentence, clause)


_DIGIT = re.compile(r"\d")
_DEFINING = ("mean", "refer", "defined")  # a definition holds one (sentences._DEFINITION)
_CAP_WORDS: tuple[str, ...] = ("user", "device", "install", "visit", "revenue", "turnover")
_CAP_WORDS += ("sales", "income", "earn", "fund", "raise", "capital")
_COMPARING: tuple[str, ...] = ("than", "exceed", "over", "above", "least", "below", "under")
_COMPARING += ("up to", "most", "or more", "excess", "reach")
"""What a cap counts: only definitions holding a number and one of these are read for one."""


def detect_caps(doc: Document) -> tuple[Found, Found, tuple[Sentence, ...]]:
    """The user cap and the money cap of `doc` (the first stated in a clause, else one written
    into a definition), and every sentence that states a cap or restricts a capped class: what
    such a sentence forbids is the cap's consequence, not a ban on every licensee."""
    users_stated = list(user_caps(doc))
    money_stated = list(revenue_caps(doc))
    classes = list(class_caps(doc))
    users = scoped(iter(users_stated), "count")
    revenue = scoped(iter(money_stated), "amount")
    for kind, cap, quotes in classes:
        if kind == "users" and users.value is None:
            users = Found(cap, quotes)
        elif kind == "revenue" and revenue.value is None:
            revenue = Found(cap, quotes)
    capped = [sentence for _, sentence in users_stated + money_stated]
    capped += [quote for _, _, quotes in classes for quote in quotes]
    return users, revenue, tuple(dict.fromkeys(capped))


def detect_mau(user_threshold: Found) -> Found:
    """The user cap's count when it is counted in monthly active users."""
    value = user_threshold.value
    if isinstance(value, dict) and value.get("unit") == "mau":
        return Found(value["count"], user_threshold.sentences)
    return Found(None)


def detect_revenue_usd(revenue_threshold: Found) -> Found:
    """The revenue cap in USD per year, the unit deployments state their revenue in.

    A cap whose period the text leaves open is read as annual: a monthly cap of the same
    amount is the more lenient one, so comparing annual revenue with it never passes falsely.
    """
    value = revenue_threshold.value
    if (
        isinstance(value, dict)
        and value.get("currency") == "USD"
        and value.get("measure") == "revenue"
        and value.get("period") in ("year", None)
    ):
        return Found(value["amount"], revenue_threshold.sentences)
    return Found(None)
