"""AsciiDoc tables of clauses (licenses/terms/table_markup.py) read as the
pipe tables they are: a row per table row, whatever line its cells stand on, the header from
`options="header"` or a blank line after the first row, line numbers kept; a column whose
header is a clause its cells complete ("Who may not take a licence") read with it; and a row
naming other members of a family set aside for this one (model_scope.py). Texts are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.model_scope import ModelFacts, scoped_out_text
from auditor.licenses.terms.table_markup import asciidoc_tables_as_rows
from auditor.licenses.terms.tables import TableRow, row_text

_ONE_LINE_ROWS = """= Tern Model Licence

== 1. Grant
Each Tern model may be used for any purpose, paid or unpaid, subject to the table below.

== 2. Members
[cols="2,3",options="header"]
|===
|Member |Who may not take a licence
|Tern-3B |nobody
|Tern-3B-Vision |companies and people seated in Freedonia or in the European Union
|===

== 3. Law
Irish law governs this licence.
"""

# the same table, one cell a line and an implicit header (a blank line after the first row)
_CELL_LINES = """= Tern Model Licence

== 1. Grant
Each Tern model may be used for any purpose, paid or unpaid, subject to the table below.

== 2. Members
|===
|Member |Who may not take a licence

|Tern-3B
|nobody

|Tern-3B-Vision
|companies and people seated in Freedonia or in the European Union
|===

== 3. Law
Irish law governs this licence.
"""


@pytest.mark.parametrize("text", [_ONE_LINE_ROWS, _CELL_LINES])
def test_a_table_becomes_pipe_rows_on_its_own_lines(text: str) -> None:
    rows = asciidoc_tables_as_rows(text)
    lines = rows.split("\n")
    assert len(lines) == len(text.split("\n"))  # the text after it keeps its line numbers
    assert "| Member | Who may not take a licence |" in lines
    assert any(line.startswith("| Tern-3B-Vision | companies") for line in lines)
    assert "|===" not in rows and "[cols" not in rows
    assert lines[-2] == "Irish law governs this licence."


@pytest.mark.parametrize("text", [_ONE_LINE_ROWS, _CELL_LINES])
def test_an_exclusion_in_a_row_is_read(text: str) -> None:
    terms = extract_terms(text, path="LICENSE.adoc")
    domiciles = terms["excluded_licensee_domiciles"].value
    assert isinstance(domiciles, list) and domiciles
    assert set(domiciles[0]["regions"]) >= {"EU"}
    (evidence,) = terms["excluded_licensee_domiciles"].evidence[:1]
    # within the table's lines (rows written one a line, the table's own lines kept)
    assert evidence.line is not None and 7 <= evidence.line <= 16
    assert "Tern-3B-Vision" in evidence.text


@pytest.mark.parametrize("text", [_ONE_LINE_ROWS, _CELL_LINES])
def test_a_row_of_another_member_binds_not(text: str) -> None:
    # Twin: the text member's audit sets the vision member's row aside; the vision member's keeps it
    text_member = scoped_out_text(text, ModelFacts(names=("Tern-3B",), modality="text"))
    assert not extract_terms(text_member, path="LICENSE.adoc")["excluded_licensee_domiciles"].value
    vision = scoped_out_text(text, ModelFacts(names=("Tern-3B-Vision",), modality="multimodal"))
    assert extract_terms(vision, path="LICENSE.adoc")["excluded_licensee_domiciles"].value


def test_tables_of_other_shapes_are_left_alone() -> None:
    wide = "|===\n|a |b |c |d\n|1 |2 |3 |4\n|===\n"  # four columns: a table of data
    assert asciidoc_tables_as_rows(wide) == wide
    unclosed = "|===\n|a |b\n|1 |2\n"
    assert asciidoc_tables_as_rows(unclosed) == unclosed
    ragged = '[cols="2"]\n|===\n|a |b\n|1\n|===\n'  # three cells in two columns
    assert asciidoc_tables_as_rows(ragged) == ragged


def test_repeat_cols_gives_the_width() -> None:
    text = '[cols="2*"]\n|===\n|Clause\n|Term\n\n|Grant\n|Any use.\n|===\n'
    assert "| Grant | Any use. |" in asciidoc_tables_as_rows(text)


_ROW = TableRow(label="Tern-3B-Vision", label_start=0, label_header="Member", cells=())


@pytest.mark.parametrize(
    ("column", "cell", "expected"),
    [
        (
            "Who may not take a licence",
            "organisations seated in Freedonia",
            "organisations seated in Freedonia may not take a licence.",
        ),
        ("Who needs a paid licence?", "companies with revenue above $5M", None),
        (
            "Excluded licensees",
            "residents of Freedonia",
            "Excluded licensees: residents of Freedonia",
        ),
        ("Who may not take a licence", "nobody", "nobody"),
        ("Who may not take a licence", "n/a", "n/a"),
        ("Inputs accepted", "text and images", "text and images"),
    ],
)
def test_a_header_that_is_a_clause_is_read_with_its_cells(
    column: str, cell: str, expected: str | None
) -> None:
    read, _ = row_text(_ROW, column, cell, 2)
    if expected is None:  # "Who needs ...": the predicate follows the cell
        assert read == f"{cell} needs a paid licence."
    else:
        assert read == expected
