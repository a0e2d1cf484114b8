"""A license written as a Markdown table of clauses: each row's label heads its text, read
like a clause whose label is written inline ("Grant: use, modify and sell ...")."""

from __future__ import annotations

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.sentences import parse_document
from auditor.licenses.terms.tables import read_tables

_TABLE = """# Merlin Weights Terms

| Topic | What applies |
| :--- | :--- |
| **Permissions** | Copy, adapt, host and resell services built on Merlin-3B. |
| Size cap | Free for licensees with 250,000 monthly active users or fewer. Past that, \
another agreement with Merlin Labs is required. |
| Restrictions | Any use for weapons development; biometric surveillance of the public. |
| Warranty | The weights come as is; Merlin Labs is not liable for any use. |
| Law | England and Wales |
"""


def test_each_row_is_read_under_its_label() -> None:
    doc = parse_document(_TABLE)
    texts = [s.text for s in doc.sentences]
    assert "Permissions: Copy, adapt, host and resell services built on Merlin-3B." in texts
    assert "Law: England and Wales" in texts
    cap = next(s for s in doc.sentences if "250,000" in s.text)
    assert cap.heading == "Size cap"
    assert cap.line == 6
    assert cap.quote.startswith("Size cap | Free for licensees with 250,000")  # with its label
    # no sentence runs rows together, and the header and delimiter rows are no clauses
    assert not any("|" in s.text or "What applies" in s.text for s in doc.sentences)


def test_a_grant_row_with_a_commercial_act_allows_commercial_use_and_a_cap_row_caps_it() -> None:
    terms = extract_terms(_TABLE)
    assert terms["commercial_use"].value == "restricted"
    assert terms["user_threshold"].value == {"count": 250_000, "unit": "mau"}
    assert terms["mau_threshold"].value == 250_000


def test_a_restrictions_row_bans_and_a_warranty_row_is_excluded() -> None:
    doc = parse_document(_TABLE)
    ban = next(s for s in doc.sentences if "weapons" in s.text)
    assert ban.restrictive
    warranty = next(s for s in doc.sentences if "as is" in s.text)
    assert warranty.excluded
    value = extract_terms(_TABLE)["use_restrictions"].value
    assert isinstance(value, list) and "weapons" in value


def test_a_row_numbered_in_its_first_cell_takes_its_label_from_the_next() -> None:
    text = (
        "| No. | Clause | Term |\n|---|---|---|\n"
        "| 1 | Grant | Use, modify and sell products built on the weights. |\n"
    )
    (table,) = read_tables(text)
    assert [row.label for row in table.rows] == ["Grant"]
    assert extract_terms(text)["commercial_use"].value == "allowed"


def test_a_grant_row_without_a_commercial_act_allows_nothing_commercial() -> None:
    text = (
        "| Clause | Term |\n|---|---|\n| Grant | Use and modify the weights, but not sell them. |\n"
    )
    assert extract_terms(text)["commercial_use"].value != "allowed"


def test_wide_tables_and_pipes_without_a_delimiter_row_are_no_clause_tables() -> None:
    benchmark = (
        "| Model | MMLU | GSM8K | HumanEval |\n|---|---|---|---|\n"
        "| Merlin-3B | 61.2 | 55.0 | 40.1 |\n"
    )
    assert read_tables(benchmark) == ()
    assert read_tables("Grant | use it\nLaw | Ontario\n") == ()


def test_a_column_of_labels_headed_as_bans_makes_each_row_a_ban() -> None:
    text = (
        "## Licence\n\n| Prohibited uses | Notes |\n|---|---|\n"
        "| Military use | including weapons targeting |\n"
        "| Research | see the paper |\n"
    )
    doc = parse_document(text)
    assert all(s.restrictive for s in doc.sentences if s.heading in ("Military use", "Research"))
    plain = text.replace("Prohibited uses", "Topic")
    assert not any(s.restrictive for s in parse_document(plain).sentences)
