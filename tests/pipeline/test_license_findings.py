"""`license-text-not-shipped`: a license whose text must travel with every copy, not in the repo.

From the texts: Apache-2.0 4(a) requires a copy of the license to go to every recipient of the
work or of derivative works; MIT's permission notice "shall be included in all copies"; CC BY
4.0 3(a)(1)(C) asks for "the text of, or the URI or hyperlink to" the license, so a link
suffices and a CC BY repo without the text owes nothing the auditor can see missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.model import Finding, ModelResult, Severity

RULE = "license-text-not-shipped"


def folder_model(tmp_path: Path, card: str, files: dict[str, bytes] | None = None) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(card, encoding="utf-8")
    for name, content in (files or {}).items():
        (folder / name).write_bytes(content)
    (model,) = audit([str(folder)], AuditOptions(use_cache=False)).models
    return model


def not_shipped(model: ModelResult) -> list[Finding]:
    return [f for f in model.findings if f.rule == RULE]


APACHE_CARD = "---\nlicense: apache-2.0\n---\n# An embedding model\n\nTrained from scratch.\n"


def test_an_apache_card_without_a_license_file(tmp_path: Path) -> None:
    (finding,) = not_shipped(folder_model(tmp_path, APACHE_CARD))
    assert finding.severity is Severity.INFO  # a duty of whoever passes copies on
    assert finding.obligation
    assert "Apache License, Version 2.0, clause 4(a)" in finding.message
    assert finding.evidence and "apache-2.0" in finding.evidence[0].text
    assert finding.remediation is not None and "ship it" in finding.remediation


def test_with_its_license_file_there_is_nothing_to_report(tmp_path: Path, corpus: Path) -> None:
    text = (corpus / "licenses" / "apache-2.0.txt").read_bytes()
    model = folder_model(tmp_path, APACHE_CARD, {"LICENSE": text})
    assert [f.path for f in model.license_files] == ["LICENSE"]
    assert not not_shipped(model)


def test_an_unread_license_file_is_another_finding(tmp_path: Path) -> None:
    model = folder_model(tmp_path, APACHE_CARD, {"LICENSE": b"\x00\x01\x02\xff" * 64})
    assert model.license_files  # present, not read
    assert not not_shipped(model)


def test_mit_needs_its_permission_notice_in_every_copy(tmp_path: Path) -> None:
    (finding,) = not_shipped(folder_model(tmp_path, "---\nlicense: mit\n---\n# A model\n"))
    assert "MIT License, clause 1" in finding.message


@pytest.mark.parametrize("before", ["## License\n\n", "Released as follows.\n\n"])
def test_a_license_text_pasted_in_the_card_travels_with_it(
    tmp_path: Path, corpus: Path, before: str
) -> None:
    text = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    model = folder_model(tmp_path, "---\nlicense: mit\n---\n# A model\n\n" + before + text)
    assert not model.license_files
    assert not not_shipped(model)


def test_cc_by_is_satisfied_by_a_link(tmp_path: Path) -> None:
    model = folder_model(tmp_path, "---\nlicense: cc-by-4.0\n---\n# A model\n")
    assert model.license is not None and model.license.id == "CC-BY-4.0"
    assert not not_shipped(model)


def test_not_for_api_models() -> None:
    (model,) = audit(["api:openai_api/gpt-4o"], AuditOptions(use_cache=False)).models
    assert not not_shipped(model)
