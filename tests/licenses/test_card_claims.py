"""The licenses a card's own prose names (card_claims): a short id that is also a word."""

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
    "sentence",
    [
        # "mit" is German for "with": no license is named
        "Die Bedingungen stehen noch aus; schreiben Sie uns mit Ihrer Anfrage.",
        "Fragen zur Nutzung der Gewichte klären wir gern mit Ihnen.",
        "Mit diesem Modell dürfen Sie vorerst nichts veröffentlichen.",
    ],
)
def test_the_word_mit_in_a_sentence_is_no_license(sentence: str) -> None:
    assert claimed(f"# Falke-2B\n\n## Lizenz\n\n{sentence}\n") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Gewichte stehen unter MIT.",
        "The weights are released under the mit license.",
        "Les poids sont distribués sous MIT.",
    ],
)
def test_mit_in_capitals_or_before_license_names_it(sentence: str) -> None:
    assert claimed(f"# Falke-2B\n\n## Lizenz\n\n{sentence}\n") == {"MIT"}
