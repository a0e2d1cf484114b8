"""The Ollama source against a loopback registry (real HTTP): manifest, then only the small
layers, each checked against its digest; pinned, offline, and every hostile answer refused."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.errors import SourceError, TargetError
from auditor.model import ModelResult, Severity, SourceKind, SourceSnapshot, Verdict
from auditor.model.codec import render_json
from auditor.sources.base import MAX_LICENSE_FILE_BYTES, parse_target
from auditor.sources.hub import HubOptions
from auditor.sources.hub_limits import MAX_LICENSE_FILES_PER_MODEL
from auditor.sources.ollama import fetch_ollama_snapshot
from auditor.sources.ollama_http import MAX_REDIRECTS
from tests.ollamafake import LICENSE, MODEL, PARAMS, FakeOllamaRegistry, build_model, digest_of

# The retries these tests provoke pause 10 ms, not 1 s then 2 s (the pauses are checked at
# their real length in tests/sources/test_retry_pauses.py).
pytestmark = pytest.mark.usefixtures("quick_retries")

# A license of our own, written for these tests, that reads as permissive.
PERMISSIVE = (
    "Wren Model License\n\nYou may use, copy, modify and distribute the model for any purpose, "
    "including commercial purposes.\n"
)


@pytest.fixture
def registry() -> Iterator[FakeOllamaRegistry]:
    with FakeOllamaRegistry() as fake:
        yield fake


@pytest.fixture(autouse=True)
def ollama_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "ollama-cache"
    monkeypatch.setenv("AUDITOR_OLLAMA_CACHE", str(cache))
    monkeypatch.delenv("AUDITOR_OLLAMA_TOKEN", raising=False)
    return cache


def hub(tmp_path: Path, **kw: object) -> HubOptions:
    # a Hub that is not there: an Ollama model naming no Hub origin never asks it
    return HubOptions(endpoint="http://127.0.0.1:9", cache_dir=tmp_path / "hf", **kw)  # type: ignore[arg-type]


def snapshot_of(ref: str, tmp_path: Path, **kw: object) -> SourceSnapshot:
    return fetch_ollama_snapshot(parse_target(ref), hub(tmp_path, **kw))


def scan(ref: str, tmp_path: Path) -> ModelResult:
    (model,) = audit([ref], AuditOptions(hub=hub(tmp_path), use_cache=False)).models
    return model


def test_the_manifest_then_only_the_small_layers_never_the_weights(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    built = build_model(licenses=(PERMISSIVE,), params={"stop": ["<|eot|>"]}, system="Be brief.")
    digest = registry.add("acme", "wren", "7b", built)
    snapshot = snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert snapshot.resolved_sha == digest == digest_of(built.manifest)
    assert snapshot.revision == "7b"
    assert snapshot.endpoint == f"http://{registry.host}"
    (license_file,) = snapshot.license_files
    assert (license_file.path, license_file.text) == ("LICENSE", PERMISSIVE)
    asked = {s.path.rsplit("/", 1)[1] for s in registry.seen("/blobs/")}
    small = {built.layer(m)["digest"] for m in (LICENSE, PARAMS)}
    assert small <= asked
    assert built.layer(MODEL)["digest"] not in asked  # the weights are never asked for
    assert len(asked) == 4  # license, params, template, system: nothing else (no config)


def test_a_model_is_judged_by_its_license_layer(
    registry: FakeOllamaRegistry, tmp_path: Path, corpus: Path
) -> None:
    mit = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    digest = registry.add("acme", "wren", "7b", build_model(licenses=(mit,)))
    model = scan(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert model.source is not None and model.source.kind is SourceKind.OLLAMA
    assert (model.source.revision, model.source.resolved_sha) == ("7b", digest)
    assert [(f.path, f.identified_as) for f in model.license_files] == [("LICENSE", "MIT")]
    assert model.license is not None and model.license.id == "MIT"
    # MIT allows any use; the license layer is how an Ollama publisher declares its license:
    # no "not declared" finding, and the declaration says where it came from. A tag can be moved
    # to another manifest, so the unpinned reference warns; pinned to its digest it passes
    assert [f.rule for f in model.findings if f.severity is not Severity.INFO] == [
        "model-ref-unpinned"
    ]
    assert "license-not-declared" not in {f.rule for f in model.findings}
    pinned = scan(f"ollama:{registry.host}/acme/wren:7b@{digest}", tmp_path)
    assert pinned.verdict is Verdict.PASS, [f.rule for f in pinned.findings]
    assert model.declared.license == "mit"
    assert model.declared.origin == "Ollama manifest license layer"


def test_the_default_tag_is_latest_and_several_license_layers_are_kept_apart(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.add("acme", "wren", "latest", build_model(licenses=(PERMISSIVE, "Use policy\n")))
    snapshot = snapshot_of(f"ollama:{registry.host}/acme/wren", tmp_path)
    assert [f.path for f in snapshot.license_files] == ["LICENSE-1", "LICENSE-2"]
    assert registry.seen("/manifests/latest$")


def test_a_pinned_digest_is_verified_and_then_read_without_a_request(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    digest = registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    ref = f"ollama:{registry.host}/acme/wren:7b@{digest}"
    assert snapshot_of(ref, tmp_path).resolved_sha == digest
    assert registry.seen(f"/manifests/{digest}$")  # asked by digest, not by the tag
    before = len(registry.seen())
    again = snapshot_of(ref, tmp_path)  # online, but every piece is in the cache by digest
    assert again.resolved_sha == digest and again.license_files[0].text == PERMISSIVE
    assert len(registry.seen()) == before


def test_a_pin_the_registry_does_not_hold_is_a_missing_revision(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    other = digest_of(b"another manifest")
    with pytest.raises(TargetError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b@{other}", tmp_path)
    assert caught.value.code == "source-revision-not-found"
    assert other in caught.value.message


def test_offline_the_cache_answers_and_says_so(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    digest = registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    ref = f"ollama:{registry.host}/acme/wren:7b"
    snapshot_of(ref, tmp_path)
    before = len(registry.seen())
    offline = snapshot_of(ref, tmp_path, offline=True)
    assert len(registry.seen()) == before  # not one request
    assert offline.resolved_sha == digest
    assert offline.license_files[0].text == PERMISSIVE
    assert [f.rule for f in offline.findings] == ["source-offline-cache"]


def test_offline_without_the_model_cached_is_a_clear_error(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    with pytest.raises(TargetError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path, offline=True)
    assert caught.value.code == "source-not-cached"
    assert not registry.seen()


def test_a_layer_whose_bytes_are_not_its_digest_is_refused_naming_it(
    registry: FakeOllamaRegistry, tmp_path: Path, ollama_cache: Path
) -> None:
    built = build_model(licenses=(PERMISSIVE,))
    registry.add("acme", "wren", "7b", built)
    layer = built.layer(LICENSE)["digest"]
    registry.corrupt(layer, PERMISSIVE.replace("any purpose", "research only").encode())
    with pytest.raises(SourceError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert caught.value.code == "source-digest-mismatch"
    assert layer in caught.value.message
    assert not (ollama_cache / "blobs" / layer.replace(":", "-")).exists()  # never kept
    model = scan(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert model.verdict is Verdict.ERROR
    assert [f.rule for f in model.findings] == ["source-digest-mismatch"]


def test_a_manifest_that_is_not_its_pinned_digest_is_refused(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    honest = build_model(licenses=(PERMISSIVE,))
    digest = registry.add("acme", "wren", "7b", honest)
    registry.fail(f"/manifests/{digest}$", 307, location="/v2/acme/wren/manifests/other")
    registry.add("acme", "wren", "other", build_model(licenses=("Research only.\n",)))
    with pytest.raises(SourceError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b@{digest}", tmp_path)
    assert caught.value.code == "source-digest-mismatch"
    assert digest in caught.value.message


def test_a_missing_model_and_a_missing_tag_are_told_apart(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    with pytest.raises(TargetError) as tag:
        snapshot_of(f"ollama:{registry.host}/acme/wren:70b", tmp_path)
    assert tag.value.code == "source-revision-not-found"
    assert "'70b'" in tag.value.message
    with pytest.raises(TargetError) as model:
        snapshot_of(f"ollama:{registry.host}/acme/heron:7b", tmp_path)
    assert model.value.code == "source-repo-not-found"
    assert "acme/heron" in model.value.message


def test_a_huge_license_layer_is_refused_before_any_byte_is_asked(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    huge = 5 * 1024**3
    built = build_model(licenses=(PERMISSIVE,), params={}, sizes={LICENSE: huge, PARAMS: huge})
    registry.add("acme", "wren", "7b", built)
    snapshot = snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    (license_file,) = snapshot.license_files
    assert license_file.text is None and license_file.size == huge
    assert [f.rule for f in snapshot.findings] == ["license-file-too-large"]
    assert f"{MAX_LICENSE_FILE_BYTES:,}" in snapshot.findings[0].message
    asked = {s.path.rsplit("/", 1)[1] for s in registry.seen("/blobs/")}
    assert not asked & {built.layer(LICENSE)["digest"], built.layer(PARAMS)["digest"]}


def test_a_layer_answered_longer_than_the_manifest_says_is_refused(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    built = build_model(licenses=(PERMISSIVE,))
    registry.add("acme", "wren", "7b", built)
    registry.corrupt(built.layer(LICENSE)["digest"], PERMISSIVE.encode() * 50)
    with pytest.raises(SourceError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert caught.value.code == "source-digest-mismatch"


def test_blobs_follow_a_redirect_without_the_token(
    registry: FakeOllamaRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "ollama-secret-token-1234"
    monkeypatch.setenv("AUDITOR_OLLAMA_TOKEN", token)
    registry.require_token(token)
    registry.redirect_blobs()
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    result = audit(
        [f"ollama:{registry.host}/acme/wren:7b"], AuditOptions(hub=hub(tmp_path), use_cache=False)
    )
    (model,) = result.models
    assert [f.path for f in model.license_files] == ["LICENSE"]
    assert all(s.authorization == f"Bearer {token}" for s in registry.seen("^/v2/"))
    cdn = registry.seen("^/cdn/")
    assert cdn and all(s.authorization is None for s in cdn)  # another host: no token
    assert token not in render_json(result)


def test_a_redirect_loop_ends_at_the_bound(registry: FakeOllamaRegistry, tmp_path: Path) -> None:
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    registry.fail("/blobs/", 307, location="/v2/acme/wren/blobs/again")
    with pytest.raises(SourceError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert caught.value.code == "source-redirect-loop"
    assert len(registry.seen("/blobs/")) == MAX_REDIRECTS + 1


def test_a_redirect_down_to_plain_http_or_another_scheme_is_not_followed(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    registry.fail("/blobs/", 302, location="file:///etc/passwd")
    with pytest.raises(SourceError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert caught.value.code == "source-http-error"
    assert "not followed" in caught.value.message


def test_without_the_token_a_private_registry_is_a_clear_refusal(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.require_token("needed-token-5678")
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    with pytest.raises(TargetError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert caught.value.code == "source-gated-no-access"
    assert "AUDITOR_OLLAMA_TOKEN" in str(caught.value)


def test_a_registry_that_is_not_there_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as caught:
        snapshot_of("ollama:127.0.0.1:9/acme/wren:7b", tmp_path)
    assert caught.value.code == "source-unreachable"


def test_a_manifest_that_is_not_one_is_a_clear_error(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    registry.state.models[("acme", "wren")]["7b"] = b'{"schemaVersion": 2, "layers": "none"}'
    with pytest.raises(SourceError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert caught.value.code == "source-http-error"
    assert "layers" in caught.value.message


def test_the_lock_keeps_the_digest_and_a_moved_tag_is_drift(
    registry: FakeOllamaRegistry, tmp_path: Path, corpus: Path
) -> None:
    from typer.testing import CliRunner

    from auditor.cli.main import app

    mit = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    first = registry.add("acme", "wren", "7b", build_model(licenses=(mit,)))
    manifest = tmp_path / "models.yaml"
    manifest.write_text(
        "version: 1\norganization: {name: A, domicile: US}\n"
        "deployment: {distribution: saas}\n"
        f"models:\n  - ollama:{registry.host}/acme/wren:7b\n",
        encoding="utf-8",
    )
    common = ["--endpoint", "http://127.0.0.1:9"]
    runner = CliRunner()
    locked = runner.invoke(app, ["lock", str(manifest), *common])
    assert locked.exit_code == 0, locked.output
    assert first in (tmp_path / "auditor.lock").read_text(encoding="utf-8")
    clean = runner.invoke(app, ["check", str(manifest), "--locked", *common])
    assert clean.exit_code == 0, clean.output
    # the tag now names another manifest (same license, new build): a new revision
    moved = registry.add("acme", "wren", "7b", build_model(licenses=(mit,), system="Be brief."))
    assert moved != first
    drift = runner.invoke(app, ["check", str(manifest), "--locked", *common, "--format", "json"])
    assert drift.exit_code == 1, drift.output
    assert "drift-new-revision" in drift.stdout
    assert f"{first} -> {moved}" in drift.stdout


def test_a_manifest_with_thousands_of_license_layers_costs_a_bounded_number_of_requests(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    texts = tuple(f"License part {n}\n" for n in range(200))
    registry.add("acme", "wren", "7b", build_model(licenses=texts, template=None))
    snapshot = snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    read = [f for f in snapshot.license_files if f.text is not None]
    assert len(read) == MAX_LICENSE_FILES_PER_MODEL
    assert len(snapshot.license_files) == 200
    assert len(registry.seen("/blobs/")) == MAX_LICENSE_FILES_PER_MODEL
    (finding,) = [f for f in snapshot.findings if f.rule == "source-too-many-files"]
    assert "200 license layers" in finding.message


def test_a_registry_that_does_not_answer_ends_at_the_model_s_deadline(
    registry: FakeOllamaRegistry, tmp_path: Path
) -> None:
    registry.add("acme", "wren", "7b", build_model(licenses=(PERMISSIVE,)))
    registry.hang("/manifests/", 4.0)
    started = time.monotonic()
    with pytest.raises(SourceError) as caught:
        snapshot_of(f"ollama:{registry.host}/acme/wren:7b", tmp_path, deadline=1.0)
    assert caught.value.code == "source-limit-reached"
    assert time.monotonic() - started < 3.5  # the deadline, not the server, ended it


def test_the_template_layer_is_the_chat_template_whose_digest_is_recorded(
    registry: FakeOllamaRegistry, tmp_path: Path, corpus: Path
) -> None:
    # the template layer decides the prompt format the model runs with: a changed template is
    # drift (gate/drift_artefacts.py), so its sha256 is recorded like a Hub model's
    mit = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    template = "{{ if .System }}<|system|>{{ .System }}{{ end }}<|user|>{{ .Prompt }}"
    registry.add("acme", "wren", "7b", build_model(licenses=(mit,), template=template))
    model = scan(f"ollama:{registry.host}/acme/wren:7b", tmp_path)
    assert model.artefacts is not None
    assert model.artefacts["chat_template_sha256"] == hashlib.sha256(template.encode()).hexdigest()
    assert model.artefacts["scan_status"] == "unknown" and model.artefacts["scanned_by"] == []
