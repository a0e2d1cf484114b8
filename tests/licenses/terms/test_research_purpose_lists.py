"""A grant confined to a list of unpaid purposes that names research is research-only.

Found on a dataset's terms (issue 36): "You may use the dialogues for research and teaching
only" was read as a permissive grant with commercial use allowed, because the research shape
wanted "research purposes only" or "solely for research". Any purpose list that names research
beside another unpaid purpose (teaching, education, academic work, evaluation) and ends in
"only" confines the grant: no commercial use. Wordings written here, before the fix.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

CONFINED = [
    "You may use the dialogues for research and teaching only.",
    "The corpus may be used for teaching or research purposes only.",
    "Use of the images is permitted for research and educational purposes only.",
    "Licensed for academic and research use only.",
    "You may copy the data for research & evaluation only.",
    "Permission is granted to use these recordings for research and non-commercial purposes only.",
]
NOT_CONFINED = [
    "Our team did research and teaching with it; you may use it for any purpose.",
    "Research and teaching are among the uses we hope for.",
]


@pytest.mark.parametrize("sentence", CONFINED)
def test_a_purpose_list_naming_research_is_research_only(sentence: str) -> None:
    terms = extract_terms(f"Data terms\n{sentence}\n")
    assert terms["kind"].value == "research-only"
    assert terms["commercial_use"].value == "prohibited"
    scope = terms["use_scope"].value
    assert isinstance(scope, list) and "research" in scope


@pytest.mark.parametrize("sentence", NOT_CONFINED)
def test_research_named_without_a_confinement_is_not_a_scope(sentence: str) -> None:
    terms = extract_terms(f"Data terms\n{sentence}\n")
    assert terms["kind"].value != "research-only"
    scope = terms["use_scope"].value
    assert not isinstance(scope, list) or "research" not in scope
