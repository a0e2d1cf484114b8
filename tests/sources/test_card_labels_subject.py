"""The card's title as the subject of "is licensed under" (sources/card_labels.py): the
own-subject pattern and the title tried at each of its matches find a sentence exactly when
the one pattern compiled per card with the title among its subjects did."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from auditor.sources.card_labels import _OWN, _OWN_SUBJECT, _UNDER, _names

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _per_card(title: str) -> re.Pattern[str]:
    """The pattern as it was compiled for each card."""
    subject = _OWN_SUBJECT + r"|(?<![\w-])" + re.escape(title.strip()) + r"(?![\w-])"
    return re.compile(rf"(?:{subject}){_UNDER}", re.IGNORECASE)


def _title(title: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(title.strip()) + r"(?![\w-])", re.IGNORECASE)


def _same(sentence: str, title: str) -> None:
    expected = _per_card(title).search(sentence) is not None
    found = _OWN.search(sentence) is not None or _names(sentence, _title(title))
    assert found == expected, (sentence, title)


def test_corpus_sentences_with_their_titles() -> None:
    cards = sorted(CORPUS.glob("cards/*.md"))
    if not cards:
        pytest.skip("no corpus here")
    for path in cards:
        text = path.read_text(encoding="utf-8", errors="replace")
        heading = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
        title = heading.group(1) if heading else path.stem
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            _same(sentence, title)
            _same(sentence, "Model")


_TITLES = ["x y x", "x. x", "Foo-7B", "Qwen", "a.b", "Llama 3", "the model", "M"]
_PIECES = [
    "x y x y x", "x. x. x", "Foo-7B", "foo-7b-chat", "Qwen", "qwen2", "The model", "is", "are",
    "licensed", "released", "under", "by", "MIT", "Apache 2.0", "license of this model is",
    "Llama 3", "a.b", "-", ".", " ", "  ", "\n", "its weights", "made available",
]  # fmt: skip


def test_fuzzed_sentences_and_overlapping_titles() -> None:
    rng = random.Random(38)
    for _ in range(6000):
        sentence = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10)))
        _same(sentence, rng.choice(_TITLES))


def test_a_title_met_twice_overlapping_is_tried_at_both() -> None:
    # "x. x" is met at 0 and, overlapping it, at 3; only the second is followed by the
    # words that make it the subject (a sentence's end stops the first): finditer would
    # see the first alone
    sentence = "x. x. x is licensed under MIT"
    title = _title("x. x")
    assert [m.start() for m in title.finditer(sentence)] == [0]
    assert _per_card("x. x").search(sentence) is not None
    assert _OWN.search(sentence) is None
    assert _names(sentence, title)
