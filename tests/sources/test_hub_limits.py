"""Bounded Hub downloads (issue 16, class 2): caps while streaming, per model and per run.

Each case is a hostile answer from the loopback Hub's fault hooks; the bounds are made small
through HubOptions so every test ends quickly. No timing assertion: each test checks that the
run ended, with a clear `source-*` finding for the model, and the other model audited.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.errors import SourceError
from auditor.model import Category, ModelResult, Verdict
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from auditor.sources.hub_limits import RunBudget
from tests.fakehub import Failure, FakeHub

# The retries these tests provoke pause 10 ms, not 1 s then 2 s (the pauses are checked at
# their real length in tests/sources/test_retry_pauses.py).
pytestmark = pytest.mark.usefixtures("quick_retries")

CARD = "---\nlicense: apache-2.0\n---\n# A Quill model\n"
LICENSE = "Quill Model License\nYou may use the model for any purpose, commercial included.\n"
BAD_LICENSE = r"^/acme/bad/resolve/[0-9a-f]{40}/LICENSE(\?|$)"
BAD_INFO = r"^/api/models/acme/bad(/|\?|$)"


def hub_options(hub: FakeHub, tmp_path: Path, **kw: object) -> HubOptions:
    return HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf", **kw)  # type: ignore[arg-type]


def two_models(hub: FakeHub, tmp_path: Path, bad: dict[str, bytes | str] | None = None) -> Path:
    files: dict[str, bytes | str] = {"README.md": CARD, "LICENSE": LICENSE}
    good_sha = hub.add_repo("acme/good", files)
    bad_sha = hub.add_repo("acme/bad", bad or files)
    manifest = tmp_path / "models.yaml"
    manifest.write_text(f"models:\n  - ref: acme/good@{good_sha}\n  - ref: acme/bad@{bad_sha}\n")
    return manifest


def run(manifest: Path, hub: HubOptions, tmp_path: Path) -> dict[str, ModelResult]:
    result = audit_manifest(manifest, AuditOptions(hub=hub, cache_dir=tmp_path / "analysis"))
    models = {m.ref.split("@")[0]: m for m in result.models}
    assert models["acme/good"].verdict is not Verdict.ERROR, models["acme/good"].findings
    return models


def source_text(model: ModelResult) -> str:
    return " | ".join(f.message for f in model.findings if f.category is Category.SOURCE)


def no_partial_cache_files(tmp_path: Path) -> None:
    stray = [p for p in tmp_path.rglob("*") if p.name.endswith((".tmp", ".incomplete"))]
    assert not stray, stray


# --- a file announced small and streamed huge -----------------------------------------------


def test_a_file_listed_small_and_streamed_huge_is_cut_while_streaming(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = two_models(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(mode="flood", method="GET", times=None))
    models = run(manifest, hub_options(fake_hub, tmp_path), tmp_path)
    bad = models["acme/bad"]
    assert bad.verdict is Verdict.ERROR
    assert "more than the" in source_text(bad) and "bytes it listed" in source_text(bad)
    assert fake_hub.flooded < 64 << 20  # the client hung up; it did not read a GiB
    cached = sum(p.stat().st_size for p in (tmp_path / "hf").rglob("*") if p.is_file())
    assert cached < 64 * 1024
    no_partial_cache_files(tmp_path)


def test_a_lying_content_length_over_the_cap_is_refused_before_reading(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = two_models(fake_hub, tmp_path)
    lying = Failure(mode="flood", headers={"Content-Length": str(1 << 30)}, method="GET")
    fake_hub.inject(BAD_LICENSE, lying)
    models = run(manifest, hub_options(fake_hub, tmp_path), tmp_path)
    assert models["acme/bad"].verdict is Verdict.ERROR
    assert "bytes it listed" in source_text(models["acme/bad"])
    no_partial_cache_files(tmp_path)


# --- time: drip, silence, retries -----------------------------------------------------------


def test_a_server_dripping_bytes_ends_the_model_at_its_deadline(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = two_models(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(mode="drip", delay=0.05, method="GET", times=None))
    models = run(manifest, hub_options(fake_hub, tmp_path, deadline=1.0, timeout=5.0), tmp_path)
    bad = models["acme/bad"]
    assert bad.verdict is Verdict.ERROR
    assert "deadline of 1 s per model passed" in source_text(bad)
    assert len(fake_hub.requests_matching(BAD_LICENSE)) == 1


def test_a_server_dripping_its_headers_ends_the_model_at_its_deadline(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    # each byte arrives well within the read timeout, so only the deadline can end it
    manifest = two_models(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(mode="drip-head", delay=0.05, method="GET", times=None))
    models = run(manifest, hub_options(fake_hub, tmp_path, deadline=1.0, timeout=5.0), tmp_path)
    bad = models["acme/bad"]
    assert bad.verdict is Verdict.ERROR
    assert "deadline of 1 s per model passed" in source_text(bad)
    assert len(fake_hub.requests_matching(BAD_LICENSE)) == 1
    assert models["acme/good"].verdict is not Verdict.ERROR


def test_a_silent_server_costs_one_timeout_not_minutes_of_retries(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = two_models(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(mode="hang", delay=30.0, method="GET", times=None))
    models = run(manifest, hub_options(fake_hub, tmp_path, timeout=0.5), tmp_path)
    assert models["acme/bad"].verdict is Verdict.ERROR
    assert "did not answer in time" in source_text(models["acme/bad"])
    assert len(fake_hub.requests_matching(BAD_LICENSE)) == 1
    assert not fake_hub.requests_matching(BAD_LICENSE, method="HEAD")


@pytest.mark.parametrize("times", [1, None])
def test_a_5xx_is_tried_again_a_bounded_number_of_times(
    fake_hub: FakeHub, tmp_path: Path, times: int | None
) -> None:
    manifest = two_models(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(status=503, method="GET", times=times))
    models = run(manifest, hub_options(fake_hub, tmp_path), tmp_path)
    gets = fake_hub.requests_matching(BAD_LICENSE, method="GET")
    if times == 1:  # one retry heals it
        assert models["acme/bad"].verdict is not Verdict.ERROR
        assert len(gets) == 2
    else:
        assert models["acme/bad"].verdict is Verdict.ERROR
        assert "HTTP 503" in source_text(models["acme/bad"])
        assert len(gets) == 3


# --- counts: license files, requests, bytes, the run ----------------------------------------


def test_thousands_of_license_files_cost_a_bounded_number_of_requests(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    files: dict[str, bytes | str] = {"README.md": CARD, "LICENSE": LICENSE}
    files.update({f"licenses/NOTICE-{i:04}.txt": f"Notice {i}\n" for i in range(3_000)})
    sha = fake_hub.add_repo("acme/many", files)
    target = parse_target(f"acme/many@{sha}")
    snapshot = fetch_hub_snapshot(target, hub_options(fake_hub, tmp_path, max_license_files=8))
    fetched = fake_hub.requests_matching(r"^/acme/many/resolve/")
    assert len(fetched) <= 1 + 8
    assert "LICENSE" in {f.path for f in snapshot.license_files if f.text is not None}
    unread = [f for f in snapshot.license_files if f.skipped and "more than 8" in f.skipped]
    assert len(unread) == 3_001 - 8
    found = {f.rule: f.message for f in snapshot.findings}
    assert "only 8 were read" in found["source-too-many-files"]


def test_the_default_caps_fetch_at_most_32_license_files(fake_hub: FakeHub, tmp_path: Path) -> None:
    files: dict[str, bytes | str] = {"README.md": CARD}
    files.update({f"LICENSE-{i:03}": f"Notice {i}\n" for i in range(100)})
    sha = fake_hub.add_repo("acme/many", files)
    snapshot = fetch_hub_snapshot(parse_target(f"acme/many@{sha}"), hub_options(fake_hub, tmp_path))
    assert len(fake_hub.requests_matching(r"^/acme/many/resolve/")) == 1 + 32
    assert "source-too-many-files" in {f.rule for f in snapshot.findings}


def test_the_request_bound_per_model_reports_the_rest_as_not_downloaded(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    files: dict[str, bytes | str] = {"README.md": CARD}
    files.update({f"LICENSE-{i}": f"Notice {i}\n" for i in range(6)})
    sha = fake_hub.add_repo("acme/few", files)
    options = hub_options(fake_hub, tmp_path, max_requests=4)
    snapshot = fetch_hub_snapshot(parse_target(f"acme/few@{sha}"), options)
    assert len(fake_hub.requests) == 4  # listing, card, two license files
    assert snapshot.incomplete is not None and "4 Hub requests per model" in snapshot.incomplete
    skipped = [f for f in snapshot.license_files if f.text is None]
    assert len(skipped) == 4


def test_the_byte_bound_per_model_stops_downloads(fake_hub: FakeHub, tmp_path: Path) -> None:
    files: dict[str, bytes | str] = {"README.md": CARD}
    # distinct texts: identical copies are downloaded once (issue 31)
    files.update({f"LICENSE-{i}": f"{i}" + "x" * 2999 for i in range(5)})
    sha = fake_hub.add_repo("acme/big", files)
    options = hub_options(fake_hub, tmp_path, max_bytes=8000)
    snapshot = fetch_hub_snapshot(parse_target(f"acme/big@{sha}"), options)
    assert snapshot.incomplete is not None and "8,000 downloaded bytes" in snapshot.incomplete


def test_the_run_budget_is_shared_by_its_models(fake_hub: FakeHub, tmp_path: Path) -> None:
    manifest = two_models(fake_hub, tmp_path)
    options = hub_options(fake_hub, tmp_path, run=RunBudget(max_requests=3))
    result = audit_manifest(manifest, AuditOptions(hub=options, cache_dir=tmp_path / "a"))
    verdicts = [m.verdict for m in result.models]
    assert Verdict.ERROR in verdicts  # three requests cannot audit two models
    texts = " ".join(f.message for m in result.models for f in m.findings)
    assert "the run's bound of 3 Hub requests was reached" in texts
    assert len(fake_hub.requests) <= 4


# --- the listing: a gzip bomb, wrong JSON types -------------------------------------------


def gzip_bomb(size: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=1) as handle:
        zeros = b"\0" * (1 << 20)
        for _ in range(size >> 20):
            handle.write(zeros)
    return out.getvalue()


def test_a_gzip_bomb_listing_is_refused_at_its_decompressed_cap(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = two_models(fake_hub, tmp_path)
    bomb = Failure(
        status=200,
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        body=gzip_bomb(256 << 20),
        times=None,
    )
    fake_hub.inject(BAD_INFO, bomb)
    models = run(manifest, hub_options(fake_hub, tmp_path), tmp_path)
    bad = models["acme/bad"]
    assert bad.verdict is Verdict.ERROR
    assert bad.findings[0].rule == "source-limit-reached"
    assert "larger than 16,777,216 bytes (decompressed)" in bad.findings[0].message


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"siblings": "README.md"}, "`siblings` is a string, expected a list"),
        ({"siblings": [["README.md"]]}, "`siblings[0]` has no file name"),
        ({"siblings": [{"rfilename": "LICENSE", "size": "12"}]}, "`siblings[0].size`"),
        ({"cardData": ["license", "mit"]}, "`cardData` is a list, expected an object"),
        ({"sha": 12345}, "`sha` is a number, not a commit sha"),
        ({"gated": {"x": 1}}, "`gated` is an object"),
    ],
)
def test_wrong_json_types_in_the_listing_are_that_models_finding(
    fake_hub: FakeHub, tmp_path: Path, change: dict[str, object], words: str
) -> None:
    manifest = two_models(fake_hub, tmp_path)
    sha = fake_hub.resolve("acme/bad")
    listing = {"id": "acme/bad", "sha": sha, "siblings": [{"rfilename": "README.md"}], **change}
    body = json.dumps(listing).encode()
    fake_hub.inject(BAD_INFO, Failure(status=200, body=body, times=None))
    models = run(manifest, hub_options(fake_hub, tmp_path), tmp_path)
    bad = models["acme/bad"]
    assert bad.verdict is Verdict.ERROR
    assert words in bad.findings[0].message, bad.findings[0].message


def test_a_listing_that_is_not_an_object_is_a_source_error(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/odd", {"README.md": CARD})
    fake_hub.inject(r"^/api/models/acme/odd", Failure(status=200, body=b"[1, 2]", times=None))
    with pytest.raises(SourceError, match="the answer is a list, expected an object"):
        fetch_hub_snapshot(parse_target(f"acme/odd@{sha}"), hub_options(fake_hub, tmp_path))


# --- the cache: complete files only, offline still served ---------------------------------


def test_downloads_are_kept_in_the_client_cache_layout_and_serve_offline(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo("acme/good", {"README.md": CARD, "LICENSE": LICENSE})
    online = fetch_hub_snapshot(parse_target("acme/good"), hub_options(fake_hub, tmp_path))
    repo = tmp_path / "hf" / "models--acme--good"
    assert (repo / "refs" / "main").read_text() == online.resolved_sha
    assert (repo / "snapshots" / str(online.resolved_sha) / "LICENSE").read_text() == LICENSE
    fake_hub.stop()
    offline = fetch_hub_snapshot(
        parse_target("acme/good"), hub_options(fake_hub, tmp_path, offline=True)
    )
    assert offline.resolved_sha == online.resolved_sha
    assert [f.text for f in offline.license_files] == [LICENSE]
    no_partial_cache_files(tmp_path)
