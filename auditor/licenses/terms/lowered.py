"""Case-insensitive patterns searched as plain ones in lowercase text: the same answers, faster.

`re` compares every literal of an IGNORECASE pattern folded, several times the cost of a plain
scan, while each sentence's lowercase text is made anyway. A pattern whose own letters are all
lowercase finds in `text.lower()` what it finds in `text` case-insensitively; the extraction
digests over the corpus and ScanCode's texts hold the two paths equal.
"""

from __future__ import annotations

import re
from functools import cache

_UPPER_OUTSIDE_ESCAPES = re.compile(r"(?<!\\)(?:\\\\)*[A-Z]|\(\?[^:=!<P#]|\\[NpP]")


@cache
def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same case-insensitive pattern compiled case-sensitively, to search lowercase text.

    Case-insensitive matching costs several times a plain scan in `re` (every literal is
    compared folded), and a sentence's lowercase text is made anyway: a pattern whose own
    letters are all lowercase finds in `text.lower()` exactly what it finds in `text` with
    IGNORECASE. Patterns with a capital letter outside an escape (`RAIL`, `[A-Z]`), inline
    flags (`(?-i:...)`) or property escapes keep the case-insensitive search (None)."""
    source = pattern.pattern.replace("(?P<", "(?<").replace("(?P=", "(?=")  # group syntax
    if not pattern.flags & re.IGNORECASE or _UPPER_OUTSIDE_ESCAPES.search(source):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
