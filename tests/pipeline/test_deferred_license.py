"""A card that declares no license but defers to its base model's ("License: same as the
original model", "please refer to the original model's license"): the base's resolved license
is the model's own, with the card's line as evidence; a deferral to a base whose license is
not known is said, and the license stays unidentified. Cards written here, in the shapes
quantizers and converters use."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.licenses.deferral import read_base_deferral
from auditor.model import ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from auditor.pipeline.run import AuditOptions, audit

DEFERS = [
    "License: same as the original model.",
    "**License:** Same as the base model",
    "- Licence — see the original model card.",
    "License: inherited from the base model",
    "For the licence, please refer to the original model.",
    "Please refer to the original model's license.",
    "This quant follows the base model's license.",
    "The weights are released under the same license as the base model.",
    "See the license of the base model (Qwen/Qwen2.5-7B-Instruct).",
    "The license is the same as that of the original model.",
    "Please refer to the original Qwen2.5-7B-Instruct model for the license terms.",
    "Use of these weights is governed by the upstream model's licence.",
    "It inherits the license of the parent model.",
]
DEFERS_NOT = [
    "Unlike the base model, this fine-tune is released under MIT.",
    "The license is not the same as the original model.",
    "This LoRA does not follow the base model's license; it is MIT.",
    "This model changes the license of the base model to CC-BY-NC.",
    "Please refer to the original model card for usage details.",
    "Refer to the original dataset's license before use.",
    "For the license of the training data, refer to the original dataset.",
    "We thank the original authors; see the base model for benchmarks.",
    "The base model was trained on licensed data.",
    "License: Apache 2.0",
]


@pytest.mark.parametrize("sentence", DEFERS)
def test_a_deferral_to_the_base_is_read_with_its_line(sentence: str) -> None:
    body = f"# Quill 7B GGUF\n\nQuantized with llama.cpp.\n\n{sentence}\n"
    found = read_base_deferral(body, path="README.md", first_line=4)
    assert found is not None
    assert (found.file, found.line) == ("README.md", 8)
    assert found.text.strip("-* ") in sentence


@pytest.mark.parametrize("sentence", DEFERS_NOT)
def test_setting_the_base_aside_or_pointing_elsewhere_is_no_deferral(sentence: str) -> None:
    assert read_base_deferral(f"# Quill\n\n{sentence}\n", path="README.md") is None


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("# Quill\n\n## License\n\nSame as the base model.\n", 5),
        ("## Licence\n\nPlease refer to the original model.\n", 3),
        ("## License and terms\n\nInherited from the parent model.\n", 3),
    ],
)
def test_under_a_license_heading_the_sentence_need_not_name_the_license(
    body: str, line: int
) -> None:
    found = read_base_deferral(body, path="README.md")
    assert found is not None and found.line == line


@pytest.mark.parametrize(
    "body",
    [
        "## Prompt format\n\nSame as the original model.\n",  # not about the license
        "## License\n\nApache 2.0, the same as the base model's code.\n",  # a license of its own
        "## License\n\nSee the original dataset for its terms.\n",  # another work
    ],
)
def test_a_section_sentence_about_something_else_is_no_deferral(body: str) -> None:
    assert read_base_deferral(body, path="README.md") is None


def test_a_deferral_inside_a_code_block_is_not_prose() -> None:
    body = "# Quill\n\n```text\nLicense: same as the original model\n```\n"
    assert read_base_deferral(body, path="README.md") is None


# --- through an audit ---------------------------------------------------------------------------


def _audit(
    tmp_path: Path,
    front: str,
    body: str,
    deployment: Deployment | None = None,
    files: dict[str, str] | None = None,
) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    for name, text in (files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    options = AuditOptions(
        use_cache=False, suggest_alternatives=False, deployment=deployment or Deployment()
    )
    (model,) = audit([str(folder)], options).models
    return model


def _rules(model: ModelResult) -> set[str]:
    return {f.rule for f in model.findings}


_REFER = (
    "# Quill-7B 4-bit\n\nA 4-bit conversion.\n\n"
    "For the licence, please refer to the original model.\n"
)
_COMMERCIAL = Deployment(
    organization={"name": "Acme", "domicile": "US"},
    fields={"mau": 5000, "data": ["public"], "use_cases": ["chatbot"], "distribution": "saas"},
)


@pytest.mark.parametrize("tag", ["license: other\n", "", "license: unknown\n"])
def test_the_resolved_base_license_is_the_models_own(tmp_path: Path, tag: str) -> None:
    model = _audit(tmp_path, f"{tag}base_model: Qwen/Qwen2.5-7B-Instruct\n", _REFER)
    assert model.license is not None and model.license.id == "Apache-2.0"
    assert model.license.method == "card-defers-to-base"
    assert not {"license-unidentified", "license-missing"} & _rules(model)
    (noted,) = [f for f in model.findings if f.rule == "license-deferred-to-base"]
    assert noted.severity is Severity.INFO
    assert "Qwen/Qwen2.5-7B-Instruct" in noted.message
    assert [(e.file, e.line) for e in noted.evidence] == [("README.md", 9 if tag else 8)]
    assert model.verdict is not Verdict.FAIL


def test_a_non_commercial_base_then_blocks_a_commercial_deployment(tmp_path: Path) -> None:
    front = "license: other\nbase_model: CohereForAI/c4ai-command-r-v01\n"
    model = _audit(tmp_path, front, _REFER, _COMMERCIAL)
    assert model.license is not None and model.license.id == "CC-BY-NC-4.0"
    assert "non-commercial-license-in-commercial-use" in _rules(model)
    assert "license-unidentified" not in _rules(model)
    assert model.verdict is Verdict.FAIL


def test_a_deferral_to_an_unresolved_base_is_said_and_blocks(tmp_path: Path) -> None:
    front = "license: other\nbase_model: nobody-we-know/heron-7b-private\n"
    model = _audit(tmp_path, front, _REFER)
    (said,) = [f for f in model.findings if f.rule == "license-deferred-to-unresolved-base"]
    assert "nobody-we-know/heron-7b-private" in said.message
    assert said.severity is Severity.WARN
    assert "license-deferred-to-base" not in _rules(model)
    assert "license-unidentified" in _rules(model) or "license-missing" in _rules(model)
    assert model.verdict is Verdict.FAIL


def test_a_deferral_without_a_base_named_is_said(tmp_path: Path) -> None:
    model = _audit(tmp_path, "license: other\n", _REFER)
    (said,) = [f for f in model.findings if f.rule == "license-deferred-to-unresolved-base"]
    assert "names no base model" in said.message
    assert model.verdict is Verdict.FAIL


def test_without_a_deferral_the_license_stays_unidentified(tmp_path: Path) -> None:
    body = "# Quill-7B 4-bit\n\nA 4-bit conversion of the original model.\n"
    model = _audit(tmp_path, "license: other\nbase_model: Qwen/Qwen2.5-7B-Instruct\n", body)
    assert model.license is None or model.license.id is None
    assert not {"license-deferred-to-base", "license-deferred-to-unresolved-base"} & _rules(model)
    assert model.verdict is Verdict.FAIL


def test_a_license_of_its_own_is_not_replaced_by_the_deferral(tmp_path: Path) -> None:
    # a named license the auditor does not know is a declaration of another license
    front = (
        "license: other\nlicense_name: quill-weights-terms\nbase_model: Qwen/Qwen2.5-7B-Instruct\n"
    )
    model = _audit(tmp_path, front, _REFER)
    assert model.license is None or model.license.id is None
    assert "license-deferred-to-base" not in _rules(model)
    # an unread license file of its own: the deferral does not decide over it
    files = {"LICENSE": "Quill Weights Terms\n\nYou may use the weights as we say elsewhere.\n"}
    (tmp_path / "b").mkdir()
    front = "license: other\nbase_model: Qwen/Qwen2.5-7B-Instruct\n"
    other = _audit(tmp_path / "b", front, _REFER, files=files)
    assert other.license is None or other.license.id is None
    assert "license-deferred-to-base" not in _rules(other)
