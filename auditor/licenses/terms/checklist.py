"""License checklists whose yes and no are glyphs: "✅ Research and teaching", "❌ Use inside a
company's products", "Commercial use ✔", "- ✗ Relicensing the weights".

Cards summarise a license as a list of uses with a check mark or a cross. Under a heading or
lead-in about the license or its uses ("License at a glance", "Permitted uses", "What you can
and cannot do"), or opening a document (a card's License section, read without its heading),
a crossed item says its use is not permitted and a checked one that it is: the
item is read as that sentence ("Use inside a company's products is not permitted"), which the
English term rules then read like any other. An item that already says no in its own words
("❌ No commercial use") is read as written. Task-list boxes ("[x]", "[ ]") mark what is done,
not what is allowed, and are not read.

A yes or no written as a word label does the same ("- YES: charge your customers", "- NO: give
the weights to anyone outside your organisation", "Not allowed: resale"): an item that is a
verb phrase is read as what the licensee may or may not do ("You may not give the weights
..."), a noun phrase as above.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.segment import LIST_MARKER

_YES = "\u2705\u2714\u2611\u2713"  # ✅ ✔ ☑ ✓
_NO = "\u274c\u2717\u2718\u2612\u2716\u26d4\U0001f6ab"  # ❌ ✗ ✘ ☒ ✖ ⛔ 🚫
_GLYPH = f"[{_YES}{_NO}]\ufe0f?"
_LEADING = lazy_pattern(rf"^\s*(?P<glyph>{_GLYPH})\s*[:\-–—]?\s*(?P<item>\S.*?)\s*$", re.DOTALL)
_TRAILING = lazy_pattern(
    rf"^\s*(?P<item>\S.*?)\s*[:\-–—|=]?\s*(?P<glyph>{_GLYPH})\s*[.;]?\s*$", re.DOTALL
)
_WORD_YES = r"yes|allowed|permitted|ok"
_WORD_NO = r"no|not\s+allowed|not\s+permitted|forbidden|prohibited"
_LABEL = lazy_pattern(
    rf"^\s*(?P<word>{_WORD_NO}|{_WORD_YES})\s*[:\u2013\u2014]\s*(?P<item>\S.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_NO_WORD = lazy_pattern(rf"(?:{_WORD_NO})$", re.IGNORECASE)
_VERB_PHRASE = lazy_pattern(
    r"[a-z][a-z'-]+(?:\s+(?:over|out|away|on|up|off|back))?"
    r"\s+(?:the|a|an|any|it|them|your|our|this|these|copies)\b"
)
_CONTEXT = lazy_pattern(
    r"licen[cs]|\bterms\b|\busage\b|\buses?\b|\bpermi(?:tted|ssions?|ts)\b|\ballowed\b"
    r"|\brestrict|\brights\b|\bcan\s+(?:and|&|or)\s+can(?:no|')t\b|\bdo'?s\s+(?:and|&)\s+don",
    re.IGNORECASE,
)
# the item's own negation: read as written
_OWN_NO = lazy_pattern(
    r"^(?:no|not|never|don'?t|do\s+not|without)\b|\b(?:not|never|prohibited|forbidden)\b",
    re.IGNORECASE,
)


def is_checklist_context(text: str) -> bool:
    """Whether a heading or lead-in speaks of the license or its uses."""
    return _CONTEXT.search(text) is not None


def read_checklist_item(text: str) -> str | None:
    """The sentence a list item marked with a check or a cross says ("<item> is permitted",
    "<item> is not permitted"), or None when the item carries no such glyph or says no in its
    own words. `text` is the item as the layout gives it (its list marker may lead)."""
    marker = LIST_MARKER.match(text)
    body = text[marker.end() :] if marker else text
    labelled = _LABEL.match(body)
    if labelled is not None:
        return _labelled(labelled.group("word"), labelled.group("item").rstrip(" .;:,"))
    if not any(glyph in body for glyph in _YES + _NO):
        return None
    found = _LEADING.match(body) or _TRAILING.match(body)
    if found is None:
        return None
    item = found.group("item").rstrip(" .;:,")
    glyph = found.group("glyph")[0]
    if not item or any(g in item for g in _YES + _NO):
        return None
    if _OWN_NO.search(item):
        return None
    return f"{item} is not permitted." if glyph in _NO else f"{item} is permitted."


def _labelled(word: str, item: str) -> str | None:
    """The sentence an item under a word label says, or None when it says no in its own words."""
    no = _NO_WORD.match(word) is not None
    if not item or _OWN_NO.search(item):
        return None
    if _VERB_PHRASE.match(item):  # "give the weights to ...": what the licensee may do
        return f"You may not {item}." if no else f"You may {item}."
    return f"{item} is not permitted." if no else f"{item} is permitted."


def has_glyph(text: str) -> bool:
    """Whether `text` holds a check or a cross, or opens with a yes or no label (a cheap test
    before reading an item)."""
    if _ANY.search(text) is not None:
        return True
    marker = LIST_MARKER.match(text)
    return _LABEL.match(text[marker.end() :] if marker else text) is not None


_ANY = lazy_pattern(f"[{_YES}{_NO}]")
