"""A cap said over several sentences: the measure in one, the figure in another, the consequence
in a third that refers back to them ("Add up the monthly active users of your products. So
long as the total is 3,000,000 or fewer, section 2 applies. Once it is higher, you need a
separate agreement."; "The limit is 1,000,000 monthly active users. If you exceed it, you need a
commercial licence."). Pure functions on a parsed document.

A sentence opening with a condition of exceeding ("Once", "If", "When", "Should", "Beyond") whose
subject is a word pointing back ("it", "that", "the total", "this limit", "the number") and
which goes on, after a comma, to a consequence (a licence ending, a further licence, agreement,
permission or payment needed) is read with its parts gathered from up to three sentences before
it in the same section: the figure (the nearest before, unless the sentence states one) and the
measure (monthly or daily active users, users, revenue or turnover), counting the licensee's
affiliates too when the measure's sentence says so. The derived sentence "If your <measure> is
more than <figure>, <consequence>." is added after it, located where it is,
for the cap readers; without a measure or a figure nothing is added (the cap stays for the
unread-term findings).
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.number_words import WORDS
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["figures", "with_split_caps"]

_BACK = (
    r"(?:it|that|this|the\s+(?:total|count|number|sum|figure|amount|limit|threshold|cap|ceiling"
    r"|maximum)|(?:this|that|the\s+said)\s+(?:total|count|number|sum|figure|amount|limit"
    r"|threshold|cap|ceiling|maximum|level)|your\s+(?:total|count))"
)
_ABOVE = (
    r"(?:(?:is|are|gets?|goes|go|rises?|climbs?|grows?)\s+(?:any\s+)?(?:higher|larger|greater|bigger"
    r"|more|above|over|beyond|past)|exceeds?|passes|tops|surpasses|(?:is|has\s+been)\s+(?:exceeded"
    r"|passed|crossed|surpassed)|goes\s+past)"
)
_TRIGGER = lazy_pattern(
    # (after a clause's number: "A.2 Once that number is passed, ...")
    r"^\W*(?:[A-Z]?\.?\d+(?:\.\d+)*[.)]?\s+)?(?:(?:once|if|when|whenever|where|should|as\s+soon\s+as|in\s+case)\s+(?:you\s+(?:exceed|pass"
    r"|go\s+(?:over|beyond|above)|surpass|top)\s+" + _BACK + r"|" + _BACK + r"\s+" + _ABOVE + r")"
    r"|(?:beyond|above|over|past)\s+(?:that|this|it|the\s+(?:limit|threshold|cap|ceiling|figure"
    r"|number|maximum)))\b(?P<rest>(?:[^,]|,(?=\d)){0,80}?)"
    # a comma before the consequence, or none before its subject ("Above that figure you need")
    r"(?:,(?!\d)\s*|\s+(?=(?:you|your|the\s+licensee|licensees|we|us|a\s+separate|an?\s+(?:commercial"
    r"|separate|further|paid|written|enterprise)|this\s+licen[cs]e|the\s+licen[cs]e)\b))"
    r"(?:then\s+)?(?P<consequence>.{10,})$",
    re.IGNORECASE | re.DOTALL,
)
"""A condition of exceeding said of a word pointing back, then the consequence."""
_CONSEQUENCE = lazy_pattern(
    r"\b(?:licen[cs]e|agreement|contract|permission|consent|approval|authori[sz]ation|contact|pay"
    r"|fees?|royalt|lapses?|terminat|ends?|stops?|ceases?|no\s+longer|expires?)\w*",
    re.IGNORECASE,
)
_WORDED = rf"(?:(?:{WORDS}|and|a)[\s-]+){{1,4}}(?:thousand|million|billion)\b"
# digits grouped by commas or points, or by spaces ("R500 000 000", "1 500 000"); a currency
# before them in capitals ("EUR", "US$", the rand's "R"), never a word ("and 12 000")
_NUMBER = lazy_pattern(
    r"(?:(?-i:[A-Z]{3}|[A-Z]{0,2}\$|[$\u20ac\u00a3\u00a5]|R(?=\s?\d))\s*)?(?:"
    + _WORDED
    + r"\s*)?\(?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d[\d,.]*)\)?"
    r"(?:\s*(?:thousand|million|billion|bn|[mkb])\b)?|\b" + _WORDED,
    re.IGNORECASE,
)
_MEASURES = (
    (
        "monthly active users",
        r"\bmonthly\s+active\s+users?\b|\bMAUs?\b|\bactive\s+users?\s+(?:per|a|each)\s+month",
    ),
    (
        "weekly active users",
        r"\bweekly\s+active\s+users?\b|\bWAUs?\b|\bactive\s+users?\s+(?:per|a|each)\s+week",
    ),
    (
        "daily active users",
        r"\bdaily\s+active\s+users?\b|\bDAUs?\b|\bactive\s+users?\s+(?:per|a|each)\s+day",
    ),
    ("annual revenue", r"\b(?:annual\s+|yearly\s+|gross\s+|total\s+)?(?:revenue|turnover|sales)\b"),
)
_MEASURE = [(name, lazy_pattern(pattern, re.IGNORECASE)) for name, pattern in _MEASURES]
_LOOK_BACK = 3
_LEFT_OUT = lazy_pattern(
    r"\b(?:not|never|no|nor|exclud\w*|except\w*|other\s+than|leav\w*\s+out|left\s+out|apart\s+from)\b",
    re.IGNORECASE,
)
_AFFILIATES = lazy_pattern(r"\baffiliates?\b|\bgroup\s+(?:companies|members)\b", re.IGNORECASE)
_HEADING_LIKE = lazy_pattern(r"^\W*(?:[\d.]+\s*)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,5}\s*$")
"""A short line without a full stop: a heading read as a sentence."""


def with_split_caps(doc: Document) -> Document:
    """`doc` with a gathered cap sentence added after each consequence that points back to a
    figure and a measure stated before it (module docstring); `doc` itself when none does."""
    if not any(_mentions(s.lower) for s in doc.sentences):
        return doc
    sentences: list[Sentence] = []
    derived: list[Sentence] = []
    for index, sentence in enumerate(doc.sentences):
        sentences.append(sentence)
        if sentence.definition or sentence.excluded or not _mentions(sentence.lower):
            continue
        gathered = _gathered(doc.sentences[max(index - _LOOK_BACK, 0) : index], sentence)
        if gathered is not None:
            derived.append(replace(sentence, text=gathered, lower=gathered.lower()))
            sentences.append(derived[-1])
    if not derived:
        return doc
    return Document(
        title=doc.title,
        sentences=tuple(sentences),
        clauses=tuple(sorted((*doc.clauses, *derived), key=lambda s: s.start)),
        lower="\n".join(s.lower for s in sentences),
    )


_NUMBERED = lazy_pattern(r"^[\s*(-]*[a-z]?\.?\d+(?:\.\d+)*[.)]?\s+")


def _mentions(lower: str) -> bool:
    lower = _NUMBERED.sub("", lower, count=1)
    return lower.lstrip(" *-(").startswith(
        (
            "once",
            "if",
            "when",
            "where",
            "should",
            "as soon",
            "in case",
            "beyond",
            "above",
            "over",
            "past",
        )
    )


def _gathered(before: tuple[Sentence, ...], sentence: Sentence) -> str | None:
    trigger = _TRIGGER.match(sentence.text)
    if trigger is None or not _CONSEQUENCE.search(trigger.group("consequence")):
        return None
    own = _NUMBER.search(trigger.group("rest") or "")
    figure = own.group(0).strip() if own is not None and _has_digit_or_word(own.group(0)) else None
    measure = None
    grouped = False  # the measure counts the licensee's affiliates too
    for earlier in reversed([s for s in before if s.heading == sentence.heading]):
        if _HEADING_LIKE.match(earlier.text):
            break  # a heading line ("3. Use"): the parts are read within one section
        if measure is None:
            measure = next((name for name, p in _MEASURE if p.search(earlier.text)), None)
            grouped = (
                measure is not None
                and _AFFILIATES.search(earlier.text) is not None
                and _LEFT_OUT.search(earlier.text) is None  # "affiliates are not counted"
            )
        if figure is None:
            found = figures(earlier.text)
            figure = found[-1] if found else None
        if measure and figure:
            break
    if measure is None or figure is None:
        return None
    verb = "is" if measure == "annual revenue" else "are"
    consequence = trigger.group("consequence").strip().rstrip(".")
    group = ", with those of your affiliates," if grouped else ""
    return f"If your {measure}{group} {verb} more than {figure}, {consequence}."


def figures(text: str) -> list[str]:
    """The figures of some size `text` states, as written ("three million (3,000,000)", "EUR 20
    million", "750k"), in order."""
    return [m.group(0).strip() for m in _NUMBER.finditer(text) if _has_digit_or_word(m.group(0))]


_BIG = lazy_pattern(r"\d{2}|thousand|million|billion|\d\s*[mkb]\b", re.IGNORECASE)


def _has_digit_or_word(text: str) -> bool:
    """A figure a cap could be: two digits at least, or a word of magnitude ("section 3" and
    "2.0" are no caps)."""
    return _BIG.search(text) is not None
