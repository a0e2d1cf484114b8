"""Cuts cleaned license lines into paragraphs, list items and headings, then sentence spans.

Used by `layout`; hard-wrapped lines are joined back and abbreviations do not end a
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.fileio.compiled_patterns import compile_pattern

LIST_MARKER = compile_pattern(
    r"^\s*(?:[-*\u2022\u00b7]|\(?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|\(?[a-zA-Z][.)]"
    r"|\(?[ivxlIVXL]{1,6}[.)]|\([a-zA-Z0-9]{1,5}\))(?=\s)\s*",
    re.MULTILINE,
)
_END_CHARS = frozenset(".:;!?")
_ABBREVIATIONS = frozenset(
    {
        "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "no", "nos", "u.s", "u.k", "st", "mr",
        "ms", "dr", "vs", "cf", "jr", "sr", "l.l.c", "s.a", "approx", "art", "sec", "para", "fig",
        "dept", "govt", "a.k.a", "rs", "rp", "tk",  # rupees, rupiah, taka before an amount
    }
)  # fmt: skip
_SENTENCE_END = compile_pattern(
    r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u4e00-\u9fff])|[\u3002\uff01\uff1f]"
)


@dataclass(slots=True)
class Unit:
    """A paragraph, list item or heading: a span of the flat cleaned text."""

    start: int  # offset in the flat text
    end: int
    list_item: bool
    heading: bool


_WORD = compile_pattern(r"[A-Za-z][A-Za-z'-]*")
_NUMBERED_PART = compile_pattern(r"^(?:section|article|part)\b", re.IGNORECASE)


def _is_heading(text: str) -> bool:
    # one line: a list marker can only sit at its start, so match() does what sub() would
    marker = LIST_MARKER.match(text)
    body = (text[marker.end() :] if marker else text).strip()
    if body.endswith(".") and len(body) <= 60 and body.count(".") == 1:
        body = body[:-1]  # "9. Governing Law and Jurisdiction."
    if not body or len(body) > 70 or body[-1] in ".;,":
        return False
    words = [w for w in _WORD.findall(body) if len(w) > 3]
    if not words:
        return bool(_NUMBERED_PART.match(body))
    capitalised = sum(1 for w in words if w[0].isupper())
    return body.isupper() or capitalised / len(words) >= 0.7


_ATX = compile_pattern(r"^ {0,3}#{1,6}[ \t]+\S")
"""A Markdown heading line (`# Title`, `## 2. Use`): a heading whatever its words, never run on
into the line under it (CommonMark: an ATX heading is a block of its own)."""
_HASHED = compile_pattern(r"^\s*#")


def _atx_headings(raw_lines: Sequence[str]) -> list[bool]:
    """Which lines are Markdown headings: a `#` line whose neighbours are not `#` lines too (a
    licence kept in a block of `#` comments, every line so marked, is prose)."""
    hashed = [bool(_HASHED.match(raw)) for raw in raw_lines]
    last = len(raw_lines) - 1
    return [
        bool(_ATX.match(raw)) and not (i > 0 and hashed[i - 1]) and not (i < last and hashed[i + 1])
        for i, raw in enumerate(raw_lines)
    ]


def split_units(
    cleaned: list[tuple[str, list[int] | None]],
    line_starts: Sequence[int],
    raw_lines: Sequence[str] = (),
) -> list[Unit]:
    """Group lines into paragraphs and list items; hard-wrapped lines are joined back.
    `raw_lines` (the lines before cleaning, one a cleaned line) mark Markdown headings."""
    atx = _atx_headings(raw_lines) if len(raw_lines) == len(cleaned) else []
    units: list[Unit] = []
    current: Unit | None = None
    previous = ""
    text_column = 0  # where the previous line's text starts, after any list marker
    for number, ((line, _), start) in enumerate(zip(cleaned, line_starts, strict=True)):
        text = line.strip()
        if not text:
            current = None
            previous = ""
            continue
        marker = LIST_MARKER.match(line)
        indent = len(line) - len(line.lstrip())
        # An indented line aligned with the text of the line above continues it.
        continued = not marker and indent > 0 and indent >= text_column and current is not None
        prev_punct = _ends_closed(previous)
        prev_closed = prev_punct and not _ends_with_abbreviation(previous)
        prev_short_open = bool(previous) and len(previous) < 50 and not prev_punct
        block_start = not previous or prev_closed or (prev_short_open and not continued)
        heading = (block_start and _is_heading(text)) or (bool(atx) and atx[number])
        starts_upper = text[:1].isupper() or text[:1] in "\"'(["
        new_unit = (
            current is None
            or bool(marker)
            or heading
            or current.heading
            or prev_closed
            or (prev_short_open and starts_upper and not continued)
        )
        if new_unit or current is None:
            current = Unit(
                start=start, end=start + len(line), list_item=bool(marker), heading=heading
            )
            units.append(current)
        else:
            current.end = start + len(line)
        previous = text
        text_column = marker.end() if marker else indent
    return units


def _ends_closed(text: str) -> bool:
    """Does the line end a sentence: `[.:;!?]\\s*["')\\]]*\\s*$`, read from the end instead
    of searched for along the whole line (str.rstrip strips what regex \\s matches)."""
    return text.rstrip().rstrip("\"')]").rstrip()[-1:] in _END_CHARS


def _ends_with_abbreviation(text: str) -> bool:
    return text.endswith(".") and _is_abbreviation(text, 0, len(text) - 1)


def sentence_spans(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of one unit, found on their own (the layout finds them for a whole
    paragraph at once with `sentence_ends` and `unit_spans`; this is the reference that
    those are tested against)."""
    spans: list[tuple[int, int]] = []
    cursor = start
    marker = LIST_MARKER.match(flat, start, end)
    first_split = marker.end() if marker else start
    for match in _SENTENCE_END.finditer(flat, start, end):
        if match.start() < first_split:
            continue
        if match.group().startswith(".") and _is_abbreviation(flat, cursor, match.start()):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if flat[s:e].strip()]


def sentence_ends(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every sentence end of a paragraph: the offset of its punctuation and the offset after
    the whitespace following it; a dot ending an abbreviation is none. One pass serves the
    paragraph's sentences (identification) and its units' (`unit_spans`, term extraction)."""
    ends: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(flat, start, end):
        if match.group().startswith(".") and _is_abbreviation(flat, cursor, match.start()):
            continue
        ends.append((match.start(), match.end()))
        cursor = match.end()
    return ends


def spans_between(flat: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """The non-blank pieces of flat[start:end] cut at `cuts` (ascending, inside the range)."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for cut in cuts:
        spans.append((cursor, cut))
        cursor = cut
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if flat[s:e].strip()]


def unit_spans(
    flat: str, unit: Unit, ends: list[tuple[int, int]], first: int = 0
) -> tuple[list[tuple[int, int]], int]:
    """The sentences of one unit from its paragraph's `sentence_ends`: the ends whose
    punctuation and following word lie inside the unit, past its list marker; the same spans
    as `sentence_spans(flat, unit.start, unit.end)`, since a unit starts a line, no end found
    across a unit boundary could have been one inside it. Reads `ends` from index `first` and
    returns where the next unit's may start (the units of a paragraph are read in order)."""
    marker = LIST_MARKER.match(flat, unit.start, unit.end)
    first_split = marker.end() if marker else unit.start
    cuts: list[int] = []
    index, count = first, len(ends)
    while index < count and ends[index][0] < unit.end:
        punct, stop = ends[index]
        if punct >= first_split and stop < unit.end:
            cuts.append(stop)
        index += 1
    return spans_between(flat, unit.start, unit.end, cuts), index


_ABBREVIATION_SHAPE = compile_pattern(r"[a-z]|(?:[a-z]\.)+[a-z]")
_WORD_MAX = 40
"""An abbreviation is short: the word before a dot is looked for this far back at most."""


def _is_abbreviation(flat: str, start: int, dot: int) -> bool:
    # The word before the dot: what follows the last whitespace (str.split splits at what
    # regex \s matches) in a short stretch before it, rather than a walk a character at a time.
    stretch = flat[max(start, dot - _WORD_MAX) : dot]
    if not stretch or stretch[-1].isspace():
        return False
    token = stretch.split()[-1].lower().lstrip("(\"'")
    return token in _ABBREVIATIONS or bool(_ABBREVIATION_SHAPE.fullmatch(token))
