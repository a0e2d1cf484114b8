"""A license's name wrapped across a line break in a card's prose (session 23, held-out s23d2):
"... released under the Apache License" then "2.0 (LICENSE), and you may use them commercially"
was read line by line, so the card named an Apache License with no version (read as all of
Apache-1.0, 1.1 and 2.0) and card-license-conflict warned falsely. A sentence that does not end
at its line goes on into the next. Texts written for this test in our own words; twins: a
sentence ended on its line, a list item or heading after it.
"""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.card_claims import card_claims
from auditor.licenses.text.identify import identify_text
from auditor.sources.card import parse_card
from auditor.sources.card_documents import card_documents


def claimed(card: str) -> set[str | None]:
    db = load_license_db()
    documents = card_documents(parse_card(card))
    pairs = [(doc, identify_text(doc.text or "", db=db)) for doc in documents]
    return {claim.match.id for claim in card_claims(pairs, db)}


@pytest.mark.parametrize(
    "section",
    [
        "Copyright 2026 Loon Research. Code and weights are released under the Apache License\n"
        "2.0 (LICENSE), and you may use them commercially.",
        "The checkpoint and its tokenizer are distributed under the terms of the Apache\n"
        "License, Version 2.0, like the training code.",
        "You can use the weights under the GNU General Public License version\n3, at your option.",
    ],
)
def test_a_name_wrapped_across_lines_is_read_with_its_version(section: str) -> None:
    found = claimed(f"# Loon-2\n\nA classifier.\n\n## Licence\n\n{section}\n")
    assert found, section
    assert all(i is not None and "version" not in i and "of--" not in i for i in found), found
    assert found & {"Apache-2.0", "GPL-3.0-only", "GPL-3.0-or-later"}


def test_a_sentence_ended_on_its_line_is_not_carried_on() -> None:
    card = (
        "# Loon-2\n\n## Licence\n\nThe weights are released under the MIT License.\n"
        "2.0 is the version of our tokenizer format.\n"
    )
    assert claimed(card) == {"MIT"}


def test_a_list_item_after_a_name_is_not_part_of_it() -> None:
    card = (
        "# Loon-2\n\n## Licence\n\nThe weights are released under the MIT License\n"
        "- 2 checkpoints are provided.\n"
    )
    assert claimed(card) == {"MIT"}
