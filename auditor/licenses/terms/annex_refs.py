"""A figure a clause points to in a schedule, annex or appendix: "If your annual revenue exceeds
the amount stated in Schedule 1, you must obtain a separate licence" with "Schedule 1 ...
Amount: EUR 20 million." further down. The clause is read with the figure in place of the
pointer ("exceeds EUR 20 million (the amount stated in Schedule 1)"), located and quoted as
written, so the cap readers read the cap where its consequence is. Pure functions on a parsed
document.

The schedule is the run of sentences from the one opening with its label ("Schedule 1",
"Annex A", "Appendix 2") to the next schedule's label (fifteen at most). Its figure is the one
figure of some size it states (two digits at least, or a word of magnitude); a schedule stating
several (a table of bands, read row by row by `tables.py`) or none gives nothing, and the clause
stays as written.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.terms.split_caps import figures
from auditor.licenses.terms.substitute import substituted

__all__ = ["pointed_schedules", "restated_once", "with_annex_figures"]

_LABEL = r"(?:schedule|annex(?:ure)?|appendix|exhibit|attachment|addendum)"
_POINTER = lazy_pattern(
    r"\b(?:the|a|an)\s+(?:applicable\s+|relevant\s+|agreed\s+)?(?:(?:user|users|revenue|turnover"
    r"|size|usage|MAU)\s+)?(?:amount|figure|number|threshold"
    r"|limit|cap|ceiling|level|sum|value|maximum|turnover|revenue|count)s?\s+(?:(?:stated|set\s+"
    r"(?:out|forth)|specified|given|shown|listed|fixed|defined|indicated|named|provided"
    r"|referred\s+to)\s+)?in\s+(?:(?P<first>(?:item|row|paragraph|para\.?|entry|line)\s+\d{1,2}"
    r"[a-z]?)\s+of\s+)?(?P<ref>" + _LABEL + r"\s+(?:no\.?\s*)?[\w-]*\w)"
    r"(?:,?\s+(?:at\s+)?(?P<item>"
    + r"(?:item|row|paragraph|para\.?|entry|line)\s+\d{1,2}[a-z]?))?",
    re.IGNORECASE,
)
"""A pointer to a figure in a schedule: "the amount stated in Schedule 1", "the figure in
Schedule 1, item 2" or "the amount in item 2 of Schedule 1" (then the figure of that item)."""
_OPENS = lazy_pattern(r"^\W*(?P<label>" + _LABEL + r"\s+(?:no\.?\s*)?[\w-]*\w)", re.IGNORECASE)
_ITEM = lazy_pattern(
    r"^\W*(?P<item>(?:item|row|paragraph|para\.?|entry|line)\s+\d{1,2}[a-z]?)\b", re.IGNORECASE
)
_SPAN = 15


def with_annex_figures(doc: Document) -> Document:
    """`doc` with each pointer to a schedule's one figure read as that figure (module
    docstring); `doc` itself when none resolves."""
    if not any(_POINTER.search(s.text) for s in doc.sentences):
        return doc
    schedules = _schedule_figures(doc.sentences)
    if not schedules:
        return doc

    def figure(match: re.Match[str]) -> str:
        key = _key(match.group("ref"))
        item = match.group("item") or match.group("first")
        found = schedules.get(f"{key} / {_key(item)}") if item else schedules.get(key)
        return match.group(0) if found is None else f"{found} ({match.group(0)})"

    return substituted(doc, _POINTER, figure)


def _schedule_figures(sentences: tuple[Sentence, ...]) -> dict[str, str]:
    """Each schedule's label (folded) -> its one figure, for the schedules stating just one."""
    found: dict[str, str] = {}
    for index, sentence in enumerate(sentences):
        opens = _OPENS.match(sentence.text)
        if opens is None:
            continue
        stated: list[str] = []
        measured: dict[str, str] = {}  # a figure -> the measure its row names before it
        for later in sentences[index : index + _SPAN]:
            if later is not sentence and _OPENS.match(later.text):
                break
            text = later.text[opens.end() :] if later is sentence else later.text
            own_figures = restated_once(text, figures(text))
            stated += own_figures
            row = _MEASURED_ROW.match(text)
            if row is not None and len(own_figures) == 1 and own_figures[0] in row.group("figure"):
                measure = row.group("measure").strip()
                measured[own_figures[0]] = measure[:1].lower() + measure[1:]
            item = _ITEM.match(later.text) if later is not sentence else None
            own = restated_once(later.text, figures(later.text)) if item else []
            if item is not None and len(set(own)) == 1:  # "Item 2  User figure: 1,000,000"
                found.setdefault(
                    f"{_key(opens.group('label'))} / {_key(item.group('item'))}", own[0]
                )
        if len(set(stated)) == 1:  # with its row's measure: "1,000,000 monthly active users"
            said = f"{stated[0]} {measured[stated[0]]}" if stated[0] in measured else stated[0]
            found.setdefault(_key(opens.group("label")), said)
    return found


def restated_once(text: str, found: list[str]) -> list[str]:
    """The figures, a figure restated in brackets right after it ("two million pounds sterling
    (GBP 2,000,000)", "EUR 20 million (twenty million euros)") counted once, as the whole span."""
    kept: list[str] = []
    position = 0
    index = 0
    while index < len(found):
        start = text.find(found[index], position)
        if index + 1 < len(found) and start >= 0:
            after = text.find(found[index + 1], start + len(found[index]))
            between = text[start + len(found[index]) : after] if after >= 0 else ""
            if after >= 0 and _RESTATED.fullmatch(between):
                end = text.find(")", after)
                end = len(text) if end < 0 else end + 1
                kept.append(text[start:end])
                position, index = end, index + 2
                continue
        kept.append(found[index])
        position = max(position, start + len(found[index])) if start >= 0 else position
        index += 1
    return kept


_MEASURED_ROW = lazy_pattern(
    r"^\W*(?P<measure>[^:\d]{0,40}(?:users|revenue|turnover|sales|downloads|devices|installations"
    r"|requests|employees)[^:]{0,160}):\s*(?P<figure>[^:]{1,60})$",
    re.IGNORECASE,
)
"""A row of a schedule naming its measure before its figure ("Monthly active users of all
products of the licensee and its affiliates: 1,000,000"): the figure is read with it."""
_RESTATED = lazy_pattern(r"[\s\w.$€£¥]{0,30}?\(\s*", re.IGNORECASE)
"""What stands between a figure and its restatement: a unit's words, then an opening bracket."""


def _key(label: str) -> str:
    return " ".join(re.sub(r"\bno\.?\s*", "", label.lower()).split())


def pointed_schedules(text: str) -> tuple[str, ...]:
    """The schedules a text points to for a figure ("the amount stated in Schedule 1"), as
    lower-case labels with their mark (`schedule 1`, `annex a`)."""
    found = (m.group("ref") for m in _POINTER.finditer(text))
    keys = (
        " ".join(ref.lower().replace("annexure", "annex").replace("no.", "").split())
        for ref in found
    )
    return tuple(dict.fromkeys(k for k in keys if k))
