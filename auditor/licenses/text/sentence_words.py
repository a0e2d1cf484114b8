"""The normalised words of each sentence of a text, cleaning all its sentences at once.

Read by `prose.split_sentences`; the words are those `normalize.tokens` gives each sentence
alone, except where a step of the cleaning reads over a sentence end (`sentence_words`).
"""

from __future__ import annotations

from itertools import chain

from auditor.licenses.text.copyright_notices import copyright_marks
from auditor.licenses.text.normalize import clean_text, is_settled, split_words, tokens
from auditor.licenses.text.unicode_fold import INVISIBLE_SEPARATOR

_MARK = INVISIBLE_SEPARATOR  # neither a word character nor whitespace
_SEPARATOR = f"\n{_MARK}\n"  # keeps each sentence at the start of a line
_ASCII_PART_WORDS = bytes(b if b == 0 or chr(b).isalnum() else 32 for b in range(256))
"""`split_words`' byte table (letters and digits kept, the rest spaces), keeping NUL too:
NUL stands for the sentence mark in `_ascii_part_words`."""


def sentence_words(raws: list[str]) -> list[list[str]]:
    """The words of each sentence, cleaning the text once: sentences are joined by a separator
    no step touches and split again after; sentence by sentence if a step removed one (a
    copyright notice or link running over a sentence end)."""
    if not raws:
        return []
    whole = clean_text(_SEPARATOR.join(raws))
    cleaned = whole.split(_MARK)
    if len(cleaned) != len(raws):
        return [tokens(raw) for raw in raws]
    seen: dict[str, str] = {}  # one string per distinct word over all the sentences
    parts = _ascii_part_words(whole, cleaned, seen)
    if parts is None:
        parts = [split_words(part, seen) for part in cleaned]
    if _are_settled(parts):
        return parts
    return [
        words if is_settled(words) else tokens(raw) for raw, words in zip(raws, parts, strict=True)
    ]


def _ascii_part_words(
    whole: str, cleaned: list[str], seen: dict[str, str]
) -> list[list[str]] | None:
    """`[split_words(part, seen) for part in cleaned]` in one pass of the byte table over
    `whole` (the parts joined by the mark), when every part is ASCII (`split_words`' fast
    path for each) and no NUL could be taken for the mark; None otherwise."""
    if "\x00" in whole or not all(part.isascii() for part in cleaned):
        return None
    marked = whole.replace("'", "").replace(_MARK, "\x00").encode("ascii")
    pieces = marked.translate(_ASCII_PART_WORDS).decode("ascii").split("\x00")
    return [[seen.setdefault(word, word) for word in piece.split()] for piece in pieces]


def _are_settled(parts: list[list[str]]) -> bool:
    """Whether `is_settled` holds for every part, asked once of all their words. Each part's
    joined words are a stretch of the whole's, so a whole without a notice, `all rights
    reserved` or a character outside ASCII has none in any part (a notice in a part is one in
    the whole too: where the part ends, the whole has a space, which the notice's lookaheads
    accept as they accept the end). False: ask each part."""
    joined = " ".join(chain.from_iterable(parts))
    return (
        joined.isascii()
        and "all rights reserved" not in joined
        and next(copyright_marks(joined), None) is None
    )
