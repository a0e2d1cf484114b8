"""Tables of terms read row by row (session 20, evidence round): a "use | allowed?" table in a
licence file, an HTML table holding a revenue cap; and a numbered clause withholding a hosted,
managed or API service from third parties, or a grant for the licensee's own organisation.

Every text here is written for this test in our own words, with counter-examples: a table of
features or scores is no licence table, a bare "No" under a header that asks nothing about
permission bans nothing, an HTML page whose table lists benchmarks states no term.
"""

from __future__ import annotations

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.sentences import parse_document
from auditor.licenses.terms.tables import html_tables_as_rows

_ALLOWED_TABLE = """# Plover Weights Licence

Plover Lab licenses the Plover-1B weights to you on these terms.

| What you may do                      | Allowed? |
|--------------------------------------|----------|
| Research and teaching                | Yes      |
| Fine-tune the weights                | Yes      |
| Commercial use of the weights        | No       |
"""


def test_a_yes_no_row_under_an_allowed_header_is_a_grant_or_a_ban() -> None:
    texts = [s.text for s in parse_document(_ALLOWED_TABLE).sentences]
    assert "Research and teaching is permitted." in texts
    assert "Commercial use of the weights is not permitted." in texts
    terms = extract_terms(_ALLOWED_TABLE)
    assert terms["commercial_use"].value == "prohibited"
    assert terms["commercial_use"].evidence[0].line == 9  # the row, quoted with its label


def test_a_yes_no_column_that_asks_nothing_about_permission_bans_nothing() -> None:
    features = """# Plover-1B

| Feature       | Supported? |
|---------------|------------|
| Tool calling  | No         |
| Commercial use of the API | No |
"""
    texts = [s.text for s in parse_document(features).sentences]
    assert not any("not permitted" in t for t in texts)


def test_a_label_saying_no_in_its_own_words_is_read_as_written() -> None:
    table = """| Use | Allowed? |
|---|---|
| No commercial use | Yes |
"""
    texts = [s.text for s in parse_document(table).sentences]
    assert "No commercial use is permitted." not in texts
    assert extract_terms(table)["commercial_use"].value == "prohibited"


_HTML_CAP = """<html><body>
<h1>Gannet Model Terms</h1>
<p>Gannet Ltd grants you a worldwide licence to use and modify the Gannet-7B weights,
commercially or not, within the limits below.</p>
<table>
  <tr><th>Annual revenue of your organisation</th><th>What applies</th></tr>
  <tr><td>Up to EUR 2,000,000</td><td>This licence alone</td></tr>
  <tr><td>Over EUR 2,000,000</td><td>A separate paid licence from Gannet Ltd is required</td></tr>
</table>
<p>Contact us for the paid licence.</p>
</body></html>
"""


def test_an_html_table_is_read_as_rows_and_keeps_the_lines_after_it() -> None:
    rows = html_tables_as_rows(_HTML_CAP)
    assert rows.count("\n") == _HTML_CAP.count("\n")
    lines = rows.splitlines()
    assert lines[6] == "| Up to EUR 2,000,000 | This licence alone |"  # its <tr> line
    assert lines[9] == "<p>Contact us for the paid licence.</p>"


def test_a_revenue_cap_in_html_cells_is_read_with_its_column_header() -> None:
    terms = extract_terms(_HTML_CAP)
    assert terms["revenue_threshold"].value == {
        "amount": 2_000_000,
        "currency": "EUR",
        "period": "year",
        "measure": "revenue",
    }
    assert terms["commercial_use"].value == "restricted"


def test_an_html_table_of_scores_states_no_term() -> None:
    page = """<html><body><h1>Gannet-7B</h1>
<table><tr><th>Benchmark</th><th>Score</th></tr>
<tr><td>Above 70 on MMLU</td><td>71.5</td></tr><tr><td>GSM8K</td><td>55.0</td></tr></table>
</body></html>
"""
    terms = extract_terms(page)
    assert terms["revenue_threshold"].value is None
    assert terms["commercial_use"].value is None


def test_an_html_table_wider_than_a_table_of_clauses_is_left_as_it_is() -> None:
    page = "<table><tr><th>a</th><th>b</th><th>c</th><th>d</th></tr></table>\n"
    assert html_tables_as_rows(page) == page
    assert html_tables_as_rows("no table here <b>bold</b>") == "no table here <b>bold</b>"


_SERVICE_BAN = """SOFTWARE LICENCE - KESTREL WEIGHTS

1. Scope. These terms cover the Kestrel weights.
2. Restriction. You may not let other companies use the weights, whether as a hosted, managed
   or API service, unless Kestrel Ltd has signed a separate agreement with you.
"""


def _scope(text: str) -> list[object]:
    value = extract_terms(text)["use_scope"].value
    return value if isinstance(value, list) else []


def test_a_ban_on_a_hosted_managed_or_api_service_for_others_is_read() -> None:
    assert "no-third-party-service" in _scope(_SERVICE_BAN)


def test_a_service_allowed_on_a_condition_is_no_ban() -> None:
    text = (
        "You may not let other companies use the weights as a hosted, managed or API service "
        "unless you keep this notice in your documentation."
    )
    assert "no-third-party-service" not in _scope(text)
    assert "no-third-party-service" not in _scope(
        "You may offer the weights to others as a hosted, managed or API service."
    )


def test_a_grant_for_the_licensees_own_organisation_leaves_out_a_service_for_others() -> None:
    text = "You may run the weights on machines you control, for your own company's purposes."
    assert "no-third-party-service" in _scope(text)
    for wider in (
        "You may run the weights for your own company and for its customers.",
        "You may use the weights for any purpose, including for your own organisation.",
    ):
        assert "no-third-party-service" not in _scope(wider)


def test_a_wide_html_table_of_terms_is_said_unread_and_one_of_scores_is_not() -> None:
    from auditor.licenses.terms.tables import unread_html_table

    terms = (
        "<h1>Gannet Terms</h1>\n<table>\n<tr><th>Revenue</th><th>Users</th><th>Region</th>"
        "<th>Licence needed</th></tr>\n<tr><td>Over EUR 2M</td><td>any</td><td>any</td>"
        "<td>A paid licence</td></tr>\n</table>\n"
    )
    assert unread_html_table(terms) == (2, 4)
    scores = (
        "<table><tr><th>Model</th><th>MMLU</th><th>GSM8K</th><th>HumanEval</th></tr>"
        "<tr><td>Gannet-7B</td><td>61.0</td><td>40.2</td><td>30.5</td></tr></table>\n"
    )
    assert unread_html_table(scores) is None
    assert unread_html_table(_HTML_CAP) is None  # read as a table of clauses
