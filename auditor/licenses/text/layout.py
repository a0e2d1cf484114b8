"""The one sentence split of a license text, shared by identification and term extraction.

A text is read once into a `Layout`: its lines as an editor numbers them, each line cleaned
of markup with every kept character knowing its column (`markup`), the cleaned lines joined
into one flat text, cut into paragraphs, list items and headings (`segment.split_units`) and
each of those into sentence spans (`segment.sentence_spans`). Identification (`normalize.
split_sentences`: sentence digests, differences, notices) and term extraction (`terms.
sentences.parse_document`: located clauses) both read their sentences from it, so a text they
both see is split once and a sentence has the same bounds, line and quote in both.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from auditor.licenses.text.markup import clean_lines, split_lines
from auditor.licenses.text.segment import Unit, sentence_spans, split_units
from auditor.licenses.text.unicode_fold import join_line_end_hyphens

QUOTE_LIMIT = 400
"""Longest quoted sentence kept as evidence, in characters."""

_REMEMBERED_TEXTS = 8
"""Layouts kept for the texts read last: an audit identifies a license file, then extracts
its terms, then may read it again for lineage; eight covers a model's files."""


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """A sentence of the flat cleaned text: its bounds, its unit and the unit's index."""

    start: int
    end: int
    unit: Unit
    unit_index: int


class Locator:
    """Maps offsets in the flat cleaned text back to lines and wording of the original."""

    def __init__(
        self, raw: list[str], cleaned: list[tuple[str, list[int] | None]], line_starts: list[int]
    ) -> None:
        self._raw = raw
        self._cleaned = cleaned
        self._starts = line_starts
        # (start, end) -> quote: a sentence is quoted by several terms (the title by `kind`
        # and others), and a quote walks its lines again each time
        self._quotes: dict[tuple[int, int], str] = {}

    def _position(self, offset: int) -> tuple[int, int]:
        index = max(bisect_right(self._starts, offset) - 1, 0)
        line, cols = self._cleaned[index]
        column = offset - self._starts[index]
        if column < len(line):
            return index, column if cols is None else cols[column]
        return index, len(self._raw[index])

    def line_of(self, offset: int) -> int:
        """1-based line of the original text where the text at `offset` starts."""
        index, _ = self._first_visible(offset)
        return index + 1

    def line_index(self, offset: int) -> int:
        """0-based index of the cleaned line holding `offset`."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def raw_line(self, index: int) -> str:
        return self._raw[index]

    def _first_visible(self, offset: int) -> tuple[int, int]:
        index, column = self._position(offset)
        # A sentence starting at a line break starts on the next line with text.
        while index < len(self._raw) - 1 and not self._raw[index][column:].strip():
            index, column = index + 1, 0
        return index, column

    def quote(self, start: int, end: int) -> str:
        """The original wording of a span, whitespace collapsed, at most QUOTE_LIMIT chars."""
        found = self._quotes.get((start, end))
        if found is None:
            found = self._quotes[start, end] = self._quote(start, end)
        return found

    def _quote(self, start: int, end: int) -> str:
        first, first_col = self._first_visible(start)
        last, last_col = self._position(max(end - 1, start))
        if last < first:
            last, last_col = first, len(self._raw[first])
        if first == last:
            pieces = [self._raw[first][first_col : last_col + 1]]
        else:
            pieces = [self._raw[first][first_col:]]
            pieces.extend(self._raw[first + 1 : last])
            pieces.append(self._raw[last][: last_col + 1])
        return trim_quote(" ".join(" ".join(pieces).split()))


@dataclass(frozen=True, slots=True)
class Layout:
    """A text read into cleaned lines, units and sentence spans (see the module's doc)."""

    cleaned: tuple[tuple[str, list[int] | None], ...]  # each line, cleaned, with its columns
    flat: str  # the cleaned lines joined by "\n"
    units: tuple[Unit, ...]
    spans: tuple[SentenceSpan, ...]  # every unit's sentences, in text order
    locator: Locator

    def matched_text(self, start: int, end: int) -> str:
        """A span as the matchers read it: words hyphenated across a line end joined
        (`com-` / `mercial`), whitespace collapsed."""
        return " ".join(join_line_end_hyphens(self.flat[start:end]).split())

    def clause_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """A sentence span cut after each semicolon (a list run together, a clause each)."""
        cuts: list[int] = []
        found = self.flat.find(";", start, end)
        while found != -1:
            cuts.append(found + 1)
            found = self.flat.find(";", found + 1, end)
        pieces: list[tuple[int, int]] = []
        cursor = start
        for index in [*cuts, end]:
            pieces.append((cursor, index))
            cursor = index
        return pieces


def read_layout(text: str) -> Layout:
    """The layout of `text`, remembered for the last few texts read."""
    return _read_layout(text)


@lru_cache(maxsize=_REMEMBERED_TEXTS)
def _read_layout(text: str) -> Layout:
    raw_lines = split_lines(text)
    cleaned = clean_lines(text)  # the same lines, each character knowing its column
    flat = "\n".join(line for line, _ in cleaned)
    line_starts: list[int] = []
    offset = 0
    for line, _ in cleaned:
        line_starts.append(offset)
        offset += len(line) + 1
    units = split_units(cleaned, line_starts)
    spans = tuple(
        SentenceSpan(start, end, unit, index)
        for index, unit in enumerate(units)
        for start, end in sentence_spans(flat, unit.start, unit.end)
    )
    return Layout(
        cleaned=tuple(cleaned),
        flat=flat,
        units=tuple(units),
        spans=spans,
        locator=Locator(raw_lines, cleaned, line_starts),
    )


def forget_layouts() -> None:
    """Empty the memory of recent layouts (benchmarks measure texts read the first time)."""
    _read_layout.cache_clear()


def trim_quote(text: str) -> str:
    """Shorten a quote to QUOTE_LIMIT characters at a word boundary, marking the cut."""
    if len(text) <= QUOTE_LIMIT:
        return text
    cut = text[: QUOTE_LIMIT - 1]
    space = cut.rfind(" ")
    if space > QUOTE_LIMIT // 2:
        cut = cut[:space]
    return cut + "\u2026"
