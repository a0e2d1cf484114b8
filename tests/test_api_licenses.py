"""Scans fill license, terms and evidence from license files and the license database."""

from __future__ import annotations

from pathlib import Path

from auditor.api import AuditOptions, audit
from auditor.model import ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from tests.conftest import ROOT

# A small US SaaS: every deployment fact the default policy asks about is known.
DEPLOYMENT = Deployment(
    organization={"name": "Test Co", "domicile": "US"},
    fields={"mau": 5_000, "regions": ["US"], "distribution": "saas", "use_cases": ["chatbot"]},
)


def scan_folder(folder: Path) -> ModelResult:
    (model,) = audit([str(folder)], AuditOptions(deployment=DEPLOYMENT)).models
    return model


def make_model(tmp_path: Path, card: str | None, license_text: str | None) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    if card is not None:
        (folder / "README.md").write_text(card)
    if license_text is not None:
        (folder / "LICENSE").write_text(license_text)
    return folder


def test_declared_and_text_agree(tmp_path: Path, corpus: Path) -> None:
    text = (corpus / "licenses" / "llama-3.1-community.txt").read_text()
    model = scan_folder(make_model(tmp_path, "---\nlicense: llama3.1\n---\n# m\n", text))
    assert model.license is not None
    assert model.license.id == "LicenseRef-llama-3.1-community"
    assert model.license.method == "declared-tag+text-exact"
    assert model.license.confidence == 1.0
    assert model.license_files[0].identified_as == "LicenseRef-llama-3.1-community"
    assert model.terms["mau_threshold"] == 700_000_000
    assert model.terms["naming_requirement"] == "Llama"
    assert model.terms["governing_law"] == "US-CA"
    (mau,) = model.term_evidence["mau_threshold"][:1]
    assert mau.file == "LICENSE"
    assert mau.line is not None
    assert "700 million" in text.splitlines()[mau.line - 1] or "700 million" in mau.text
    # the cap counts the licensee's affiliates too (section 2), a group figure the deployment
    # does not state: the one warning
    assert model.verdict is Verdict.WARN
    assert {f.rule for f in model.findings if f.severity is not Severity.INFO} == {
        "mau-cap-counts-affiliates"
    }


def test_declared_tag_contradicted_by_the_file(tmp_path: Path, corpus: Path) -> None:
    text = (corpus / "licenses" / "llama-3.1-community.txt").read_text()
    model = scan_folder(make_model(tmp_path, "---\nlicense: apache-2.0\n---\n# m\n", text))
    mismatch = [f for f in model.findings if f.rule == "license-declared-vs-file"]
    assert mismatch, [f.rule for f in model.findings]
    assert "Apache" in mismatch[0].message
    assert "Llama 3.1" in mismatch[0].message
    assert mismatch[0].evidence[0].file == "README.md"
    assert mismatch[0].evidence[0].line == 2
    assert model.verdict is Verdict.WARN


def test_license_only_in_a_file(tmp_path: Path, corpus: Path) -> None:
    text = (corpus / "licenses" / "gemma-terms.txt").read_text()
    model = scan_folder(make_model(tmp_path, None, text))
    assert model.license is not None
    assert model.license.id == "LicenseRef-gemma-terms"
    assert model.license.method == "text-exact"
    # issue 33: one finding for a model declaring no license, whatever names what governs it
    rules = {f.rule for f in model.findings}
    assert "license-lineage-mismatch" in rules and "license-not-declared" not in rules
    assert model.terms["acceptable_use_policy_incorporated"] is True


def test_unknown_license_text_is_unidentified_with_its_title(tmp_path: Path) -> None:
    text = (
        "ZEPHYRINE OPEN WEIGHTS LICENSE AGREEMENT\n\n"
        "1. Grant. Zephyrine Labs grants you a non-exclusive, worldwide, royalty-free license "
        "to use, copy and modify the Model for any lawful purpose.\n\n"
        "2. Limits. If your products have more than 50 million monthly active users, you must "
        "request a separate license from Zephyrine Labs.\n\n"
        "3. Law. This Agreement is governed by the laws of Singapore.\n"
    )
    model = scan_folder(make_model(tmp_path, None, text))
    assert model.license is not None
    assert model.license.id is None
    assert model.license.name is not None and "ZEPHYRINE" in model.license.name.upper()
    assert "license-unidentified" in {f.rule for f in model.findings}
    assert model.terms["mau_threshold"] == 50_000_000
    assert model.terms["governing_law"] == "SG"
    assert model.verdict is Verdict.FAIL


def test_terms_come_from_the_database_when_no_text_is_shipped() -> None:
    model = scan_folder(ROOT / "examples" / "models" / "acme-chat-llama")
    assert model.license is not None and model.license.hf == "llama3.1"
    assert model.terms["mau_threshold"] == 700_000_000
    (evidence,) = model.term_evidence["mau_threshold"]
    assert evidence.file == "license_db/licenses/llama-3.1-community.yaml"
    assert "clause" in evidence.text


def test_modified_license_text_is_flagged(tmp_path: Path, corpus: Path) -> None:
    text = (corpus / "licenses" / "apache-2.0.txt").read_text()
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    added = (
        "You may not use the Work, or any model derived from it, to operate a service with "
        "more than ten thousand paying subscribers without written permission from the Licensor."
    )
    changed = "\n\n".join([*paragraphs[:middle], added, *paragraphs[middle:]])
    model = scan_folder(make_model(tmp_path, "---\nlicense: apache-2.0\n---\n", changed))
    # a cap added to Apache-2.0: a license of its own derived from it, flagged with the
    # added passage quoted (issue 32), never the standard license's id
    modified = [f for f in model.findings if f.rule == "license-derived"]
    assert modified, [f.rule for f in model.findings]
    assert any("ten thousand paying subscribers" in e.text for e in modified[0].evidence)
    assert model.license is not None and model.license.id != "Apache-2.0"
