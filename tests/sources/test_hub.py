"""The Hub source against the loopback fake Hub, through the real huggingface_hub client."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.errors import SourceError, TargetError
from auditor.model import ModelResult, Severity, Verdict
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from tests.fakehub import Failure, FakeHub

# The retries these tests provoke pause 10 ms, not 1 s then 2 s (the pauses are checked at
# their real length in tests/sources/test_retry_pauses.py).
pytestmark = pytest.mark.usefixtures("quick_retries")

APACHE_CARD = "---\nlicense: apache-2.0\nlanguage: en\n---\n# Good model\n"
LLAMA_CARD = "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Tuned\n"
# A fixture written for these tests: a short license of its own that reads as permissive (a
# LICENSE that reads as nothing at all is a finding since issue 14).
LICENSE_TEXT = (
    "Acme Model License\nYou may use, copy, modify and distribute the model for any purpose, "
    "including commercial purposes.\n"
)


def options(hub: FakeHub, tmp_path: Path, **kw: object) -> AuditOptions:
    hub_options = HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf-cache", **kw)  # type: ignore[arg-type]
    return AuditOptions(hub=hub_options)


def only(result_models: tuple[ModelResult, ...]) -> ModelResult:
    assert len(result_models) == 1
    return result_models[0]


def rules(model: ModelResult) -> set[str]:
    return {f.rule for f in model.findings}


def cleared(model: ModelResult) -> bool:
    """Nothing blocks or warns but the reference not being pinned to a commit."""
    concerns = {f.rule for f in model.findings if f.severity is not Severity.INFO}
    return model.verdict in (Verdict.PASS, Verdict.WARN) and concerns <= {"model-ref-unpinned"}


def test_success_reads_card_and_license_files_never_weights(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo(
        "acme/good",
        {
            "README.md": APACHE_CARD,
            "LICENSE": LICENSE_TEXT,
            "NOTICE": "Acme notice\n",
            "model.safetensors": b"\x00" * 4096,
            "config.json": "{}",
        },
    )
    model = only(audit(["acme/good"], options(fake_hub, tmp_path)).models)
    assert cleared(model)
    assert model.source is not None
    assert model.source.resolved_sha == sha
    assert model.source.repo_id == "acme/good"
    assert model.source.gated is False
    assert model.source.endpoint == fake_hub.url
    assert model.declared.license == "apache-2.0"
    assert model.license is not None
    assert model.license.id == "Apache-2.0"
    assert model.license.method == "declared-tag"
    assert [f.path for f in model.license_files] == ["LICENSE", "NOTICE"]
    assert model.license_files[0].sha256 is not None
    fetched = [path for method, path, _ in fake_hub.requests if "/resolve/" in path]
    assert fetched, "nothing was downloaded"
    # a small config.json is read once, for the parent it may name (lineage), never weights
    assert [p for p in fetched if "config.json" in p] == [f"/acme/good/resolve/{sha}/config.json"]
    # a safetensors file is asked only for its header, by a bounded Range (issue 31)
    ranges = [h.get("range", "") for _, p, h in fake_hub.requests if "safetensors" in p]
    assert all(r.startswith("bytes=0-") and int(r.split("-")[1]) < 1 << 16 for r in ranges)
    # Every download is pinned to the resolved commit, not to the moving branch.
    assert all(f"/resolve/{sha}/" in p for p in fetched)


def test_pinned_revision_reads_that_commit(fake_hub: FakeHub, tmp_path: Path) -> None:
    old = fake_hub.add_repo("acme/moving", {"README.md": LLAMA_CARD})
    new = fake_hub.add_repo("acme/moving", {"README.md": APACHE_CARD})
    fake_hub.add_tag("acme/moving", "v1.0", old)
    opts = options(fake_hub, tmp_path)
    pinned, tagged, latest = audit(
        [f"acme/moving@{old}", "hf:acme/moving@v1.0", "acme/moving"], opts
    ).models
    assert pinned.source is not None and pinned.source.resolved_sha == old
    assert pinned.source.revision == old
    assert pinned.declared.license == "llama3.1"
    assert tagged.source is not None and tagged.source.resolved_sha == old
    assert latest.source is not None and latest.source.resolved_sha == new
    assert latest.declared.license == "apache-2.0"


def test_gated_without_access_is_a_finding_with_the_hint(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo(
        "acme/gated",
        {"README.md": LLAMA_CARD, "LICENSE": LICENSE_TEXT},
        gated="manual",
        card_public=False,
    )
    model = only(audit(["acme/gated"], options(fake_hub, tmp_path)).models)
    assert model.verdict is Verdict.ERROR
    assert model.source is not None and model.source.gated is True
    failing = [f for f in model.findings if f.rule == "source-file-unavailable"]
    assert failing, rules(model)
    assert "accept the terms on the model page and set HF_TOKEN" in failing[0].message
    # The Hub's public metadata still says which license is declared.
    assert model.declared.license == "llama3.1"


def test_gated_with_public_card_still_needs_access_for_the_license(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo(
        "acme/gated-card", {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT}, gated="auto"
    )
    model = only(audit(["acme/gated-card"], options(fake_hub, tmp_path)).models)
    assert model.verdict is Verdict.ERROR
    assert model.declared.license == "apache-2.0"
    assert [f.path for f in model.license_files] == ["LICENSE"]
    assert model.license_files[0].sha256 is None


def test_gated_with_granted_token_passes(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo(
        "acme/gated-ok", {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT}, gated="manual"
    )
    fake_hub.grant("hf_sentinel_token_123", "acme/gated-ok")
    model = only(
        audit(["acme/gated-ok"], options(fake_hub, tmp_path, token="hf_sentinel_token_123")).models
    )
    assert cleared(model)
    assert model.source is not None and model.source.gated is True
    assert model.license_files[0].sha256 is not None
    sent = [h.get("authorization") for _, p, h in fake_hub.requests if "/resolve/" in p]
    assert sent and all(a == "Bearer hf_sentinel_token_123" for a in sent)


def test_repo_not_found(fake_hub: FakeHub, tmp_path: Path) -> None:
    model = only(audit(["acme/nothing-here"], options(fake_hub, tmp_path)).models)
    assert model.verdict is Verdict.ERROR
    assert rules(model) == {"source-repo-not-found"}
    assert "repo not found" in model.findings[0].message
    assert model.findings[0].remediation is not None


def test_revision_not_found(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/good", {"README.md": APACHE_CARD})
    model = only(audit(["acme/good@no-such-branch"], options(fake_hub, tmp_path)).models)
    assert rules(model) == {"source-revision-not-found"}
    assert "'no-such-branch'" in model.findings[0].message


def test_missing_file_is_reported(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/good", {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT})
    fake_hub.inject(
        r"/resolve/[0-9a-f]{40}/LICENSE$",
        Failure(status=404, headers={"X-Error-Code": "EntryNotFound"}, times=None),
    )
    model = only(audit(["acme/good"], options(fake_hub, tmp_path)).models)
    assert model.verdict is Verdict.ERROR
    unavailable = [f for f in model.findings if f.rule == "source-file-unavailable"]
    assert unavailable and "file not found" in unavailable[0].message


def test_large_license_file_is_a_finding_not_a_download(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo(
        "acme/big", {"README.md": APACHE_CARD, "LICENSE.txt": "x" * (2 * 1024 * 1024 + 1)}
    )
    model = only(audit(["acme/big"], options(fake_hub, tmp_path)).models)
    assert "license-file-too-large" in rules(model)
    assert model.license_files[0].sha256 is None
    assert not any(p.endswith("/LICENSE.txt") for m, p, _ in fake_hub.requests if m == "GET")


def test_offline_answers_from_cache_without_network(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/good", {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT})
    online = only(audit(["acme/good"], options(fake_hub, tmp_path)).models)
    fake_hub.stop()
    offline = only(audit(["acme/good"], options(fake_hub, tmp_path, offline=True)).models)
    assert cleared(offline)
    assert offline.source is not None and offline.source.resolved_sha == sha
    assert offline.license == online.license
    assert [f.sha256 for f in offline.license_files] == [f.sha256 for f in online.license_files]
    assert "source-offline-cache" in rules(offline)
    pinned = only(audit([f"acme/good@{sha}"], options(fake_hub, tmp_path, offline=True)).models)
    assert pinned.verdict is Verdict.PASS  # pinned: not even the provenance warning


def test_offline_never_cached_is_a_clear_error(tmp_path: Path) -> None:
    target = parse_target("acme/never-seen")
    with pytest.raises(TargetError, match="not in the local Hugging Face cache") as info:
        fetch_hub_snapshot(target, HubOptions(cache_dir=tmp_path, offline=True))
    assert info.value.code == "source-not-cached"
    assert info.value.hint is not None and "without --offline" in info.value.hint


def test_unreachable_endpoint_is_a_source_error(tmp_path: Path) -> None:
    target = parse_target("acme/good")
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    with pytest.raises(SourceError, match="connection to the Hub was refused") as info:
        fetch_hub_snapshot(target, HubOptions(endpoint="http://127.0.0.1:9", cache_dir=tmp_path))
    assert info.value.code == "source-unreachable"


def test_multi_model_run_reports_failures_and_audits_the_rest(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo("acme/good", {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT})
    fake_hub.add_repo(
        "acme/gated",
        {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT},
        gated="manual",
        card_public=False,
    )
    fake_hub.add_repo("acme/llama-tune", {"README.md": LLAMA_CARD})
    result = audit(
        ["acme/good", "acme/missing", "acme/gated", "acme/llama-tune"], options(fake_hub, tmp_path)
    )
    good, missing, gated, llama = result.models
    assert result.verdict is Verdict.ERROR
    assert [m.ref for m in result.models] == [
        "acme/good",
        "acme/missing",
        "acme/gated",
        "acme/llama-tune",
    ]
    assert cleared(good)
    assert missing.verdict is Verdict.ERROR and rules(missing) == {"source-repo-not-found"}
    assert gated.verdict is Verdict.ERROR
    assert llama.license is not None and llama.license.hf == "llama3.1"


def test_server_error_on_model_info(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/good", {"README.md": APACHE_CARD})
    fake_hub.inject(r"^/api/models/acme/good", Failure(status=500, times=None))
    model = only(audit(["acme/good"], options(fake_hub, tmp_path)).models)
    assert rules(model) == {"source-http-error"}
    assert "HTTP 500" in model.findings[0].message


@pytest.mark.parametrize("mode", ["reset", "truncate"])
def test_broken_connection_on_a_file_is_a_finding(
    fake_hub: FakeHub, tmp_path: Path, mode: str
) -> None:
    fake_hub.add_repo("acme/good", {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT})
    fake_hub.add_repo("acme/other", {"README.md": APACHE_CARD})
    fake_hub.inject(r"^/acme/good/resolve/.*/LICENSE$", Failure(mode=mode, times=None))  # type: ignore[arg-type]
    good, other = audit(["acme/good", "acme/other"], options(fake_hub, tmp_path)).models
    assert good.verdict is Verdict.ERROR
    unavailable = [f for f in good.findings if f.rule == "source-file-unavailable"]
    assert unavailable, rules(good)
    assert "LICENSE could not be downloaded" in unavailable[0].message
    assert cleared(other)


def test_lineage_follows_parents_on_the_hub(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo("acme/base", {"README.md": "---\nlicense: cc-by-nc-4.0\n---\n# base\n"})
    fake_hub.add_repo(
        "acme/tune",
        {"README.md": "---\nlicense: apache-2.0\nbase_model: acme/base\n---\n# tune\n"},
    )
    model = only(audit(["acme/tune"], options(fake_hub, tmp_path)).models)
    assert model.license is not None and model.license.id == "Apache-2.0"
    assert model.effective_license is not None
    assert "CC-BY-NC-4.0" in (model.effective_license.id or "")
    assert model.effective_license.kind == "non-commercial"
    assert [(a["ref"], a["resolved_by"]) for a in model.lineage] == [("acme/base", "declared")]
    mismatch = [f for f in model.findings if f.rule == "license-lineage-mismatch"]
    assert mismatch
    assert any("acme/base" in e.text for e in mismatch[0].evidence)
    assert model.terms["commercial_use"] == "prohibited"


def test_apache_labelled_llama_finetune_is_bound_by_llama(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    card = "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# x\n"
    fake_hub.add_repo("acme/llama-tune", {"README.md": card})
    model = only(audit(["acme/llama-tune"], options(fake_hub, tmp_path)).models)
    assert model.effective_license is not None
    assert "LicenseRef-llama-3.1-community" in (model.effective_license.id or "")
    assert model.lineage[0]["resolved_by"] == "registry"
    assert "license-lineage-mismatch" in rules(model)
    assert model.terms["mau_threshold"] == 700_000_000
    # the registry answered: no request for the parent reached the Hub
    assert not [p for _, p, _ in fake_hub.requests if "meta-llama" in p]
