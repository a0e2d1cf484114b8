"""Hub dataset repos as sources (issue 36): `hf-dataset:org/name[@rev]` is read as a model is,
at `/api/datasets/...` and `/datasets/.../resolve/...`, through the loopback fake Hub and the
real huggingface_hub client."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from huggingface_hub import HfApi, hf_hub_download
from huggingface_hub import errors as hf
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit
from auditor.cli.main import app
from auditor.errors import TargetError
from auditor.model import ModelResult, Severity, SourceKind, Target, Verdict
from auditor.pipeline.parents import recorded_commit
from auditor.sources.base import parse_target, sha256_hex
from auditor.sources.hub import HubOptions, dataset_target, fetch_hub_snapshot
from auditor.sources.registry import source_for
from tests.fakehub import Failure, FakeHub

# A data card as the Hub's dataset card template writes it: the license and what the data is.
NC_CARD = """---
license: cc-by-nc-4.0
pretty_name: Acme Dialogs
annotations_creators:
- crowdsourced
source_datasets:
- original
task_categories:
- text-generation
configs:
- config_name: default
  data_files: data/train.parquet
---
# Acme Dialogs

Dialogues written by paid annotators.
"""
BY_CARD = "---\nlicense: cc-by-4.0\npretty_name: Acme Dialogs\n---\n# Acme Dialogs\n"
MIT_CARD = "---\nlicense: mit\n---\n# Acme twin model\n"
# A license of our own, written for these tests.
TERMS = "Acme Data Terms\nYou may use the dialogues for research and teaching only.\n"
PARQUET = b"PAR1" + b"\x00" * 2048 + b"PAR1"
TOKEN = "hf_dataset_sentinel_token_1"
runner = CliRunner()


def hub_options(hub: FakeHub, tmp_path: Path, **kw: object) -> HubOptions:
    return HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf-cache", **kw)  # type: ignore[arg-type]


def audit_options(hub: FakeHub, tmp_path: Path, **kw: object) -> AuditOptions:
    return AuditOptions(hub=hub_options(hub, tmp_path, **kw), cache_dir=tmp_path / "analysis")


def only(models: tuple[ModelResult, ...]) -> ModelResult:
    assert len(models) == 1
    return models[0]


def add_dialogs(hub: FakeHub, **kw: object) -> str:
    files: dict[str, bytes | str] = {
        "README.md": NC_CARD,
        "LICENSE": TERMS,
        "data/train.parquet": PARQUET,
    }
    return hub.add_dataset("acme/dialogs", files, **kw)  # type: ignore[arg-type]


# -- target parsing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "revision"),
    [
        ("hf-dataset:acme/dialogs", "acme/dialogs", None),
        ("hf-dataset:acme/dialogs@v1.0", "acme/dialogs", "v1.0"),
        ("hf-dataset:acme/dialogs@refs/pr/3", "acme/dialogs", "refs/pr/3"),
        ("hf-dataset:https://huggingface.co/datasets/acme/dialogs", "acme/dialogs", None),
        ("hf-dataset:huggingface.co/datasets/acme/dialogs/", "acme/dialogs", None),
        ("https://huggingface.co/datasets/acme/dialogs", "acme/dialogs", None),
        ("https://hf.co/datasets/acme/dialogs#dataset-card", "acme/dialogs", None),
        ("https://huggingface.co/datasets/acme/dialogs/tree/v2", "acme/dialogs", "v2"),
        (
            "https://huggingface.co/datasets/acme/dialogs/tree/refs%2Fpr%2F3",
            "acme/dialogs",
            "refs/pr/3",
        ),
    ],
)
def test_dataset_targets_parse(text: str, location: str, revision: str | None) -> None:
    assert parse_target(text) == Target(text, SourceKind.HUB_DATASET, location, revision)


@pytest.mark.parametrize(
    "text",
    [
        "hf-dataset:",
        "hf-dataset:dialogs",
        "hf-dataset:acme/dialogs/extra",
        "hf-dataset:../acme/dialogs",
        "hf-dataset:acme/dialogs@",
        "hf-dataset:acme/dialogs@a..b",
        "hf-dataset:https://huggingface.co/acme/dialogs",  # a model's page, not a dataset's
        "https://huggingface.co/datasets/acme",
        "https://huggingface.co/datasets/acme/dialogs/blob/main/README.md",
    ],
)
def test_malformed_dataset_targets_are_refused(text: str) -> None:
    with pytest.raises(TargetError) as caught:
        parse_target(text)
    assert caught.value.code == "target-invalid"
    assert text in caught.value.message


def test_a_bare_repo_id_is_still_a_model() -> None:
    assert parse_target("acme/dialogs").kind is SourceKind.HUB
    assert parse_target("hf:acme/dialogs").kind is SourceKind.HUB


def test_dataset_target_is_the_public_spelling() -> None:
    assert dataset_target("acme/dialogs") == parse_target("hf-dataset:acme/dialogs")
    pinned = dataset_target("acme/dialogs", "a" * 40)
    assert (pinned.kind, pinned.location, pinned.revision) == (
        SourceKind.HUB_DATASET,
        "acme/dialogs",
        "a" * 40,
    )
    with pytest.raises(TargetError):
        dataset_target("not a dataset id")
    assert source_for(SourceKind.HUB_DATASET) is fetch_hub_snapshot


# -- the fake Hub answers the real client as the Hub does --------------------------------------


def test_the_fake_serves_datasets_to_the_real_client(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = add_dialogs(fake_hub)
    info = HfApi(endpoint=fake_hub.url, token=False).dataset_info("acme/dialogs")
    assert info.sha == sha
    assert info.card_data is not None and info.card_data["license"] == "cc-by-nc-4.0"
    assert "license:cc-by-nc-4.0" in (info.tags or [])
    path = hf_hub_download(
        "acme/dialogs",
        "LICENSE",
        repo_type="dataset",
        endpoint=fake_hub.url,
        cache_dir=tmp_path,
        token=False,
    )
    assert Path(path).read_text() == TERMS
    assert f"datasets--acme--dialogs/snapshots/{sha}/LICENSE" in Path(path).as_posix()
    with pytest.raises(hf.RepositoryNotFoundError):  # no model of that id
        HfApi(endpoint=fake_hub.url, token=False).model_info("acme/dialogs")
    fake_hub.set_gated("acme/dialogs", "manual", card_public=False, repo_type="dataset")
    with pytest.raises(hf.GatedRepoError):
        hf_hub_download(
            "acme/dialogs",
            "README.md",
            repo_type="dataset",
            endpoint=fake_hub.url,
            cache_dir=tmp_path / "other",
            token=False,
        )
    assert fake_hub.errors == []


# -- the source ------------------------------------------------------------------------------


def test_a_dataset_is_read_online(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = add_dialogs(fake_hub)
    snapshot = fetch_hub_snapshot(dataset_target("acme/dialogs"), hub_options(fake_hub, tmp_path))
    assert snapshot.resolved_sha == sha and snapshot.repo_id == "acme/dialogs"
    assert snapshot.gated is False and snapshot.incomplete is None
    assert snapshot.card is not None and snapshot.card_path == "README.md"
    metadata = snapshot.card.metadata
    assert metadata["license"] == "cc-by-nc-4.0"
    assert metadata["source_datasets"] == ["original"]
    assert metadata["annotations_creators"] == ["crowdsourced"]
    assert metadata["task_categories"] == ["text-generation"]
    assert metadata["pretty_name"] == "Acme Dialogs"
    (license_file,) = snapshot.license_files
    assert license_file.path == "LICENSE" and license_file.text == TERMS
    assert license_file.sha256 == sha256_hex(TERMS.encode())
    assert snapshot.provenance["dataset_info"] == f"{fake_hub.url}/api/datasets/acme/dialogs"
    base = f"{fake_hub.url}/datasets/acme/dialogs/resolve/{sha}/"
    assert snapshot.provenance["card"] == base + "README.md"
    assert snapshot.provenance["LICENSE"] == base + "LICENSE"
    paths = [path for _, path, _ in fake_hub.requests]
    assert not [p for p in paths if p.startswith(("/api/models", "/acme/"))], paths
    fetched = [p for p in paths if "/resolve/" in p]
    assert fetched and all(p.startswith(f"/datasets/acme/dialogs/resolve/{sha}/") for p in fetched)
    assert not [p for p in fetched if p.endswith(".parquet")]  # the data is never downloaded
    cache = tmp_path / "hf-cache"
    assert (cache / "datasets--acme--dialogs" / "snapshots" / sha / "LICENSE").is_file()
    assert not (cache / "models--acme--dialogs").exists()


def test_a_pinned_commit_is_read_at_that_commit(fake_hub: FakeHub, tmp_path: Path) -> None:
    old = add_dialogs(fake_hub)
    new = fake_hub.add_dataset("acme/dialogs", {"README.md": BY_CARD})
    assert old != new
    snapshot = fetch_hub_snapshot(
        dataset_target("acme/dialogs", old), hub_options(fake_hub, tmp_path)
    )
    assert snapshot.resolved_sha == old and snapshot.revision == old
    assert snapshot.card is not None and snapshot.card.metadata["license"] == "cc-by-nc-4.0"
    assert [f.path for f in snapshot.license_files] == ["LICENSE"]  # gone at the head
    assert fake_hub.requests_matching(rf"^/api/datasets/acme/dialogs/revision/{old}")
    assert "source-revision-mismatch" not in {f.rule for f in snapshot.findings}


def test_a_short_sha_is_resolved_among_the_dataset_commits(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    old = add_dialogs(fake_hub)
    fake_hub.add_dataset("acme/dialogs", {"README.md": BY_CARD})
    target = dataset_target("acme/dialogs", old[:8])
    snapshot = fetch_hub_snapshot(target, hub_options(fake_hub, tmp_path))
    assert snapshot.resolved_sha == old
    assert fake_hub.requests_matching(r"^/api/datasets/acme/dialogs/commits/main")


def test_a_pin_answered_with_another_commit_blocks(fake_hub: FakeHub, tmp_path: Path) -> None:
    pinned = add_dialogs(fake_hub)
    other = fake_hub.add_dataset("acme/dialogs", {"README.md": BY_CARD})
    url = f"{fake_hub.url}/api/datasets/acme/dialogs/revision/{other}?blobs=true"
    with urllib.request.urlopen(url) as answer:
        lie = bytes(answer.read())
    assert json.loads(lie)["sha"] == other
    fake_hub.inject(
        rf"^/api/datasets/acme/dialogs/revision/{pinned}",
        Failure(status=200, body=lie, headers={"Content-Type": "application/json"}, times=None),
    )
    model = only(
        audit([f"hf-dataset:acme/dialogs@{pinned}"], audit_options(fake_hub, tmp_path)).models
    )
    (mismatch,) = [f for f in model.findings if f.rule == "source-revision-mismatch"]
    assert mismatch.severity is Severity.BLOCK
    assert pinned in mismatch.message and other in mismatch.message
    assert model.verdict in (Verdict.FAIL, Verdict.ERROR)
    assert model.source is not None and model.source.resolved_sha == other
    fetched = [path for _, path, _ in fake_hub.requests if "/resolve/" in path]
    assert fetched and all(f"/datasets/acme/dialogs/resolve/{pinned}/" in p for p in fetched)


def test_a_gated_dataset_without_access_is_an_error_naming_the_dataset_page(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    add_dialogs(fake_hub, gated="manual", card_public=False)
    model = only(audit(["hf-dataset:acme/dialogs"], audit_options(fake_hub, tmp_path)).models)
    assert model.verdict is Verdict.ERROR
    assert model.source is not None and model.source.gated is True
    assert model.source.kind is SourceKind.HUB_DATASET
    failing = [f for f in model.findings if f.rule == "source-file-unavailable"]
    assert failing, [f.rule for f in model.findings]
    assert "accept the terms on the dataset page and set HF_TOKEN" in failing[0].message
    gated = [f for f in model.findings if f.rule == "source-gated"]
    assert gated and "dataset page" in gated[0].message
    # the Hub's public metadata (cardData) still says which license the card declares
    assert model.declared.license == "cc-by-nc-4.0"


def test_a_gated_dataset_with_a_granted_token_is_read(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_dialogs(fake_hub, gated="manual", card_public=False)
    fake_hub.grant(TOKEN, "acme/dialogs")  # a grant for the model of that id opens nothing
    options = hub_options(fake_hub, tmp_path, token=TOKEN)
    refused = fetch_hub_snapshot(dataset_target("acme/dialogs"), options)
    assert refused.incomplete is not None
    fake_hub.grant(TOKEN, "acme/dialogs", repo_type="dataset")
    snapshot = fetch_hub_snapshot(dataset_target("acme/dialogs"), options)
    assert snapshot.incomplete is None and snapshot.gated is True
    assert [f.text for f in snapshot.license_files] == [TERMS]


def test_offline_a_dataset_is_read_from_the_cache(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = add_dialogs(fake_hub)
    target = dataset_target("acme/dialogs")
    online = fetch_hub_snapshot(target, hub_options(fake_hub, tmp_path))
    assert recorded_commit(target, tmp_path / "hf-cache") == sha
    assert recorded_commit(parse_target("acme/dialogs"), tmp_path / "hf-cache") is None
    fake_hub.clear_requests()
    offline = fetch_hub_snapshot(target, hub_options(fake_hub, tmp_path, offline=True))
    assert fake_hub.requests == []  # not one request
    assert offline.resolved_sha == sha
    assert offline.card is not None and offline.card.metadata == online.card.metadata  # type: ignore[union-attr]
    assert [(f.path, f.text) for f in offline.license_files] == [("LICENSE", TERMS)]
    assert "source-offline-cache" in {f.rule for f in offline.findings}


def test_offline_an_uncached_dataset_is_a_clear_error(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/dialogs", {"README.md": MIT_CARD})
    fetch_hub_snapshot(parse_target("acme/dialogs"), hub_options(fake_hub, tmp_path))
    # the model of that id is cached; the dataset is not
    with pytest.raises(TargetError) as caught:
        fetch_hub_snapshot(
            dataset_target("acme/dialogs"), hub_options(fake_hub, tmp_path, offline=True)
        )
    assert caught.value.code == "source-not-cached"
    assert "hf-dataset:acme/dialogs" in caught.value.message
    assert caught.value.hint is not None and "without --offline" in caught.value.hint


def test_a_model_and_a_dataset_of_one_id_and_commit_share_no_cache(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    shared = "c0ffee" + "0" * 34
    fake_hub.add_repo("acme/twin", {"README.md": MIT_CARD}, sha=shared)
    fake_hub.add_dataset("acme/twin", {"README.md": NC_CARD}, sha=shared)
    options = audit_options(fake_hub, tmp_path)
    model = only(audit([f"acme/twin@{shared}"], options).models)
    assert model.license is not None and model.license.id == "MIT"
    # the same id and commit as a dataset: read from the dataset repo, not the model's entry
    fake_hub.clear_requests()
    dataset = only(audit([f"hf-dataset:acme/twin@{shared}"], options).models)
    assert fake_hub.requests_matching(r"^/api/datasets/acme/twin")
    assert dataset.license is not None and dataset.license.id == "CC-BY-NC-4.0"
    assert dataset.source is not None and dataset.source.kind is SourceKind.HUB_DATASET
    # each is now answered by its own analysis-cache entry, with no request
    fake_hub.clear_requests()
    again = audit([f"hf-dataset:acme/twin@{shared}", f"acme/twin@{shared}"], options).models
    assert fake_hub.requests == []
    assert [m.license.id if m.license else None for m in again] == ["CC-BY-NC-4.0", "MIT"]
    cache = tmp_path / "hf-cache"
    assert (cache / "models--acme--twin").is_dir() and (cache / "datasets--acme--twin").is_dir()


# -- the command line ------------------------------------------------------------------------


def _scan(hub: FakeHub, tmp_path: Path, *args: str) -> tuple[int, dict[str, object], str]:
    cache = tmp_path / "hf-cache"
    result = runner.invoke(
        app, ["scan", *args, "--endpoint", hub.url, "--cache-dir", str(cache), "--format", "json"]
    )
    model = json.loads(result.stdout)["models"][0] if result.stdout.strip() else {}
    return result.exit_code, model, result.output


def test_scan_a_dataset_end_to_end(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = add_dialogs(fake_hub)
    # CC BY-NC 4.0 grants its rights for NonCommercial purposes only (sections 1(i) and
    # 2(a)(1)): a dataset under it fails a paid SaaS deployment
    code, model, output = _scan(
        fake_hub, tmp_path, f"hf-dataset:acme/dialogs@{sha}", "--distribution", "saas"
    )
    assert code == 1, output
    assert model["source"] == {
        "kind": "hub-dataset",
        "repo_id": "acme/dialogs",
        "revision": sha,
        "resolved_sha": sha,
        "gated": False,
        "endpoint": fake_hub.url,
    }
    # the card declares CC BY-NC 4.0; its LICENSE is terms of its own confining the data to
    # research and teaching: the stricter document decides the dataset's license
    assert model["declared"]["license"] == "cc-by-nc-4.0"  # type: ignore[index]
    assert model["license"]["kind"] in ("research-only", "non-commercial")  # type: ignore[index]
    assert model["verdict"] == "fail"
    assert "Traceback" not in output


def test_scan_a_dataset_by_its_page_url(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_dataset("acme/open", {"README.md": BY_CARD})
    old = fake_hub.resolve("acme/open", repo_type="dataset")
    fake_hub.add_dataset("acme/open", {"README.md": NC_CARD})
    page = f"https://huggingface.co/datasets/acme/open/tree/{old}"
    code, model, output = _scan(fake_hub, tmp_path, page)
    assert code in (0, 1, 4), output  # judged, not an error: the page named the commit
    assert model["source"]["kind"] == "hub-dataset"  # type: ignore[index]
    assert model["source"]["resolved_sha"] == old  # type: ignore[index]
    assert model["license"]["id"] == "CC-BY-4.0"  # type: ignore[index]


def test_scan_a_malformed_dataset_id_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", "hf-dataset:just-a-name"])
    assert result.exit_code == 2, result.output
    assert "not a Hub dataset id" in result.output
    assert "Traceback" not in result.output
