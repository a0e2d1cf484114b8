"""The running text of a card for the prose lineage readers (`prose`): lines outside fenced
code and tables, a sentence hard-wrapped over several lines read as one; and, as lines of their
own, a label opening a later sentence of a line and the notes of the card's own citation
(card_text_s40lineage.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.card_text_s40lineage import citation_notes, label_tails

_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
_BULLET = lazy_pattern(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")


def prose_lines(
    lines: list[str], first_line: int, label: re.Pattern[str]
) -> Iterator[tuple[int, str]]:
    """Lines of running text: not inside fenced code, not table rows; a sentence hard-wrapped
    over several lines ("We started from Mistral's\n`mistralai/Ministral-8B` checkpoint") is
    one line, numbered by its first, so a phrase and the model it names are read together.
    After a line, the rest of it from each later sentence opening with a label; after all
    lines, the notes of the card's own citation entries."""
    for number, line in _running(lines, first_line, label):
        yield number, line
        for tail in label_tails(line):
            yield number, tail
    if any("@" in line for line in lines):  # a BibTeX entry's mark: most cards hold none
        yield from citation_notes(lines, first_line)


def _running(
    lines: list[str], first_line: int, label: re.Pattern[str]
) -> Iterator[tuple[int, str]]:
    fenced = False
    held: tuple[int, str] | None = None
    for offset, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and not line.lstrip().startswith("|"):
            if held is not None and _continues(held[1], line, label):
                held = (held[0], f"{held[1].rstrip()} {line.strip()}")
                continue
            if held is not None:
                yield held
            held = (first_line + offset, line)
            continue
        if held is not None:
            yield held
            held = None
    if held is not None:
        yield held


# A line that starts a block of its own (a list item, heading, quote, table row, fence, HTML,
# footnote) or a label ("License: MIT", "**Base model:** x") is never a wrapped sentence's tail.
_BLOCK_START = lazy_pattern(
    r"^\s*(?:[-*+]\s|\d{1,3}[.)]\s|#|>|\||```|~~~|<|\[\^|(?:\*\*|__)?[^\W\d_][\w ()/.-]{0,40}"
    r"(?:\*\*|__)?\s*[:：](?:\s|$))"
)


def _continues(held: str, line: str, label: re.Pattern[str]) -> bool:
    """Whether `line` carries on the sentence of the running-text line `held` (wrapped): both
    hold words, `held` ends no sentence and is no heading, label or hard break, `line` starts
    no block of its own."""
    if not line.strip() or not held.strip() or held.endswith(("  ", "\\")):
        return False
    if held.rstrip().endswith((".", "!", "?", ":", ";", "。")):
        return False  # the sentence ended: the next line's is cited by its own number
    if held.lstrip().startswith(("#", "|", "<")) or label.match(held) or _label_like(held):
        return False
    return _BLOCK_START.match(line) is None


def _label_like(line: str) -> bool:
    """ "License: MIT", "**Languages:** en": a short key and a colon open the line."""
    return _BLOCK_START.match(line) is not None and not _BULLET.match(line)
