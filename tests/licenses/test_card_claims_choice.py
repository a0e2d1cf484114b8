"""Licenses named together and a choice between them said in words (session 28, held-out
s27h1): a card offering "two licences, MIT and Apache 2.0" whose NEXT sentence says "pick one"
was read as both at once (AND) and warned card-license-conflict against a record that says
`MIT OR Apache-2.0`; "the MIT license and the Apache 2.0 license" in one notice was read as MIT
alone (the second license lost). Shape: licenses named together bind together (AND) unless the
paragraph says the licensee picks one ("choose one", "pick either", "the one you prefer", "of
your choice"), then they are a choice (OR). Texts written for this test in our own words; twins:
both bind ("you must comply with both"), a choice in another paragraph, a choice about
something else than the licenses.
"""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.card_claims import card_claims
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.notices import states_choice
from auditor.sources.card import parse_card
from auditor.sources.card_documents import card_documents


def read(text: str) -> str | None:
    match = identify_text(text).match
    return None if match is None else match.id


def claimed(section: str) -> set[str | None]:
    db = load_license_db()
    card = f"# Wren-3\n\nA model for tagging invoices.\n\n## Licence\n\n{section}\n"
    documents = card_documents(parse_card(card))
    pairs = [(doc, identify_text(doc.text or "", db=db)) for doc in documents]
    return {claim.match.id for claim in card_claims(pairs, db)}


@pytest.mark.parametrize(
    "text",
    [
        "The checkpoints are released under two licenses, MIT and Apache 2.0: pick either one.",
        "Our weights are offered under two licences, Apache 2.0 and MIT; choose one.",
        "This model is released under the MIT license and the Apache 2.0 license. You can pick "
        "the one that suits you.",
        "The model is distributed under the Apache License 2.0 and the MIT License, "
        "whichever the licensee prefers.",
        "Weights are made available under the MIT License as well as the Apache License 2.0. "
        "Licensees may select between them.",
    ],
)
def test_licenses_named_together_with_a_choice_are_alternatives(text: str) -> None:
    assert read(text) in {"MIT OR Apache-2.0", "Apache-2.0 OR MIT"}, text


@pytest.mark.parametrize(
    "text",
    [
        "This model is released under the MIT license and the Apache 2.0 license.",
        "The checkpoints are available under both licenses, MIT and Apache-2.0; you must comply "
        "with both.",
    ],
)
def test_licenses_named_together_without_a_choice_bind_together(text: str) -> None:
    assert read(text) in {"MIT AND Apache-2.0", "Apache-2.0 AND MIT"}, text


def test_a_choice_about_something_else_is_no_choice_of_license() -> None:
    # the paragraph's "choose" is about a model size, in a paragraph of its own
    text = (
        "This model is released under the MIT license and the Apache 2.0 license.\n\n"
        "Sizes: choose one of 1B, 3B or 7B for your hardware."
    )
    assert read(text) in {"MIT AND Apache-2.0", "Apache-2.0 AND MIT"}


@pytest.mark.parametrize(
    "section",
    [
        "Wren-3 is offered under two licences, MIT (`LICENSE-MIT`) and Apache 2.0\n"
        "(`LICENSE-APACHE`). Pick one; only the licence you pick applies to you.",
        "The weights are shared under two licenses, MIT and Apache 2.0.\n"
        "Use them under either one, at your option.",
        "Wren-3 comes under two licences: MIT and Apache 2.0. You may choose between them.",
    ],
)
def test_a_card_choice_said_in_the_next_sentence_reaches_the_claim(section: str) -> None:
    assert claimed(section) & {"MIT OR Apache-2.0", "Apache-2.0 OR MIT"}, claimed(section)
    assert not claimed(section) & {"MIT AND Apache-2.0", "Apache-2.0 AND MIT"}


def test_a_card_naming_both_with_no_choice_claims_both() -> None:
    section = (
        "Wren-3 is offered under two licences, MIT (`LICENSE-MIT`) and Apache 2.0\n"
        "(`LICENSE-APACHE`). Both apply to every copy."
    )
    assert claimed(section) & {"MIT AND Apache-2.0", "Apache-2.0 AND MIT"}, claimed(section)


@pytest.mark.parametrize(
    ("words", "choice"),
    [
        ("choose one", True),
        ("the one you prefer governs", True),
        ("a licence of your choice", True),
        ("you can pick", True),
        ("both apply", False),
        ("one of the licences applies to the code", False),
    ],
)
def test_choice_words(words: str, choice: bool) -> None:
    assert states_choice(words) is choice
