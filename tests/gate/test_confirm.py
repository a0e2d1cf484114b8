"""`check --locked`'s confirmation of cached analyses, asked for all models at once
(gate/confirm.py, sources/hub_listings.py), in this process: threads, no helper."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.gate.confirm import AnalysisCache, Confirmations
from auditor.model import ModelResult, Target, Verdict
from auditor.model.codec import model_to_dict
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions, hub_listing_digest
from auditor.sources.hub_listings import listing_digests
from tests.fakehub import Failure, FakeHub, git_blob_sha1

LICENSES = ("apache-2.0", "mit", "cc-by-4.0", "apache-2.0", "mit", "cc-by-4.0")
LISTING = r"^/api/models/"


def options(hub: FakeHub, tmp_path: Path, *, confirm_cache: bool = False) -> AuditOptions:
    return AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf"),
        cache_dir=tmp_path / "analysis",
        confirm_cache=confirm_cache,
    )


def add_models(hub: FakeHub) -> list[str]:
    refs = []
    for i, tag in enumerate(LICENSES):
        card = f"---\nlicense: {tag}\n---\n# model {i}\n"
        sha = hub.add_repo(f"acme/m{i}", {"README.md": card, "LICENSE": f"terms {i}\n"})
        refs.append(f"acme/m{i}@{sha}")
    return refs


def plain(model: ModelResult) -> dict[str, object]:
    return model_to_dict(model)


def test_all_at_once_answers_as_one_by_one(fake_hub: FakeHub, tmp_path: Path) -> None:
    refs = add_models(fake_hub)
    first = audit(refs, options(fake_hub, tmp_path))
    fake_hub.clear_requests()
    together = audit(refs, options(fake_hub, tmp_path, confirm_cache=True))
    assert len(fake_hub.requests_matching(LISTING)) == len(refs)  # one listing a model
    assert len(fake_hub.requests) == len(refs)  # and nothing else: every answer confirmed
    alone = [audit([ref], options(fake_hub, tmp_path, confirm_cache=True)) for ref in refs]
    assert [plain(m) for m in together.models] == [plain(r.models[0]) for r in alone]
    assert [plain(m) for m in together.models] == [plain(m) for m in first.models]


def test_listing_digests_are_the_sequential_ones(fake_hub: FakeHub, tmp_path: Path) -> None:
    refs = add_models(fake_hub)
    hub = options(fake_hub, tmp_path).hub
    targets = [parse_target(ref) for ref in refs]
    together = listing_digests(targets, hub).result()
    assert together == [hub_listing_digest(target, hub) for target in targets]
    assert len(set(together)) == len(refs)
    missing = parse_target("acme/missing@" + "0" * 40)
    assert listing_digests([targets[0], missing], hub).result() == [together[0], None]


def test_a_file_changed_in_place_is_read_again(fake_hub: FakeHub, tmp_path: Path) -> None:
    refs = add_models(fake_hub)
    audit(refs, options(fake_hub, tmp_path))
    sha = refs[2].partition("@")[2]
    fake_hub.replace_file_in_place("acme/m2", sha, "LICENSE", "terms 2, rewritten\n")
    fake_hub.clear_requests()
    again = audit(refs, options(fake_hub, tmp_path, confirm_cache=True))
    assert len(fake_hub.requests_matching(r"^/api/models/acme/m[013-5]/")) == len(refs) - 1
    assert len(fake_hub.requests_matching(r"^/api/models/acme/m2/")) == 2  # then fetched
    (license_file,) = [f for f in again.models[2].license_files if f.path == "LICENSE"]
    assert license_file.blob_id == git_blob_sha1(b"terms 2, rewritten\n")
    unchanged = audit(refs, options(fake_hub, tmp_path))
    assert [plain(m) for i, m in enumerate(again.models) if i != 2] == [
        plain(m) for i, m in enumerate(unchanged.models) if i != 2
    ]


def test_a_hub_error_midway_fails_that_model_by_name(fake_hub: FakeHub, tmp_path: Path) -> None:
    refs = add_models(fake_hub)
    first = audit(refs, options(fake_hub, tmp_path))
    refused = Failure(status=403, body=b'{"error": "refused"}', times=None)
    fake_hub.inject(r"^/api/models/acme/m3[/?]", refused)
    result = audit(refs, options(fake_hub, tmp_path, confirm_cache=True))
    verdicts = [m.verdict for m in result.models]
    assert verdicts[3] is Verdict.ERROR  # never a pass from an unconfirmed cache
    assert [v for i, v in enumerate(verdicts) if i != 3] == [
        m.verdict for i, m in enumerate(first.models) if i != 3
    ]
    assert Verdict.ERROR not in [m.verdict for m in first.models]
    messages = " ".join(f.message for f in result.models[3].findings)
    assert "acme/m3" in messages
    assert all("acme/m3" not in f.message for m in result.models[:3] for f in m.findings)


def test_nothing_is_asked_offline_or_without_an_entry(fake_hub: FakeHub, tmp_path: Path) -> None:
    refs = add_models(fake_hub)
    targets = [parse_target(ref) for ref in refs]
    opts = options(fake_hub, tmp_path, confirm_cache=True)
    from auditor.pipeline.run import _analysis_cache

    def cache_for(target: Target) -> AnalysisCache | None:
        return _analysis_cache(opts, target)

    assert Confirmations(targets, opts.hub, cache_for).answers() == {}  # nothing cached yet
    audit(refs[:2], options(fake_hub, tmp_path))
    fake_hub.clear_requests()
    answers = Confirmations(targets, opts.hub, cache_for).answers()
    assert sorted(answers) == [0, 1] and all(answers.values())
    assert len(fake_hub.requests) == 2
    offline = HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "hf", offline=True)
    assert Confirmations(targets, offline, cache_for).answers() == {}
    own = frozenset({targets[0].kind})
    assert Confirmations(targets, opts.hub, cache_for, own_kinds=own).answers() == {}


def test_an_unreadable_entry_is_said_only_when_its_listing_holds(
    fake_hub: FakeHub, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    refs = add_models(fake_hub)
    audit(refs, options(fake_hub, tmp_path))
    for path in (tmp_path / "analysis").rglob("*.json"):
        document = json.loads(path.read_text())
        if document["model"]["ref"] in (refs[1], refs[4]):
            document["model"] = {"not": "an analysis"}
            path.write_text(json.dumps(document))
    sha = refs[4].partition("@")[2]
    fake_hub.replace_file_in_place("acme/m4", sha, "LICENSE", "terms 4, rewritten\n")
    with caplog.at_level(logging.WARNING, logger="auditor"):
        result = audit(refs, options(fake_hub, tmp_path, confirm_cache=True))
    said = [r.getMessage() for r in caplog.records if "unreadable cache entry" in r.getMessage()]
    assert len(said) == 1  # m1 (its listing holds); m4's listing changed: read again, unsaid
    assert Verdict.ERROR not in [m.verdict for m in result.models]  # both fetched again
