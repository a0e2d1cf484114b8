"""The rows of a model card's tables (parsed by `card_table_parse`: Markdown pipe tables and HTML
`<table>`s) that state the model's own license and terms, rendered as label lines.

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

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model.license_words import OTHER_COMPONENT
from auditor.sources.card_labels import speaks_of_model
from auditor.sources.card_markdown import (
    COMMERCIAL_KEY,
    FOREIGN_LICENSE_WORDS,
    is_license_title,
)
from auditor.sources.card_parts import (
    BRACKETED,
    ID_FORM,
    MODEL_PART,
    NOT_OWN_PART,
    PART_BEFORE,
    QUALIFIER_SPLIT,
)
from auditor.sources.card_table_parse import Table

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


_Line = tuple[int, str]  # a label line at a line index


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
        if about and header is not None:  # the part's other terms (commercial use, ...)
            found.extend(_own_terms(index, cells, header, column, about))
    return found


def _own_terms(
    index: int, cells: tuple[str, ...], header: tuple[str, ...], skip: int = 0, part: str = ""
) -> list[_Line]:
    """The own row of a table comparing the family's models, or a part's row of a Component |
    License table (`part`, its License column `skip`): each cell under a header naming a
    license, terms or commercial use, as a label (`- Commercial use: No, research only`,
    `- Commercial use (Model weights): No, research only`)."""
    named = f" ({part})" if part else ""
    return [
        (index, f"- {name.rstrip(' :：?？')}{named}: {cell}")
        for position, (name, cell) in enumerate(zip(header, cells, strict=False))
        if position not in (0, skip)
        and cell
        and _LICENSE_WORDS.search(name)
        and not _about_other_work(name)
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


def compares_works(header: tuple[str, ...]) -> bool:
    """Whether a table's header opens with a column naming the works it compares (models,
    datasets, versions)."""
    return bool(header) and _is_compared(header[0])


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
