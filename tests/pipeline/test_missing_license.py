"""Issue 15 class 5: a model that declares no license ends as `license-missing` (no parent)
or as a lineage mismatch naming the parent and its license, never only "unidentified"."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.model import Category, ModelResult, Severity, Verdict
from auditor.pipeline.run import AuditOptions, audit


def _audit(tmp_path: Path, card: str, files: dict[str, str] | None = None) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(card, encoding="utf-8")
    for name, text in (files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    result = audit([str(folder)], AuditOptions(use_cache=False, suggest_alternatives=False))
    (model,) = result.models
    return model


def _rules(model: ModelResult) -> set[str]:
    return {f.rule for f in model.findings}


NO_LICENSE_CARDS = {
    "no-front-matter": "# Quill 7B\n\nA small chat model made by Quill Labs.\n",
    "empty-front-matter": "---\n---\n# Quill 7B\n\nA small chat model.\n",
    "empty-mapping": "---\n{}\n---\n# Quill 7B\n\nA small chat model.\n",
    "other-without-name": "---\nlicense: other\n---\n# Quill 7B\n\nA small chat model.\n",
    "unknown-tag": "---\nlicense: unknown\n---\n# Quill 7B\n\nA small chat model.\n",
    "none-word": "---\nlicense: none\ntags: [chat]\n---\n# Quill 7B\n\nA small chat model.\n",
    "only-tags": "---\ntags: [text-generation]\nlanguage: [en]\n---\n# Quill 7B\n",
}


@pytest.mark.parametrize("name", sorted(NO_LICENSE_CARDS))
def test_no_license_and_no_parent_is_license_missing(tmp_path: Path, name: str) -> None:
    model = _audit(tmp_path, NO_LICENSE_CARDS[name])
    missing = [f for f in model.findings if f.rule == "license-missing"]
    assert missing, f"{name}: {sorted(_rules(model))}"
    assert missing[0].severity is Severity.BLOCK
    assert model.verdict is Verdict.FAIL


def test_other_with_a_name_stays_unidentified_not_missing(tmp_path: Path) -> None:
    card = "---\nlicense: other\nlicense_name: quill-weights-terms\n---\n# Quill 7B\n"
    model = _audit(tmp_path, card)
    assert "license-missing" not in _rules(model)
    assert "license-unidentified" in _rules(model)
    assert model.verdict is Verdict.FAIL


def test_unlicense_is_a_license_not_a_missing_one(tmp_path: Path) -> None:
    model = _audit(tmp_path, "---\nlicense: unlicense\n---\n# Quill 7B\n")
    assert "license-missing" not in _rules(model)


def test_no_license_with_a_binding_parent_is_a_mismatch_naming_it(tmp_path: Path) -> None:
    card = "---\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Quill 8B\n\nA chat fine-tune.\n"
    model = _audit(tmp_path, card)
    mismatch = [f for f in model.findings if f.category is Category.MISMATCH]
    assert mismatch, sorted(_rules(model))
    said = " ".join([f.message for f in mismatch] + [e.text for f in mismatch for e in f.evidence])
    assert "meta-llama/Llama-3.1-8B" in said
    assert "Llama 3.1" in said
    assert model.effective_license is not None
    assert model.effective_license.hf == "llama3.1"
    assert model.verdict is not Verdict.PASS


def test_other_without_name_and_a_binding_parent_is_a_mismatch(tmp_path: Path) -> None:
    card = "---\nlicense: other\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Quill 8B\n"
    model = _audit(tmp_path, card)
    assert any(f.category is Category.MISMATCH for f in model.findings)
    assert model.verdict is not Verdict.PASS


def test_license_text_without_declaration_is_not_missing(tmp_path: Path) -> None:
    licence = (
        "Quill Model Licence\n\nYou may use, copy and share these weights for any purpose, "
        "including commercial purposes, provided that this notice is kept with every copy.\n"
    )
    model = _audit(tmp_path, "# Quill 7B\n\nA small chat model.\n", {"LICENSE": licence})
    assert "license-missing" not in _rules(model)


def test_no_license_and_an_unresolved_parent_keeps_missing_and_names_the_parent(
    tmp_path: Path,
) -> None:
    card = "---\nbase_model: quill-labs/quill-base-unknown\n---\n# Quill Child\n"
    model = _audit(tmp_path, card)
    rules = _rules(model)
    assert "license-missing" in rules
    # nothing known on either side: no mismatch (issue 33), the parent named as unresolved
    assert not any(f.category is Category.MISMATCH for f in model.findings)
    assert "lineage-unresolved" in rules
    said = " ".join(
        [f.message for f in model.findings] + [e.text for f in model.findings for e in f.evidence]
    )
    assert "quill-labs/quill-base-unknown" in said
    assert model.effective_license is not None and model.effective_license.id is None
    assert model.verdict is Verdict.FAIL


def test_gguf_without_license_and_card_without_license_is_missing(tmp_path: Path) -> None:
    from tests.adversarial.cases import _gguf_bytes

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text("# Quill GGUF\n\nRe-uploaded.\n", encoding="utf-8")
    (folder / "quill.gguf").write_bytes(_gguf_bytes({"general.name": "Quill 1B"}))
    result = audit([str(folder)], AuditOptions(use_cache=False, suggest_alternatives=False))
    (model,) = result.models
    assert "license-missing" in _rules(model)


def test_license_only_in_a_misplaced_block_is_reported_not_only_unidentified(
    tmp_path: Path,
) -> None:
    """The Hub reads no license here: today `license-missing`; once misplaced blocks are
    read (issue 15 class 1), `card-metadata-misplaced`. Either way, never a pass."""
    card = (
        "# Quill Fenced 8B\n\n```yaml\nlicense: cc-by-nc-4.0\n"
        "base_model: meta-llama/Llama-3.1-8B-Instruct\n```\n\nA chat model.\n"
    )
    model = _audit(tmp_path, card)
    assert _rules(model) & {"license-missing", "card-metadata-misplaced"}, sorted(_rules(model))
    assert model.verdict is not Verdict.PASS


def test_other_with_an_unidentified_license_file_is_unidentified_not_missing(
    tmp_path: Path,
) -> None:
    terms = "Heron Weights Terms\n\nAsk Heron Labs in writing before you do anything at all.\n"
    model = _audit(tmp_path, "---\nlicense: other\n---\n# Heron 1B\n", {"LICENSE": terms})
    assert "license-missing" not in _rules(model)
    assert model.verdict is Verdict.FAIL


CORPUS_LICENSES = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "licenses"


@pytest.mark.parametrize(
    "how",
    ["metadata", "prose", "license-text"],
)
def test_one_rule_for_a_derivative_declaring_no_license(tmp_path: Path, how: str) -> None:
    """Issue 33 item 4: whatever says what the model derives from (the metadata, the card's
    prose, the Llama license text in the repo), a model declaring no license gets the one
    lineage finding naming the license that governs the weights, and not a second one."""
    llama = CORPUS_LICENSES / "llama-3.1-community.txt"
    if how == "license-text" and not llama.is_file():
        pytest.skip(f"license corpus not found at {CORPUS_LICENSES}")
    cards = {
        "metadata": "---\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Quill 8B\n",
        "prose": "# Quill 8B\n\nThis model is a fine-tune of meta-llama/Llama-3.1-8B.\n",
        "license-text": "# Quill 8B\n\nA chat model.\n",
    }
    files = {"LICENSE": llama.read_text("utf-8")} if how == "license-text" else None
    model = _audit(tmp_path, cards[how], files)
    mismatch = [f for f in model.findings if f.rule == "license-lineage-mismatch"]
    assert len(mismatch) == 1, sorted(_rules(model))
    assert "license-not-declared" not in _rules(model)
    assert model.effective_license is not None
    assert model.effective_license.id == "LicenseRef-llama-3.1-community"
    assert model.verdict is not Verdict.PASS


@pytest.mark.parametrize(
    ("relation", "inherits"),
    [("quantized", True), ("finetune", False), ("adapter", False), ("merge", False)],
)
def test_only_a_quantization_takes_its_one_parents_license(
    tmp_path: Path, relation: str, inherits: bool
) -> None:
    # a quantization is the parent's weights in another shape (no authorship of its own to
    # license); what a fine-tune, adapter or merge adds is granted by nobody
    card = (
        "---\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n"
        f"base_model_relation: {relation}\n---\n# Heron Q4\n"
    )
    model = _audit(tmp_path, card)
    if inherits:
        assert model.license is not None and model.license.id == "LicenseRef-llama-3.1-community"
        assert model.license.method == "quantized-copy"
        assert not {"license-unidentified", "license-missing"} & _rules(model)
        assert "license-lineage-mismatch" in _rules(model)  # it should still declare it
    else:
        assert model.license is None
        assert {"license-unidentified", "license-missing"} & _rules(model)
        assert model.verdict is Verdict.FAIL


def test_a_quantization_with_a_license_of_its_own_keeps_it(tmp_path: Path) -> None:
    card = (
        "---\nlicense: cc-by-nc-4.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n"
        "base_model_relation: quantized\n---\n# Heron Q4\n"
    )
    model = _audit(tmp_path, card)
    assert model.license is not None and model.license.id == "CC-BY-NC-4.0"


@pytest.mark.parametrize(
    ("signs", "inherits"),
    [
        ("quantized_by: someone\ntags: [quantized, GGUF]", True),
        ("tags: [gguf-my-repo]", True),
        ("tags: [gguf, trl, sft]", False),  # a fine-tune published as GGUF
    ],
)
def test_a_copy_stating_no_relation_is_read_from_its_signs(
    tmp_path: Path, signs: str, inherits: bool
) -> None:
    # the Hub reads a repo of GGUF files as a quantization of its one base model; so does a
    # card whose metadata names its quantizer or a quantized format (sources/card_relation.py)
    card = f"---\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n{signs}\n---\n# Heron GGUF\n"
    model = _audit(tmp_path, card)
    if inherits:
        assert model.license is not None and model.license.method == "quantized-copy"
        assert "license-unidentified" not in _rules(model)
        assert "license-lineage-mismatch" in _rules(model)
    else:
        assert model.license is None
        assert model.verdict is Verdict.FAIL
