"""A period inside an abbreviated place name does not end the place of a "laws of" clause
("Washington, D.C." read as the State of Washington before: the place stopped at "D")."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.law import choice_of_law_code


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("This Agreement is governed by the laws of Washington, D.C.", "US-DC"),
        (
            "Terms governed by the laws of Washington, D.C., without regard to conflicts.",
            "US-DC",
        ),
        ("The licence is construed under the laws of Washington D.C. and its courts.", "US-DC"),
        (
            "Governed by the laws of the State of New York, U.S.A., without regard to conflicts.",
            "US-NY",
        ),
        # twins: the state, and a sentence that ends after it
        ("This Agreement is governed by the laws of the State of Washington.", "US-WA"),
        ("This license is governed by the laws of Washington. D. Smith signs it.", "US-WA"),
    ],
)
def test_an_abbreviated_place_is_read_whole(sentence: str, code: str) -> None:
    assert choice_of_law_code(sentence) == code, sentence
    text = f"Acme License\n\nYou may use the model for any purpose.\n\n{sentence}\n"
    assert extract_terms(text, path="LICENSE")["governing_law"].value == code, sentence
