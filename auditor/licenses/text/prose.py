"""Identification's sentences of a license text: the prose sentences of its shared layout,
each with its normalised words, its original wording and where it stands.

Read by sentence digests (`fingerprint`), `differences`, `index_rules` and `notices`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.licenses.text import unicode_fold
from auditor.licenses.text.layout import Layout, read_layout, trim_quote
from auditor.licenses.text.normalize import is_heading_line
from auditor.licenses.text.sentence_words import sentence_words


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document (a span of its shared `layout`, cut at semicolons): as
    written, as normalised words, and where it stands in the original."""

    raw: str  # the original wording, line breaks and markup kept
    words: tuple[str, ...]  # the normalised words of `raw`
    block: int  # index of the layout unit (paragraph, list item or heading) it starts in
    heading: bool  # its paragraph is one line that reads as a heading
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
    """The prose sentences of the text's shared layout, cut where punctuation ends them (so
    rewrapping moves none, and marking a line as a heading neither) and at semicolons, with
    normalised words; a sentence without words (markup, a copyright notice, a list marker) is
    left out."""
    layout = read_layout(text)
    headings = _paragraph_headings(layout)
    pieces = [
        (span.unit_index, a, b)
        for span in layout.prose
        for a, b in layout.clause_spans(span.start, span.end)
        if layout.flat[a:b].strip()
    ]
    original, flat = layout.locator.original, layout.flat
    cleaned = [unicode_fold.drop_separator(flat[a:b]) for _, a, b in pieces]
    return [
        Sentence(original(start, end), tuple(words), index, headings[index], start, end, layout)
        for (index, start, end), words in zip(pieces, sentence_words(cleaned), strict=True)
        if words
    ]


def _paragraph_headings(layout: Layout) -> list[bool]:
    """For each unit, whether its paragraph is a heading: one line standing alone between
    blank lines that reads as one (`is_heading_line`: `# x`, `<h2>`, `**x**`, upper case). A
    heading line with text right under it is part of that paragraph's first sentence, as it
    is without its markup."""
    units, locator = layout.units, layout.locator
    headings = [False] * len(units)
    for first, last in layout.paragraphs.bounds():
        if first != last:
            continue
        unit = units[first]
        line = locator.line_index(unit.start)
        if line == locator.line_index(max(unit.end - 1, unit.start)):
            headings[first] = is_heading_line(locator.raw_line(line))
    return headings
