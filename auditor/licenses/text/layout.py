"""The one sentence split of a license text, shared by identification and term extraction.

A text is read once into a `Layout`: its lines as an editor numbers them, each line cleaned
of markup with every kept character knowing its column (`markup`), the cleaned lines joined
into one flat text and cut into paragraphs, list items and headings (`segment.split_units`);
the sentence ends of each paragraph are found in one pass (`segment.sentence_ends`). Term
extraction (`terms.sentences.parse_document`) reads each unit's sentences from those ends,
identification (`prose.split_sentences`: sentence digests, differences, notices) each
paragraph's prose sentences, cut only where punctuation ends one, so rewrapping moves none.
A text both read is split once, and a sentence has the same line and wording in both.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.licenses.text.markup import clean_lines, split_lines
from auditor.licenses.text.packed import Packed, PackedParagraphs
from auditor.licenses.text.segment import (
    Unit,
    sentence_ends,
    spans_between,
    split_units,
    unit_spans,
)
from auditor.licenses.text.unicode_fold import join_line_end_hyphens
from auditor.licenses.text.windows import collapse_whitespace

LAYOUT_VERSION = 1
"""Bump when the split changes which sentences it produces: stored sentence digests
(fingerprints.json) must then be rebuilt."""

QUOTE_LIMIT = 400
"""Longest quoted sentence kept as evidence, in characters."""

_REMEMBERED_TEXTS = 8
"""Layouts kept for the texts read last: an audit identifies a license file, then extracts
its terms, then may read it again for lineage; eight covers a model's files."""


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """A sentence of the flat cleaned text: its bounds and the index of the unit it starts in.

    A unit's sentences (term extraction) lie inside their unit; a paragraph's prose sentences
    (identification) are cut only where punctuation ends one, never where a line ends, so
    neither rewrapping the text nor marking a line as a heading moves them."""

    start: int
    end: int
    unit_index: int


class Locator:
    """Maps offsets in the flat cleaned text back to lines and wording of the original."""

    def __init__(
        self,
        raw: list[str],
        cleaned: list[tuple[str, list[int] | None]],
        line_starts: Sequence[int],
        flat: str = "",
        blanked: frozenset[int] = frozenset(),
    ) -> None:
        self._flat = flat
        self._blanked = blanked  # lines where markup was blanked in place (`markup`)
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
        index, _ = self._first_visible(self._past_blanks(offset))
        return index + 1

    def _past_blanks(self, offset: int) -> int:
        """On a line where markup was blanked in place (a wrapped HTML tag), the first offset
        from `offset` on whose character is not blank: the blanks stand for the tag, which a
        quote or a line number must not start with. Elsewhere `offset` itself."""
        if not self._blanked:
            return offset
        flat = self._flat
        while (
            offset < len(flat)
            and flat[offset].isspace()
            and self.line_index(offset) in self._blanked
        ):
            offset += 1
        return offset

    def _before_blanks(self, end: int, start: int) -> int:
        """`end` moved back over blanks of a line where markup was blanked, not before
        `start`; elsewhere `end` itself."""
        if not self._blanked:
            return end
        flat = self._flat
        while end > start and flat[end - 1].isspace() and self.line_index(end - 1) in self._blanked:
            end -= 1
        return end

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
            visible = self._past_blanks(start)
            if visible < end:
                start, end = visible, self._before_blanks(end, visible)
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

    def original(self, start: int, end: int) -> str:
        """The original text of a span, line breaks kept, with the markup around its ends
        (`[` of a link it starts with, `](url)` of one it ends with, `**`): everything after
        the kept character before it and before the kept character after it."""
        visible = self._past_blanks(start)
        if visible < end:
            start, end = visible, self._before_blanks(end, visible)
        first, first_col = self._raw_start(start)
        last, last_col = self._raw_end(max(end - 1, start))
        if last < first or (last == first and last_col < first_col):
            last, last_col = first, len(self._raw[first])
        if first == last:
            return self._raw[first][first_col:last_col]
        pieces = [self._raw[first][first_col:]]
        pieces.extend(self._raw[first + 1 : last])
        pieces.append(self._raw[last][:last_col])
        return "\n".join(pieces)

    def raw_columns(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(line index, first column, end column) of each original line a span covers."""
        first, first_col = self._raw_start(start)
        last, last_col = self._raw_end(max(end - 1, start))
        if last < first or (last == first and last_col < first_col):
            return []
        if first == last:
            return [(first, first_col, last_col)]
        middle = [(i, 0, len(self._raw[i])) for i in range(first + 1, last)]
        return [(first, first_col, len(self._raw[first])), *middle, (last, 0, last_col)]

    def _raw_start(self, offset: int) -> tuple[int, int]:
        """Line index and column of the original where a span starting at `offset` starts."""
        index = self.line_index(offset)
        line, cols = self._cleaned[index]
        column = offset - self._starts[index]
        if column >= len(line):  # at a line break: the next line
            return min(index + 1, len(self._raw) - 1), 0
        if cols is None:
            return index, column
        return index, cols[column - 1] + 1 if column > 0 else 0

    def _raw_end(self, offset: int) -> tuple[int, int]:
        """Line index and end column (exclusive) in the original of the character at
        `offset`, the last of a span."""
        index = self.line_index(offset)
        line, cols = self._cleaned[index]
        column = offset - self._starts[index]
        if column >= len(line):  # the line break: the whole line
            return index, len(self._raw[index])
        if cols is None:
            return index, column + 1
        return index, cols[column + 1] if column + 1 < len(cols) else len(self._raw[index])


@dataclass(frozen=True, slots=True)
class Layout:
    """A text read into cleaned lines, units and sentence spans (see the module's doc)."""

    cleaned: tuple[tuple[str, list[int] | None], ...]  # each line, cleaned, with its columns
    flat: str  # the cleaned lines joined by "\n"
    units: Sequence[Unit]  # packed (`packed`): a Unit made on each read
    spans: Sequence[SentenceSpan]  # every unit's sentences, in text order (term extraction)
    # each paragraph: its first and last unit and its sentence ends (`segment.sentence_ends`)
    paragraphs: PackedParagraphs
    locator: Locator
    _prose: list[Sequence[SentenceSpan]] = field(default_factory=list, compare=False)

    @property
    def prose(self) -> Sequence[SentenceSpan]:
        """Every paragraph's sentences, in order (identification), worked out on first use
        from the sentence ends found for the units: no second pass over the text."""
        if not self._prose:
            self._prose.append(self._paragraph_sentences())
        return self._prose[0]

    def _paragraph_sentences(self) -> Packed[SentenceSpan]:
        units, flat = self.units, self.flat
        prose = Packed(SentenceSpan, 3)
        for first, last, ends in self.paragraphs:
            start, end = units[first].start, units[last].end
            unit_of = first
            for piece_start, piece_end in spans_between(flat, start, end, [e for _, e in ends]):
                while unit_of < last and units[unit_of].end <= piece_start:
                    unit_of += 1
                prose.append(piece_start, piece_end, unit_of)
        return prose

    def matched_text(self, start: int, end: int) -> str:
        """A span as the matchers read it: words hyphenated across a line end joined
        (`com-` / `mercial`), whitespace collapsed."""
        return collapse_whitespace(join_line_end_hyphens(self.flat[start:end]))

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
    cleaned, blanked = clean_lines(text, raw_lines)  # each character knowing its column
    flat = "\n".join(line for line, _ in cleaned)
    line_starts = array("q")  # 8 bytes a line, not an integer object each
    offset = 0
    for line, _ in cleaned:
        line_starts.append(offset)
        offset += len(line) + 1
    found = split_units(cleaned, line_starts, raw_lines)
    spans = Packed(SentenceSpan, 3)
    paragraphs = PackedParagraphs()
    for first, last in _paragraphs(found, flat):
        # one pass over the paragraph finds the sentence ends its units and its prose share
        ends = sentence_ends(flat, found[first].start, found[last].end)
        paragraphs.append(first, last, ends)
        next_end = 0
        for index in range(first, last + 1):
            pieces, next_end = unit_spans(flat, found[index], ends, next_end)
            for a, b in pieces:
                spans.append(a, b, index)
    units = Packed(_unit, 4)
    for unit in found:
        units.append(unit.start, unit.end, unit.list_item, unit.heading)
    return Layout(
        cleaned=tuple(cleaned),
        flat=flat,
        units=units,
        spans=spans,
        paragraphs=paragraphs,
        locator=Locator(raw_lines, cleaned, line_starts, flat, blanked),
    )


def _unit(start: int, end: int, list_item: int, heading: int) -> Unit:
    return Unit(start, end, bool(list_item), bool(heading))


def _paragraphs(units: list[Unit], flat: str) -> list[tuple[int, int]]:
    """Runs of units with no blank line between them, as (first, last) unit indexes."""
    runs: list[tuple[int, int]] = []
    for index, unit in enumerate(units):
        if runs and flat[units[index - 1].end : unit.start].count("\n") <= 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


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
