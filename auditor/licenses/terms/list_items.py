"""List items read against the sentence before them: the kind of their marker, and whether
they go on with that sentence (`sentences.parse_document`: a list of bans whose lead-in is
left open at its end)."""

from __future__ import annotations

import re

from auditor.licenses.text.segment import LIST_MARKER

_MARKER_KINDS = (
    ("number", re.compile(r"\(?\d")),
    ("roman", re.compile(r"\(?[ivxl]{1,6}[.)]")),
    ("letter", re.compile(r"\(?[a-z][.)]")),
    ("bullet", re.compile(r"[-*+\u2022\u00b7]")),
)


def marker_kind(item: str) -> str:
    """The kind of the list marker `item` opens with (number, roman, letter, bullet), or ""."""
    match = LIST_MARKER.match(item)
    if match is None:
        return ""
    marker = match.group().strip().lower()
    return next((kind for kind, shape in _MARKER_KINDS if shape.match(marker)), "")


def goes_on(item: str) -> bool:
    """Does a list item go on with the sentence before it: its first word, after the marker,
    in lowercase ("(a) to diagnose ...", "- for military purposes")?"""
    body = LIST_MARKER.sub("", item, count=1).lstrip("\"'(*_ ")
    return body[:1].islower()
