"""A licence stated as the table after a sentence saying so (session 28, held-out s27h1): "The
licence consists of the table below" then a Topic | Term table. Only the rows a term reader
picks out alone were read, so a cap row ("Each product may have up to 250,000 daily active
users") and its footnote were lost and the licence's terms were unknown. Shape: a kept line
saying the licence (terms, conditions) is the table below, the following table, or "as
follows", then a table within a few lines: every row and the footnotes under it. Texts
written for this test in our own words; twins: no pointer, a table too far below, a pointer
about something else.
"""

from __future__ import annotations

import pytest

from auditor.sources.card import parse_card
from auditor.sources.card_documents import card_documents

_TABLE = (
    "| Item | Rule |\n|---|---|\n"
    "| Users | Any lawful purpose, paid services included |\n"
    "| Scale | Each app may serve up to 40,000 weekly users[^a] |\n"
    "| Law | Ontario |\n\n"
    "[^a]: Weekly users are distinct accounts active in one calendar week.\n"
)


def licence_text(card: str) -> str:
    texts = [d.text or "" for d in card_documents(parse_card(card)) if d.path.endswith("#license")]
    return "\n".join(texts)


@pytest.mark.parametrize(
    "pointer",
    [
        "Wren-2 comes under the Wren Licence, which is the table below in full.",
        "The terms of use of Wren-2 are set out below:",
        "Wren-2's licence conditions are as follows.",
        "Our licence is the following table; nothing else applies.",
    ],
)
def test_the_table_a_licence_sentence_points_to_is_read_whole(pointer: str) -> None:
    text = licence_text(f"# Wren-2\n\n{pointer}\n\n{_TABLE}")
    assert "Scale: Each app may serve up to 40,000 weekly users" in text, text
    assert "Weekly users are distinct accounts" in text


def test_a_table_without_a_pointer_is_not_taken_whole() -> None:
    card = f"# Wren-2\n\nWren-2 is a small model for tagging invoices.\n\n{_TABLE}"
    assert "40,000 weekly users" not in licence_text(card)


def test_a_table_far_below_the_pointer_is_not_taken() -> None:
    gap = "\n".join(f"Paragraph {n} about training." for n in range(8))
    card = f"# Wren-2\n\nThe licence is set out below:\n\n{gap}\n\n{_TABLE}"
    assert "40,000 weekly users" not in licence_text(card)


def test_a_pointer_to_a_table_of_results_is_no_licence() -> None:
    card = f"# Wren-2\n\nBenchmark results are in the table below.\n\n{_TABLE}"
    assert "40,000 weekly users" not in licence_text(card)
