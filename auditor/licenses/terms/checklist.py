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


def has_glyph(text: str) -> bool:
    """Whether `text` holds a check or a cross (a cheap test before reading an item)."""
    return _ANY.search(text) is not None


_ANY = lazy_pattern(f"[{_YES}{_NO}]")
