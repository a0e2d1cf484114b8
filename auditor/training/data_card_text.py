"""Cuts a data card's Markdown (or a license document) into located sentences under their
section headings, for the data-card reader (data_card.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern

QUOTE_CHARS = 240
"""The longest quote kept as evidence."""

_FENCE = lazy_pattern(r"^\s{0,3}(?:```|~~~)")
_HEADING = lazy_pattern(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BOLD_HEADING = lazy_pattern(r"^\s*(?:\*\*|__)([^*_]{2,80})(?:\*\*|__)\s*:?\s*$")
_LIST_OR_ROW = lazy_pattern(r"^\s*(?:[-*+]\s|\d{1,3}[.)]\s|\|)")
_HUB_LINK = lazy_pattern(
    r"\[([^\]\n]{0,200})\]\(\s*<?https?://(?:www\.)?huggingface\.co/datasets/"
    r"([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)[^)\s]*>?(?:\s+\"[^\"]*\")?\s*\)"
)
_LINK = lazy_pattern(r"!?\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)")
_TAG = lazy_pattern(r"</?[A-Za-z][^>\n]{0,300}>")
_MARKS = lazy_pattern(r"(?<!\w)(?:\*\*|__|\*|_|`)|(?:\*\*|__|\*|`)(?!\w)")
_COMMENT = lazy_pattern(r"<!--.*?-->")
_SENTENCE_END = lazy_pattern(r"(?<=[.!?])\s+(?=[\"'(\[A-Z0-9])|(?<=[。！？；])")
_SPACE = lazy_pattern(r"\s+")


@dataclass(frozen=True, slots=True)
class CardSentence:
    """One sentence (or table row, or list item) of a card, where it starts and its section."""

    file: str
    line: int
    text: str  # markup removed, whitespace collapsed; a Hub dataset link reads as its id
    section: str  # the nearest heading above it, lowercase ("" before the first)


def card_sentences(text: str, file: str, first_line: int = 1) -> list[CardSentence]:
    """The sentences of a Markdown text whose first line is line `first_line` of `file`.

    Code fences and HTML comments (the card template's guidance) are skipped; a heading
    (`## Title`, or a line that is all bold) opens a section; list items and table rows stand
    on their own.
    """
    found: list[CardSentence] = []
    section = ""
    fenced = False
    in_comment = False
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if paragraph:
            found.extend(_split(paragraph, file, section))
            paragraph.clear()

    for offset, raw in enumerate(text.split("\n")):
        number = first_line + offset
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line, in_comment = line.split("-->", 1)[1], False
        line = _COMMENT.sub(" ", line)
        if "<!--" in line:
            line, in_comment = line.split("<!--", 1)[0], True
        if _FENCE.match(line):
            fenced = not fenced
            flush()
            continue
        if fenced:
            continue
        heading = _HEADING.match(line) or _BOLD_HEADING.match(line)
        if heading:
            flush()
            section = clean(heading.group(1)).lower()
            continue
        if not line.strip():
            flush()
            continue
        if _LIST_OR_ROW.match(line):
            flush()
            if set(line.strip()) <= set("|-: "):
                continue  # a table's separator row
        paragraph.append((number, line))
    flush()
    return found


def clean(text: str) -> str:
    """A line's words without Markdown or HTML: links read as their text (a Hub dataset link
    as the dataset's id), emphasis and code marks dropped, whitespace collapsed."""
    text = _HUB_LINK.sub(lambda m: m.group(2), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub(" ", text)
    text = _MARKS.sub("", text)
    text = text.replace("|", " ; ").strip(" ;")
    text = re.sub(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", "", text)
    return _SPACE.sub(" ", text).strip()


def quote(text: str) -> str:
    """A sentence as quoted evidence: at most QUOTE_CHARS characters."""
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 3].rstrip() + "..."


def _split(paragraph: list[tuple[int, str]], file: str, section: str) -> list[CardSentence]:
    """A paragraph's sentences, each on the line where it starts."""
    starts: list[tuple[int, int]] = []  # (offset in the joined text, line)
    parts: list[str] = []
    size = 0
    for number, raw in paragraph:
        words = clean(raw)
        if not words:
            continue
        starts.append((size, number))
        parts.append(words)
        size += len(words) + 1
    joined = " ".join(parts)
    found: list[CardSentence] = []
    position = 0
    for piece in [*_SENTENCE_END.split(joined)]:
        at = joined.find(piece, position)
        position = at + len(piece)
        words = piece.strip()
        if not words:
            continue
        line = max((n for start, n in starts if start <= at), default=paragraph[0][0])
        found.append(CardSentence(file, line, words, section))
    return found
