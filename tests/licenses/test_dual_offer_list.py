"""A licence file offering licences in a list under "Licensed under either of" (session 20,
held-out round), and a card's list-valued `license` whose text says how the list combines.

"Licensed under either of" ending its line, the licences listed under it and "at your option"
after them, is a choice (`A OR B`), read by the notice matcher before the first list item can
pass for the document's title; "under one of:" is a choice too. A card listing
`[apache-2.0, mit]` whose text offers "Apache-2.0 or MIT, at your option" names no other
licence: its text says how the list combines (`read_list_choice`), which is no conflict.

Texts written for this test in our own words. Counter-examples: an item naming no licence we
know, a sentence naming no list, a card whose text names another licence than the list's.
"""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared_conflicts import card_claims, reconcile_declared
from auditor.licenses.text.identify import identify_text
from auditor.model import SourceSnapshot
from auditor.sources.base import parse_target
from auditor.sources.card import parse_card
from auditor.sources.card_documents import card_documents
from auditor.sources.declared import declared_from_snapshot, declared_pieces


def _named(text: str) -> tuple[str | None, str | None]:
    match = identify_text(text, db=load_license_db()).match
    return (None, None) if match is None else (match.id, match.method)


def test_licensed_under_either_of_a_list_is_a_choice() -> None:
    text = (
        "Licensed under either of\n\n"
        "  * Apache License, Version 2.0 (see LICENSE-APACHE)\n"
        "  * MIT license (see LICENSE-MIT)\n\n"
        "at your option.\n"
    )
    assert _named(text) == ("Apache-2.0 OR MIT", "notice-reference")


def test_the_list_may_point_to_files_and_addresses() -> None:
    text = (
        "Licensed under either of\n\n"
        " * Apache License, Version 2.0, (LICENSE-APACHE or https://example.org/apache-2.0)\n"
        " * MIT license (LICENSE-MIT or https://example.org/mit)\n\n"
        "at your option.\n"
    )
    assert _named(text) == ("Apache-2.0 OR MIT", "notice-reference")


def test_released_under_one_of_a_list_is_a_choice() -> None:
    text = "These weights are released under one of:\n\n- MIT License\n- Apache License 2.0\n"
    assert _named(text) == ("MIT OR Apache-2.0", "notice-reference")


def test_a_list_item_naming_no_known_licence_is_no_choice_of_known_ones() -> None:
    text = (
        "Licensed under either of\n\n"
        "  * MIT license (see LICENSE-MIT)\n"
        "  * the Heron Community Terms (see LICENSE-HERON)\n\n"
        "at your option.\n"
    )
    found, _method = _named(text)
    assert found != "MIT" and "OR" not in (found or "")


def test_either_of_inside_a_sentence_names_no_list() -> None:
    text = "You may use the weights under either of the licences the card names, at your option.\n"
    found, _method = _named(text)
    assert found is None or "OR" not in found


def _reading_rules(card: str) -> tuple[str | None, list[str]]:
    db = load_license_db()
    snapshot = SourceSnapshot(
        target=parse_target("org/name"), card=parse_card(card), card_path="README.md"
    )
    documents = card_documents(parse_card(card))
    claims = card_claims([(doc, identify_text(doc.text or "", db=db)) for doc in documents], db)
    reading = reconcile_declared(
        declared_from_snapshot(snapshot), declared_pieces(snapshot), db, claims
    )
    match = reading.match
    return (None if match is None else match.id), [f.rule for f in reading.findings]


def test_a_card_saying_how_its_license_list_combines_is_no_conflict() -> None:
    card = (
        "---\nlicense:\n- apache-2.0\n- mit\n---\n# kite-1b\n\n"
        "Dual-licensed: use it under Apache-2.0 or under MIT, at your option.\n"
    )
    found, rules = _reading_rules(card)
    assert found == "Apache-2.0 AND MIT"  # the list; read_list_choice makes it the OR
    assert "card-license-conflict" not in rules


def test_a_card_naming_another_licence_than_its_list_still_conflicts() -> None:
    card = (
        "---\nlicense:\n- apache-2.0\n- mit\n---\n# kite-1b\n\n"
        "The weights are released under CC BY-NC 4.0.\n"
    )
    _found, rules = _reading_rules(card)
    assert "card-license-conflict" in rules
