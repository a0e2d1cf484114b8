"""A card's License section sending the reader by link to its base model's license ("Please
adhere to the licensing terms as described [here](https://huggingface.co/org/base/blob/main/
LICENSE.md)") defers to that license, as "same license as the base model" does; a link to
another repo's license (a dataset's, the model's own) or to another file of the base defers to
nothing. Cards written here, in the shape training scripts' generated cards use."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.licenses.deferral import read_base_deferral
from auditor.model import ModelResult
from auditor.model.deployment import Deployment
from auditor.pipeline.run import AuditOptions, audit

BASE = "acme-labs/Canvas-1-dev"
HUB = f"https://huggingface.co/{BASE}"

DEFERS = [
    f"Please adhere to the licensing terms as described [here]({HUB}/blob/main/LICENSE.md).",
    f"Use of these weights is subject to the [base model's terms]({HUB}/resolve/main/LICENSE).",
    f"See the license of [{BASE}]({HUB}).",
    f"You must comply with <{HUB}/blob/main/LICENSE.md>.",
    f"Follow the terms at {HUB}/blob/main/license.txt when you use it.",
]
NOT_DEFERRED = [
    # another repo's license: a dataset's, the model's own, someone else's
    "Please adhere to the licensing terms as described "
    "[here](https://huggingface.co/datasets/acme-labs/pictures/blob/main/LICENSE.md).",
    "Please adhere to the licensing terms as described "
    "[here](https://huggingface.co/someone/canvas-lora/blob/main/LICENSE).",
    # another file of the base, or no verb sending the reader there
    f"Please adhere to the licensing terms as described [here]({HUB}/blob/main/README.md).",
    f"The base model's license is [here]({HUB}/blob/main/LICENSE.md).",
    # a license of the card's own, with the base's beside it
    f"This LoRA is MIT; for the base, see [its license]({HUB}/blob/main/LICENSE.md).",
    f"The license is not the one [described here]({HUB}/blob/main/LICENSE.md).",
]


def _card(sentence: str, heading: str = "## License") -> str:
    return f"# Canvas LoRA\n\nDreamBooth LoRA weights.\n\n{heading}\n\n{sentence}\n"


@pytest.mark.parametrize("sentence", DEFERS)
def test_a_link_to_the_bases_license_under_a_license_heading_defers(sentence: str) -> None:
    found = read_base_deferral(_card(sentence), path="README.md", first_line=10, bases=[BASE])
    assert found is not None
    assert (found.file, found.line) == ("README.md", 16)


@pytest.mark.parametrize("sentence", NOT_DEFERRED)
def test_a_link_elsewhere_or_beside_a_license_of_its_own_defers_nothing(sentence: str) -> None:
    assert read_base_deferral(_card(sentence), path="README.md", bases=[BASE]) is None


def test_the_link_defers_only_to_a_base_the_metadata_names() -> None:
    sentence = DEFERS[0]
    assert read_base_deferral(_card(sentence), path="README.md") is None
    assert read_base_deferral(_card(sentence), path="README.md", bases=["acme/other"]) is None
    upper = read_base_deferral(_card(sentence), path="README.md", bases=[BASE.upper()])
    assert upper is not None


def test_outside_a_license_section_the_sentence_must_speak_of_the_license() -> None:
    usage = f"For usage examples, see [the base model]({HUB})."
    assert read_base_deferral(_card(usage, "## Usage"), path="README.md", bases=[BASE]) is None
    said = f"For the license terms, see [the base model]({HUB})."
    assert read_base_deferral(_card(said, "## Usage"), path="README.md", bases=[BASE]) is not None


# --- through an audit ---------------------------------------------------------------------------


def _audit(tmp_path: Path, front: str, body: str) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    options = AuditOptions(use_cache=False, suggest_alternatives=False, deployment=Deployment())
    (model,) = audit([str(folder)], options).models
    return model


_LINKED = (
    "# Yarn LoRA\n\nDreamBooth LoRA weights for {base}.\n\n## License\n\n"
    "Please adhere to the licensing terms as described "
    "[here](https://huggingface.co/{base}/blob/main/LICENSE.md).\n"
)


def test_the_linked_base_license_is_the_models_own(tmp_path: Path) -> None:
    base = "Qwen/Qwen2.5-7B-Instruct"
    model = _audit(tmp_path, f"license: other\nbase_model: {base}\n", _LINKED.format(base=base))
    assert model.license is not None and model.license.id == "Apache-2.0"
    assert model.license.method == "card-defers-to-base"
    assert "license-unidentified" not in {f.rule for f in model.findings}


def test_a_link_to_a_repo_that_is_not_the_base_leaves_the_license_unidentified(
    tmp_path: Path,
) -> None:
    body = _LINKED.format(base="someone/yarn-lora")
    model = _audit(tmp_path, "license: other\nbase_model: Qwen/Qwen2.5-7B-Instruct\n", body)
    assert "license-deferred-to-base" not in {f.rule for f in model.findings}
    assert model.license is None or model.license.id is None
