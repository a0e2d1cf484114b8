"""Markdown tables of a license text, read as clauses: each row's label heads its text.

A short license (or a card's summary of one) may be written as a table of clauses:

    | Clause        | Term                                                  |
    |---------------|-------------------------------------------------------|
    | Grant         | Use, modify, host and sell products built on it.      |
    | Revenue limit | Free while your revenue is US$10 million or less. ... |

The layout reads such a table as one paragraph run together ("Grant | Use, modify ... |
Revenue limit | Free while ..."), which no clause rule reads. Here each row is a clause: its
label (the first cell holding a word, after any clause number) heads the text of its other
cells, whose sentences are read one by one; the first is read with its label before it
("Grant: Use, modify, host and sell products built on it."), as a label written inline
would be. A table needs its header and delimiter rows (GitHub's table syntax). Tables of
more than `_MAX_COLUMNS` columns (benchmarks, comparisons) are no clauses and are left as
they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from auditor.licenses.text.segment import sentence_spans

_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
_NUMBERING = re.compile(
    r"^\s*(?:§\s*)?(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|\(?[ivxl]{1,5}\))?\s*$"
)
"""A cell holding only a clause number ("1", "2.3", "§ 4", "(b)"): no label."""
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u3040-\u9fff]{2}")
_MAX_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a table: its label, where the label starts and its column's header, and the
    spans (offsets in the flat text) of its other cells' text, each with its column's header."""

    label: str
    label_start: int
    label_header: str  # "Prohibited uses" over a column of labels: each row is a ban
    cells: tuple[tuple[int, int, str], ...]  # (start, end, column header)


@dataclass(frozen=True, slots=True)
class Table:
    """A table of clauses: where it lies in the flat text (header row to last row)."""

    start: int
    end: int
    rows: tuple[TableRow, ...]


def read_tables(flat: str) -> tuple[Table, ...]:
    """The tables of clauses of a cleaned flat text (its lines joined by newlines)."""
    if "|" not in flat or "---" not in flat:
        return ()
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in flat.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    tables: list[Table] = []
    for index in range(1, len(lines)):
        line = lines[index][1]
        if "-" not in line or not _DELIMITER.match(line):
            continue
        table = _table(lines, index)
        if table is not None:
            tables.append(table)
    return tuple(tables)


def _cells(start: int, line: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each cell's text in a row, blanks trimmed; the pipes at the
    row's ends open and close it."""
    bounds = [i for i, char in enumerate(line) if char == "|"]
    text = line.strip()
    if not text.startswith("|"):
        bounds.insert(0, -1)
    if not text.endswith("|"):
        bounds.append(len(line))
    cells = []
    for left, right in pairwise(bounds):
        piece = line[left + 1 : right]
        lead = len(piece) - len(piece.lstrip())
        cells.append((start + left + 1 + lead, start + left + 1 + len(piece.rstrip())))
    return cells


def _table(lines: list[tuple[int, str]], delimiter: int) -> Table | None:
    header_start, header = lines[delimiter - 1]
    if "|" not in header:
        return None
    columns = _cells(header_start, header)
    if not 2 <= len(columns) <= _MAX_COLUMNS:
        return None
    flat_header = [header[a - header_start : b - header_start] for a, b in columns]
    rows: list[TableRow] = []
    end = lines[delimiter][0] + len(lines[delimiter][1])
    for start, line in lines[delimiter + 1 :]:
        if "|" not in line or not line.strip():
            break
        end = start + len(line)
        cells = _cells(start, line)
        row = _row(line, start, cells, flat_header)
        if row is not None:
            rows.append(row)
    if not rows:
        return None
    return Table(header_start, end, tuple(rows))


def _row(line: str, start: int, cells: list[tuple[int, int]], header: list[str]) -> TableRow | None:
    """The row's label (its first cell with a word that is not all of the row) and the text
    of the cells after it, each with its column's header."""
    texts = [line[a - start : b - start] for a, b in cells]
    for index, text in enumerate(texts[:-1]):
        if _NUMBERING.match(text) or not _WORD.search(text):
            continue
        label = text.strip(" *_:.?")
        columns = [*header, *[""] * len(cells)]
        spans = tuple((a, b, columns[i]) for i, (a, b) in enumerate(cells) if i > index and b > a)
        return TableRow(label, cells[index][0], columns[index], spans) if spans else None
    return None


def table_at(tables: tuple[Table, ...], offset: int) -> Table | None:
    """The table lying over `offset` of the flat text, or None."""
    return next((t for t in tables if t.start <= offset < t.end), None)


def table_spans(table: Table, flat: str) -> Iterator[tuple[TableRow, str, int, int, bool]]:
    """(row, column header, start, end, first of its row) for each sentence of each cell."""
    for row in table.rows:
        first = True
        for cell_start, cell_end, column in row.cells:
            for start, end in sentence_spans(flat, cell_start, cell_end):
                if flat[start:end].strip():
                    yield row, column, start, end, first
                    first = False
