"""Trigger words read from patterns (model/triggers.py): a pattern the keyword pass
skips must be one that cannot match, over the corpus, fuzzed texts and unusual spellings."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from auditor.model.triggers import Triggers, fold, trigger_words
from auditor.policy import openness
from auditor.sources import license_unread
from auditor.training import stated_refs

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DATA = Path(__file__).resolve().parents[1] / "data"

# every pattern a reader now skips on its trigger words
GATED = {
    "stated_refs._MD_LINK": stated_refs._MD_LINK,
    "stated_refs.HUB_DATASET_URL": stated_refs.HUB_DATASET_URL,
    "stated_refs._DATASET_PATH": stated_refs._DATASET_PATH,
    "stated_refs._ANY_URL": stated_refs._ANY_URL,
    "stated_refs._BARE_ID": stated_refs._BARE_ID,
    "stated_refs._NAMES": stated_refs._NAMES,
    "stated_refs._CALLED": stated_refs._CALLED,
    "license_unread._LINK": license_unread._LINK,
    "license_unread._PROSE_POINTER": license_unread._PROSE_POINTER,
    "license_unread._CODE_POINTER": license_unread._CODE_POINTER,
    "openness._PAPER": openness._PAPER,
}
_ALL_CHARS = "".join(map(chr, range(sys.maxunicode + 1)))


def test_ignorecase_matches_ascii_letters_only_with_the_four_look_alikes() -> None:
    # the fold's premise, checked over every code point for each letter as a literal and in
    # a class: no other character matches an ASCII letter under re.IGNORECASE
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for pattern in (letter, f"[{letter}]"):
            found = set(re.compile(pattern, re.IGNORECASE).findall(_ALL_CHARS))
            assert {fold(char) for char in found} == {letter}, (pattern, found)


def test_fold_keeps_every_character_in_its_place() -> None:
    # line_masks maps a position in the folded text to a line of the text itself
    assert len(fold(_ALL_CHARS)) == len(_ALL_CHARS)


def test_letters_without_case_match_only_themselves() -> None:
    for char in ("本", "商", "ア", "상"):
        assert re.compile(char, re.IGNORECASE).findall(_ALL_CHARS) == [char]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"abc", {"abc"}),
        (r"ab?c", {"a"}),  # an optional letter ends the run: "a" or "c", both length one
        (r"xy\s+abcd", {"abcd"}),
        (r"(?:foo|barbaz)\d", {"foo", "barbaz"}),
        (r"(?:foo|\d)x", {"x"}),  # an alternative without words: the run after it decides
        (r"(?:foo|\d)", None),
        (r"(?:ab)+", {"ab"}),
        (r"(?:ab)*", None),
        (r"[Tt]he\s+Pile", {"pile"}),
        (r"(?i:WIKIPEDIA)", {"wikipedia"}),
        (r"商用(?:利用)?", {"商用"}),
        (r"\w+", None),
    ],
)
def test_trigger_words_are_read_from_the_parse(pattern: str, words: set[str] | None) -> None:
    found = trigger_words(re.compile(pattern))
    assert (None if found is None else set(found)) == words


def test_a_pattern_with_no_words_always_runs() -> None:
    triggers = Triggers((re.compile(r"\d+"), re.compile("abc")))
    assert triggers.may_match("no digits here") == [True, False]
    assert triggers.may_match("xABCx") == [True, True]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # look-alikes IGNORECASE matches with an ASCII letter, in each gated pattern's words
        ("stated_refs.HUB_DATASET_URL", "see huggingface.co/dataſets/org/name"),
        ("stated_refs.HUB_DATASET_URL", "HUGGINGFACE.CO/DATASETS/ORG/NAME"),
        ("stated_refs._NAMES", "trained on WıKIPEDIA and Books3"),
        ("stated_refs._NAMES", "evaluated on HellaſWag"),
        ("license_unread._PROSE_POINTER", "see the LİCENSE file"),
        ("license_unread._PROSE_POINTER", "see the LICENSE file"),
        ("license_unread._LINK", "<a HREF='LICENSE-MODEL'>terms</a>"),
        ("license_unread._CODE_POINTER", "`NOTİCE.md`"),
        ("openness._PAPER", "ARXİV.ORG/abs/2401.00001"),
        ("openness._PAPER", "a TECHNICAL REPORT"),
    ],
)
def test_unusual_spellings_still_trigger(name: str, text: str) -> None:
    pattern = GATED[name]
    assert pattern.search(text) is not None  # the pattern matches it ...
    assert Triggers((pattern,)).may_match(text) == [True]  # ... so it must be run


def _corpus_texts() -> list[str]:
    paths = sorted(CORPUS.glob("cards/*.md")) + sorted(CORPUS.glob("licenses/*.txt"))
    paths += sorted((DATA / "licenses").glob("*.txt"))
    if not paths:
        pytest.skip("no corpus here")
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


_NOISE = ["ſ", "K", "ı", "İ", "\u2028", "\r\n", "\x0b", "/", "](", "`", "-", " ", "\n", "."]


def _fuzzed(texts: list[str], count: int, seed: int) -> list[str]:
    """Pieces of the texts with their case changed and look-alikes and breaks put in."""
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        text = rng.choice(texts)
        start = rng.randrange(max(1, len(text) - 400))
        piece = list(text[start : start + rng.randint(20, 400)])
        for _ in range(rng.randint(0, 6)):
            at = rng.randrange(len(piece) + 1)
            piece.insert(at, rng.choice(_NOISE))
        for at in range(len(piece)):
            if rng.random() < 0.1:
                piece[at] = piece[at].swapcase()
            elif rng.random() < 0.01 and piece[at] in "iksIKS":
                piece[at] = {"i": "ı", "k": "K", "s": "ſ", "I": "İ", "K": "K", "S": "ſ"}[piece[at]]
        found.append("".join(piece))
    return found


def test_no_gated_pattern_is_skipped_where_it_matches() -> None:
    texts = _corpus_texts()
    pieces = [line for text in texts for line in text.splitlines()]
    pieces += _fuzzed(texts, 3000, seed=38)
    triggers = Triggers(tuple(GATED.values()))
    matched = 0
    for piece in pieces:
        may = triggers.may_match(piece)
        for (name, pattern), allowed in zip(GATED.items(), may, strict=True):
            if pattern.search(piece) is not None:
                matched += 1
                assert allowed, (name, piece)
    assert matched > 1000  # the corpus exercises the patterns


def test_line_masks_are_each_lines_own() -> None:
    texts = _corpus_texts()
    triggers = Triggers(tuple(GATED.values()))
    for text in [*texts[:40], *_fuzzed(texts, 300, seed=7)]:
        masks = triggers.line_masks(text)
        lines = text.splitlines()
        assert len(masks) == len(lines)
        for line, mask in zip(lines, masks, strict=True):
            assert triggers.mask(line) & ~mask == 0, line  # a line's words are seen in it
