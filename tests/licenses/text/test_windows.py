"""A long text read a window at a time (windows.py) reads as one pass over the whole text
would, without an object per word or line held at once; the layout's packed units, spans and
paragraphs (packed.py) read back what was put in. Structure only: memory is measured by
bench/hostile_cards.py, never asserted here."""

from __future__ import annotations

from array import array

import pytest

from auditor.licenses.text.fingerprint import shingle_hashes
from auditor.licenses.text.language import language_of
from auditor.licenses.text.layout import read_layout
from auditor.licenses.text.normalize import tokens
from auditor.licenses.text.packed import Packed, PackedParagraphs
from auditor.licenses.text.segment import Unit
from auditor.licenses.text.windows import collapse_whitespace, iter_lines, whitespace_windows


def test_windows_join_to_the_text_and_each_cut_falls_on_whitespace() -> None:
    text = ("word " * 50 + "x" * 300 + "\u2003tail\n") * 20
    pieces = list(whitespace_windows(text, size=64))
    assert "".join(pieces) == text
    assert len(pieces) > 10
    for following in pieces[1:]:
        assert following[0].isspace()  # no word runs over two windows


def test_a_window_runs_on_to_the_next_whitespace() -> None:
    assert list(whitespace_windows("xxxxxxxxxx yy", size=4)) == ["xxxxxxxxxx", " yy"]
    text = "a b " + "x" * 500  # no whitespace past the first window's size: one piece
    assert list(whitespace_windows(text, size=8)) == [text]


def test_collapse_whitespace_is_split_then_join_over_a_long_text() -> None:
    text = "  Licensed\tunder \n\n the\u00a0Apache   License " * 20_000  # > one window
    assert collapse_whitespace(text) == " ".join(text.split())


def test_iter_lines_is_splitlines_and_keeps_a_crlf_whole_at_a_cut() -> None:
    text = "ab\r\n" * 5_000 + "c\rd\u2028last"
    assert list(iter_lines(text, size=7)) == text.splitlines()


def test_a_repeated_word_is_one_string_object() -> None:
    words = tokens("Grant " * 100_000)
    assert len(words) == 100_000
    assert {id(word) for word in words} == {id(words[0])}
    assert words[0] == "grant"


def test_shingles_are_packed_64_bit_values() -> None:
    hashes = shingle_hashes(["one", "two", "three", "four", "five", "six"])
    assert isinstance(hashes, array)
    assert hashes.itemsize == 8
    assert len(hashes) == 2  # two runs of five words in six


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Dieses Modell darf nicht für kommerzielle Zwecke genutzt werden, und es gilt. ",
            "de",
        ),
        ("The model may not be used for commercial purposes and the license applies. ", "en"),
    ],
)
def test_the_language_of_a_text_longer_than_a_window(sentence: str, language: str) -> None:
    assert language_of(sentence * 2_000) == language


def test_packed_units_read_back_as_units() -> None:
    units = Packed(lambda start, end, item, heading: Unit(start, end, bool(item), bool(heading)), 4)
    units.append(0, 10, 0, 1)
    units.append(11, 20, 1, 0)
    assert list(units) == [Unit(0, 10, False, True), Unit(11, 20, True, False)]
    assert len(units) == 2
    assert units[-1] == Unit(11, 20, True, False)
    assert units[0:1] == [Unit(0, 10, False, True)]
    with pytest.raises(IndexError):
        units[2]


def test_packed_paragraphs_read_back_with_their_sentence_ends() -> None:
    paragraphs = PackedParagraphs()
    paragraphs.append(0, 2, [(5, 7), (9, 10)])
    paragraphs.append(3, 3, [])
    paragraphs.append(4, 6, [(40, 42)])
    assert list(paragraphs) == [(0, 2, [(5, 7), (9, 10)]), (3, 3, []), (4, 6, [(40, 42)])]
    assert paragraphs[1] == (3, 3, [])


def test_a_layout_holds_no_object_per_unit_or_sentence() -> None:
    layout = read_layout("## License\n\nYou may use it. You may not sell it.\n" * 50)
    assert isinstance(layout.units, Packed)
    assert isinstance(layout.spans, Packed)
    assert isinstance(layout.paragraphs, PackedParagraphs)
    assert isinstance(layout.locator._starts, array)
    first = layout.units[0]
    assert layout.flat[first.start : first.end] == "License"
    assert first.heading
