"""Derived and modified licenses are judged on their own text (issue 13 point 3): their own
identity wins over the declared parent, their kind is tightened by what they add, and the
default preset never passes one silently."""

from __future__ import annotations

from pathlib import Path

from auditor.api import AuditOptions, audit
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from tests.licenses.adversarial import apply_recipe

DEPLOYMENT = Deployment(
    organization={"name": "Test Co", "domicile": "US"},
    fields={"mau": 5_000, "regions": ["US"], "distribution": "saas", "use_cases": ["chatbot"]},
)
CAP = (
    "Additional condition of the Wrenfield Model License: any licensee whose annual revenue "
    "exceeds USD 10 million must obtain a separate commercial license from Wrenfield Inc."
)


def scan(tmp_path: Path, card: str, license_text: str) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(card)
    (folder / "LICENSE").write_text(license_text)
    (model,) = audit([str(folder)], AuditOptions(deployment=DEPLOYMENT)).models
    return model


def derived_apache(corpus: Path) -> str:
    base = (corpus / "licenses" / "apache-2.0.txt").read_text()
    return apply_recipe(base, {"retitle": "Wrenfield Model License", "append": CAP})


def test_a_derived_license_is_not_its_declared_parent(tmp_path: Path, corpus: Path) -> None:
    model = scan(tmp_path, "---\nlicense: apache-2.0\n---\n# m\n", derived_apache(corpus))
    assert model.license is not None
    assert model.license.id == "LicenseRef-wrenfield-model-license"
    assert model.license.derived_from == "Apache-2.0"
    assert model.license.spdx is None
    assert model.license.kind == "open-weight-restricted"  # an added cap: not open source
    assert model.license.confidence < 0.9
    rules = {f.rule for f in model.findings}
    assert {"license-derived", "license-declared-vs-file"} <= rules
    derived = next(f for f in model.findings if f.rule == "license-derived")
    assert derived.severity is Severity.WARN is observed_severity("license-derived")
    assert any("USD 10 million" in e.text for e in derived.evidence)
    assert model.verdict is not Verdict.PASS


def test_a_derived_license_without_declaration_is_still_not_a_pass(
    tmp_path: Path, corpus: Path
) -> None:
    model = scan(tmp_path, "# m\n", derived_apache(corpus))
    assert model.license is not None and model.license.derived_from == "Apache-2.0"
    assert model.verdict is not Verdict.PASS


def test_a_modified_open_source_text_is_restricted(tmp_path: Path, corpus: Path) -> None:
    base = (corpus / "licenses" / "mit.txt").read_text()
    rule = "Our only change: products with revenue above USD 3 million a year must say so."
    model = scan(tmp_path, "---\nlicense: mit\n---\n", f"{base}\n\n{rule}\n")
    assert model.license is not None
    # a duty MIT does not have: the file is a license of its own built on MIT, which the card's
    # `license: mit` no longer names (issue 32)
    assert model.license.id != "MIT" and model.license.derived_from == "MIT"
    assert model.license.kind == "open-weight-restricted"
    assert "license-derived" in {f.rule for f in model.findings}
    assert model.verdict is not Verdict.PASS


def test_a_retitled_copy_keeps_its_parents_kind(tmp_path: Path, corpus: Path) -> None:
    base = (corpus / "licenses" / "apache-2.0.txt").read_text()
    text = apply_recipe(base, {"retitle": "Orchid Research License"})
    model = scan(tmp_path, "# m\n", text)
    assert model.license is not None
    assert model.license.id == "LicenseRef-orchid-research-license"
    assert model.license.kind == "permissive-oss"
    derived = next(f for f in model.findings if f.rule == "license-derived")
    assert derived.evidence[0].text == "Orchid Research License"


def test_a_declaration_the_file_contradicts_keeps_its_name_but_the_stricter_kind(
    tmp_path: Path,
) -> None:
    """Issue 14 class 2: the verdict follows the stricter side of declaration and file."""
    own = (
        "Quill Model License\n"
        "1. Grant. You may use, copy and modify the Model for non-commercial research purposes "
        "only.\n"
        "2. You may not use the Model or its outputs for any commercial purpose.\n"
    )
    model = scan(tmp_path, "---\nlicense: mit\n---\n# m\n", own)
    assert model.license is not None
    assert model.license.id == "MIT"
    assert model.license.kind in ("non-commercial", "research-only")
    assert model.verdict is Verdict.FAIL
    assert any(f.rule == "license-declared-vs-file" for f in model.findings)


def test_a_license_file_the_card_gives_to_the_code_does_not_contradict(
    tmp_path: Path, corpus: Path
) -> None:
    apache = (corpus / "licenses" / "apache-2.0.txt").read_text()
    split = (
        "---\nlicense: mit\n---\n# m\n\n| part | license |\n|---|---|\n"
        "| inference code | Apache-2.0 (LICENSE) |\n| weights | MIT |\n"
    )
    model = scan(tmp_path, split, apache)
    assert model.license is not None and model.license.id == "MIT"
    assert not any(f.rule == "license-declared-vs-file" for f in model.findings)
    # without the card's split the same file contradicts the declaration
    (tmp_path / "plain").mkdir()
    plain = scan(tmp_path / "plain", "---\nlicense: mit\n---\n# m\n", apache)
    assert any(f.rule == "license-declared-vs-file" for f in plain.findings)


def test_the_model_s_own_text_speaks_when_the_first_is_the_code_s(
    tmp_path: Path, corpus: Path
) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: apache-2.0\n---\n# m\n\nThe code in this repo is MIT licensed "
        "(LICENSE-CODE); the model weights are Apache-2.0 (LICENSE-MODEL).\n"
    )
    (folder / "LICENSE-CODE").write_text((corpus / "licenses" / "mit.txt").read_text())
    (folder / "LICENSE-MODEL").write_text((corpus / "licenses" / "apache-2.0.txt").read_text())
    (model,) = audit([str(folder)], AuditOptions(deployment=DEPLOYMENT)).models
    assert model.license is not None and model.license.id == "Apache-2.0"
    assert "text" in model.license.method  # agreed with LICENSE-MODEL, not set against the code's
    assert not any(f.rule == "license-declared-vs-file" for f in model.findings)


def test_with_nothing_declared_the_code_s_file_still_names_a_license(
    tmp_path: Path, corpus: Path
) -> None:
    card = "---\npipeline_tag: text-generation\n---\n# m\n\nThe code is Apache-2.0 (LICENSE).\n"
    model = scan(tmp_path, card, (corpus / "licenses" / "apache-2.0.txt").read_text())
    assert model.license is not None and model.license.id == "Apache-2.0"
