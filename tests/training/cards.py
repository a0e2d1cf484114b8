"""Cards for the training-data tests, parsed the way the source stage parses them."""

from __future__ import annotations

from collections.abc import Mapping

from auditor.sources.card import parse_card


def read_card(text: str) -> tuple[Mapping[str, object], Mapping[str, int], str, int]:
    """The card's metadata, the line of each key, its body and the body's first line."""
    card = parse_card(text)
    return card.metadata, card.key_lines, card.body, card.body_line
