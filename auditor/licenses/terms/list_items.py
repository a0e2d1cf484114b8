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


ZONE_HEADING = lazy_pattern(
    r"prohibited\s+uses?|use\s+restrictions?|restricted\s+uses?|use-based\s+restrictions"
    r"|^restrictions?$|acceptable\s+use|prohibited\s+use"
    # a section or column of what the grant leaves out ("Excluded fields", "Fields not licensed")
    r"|\b(?:excluded|prohibited|forbidden|banned|restricted|unlicen[cs]ed)\s+(?:fields?|areas?"
    r"|domains?|sectors?|purposes?|applications?|activit(?:y|ies)|decisions?)\b"
    r"|\b(?:fields?|areas?|domains?|sectors?|purposes?|uses?)\s+(?:(?:that\s+are|which\s+are)\s+)?"
    r"(?:excluded|not\s+(?:licen[cs]ed|covered|permitted|allowed|granted))\b"
    # the plain register: "What you can't do with X", "Things you may not do", "Off limits"
    r"|\b(?:what|things?|stuff)\s+(?:you|users?|licensees?|nobody|no\s+one)\s+(?:can['’]?t|cannot"
    r"|can\s+not|may\s+not|must\s+not|mustn['’]t|shouldn['’]t|are\s+not\s+(?:allowed|permitted)"
    r"\s+to)\s+do\b|\bwhat\s+is\s+not\s+(?:allowed|permitted)\b|\boff[\s-]limits\b|\bdon['’]ts\b",
    re.IGNORECASE,
)
"""A heading or table column under which each item is a restricted use."""

_FORWARD = lazy_pattern(
    r"\b(?:listed|set\s+out|named|described|specified|shown|enumerated|given|stated)\s+(?:below"
    r"|hereafter|hereunder|in\s+the\s+(?:following|table|list)\b)|\bthe\s+following\s+(?:table"
    r"|list|fields|uses|purposes|areas|domains|sectors|activities|applications|decisions)\b"
    r"|\bin\s+the\s+(?:table|list)\s+below\b",
    re.IGNORECASE,
)
"""A reference to what follows: "the fields listed below", "in the table below"."""
_SHUTS_OUT = lazy_pattern(
    r"\b(?:except(?:\s+(?:for|to|in))?|excluding|other\s+than|but\s+not|save\s+(?:for|in|to)"
    r"|with\s+the\s+exception\s+of|apart\s+from|unless)\b"
    r"|(?P<ban>\b(?:not|never|no\s+licen[cs]e|prohibited|forbidden|excluded|barred)\b|n't\b)",
    re.IGNORECASE,
)


def excludes_what_follows(paragraph: str) -> bool:
    """Does a paragraph leave out of the grant what the table or list after it names: a
    sentence pointing forward ("in the fields listed below") whose last word of exclusion
    before the pointer is a ban ("must not be used in the fields listed below") or an
    exception to a grant that bans nothing before it ("licensed for any purpose, except
    decisions in the fields listed below")? An exception to a ban ("may not be used except
    for the purposes listed below") lists what is allowed: no."""
    for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
        pointer = _FORWARD.search(sentence)
        if pointer is None:
            continue
        marks = list(_SHUTS_OUT.finditer(sentence, 0, pointer.start()))
        if not marks:
            continue
        if marks[-1].group("ban") is not None:
            return True
        return not any(mark.group("ban") is not None for mark in marks[:-1])
    return False
