"""A card that quotes a vendor's license and its use policy (a gating prompt) is not called a
modified copy of the license, and its policy's terms are no record disagreement."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit

GATED_CARDS = [
    "hugging-quants--llama-3.2-1b-instruct-q8_0-gguf",
    "bartowski--meta-llama-3.1-8b-instruct-gguf",
]


@pytest.mark.parametrize("name", GATED_CARDS)
def test_a_gating_prompt_quoting_license_and_policy_is_no_modified_copy(
    corpus: Path, tmp_path: Path, name: str
) -> None:
    card = corpus / "cards" / f"{name}.md"
    if not card.is_file():
        pytest.skip(f"{card} not in the corpus")
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(card, folder / "README.md")
    (model,) = audit([str(folder)], AuditOptions()).models
    assert not [f for f in model.findings if f.rule == "license-text-differs"]
    for finding in model.findings:
        assert "may be a modified copy" not in finding.message
        assert "is a modified" not in finding.message or "#" not in finding.message
        assert "0 passage" not in finding.message
    assert model.openness is not None
