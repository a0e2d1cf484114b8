"""Definitions kept in a file of their own beside the licence that points to them (for
`schedule_files`, hence `model_terms`): LICENSE.md "Terms in capitals are defined in
DEFINITIONS.md" with DEFINITIONS.md "# Definitions ... **Licensee's Products**: every product
offered by the Licensee or by any of its Affiliates". Read apart, the licence uses a term it
does not define and the definitions state no term of their own. So a licence text naming
another file of the model beside a word of definition ("defined in", "definitions", "has the
meaning given in", "glossary") is read with that file's text after it, when that file is a
file of definitions: its name or its first line says so ("DEFINITIONS.md", "glossary.txt",
"# Defined terms"). The definitions file is still read as a document of its own too. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["pointed_definition_files"]

_DEFINITIONS_FILE = lazy_pattern(
    r"^\W*(?:(?:the\s+)?defin(?:itions?|ed\s+terms)|glossary|interpretation|meanings?"
    r"|terms\s+used)\b",
    re.IGNORECASE,
)
"""A file of definitions, by its name or its first line."""
_DEFINITION_WORD = lazy_pattern(
    r"\b(?:defined|defines?|definitions?|glossary|meanings?|interpreted)\b", re.IGNORECASE
)
"""A word pointing to definitions, near the file's name."""
_NEAR = 100
_MAX_DEFINITIONS = 20_000  # a list of definitions is short; a long text is a document of its own


def pointed_definition_files(texts: Mapping[str, str]) -> dict[str, list[str]]:
    """Each path whose text points to a definitions file of `texts` -> those files' paths."""
    if len(texts) < 2:
        return {}
    files = {
        path: names
        for path, text in texts.items()
        if len(text) <= _MAX_DEFINITIONS and (names := _definition_names(path, text))
    }
    found: dict[str, list[str]] = {}
    for path, text in texts.items():
        parts = [
            other
            for other, names in files.items()
            if other != path and any(_pointed(text, name) for name in names)
        ]
        if parts:
            found[path] = parts
    return found


def _definition_names(path: str, text: str) -> tuple[str, ...]:
    """The names a licence may call a definitions file by (its file name, with and without the
    extension), or () when the file is no file of definitions."""
    pure = PurePosixPath(path)
    first = text.lstrip().split("\n", 1)[0] if text.strip() else ""
    stem = pure.stem.replace("_", " ").replace("-", " ")
    if not (_DEFINITIONS_FILE.match(stem) or _DEFINITIONS_FILE.match(first)):
        return ()
    return tuple(dict.fromkeys(n for n in (pure.name, pure.stem) if len(n) >= 4))


def _pointed(text: str, name: str) -> bool:
    """Does `text` name `name` (a whole word, any case) with a word of definition near it, in
    the same paragraph?"""
    for match in re.finditer(r"(?<![\w./-])" + re.escape(name) + r"(?![\w-]|\.\w)", text, re.I):
        start = max(text.rfind("\n\n", 0, match.start()) + 2, match.start() - _NEAR)
        end = text.find("\n\n", match.end())
        window = text[start : min(end if end >= 0 else len(text), match.end() + _NEAR)]
        if _DEFINITION_WORD.search(window.replace(match.group(), " ")):
            return True
    return False
