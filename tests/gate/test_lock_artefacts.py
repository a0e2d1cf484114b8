"""Issue 37 in the lockfile: each model's Hub security scan and chat template digest are
recorded, and `check --locked` reports a file the scan newly flags, or a changed chat template,
as drift naming both values; a lock written before these facts, and an offline check (no scan
read), have nothing to compare."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from auditor.api import AuditOptions, check_manifest, lock_manifest
from auditor.errors import InputFileError
from auditor.gate.lock import LockWrite, lock_path_for
from auditor.gate.lock_file import parse_lock, read_lock, render_lock
from auditor.model import AuditResult, Finding, Severity, Verdict
from auditor.sources.hub import HubOptions
from tests.fakehub import FakeHub

CARD = "---\nlicense: apache-2.0\n---\n# Pickled\n"
TEMPLATE = "{% for m in messages %}{{ m.content }}{% endfor %}"
NEW_TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}"
SAFE_BIN = {"status": "safe", "avScan": {"status": "safe"}, "pickleImportScan": {"status": "safe"}}
UNSAFE_BIN = {
    "status": "unsafe",
    "avScan": {"status": "safe"},
    "pickleImportScan": {
        "status": "unsafe",
        "pickleImports": [{"module": "builtins", "name": "exec", "safety": "dangerous"}],
    },
}


def config(template: str) -> str:
    return json.dumps({"chat_template": template})


def add_model(hub: FakeHub) -> str:
    files: dict[str, bytes | str] = {
        "README.md": CARD,
        "LICENSE": "Acme model license text (a fixture written for these tests).\n",
        "tokenizer_config.json": config(TEMPLATE),
        "pytorch_model.bin": b"\x80\x02}q\x00.",
    }
    sha = hub.add_repo("acme/pickled", files)
    hub.set_security("acme/pickled", {"pytorch_model.bin": SAFE_BIN})
    return sha


def options(hub: FakeHub, tmp_path: Path, *, offline: bool = False) -> AuditOptions:
    return AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf", offline=offline),
        cache_dir=tmp_path / "analyses",
        suggest_alternatives=False,
    )


def manifest_for(folder: Path, ref: str) -> Path:
    manifest = folder / "models.yaml"
    manifest.write_text(f"version: 1\nmodels:\n  - {ref}\n", encoding="utf-8")
    return manifest


def locked(hub: FakeHub, tmp_path: Path) -> Path:
    sha = add_model(hub)
    manifest = manifest_for(tmp_path, f"acme/pickled@{sha}")
    assert lock_manifest(manifest, options(hub, tmp_path)).status is LockWrite.CREATED
    return manifest


def drift(result: AuditResult) -> list[Finding]:
    (model,) = result.models
    return [f for f in model.findings if f.rule.startswith("drift-")]


def test_the_lock_records_the_scan_and_the_template_digest(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = locked(fake_hub, tmp_path)
    text = lock_path_for(manifest).read_text(encoding="utf-8")
    assert "scan_status: safe" in text
    digest = hashlib.sha256(TEMPLATE.encode("utf-8")).hexdigest()
    assert f"chat_template_sha256: {digest}" in text
    (entry,) = read_lock(lock_path_for(manifest)).models.values()
    assert (entry.scan_status, entry.scan_files, entry.chat_template_sha256) == ("safe", (), digest)
    checked = check_manifest(manifest, options(fake_hub, tmp_path), locked=True).result
    assert drift(checked) == []


def test_a_file_newly_flagged_is_drift(fake_hub: FakeHub, tmp_path: Path) -> None:
    manifest = locked(fake_hub, tmp_path)
    fake_hub.set_security("acme/pickled", {"pytorch_model.bin": UNSAFE_BIN})  # a rescan
    checked = check_manifest(manifest, options(fake_hub, tmp_path), locked=True).result
    (finding,) = drift(checked)
    assert finding.rule == "drift-artefact-scan-changed"
    assert finding.severity is Severity.BLOCK
    assert "scan status safe -> unsafe" in finding.message
    assert "pytorch_model.bin newly flagged (not flagged -> unsafe)" in finding.message
    assert finding.evidence[0].text.startswith("scan_status: safe")
    assert checked.verdict is Verdict.FAIL


def test_a_file_cleared_is_no_drift(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = add_model(fake_hub)
    fake_hub.set_security("acme/pickled", {"pytorch_model.bin": UNSAFE_BIN})
    manifest = manifest_for(tmp_path, f"acme/pickled@{sha}")
    lock_manifest(manifest, options(fake_hub, tmp_path))
    fake_hub.set_security("acme/pickled", {"pytorch_model.bin": SAFE_BIN})
    checked = check_manifest(manifest, options(fake_hub, tmp_path), locked=True).result
    assert drift(checked) == []


def test_a_changed_chat_template_is_drift_naming_both_digests(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    add_model(fake_hub)
    manifest = manifest_for(tmp_path, "acme/pickled")  # follows the branch
    lock_manifest(manifest, options(fake_hub, tmp_path))
    files = fake_hub.files("acme/pickled")
    fake_hub.add_repo("acme/pickled", {**files, "tokenizer_config.json": config(NEW_TEMPLATE)})
    checked = check_manifest(manifest, options(fake_hub, tmp_path), locked=True).result
    found = {f.rule: f for f in drift(checked)}
    assert set(found) == {"drift-new-revision", "drift-chat-template-changed"}
    before = hashlib.sha256(TEMPLATE.encode("utf-8")).hexdigest()
    after = hashlib.sha256(NEW_TEMPLATE.encode("utf-8")).hexdigest()
    template = found["drift-chat-template-changed"]
    assert template.message == f"chat template changed: sha256 {before} -> {after}"
    assert template.evidence[0].text == f"chat_template_sha256: {before}"


def test_an_offline_check_keeps_what_was_recorded(fake_hub: FakeHub, tmp_path: Path) -> None:
    manifest = locked(fake_hub, tmp_path)
    fake_hub.set_security("acme/pickled", {"pytorch_model.bin": UNSAFE_BIN})
    offline = options(fake_hub, tmp_path, offline=True)
    checked = check_manifest(manifest, offline, locked=True).result
    (model,) = checked.models
    assert model.verdict is not Verdict.ERROR  # read from the cache, so compared with the lock
    assert model.artefacts is not None
    assert model.artefacts["scanned_by"] == []  # the scan is not cached: nothing to compare
    assert model.artefacts["chat_template_sha256"] is not None  # the cached config is read
    assert drift(checked) == []


def test_a_lock_written_before_these_facts_reads_and_compares_nothing(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    manifest = locked(fake_hub, tmp_path)
    path = lock_path_for(manifest)
    old = [
        line
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
        if not line.lstrip().startswith(("scan_status", "scan_files", "chat_template_sha256"))
    ]
    path.write_text("".join(old), encoding="utf-8")
    (entry,) = read_lock(path).models.values()
    assert (entry.scan_status, entry.scan_files, entry.chat_template_sha256) == (None, (), None)
    fake_hub.set_security("acme/pickled", {"pytorch_model.bin": UNSAFE_BIN})
    checked = check_manifest(manifest, options(fake_hub, tmp_path), locked=True).result
    assert not [f for f in drift(checked) if "artefact" in f.rule or "template" in f.rule]


def test_a_recorded_scan_round_trips_and_bad_words_are_reported_with_their_line() -> None:
    text = (
        "version: 1\nmodels:\n  acme/x:\n    resolved_sha: null\n    license: null\n"
        "    effective_license: null\n    license_files: []\n    card: {}\n"
        f"    card_sha256: {'ab' * 32}\n    terms: {{}}\n    terms_sha256: {'ab' * 32}\n"
        "    lineage_roots: []\n    scan_status: suspicious\n"
        "    scan_files:\n    - {path: model.ckpt, status: suspicious}\n"
    )
    lock = parse_lock(text)
    assert lock.models["acme/x"].scan_files == (("model.ckpt", "suspicious"),)
    assert parse_lock(render_lock(lock)) == lock
    with pytest.raises(InputFileError) as raised:
        parse_lock(text.replace("scan_status: suspicious", "scan_status: fine"))
    assert "auditor.lock:13:" in str(raised.value)
    assert "scan_status" in str(raised.value)
