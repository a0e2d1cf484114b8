"""Issue 34: a pinned commit is that commit, or the audit blocks and names both commits."""

from __future__ import annotations

import json
from pathlib import Path

from auditor.api import AuditOptions, audit
from auditor.model import Severity, Verdict
from auditor.sources.hub import HubOptions
from tests.fakehub import Failure, FakeHub

NC_CARD = "---\nlicense: cc-by-nc-4.0\n---\n# Quill\n"
APACHE_CARD = "---\nlicense: apache-2.0\n---\n# Quill\n"


def _options(hub: FakeHub, tmp_path: Path) -> AuditOptions:
    return AuditOptions(hub=HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf-cache"))


def _info(hub: FakeHub, repo: str, sha: str) -> bytes:
    """The Hub's model info for `repo` as the fake Hub answers it at the branch head."""
    import urllib.request

    with urllib.request.urlopen(f"{hub.url}/api/models/{repo}/revision/{sha}?blobs=true") as r:
        return bytes(r.read())


def test_model_info_answering_another_commit_blocks(fake_hub: FakeHub, tmp_path: Path) -> None:
    pinned = fake_hub.add_repo("quill/nc", {"README.md": NC_CARD})
    other = fake_hub.add_repo("quill/nc", {"README.md": APACHE_CARD})
    lie = _info(fake_hub, "quill/nc", other)
    assert json.loads(lie)["sha"] == other
    fake_hub.inject(
        rf"^/api/models/quill/nc/revision/{pinned}",
        Failure(status=200, body=lie, headers={"Content-Type": "application/json"}, times=None),
    )
    (model,) = audit([f"quill/nc@{pinned}"], _options(fake_hub, tmp_path)).models
    (mismatch,) = [f for f in model.findings if f.rule == "source-revision-mismatch"]
    assert mismatch.severity is Severity.BLOCK
    assert pinned in mismatch.message and other in mismatch.message
    # fail, or error when the other commit's listed sizes do not fit the pinned files either
    assert model.verdict in (Verdict.FAIL, Verdict.ERROR)
    assert model.source is not None and model.source.resolved_sha == other  # never the pin
    # every file was asked for at the pinned commit, never at the commit the Hub claimed
    fetched = [path for _, path, _ in fake_hub.requests if "/resolve/" in path]
    assert fetched and all(f"/resolve/{pinned}/" in path for path in fetched)


def test_file_served_from_another_commit_is_not_read(fake_hub: FakeHub, tmp_path: Path) -> None:
    pinned = fake_hub.add_repo("quill/nc", {"README.md": NC_CARD, "LICENSE": "Quill terms\n"})
    other = fake_hub.add_repo("quill/nc", {"README.md": APACHE_CARD, "LICENSE": "MIT-ish\n"})
    fake_hub.inject(
        rf"^/quill/nc/resolve/{pinned}/README\.md$",
        Failure(
            status=200,
            body=APACHE_CARD.encode(),
            headers={"X-Repo-Commit": other, "Content-Length": str(len(APACHE_CARD))},
            times=None,
        ),
    )
    (model,) = audit([f"quill/nc@{pinned}"], _options(fake_hub, tmp_path)).models
    assert model.verdict in (Verdict.ERROR, Verdict.FAIL)
    said = " ".join(f.message for f in model.findings)
    assert other in said and pinned in said
    assert model.declared.license != "apache-2.0"  # the other commit's card was not read


def test_honest_pin_has_no_mismatch(fake_hub: FakeHub, tmp_path: Path) -> None:
    pinned = fake_hub.add_repo("quill/ok", {"README.md": APACHE_CARD})
    fake_hub.add_repo("quill/ok", {"README.md": NC_CARD})
    (model,) = audit([f"quill/ok@{pinned}"], _options(fake_hub, tmp_path)).models
    assert "source-revision-mismatch" not in {f.rule for f in model.findings}
    assert model.source is not None and model.source.resolved_sha == pinned
    assert model.verdict is Verdict.PASS
