"""The model's names, size and modality for scoped clauses (pipeline/model_facts.py)."""

from __future__ import annotations

from auditor.pipeline.model_facts import _size


def test_the_size_is_read_from_a_name_before_the_card() -> None:
    assert _size(["org/Heron-8B-Instruct"], "a 70-billion-parameter model") == 8.0
    assert _size(["org/qwen3-30B-A3B"], "") == 30.0  # the active count is not the size
    assert _size(["model"], "The 8-billion-parameter member of the family.") == 8.0
    assert _size(["tiny-500M"], "") == 0.5
    assert _size(["model"], "no size here") is None
