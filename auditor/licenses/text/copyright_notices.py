"""Copyright notices in license texts: found, and dropped from the words identification reads.

A notice names who holds the copyright (`Copyright (c) 2024 Acme`, `© Acme`), never what the
license says, so identification drops it wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.fileio.lazy_pattern import lazy_pattern

# "Copyright (c)", "Copyright 2024", "Copyright [yyyy]", "©", "(c) 2024": a notice, not a
# mention ("copyright holders"). Separators are anything the word splitter drops.
_COPYRIGHT = compile_pattern(
    r"(?:copyright|copr\.?)[\W_]*(?:\(?c\)?(?!\w)|©|\[?yyyy\]?|(?:19|20)\d\d(?!\d))"
    r"|©|\(c\)[\W_]*(?:19|20)\d\d(?!\d)"
)
# The next word of a notice: not over a blank line, nor over split_sentences' separator.
_NOTICE_PIECE = compile_pattern(r"[^\S\n]*(?:\n[^\S\n]*)?([^\s\u2063]+)")
_NOTICE_MAX_WORDS = 12


def is_copyright_line(line: str) -> bool:
    """A line that opens with a copyright notice (`Copyright (c) 2024 Acme`, `© Acme`)."""
    return _COPYRIGHT.match(line.lstrip(" \t\"'“‘*#>-[").lower()) is not None


def drop_copyright_notices(text: str) -> str:
    """Drop each notice from its marker to the end of its sentence or paragraph (at most
    _NOTICE_MAX_WORDS words), wherever it stands, so rewrapping cannot change what is dropped."""
    if "cop" not in text and "©" not in text and "(c)" not in text:
        return text
    parts: list[str] = []
    last = 0
    for found in copyright_marks(text):
        if found.start() < last:
            continue
        end = found.end()
        for _ in range(_NOTICE_MAX_WORDS):
            piece = _NOTICE_PIECE.match(text, end)
            if piece is None:
                break
            end = piece.end()
            if piece.group(1).rstrip("\"'”’)]").endswith((".", ";", "!", "?")):
                break
        parts += [text[last : found.start()], " "]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def copyright_marks(text: str) -> Iterator[re.Match[str]]:
    """`_COPYRIGHT.finditer(text)`, tried only where a literal its matches start with stands
    (`copyright`, `copr`, `©`, `(c)`): it opens with an alternation, which `re` tries at every
    position."""
    starts: set[int] = set()
    for lead in ("copyright", "copr", "\u00a9", "(c)"):
        index = text.find(lead)
        while index != -1:
            starts.add(index)
            index = text.find(lead, index + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (found := _COPYRIGHT.match(text, start)) is not None:
            yield found
            end = found.end()


_RESERVED = lazy_pattern(r"\ball\s+rights\s+reserved\b", re.IGNORECASE)


def is_notice_only(text: str) -> bool:
    """A text holding copyright notices and nothing else (`Copyright (c) 2026 Acme. All rights
    reserved.`): a notice, which grants and restricts nothing, not a license left unread."""
    rest = _RESERVED.sub(" ", drop_copyright_notices(text.lower()))
    return text.strip() != "" and not rest.strip(" \t\r\n.,;:")
