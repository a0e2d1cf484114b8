"""`auditor lock` and `auditor check --locked` through the loopback Hub."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from tests.fakehub import FakeHub

runner = CliRunner()
CARD = "---\nlicense: apache-2.0\n---\n# m\n"


def setup(hub: FakeHub, tmp_path: Path) -> tuple[Path, list[str], str]:
    sha = hub.add_repo("acme/good", {"README.md": CARD, "LICENSE": "Acme terms v1\n"})
    manifest = tmp_path / "models.yaml"
    manifest.write_text(
        "version: 1\norganization: {name: A, domicile: US}\n"
        "deployment: {mau: 10, regions: [US], distribution: saas, use_cases: [chatbot]}\n"
        f"models:\n  - acme/good@{sha}\n"
    )
    common = ["--endpoint", hub.url, "--cache-dir", str(tmp_path / "hf")]
    return manifest, common, sha


def test_lock_then_check_locked(fake_hub: FakeHub, tmp_path: Path) -> None:
    manifest, common, sha = setup(fake_hub, tmp_path)
    created = runner.invoke(app, ["lock", str(manifest), *common])
    assert created.exit_code == 0, created.output
    lock = tmp_path / "auditor.lock"
    assert lock.is_file()
    assert sha in lock.read_text()
    clean = runner.invoke(app, ["check", str(manifest), "--locked", *common])
    assert clean.exit_code == 0, clean.output
    # the license text changes on the Hub at the same commit: the gate must notice,
    # although this exact commit is already in the analysis cache
    fake_hub.replace_file_in_place("acme/good", sha, "LICENSE", "Acme terms v2: no SaaS\n")
    drift = runner.invoke(app, ["check", str(manifest), "--locked", *common])
    assert drift.exit_code == 1, drift.output
    assert "drift-license-text-changed" in drift.stdout
    assert "changed in place" in drift.stdout
    # without --locked the cached analysis answers (the warm path)
    assert runner.invoke(app, ["check", str(manifest), *common]).exit_code == 0
    refused = runner.invoke(app, ["lock", str(manifest), *common])
    assert refused.exit_code == 2
    updated = runner.invoke(app, ["lock", str(manifest), "--update", *common])
    assert updated.exit_code == 0, updated.output
    assert runner.invoke(app, ["check", str(manifest), "--locked", *common]).exit_code == 0


def test_check_locked_without_a_lock_is_a_usage_error(fake_hub: FakeHub, tmp_path: Path) -> None:
    manifest, common, _ = setup(fake_hub, tmp_path)
    result = runner.invoke(app, ["check", str(manifest), "--locked", *common])
    assert result.exit_code == 2
    assert "auditor.lock" in result.stderr


def test_check_locked_trusting_commits_asks_the_hub_nothing(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest, common, sha = setup(fake_hub, tmp_path)
    assert runner.invoke(app, ["lock", str(manifest), *common]).exit_code == 0
    fake_hub.clear_requests()
    trusted = ["check", str(manifest), "--locked", "--trust-commits", *common]
    clean = runner.invoke(app, trusted)
    assert clean.exit_code == 0, clean.output
    assert fake_hub.requests == []
    # the trade-off it states: a file rewritten at the same commit goes unnoticed this way,
    # and the confirming --locked still notices it
    fake_hub.replace_file_in_place("acme/good", sha, "LICENSE", "Acme terms v2: no SaaS\n")
    assert runner.invoke(app, trusted).exit_code == 0
    confirmed = runner.invoke(app, ["check", str(manifest), "--locked", *common])
    assert confirmed.exit_code == 1
    assert "drift-license-text-changed" in confirmed.stdout


def test_trust_commits_needs_locked(fake_hub: FakeHub, tmp_path: Path) -> None:
    manifest, common, _ = setup(fake_hub, tmp_path)
    result = runner.invoke(app, ["check", str(manifest), "--trust-commits", *common])
    assert result.exit_code == 2
    assert "--trust-commits only applies with --locked" in result.stderr


def test_check_locked_notices_the_hub_answering_another_commit(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    """Issue 34: the lock records the commit; a Hub that later answers the pin with another
    commit is a blocking mismatch under --locked, naming both commits."""
    import urllib.request

    from tests.fakehub import Failure

    manifest, common, sha = setup(fake_hub, tmp_path)
    assert runner.invoke(app, ["lock", str(manifest), *common]).exit_code == 0
    other = fake_hub.add_repo("acme/good", {"README.md": CARD, "LICENSE": "Acme terms v2\n"})
    url = f"{fake_hub.url}/api/models/acme/good/revision/{other}?blobs=true"
    with urllib.request.urlopen(url) as answer:
        lie = bytes(answer.read())
    fake_hub.inject(
        rf"^/api/models/acme/good/revision/{sha}",
        Failure(status=200, body=lie, headers={"Content-Type": "application/json"}, times=None),
    )
    checked = runner.invoke(app, ["check", str(manifest), "--locked", *common, "-f", "json"])
    assert checked.exit_code in (1, 3), checked.output
    assert "source-revision-mismatch" in checked.stdout
    assert sha in checked.stdout and other in checked.stdout
