"""English grants that add commercial use to what they allow ("for commercial purposes too",
"for whatever purpose, commercial ones too", "Profit-making use is allowed as well") and grants
"at no charge" for any purpose: unread before (the word "no" of "no charge" closed the any-
purpose grant), so an English original or translation stated no commercial term. Found through
held-out round F's translation pairs.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


@pytest.mark.parametrize(
    "text",
    [
        "Rook Labs lets you run and adapt Rook-3B free of charge, for commercial purposes too.",
        "You may use the weights for any purpose, commercial ones included.",
        "For-profit use is permitted as well; please tell us about it.",
        "Anyone may copy and share the model at no cost, for whatever purpose.",
    ],
)
def test_commercial_use_added_to_a_grant_is_allowed(text: str) -> None:
    assert extract_terms(text)["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "You may not use the model for commercial purposes too.",
        "Business use is not allowed.",
        "Anyone may use the model for research, but no commercial use is allowed.",
    ],
)
def test_the_negated_twins_still_ban(text: str) -> None:
    assert extract_terms(text)["commercial_use"].value == "prohibited"
