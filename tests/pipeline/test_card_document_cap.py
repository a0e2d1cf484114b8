"""Issue 34: license evidence gathered from a card is one license document, read up to the same
cap as a license file (2 MiB). A larger one (a card of hundreds of thousands of `License:`
lines or License sections) is not read, and that is said: `license-file-too-large` naming the
card document, never a pass that read nothing. Memory then stays bounded by the cap."""

from __future__ import annotations

from pathlib import Path

from auditor.api import AuditOptions, audit
from auditor.model import ModelResult, Verdict
from auditor.model.evidence import MAX_DOCUMENT_BYTES

HEAD = "---\nlicense: apache-2.0\n---\n# Quill\n\n"
SECTION = "## License\nApache 2.0, but not for commercial use ({i}).\n"


def _audit(root: Path, body: str) -> ModelResult:
    folder = root / "quill"
    folder.mkdir()
    (folder / "README.md").write_text(HEAD + body, encoding="utf-8")
    (model,) = audit([str(folder)], AuditOptions(jobs=1)).models
    return model


def test_card_license_sections_over_the_cap_are_not_read_and_said(tmp_path: Path) -> None:
    count = MAX_DOCUMENT_BYTES * 3 // (2 * len(SECTION.format(i=0)))  # the sections: over it
    model = _audit(tmp_path, "".join(SECTION.format(i=i) for i in range(count)))
    (finding,) = [f for f in model.findings if f.rule == "license-file-too-large"]
    assert "README.md#license" in finding.message and "not read" in finding.message
    assert f"{MAX_DOCUMENT_BYTES:,}-byte cap" in finding.message
    assert model.verdict is not Verdict.PASS


def test_card_license_sections_under_the_cap_are_read(tmp_path: Path) -> None:
    model = _audit(tmp_path, "".join(SECTION.format(i=i) for i in range(3)))
    assert "license-file-too-large" not in {f.rule for f in model.findings}
    assert model.terms["commercial_use"] == "prohibited"  # they bind
