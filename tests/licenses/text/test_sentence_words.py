"""`sentence_words` gives each sentence the words of the plain reading it speeds up.

The plain reading cleans the sentences joined by the mark, splits the cleaned text at the
mark, splits each part into words on its own and reads a part again alone when its words are
not settled. The fast one splits every ASCII part in one pass of a byte table and asks once,
of all the words, whether any part could be unsettled. Both are compared on generated
sentences (NUL, letters outside ASCII, apostrophes, notices glued by punctuation) and on
every sentence of the corpus licenses.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.licenses.text import unicode_fold
from auditor.licenses.text.layout import read_layout
from auditor.licenses.text.normalize import clean_text, is_settled, split_words, tokens
from auditor.licenses.text.sentence_words import sentence_words

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "licenses"
_MARK = unicode_fold.INVISIBLE_SEPARATOR

_PIECES = (
    "Licensor",
    "may not",
    "use",
    "copy'right 2024",  # its words are a notice only once the apostrophe is gone
    "all-rights reserved",
    "Copyright (c) 2023 Acme",
    "(a)",
    "1.",
    "l'usage",
    "café",
    "Γ",
    "许可",
    "\x00",
    "[link](http://x)",
    "<b>",
    ";",
    ".",
    "\n",
    "  ",
)


def _plain(raws: list[str]) -> list[list[str]]:
    """The reading before the fast paths, part by part."""
    cleaned = clean_text(f"\n{_MARK}\n".join(raws)).split(_MARK) if raws else []
    if len(cleaned) != len(raws):
        return [tokens(raw) for raw in raws]
    parts = [split_words(part) for part in cleaned]
    return [
        words if is_settled(words) else tokens(raw) for raw, words in zip(raws, parts, strict=True)
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join), max_size=10))
def test_generated_sentences_read_as_the_plain_reading_reads_them(raws: list[str]) -> None:
    assert sentence_words(raws) == _plain(raws)


@pytest.mark.parametrize(
    "raws",
    [
        [],
        ["The Licensor grants you a license.", "You may not use it."],
        ["A notice: copy'right 2024.", "Plain words here."],  # one part read again alone
        ["Words with a NUL \x00 inside.", "Next one."],  # no one-pass split: NUL is the mark
        ["Un café.", "Plain words."],  # a part outside ASCII: each part on its own
    ],
)
def test_chosen_sentences_read_as_the_plain_reading_reads_them(raws: list[str]) -> None:
    assert sentence_words(raws) == _plain(raws)


@cache
def _corpus_sentences() -> list[list[str]]:
    found = []
    for path in sorted(CORPUS.glob("*.txt")):
        layout = read_layout(path.read_text("utf-8"))
        flat = layout.flat
        found.append(
            [
                unicode_fold.drop_separator(flat[a:b])
                for span in layout.prose
                for a, b in layout.clause_spans(span.start, span.end)
                if flat[a:b].strip()
            ]
        )
    return found


def test_corpus_sentences_read_as_the_plain_reading_reads_them() -> None:
    texts = _corpus_sentences()
    if not texts:
        pytest.skip(f"no corpus at {CORPUS}")
    for raws in texts:
        assert sentence_words(raws) == _plain(raws)
