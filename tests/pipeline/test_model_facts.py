"""The model's names, size and modality for scoped clauses (pipeline/model_facts.py)."""

from __future__ import annotations

from auditor.licenses.terms.model_scope import ModelFacts
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile
from auditor.pipeline.model_facts import _size, scoped_files


def test_the_size_is_read_from_a_name_before_the_card() -> None:
    assert _size(["org/Heron-8B-Instruct"], "a 70-billion-parameter model") == 8.0
    assert _size(["org/qwen3-30B-A3B"], "") == 30.0  # the active count is not the size
    assert _size(["model"], "The 8-billion-parameter member of the family.") == 8.0
    assert _size(["tiny-500M"], "") == 0.5
    assert _size(["model"], "no size here") is None


def test_clauses_set_aside_for_other_models_are_said_with_their_lines() -> None:
    text = (
        "Wren Family Licence\n\n"
        "1. Models of the family with 30 billion parameters or more are licensed for\n"
        "   non-commercial research only.\n"
        "2. Models below 30 billion parameters may be used for any purpose.\n"
    )
    licence = LicenseFile("LICENSE", None, len(text), text, "LICENSE")
    identity = identify_text(text)
    small = ModelFacts(("org/Wren-8B",), 8.0, "text")
    (kept,), (finding,) = scoped_files([(licence, identity)], small)
    assert kept[0].text is not None and "non-commercial" not in kept[0].text
    assert finding.rule == "license-clause-other-models" and finding.evidence[0].line == 3
    assert "lines 3, 4" in finding.message and "8B parameters" in finding.message
    # the large model is in clause 1's scope and outside clause 2's: line 5 is set aside
    large = ModelFacts(("org/Wren-70B",), 70.0, "text")
    (kept,), (finding,) = scoped_files([(licence, identity)], large)
    assert kept[0].text is not None and "non-commercial research" in kept[0].text
    assert "any purpose" not in kept[0].text and finding.evidence[0].line == 5
    # a model of unknown size keeps every clause, and nothing is said
    unknown = ModelFacts(("org/Wren-chat",), None, "text")
    (kept,), findings = scoped_files([(licence, identity)], unknown)
    assert kept[0].text == text and findings == []
