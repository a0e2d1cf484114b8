"""A figure a clause points to in another numbered clause of the same document: "If your Monthly
Active Users are more than the T2 figure, clause 1 stops applying" with "T2. The figure for
these Terms is one million five hundred thousand (1,500,000)." elsewhere, or "the amount stated
in clause 4.2". The clause is read with the figure in place of the pointer ("more than
1,500,000 (the T2 figure)"), located and quoted as written, so the cap readers read the cap
where its consequence is. The schedules' own pointers are annex_refs.py's.

A numbered clause runs from the sentence opening with its number ("T2.", "4.2", "Clause 3") to
the next one opening with a number (six sentences at most). Its figure is the one figure of some
size it states; words restated in digits ("one million five hundred thousand (1,500,000)") are
one figure, read as the digits. A clause stating several figures or none gives nothing, and the
pointer stays as written. A pointer into another document ("clause 2 of LICENSE") is left alone.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.annex_refs import restated_once
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.terms.split_caps import figures
from auditor.licenses.terms.substitute import substituted

__all__ = ["with_clause_figures"]

_WORD = r"(?:clause|section|paragraph|para\.?|item|article|§)"
# a clause number: "T2", "A3" (letters then digits), "4.2", "4.2b"; plain "4" only after a word
_LABELLED = r"(?:[A-Z]{1,2}\d{1,2}[a-z]?|\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?)"
_NUMBER = r"(?:[A-Z]{1,2}\d{1,2}[a-z]?|\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)"
_FIGURE = r"(?:amount|figure|number|threshold|limit|cap|ceiling|sum|maximum)"
_POINTER = lazy_pattern(
    r"\b(?:the|that)\s+(?:(?:" + _WORD + r")\s*(?P<a>" + _NUMBER + r")|(?P<b>" + _LABELLED + r"))"
    r"\s+" + _FIGURE + r"\b"
    r"|\b(?:the|that)\s+(?:applicable\s+|relevant\s+)?" + _FIGURE + r"\s+(?:(?:stated|set\s+"
    r"(?:out|forth)|specified|given|fixed|defined|named)\s+)?(?:in|under|by)\s+"
    + _WORD
    + r"\s*(?P<c>"
    + _NUMBER
    + r")\b(?!\.\d)(?!\s+(?:of|in)\s+(?!this\b|these\b))",
    re.IGNORECASE,
)
_OPENS = lazy_pattern(
    r"^\W{0,3}(?:(?:" + _WORD + r")\s*(?P<a>" + _NUMBER + r")|(?P<b>" + _NUMBER + r"))"
    r"(?:[.):]|\s|$)",
    re.IGNORECASE,
)
_SPAN = 6
_WORDS_THEN_DIGITS = lazy_pattern(r"(?P<words>[^\d(]+?)\s*\(\s*(?P<digits>[^)]*\d[^)]*)\)")


def with_clause_figures(doc: Document) -> Document:
    """`doc` with each pointer to a numbered clause's one figure read as that figure (module
    docstring); `doc` itself when none resolves."""
    if not any(_POINTER.search(s.text) for s in doc.sentences):
        return doc
    clauses = _clause_figures(doc.sentences)
    if not clauses:
        return doc

    def figure(match: re.Match[str]) -> str:
        number = match.group("a") or match.group("b") or match.group("c")
        found = clauses.get(number.lower())
        return match.group(0) if found is None else f"{found} ({match.group(0)})"

    return substituted(doc, _POINTER, figure)


def _clause_figures(sentences: tuple[Sentence, ...]) -> dict[str, str]:
    """Each numbered clause's number (folded) -> its one figure, for the clauses stating one."""
    found: dict[str, str] = {}
    for index, sentence in enumerate(sentences):
        opens = _OPENS.match(sentence.text)
        if opens is None:
            continue
        number = (opens.group("a") or opens.group("b")).lower()
        stated: list[str] = []
        for later in sentences[index : index + _SPAN]:
            if later is not sentence and _OPENS.match(later.text):
                break
            text = later.text[opens.end() :] if later is sentence else later.text
            stated += restated_once(text, _compound(text, figures(text)))
        if len(set(stated)) == 1:
            found.setdefault(number, _digits(stated[0]))
    return found


def _compound(text: str, found: list[str]) -> list[str]:
    """`found` with a number written in several word groups ("one million" "five hundred
    thousand (1,500,000)") joined into one, as written in `text`."""
    joined: list[str] = []
    position = 0
    for figure in found:
        start = text.find(figure, position)
        if start < 0:
            joined.append(figure)
            continue
        if joined and not re.search(r"\d", joined[-1]):
            between = text[position:start]
            if re.fullmatch(r"\s+(?:and\s+)?", between):
                joined[-1] = text[start - len(between) - len(joined[-1]) : start + len(figure)]
                position = start + len(figure)
                continue
        joined.append(figure)
        position = start + len(figure)
    return joined


def _digits(figure: str) -> str:
    """A figure in words restated in digits read as the digits ("one million five hundred
    thousand (1,500,000)" -> "1,500,000"); any other as written."""
    restated = _WORDS_THEN_DIGITS.fullmatch(figure)
    if restated is None or re.search(r"\d", restated.group("words")):
        return figure
    return restated.group("digits").strip()
