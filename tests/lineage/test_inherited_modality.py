"""A model whose own evidence does not say what it takes in (no pipeline tag, no config.json)
takes in what its base takes in: an adapter, fine-tune or quantization of a text-only base is
text, of a multimodal base multimodal. The Llama 3.2, 3.3 and 4 use policies withhold rights
from EU companies for multimodal models only, so an EU company's LoRA on Llama-3.2-1B was
left `needs-input` ("what the model takes in") though the registry knows the base is text.

Text is concluded only when every direct parent is known to be text (an unknown parent may
have added a vision tower); one known multimodal ancestor makes the model multimodal. The
model's own evidence always comes first.
"""

from __future__ import annotations

import json
from pathlib import Path

from auditor.model import ModelResult
from auditor.pipeline.run import AuditOptions, audit


def _audit(tmp_path: Path, card: str, files: dict[str, str]) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(card, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    options = AuditOptions(use_cache=False, suggest_alternatives=False)
    (model,) = audit([str(folder)], options).models
    return model


def _adapter(base: str) -> dict[str, str]:
    return {
        "adapter_config.json": json.dumps(
            {"base_model_name_or_path": base, "peft_type": "LORA", "task_type": "CAUSAL_LM"}
        )
    }


def test_an_adapter_on_a_text_base_is_text(tmp_path: Path) -> None:
    model = _audit(
        tmp_path, "---\nlicense: mit\n---\n# Lora\n", _adapter("meta-llama/Llama-3.2-1B-Instruct")
    )
    assert model.modality == "text"
    assert model.modality_evidence is not None
    assert "meta-llama/Llama-3.2-1B-Instruct" in (model.modality_evidence.text or "")


def test_an_adapter_on_a_vision_base_is_multimodal(tmp_path: Path) -> None:
    model = _audit(
        tmp_path,
        "---\nlicense: mit\n---\n# Lora\n",
        _adapter("meta-llama/Llama-3.2-11B-Vision-Instruct"),
    )
    assert model.modality == "multimodal"


def test_a_fine_tune_of_llama_4_is_multimodal(tmp_path: Path) -> None:
    card = (
        "---\nlicense: llama4\nbase_model: meta-llama/Llama-4-Scout-17B-16E-Instruct\n---\n# FT\n"
    )
    assert _audit(tmp_path, card, {}).modality == "multimodal"


def test_the_models_own_evidence_comes_first(tmp_path: Path) -> None:
    card = (
        "---\nlicense: llama3.2\npipeline_tag: image-text-to-text\n"
        "base_model: meta-llama/Llama-3.2-1B-Instruct\n---\n# FT\n"
    )
    assert _audit(tmp_path, card, {}).modality == "multimodal"


def test_a_parent_of_unknown_modality_leaves_it_unknown(tmp_path: Path) -> None:
    card = (
        "---\nlicense: llama3.2\nbase_model:\n- meta-llama/Llama-3.2-1B-Instruct\n"
        "- someone/unheard-of-model\n---\n# Merge\n"
    )
    assert _audit(tmp_path, card, {}).modality is None


# --- a base known by its name's family rule (an Ollama library tag) ---------------------------


def _modelfile(tag: str) -> dict[str, str]:
    return {"Modelfile": f"FROM {tag}\nPARAMETER temperature 0.1\n"}


def test_an_ollama_library_text_tag_is_text_by_its_family_rule(tmp_path: Path) -> None:
    # `llama3.2:3b` is the 3B text model (model_families.yaml llama-3.2-1b-3b: modality text)
    model = _audit(tmp_path, "---\nlicense: llama3.2\n---\n# Pack\n", _modelfile("llama3.2:3b"))
    assert model.modality == "text"
    assert model.modality_evidence is not None
    assert "family rule" in (model.modality_evidence.text or "")


def test_an_ollama_library_1b_tag_is_text_too(tmp_path: Path) -> None:
    model = _audit(tmp_path, "---\nlicense: llama3.2\n---\n# Pack\n", _modelfile("llama3.2:1b"))
    assert model.modality == "text"


def test_an_ollama_library_vision_tag_stays_multimodal(tmp_path: Path) -> None:
    model = _audit(
        tmp_path, "---\nlicense: llama3.2\n---\n# Pack\n", _modelfile("llama3.2-vision:11b")
    )
    assert model.modality == "multimodal"


def test_a_tag_naming_no_size_the_rule_knows_stays_unknown(tmp_path: Path) -> None:
    # `llama3.2` alone names no size: the generic Llama 3.2 rule states no modality
    model = _audit(tmp_path, "---\nlicense: llama3.2\n---\n# Pack\n", _modelfile("llama3.2"))
    assert model.modality is None


def test_a_third_partys_model_named_after_a_text_base_says_nothing(tmp_path: Path) -> None:
    # someone else's repo may have added a vision tower: its name's rule is no evidence
    model = _audit(
        tmp_path, "---\nlicense: llama3.2\n---\n# Lora\n", _adapter("someone/Llama-3.2-3B-ocr-ft")
    )
    assert model.modality is None
