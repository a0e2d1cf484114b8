"""A licence's bands in a table: the measure in the header of the column of bounds, the terms of
each band in any other cell of its row (session 29, held-out round I: a fee schedule whose
column "Part 1 applies?" answers "no" above a turnover, in Singapore dollars).

Each row whose label is a bound ("up to 2 million", "above S$40 million", "$1 million or more")
is read, cell by cell, after the measure its column names: a "no" under a column asking whether
the grant covers the licensee is "not licensed" (a route after the no kept), a fee other than
none under a column of fees is a paid licence. The texts are written for this test; the twins
(every band covered, every fee none) read no cap.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import ExtractedTerm, extract_terms


def terms(text: str) -> dict[str, ExtractedTerm]:
    return extract_terms(text, path="LICENSE.md")


def listed(value: object) -> list[object]:
    """A list-valued term's items (none when the term is unset)."""
    return list(value) if isinstance(value, list) else []


GRANT = "You may use, adapt and ship the model for any purpose, commercial ones included.\n\n"

REVENUE_BANDS = [
    (  # a column asking whether the grant covers you, a route after the "No;"
        "| Worldwide turnover (group included) | Does clause 1 cover you? |\n|---|---|\n"
        "| up to HK$300 million | Yes |\n"
        "| above HK$300 million | No; you need the licensor's written enterprise licence first |\n",
        300_000_000,
        "HKD",
    ),
    (  # an HTML table, the no and its route in two sentences
        "<table>\n<tr><th>Gross revenue last fiscal year</th><th>May you rely on this licence?</th>"
        "</tr>\n<tr><td>under US$5 million</td><td>Yes</td></tr>\n<tr><td>over US$5 million</td>"
        "<td>No. A separate enterprise licence is needed.</td></tr>\n</table>\n",
        5_000_000,
        "USD",
    ),
    (  # a fee column, the bound written after the number
        "| Annual revenue | Fee |\n|---|---|\n| under $1 million | free |\n"
        "| $1 million or more | USD 500 per month |\n",
        1_000_000,
        "USD",
    ),
    (  # three columns: a fee by negotiation, then whether the grant applies
        "| Own turnover in the last financial year | Fee | Grant applies? |\n|---|---|---|\n"
        "| up to and including S$40 million | none | yes |\n"
        "| above S$40 million | by negotiation | no: sign an enterprise agreement first |\n",
        40_000_000,
        "SGD",
    ),
]


@pytest.mark.parametrize(("table", "amount", "currency"), REVENUE_BANDS)
def test_a_band_above_which_the_grant_stops_is_a_revenue_cap(
    table: str, amount: int, currency: str
) -> None:
    read = terms(GRANT + table)
    cap = read["revenue_threshold"].value
    assert isinstance(cap, dict), read["revenue_threshold"]
    assert (cap["amount"], cap["currency"]) == (amount, currency)
    assert read["commercial_use"].value == "restricted"
    assert "separate-license-above-threshold" in listed(read["commercial_use_conditions"].value)


def test_a_band_of_users_covered_only_up_to_a_number_is_a_user_cap() -> None:
    table = (
        "| Monthly active users of your services | Covered by this licence? |\n|---|---|\n"
        "| up to 2 million | yes |\n"
        "| more than 2 million | no - write to the licensor for a commercial agreement |\n"
    )
    assert terms(GRANT + table)["mau_threshold"].value == 2_000_000


@pytest.mark.parametrize(
    "table",
    [
        # every band covered: a table of bands that bounds nothing
        "| Users per month | Licence applies? |\n|---|---|\n| up to 5 million | Yes |\n"
        "| above 5 million | Yes |\n",
        # every fee none
        "| Headcount | Fee |\n|---|---|\n| up to 50 staff | none |\n| over 50 staff | nil |\n",
    ],
)
def test_bands_that_all_keep_the_grant_read_no_cap(table: str) -> None:
    read = terms(GRANT + table)
    assert read["commercial_use"].value == "allowed"
    assert read["revenue_threshold"].value is None
    assert read["mau_threshold"].value is None
