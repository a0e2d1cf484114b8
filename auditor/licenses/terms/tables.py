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
more than `MAX_COLUMNS` columns (benchmarks, comparisons) are no clauses and are left as
they are. An HTML `<table>` of two or three columns is read the same way (`html_tables_as_rows`
writes it as pipe rows first, so its cells are not run together).

A row is read as what it says (`row_text`): a bare yes or no under a column asking whether a
use is allowed ("What you want to do | Allowed?" then "Commercial use | No") is the sentence
"Commercial use is not permitted."; a label that is a bound ("Up to USD 5,000,000", "Above
1M") is read with its column's header, which names what is bounded ("Annual revenue above USD
5,000,000: a paid licence is required").
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.table_headers import asked_cell
from auditor.licenses.text.segment import sentence_spans

_DELIMITER = lazy_pattern(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
_NUMBERING = lazy_pattern(
    r"^\s*(?:§\s*)?(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|\(?[ivxl]{1,5}\))?\s*$"
)
"""A cell holding only a clause number ("1", "2.3", "§ 4", "(b)"): no label."""
_WORD = lazy_pattern(r"[A-Za-z\u00c0-\u024f\u3040-\u9fff]{2}")
MAX_COLUMNS = 3  # wider tables are tables of data (benchmarks), not of clauses
FIRST_OF_ROW, FIRST_OF_CELL = 1, 2


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
    if not 2 <= len(columns) <= MAX_COLUMNS:
        return None
    flat_header = [header[a - header_start : b - header_start] for a, b in columns]
    # columns that are lists of uses ("Permitted uses | Prohibited uses"): no cell labels another
    lists = sum(1 for h in flat_header if _ALLOWED_USES.match(h) or _BANNED_USES.match(h)) >= 2
    rows: list[TableRow] = []
    end = lines[delimiter][0] + len(lines[delimiter][1])
    for start, line in lines[delimiter + 1 :]:
        if "|" not in line or not line.strip():
            break
        end = start + len(line)
        cells = _cells(start, line)
        row = _list_row(cells, flat_header) if lists else _row(line, start, cells, flat_header)
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


def _list_row(cells: list[tuple[int, int]], header: list[str]) -> TableRow | None:
    """A row of a table whose columns are lists of uses: no label, each cell under its own
    column's header (a permitted use beside a banned one is never read as its label), a
    header in other words ("What you may not do", "Don'ts") read as what it says."""
    named = ["Prohibited uses" if _BANNED_USES.match(h) else h for h in header]
    columns = [*named, *[""] * len(cells)]
    spans = tuple((a, b, columns[i]) for i, (a, b) in enumerate(cells) if b > a)
    return TableRow("", cells[0][0], "", spans) if spans else None


def table_at(tables: tuple[Table, ...], offset: int) -> Table | None:
    """The table lying over `offset` of the flat text, or None."""
    return next((t for t in tables if t.start <= offset < t.end), None)


def table_spans(table: Table, flat: str) -> Iterator[tuple[TableRow, str, int, int, int]]:
    """(row, column header, start, end, place) for each sentence of each cell: `place` is
    FIRST_OF_ROW, FIRST_OF_CELL (a later cell's first sentence) or 0."""
    for row in table.rows:
        place = FIRST_OF_ROW
        for cell_start, cell_end, column in row.cells:
            for start, end in sentence_spans(flat, cell_start, cell_end):
                if flat[start:end].strip():
                    yield row, column, start, end, place
                    place = 0
            place = FIRST_OF_ROW if place == FIRST_OF_ROW else FIRST_OF_CELL


# --- a row read as what it says -----------------------------------------------------------

_PERMISSION_HEADER = lazy_pattern(
    r"\b(?:allowed|permitted|permissible|permission|authori[sz]ed|may\s+(?:you|i|we)"
    r"|can\s+(?:you|i|we)|yes\s*/\s*no|licen[cs]ed|covered|acceptable|ok|status|in\s+scope"
    r"|appl(?:y|ies)|available|granted|eligible|covers?)\b",
    re.IGNORECASE,
)
"""A column header asking whether the row's use is allowed."""
_YES = lazy_pattern(
    r"(?:yes|allowed|permitted|ok|\u2705|\u2714|\u2713|\u2611)\ufe0f?[\s.!]*", re.IGNORECASE
)
_NO = lazy_pattern(
    r"(?:no|not\s+(?:allowed|permitted)|prohibited|forbidden|\u274c|\u2717|\u2718|\u2716"
    r"|\u26d4)\ufe0f?[\s.!]*",
    re.IGNORECASE,
)
_OWN_NO = lazy_pattern(r"^(?:no|not|never|without)\b|\b(?:not|never|prohibited|forbidden)\b", re.I)
_MONEY = r"(?:[A-Z]{3}\s*|[A-Z]{1,2}\$\s*|[$\u20ac\u00a3\u00a5\u20b9\u20a9]\s*)"
_BOUND_WORDS = (
    r"(?:up\s+to|under|below|less\s+than|fewer\s+than|at\s+most|no\s+more\s+than|not\s+more"
    r"\s+than|over|above|more\s+than|greater\s+than|exceeding|at\s+least|from|between|[<>]=?"
    r"|\u2264|\u2265)"
)
_BOUND_WORD = lazy_pattern(_BOUND_WORDS, re.IGNORECASE)
_BOUND = lazy_pattern(
    _BOUND_WORDS + r"\s*(?:and\s+including\s+)?" + _MONEY + r"?\d"
    # "$1 million or more", "500k and above", "10M+"
    r"|" + _MONEY + r"?\d[\d,.]*\s*(?:[a-z]+\s+)?(?:(?:or|and)\s+(?:more|above|over|higher|greater"
    r"|less|below|under|fewer|lower)\b|\+)",
    re.IGNORECASE,
)
"""A label that is a bound on a number ("Up to USD 5,000,000", "Above 1M", "< 100k")."""
_USES = r"\s+(?:uses?|usage|purposes?|activit(?:y|ies)|applications?|use\s+cases?)\b"
_ALLOWED_USES = lazy_pattern(
    r"^\W*(?:(?:permitted|allowed|permissible|acceptable|approved|authori[sz]ed)"
    + _USES
    + r"|(?:what\s+)?you\s+(?:may|can|are\s+(?:free|allowed|permitted)\s+to)\s+(?:do|use)\b"
    r"|do'?s\W*$)",
    re.IGNORECASE,
)
"""A column header naming the uses it lists as allowed ("Permitted uses", "What you may do")."""
_BANNED_USES = lazy_pattern(
    r"^\W*(?:(?:prohibited|forbidden|banned|disallowed|unacceptable|restricted|not\s+(?:allowed"
    r"|permitted))" + _USES + r"|(?:what\s+)?you\s+(?:may|must|can)(?:\s+not|not|'t)\b"
    r"|don'?ts?\W*$)",
    re.IGNORECASE,
)
"""A column header naming the uses it lists as banned ("Prohibited uses", "What you may not do")."""


_FEE_HEADER = lazy_pattern(r"\b(?:fees?|price|pricing|royalt(?:y|ies)|charges?|cost)\b", re.I)
_NO_FEE = lazy_pattern(
    r"\W*(?:none|nil|free|no\s+(?:fee|charge|cost)|n/?a|0|zero|[$\u20ac\u00a3]?\s*0(?:\.00)?)?"
    r"\W*",
    re.IGNORECASE,
)
_PLACE_HEADER = lazy_pattern(
    r"\W*(?:territor(?:y|ies)|countr(?:y|ies)|regions?|jurisdictions?|places?|markets?|where)\W*",
    re.IGNORECASE,
)
_LEADING_NO = lazy_pattern(r"^\W*no\b(?:\s*[:;,.\u2013\u2014-]\s*|\s*$)", re.IGNORECASE)


def row_text(row: TableRow, column: str, cell: str, place: int) -> tuple[str, bool]:
    """The sentence a cell's text is read as, and whether it allows a use rather than bans it.

    A bare yes or no under a header asking whether the row's use is allowed is "<label> is
    permitted." (it allows) or "<label> is not permitted." (a label saying no in its own words,
    "No commercial use", is read as written); a cell in a column of permitted uses ("Permitted
    uses", "What you may do") allows its use too: neither is a ban, whatever heading or column
    the table stands under. The first sentence of a row is read after its label ("Grant: ...").

    A label that is a bound ("Up to USD 5,000,000", "Above S$40 million") is read with its
    column's header, which names what is bounded, before the first sentence of every cell of
    its row (`_banded`): a band's terms may sit in any column ("Annual revenue above USD
    5,000,000: a paid licence is required")."""
    banded = _banded(row, column, cell) if place else None
    if banded is not None:
        return banded
    if row.label and _PERMISSION_HEADER.search(column) and not _OWN_NO.search(row.label):
        # a column of places ("Territory | May the model be deployed there?"): the row is about
        # use there, so a no is a territory the model may not be used in
        there = _PLACE_HEADER.fullmatch(row.label_header.strip()) is not None
        if _YES.fullmatch(cell.strip()):
            said = f"The model may be used in {row.label}." if there else None
            return said or f"{row.label} is permitted.", True
        if _NO.fullmatch(cell.strip()):
            said = f"The model may not be used in {row.label}." if there else None
            return said or f"{row.label} is not permitted.", False
    allows = bool(_ALLOWED_USES.match(column))
    asked = asked_cell(column, cell) if place else None
    if asked is not None:
        return (f"{row.label}: {asked}" if place == FIRST_OF_ROW and row.label else asked), allows
    if place != FIRST_OF_ROW or not row.label:
        return cell, allows
    return f"{row.label}: {cell}", allows


_BOUND_WORDS_MAX = 6


def band_row(row: TableRow, flat: str) -> TableRow:
    """A row whose bound stands in a cell other than its label ("Enterprise | above EUR
    1,000,000 | paid agreement required"): the row with that cell as its label, so each other
    cell is read after the bounded measure (`_banded`); the row itself otherwise."""
    if not row.label or _BOUND.match(row.label):
        return row
    for start, end, header in row.cells:
        text = flat[start:end].strip()
        # the cell is the bound alone ("above EUR 1,000,000"), not a clause opening with one
        alone = len(text.split()) <= _BOUND_WORDS_MAX and not re.search(r"[;:]|\.(?!\d)", text)
        if alone and _BOUND.match(text) and _WORD.search(header):
            cells = tuple(c for c in row.cells if c[0] != start)
            return TableRow(label=text, label_start=start, label_header=header, cells=cells)
    return row


def _banded(row: TableRow, column: str, cell: str) -> tuple[str, bool] | None:
    """A cell of a band's row (its label a bound) read after the bounded measure: a "no" under
    a column asking whether the grant applies is "not licensed" (what follows the no, a route,
    kept), a fee other than none under a column of fees is "a paid licence is required"."""
    header = row.label_header.strip(" *_:")
    if not (row.label and header and _BOUND.match(row.label) and _WORD.search(header)):
        return None
    label = f"{row.label[:1].lower()}{row.label[1:]}"
    measure = f"{header} {label}" if _BOUND_WORD.match(label) else f"{header} of {label}"
    if _PERMISSION_HEADER.search(column):
        if _YES.fullmatch(cell.strip()):
            return f"{measure}: licensed.", True
        no = _LEADING_NO.match(cell)
        if no is not None:
            rest = cell[no.end() :].strip()
            return f"{measure}: not licensed{'; ' + rest if rest else '.'}", False
    if _FEE_HEADER.search(column) and not _NO_FEE.fullmatch(cell):
        return f"{measure}: a paid licence is required.", False  # the quote keeps the fee
    return f"{measure}: {cell}", bool(_ALLOWED_USES.match(column))


# --- HTML tables as pipe rows ---------------------------------------------------------------

_HTML_TABLE = lazy_pattern(r"<table\b[^>]*>(?P<inner>.*?)</table\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ROW = lazy_pattern(r"<tr\b[^>]*>(?P<inner>.*?)(?=<tr\b|\Z)", re.IGNORECASE | re.DOTALL)
_HTML_CELL = lazy_pattern(
    r"<(?P<tag>t[hd])\b[^>]*>(?P<inner>.*?)(?=<t[hd]\b|</tr\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_TAG = lazy_pattern(r"<[^>]*>")


def html_tables_as_rows(text: str) -> str:
    """`text` with each HTML table of two to `MAX_COLUMNS` columns written as pipe rows (a
    header row, the delimiter row, a row per `<tr>`), starting on the table's first line and
    padded with blank lines to the lines it took, so the text after it keeps its line numbers
    (a table written on fewer lines than its rows moves the text after it down). Other tables,
    and a text without any, are left as they are."""
    if "<" not in text or _HTML_TABLE.search(text) is None:
        return text
    pieces: list[str] = []
    last = 0
    for match in _HTML_TABLE.finditer(text):
        rows = _html_rows(match.group("inner"))
        if not rows:
            continue
        before = text[last : match.start()]
        line_start = before.rfind("\n") + 1
        lead = "" if not before[line_start:].strip() else "\n"
        after = text[match.end() : text.find("\n", match.end()) % (len(text) + 1)]
        room = text.count("\n", match.start(), match.end())
        lines = [pipe_row(cells) for cells in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
        pad = max(room - len(lines) + 1 - len(lead), 0)
        tail = "\n" * pad if pad or not after.strip() else "\n"
        pieces += [before, lead, "\n".join(lines), tail]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def _html_rows(inner: str) -> list[list[str]]:
    """The rows of a table of clauses (two to `MAX_COLUMNS` cells each), its first a header
    (an empty one when the first row is not `<th>` cells); none for a table of another shape."""
    rows: list[list[str]] = []
    header = False
    for position, row in enumerate(_HTML_ROW.finditer(inner)):
        cells = list(_HTML_CELL.finditer(row.group("inner")))
        if not cells:
            continue
        if not 2 <= len(cells) <= MAX_COLUMNS:
            return []
        if position == 0 or not rows:
            header = all(c.group("tag").lower() == "th" for c in cells)
        rows.append([_cell_text(c.group("inner")) for c in cells])
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return rows if header else [[""] * width, *rows]


def _cell_text(inner: str) -> str:
    text = html.unescape(_TAG.sub(" ", inner))
    return " ".join(text.replace("|", "/").split())


def pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


_TERM_CELL = lazy_pattern(
    r"licen[cs]|commercial|revenue|turnover|\busers?\b|permi|allow|prohibit|forbid|restrict"
    r"|\bterms\b|\bfees?\b|\bpaid\b|royalt",
    re.IGNORECASE,
)
"""Words of a cell that speak of terms (a use, a licence, a cap, a fee)."""


def unread_html_table(text: str) -> tuple[int, int] | None:
    """(line, columns) of the first HTML table of `text` that `html_tables_as_rows` leaves as
    it is (more columns than a table of clauses) and whose cells speak of terms; None when
    every HTML table is read or states none (a table of scores)."""
    if "<" not in text or _HTML_TABLE.search(text) is None:
        return None
    for match in _HTML_TABLE.finditer(text):
        inner = match.group("inner")
        widths = [len(_HTML_CELL.findall(row.group("inner"))) for row in _HTML_ROW.finditer(inner)]
        if max(widths, default=0) > MAX_COLUMNS and _TERM_CELL.search(_TAG.sub(" ", inner)):
            return text.count("\n", 0, match.start()) + 1, max(widths)
    return None
