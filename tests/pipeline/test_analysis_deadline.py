"""Issue 34: one per-model deadline covers analysis as well as the network; past it the model
is not judged and fails closed (`source-limit-reached`), and the rest of the run goes on."""

from __future__ import annotations

from pathlib import Path

from auditor.api import AuditOptions, audit
from auditor.model import Verdict
from auditor.sources.hub import HubOptions

CARD = "---\nlicense: apache-2.0\n---\n# Quill\n\n## License\n\nApache 2.0.\n"


def _folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "README.md").write_text(CARD, encoding="utf-8")
    (folder / "LICENSE").write_text("Quill terms: research use only.\n", encoding="utf-8")
    return folder


def test_analysis_past_the_deadline_fails_closed(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "quill")
    options = AuditOptions(hub=HubOptions(deadline=0.0), jobs=1)
    (model,) = audit([str(folder)], options).models
    assert model.verdict is Verdict.ERROR
    (finding,) = [f for f in model.findings if f.rule == "source-limit-reached"]
    assert "deadline" in finding.message and "not judged" in finding.message


def test_analysis_within_the_deadline_is_judged(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "quill")
    (model,) = audit([str(folder)], AuditOptions(jobs=1)).models
    assert model.verdict is not Verdict.ERROR
    assert "source-limit-reached" not in {f.rule for f in model.findings}
