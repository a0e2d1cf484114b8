"""List items read against the sentence before them: the kind of their marker, whether they
go on with that sentence (`sentences.parse_document`: a list of bans whose lead-in is left
open at its end), and whether that sentence bans what its list names in a shape the
prohibitive wording of a sentence leaves out (a passive or conditional ban of use)."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.segment import LIST_MARKER

_MARKER_KINDS = (
    ("number", lazy_pattern(r"\(?\d")),
    ("roman", lazy_pattern(r"\(?[ivxl]{1,6}[.)]")),
    ("letter", lazy_pattern(r"\(?[a-z][.)]")),
    ("bullet", lazy_pattern(r"[-*+\u2022\u00b7]")),
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


_DENIED_USE = lazy_pattern(
    r"(?:\b(?:not|never)|n't)\s+(?:(?:to\s+)?be\s+|being\s+|been\s+)?(?:used|use|put\s+to"
    r"|deployed|deploy|employed|employ|applied|apply)\b",
    re.IGNORECASE,
)
"""The model's use denied, in the active or the passive: "do not use", "is not used", "are
not to be used", "must not be put to", "shall never be deployed", "isn't used"."""
_CONDITION = lazy_pattern(
    r"\b(?:provided(?:\s+that)?|providing\s+that|on\s+(?:the\s+)?condition\s+that"
    r"|so\s+long\s+as|as\s+long\s+as|only\s+if)\b",
    re.IGNORECASE,
)
_NEGATION = lazy_pattern(r"\b(?:not|never|no\s+one|nobody|neither|nor)\b|n't\b", re.IGNORECASE)


def bans_uses(lead: str) -> bool:
    """Does a list's lead-in ban the uses its items name in a shape a sentence's own
    prohibitive wording may leave out: the model's use denied in the passive ("on the
    condition that the Model is not used, by you or anyone you let use it:", "The weights are
    not to be put to any of these purposes:"), or a grant conditioned on something not done
    ("provided that neither you nor your users deploy it:")? A negation of anything else
    ("The following files are not included:") bans nothing, and neither does a condition
    that denies nothing ("provided that you keep these notices:")."""
    if _DENIED_USE.search(lead):
        return True
    condition = _CONDITION.search(lead)
    return condition is not None and _NEGATION.search(lead, condition.end()) is not None
