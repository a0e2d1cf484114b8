"""Bans stated without a verb, as card labels and list items state them, are read as bans."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

BANS = [
    "No commercial use.",
    "- No commercial deployment",
    "* Not for commercial purposes",
    "**License:** research use only, no commercial use.",
    "Terms: personal projects are fine; not for commercial use.",
]
RESEARCH = ["Research use only.", "For academic research only.", "A research-only release."]
NOT_BANS = [
    "There is no warranty of any kind.",
    "No attribution is needed, and commercial use is permitted.",
    "No fee is charged for commercial use of the weights.",
    "Permission is hereby granted to use the weights for any purpose, commercial or not.",
]


@pytest.mark.parametrize("text", BANS)
def test_a_verbless_ban_prohibits_commercial_use(text: str) -> None:
    assert extract_terms(text + "\n", path="README.md")["commercial_use"].value == "prohibited"


@pytest.mark.parametrize("text", RESEARCH)
def test_a_research_only_label_is_research_only(text: str) -> None:
    terms = extract_terms(text + "\n", path="README.md")
    assert terms["commercial_use"].value == "prohibited"
    assert terms["kind"].value == "research-only"


@pytest.mark.parametrize("text", NOT_BANS)
def test_sentences_that_ban_nothing_commercial_stay_so(text: str) -> None:
    assert extract_terms(text + "\n", path="README.md")["commercial_use"].value != "prohibited"


def test_a_list_of_verbless_bans_reads_each_use() -> None:
    terms = extract_terms("Rules:\n- No weapons work\n- No military use\n", path="USE.md")
    found = terms["use_restrictions"].value
    assert isinstance(found, list)
    assert "military" in found
