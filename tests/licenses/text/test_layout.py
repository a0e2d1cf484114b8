"""The shared layout: one split that identification and term extraction both read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.licenses.terms.sentences import parse_document
from auditor.licenses.text.layout import forget_layouts, read_layout
from auditor.licenses.text.normalize import is_marked_heading_line
from auditor.licenses.text.prose import split_sentences
from auditor.licenses.text.segment import sentence_spans


def _reference_spans(text: str) -> list[tuple[int, int, int]]:
    """Each unit's sentences found on their own: what `layout.spans` must equal."""
    layout = read_layout(text)
    return [
        (start, end, index)
        for index, unit in enumerate(layout.units)
        for start, end in sentence_spans(layout.flat, unit.start, unit.end)
    ]


def _spans(text: str) -> list[tuple[int, int, int]]:
    return [(s.start, s.end, s.unit_index) for s in read_layout(text).spans]


def _texts(corpus: Path) -> list[str]:
    paths = sorted((corpus / "licenses").glob("*.txt")) + sorted((corpus / "cards").glob("*.md"))
    return [path.read_text("utf-8") for path in paths]


def test_unit_sentences_from_one_paragraph_pass_equal_each_unit_split_alone(
    corpus: Path,
) -> None:
    for text in _texts(corpus):
        for variant in (text, text.replace("\n", "\r\n"), "  " + text.replace(". ", ".\n  ")):
            assert _spans(variant) == _reference_spans(variant)


_PIECE = st.sampled_from(
    ["Use", "it", "e.g.", "Ltd.", "1.", "(a)", "-", "*", ";", ".", "!", "?", "。", ":", "No",
     "\u201cX\u201d", "[link](u)", "# Head", "**Bold**", "MIT", "\n", "\n\n", "\n  ", " "]
)  # fmt: skip


@given(st.lists(_PIECE, max_size=60))
def test_unit_sentences_equal_the_reference_on_any_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert _spans(text) == _reference_spans(text)


def _rewrapped(text: str, width: int) -> str:
    """Each paragraph's words re-flowed to lines of about `width` characters."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text):
        if is_marked_heading_line(paragraph):  # `# Title` cannot flow into the next line
            paragraphs.append(paragraph)
            continue
        lines, line = [], ""
        for word in paragraph.split():
            if line and len(line) + len(word) > width:
                lines.append(line)
                line = ""
            line = f"{line} {word}" if line else word
        lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("width", [40, 72, 200])
def test_rewrapping_moves_no_identification_sentence(corpus: Path, width: int) -> None:
    for path in sorted((corpus / "licenses").glob("*.txt")):
        text = _rewrapped(path.read_text("utf-8"), 1_000_000)  # one line a paragraph
        flowed = _rewrapped(text, width)
        assert [s.words for s in split_sentences(flowed)] == [
            s.words for s in split_sentences(text)
        ], path.name


def test_identification_and_extraction_read_one_layout(corpus: Path) -> None:
    text = (corpus / "licenses" / "apache-2.0.txt").read_text("utf-8")
    forget_layouts()
    first = read_layout(text)
    split_sentences(text)
    document = parse_document(text)
    assert read_layout(text) is first
    # the same sentence has the same line and original wording in both
    grant = next(s for s in document.sentences if s.text.startswith("Subject to the terms"))
    (same,) = [s for s in split_sentences(text) if s.start == grant.start]
    assert (same.line, same.quote) == (grant.line, grant.quote)


def test_an_html_tag_wrapped_over_two_lines_is_blanked_in_place() -> None:
    text = 'Found at <span\nstyle="text-decoration:underline;">https://x.org</span>; or not.'
    layout = read_layout(text)
    blanked = (
        "Found at " + " " * len("<span") + "\n" + " " * len('style="text-decoration:underline;">')
    )
    assert layout.flat == blanked + "https://x.org; or not."  # `</span>` cut as on any line
    # columns kept: the URL is quoted from where it stands
    (sentence,) = [s for s in parse_document(text).clauses if "x.org" in s.text]
    assert (sentence.line, sentence.quote.startswith("https://x.org")) == (2, True)
