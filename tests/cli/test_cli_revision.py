"""A short commit sha after '@' is resolved to the full commit, or refused with the fix."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from tests.fakehub import Failure, FakeHub

runner = CliRunner()
MIT = "---\nlicense: mit\n---\n# Quill model\n"
APACHE = "---\nlicense: apache-2.0\n---\n# Quill model\n"


def _scan(hub: FakeHub, ref: str, cache: Path) -> tuple[int, dict[str, object], str]:
    result = runner.invoke(
        app,
        ["scan", ref, "--endpoint", hub.url, "--cache-dir", str(cache), "--format", "json"],
    )
    model = json.loads(result.stdout)["models"][0] if result.stdout.strip() else {}
    return result.exit_code, model, result.output


def test_a_short_sha_is_resolved_to_the_full_commit(fake_hub: FakeHub, tmp_path: Path) -> None:
    first = fake_hub.add_repo("acme/quill", {"README.md": MIT})
    latest = fake_hub.add_repo("acme/quill", {"README.md": APACHE})
    code, model, output = _scan(fake_hub, f"acme/quill@{first[:7]}", tmp_path)
    assert code == 0, output
    source = model["source"]
    assert isinstance(source, dict) and source["resolved_sha"] == first != latest
    assert model["license"]["hf"] == "mit"  # type: ignore[index]  # the old commit's card
    # a short sha is not a 40-character pin: the unpinned warning stays and says how to fix
    rules = [f["rule"] for f in model["findings"]]  # type: ignore[attr-defined]
    assert "model-ref-unpinned" in rules, rules
    assert fake_hub.requests_matching(r"/commits/main")


def test_an_unknown_short_sha_is_refused_with_the_fix(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/quill", {"README.md": MIT})
    code, _, output = _scan(fake_hub, "acme/quill@0e9e39f", tmp_path)
    assert code == 3, output
    assert "pin the full 40-character commit: acme/quill@<sha>" in output
    assert "no commit, branch or tag '0e9e39f'" in output
    assert "Traceback" not in output


def test_an_ambiguous_short_sha_is_refused(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/quill", {"README.md": MIT})
    listing = [{"id": "abcdef1" + "0" * 33}, {"id": "abcdef1" + "1" * 33}]
    fake_hub.inject(
        r"/commits/",
        Failure(
            status=200,
            body=json.dumps(listing).encode(),
            headers={"Content-Type": "application/json"},
        ),
    )
    code, _, output = _scan(fake_hub, "acme/quill@abcdef1", tmp_path)
    assert code == 3, output
    assert "matches 2 commits" in output
    assert "pin the full 40-character commit" in output


def test_a_branch_named_like_hex_is_still_found(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/quill", {"README.md": MIT})
    sha = fake_hub.add_repo("acme/quill", {"README.md": APACHE}, revision="deadbeef")
    code, model, output = _scan(fake_hub, "acme/quill@deadbeef", tmp_path)
    assert code == 0, output
    assert model["source"]["resolved_sha"] == sha  # type: ignore[index]


def test_a_full_sha_is_not_looked_up_in_the_commit_listing(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/quill", {"README.md": MIT})
    code, model, output = _scan(fake_hub, f"acme/quill@{sha}", tmp_path)
    assert code == 0, output
    assert model["source"]["resolved_sha"] == sha  # type: ignore[index]
    assert not fake_hub.requests_matching(r"/commits/")
