"""A card whose declared license name is itself a deferral ("license: other" with
"license_name: same-as-base-model", "inherited-from-parent") names no license of its own: the
base's resolved license is the model's, with or without a sentence in the prose saying so. A
name that sets the base's license aside, or names a license, is no deferral. Names and cards
written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.licenses.deferral import is_deferral_name, read_base_deferral
from auditor.model import ModelResult, Verdict
from auditor.model.deployment import Deployment
from auditor.pipeline.run import AuditOptions, audit

DEFERRING_NAMES = [
    "same-as-base-model",
    "Same licence as the original model",
    "inherited-from-parent",
    "inherits_the_license_of_the_upstream_model",
    "follows-the-license-of-the-base-model",
    "identical-license-to-parent-model",
    "see base model",
    "base-model-license",
    "original_model_licence",
]
NAMING_NAMES = [
    "not-same-as-base-model",  # sets the base's license aside
    "different-from-original",
    "llama2-base",  # names a license
    "quill-weights-terms",
    "stabilityai-nc-research-community",
    "same-as-base-dataset",  # another work's
    "original",  # a bare word says nothing of a base
    "other",
]


@pytest.mark.parametrize("name", DEFERRING_NAMES)
def test_a_deferring_license_name_is_read(name: str) -> None:
    assert is_deferral_name(name)


@pytest.mark.parametrize("name", NAMING_NAMES)
def test_a_name_of_a_license_or_setting_the_base_aside_is_no_deferral(name: str) -> None:
    assert not is_deferral_name(name)


@pytest.mark.parametrize(
    "sentence",
    [
        "Licensed the same as the original model.",
        "Licence terms: identical to those of the foundation model.",
        "This adapter inherits the licence of its base checkpoint.",
        "It follows the license of the parent model.",
    ],
)
def test_paraphrased_deferral_sentences_are_read(sentence: str) -> None:
    assert read_base_deferral(f"# Heron LoRA\n\n{sentence}\n", path="README.md") is not None


def _audit(tmp_path: Path, front: str, body: str, deployment: Deployment) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    options = AuditOptions(use_cache=False, suggest_alternatives=False, deployment=deployment)
    (model,) = audit([str(folder)], options).models
    return model


def _rules(model: ModelResult) -> set[str]:
    return {f.rule for f in model.findings}


_SAAS = Deployment(
    organization={"name": "Heron Apps Ltd", "domicile": "GB"},
    fields={"mau": 40000, "data": ["public"], "use_cases": ["chatbot"], "distribution": "saas"},
)
_PROSE = (
    "# heron-support-7b\n\nA helpdesk tune.\n\n"
    "## Terms\n\nIdentical licence to the upstream model.\n"
)


def test_a_deferring_name_takes_a_permissive_base_license(tmp_path: Path) -> None:
    front = (
        "license: other\nlicense_name: inherits-license-of-parent\n"
        "base_model: mistralai/Mistral-7B-Instruct-v0.2\n"
    )
    model = _audit(tmp_path, front, _PROSE, _SAAS)
    assert model.license is not None and model.license.id == "Apache-2.0"
    assert model.license.method == "card-defers-to-base"
    assert not {"license-unidentified", "license-missing"} & _rules(model)
    assert model.verdict is not Verdict.FAIL


def test_the_name_alone_defers_with_the_declared_fields_as_evidence(tmp_path: Path) -> None:
    front = (
        "license: other\nlicense_name: same_as_upstream_model\n"
        "base_model: CohereForAI/c4ai-command-r-v01\n"
    )
    model = _audit(tmp_path, front, "# heron-support-35b\n\nA helpdesk tune.\n", _SAAS)
    assert model.license is not None and model.license.id == "CC-BY-NC-4.0"
    (noted,) = [f for f in model.findings if f.rule == "license-deferred-to-base"]
    assert any("same_as_upstream_model" in e.text for e in noted.evidence)
    assert "non-commercial-license-in-commercial-use" in _rules(model)
    assert "license-unidentified" not in _rules(model)
    assert model.verdict is Verdict.FAIL


def test_a_license_name_of_its_own_is_not_replaced(tmp_path: Path) -> None:
    # the lawful twin of the reading: a name the auditor does not know stays unidentified
    front = (
        "license: other\nlicense_name: heron-weights-terms\n"
        "base_model: mistralai/Mistral-7B-Instruct-v0.2\n"
    )
    model = _audit(tmp_path, front, "# heron\n\nA helpdesk tune.\n", _SAAS)
    assert model.license is None or model.license.id is None
    assert "license-deferred-to-base" not in _rules(model)
