"""AsciiDoc tables of clauses written as the pipe rows `tables.read_tables` reads, and
`tables_as_rows`: a text with its HTML and AsciiDoc tables so written, line numbers kept.

    [cols="2,3",options="header"]
    |===
    |Member |Who may not take a licence
    |Tern-3B-Vision |companies seated in Freedonia
    |===

becomes a header row, the delimiter row and a row per table row on the table's own lines, the
attribute line blanked (markup, not words), as `tables.html_tables_as_rows` does for HTML.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.tables import MAX_COLUMNS, html_tables_as_rows, pipe_row

__all__ = ["asciidoc_tables_as_rows", "tables_as_rows"]

_ADOC_FENCE = lazy_pattern(r"^[ \t]*[|!,:]={3,}[ \t]*$")
_ADOC_ATTRIBUTES = lazy_pattern(r"^[ \t]*\[(?P<attrs>[^\]]*)\][ \t]*$")
_ADOC_COLS = lazy_pattern(r"""cols\s*=\s*["']?(?P<cols>[^"'\]]+)""")
_ADOC_REPEAT = lazy_pattern(r"^\s*(?P<n>\d+)\s*\*")
# a cell opens at a `|` at a line's start or after a blank, with an optional specifier before
# it (`2+|` spans, `a|` AsciiDoc content, `^.>|` alignment): none of which changes its words
_ADOC_CELL = lazy_pattern(r"(?:^|(?<=\s))(?:\d+[+*])?(?:[<^>]?\.?[<^>]?)?[adehlmsv]?\|")


def asciidoc_tables_as_rows(text: str) -> str:
    """`text` with each AsciiDoc table (`|===` ... `|===`) of two to `MAX_COLUMNS` columns
    written as pipe rows (a header row, the delimiter row, a row per table row) on the table's
    own lines, padded with blank lines so the text after it keeps its line numbers. Rows are
    found as AsciiDoc finds them: the cells of a row may stand on one line or one per line,
    the column count is the `cols` attribute's or the first line's cells; the first row is a
    header with `options="header"` (`%header`) or when a blank line follows it. Other tables,
    and a text without any, are left as they are."""
    if "|===" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    index = 0
    while index < len(lines):
        if not _ADOC_FENCE.match(lines[index]) or not lines[index].lstrip().startswith("|"):
            index += 1
            continue
        end = next((j for j in range(index + 1, len(lines)) if _ADOC_FENCE.match(lines[j])), None)
        if end is None:
            break
        attrs = _ADOC_ATTRIBUTES.match(lines[index - 1]) if index else None
        rows = _adoc_rows(lines[index + 1 : end], attrs.group("attrs") if attrs else "")
        if rows:
            written = [pipe_row(rows[0]), "|" + "---|" * len(rows[0])]
            written += [pipe_row(r) for r in rows[1:]]
            room = end - index + 1
            if len(written) <= room:  # not when one line holds two rows: then left as it is
                out[index : end + 1] = [*written, *[""] * (room - len(written))]
                if attrs is not None:  # the table's attributes are markup, not words
                    out[index - 1] = ""
        index = end + 1
    return "\n".join(out)


def _adoc_rows(body: list[str], attrs: str) -> list[list[str]]:
    """The rows of an AsciiDoc table's body, the first a header (empty when it has none);
    none when the table is not of two to `MAX_COLUMNS` columns."""
    width = _adoc_width(attrs)
    cells: list[str] = []
    first_line_cells = 0
    header_break = False  # the first line's cells followed by a blank line: an implicit header
    seen_first = False
    for number, line in enumerate(body):
        if not line.strip():
            if seen_first and not header_break and len(cells) == first_line_cells:
                header_break = number > 0
            continue
        starts = [m.end() for m in _ADOC_CELL.finditer(line)]
        if not starts:
            if cells:
                cells[-1] += " " + line.strip()  # a cell's text going on
            continue
        ends = [*[m.start() for m in _ADOC_CELL.finditer(line)][1:], len(line)]
        found = [line[a:b].strip() for a, b in zip(starts, ends, strict=True)]
        if not seen_first:
            first_line_cells, seen_first = len(found), True
        cells.extend(found)
    width = width or first_line_cells
    if not 2 <= width <= MAX_COLUMNS or not cells or len(cells) % width:
        return []
    rows = [
        [" ".join(c.replace("|", "/").split()) for c in cells[i : i + width]]
        for i in range(0, len(cells), width)
    ]
    header = "header" in attrs.lower() or (header_break and first_line_cells == width)
    return rows if header else [[""] * width, *rows]


def _adoc_width(attrs: str) -> int:
    """The column count an AsciiDoc table's `cols` attribute gives (`"2,2,3"`, `3*`), or 0."""
    found = _ADOC_COLS.search(attrs)
    if found is None:
        return 0
    cols = found.group("cols").strip()
    repeat = _ADOC_REPEAT.match(cols)
    if repeat is not None:
        return int(repeat.group("n"))
    return len([c for c in cols.split(",") if c.strip()])


def tables_as_rows(text: str) -> str:
    """`text` with its HTML and AsciiDoc tables of clauses written as pipe rows, line numbers
    kept: what `read_tables` reads."""
    return asciidoc_tables_as_rows(html_tables_as_rows(text))
