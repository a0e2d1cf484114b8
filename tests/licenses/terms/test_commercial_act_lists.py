"""Commercial use granted among a list of acts: a plural subject ("Commercial use,
modification and hosting are permitted") or a grant's label ("Grant: use, modify and sell
products built on it")."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_TITLE = "Curlew Terms\n\n"


def _commercial(sentence: str) -> object:
    return extract_terms(_TITLE + sentence + "\n")["commercial_use"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Commercial use, modification and hosting are permitted.",
        "Copying, resale, and commercial use of the Curlew weights are all allowed.",
        "Commercial use and redistribution are both allowed under these terms.",
        "Grant: use, modify, host and sell products built on Curlew-13B.",
        "Permissions: copy, adapt and commercially deploy the adapters.",
    ],
)
def test_commercial_use_among_the_acts_granted_is_allowed(sentence: str) -> None:
    assert _commercial(sentence) == "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Commercial use, modification and hosting are not permitted.",
        "Research, evaluation and non-commercial use are permitted.",
        "Modification and hosting are permitted, but commercial use is not.",
        "Grant: use and modify the weights, but not sell them.",
        "Restrictions: do not sell products built on the weights.",
    ],
)
def test_acts_listed_without_commercial_use_or_denied_allow_none(sentence: str) -> None:
    assert _commercial(sentence) != "allowed"
