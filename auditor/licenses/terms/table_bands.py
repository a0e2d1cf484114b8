"""A table of bands that all keep the grant bounds nothing (for `sentences`).

"| Users per month | Licence applies? |" then "| up to 5 million | Yes |" and "| above 5 million
| Yes |": every band answers yes, so no band is a ceiling of the grant; read one by one, the
first ("up to 5 million: licensed") would read as a cap. A table whose band rows under a column
asking whether the grant applies all answer a bare yes states no cap: those cells are read as
nothing. One band answering otherwise ("No; a paid licence", a fee, any other words) keeps every
band read as it stands. Pure.
"""

from __future__ import annotations

from auditor.licenses.terms.tables import _BOUND as BOUND  # the shared tables
from auditor.licenses.terms.tables import _PERMISSION_HEADER as PERMISSION_HEADER
from auditor.licenses.terms.tables import _WORD as WORD
from auditor.licenses.terms.tables import _YES as YES
from auditor.licenses.terms.tables import Table, TableRow, band_row, table_spans

__all__ = ["band_answer", "open_bands"]


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
