"""Tables in a model card's body (Markdown pipe tables and HTML `<table>`s), parsed into rows
with their header, and the rows that state the model's own license rendered as label lines.

Two shapes state it: a key/value table of model facts (`| License | CC BY-NC 4.0 |`, whose
key cell names a license or terms, or commercial use: `| Commercial use | No |`), and a table
with a License column whose first column names the parts of this release (`| Model weights |
CC BY-NC 4.0 |` under `| Component | License |`). Such a row becomes a list item, `- License:
<value>` or `- <part> license: <value>`, at the row's line (as a list item: `License: X` alone
would read to the text identifier as a license's own title), which the readers take as a
label. A key cell may name the key in several languages (`Lizenz / License`, `License
(ライセンス)`): each part is then a key, and the row is rendered with the first. A key cell may
qualify the key by the part of the release it covers (`Licence (weights)`, `Lizenz (Gewichte)`,
`License - model`, `License for the checkpoint`, `Model weights license`, `模型许可证`): a part
naming the model, its weights, checkpoints, parameters or adapters binds, rendered as the
Component shape's row (`- weights license: <value>`); a qualifier naming the identifier's form
(`License (SPDX)`) is the key itself; any other part is not the model's. A row about code, data
or another work alone is left out; so is every row of a table whose first column names models,
datasets or benchmarks (a comparison), unless the row names the card's own model.
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model.license_words import OTHER_COMPONENT
from auditor.sources.card_labels import speaks_of_model
from auditor.sources.card_markdown import (
    COMMERCIAL_KEY,
    FOREIGN_LICENSE_WORDS,
    is_license_title,
    line_of,
    line_starts,
)
from auditor.sources.card_parts import (
    BRACKETED,
    ID_FORM,
    MODEL_PART,
    NOT_OWN_PART,
    PART_BEFORE,
    QUALIFIER_SPLIT,
)

_DELIMITER_CELL = lazy_pattern(r":?-+:?")
_PIPE_SPLIT = lazy_pattern(r"(?<!\\)\|")
_HTML_TABLE = lazy_pattern(r"<table\b[^>]*>(?P<inner>.*?)(?:</table\s*>|\Z)", re.I | re.S)
_HTML_ROW = lazy_pattern(r"<tr\b[^>]*>(?P<inner>.*?)(?=<tr\b|</tr\s*>|</table\s*>|\Z)", re.I | re.S)
_HTML_CELL = lazy_pattern(
    r"<(?P<tag>t[hd])\b[^>]*>(?P<inner>.*?)(?=<t[hd]\b|</t[hd]\s*>|</tr\s*>|\Z)", re.I | re.S
)
_TAG = lazy_pattern(r"<[^>]*>")
_MARKUP = lazy_pattern(r"\*\*|__|`|~~")
# A key cell naming the license or terms of the model: short, and a label, not a sentence.
_LICENSE_KEY = lazy_pattern(
    r"(?:(?:model|weights?|checkpoint)\s+)?(?:licen[cs](?:e|es|ing)|terms(?:\s+of\s+(?:use|service))?"
    r"|usage\s+terms|use\s+restrictions?)(?:\s+(?:type|name|terms))?\s*:?|(?:"
    + FOREIGN_LICENSE_WORDS
    + r")\s*[:：]?",
    re.IGNORECASE,
)
# A key cell naming the model's commercial use: its row states a term of the model.
_COMMERCIAL_KEY = lazy_pattern(COMMERCIAL_KEY + r"\s*[:：]?", re.IGNORECASE)
# What separates the same key given in several languages in one cell: a slash, a middle dot, a
# comma, a dash between spaces, brackets round a translation (`License (ライセンス)`).
_KEY_PARTS = lazy_pattern(r"\s*(?:[/／|·・•,，、;；]|\s[-–—]\s|[()（）\[\]【】])\s*")
# A first-column header naming what the rows compare: other models, datasets, benchmarks.
_COMPARED = lazy_pattern(
    r"(?:base\s+|teacher\s+|parent\s+)?(?:models?|datasets?|data|benchmarks?|names?|baselines?"
    r"|methods?|systems?|checkpoints?|variants?|tasks?|corpus|corpora|sources?|llms?"
    r"|evaluations?|evals?|families|family|providers?)(?:\s+names?)?",
    re.IGNORECASE,
)
# A row's subject that is another work than the model: its code, data, evaluation harness,
# tokenizer, demo, tools (a component table's other parts), parents.
_OTHER_WORK = lazy_pattern(OTHER_COMPONENT, re.IGNORECASE)
_THE_MODEL = lazy_pattern(r"\b(?:models?|weights?|checkpoints?|parameters|adapters?)\b", re.I)
_PARENT = lazy_pattern(r"\b(?:base|parent|teacher|original|upstream)\s+models?\b", re.I)
_LICENSE_WORDS = lazy_pattern(
    r"licen[cs]|\bterms\b|" + FOREIGN_LICENSE_WORDS + "|" + COMMERCIAL_KEY, re.IGNORECASE
)
_WORD = lazy_pattern(r"[^\W\d_]{2}")
_GENERIC_TITLE_WORDS = frozenset(
    {"model", "models", "card", "the", "a", "an", "llm", "ai", "readme", "overview"}
)


Row = tuple[int, tuple[str, ...]]
_Line = tuple[int, str]  # a label line at a line index


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


def license_rows(
    tables: list[Table],
    title: str | None = None,
    skip: frozenset[int] | set[int] = frozenset(),
    terms: frozenset[int] | set[int] = frozenset(),
) -> dict[int, str]:
    """The rows that state this model's license, rendered as label lines by line index
    (rows sharing a line are joined by `; `); rows at indexes in `skip` are left out. A
    key/value table starting at a line of `terms` (a License or Terms section) states the
    license's terms in every row: each is rendered, its key heading its value (`- Monthly
    active users: up to 2,000,000 per product`), as the section's prose lines are kept."""
    rendered: dict[int, list[str]] = {}
    for table in tables:
        for index, text in _license_rows(table, title, table.lines.start in terms):
            if index not in skip:
                rendered.setdefault(index, []).append(text)
    return {index: "; ".join(texts) for index, texts in rendered.items()}


def _license_rows(table: Table, title: str | None, terms: bool) -> list[tuple[int, str]]:
    header = table.header
    compared = header is not None and bool(header) and _is_compared(header[0])
    column = license_column(header) if header is not None else None
    found: list[tuple[int, str]] = []
    for position, (index, cells) in enumerate(table.rows):
        is_header = header is not None and position == 0
        own = compared and not is_header and _names_title(cells[0] if cells else "", title)
        if compared and not own:
            continue
        if own and column is None and header is not None:  # its terms, one column each
            found.extend(_own_terms(index, cells, header))
            continue
        keyed = len(cells) >= 2 and not (column is not None and is_header)
        key = _row_key(cells[0]) if keyed else None
        if key is not None:
            value = " ".join(cell for cell in cells[1:] if cell).strip()
            if value:
                found.append((index, f"- {key}: {value}"))
            continue
        if terms and column is None and not is_header and not compared:
            found.extend(_term_row(index, cells))
            continue
        if column is None or is_header or column >= len(cells) or not cells[column]:
            continue
        about = cells[0] if column > 0 else ""
        if about and _about_other_work(about) and not own:
            continue
        label = f"{about} license" if about and column > 0 else "License"
        found.append((index, f"- {label}: {cells[column]}"))
    return found


def _own_terms(index: int, cells: tuple[str, ...], header: tuple[str, ...]) -> list[_Line]:
    """The own row of a table comparing the family's models: each cell under a header naming
    a license, terms or commercial use, as a label (`- Commercial use: No, research only`)."""
    return [
        (index, f"- {name.rstrip(' :：')}: {cell}")
        for name, cell in zip(header[1:], cells[1:], strict=False)
        if cell and _LICENSE_WORDS.search(name) and not _about_other_work(name)
    ]


def _term_row(index: int, cells: tuple[str, ...]) -> list[tuple[int, str]]:
    """A key/value row of a table of terms as a label line, `- <key>: <value>` (none for a
    row of another shape, or one about another work or a dataset: `| Training data | ... |`)."""
    if len(cells) != 2 or not _WORD.search(cells[0]) or not cells[1]:
        return []
    key = cells[0].rstrip(" :：")
    if _about_other_work(key) or not speaks_of_model(f"{key} {cells[1]}"):
        return []
    return [(index, f"- {key}: {cells[1]}")]


def _key(
    cell: str, kinds: tuple[re.Pattern[str], ...] = (_COMMERCIAL_KEY, _LICENSE_KEY)
) -> str | None:
    """The key a row's first cell names (the model's license or terms, or its commercial
    use; only those of `kinds`), as the row's label is to show it; None when the cell is no
    such key. A cell naming one key in several languages (`Lizenz / License`) is each part a
    key of the same kind, and is shown by its first part; a cell with any other part is not
    one."""
    if any(_is_key(cell, kind) for kind in kinds):
        return cell.rstrip(" :：")
    parts = [part for part in _KEY_PARTS.split(cell.strip().rstrip(" :：")) if part]
    if len(parts) < 2:
        return None
    for kind in kinds:
        if all(_is_key(part, kind) for part in parts):
            return parts[0]
    return None


def _row_key(cell: str) -> str | None:
    """A row's key as its label is to show it (see `_key`), or one qualified by the part of
    the release it covers (`Licence (weights)`): the model's part is shown as the Component
    shape shows it (`weights license`, the commercial key as it is), a qualifier naming the
    value's form (`License (SPDX)`) as the key alone; None for any other part (code, data, a
    parent, or a part not known to be the model: `License (research)`)."""
    key = _key(cell)
    if key is not None:
        return key
    for kind in (_COMMERCIAL_KEY, _LICENSE_KEY):
        for shown, part in _qualified(cell, kind):
            if ID_FORM.fullmatch(part) and kind is _LICENSE_KEY:
                return shown
            if NOT_OWN_PART.search(part) or not MODEL_PART.search(part):
                return None
            return shown if kind is _COMMERCIAL_KEY else f"{part} license"
    return None


def _qualified(cell: str, kind: re.Pattern[str]) -> list[tuple[str, str]]:
    """(key as shown, part) for each reading of `cell` as a key of `kind` qualified by a part
    (bracketed, after a dash or a preposition, or named before the key); a part that is
    itself a license key (a translation, or a second key) is none."""
    text = cell.strip().rstrip(" :：")
    splits: list[tuple[str, str]] = []
    bracketed = BRACKETED.fullmatch(text)
    if bracketed is not None:
        splits.append((bracketed.group("key"), bracketed.group("part")))
    joins = reversed(list(QUALIFIER_SPLIT.finditer(text)))  # the longest key first
    splits += [(text[: m.start()], text[m.end() :]) for m in joins]
    before = PART_BEFORE.fullmatch(text) if kind is _LICENSE_KEY else None
    if before is not None:
        splits.append(
            (
                before.group("key") or before.group("cjk_key"),
                before.group("part") or before.group("cjk_part"),
            )
        )
    found = []
    for key, part in splits:
        part = part.strip(" -–—:：")
        if not part or _LICENSE_WORDS.search(part):
            continue
        shown = _key(key.strip(), (kind,))
        if shown is not None:
            found.append((shown, part))
    return found


def _is_key(cell: str, kind: re.Pattern[str]) -> bool:
    if not kind.fullmatch(cell.strip()):
        return False
    return kind is _COMMERCIAL_KEY or is_license_title(cell)


def _is_compared(cell: str) -> bool:
    return bool(_COMPARED.fullmatch(cell.strip(" :")))


def license_column(header: tuple[str, ...]) -> int | None:
    """The column (after the first) whose header names the license or terms."""
    for position, cell in enumerate(header):
        if position > 0 and _key(cell, (_LICENSE_KEY,)) is not None:
            return position
    return None


def _about_other_work(cell: str) -> bool:
    if _PARENT.search(cell):  # a parent is another work, whatever else the cell names
        return True
    return bool(_OTHER_WORK.search(cell)) and not _THE_MODEL.search(cell)


def _names_title(cell: str, title: str | None) -> bool:
    """Whether a comparison row's first cell names the card's own model (its title)."""
    if not title:
        return False
    own = _words(title)
    if not own or set(own) <= _GENERIC_TITLE_WORDS:
        return False
    return _words(cell)[: len(own)] == own


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


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
