"""Proves the unmodified huggingface_hub client works against the loopback fake Hub."""

from __future__ import annotations

import importlib
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from huggingface_hub import (
    HfApi,
    get_hf_file_metadata,
    get_session,
    hf_hub_download,
    hf_hub_url,
)
from huggingface_hub.errors import (
    EntryNotFoundError,
    GatedRepoError,
    HfHubHTTPError,
    LocalEntryNotFoundError,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.hf_api import RepoFile, RepoFolder

from tests.fakehub import Failure, FakeHub, git_blob_sha1, parse_card_data

if TYPE_CHECKING:
    from collections.abc import Iterator

README = """---
license: apache-2.0
base_model: acme/base
tags:
  - text-generation
---
# Good model
"""
FILES: dict[str, bytes | str] = {
    "README.md": README,
    "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
    "config.json": b'{"model_type": "llama"}',
    "onnx/model.onnx": b"\x00\x01\x02",
    "onnx/extra/weights.bin": b"w" * 10,
}
REPO = "acme/good"
GATED = "acme/gated"
TOKEN = "hf_granted"


def _transport_error() -> type[Exception]:
    """The HTTP backend's transport error (httpx2.TransportError in hub 2.x, httpx's in 1.x)."""
    backend = importlib.import_module(HfHubHTTPError.__mro__[1].__module__.split(".")[0])
    error: type[Exception] = backend.TransportError
    return error


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub() as fake:
        fake.add_repo(REPO, FILES)
        fake.add_repo(
            GATED, {"README.md": "---\nlicense: llama3.1\n---\n", "LICENSE": "L"}, gated="manual"
        )
        fake.grant(TOKEN, GATED)
        yield fake
        assert fake.errors == []


@pytest.fixture
def api(hub: FakeHub) -> HfApi:
    return HfApi(endpoint=hub.url, token=False)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "hub-cache"


def download(hub: FakeHub, cache: Path, filename: str, repo_id: str = REPO, **kwargs: Any) -> str:
    """hf_hub_download against the fake, without any token unless one is passed."""
    kwargs.setdefault("token", False)
    path = hf_hub_download(repo_id, filename, endpoint=hub.url, cache_dir=cache, **kwargs)
    assert isinstance(path, str)
    return path


def read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


# -- model_info ---------------------------------------------------------------------------


def test_model_info_main(hub: FakeHub, api: HfApi) -> None:
    info = api.model_info(REPO)

    assert info.id == REPO
    assert info.sha == hub.resolve(REPO, "main")
    assert info.gated is False
    assert info.card_data is not None
    assert info.card_data.license == "apache-2.0"
    assert info.last_modified is not None
    assert info.last_modified.tzinfo is not None
    assert info.tags is not None
    assert {"license:apache-2.0", "base_model:acme/base", "text-generation"} <= set(info.tags)
    assert info.siblings is not None
    assert [s.rfilename for s in info.siblings] == sorted(FILES)
    assert all(s.size is None for s in info.siblings)


def test_model_info_files_metadata(api: HfApi) -> None:
    info = api.model_info(REPO, files_metadata=True)

    assert info.siblings is not None
    sizes = {s.rfilename: s.size for s in info.siblings}
    blobs = {s.rfilename: s.blob_id for s in info.siblings}
    assert sizes["onnx/extra/weights.bin"] == 10
    assert sizes["README.md"] == len(README.encode())
    assert blobs["LICENSE"] == git_blob_sha1(FILES["LICENSE"])


def test_model_info_at_revision(hub: FakeHub, api: HfApi) -> None:
    old = hub.resolve(REPO)
    new = hub.add_repo(REPO, {**FILES, "README.md": "---\nlicense: mit\n---\n"})
    hub.add_tag(REPO, "v1.0", old)
    hub.add_tag(REPO, "refs/pr/1", new)

    assert api.model_info(REPO).sha == new
    at_old = api.model_info(REPO, revision=old)
    assert at_old.sha == old
    assert at_old.card_data is not None
    assert at_old.card_data.license == "apache-2.0"
    assert api.model_info(REPO, revision="v1.0").sha == old
    pr = api.model_info(REPO, revision="refs/pr/1")
    assert pr.card_data is not None
    assert pr.card_data.license == "mit"
    # The revision travels percent-encoded, as the notes (§2) say.
    assert hub.requests_matching(r"/revision/refs%2Fpr%2F1$")


def test_model_info_gated_is_public(api: HfApi) -> None:
    info = api.model_info(GATED)

    assert info.gated == "manual"
    assert info.card_data is not None
    assert info.card_data.license == "llama3.1"


def test_broken_front_matter_gives_no_card_data(hub: FakeHub, api: HfApi) -> None:
    hub.add_repo("acme/broken", {"README.md": "---\nlicense: [unclosed\n---\n"})

    assert api.model_info("acme/broken").card_data is None
    assert parse_card_data(b"no front matter") is None
    assert parse_card_data(b"---\n- a list\n---\n") is None


# -- listing ------------------------------------------------------------------------------


def test_list_repo_files_nested(api: HfApi) -> None:
    assert api.list_repo_files(REPO) == sorted(FILES)


def test_list_repo_tree_shows_folders(api: HfApi) -> None:
    top = list(api.list_repo_tree(REPO))
    assert {(type(e).__name__, e.path) for e in top} == {
        ("RepoFile", "LICENSE"),
        ("RepoFile", "README.md"),
        ("RepoFile", "config.json"),
        ("RepoFolder", "onnx"),
    }
    sub = list(api.list_repo_tree(REPO, path_in_repo="onnx", recursive=True))
    assert [e.path for e in sub if isinstance(e, RepoFolder)] == ["onnx/extra"]
    files = {e.path: e for e in sub if isinstance(e, RepoFile)}
    assert files["onnx/model.onnx"].size == 3
    assert files["onnx/model.onnx"].blob_id == git_blob_sha1(b"\x00\x01\x02")


def test_list_repo_files_paginated(hub: FakeHub, api: HfApi) -> None:
    hub.page_size = 2

    assert api.list_repo_files(REPO) == sorted(FILES)
    # 5 files + 2 folders = 7 entries -> 4 pages, following absolute Link headers.
    pages = hub.requests_matching(r"/tree/main", method="GET")
    assert len(pages) == 4
    assert "cursor=" in pages[-1]


def test_list_repo_files_unknown_revision(api: HfApi) -> None:
    with pytest.raises(RevisionNotFoundError):
        api.list_repo_files(REPO, revision="nope")


def test_list_models(hub: FakeHub, api: HfApi) -> None:
    hub.add_repo("other/thing", {"README.md": "x"})
    hub.page_size = 1

    models = list(api.list_models(author="acme", cardData=True))

    assert [m.id for m in models] == [GATED, REPO]
    assert models[1].card_data is not None
    assert models[1].card_data.license == "apache-2.0"


# -- downloads ----------------------------------------------------------------------------


def test_download_readme_at_main_and_pinned_sha(hub: FakeHub, cache: Path) -> None:
    sha = hub.resolve(REPO)

    assert read(download(hub, cache, "README.md")) == README
    assert (cache / "models--acme--good" / "refs" / "main").read_text() == sha
    assert read(download(hub, cache, "README.md", revision=sha)) == README

    # Pinned and cached: the client answers from snapshots/<sha>/ without any request.
    hub.clear_requests()
    assert read(download(hub, cache, "README.md", revision=sha)) == README
    assert hub.requests == []

    # By branch name: one HEAD to learn the commit, no GET (the blob is cached).
    download(hub, cache, "README.md")
    assert [(method, path) for method, path, _ in hub.requests] == [
        ("HEAD", "/acme/good/resolve/main/README.md")
    ]
    assert hub.requests[0][2]["accept-encoding"] == "identity"


def test_new_commit_moves_main(hub: FakeHub, cache: Path) -> None:
    old = hub.resolve(REPO)
    assert read(download(hub, cache, "LICENSE")) == FILES["LICENSE"]

    new = hub.add_repo(REPO, {**hub.files(REPO), "LICENSE": "MIT License\n"})

    assert new != old
    assert read(download(hub, cache, "LICENSE")) == "MIT License\n"
    assert (cache / "models--acme--good" / "refs" / "main").read_text() == new
    assert read(download(hub, cache, "LICENSE", revision=old)) == FILES["LICENSE"]


def test_replace_file_in_place_changes_etag_but_cached_client_keeps_old_text(
    hub: FakeHub, cache: Path
) -> None:
    url = hf_hub_url(REPO, "LICENSE", endpoint=hub.url)
    before = get_hf_file_metadata(url, token=False)
    assert read(download(hub, cache, "LICENSE")) == FILES["LICENSE"]
    assert before.commit_hash is not None

    hub.replace_file_in_place(REPO, before.commit_hash, "LICENSE", "Changed in place\n")

    after = get_hf_file_metadata(url, token=False)
    assert after.commit_hash == before.commit_hash
    assert after.etag == git_blob_sha1("Changed in place\n") != before.etag
    # The client sees the new ETag in its HEAD, but snapshots/<commit>/LICENSE already exists
    # for that commit, so it returns the stale file without a GET: a commit is trusted to be
    # immutable.
    hub.clear_requests()
    assert read(download(hub, cache, "LICENSE")) == FILES["LICENSE"]
    assert [method for method, _, _ in hub.requests] == ["HEAD"]
    # Even force_download (huggingface_hub 2.4.0) GETs the new blob into blobs/ but leaves the
    # existing snapshot link pointing at the old blob, so the stale text is still returned.
    stale = download(hub, cache, "LICENSE", force_download=True)
    assert read(stale) == FILES["LICENSE"]
    assert (cache / "models--acme--good" / "blobs" / after.etag).exists()
    # Only a cache that never saw this commit gets the new text.
    assert read(download(hub, cache.with_name("fresh"), "LICENSE")) == "Changed in place\n"


def test_offline_from_cache(hub: FakeHub, cache: Path) -> None:
    path = download(hub, cache, "README.md")
    hub.clear_requests()

    assert download(hub, cache, "README.md", local_files_only=True) == path
    assert hub.requests == []
    with pytest.raises(LocalEntryNotFoundError):
        download(hub, cache, "LICENSE", local_files_only=True)


# -- errors -------------------------------------------------------------------------------


def test_repository_not_found(hub: FakeHub, api: HfApi, cache: Path) -> None:
    with pytest.raises(RepositoryNotFoundError):
        api.model_info("acme/missing")
    with pytest.raises(RepositoryNotFoundError):
        download(hub, cache, "README.md", repo_id="acme/missing")


def test_deleted_repo_still_served_from_cache(hub: FakeHub, api: HfApi, cache: Path) -> None:
    path = download(hub, cache, "README.md")
    hub.delete_repo(REPO)

    with pytest.raises(RepositoryNotFoundError):
        api.model_info(REPO)
    # Notes §6: any HEAD failure other than revision/entry-not-found falls back to the cache.
    assert download(hub, cache, "README.md") == path


def test_revision_not_found(hub: FakeHub, api: HfApi, cache: Path) -> None:
    with pytest.raises(RevisionNotFoundError):
        api.model_info(REPO, revision="v9")
    with pytest.raises(RevisionNotFoundError):
        api.model_info(REPO, revision="0" * 40)
    with pytest.raises(RevisionNotFoundError):
        download(hub, cache, "README.md", revision="v9")


def test_entry_not_found(hub: FakeHub, cache: Path) -> None:
    with pytest.raises(RemoteEntryNotFoundError) as info:
        download(hub, cache, "NOTICE")

    assert isinstance(info.value, EntryNotFoundError)
    sha = info.value.response.headers["X-Repo-Commit"]
    assert (cache / "models--acme--good" / ".no_exist" / sha / "NOTICE").exists()


def test_gated_without_token_is_401(hub: FakeHub, cache: Path) -> None:
    with pytest.raises(GatedRepoError) as info:
        download(hub, cache, "LICENSE", repo_id=GATED)
    assert info.value.response.status_code == 401


def test_gated_with_unapproved_token_is_403(hub: FakeHub, cache: Path) -> None:
    with pytest.raises(GatedRepoError) as info:
        download(hub, cache, "LICENSE", repo_id=GATED, token="hf_someone_else")
    assert info.value.response.status_code == 403


def test_gated_with_granted_token(hub: FakeHub, cache: Path) -> None:
    assert read(download(hub, cache, "LICENSE", repo_id=GATED, token=TOKEN)) == "L"
    assert hub.requests[-1][2]["authorization"] == f"Bearer {TOKEN}"


def test_gated_card_follows_card_public(hub: FakeHub, api: HfApi, cache: Path) -> None:
    assert read(download(hub, cache, "README.md", repo_id=GATED)).startswith("---")
    hub.add_repo(
        "acme/secret", {"README.md": "card", "LICENSE": "L"}, gated="auto", card_public=False
    )

    with pytest.raises(GatedRepoError):
        download(hub, cache, "README.md", repo_id="acme/secret")
    # Metadata and listings stay public.
    assert api.list_repo_files("acme/secret") == ["LICENSE", "README.md"]
    assert api.model_info("acme/secret").gated == "auto"


def test_other_repo_types_and_routes_are_not_found(hub: FakeHub, api: HfApi, cache: Path) -> None:
    with pytest.raises(RepositoryNotFoundError):
        api.dataset_info(REPO)
    with pytest.raises(RepositoryNotFoundError):
        download(hub, cache, "README.md", repo_type="dataset")


def test_empty_repo_lists_nothing(hub: FakeHub, api: HfApi) -> None:
    hub.add_repo("acme/empty", {})

    assert api.list_repo_files("acme/empty") == []
    assert api.model_info("acme/empty").siblings == []


def test_range_requests_are_honoured(hub: FakeHub) -> None:
    url = hf_hub_url(REPO, "LICENSE", endpoint=hub.url)
    license_bytes = str(FILES["LICENSE"]).encode()

    partial = get_session().get(url, headers={"Range": "bytes=7-"})
    assert partial.status_code == 206
    assert partial.content == license_bytes[7:]
    assert (
        partial.headers["Content-Range"] == f"bytes 7-{len(license_bytes) - 1}/{len(license_bytes)}"
    )
    assert get_session().get(url, headers={"Range": "bytes=999-"}).status_code == 416


# -- fault injection and latency ----------------------------------------------------------


def test_injected_500_on_model_info(hub: FakeHub, api: HfApi) -> None:
    injection = hub.inject(r"^/api/models/acme/good$", Failure(status=500, body=b"boom"))

    with pytest.raises(HfHubHTTPError) as info:
        api.model_info(REPO)
    assert info.value.response.status_code == 500
    assert api.model_info(REPO).id == REPO  # times=1: the next request is served
    assert injection.hits == 1


def test_injected_500_on_head_falls_back_to_cache(hub: FakeHub, cache: Path) -> None:
    path = download(hub, cache, "LICENSE")
    hub.inject(r"/resolve/", Failure(status=503, method="HEAD"))

    assert download(hub, cache, "LICENSE") == path


def test_reset_raises_backend_read_error(hub: FakeHub, api: HfApi) -> None:
    hub.inject(r"^/api/models/acme/good$", Failure(mode="reset"))

    with pytest.raises(_transport_error()) as info:
        api.model_info(REPO)
    # model_info does not retry; the backend's ReadError (errno 104) is not wrapped.
    assert type(info.value).__name__ == "ReadError"


def test_reset_on_head_is_not_covered_by_cache_fallback(hub: FakeHub, cache: Path) -> None:
    download(hub, cache, "LICENSE")
    hub.inject(r"/resolve/", Failure(mode="reset", method="HEAD"))

    # Only ConnectError/timeouts count as "offline" for hf_hub_download (not a reset), so
    # the ReadError escapes even though the file is cached.
    with pytest.raises(_transport_error()) as info:
        download(hub, cache, "LICENSE")
    assert type(info.value).__name__ == "ReadError"


def test_truncate_raises_backend_protocol_error(hub: FakeHub, api: HfApi) -> None:
    hub.inject(r"^/api/models/acme/good$", Failure(mode="truncate"))

    with pytest.raises(_transport_error()) as info:
        api.model_info(REPO)
    assert type(info.value).__name__ == "RemoteProtocolError"


def test_truncated_download_once_is_retried(hub: FakeHub, cache: Path) -> None:
    hub.inject(r"/resolve/", Failure(mode="truncate", method="GET"))

    # http_get catches RemoteProtocolError, sleeps 1 s and fetches again (5 tries).
    assert read(download(hub, cache, "LICENSE")) == FILES["LICENSE"]
    assert [method for method, _, _ in hub.requests] == ["HEAD", "GET", "GET"]


def test_hang_hits_client_timeout(hub: FakeHub, api: HfApi) -> None:
    hub.inject(r"^/api/models/acme/good$", Failure(mode="hang", delay=5))

    with pytest.raises(_transport_error()) as info:
        api.model_info(REPO, timeout=0.2)
    assert type(info.value).__name__ == "ReadTimeout"


def test_latency_is_applied(hub: FakeHub, api: HfApi) -> None:
    hub.latency = 0.2
    started = time.monotonic()
    api.model_info(REPO)
    assert time.monotonic() - started >= 0.2


def test_request_log_records_headers(hub: FakeHub, api: HfApi) -> None:
    api.model_info(REPO, files_metadata=True)

    method, path, headers = hub.requests[-1]
    assert (method, path) == ("GET", "/api/models/acme/good?blobs=true")
    assert "hf_hub/" in headers["user-agent"]
    assert "authorization" not in headers


# -- fixture loading ----------------------------------------------------------------------


def test_load_dir(tmp_path: Path) -> None:
    root = tmp_path / "hub"
    (root / "org" / "plain" / "sub").mkdir(parents=True)
    (root / "org" / "plain" / "README.md").write_text("---\nlicense: mit\n---\n")
    (root / "org" / "plain" / "sub" / "LICENSE").write_text("MIT")
    (root / "org" / "locked").mkdir(parents=True)
    (root / "org" / "locked" / "LICENSE").write_text("terms")
    (root / "org" / "locked" / "repo.yaml").write_text("gated: manual\ntags: [custom]\n")

    with FakeHub() as hub:
        shas = hub.load_dir(root)
        api = HfApi(endpoint=hub.url, token=False)

        assert sorted(shas) == ["org/locked", "org/plain"]
        assert api.list_repo_files("org/plain") == ["README.md", "sub/LICENSE"]
        locked = api.model_info("org/locked")
        assert locked.sha == shas["org/locked"]
        assert locked.gated == "manual"
        assert locked.tags is not None
        assert "custom" in locked.tags
        assert [s.rfilename for s in locked.siblings or []] == ["LICENSE"]


def test_fakehub_rejects_bad_input() -> None:
    hub = FakeHub()
    with pytest.raises(ValueError, match="org/name"):
        hub.add_repo("noslash", {})
    with pytest.raises(ValueError, match="gated"):
        hub.add_repo("a/b", {}, gated="sometimes")
    with pytest.raises(ValueError, match="mode"):
        Failure(mode="explode")  # type: ignore[arg-type]
    with pytest.raises(RuntimeError):
        _ = hub.url
