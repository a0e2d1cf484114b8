"""Identification's sentences of a license text: the prose sentences of its shared layout,
each with its normalised words, its original wording and where it stands.

Read by sentence digests (`fingerprint`), `differences`, `index_rules` and `notices`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.licenses.text import unicode_fold
from auditor.licenses.text.layout import Layout, read_layout, trim_quote
from auditor.licenses.text.normalize import (
    is_heading_line,
    is_marked_heading_line,
    sentence_words,
)
from auditor.licenses.text.segment import Unit

_MARK_CHARS = frozenset("#<*_")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document (a span of its shared `layout`, cut at semicolons): as
    written, as normalised words, and where it stands in the original."""

    raw: str  # the original wording, line breaks and markup kept
    words: tuple[str, ...]  # the normalised words of `raw`
    block: int  # index of the layout unit (paragraph, list item or heading) it starts in
    heading: bool  # a line of its own marked as a heading, or a one-line upper-case paragraph
    start: int = field(default=0, compare=False)  # offsets in the layout's flat text
    end: int = field(default=0, compare=False)
    layout: Layout | None = field(default=None, compare=False, repr=False)

    @property
    def line(self) -> int | None:
        """1-based line of the original text where it starts."""
        return None if self.layout is None else self.layout.locator.line_of(self.start)

    @property
    def quote(self) -> str:
        """The original wording, whitespace collapsed, at most QUOTE_LIMIT characters."""
        return trim_quote(" ".join(self.raw.split()))

    @property
    def cleaned(self) -> str:
        """The wording as the matchers read it: markup stripped, quotes unified, words
        hyphenated over a line end joined, whitespace collapsed."""
        if self.layout is None:
            return " ".join(self.raw.split())
        return self.layout.matched_text(self.start, self.end)


def split_sentences(text: str) -> list[Sentence]:
    """The prose sentences of the text's shared layout (cut where punctuation ends them, so
    rewrapping moves none), also cut around a line marked as a heading and at semicolons,
    with normalised words; a sentence without words (markup, a copyright notice, a list
    marker) is left out."""
    layout = read_layout(text)
    units = layout.units
    headings = _unit_headings(layout)
    pieces: list[tuple[int, bool, int, int]] = []  # unit index, heading, start, end
    for span in layout.prose:
        index = span.unit_index
        cursor = span.start
        while cursor < span.end:
            while index + 1 < len(units) and units[index].end < cursor:
                index += 1
            unit = units[index]
            if headings[index] and cursor <= unit.start < span.end:
                if cursor < unit.start:  # the prose before the heading line
                    pieces += [
                        (index, False, a, b) for a, b in _clauses(layout, cursor, unit.start)
                    ]
                stop = min(unit.end, span.end)
                pieces += [(index, True, a, b) for a, b in _clauses(layout, unit.start, stop)]
                cursor = stop
                index += 1
                continue
            stop = _next_heading_start(units, headings, index + 1, span.end)
            pieces += [(index, False, a, b) for a, b in _clauses(layout, cursor, stop)]
            cursor = stop
    original = layout.locator.original
    raws = [unicode_fold.drop_separator(original(a, b)) for _, _, a, b in pieces]
    return [
        Sentence(raw, tuple(words), index, heading, start, end, layout)
        for (index, heading, start, end), raw, words in zip(
            pieces, raws, sentence_words(raws), strict=True
        )
        if words
    ]


def _clauses(layout: Layout, start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in layout.clause_spans(start, end) if layout.flat[a:b].strip()]


def _next_heading_start(units: tuple[Unit, ...], headings: list[bool], index: int, end: int) -> int:
    """Where the next unit marked as a heading starts before `end`, else `end`."""
    while index < len(units) and units[index].start < end:
        if headings[index]:
            return units[index].start
        index += 1
    return end


def _unit_headings(layout: Layout) -> list[bool]:
    """Whether each unit is a heading: a unit on a line of its own marked as one (`# x`,
    `<h2>`, `**x**`), or a paragraph of one line that reads as one (`is_heading_line`: upper
    case too). Wrapping cannot make either: an upper-case line inside a paragraph is prose
    (a disclaimer in capitals). The layout's own wider reading (title-case words) is left to
    term extraction: here a heading is a section name that a difference may skip."""
    locator, units, flat = layout.locator, layout.units, layout.flat
    headings = []
    for index, unit in enumerate(units):
        first = locator.line_index(unit.start)
        if first != locator.line_index(max(unit.end - 1, unit.start)):
            headings.append(False)
            continue
        line = locator.raw_line(first)
        alone = (index == 0 or flat.count("\n", units[index - 1].end, unit.start) > 1) and (
            index + 1 == len(units) or flat.count("\n", unit.end, units[index + 1].start) > 1
        )
        if alone:
            headings.append(is_heading_line(line))
        else:  # only markup can make it one: no `#`, `<` or emphasis, no regex to run
            headings.append(bool(_MARK_CHARS.intersection(line)) and is_marked_heading_line(line))
    return headings
