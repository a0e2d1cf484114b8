"""A short note placing the weights under terms kept in another file of the model (for
`schedule_files`, hence `model_terms`): LICENSE "The weights are licensed under the Skarvelund
Model Terms in docs/terms.html", "Apache-2.0 covers the code in /src only. The weights are
under TERMS.txt", "See docs/USAGE.md for the terms of these weights". Read apart, the note
states no term and names terms the auditor would take for terms held elsewhere (the weights'
commercial term then unknown), while the terms are the model's own file. So the note is read
with that file's text after it, when that file grants something of its own (a licence text, not
a page of notes): the weights' terms are held. The pointed file is still read as a document of
its own too.

Not a long document (a licence of its own mentioning another file), not a note stating a term
of its own beside the pointer (a negation, "non-commercial", "research", "except"), and not a
note naming a file that is absent or grants nothing: that note stays unread, its terms unknown
(fail closed).
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.detect import detect_grant
from auditor.licenses.terms.sentences import parse_document

__all__ = ["pointed_terms_files"]

_NOTE_WORDS = 60
"""Words at most in a note that points to the weights' terms (incorporated._POINTER_WORDS)."""
_MAX_TERMS = 60_000
# the weights or their terms beside the file's name: "the weights are under", "licensed
# under", "governed by", "see ... for the terms", "terms ... in"
_POINTER_WORD = lazy_pattern(
    r"\b(?:weights|model|models|checkpoints?|parameters|terms|licen[cs]e[ds]?|agreement"
    r"|conditions|governed|see|under|subject\s+to|set\s+out|found)\b",
    re.IGNORECASE,
)
_NEAR = 100
# a word by which the note states a term of its own beside the pointer ("; you may not sell the
# weights in Ruritania", "for non-commercial use", "the Non-Commercial Terms"): such a note is
# no bare pointer, and stays read (or said unread) on its own words
_OWN_TERM = lazy_pattern(
    r"\b(?:not|no|never|nor|cannot|non[-\s]?commercial|noncommercial|research|evaluation|personal"
    r"|academic|except|unless|prohibit\w*|forbid\w*|without|restrict\w*|exclud\w*)\b|n['\u2019]t\b",
    re.IGNORECASE,
)


def pointed_terms_files(texts: Mapping[str, str]) -> dict[str, list[str]]:
    """Each path of a short note naming another file of `texts` that holds a grant, with a
    word of the weights or their terms near the name -> those files' paths."""
    if len(texts) < 2:
        return {}
    notes = {
        path: text
        for path, text in texts.items()
        if len(text.split()) <= _NOTE_WORDS and not _is_card(path) and not _OWN_TERM.search(text)
    }
    found: dict[str, list[str]] = {}
    for path, text in notes.items():
        parts = [
            other
            for other, body in texts.items()
            if other != path
            and len(body) <= _MAX_TERMS
            and any(_pointed(text, name) for name in _names(other))
        ]
        parts = [other for other in parts if detect_grant(parse_document(texts[other])).value]
        if parts:
            found[path] = parts
    return found


def _is_card(path: str) -> bool:
    """The model card (its prose read apart, `README.md#...`) is no note of the licence."""
    return "#" in path or PurePosixPath(path).name.lower().startswith("readme")


def _names(path: str) -> tuple[str, ...]:
    """The names a note may call a file by: its path, and its file name when that is long
    enough not to be a common word (`TERMS.txt`, never `a.md`)."""
    pure = PurePosixPath(path)
    return tuple(dict.fromkeys(n for n in (path, pure.name) if len(n) >= 5 and "." in n))


def _pointed(text: str, name: str) -> bool:
    """Does `text` name `name` (whole, any case) with a word of the weights or their terms
    near it, in the same paragraph?"""
    for match in re.finditer(r"(?<![\w./-])" + re.escape(name) + r"(?![\w-]|\.\w)", text, re.I):
        start = max(text.rfind("\n\n", 0, match.start()) + 2, match.start() - _NEAR)
        end = text.find("\n\n", match.end())
        window = text[start : min(end if end >= 0 else len(text), match.end() + _NEAR)]
        if _POINTER_WORD.search(window.replace(match.group(), " ")):
            return True
    return False
