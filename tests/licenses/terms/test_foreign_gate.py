"""The foreign reader's paragraph gate (terms/foreign_gate.py): every passage it keeps the
reader from seeing is one the reader passes over (English, or too short to tell, ASCII and no
commercial-use label), over the corpus, fuzzed paragraphs and triggers in unusual forms."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_gate import may_be_foreign
from auditor.licenses.text.language import ENGLISH, Passage, passages, passages_where
from auditor.model.license_words import COMMERCIAL_LABEL

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
DATA = Path(__file__).resolve().parents[2] / "data"


def _passed_over(passage: Passage) -> bool:
    """What `foreign.read_foreign` skips without reading (its first two branches)."""
    if passage.language == ENGLISH:
        return True
    return (
        passage.language is None
        and passage.text.isascii()
        and not COMMERCIAL_LABEL.fullmatch(passage.text)
    )


def _dropped(text: str) -> list[Passage]:
    kept = set(passages_where(text, may_be_foreign))
    return [p for p in passages(text) if p not in kept]


def _assert_only_passed_over_dropped(text: str) -> None:
    kept = list(passages_where(text, may_be_foreign))
    every = list(passages(text))
    assert [p for p in every if p in set(kept)] == kept  # the same passages, in order
    for passage in _dropped(text):
        assert _passed_over(passage), passage


def _texts() -> list[str]:
    paths = sorted(CORPUS.glob("cards/*.md")) + sorted(CORPUS.glob("licenses/*.txt"))
    paths += sorted((DATA / "licenses").glob("*.txt"))
    if not paths:
        pytest.skip("no corpus here")
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def test_corpus_texts_lose_only_passages_the_reader_passes_over() -> None:
    texts = _texts()
    dropped = 0
    for text in texts:
        _assert_only_passed_over_dropped(text)
        dropped += len(_dropped(text))
    assert dropped > 1000  # the gate does drop most English paragraphs


_PHRASES = (
    "the model may be used for any purpose under this license and you must not use it",
    "die Nutzung ist nicht gestattet le modèle ne pas pour la licencia uso comercial",
    "commercial use non-commercial do en com de la es un al mit fines yang Non Do EN",
    "et al www.example.org https://x.org/a x.com-de et al-de non-et al Lizenzwww.x.org",
    "Commercial use: No Uso comercial: No **Commercial use** - yes Kommerzielle Nutzung = nein",
)
_WORDS = [word for phrase in _PHRASES for word in phrase.split(" ")]
_GLUE = [" ", " ", " ", "\n", ". ", "; ", "! ", "? ", "-", "'", ", ", ": ", " (", ") ", "\t"]


def _fuzzed(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 14)):
            word = rng.choice(_WORDS)
            word = word.upper() if rng.random() < 0.05 else word
            parts.extend([word, rng.choice(_GLUE)])
        found.append("".join(parts))
    return found


def test_fuzzed_paragraphs_lose_only_passages_the_reader_passes_over() -> None:
    for text in _fuzzed(4000, seed=38):
        _assert_only_passed_over_dropped(text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Uso comercial: No",  # a label too short to tell its language: read by the reader
        "Commercial use: no",
        "USO COMERCIAL = no",
        "kommerzielle\nNutzung: nein",  # the label's key over two lines of a paragraph
        "Die Nutzung ist nicht gestattet",
        "Non est ad usum",
        "The model do not",  # `do` is Portuguese, not one of the English words counted
        "Lizenzwww.example.org",  # an address glued to a word leaves the word
        "see x.com-de for it",  # a domain blanked off a hyphenated word leaves `de`
        "results from Smith non-et al-xyz",  # `et al` blanked out of two hyphenated words
        "DIE NUTZUNG IST VERBOTEN",
        "Ce modèle est sous licence",  # not ASCII
        "本模型采用 Apache 2.0 许可证",
    ],
)
def test_a_paragraph_with_a_trigger_in_any_form_is_read(paragraph: str) -> None:
    assert may_be_foreign(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "This model is released under the Apache 2.0 license.",
        "You may use the weights for commercial purposes.",
        "Non-commercial use only; see the LICENSE file for the full text.",
    ],
)
def test_plain_english_is_not_split(paragraph: str) -> None:
    assert not may_be_foreign(paragraph)
    assert read_foreign(paragraph).values == {}


def test_a_short_label_the_gate_keeps_is_read() -> None:
    # the only kind of undetermined passage the reader reads: it must reach the reader
    reading = read_foreign("Model details\n\nUso comercial: No\n")
    assert reading.values.get("commercial_use") == "prohibited"
