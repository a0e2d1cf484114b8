"""A long text read a window at a time: each window ends at a whitespace character, so no word
runs over two windows, and a word-by-word pass over the windows gives what one pass over the
whole text gives while only one window's words are Python objects at a time (an 8 MB card of
one-letter words would otherwise hold millions of them at once)."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.fileio.compiled_patterns import compile_pattern

WINDOW_CHARS = 1 << 16
"""Characters per window, about: the window ends at the first whitespace from here on."""

_SPACE = compile_pattern(r"\s")  # the characters `str.split()` splits at (Unicode whitespace)


def whitespace_windows(text: str, size: int = WINDOW_CHARS) -> Iterator[str]:
    """`text` in consecutive pieces of about `size` characters, each cut at a whitespace
    character (a piece holding one word longer than `size` runs to its end); joined they
    are `text`. A text of at most `size` characters is its own one piece."""
    start, length = 0, len(text)
    while length - start > size:
        found = _SPACE.search(text, start + size)
        if found is None:
            break
        yield text[start : found.start()]
        start = found.start()
    yield text[start:] if start else text


def collapse_whitespace(text: str) -> str:
    """`" ".join(text.split())`, a window at a time."""
    if len(text) <= WINDOW_CHARS:
        return " ".join(text.split())
    return " ".join(filter(None, (" ".join(window.split()) for window in whitespace_windows(text))))


def iter_lines(text: str, size: int = WINDOW_CHARS) -> Iterator[str]:
    """`iter(text.splitlines())`, without a list of every line: the text is split a window
    at a time, each window ending just after a line feed (so a CRLF stays whole)."""
    start, length = 0, len(text)
    while length - start > size:
        cut = text.find("\n", start + size)
        if cut == -1:
            break
        yield from text[start : cut + 1].splitlines()
        start = cut + 1
    yield from (text[start:] if start else text).splitlines()
