"""'You do not need our permission to ...' and 'you don't have to ...' say what the licensee is
free to do: no ban, although they open with the words of one ('do not', 'don't')."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

GRANT = "1. You may use, copy and modify the model for any purpose, including commercial purposes."


def _scopes(sentence: str) -> list[str]:
    terms = extract_terms(f"Heron Model Licence\n\n{GRANT}\n\n2. {sentence}\n", path="LICENSE")
    value = terms["use_scope"].value
    assert isinstance(value, list)
    return [str(v) for v in value]


@pytest.mark.parametrize(
    "sentence",
    [
        "You do not need our permission to provide the model to others via an API.",
        "Licensees don't have to ask us before offering the weights to third parties as a service.",
        "You do not require a further licence to offer the model to the public as an API service.",
        "You do not need to share your modified weights with anyone.",
    ],
)
def test_a_freedom_said_with_do_not_is_no_ban(sentence: str) -> None:
    assert _scopes(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "You do not offer the model to others as a hosted service.",
        "Licensees don't provide the weights to third parties via an API.",
    ],
)
def test_the_same_words_as_a_ban_still_bind(sentence: str) -> None:
    assert "no-third-party-service" in _scopes(sentence)
