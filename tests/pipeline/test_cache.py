"""The analysis cache: pinned commits are answered without the network, and only those."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.knowledge.digest import knowledge_digest
from auditor.model import Verdict
from auditor.model.codec import model_to_dict
from auditor.pipeline.cache import AnalysisCache
from auditor.sources.hub import HubOptions
from tests.fakehub import FakeHub, git_blob_sha1

CARD = "---\nlicense: apache-2.0\n---\n# m\n"


def options(hub: FakeHub, tmp_path: Path, **kw: object) -> AuditOptions:
    return AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf"),
        cache_dir=tmp_path / "analysis",
        **kw,  # type: ignore[arg-type]
    )


def test_pinned_model_is_answered_from_the_cache(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo(
        "acme/good",
        {"README.md": CARD, "LICENSE": "Acme License\nYou may use it for any purpose.\n"},
    )
    first = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path)).models[0]
    assert first.verdict is Verdict.PASS
    fake_hub.stop()  # from now on any request would fail
    again = audit([f"hf:acme/good@{sha}"], options(fake_hub, tmp_path)).models[0]
    assert again.ref == f"hf:acme/good@{sha}"
    assert model_to_dict(again) | {"ref": None} == model_to_dict(first) | {"ref": None}


def test_only_jobs_waiting_on_the_hub_use_threads(fake_hub: FakeHub, tmp_path: Path) -> None:
    """Cached commits and local files are CPU work: run in the calling thread, in order."""
    cached = fake_hub.add_repo("acme/cached", {"README.md": CARD})
    fresh = fake_hub.add_repo("acme/fresh", {"README.md": CARD})
    child = fake_hub.add_repo(
        "acme/child", {"README.md": "---\nlicense: mit\nbase_model: acme/cached\n---\n# c\n"}
    )
    audit([f"acme/cached@{cached}", f"acme/child@{child}"], options(fake_hub, tmp_path))
    card = tmp_path / "README.md"
    card.write_text(CARD, encoding="utf-8")
    refs = [f"acme/cached@{cached}", f"acme/fresh@{fresh}", str(card), f"acme/child@{child}"]
    threads: dict[str, str] = {}

    def done(ref: str) -> None:
        threads[ref] = threading.current_thread().name

    result = audit(refs, options(fake_hub, tmp_path), on_done=done)
    assert [m.ref for m in result.models] == refs
    assert all(m.verdict is not Verdict.ERROR for m in result.models)
    assert threads[refs[0]] == threads[refs[2]] == threading.current_thread().name
    # not cached yet, or cached but its base model is looked up on the Hub: the pool
    assert threads[refs[1]].startswith("audit")
    assert threads[refs[3]].startswith("audit")


def test_cached_children_of_known_models_never_wait(fake_hub: FakeHub, tmp_path: Path) -> None:
    """A parent the known-models registry answers needs no Hub lookup: no thread either."""
    card = "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# t\n"
    sha = fake_hub.add_repo("acme/tuned", {"README.md": card})
    first = audit([f"acme/tuned@{sha}"], options(fake_hub, tmp_path)).models[0]
    assert [step["ref"] for step in first.lineage][-1] == "meta-llama/Llama-3.1-8B-Instruct"
    threads: list[str] = []
    fake_hub.clear_requests()
    again = audit(
        [f"acme/tuned@{sha}"],
        options(fake_hub, tmp_path),
        on_done=lambda ref: threads.append(threading.current_thread().name),
    ).models[0]
    assert threads == [threading.current_thread().name]
    assert fake_hub.requests == []
    assert model_to_dict(again) == model_to_dict(first)


def test_branches_are_never_cached(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/moving", {"README.md": CARD})
    audit(["acme/moving@main"], options(fake_hub, tmp_path))
    assert not (tmp_path / "analysis").exists()


def test_failed_fetches_are_not_cached(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = "a" * 40
    result = audit([f"acme/missing@{sha}"], options(fake_hub, tmp_path)).models[0]
    assert result.verdict is Verdict.ERROR
    assert not any((tmp_path / "analysis").rglob("*.json"))


def test_cache_can_be_switched_off(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/good", {"README.md": CARD})
    audit([f"acme/good@{sha}"], options(fake_hub, tmp_path, use_cache=False))
    assert not (tmp_path / "analysis").exists()


def test_a_new_knowledge_base_misses_the_old_entries(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/good", {"README.md": CARD})
    model = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path)).models[0]
    old = AnalysisCache(tmp_path / "analysis", knowledge_digest())
    assert old.get(fake_hub.url, "acme/good", sha, "x") is not None
    other = AnalysisCache(tmp_path / "analysis", "another-digest")
    assert other.get(fake_hub.url, "acme/good", sha, "x") is None
    assert model.verdict is Verdict.PASS


def test_corrupt_entry_is_a_miss(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path, "d")
    path = cache._path("e", "a/b", "b" * 40)
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert cache.get("e", "a/b", "b" * 40, "a/b") is None


def _tamper(cache_root: Path, message: str) -> None:
    """Mark every cached analysis so that a result read from the cache can be told apart."""
    for path in cache_root.rglob("*.json"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        entry["model"]["declared"]["license_name"] = message
        path.write_text(json.dumps(entry), encoding="utf-8")


def test_confirmed_cache_asks_for_the_listing_only(fake_hub: FakeHub, tmp_path: Path) -> None:
    """`check --locked`: one listing request a model, nothing downloaded, no new analysis."""
    sha = fake_hub.add_repo("acme/good", {"README.md": CARD, "LICENSE": "Acme License\n"})
    audit([f"acme/good@{sha}"], options(fake_hub, tmp_path))
    _tamper(tmp_path / "analysis", "from the cache")
    fake_hub.clear_requests()
    again = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path, confirm_cache=True))
    assert [path for _, path, _ in fake_hub.requests] == [
        f"/api/models/acme/good/revision/{sha}?blobs=true&securityStatus=true"
    ]
    assert again.models[0].declared.license_name == "from the cache"


def test_confirmed_cache_reads_again_what_changed_in_place(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/good", {"README.md": CARD, "LICENSE": "Acme License\n"})
    audit([f"acme/good@{sha}"], options(fake_hub, tmp_path))
    _tamper(tmp_path / "analysis", "from the cache")
    fake_hub.replace_file_in_place("acme/good", sha, "LICENSE", "Acme License v2: no SaaS\n")
    again = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path, confirm_cache=True))
    model = again.models[0]
    assert model.declared.license_name != "from the cache"
    assert model.license_files[0].blob_id == git_blob_sha1("Acme License v2: no SaaS\n")
    # the new analysis replaces the entry, and a plain warm run answers with it
    fake_hub.stop()
    warm = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path)).models[0]
    assert warm.license_files[0].blob_id == model.license_files[0].blob_id


def test_confirmed_cache_trusts_no_entry_without_a_listing(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    """An entry stored without the Hub's listing (a run's own source, say) is never confirmed."""
    sha = fake_hub.add_repo("acme/good", {"README.md": CARD})
    audit([f"acme/good@{sha}"], options(fake_hub, tmp_path))
    for path in (tmp_path / "analysis").rglob("*.json"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(entry | {"listing": None}), encoding="utf-8")
    _tamper(tmp_path / "analysis", "from the cache")
    again = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path, confirm_cache=True))
    assert again.models[0].declared.license_name != "from the cache"
    plain = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path)).models[0]
    assert plain.declared.license_name != "from the cache"  # replaced by the new analysis


@pytest.mark.usefixtures("quick_retries")  # the stopped Hub is tried 3 times, 10 ms apart
def test_confirmed_cache_failure_to_list_is_the_usual_error(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/good", {"README.md": CARD})
    audit([f"acme/good@{sha}"], options(fake_hub, tmp_path))
    fake_hub.stop()
    result = audit([f"acme/good@{sha}"], options(fake_hub, tmp_path, confirm_cache=True))
    assert result.models[0].verdict is Verdict.ERROR  # never a pass from an unconfirmed cache
