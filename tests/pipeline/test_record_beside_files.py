"""Evidence combines: the record of a known license, its incorporated use policy and the
declared license bind beside the files a model ships, the strictest reading of each term
winning; a file never replaces what the record knows.

Expectations from the texts: the Llama 3.x community licenses incorporate the acceptable use
policy by reference (section 1.b.iv of the 3.1 text), and the 3.1 policy bans military and
warfare uses; CC BY-NC 4.0 grants rights for non-commercial purposes only (section 2.a.1)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from auditor.api import AuditOptions, audit_manifest
from auditor.model import ModelResult, Severity

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def audit_one(tmp_path: Path, files: dict[str, str], use_cases: str = "[chatbot]") -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text(
        "version: 1\n"
        "organization: {name: Acme, domicile: US}\n"
        f"deployment: {{mau: 1000, regions: [US], data: [public], use_cases: {use_cases},"
        " distribution: saas}\n"
        "models:\n  - ref: ./model\n    modality: text\n",
        encoding="utf-8",
    )
    result = audit_manifest(manifest, AuditOptions(policy="default", clock=lambda: NOW))
    return result.models[0]


def blocks(model: ModelResult) -> set[str]:
    return {f.rule for f in model.findings if f.severity is Severity.BLOCK and not f.waived}


def test_an_official_license_text_keeps_its_records_incorporated_policy(
    tmp_path: Path, corpus: Path
) -> None:
    text = (corpus / "licenses" / "llama-3.1-community.txt").read_text(encoding="utf-8")
    model = audit_one(tmp_path, {"LICENSE": text}, use_cases="[military]")
    assert "aup-military" in blocks(model)
    assert "military" in model.terms["use_restrictions"]
    quoted = [e.file for e in model.term_evidence["use_restrictions"]]
    assert any("llama-3.1-aup" in str(f) for f in quoted), quoted
    lawful = audit_one(tmp_path / "b", {"LICENSE": text})
    assert blocks(lawful) == set()


def test_another_version_of_a_known_family_keeps_the_family_policy(
    tmp_path: Path, corpus: Path
) -> None:
    text = (corpus / "licenses" / "llama-3.1-community.txt").read_text(encoding="utf-8")
    newer = text.replace("3.1", "3.4").replace("July 23, 2024", "March 1, 2026")
    model = audit_one(tmp_path, {"LICENSE": newer}, use_cases="[military]")
    assert model.license is not None and model.license.method == "text-family-version"
    assert "aup-military" in blocks(model)


def test_a_version_that_incorporates_no_policy_does_not_inherit_one(
    tmp_path: Path, corpus: Path
) -> None:
    text = (corpus / "licenses" / "llama-3.1-community.txt").read_text(encoding="utf-8")
    newer = text.replace("3.1", "3.4").replace("July 23, 2024", "March 1, 2026")
    kept = [line for line in newer.splitlines() if "Acceptable Use Policy" not in line]
    model = audit_one(tmp_path, {"LICENSE": "\n".join(kept)}, use_cases="[military]")
    assert "military" not in model.terms.get("use_restrictions", [])


def test_the_declared_license_binds_beside_a_more_permissive_file(
    tmp_path: Path, corpus: Path
) -> None:
    apache = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    card = "---\nlicense: cc-by-nc-4.0\n---\n# A model\n"
    model = audit_one(tmp_path, {"README.md": card, "LICENSE": apache})
    assert model.terms["commercial_use"] == "prohibited"
    assert "non-commercial-license-in-commercial-use" in blocks(model)


def test_a_matching_declaration_and_file_pass_an_ordinary_deployment(
    tmp_path: Path, corpus: Path
) -> None:
    apache = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    card = "---\nlicense: apache-2.0\n---\n# A model\n"
    model = audit_one(tmp_path, {"README.md": card, "LICENSE": apache})
    assert blocks(model) == set()
    assert model.terms["commercial_use"] == "allowed"


def test_a_restriction_from_an_unidentified_document_is_never_put_on_the_permissive_tag(
    tmp_path: Path,
) -> None:
    card = "---\nlicense: apache-2.0\n---\n# A model\n"
    terms = "Quill Weights Terms\n\nYou may use the weights for academic research only.\n"
    model = audit_one(tmp_path, {"README.md": card, "MODEL_LICENSE": terms})
    scope = next(f for f in model.findings if f.rule == "use-scope-excludes-commercial")
    assert scope.message.startswith(
        "Apache License, Version 2.0 and the terms in MODEL_LICENSE confines use to research"
    )
    assert model.effective_license is not None
    assert (
        model.effective_license.name == "Apache License, Version 2.0 AND the terms in MODEL_LICENSE"
    )


def test_a_list_of_tags_is_a_choice_only_when_the_card_offers_one(tmp_path: Path) -> None:
    # a list is read as AND: a non-commercial tag beside a permissive one binds a product ...
    tags = "---\nlicense:\n- cc-by-nc-4.0\n- apache-2.0\n---\n# A model\n\n"
    split = tags + "The code is under Apache-2.0; the weights are under CC BY-NC 4.0.\n"
    model = audit_one(tmp_path / "split", {"README.md": split})
    assert "non-commercial-license-in-commercial-use" in blocks(model)
    # ... unless the card offers the licenses as a choice: then the licensee may pick Apache
    choice = tags + "You may use the model under either license listed above, at your option.\n"
    model = audit_one(tmp_path / "choice", {"README.md": choice})
    assert blocks(model) == set()
    said = next(f for f in model.findings if f.rule == "card-license-choice")
    assert said.evidence[0].line == 8 and "at your option" in said.evidence[0].text
    assert any(f.rule == "license-choice" for f in model.findings)


def test_a_ban_from_an_unidentified_use_policy_is_the_policys_in_the_message(
    tmp_path: Path, corpus: Path
) -> None:
    # a NOTICE makes a bespoke USE_POLICY.md part of the Apache-licensed weights' terms: the
    # ban is the policy's, so the message names it beside Apache (held-out round E found
    # "Apache License, Version 2.0 prohibits use for law enforcement")
    apache = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    files = {
        "README.md": "---\nlicense: apache-2.0\n---\n# A model\n",
        "LICENSE": apache,
        "NOTICE": "Wren weights\n\nUse of the weights is subject to USE_POLICY.md as well.\n",
        "USE_POLICY.md": "# Wren Use Policy\n\nYou must not use Wren for military purposes.\n",
    }
    model = audit_one(tmp_path, files, use_cases="[military]")
    ban = next(f for f in model.findings if f.rule == "aup-military")
    assert ban.message.startswith(
        "Apache License, Version 2.0 and the terms in USE_POLICY.md prohibits"
    ), ban.message
    # an identified license alone keeps its own name
    plain = audit_one(tmp_path / "plain", {"README.md": files["README.md"], "LICENSE": apache})
    assert plain.effective_license is not None
    assert plain.effective_license.name == "Apache License, Version 2.0"
