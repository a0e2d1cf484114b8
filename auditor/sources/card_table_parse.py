"""Tables in a model card's body, parsed: Markdown pipe tables and HTML `<table>`s as rows of
cleaned cells with the line each row sits on and the header row when the table has one
(`card_tables` reads which rows state the model's license and terms)."""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.sources.card_markdown import line_of, line_starts

_DELIMITER_CELL = lazy_pattern(r":?-+:?")
_PIPE_SPLIT = lazy_pattern(r"(?<!\\)\|")
_HTML_TABLE = lazy_pattern(r"<table\b[^>]*>(?P<inner>.*?)(?:</table\s*>|\Z)", re.I | re.S)
_HTML_ROW = lazy_pattern(r"<tr\b[^>]*>(?P<inner>.*?)(?=<tr\b|</tr\s*>|</table\s*>|\Z)", re.I | re.S)
_HTML_CELL = lazy_pattern(
    r"<(?P<tag>t[hd])\b[^>]*>(?P<inner>.*?)(?=<t[hd]\b|</t[hd]\s*>|</tr\s*>|\Z)", re.I | re.S
)
_TAG = lazy_pattern(r"<[^>]*>")
_MARKUP = lazy_pattern(r"\*\*|__|`|~~")

Row = tuple[int, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Table:
    """A table's rows as (line index, cells); `header` is the first row's cells when the
    table has one (a Markdown delimiter row follows it, or an HTML row of `<th>` cells)."""

    rows: Sequence[Row]
    header: tuple[str, ...] | None
    lines: range  # every line index the table spans


class _MarkdownRows(Sequence[Row]):
    """A Markdown table's rows, each split into cells when read: a card may hold a table of
    hundreds of thousands of rows, which are read once and need not all be held at once."""

    __slots__ = ("_indexes", "_lines")

    def __init__(self, lines: list[str], indexes: array[int]) -> None:
        self._lines, self._indexes = lines, indexes

    def __len__(self) -> int:
        return len(self._indexes)

    @overload
    def __getitem__(self, position: int) -> Row: ...
    @overload
    def __getitem__(self, position: slice) -> Sequence[Row]: ...
    def __getitem__(self, position: int | slice) -> Row | Sequence[Row]:
        if isinstance(position, slice):
            return [self[i] for i in range(len(self))[position]]
        index = self._indexes[position]
        return index, _cells(self._lines[index])


def find_tables(lines: list[str], fenced: set[int]) -> list[Table]:
    """Every Markdown and HTML table outside fenced code."""
    return [*_markdown_tables(lines, fenced), *_html_tables(lines, fenced)]


# --- Markdown pipe tables ------------------------------------------------------------------------


def _markdown_tables(lines: list[str], fenced: set[int]) -> list[Table]:
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        starts = index not in fenced and "|" in line
        has_delimiter = (
            starts
            and index + 1 < len(lines)
            and index + 1 not in fenced
            and "|" in lines[index + 1]
            and "-" in lines[index + 1]
            and _is_delimiter(lines[index + 1])
        )
        if not starts or not (has_delimiter or line.lstrip().startswith("|")):
            index += 1
            continue
        rows = array("l", [index])
        end = index + (2 if has_delimiter else 1)
        while end < len(lines) and end not in fenced and _continues(lines[end], has_delimiter):
            if not _is_delimiter(lines[end]):
                rows.append(end)
            end += 1
        header = _cells(line) if has_delimiter else None
        tables.append(Table(_MarkdownRows(lines, rows), header, range(index, end)))
        index = end
    return tables


def _is_delimiter(line: str) -> bool:
    """A table's delimiter row: `|---|:--:|`, `--- | ---` (cells of dashes, colons aside)."""
    text = line.strip()
    if "|" not in text and not text.startswith("-"):
        return False
    cells = text.removeprefix("|").removesuffix("|").split("|")
    return all(_DELIMITER_CELL.fullmatch(cell.strip()) for cell in cells)


def _continues(line: str, has_delimiter: bool) -> bool:
    if not line.strip():
        return False
    return line.lstrip().startswith("|") or (has_delimiter and "|" in line)


def _cells(line: str) -> tuple[str, ...]:
    text = line.strip()
    text = text.removeprefix("|")
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return tuple(_clean(cell.replace("\\|", "|")) for cell in _PIPE_SPLIT.split(text))


def _clean(cell: str) -> str:
    text = html.unescape(_TAG.sub(" ", cell))
    return " ".join(_MARKUP.sub("", text).split())


# --- HTML tables --------------------------------------------------------------------------------


def _html_tables(lines: list[str], fenced: set[int]) -> list[Table]:
    text = "\n".join(lines)
    if "<t" not in text.lower():
        return []
    starts = line_starts(lines)
    tables: list[Table] = []
    for table in _HTML_TABLE.finditer(text):
        first, last = line_of(starts, table.start()), line_of(starts, table.end() - 1)
        if first in fenced:
            continue
        rows: list[tuple[int, tuple[str, ...]]] = []
        header: tuple[str, ...] | None = None
        for row in _HTML_ROW.finditer(table.group("inner")):
            cells = list(_HTML_CELL.finditer(row.group("inner")))
            if not cells:
                continue
            texts = tuple(_clean(cell.group("inner")) for cell in cells)
            if not rows and all(cell.group("tag").lower() == "th" for cell in cells):
                header = texts
            rows.append((line_of(starts, table.start("inner") + row.start()), texts))
        if rows:
            tables.append(Table(tuple(rows), header, range(first, last + 1)))
    return tables
