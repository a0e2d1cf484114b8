"""Edited copies of the corpus license texts, for the speed benchmarks: license files in model
repositories are rarely byte-for-byte the reference, and a bench that feeds the same 45 texts
over and over measures the tool's memories (the exact-digest index, the recent-text caches),
not its reading.

Copy `n` of a corpus of texts is text `n % len(texts)` with three deterministic edits:
- its copyright line names another holder and year (or gets one, at the top);
- a line naming the model the copy ships with (`bench-org/model-<n>`) is added at the end, so
  the normalised words of every copy differ from the reference and from every other copy;
- one of four edits by `n % 4`: two adjacent sentences of a paragraph swapped (reordered), a
  common phrase reworded, the paragraphs rewrapped at another width with CRLF line ends
  (whitespace), or the paragraphs indented with trailing blanks (whitespace).
Standard library only; pure functions, then one writer.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from pathlib import Path

HOLDERS = (
    "Acme Research Ltd.",
    "Northwind Labs GmbH",
    "Bluefin AI, Inc.",
    "Orchid Systems S.A.",
    "Kestrel Data Co.",
    "Juniper Models B.V.",
    "Saffron Compute KK",
)
ADDED_LINES = (
    "This license is distributed with {model} and applies to its weights.",
    "The files of {model} are made available under the terms above.",
    "Shipped with {model}; see its model card for how it was trained.",
    "{model} is released under this license.",
)
REWORDINGS = (  # (phrase, its rewording): the first one found in the text is changed, once
    ("in accordance with", "according to"),
    ("provided that", "as long as"),
    ("including but not limited to", "including without limitation"),
    ("pursuant to", "under"),
    ("notwithstanding", "despite"),
    ("you may not", "you must not"),
    ("shall", "will"),
)
EDIT_KINDS = ("reordered", "reworded", "rewrapped", "indented")

_COPYRIGHT = re.compile(r"^[ \t]*(?:copyright\b|\(c\)|©).*$", re.IGNORECASE | re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9][.;])\s+(?=[A-Z“\"(])")


def edit_kind(number: int) -> str:
    """Which of the four edits copy `number` gets."""
    return EDIT_KINDS[number % len(EDIT_KINDS)]


def edited_copy(text: str, number: int) -> str:
    """Copy `number` of `text`: a new holder, an added line, and one more edit (module doc)."""
    holder = HOLDERS[number % len(HOLDERS)]
    notice = f"Copyright (c) {2019 + number % 7} {holder}"
    edited, found = _COPYRIGHT.subn(notice, text, count=1)
    if not found:
        edited = f"{notice}\n\n{text}"
    kind = edit_kind(number)
    if kind == "reordered":
        edited = _swap_sentences(edited, number)
    elif kind == "reworded":
        edited = _reword(edited, number)
    elif kind == "rewrapped":
        edited = _rewrap(edited, 56 + number % 17).replace("\n", "\r\n")
    else:
        edited = "\n".join(f"  {line}  " if line.strip() else line for line in edited.split("\n"))
    model = f"bench-org/model-{number:05d}"
    added = ADDED_LINES[number % len(ADDED_LINES)].format(model=model)
    end = "\r\n" if kind == "rewrapped" else "\n"
    return edited.rstrip() + end + end + added + end


def _paragraphs(text: str) -> list[str]:
    return re.split(r"\n[ \t]*\n", text)


def _swap_sentences(text: str, number: int) -> str:
    """Two adjacent sentences of one paragraph swapped (a paragraph of at least two chosen by
    `number`); the text unchanged when no paragraph has two sentences (then reworded)."""
    paragraphs = _paragraphs(text)
    candidates = [i for i, p in enumerate(paragraphs) if len(_SENTENCE_END.split(p)) >= 2]
    if not candidates:
        return _reword(text, number)
    index = candidates[number // len(EDIT_KINDS) % len(candidates)]
    sentences = _SENTENCE_END.split(paragraphs[index])
    first = number % (len(sentences) - 1)
    sentences[first], sentences[first + 1] = sentences[first + 1], sentences[first]
    paragraphs[index] = " ".join(sentences)
    return "\n\n".join(paragraphs)


def _reword(text: str, number: int) -> str:
    """The first phrase of `REWORDINGS` (tried from a place chosen by `number`) found in the
    text, reworded at its first occurrence."""
    for step in range(len(REWORDINGS)):
        phrase, reworded = REWORDINGS[(number + step) % len(REWORDINGS)]
        pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
        if pattern.search(text):
            return pattern.sub(reworded, text, count=1)
    return text


def _rewrap(text: str, width: int) -> str:
    """Every paragraph of prose rewrapped at `width` columns (list items and headings kept)."""
    wrapped = []
    for paragraph in _paragraphs(text):
        lines = paragraph.split("\n")
        if len(lines) > 1 and all(len(line) > 20 for line in lines[:-1]):
            paragraph = textwrap.fill(" ".join(line.strip() for line in lines), width)
        wrapped.append(paragraph)
    return "\n\n".join(wrapped)


def source_stem(name: str) -> str:
    """The corpus text an edited copy's file name (`<stem>--<n>.txt`) was made from."""
    return Path(name).stem.split("--", 1)[0]


def write_edited_copies(sources: Sequence[Path], count: int, folder: Path) -> list[Path]:
    """`count` edited copies of the `sources` texts as `<stem>--<n>.txt` files in `folder`."""
    texts = [(path.stem, path.read_text("utf-8")) for path in sources]
    if not texts:
        raise ValueError("no texts to copy")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        stem, text = texts[number % len(texts)]
        path = folder / f"{stem}--{number:05d}.txt"
        path.write_bytes(edited_copy(text, number).encode("utf-8"))
        paths.append(path)
    return paths
