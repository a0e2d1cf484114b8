"""A table of bands that all keep the grant bounds nothing (for `sentences`).

"| Users per month | Licence applies? |" then "| up to 5 million | Yes |" and "| above 5 million
| Yes |": every band answers yes, so no band is a ceiling of the grant; read one by one, the
first ("up to 5 million: licensed") would read as a cap. A table whose band rows under a column
asking whether the grant applies all answer a bare yes states no cap: those cells are read as
nothing. One band answering otherwise ("No; a paid licence", a fee, any other words) keeps every
band read as it stands.

Nor is the top of a band a ceiling when the band right above it still grants: "| Below
US$3M | Any use, commercial included |" then "| US$3M up to US$50M | Any use, commercial
included, once you have registered |" then "| Above US$50M | This licence grants nothing |":
the grant stops at US$50M, not at US$3M. A band under an upper bound ("below", "up to",
"under", "less than") whose next row's first sentence grants use (any use, commercial use
allowed, yes) with no permission, fee or further agreement in it is read as nothing; the band
that does stop the grant is read as it stands. Pure.
"""

from __future__ import annotations

import re
from itertools import pairwise

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.tables import _BOUND as BOUND  # the shared tables
from auditor.licenses.terms.tables import _PERMISSION_HEADER as PERMISSION_HEADER
from auditor.licenses.terms.tables import _WORD as WORD
from auditor.licenses.terms.tables import _YES as YES
from auditor.licenses.terms.tables import (
    FIRST_OF_CELL,
    FIRST_OF_ROW,
    Table,
    TableRow,
    band_row,
    table_spans,
)

__all__ = ["band_answer", "open_bands", "open_below"]


def band_answer(row: TableRow, column: str) -> bool:
    """Whether a cell of `row` under `column` answers for a band: the row's label is a bound
    of the measure its header names, the column asks whether the grant applies."""
    header = row.label_header.strip(" *_:")
    bounded = bool(row.label and header and BOUND.match(row.label) and WORD.search(header))
    return bounded and PERMISSION_HEADER.search(column) is not None


def open_bands(table: Table, flat: str) -> bool:
    """Whether every band of `table` answers a bare yes (at least one band answering)."""
    answered = False
    for whole, column, start, end, _ in table_spans(table, flat):
        row = band_row(whole, flat)
        if not band_answer(row, column):
            continue
        if YES.fullmatch(flat[start:end].strip(" *_`")) is None:
            return False
        answered = True
    return answered


_UPPER = lazy_pattern(
    r"\W*(?:up\s+to|under|below|less\s+than|fewer\s+than|at\s+most|no\s+more\s+than"
    r"|not\s+more\s+than|not\s+exceeding|[<\u2264]=?)\s*\S*\d",
    re.IGNORECASE,
)
_GRANTS = lazy_pattern(
    r"\W*(?:yes\b|any\s+use\b|all\s+uses\b|(?:commercial\s+)?use\s+(?:is\s+)?(?:allowed"
    r"|permitted|included)\b|(?:allowed|permitted|licen[cs]ed|free)\b|commercial\s+(?:use\s+)?"
    r"(?:included|allowed|permitted)\b)",
    re.IGNORECASE,
)
_WITHHELD = lazy_pattern(
    r"\b(?:not|no|nothing|never|permission|approv\w*|consent|fees?|pay\w*|paid|royalt\w*"
    r"|separate|agreement|contract|negotiat\w*|contact|request|enterprise)\b",
    re.IGNORECASE,
)


def open_below(table: Table, flat: str) -> set[int]:
    """The label offsets of the band rows whose upper bound is no ceiling: the next row's first
    sentence still grants use, with no permission, fee or further agreement (the docstring)."""
    firsts: list[tuple[TableRow, str]] = []
    for whole, _, start, end, place in table_spans(table, flat):
        row = band_row(whole, flat)
        first = place == FIRST_OF_CELL or (place == FIRST_OF_ROW and row is whole and row.label)
        if first and (not firsts or firsts[-1][0].label_start != row.label_start):
            firsts.append((row, flat[start:end]))
    out: set[int] = set()
    for (row, _), (_, above) in pairwise(firsts):
        upper = _UPPER.match(row.label) is not None
        if upper and _GRANTS.match(above) and not _WITHHELD.search(above):
            out.add(row.label_start)
    return out
