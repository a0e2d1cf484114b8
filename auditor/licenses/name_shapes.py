"""Reads the shape of a license name: its words, its version and whether it says "only" or "or
later", whatever the spelling (`GPLv3`, `GPL v3.0`, `GNU GPL version 3`, `gpl-3.0-only`).

Pure: a name in, a `NameShape` (or None when the name is not one license's name) out. Shapes of
the names the records and ScanCode's LicenseDB know are compared with a declared name's shape by
`shape_match`. Two names have the same shape when they differ only in case, spacing and
punctuation, `licence`/`license`, a version spelled `v3`, `3.0` or `version 3`, a word split
or joined (`Open RAIL` / `OpenRAIL`, `llama3.1` / `Llama 3.1`) or a filler word that names no
license (license_db/license_name_shapes.yaml: `the`, `license`, `agreement`...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from auditor.fileio.lazy_pattern import lazy_pattern


class Later(StrEnum):
    """What a name says about later versions of the license."""

    ONLY = "only"  # `-only`, `only`
    OR_LATER = "or-later"  # `or later`, `or any later version`, `+` after a version
    UNSTATED = "unstated"


@dataclass(frozen=True, slots=True)
class NameShape:
    """A name's words (filler dropped, in order), version and later-versions clause."""

    words: tuple[str, ...]
    version: str | None
    later: Later

    @property
    def joined(self) -> str:
        """The words run together: `open rail m` and `openrail m` read alike."""
        return "".join(self.words)


# A name joining licenses, or listing them, is an expression or a list: never one shape.
_JOINS = lazy_pattern(r"\b(?:and|with|plus|except|excluding)\b|[,;/&|]|\bor\b(?!\s+later\b)")
_OR_LATER = lazy_pattern(
    r"(?:\bor|\band)[\s-]+(?:any[\s-]+)?(?:later|newer|greater|above)(?:[\s-]+versions?)?\b"
    r"|(?<=\d)\s*\+(?![+\w])|(?<=\d)-or-later\b"
)
_ONLY = lazy_pattern(r"(?:(?<=\d)-|\s)only\b")
_DATE = lazy_pattern(r"\b(?:19|20)\d\d(?:[-./ ]\d{1,2}){0,2}\b")
_DASHES = lazy_pattern("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_VERSION_MARK = lazy_pattern(r"(?:(?<=[^\W\d_])|\b)v(?:er)?\.?(?=\d)")  # `gplv3`, `v1.2`
_LETTER_DIGIT = lazy_pattern(r"(?<=[^\W\d_]{2})(?=\d)")  # `llama3.1`; not `RAIL-M2`, `K2`
_VERSION_COMMA = lazy_pattern(r",(?=\s*v(?:er(?:sion)?)?\.?\s*\d)")  # `GPL, version 3`
_NUMBER = lazy_pattern(r"\d+(?:\.\d+)*")  # decimal digits only: `²` is no version
_TOKEN = lazy_pattern(r"\d+(?:\.\d+)*|[^\W\d_][^\W_]*(?:\+\+|\+)?")
_INVISIBLE = lazy_pattern("[\u00ad\u200b-\u200d\u2060\ufeff]")
_MAX_WORDS = 12


def parse_shape(name: str, filler: Iterable[str]) -> NameShape | None:
    """The shape of one license's name; None for an empty name, an expression or list of
    licenses (`MIT or Apache 2.0`, `GPL v2, v3`), a name with two versions, or a long text."""
    text = _INVISIBLE.sub("", _DASHES.sub("-", name)).lower().replace("licence", "license")
    text = _VERSION_COMMA.sub(" ", text.replace("_", " ")).strip()
    later = Later.UNSTATED
    if _OR_LATER.search(text):
        later, text = Later.OR_LATER, _OR_LATER.sub(" ", text)
    elif _ONLY.search(text):
        later, text = Later.ONLY, _ONLY.sub(" ", text)
    if not text or _JOINS.search(text):
        return None
    text = _LETTER_DIGIT.sub(" ", _VERSION_MARK.sub(" ", text))
    text = _DATE.sub(_date_word, text)  # a dated text is another text: its date is a word
    tokens = _TOKEN.findall(text)
    numbers = [t for t in tokens if _NUMBER.fullmatch(t)]
    if len(numbers) > 1 or len(tokens) > _MAX_WORDS:
        return None
    skip = frozenset(filler)
    words = tuple(t for t in tokens if not _NUMBER.fullmatch(t) and t not in skip)
    if not words:
        return None
    version = normalize_version(numbers[0]) if numbers else None
    return NameShape(words, version, later)


def _date_word(found: re.Match[str]) -> str:
    return "dated" + "".join(f"{int(p):02d}" for p in re.findall(r"\d+", found.group()))


def normalize_version(version: str) -> str:
    """`3.0` and `3` read alike, `2.0.1` stays: trailing `.0` parts dropped, leading zeros too."""
    parts = [str(int(p)) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return ".".join(parts)


def acronyms(name: str, shape: NameShape) -> set[str]:
    """Short forms of a long standard name: `GNU General Public License` -> `gpl`,
    `Python Software Foundation License` -> `psfl`, `psf`; none for a name of one word. An
    acronym counts only for a name that ends its words with `license` (the `l`)."""
    if len(shape.words) < 2 or not re.search(r"\blicen[cs]e\b", name, re.I):
        return set()
    if not all(w.isalpha() for w in shape.words):
        return set()
    initials = "".join(w[0] for w in shape.words)
    found = {f"{initials}l"}
    if len(initials) >= 3:
        found.add(initials)
    return {a for a in found if len(a) >= 3}


def drop_parentheses(name: str) -> str | None:
    """The name without its parenthesised parts (`Universal Permissive License (UPL) v1.0` ->
    `Universal Permissive License v1.0`), or None when it has none."""
    if "(" not in name:
        return None
    return " ".join(re.sub(r"\([^()]*\)", " ", name).split())
