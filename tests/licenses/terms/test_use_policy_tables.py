"""Use policies written as tables (session 22, held-out round): a licence makes a usage policy
part of itself, and the policy is a table of uses with a column saying whether each is allowed
(HTML `<table>` or Markdown), or two columns listing permitted and prohibited uses.

Both directions: a row saying no is a ban, read for what it bans (decisions about a person's
credit, housing or employment are automated decision-making, with or without the words
"automated decision"); a row saying yes, or a cell in a column of permitted uses, is never a
ban, even when the table stands under an "Acceptable use" heading or beside a column of
prohibited uses. Texts written for this test in our own words.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_LICENCE = (
    "# Wren licence\n\n1. Wren Labs grants you a royalty-free licence to use the weights, "
    "commercial use included, subject to section 2.\n\n## 2. Acceptable use\n\n"
)


def _tags(text: str) -> list[str]:
    value = extract_terms(text)["use_restrictions"].value
    return list(value) if isinstance(value, list) else []


def _html(rows: list[tuple[str, str]], header: tuple[str, str] = ("Use", "Allowed")) -> str:
    cells = "".join(f"<tr><td>{use}</td><td>{ok}</td></tr>\n" for use, ok in rows)
    return (
        "<!DOCTYPE html>\n<html><body>\n<h1>Wren usage policy</h1>\n"
        "<p>This policy is part of the Wren licence.</p>\n"
        f"<table>\n<tr><th>{header[0]}</th><th>{header[1]}</th></tr>\n{cells}</table>\n"
        "</body></html>\n"
    )


@pytest.mark.parametrize(
    "use",
    [
        "Decisions about a person's credit, insurance or housing",
        "Deciding on a consumer's loan application",
        "Determinations regarding an applicant's creditworthiness",
        "Decisions affecting individuals' employment",
    ],
)
def test_a_row_saying_no_to_decisions_about_people_bans_automated_decisions(use: str) -> None:
    text = _html([("Customer support assistants", "Yes"), (use, "No")])
    assert "automated-decision-making" in _tags(text)


def test_a_row_saying_yes_under_an_acceptable_use_heading_is_no_ban() -> None:
    table = (
        "| Use | Allowed? |\n|---|---|\n| Chat assistants | Yes |\n"
        "| Identifying people from images of their faces | Yes |\n| Spam campaigns | No |\n"
    )
    tags = _tags(_LICENCE + table)
    assert "spam" in tags and "biometric-identification" not in tags


def test_an_html_row_saying_yes_under_an_acceptable_use_heading_is_no_ban() -> None:
    table = (
        "<table>\n<tr><th>Use</th><th>Allowed?</th></tr>\n"
        "<tr><td>Recognising people from images of their faces</td><td>Permitted</td></tr>\n"
        "<tr><td>Spam campaigns</td><td>Not permitted</td></tr>\n</table>\n"
    )
    tags = _tags(_LICENCE + table)
    assert "spam" in tags and "biometric-identification" not in tags


@pytest.mark.parametrize(
    "header",
    ["| Permitted uses | Prohibited uses |", "| What you may do | What you may not do |"],
)
def test_a_column_of_permitted_uses_beside_one_of_prohibited_uses_is_no_ban(header: str) -> None:
    table = (
        f"{header}\n|---|---|\n"
        "| Identifying people from face images, with their consent | Spam campaigns |\n"
        "| Chat assistants | Decisions on a person's employment or housing |\n"
    )
    tags = _tags("# Wren usage policy\n\nThis policy is part of the Wren licence.\n\n" + table)
    assert "spam" in tags and "automated-decision-making" in tags
    assert "biometric-identification" not in tags
