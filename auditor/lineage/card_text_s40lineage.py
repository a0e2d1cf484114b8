"""More running text of a card for the prose lineage readers (prose_lines.py): a label that opens
a later sentence of a line, and the notes of the card's own citation entry.

- **A label after a sentence.** "Tuned on support mail. Base model: org/name." and
  `翻訳モデルです。ベースモデル: org/name。` hold a label ("Base model:", `ベースモデル:`) as
  the first words of a sentence in the middle of a line; the label readers (prose.py's, and each
  language's in prose_foreign.py) read a label only where a line starts. The rest of the line
  from that sentence on is handed to them too, as a line of its own with the same number: a
  label word, one of few words, then a colon, right after a full stop of any script
  (`.` `!` `?` followed by a space, or `。` `！` `？`). A colon in the middle of a sentence
  ("we note: X") is no label and gives nothing.
- **The notes of the card's own citation.** A BibTeX entry in a code fence is not running text,
  but its `note` (or `annote`, `addendum`) field is a sentence its authors wrote: "Weights
  initialised from org/name and further trained on ...". It is read as running text (its
  first line's number) only when the entry cites this model: its key or title holds the first
  word of the card's title (`# Quirkwell-Coder-7B`: "quirkwell"). A card citing its base
  model's paper ("@article{touvron2023llama, ...}") states no lineage of its own there, and its
  notes are not read.
- **A pair of languages is no repo.** "bilingual (French/English) replies", "EN/JA" name the
  languages a model works in, never an `org/name`: prose_refs.is_repo_like refuses a bare id
  whose both halves are language names or ISO 639-1 codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language_names import LANGUAGE_NAMES
from auditor.lineage.code_fences import fenced_bodies

# A label opening a sentence after a stop: one to four words, then a colon (either width).
_LABEL_TAIL = lazy_pattern(
    r"(?:(?<=[.!?])\s+|(?<=[。！？])\s*)(?=(?:\*\*|__)?[^\W\d_][\w()-]*(?:\s[\w()-]+){0,3}"
    r"(?:\*\*|__)?\s*(?::(?:\s|[`*_\[]|$)|：))"
)
_ENTRY = lazy_pattern(r"^\s*@\s*([A-Za-z]+)\s*\{\s*([^,\s]*)\s*,?")
_FIELD = lazy_pattern(r"^\s*([A-Za-z]+)\s*=\s*(.*)$")
_NOTE_FIELDS = frozenset({"note", "annote", "annotation", "addendum"})
_TITLE = lazy_pattern(r"^\s*#\s+(.+?)\s*#*\s*$")
_WORD = lazy_pattern(r"[^\W\d_]{3,}")
_LANGUAGE_WORDS = frozenset(
    word.lower() for code, name in LANGUAGE_NAMES.items() if code != "und" for word in (code, name)
) | frozenset({"chinese-simplified", "mandarin", "cantonese", "farsi", "tagalog"})
MAX_ENTRY_LINES = 60
"""Lines of a fence searched for citation entries; a longer fence is code, not a citation."""


def is_language_pair(org: str, name: str) -> bool:
    """Whether both halves of an `org/name` are languages ("French/English", "en/JA")."""
    return org.lower() in _LANGUAGE_WORDS and name.lower() in _LANGUAGE_WORDS


def label_tails(line: str) -> Iterator[str]:
    """The rest of `line` from each sentence after its first that opens with a label."""
    if ":" not in line and "：" not in line:
        return
    for stop in _LABEL_TAIL.finditer(line):
        yield line[stop.end() :]


def citation_notes(lines: Sequence[str], first_line: int) -> Iterator[tuple[int, str]]:
    """(file line, text) of each note field of the card's own BibTeX entries in code fences."""
    own = _own_word(lines)
    if own is None:
        return
    for offset, body in fenced_bodies(lines, MAX_ENTRY_LINES):
        yield from _notes(body, first_line + offset, own)


def _own_word(lines: Sequence[str]) -> str | None:
    """The first word of the card's first `# ` title, lower case; None without a title."""
    for line in lines:
        title = _TITLE.match(line)
        if title is not None:
            word = _WORD.search(title.group(1))
            return word.group().lower() if word is not None else None
    return None


def _notes(body: Sequence[str], first_line: int, own: str) -> Iterator[tuple[int, str]]:
    """The note fields of the entries in a fence body that cite this model."""
    entry: list[tuple[int, str, str]] = []  # (line, field, value) of the current entry
    key = ""
    index = 0
    while index < len(body):
        found = _ENTRY.match(body[index])
        if found is not None:
            yield from _own_notes(key, entry, own)
            key, entry = found.group(2), []
            index += 1
            continue
        field = _FIELD.match(body[index])
        if field is None or not key:
            index += 1
            continue
        value, used = _value(body, index, field.group(2))
        entry.append((first_line + index, field.group(1).lower(), value))
        index += used
    yield from _own_notes(key, entry, own)


def _own_notes(key: str, entry: list[tuple[int, str, str]], own: str) -> Iterator[tuple[int, str]]:
    title = " ".join(value for _line, name, value in entry if name == "title")
    if own not in key.lower() and own not in title.lower():
        return
    for line, name, value in entry:
        if name in _NOTE_FIELDS and value:
            yield line, value


def _value(body: Sequence[str], index: int, start: str) -> tuple[str, int]:
    """A field's value from its first line on, braces or quotes balanced over at most a few
    lines, without its delimiters; and the number of lines it took."""
    text, used = start, 1
    while _open(text) > 0 and used < 8 and index + used < len(body):
        text = f"{text} {body[index + used].strip()}"
        used += 1
    value = re.sub(r"[{}]", "", text).strip().rstrip(",").strip().strip('"').strip()
    return " ".join(value.split()), used


def _open(text: str) -> int:
    """Braces opened and not closed in `text` (a quoted value: 1 until its closing quote)."""
    depth = text.count("{") - text.count("}")
    if depth <= 0 and text.lstrip().startswith('"') and text.count('"') < 2:
        return 1
    return depth
