"""`check --locked`'s listings asked for before the run loads (pipeline/ahead.py): the run takes
them only when it asks for the same targets with equal options, and listings no run took are
never an answer later (in this process: threads, no helper)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from auditor import api
from auditor.model.codec import model_to_dict
from auditor.sources import hub_listings
from tests.fakehub import FakeHub

LISTING = r"^/api/models/"
LICENSES = ("apache-2.0", "mit", "cc-by-4.0", "apache-2.0")


@pytest.fixture
def locked(fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A manifest of pinned models, analysed, with auditor.lock beside it."""
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "analysis"))
    refs = []
    for i, tag in enumerate(LICENSES):
        card = f"---\nlicense: {tag}\n---\n# model {i}\n"
        sha = fake_hub.add_repo(f"acme/m{i}", {"README.md": card, "LICENSE": f"terms {i}\n"})
        refs.append(f"acme/m{i}@{sha}")
    manifest = tmp_path / "models.yaml"
    lines = [
        "version: 1",
        "organization: {name: A, domicile: US}",
        "deployment: {mau: 10, regions: [US], distribution: saas, use_cases: [chatbot]}",
        "models:",
        *(f"  - {ref}" for ref in refs),
    ]
    manifest.write_text("\n".join(lines) + "\n")
    api.lock_manifest(manifest, access(fake_hub, tmp_path))
    fake_hub.clear_requests()
    return manifest


def access(hub: FakeHub, tmp_path: Path, cache: str = "hf") -> api.AuditOptions:
    return api.audit_options(endpoint=hub.url, cache_dir=tmp_path / cache)


def listings(hub: FakeHub, count: int) -> None:
    """Wait until the Hub was asked for `count` listings."""
    deadline = time.monotonic() + 10
    while len(hub.requests_matching(LISTING)) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(hub.requests_matching(LISTING)) == count


def check(manifest: Path, hub: FakeHub, tmp_path: Path) -> list[dict[str, object]]:
    result = api.check_manifest(manifest, access(hub, tmp_path), locked=True).result
    return [model_to_dict(model) for model in result.models]


def test_the_run_takes_the_listings_asked_ahead(
    fake_hub: FakeHub, tmp_path: Path, locked: Path
) -> None:
    alone = check(locked, fake_hub, tmp_path)
    fake_hub.clear_requests()
    with api.listings_ahead(locked, endpoint=fake_hub.url, cache_dir=tmp_path / "hf"):
        listings(fake_hub, len(LICENSES))  # asked before the run began
        ahead = check(locked, fake_hub, tmp_path)
    assert len(fake_hub.requests) == len(LICENSES)  # and not again by the run
    assert ahead == alone
    assert hub_listings._ahead == []


def test_listings_asked_with_other_options_are_asked_again(
    fake_hub: FakeHub, tmp_path: Path, locked: Path
) -> None:
    with api.listings_ahead(locked, endpoint=fake_hub.url, cache_dir=tmp_path / "other-hf"):
        listings(fake_hub, len(LICENSES))
        check(locked, fake_hub, tmp_path)  # another client cache: options differ
    assert len(fake_hub.requests_matching(LISTING)) == 2 * len(LICENSES)


def test_listings_no_run_took_are_never_an_answer(
    fake_hub: FakeHub, tmp_path: Path, locked: Path
) -> None:
    with api.listings_ahead(locked, endpoint=fake_hub.url, cache_dir=tmp_path / "hf"):
        listings(fake_hub, len(LICENSES))  # the command stopped before its run asked
    sha = locked.read_text().split("acme/m1@")[1].split()[0]
    fake_hub.replace_file_in_place("acme/m1", sha, "LICENSE", "terms 1, rewritten\n")
    # the same targets with equal options: asked anew, not answered from before the change
    result = api.check_manifest(locked, access(fake_hub, tmp_path), locked=True).result
    (changed,) = [m for m in result.models if m.ref.startswith("acme/m1@")]
    rules = [f.rule for f in changed.findings]
    assert "drift-license-text-changed" in rules, rules


def test_nothing_is_asked_ahead_without_a_readable_lock_or_offline(
    fake_hub: FakeHub, tmp_path: Path, locked: Path
) -> None:
    with api.listings_ahead(locked, endpoint=fake_hub.url, cache_dir=tmp_path / "hf", offline=True):
        pass
    lock = tmp_path / "auditor.lock"
    lock.write_text(lock.read_text().replace("version: 1", "version: [1"))  # unreadable
    with api.listings_ahead(locked, endpoint=fake_hub.url, cache_dir=tmp_path / "hf"):
        pass
    lock.unlink()
    with api.listings_ahead(locked, endpoint=fake_hub.url, cache_dir=tmp_path / "hf"):
        pass
    (tmp_path / "models.yaml").write_text("models: [not a manifest\n")
    with api.listings_ahead(locked, endpoint=fake_hub.url, cache_dir=tmp_path / "hf"):
        pass
    time.sleep(0.2)
    assert fake_hub.requests == []
