"""The versions a text says prevail, read with a table of precedence clauses and of language
names (`foreign_precedence_south_asia`, `foreign_precedence_west`): one reader for every table.
A clause names its version in a named group; the group's words are matched whole against the
names table, whose value is the language code."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["versions_named"]

_FLAGS = re.IGNORECASE


@cache
def _compiled(clauses: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(lazy_pattern(unicodedata.normalize("NFKC", c), _FLAGS) for c in clauses)


def versions_named(text: str, clauses: tuple[str, ...], names: Mapping[str, str]) -> set[str]:
    """The codes of the versions `text` says prevail, in `clauses` (each naming its version in a
    named group), by `names` (words -> language code)."""
    named: set[str] = set()
    for pattern in _compiled(clauses):
        for found in pattern.finditer(text):
            name = next((v for v in found.groupdict().values() if v), "")
            named.update(code for words, code in names.items() if re.fullmatch(words, name, _FLAGS))
    return named
