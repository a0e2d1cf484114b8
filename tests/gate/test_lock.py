"""The license lock and drift detection, against the loopback fake Hub."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.errors import AuditorError, InputFileError, UsageError
from auditor.gate.drift import compare_locked, detect_drift, with_drift
from auditor.gate.lock import (
    Lock,
    LockedFile,
    LockedModel,
    LockWrite,
    build_lock,
    digest,
    lineage_roots,
    lock_entry,
    lock_path_for,
)
from auditor.gate.lock_file import LOCK_HEADER, parse_lock, read_lock, render_lock, write_lock
from auditor.model import AuditResult, Category, Finding, Severity, Verdict
from auditor.model.codec import render_json, result_to_dict
from auditor.model.decode import result_from_dict
from auditor.resources import reports_dir
from auditor.sources.hub import HubOptions
from tests.fakehub import FakeHub, git_blob_sha1

APACHE_CARD = "---\nlicense: apache-2.0\n---\n# Good model\n"
MIT_CARD = "---\nlicense: mit\n---\n# Good model\n"
TUNED_CARD = "---\nlicense: llama3.1\nbase_model: {base}\n---\n# Tuned\n"
LLAMA_31 = "meta-llama/Llama-3.1-8B"
LLAMA_3 = "meta-llama/Meta-Llama-3-8B"
LICENSE_TEXT = "Acme model license text (a fixture written for these tests).\n"
CHANGED_TEXT = "Acme model license text, now forbidding commercial use (a fixture).\n"


def options(hub: FakeHub, cache: Path, *, offline: bool = False) -> AuditOptions:
    return AuditOptions(hub=HubOptions(endpoint=hub.url, cache_dir=cache, offline=offline))


def write_manifest(folder: Path, *refs: str) -> Path:
    manifest = folder / "models.yaml"
    lines = ["version: 1", "models:", *(f"  - {ref}" for ref in refs)]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def add_good(hub: FakeHub, card: str = APACHE_CARD, text: str = LICENSE_TEXT) -> str:
    return hub.add_repo("acme/good", {"README.md": card, "LICENSE": text, "config.json": "{}"})


def locked(hub: FakeHub, manifest: Path, cache: Path) -> Lock:
    """Audit the manifest, write its lock beside it and read it back."""
    result = audit_manifest(manifest, options(hub, cache))
    path = lock_path_for(manifest)
    assert write_lock(path, build_lock(result, manifest_path=manifest)) is LockWrite.CREATED
    return read_lock(path)


def rules(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def test_unchanged_model_has_no_drift(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    assert lock_path_for(manifest) == tmp_path / "auditor.lock"
    entry = lock.models["acme/good"]
    assert entry.resolved_sha == fake_hub.resolve("acme/good")
    assert entry.license == entry.effective_license == "Apache-2.0"
    assert [(f.path, f.blob_id) for f in entry.license_files] == [
        ("LICENSE", git_blob_sha1(LICENSE_TEXT))
    ]
    for cache in ("cache", "other-cache"):
        again = audit_manifest(manifest, options(fake_hub, tmp_path / cache))
        assert detect_drift(lock, again) == {}
        assert with_drift(again, {}) == again


def test_new_commit_is_a_new_revision(fake_hub: FakeHub, tmp_path: Path) -> None:
    old = add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    new = add_good(fake_hub)  # same files, new commit
    drift = detect_drift(lock, audit_manifest(manifest, options(fake_hub, tmp_path / "cache")))
    assert rules(drift["acme/good"]) == {"drift-new-revision"}
    (finding,) = drift["acme/good"]
    assert finding.message == f"new sha: resolved sha changed {old} -> {new}"
    assert finding.severity is Severity.BLOCK
    assert finding.category is Category.PROVENANCE
    assert finding.evidence[0].file == str(tmp_path / "auditor.lock")
    assert finding.evidence[0].line is not None
    assert "auditor lock models.yaml --update" in (finding.remediation or "")


@pytest.mark.parametrize("same_cache", [False, True], ids=["new-cache", "same-cache"])
def test_license_text_changed_in_place_at_the_same_sha(
    fake_hub: FakeHub, tmp_path: Path, same_cache: bool
) -> None:
    sha = add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    fake_hub.replace_file_in_place("acme/good", sha, "LICENSE", CHANGED_TEXT)
    cache = tmp_path / ("cache" if same_cache else "fresh-cache")
    result = audit_manifest(manifest, options(fake_hub, cache))

    model = result.models[0]
    assert model.source is not None
    assert model.source.resolved_sha == sha
    (file,) = model.license_files
    assert file.blob_id == git_blob_sha1(CHANGED_TEXT)  # the Hub's metadata is always fresh
    old_sha256 = lock.models["acme/good"].license_files[0].sha256
    # NOTE: the client serves a file changed at the same commit from its snapshot without
    # downloading it again, so with the same cache only the blob id can tell.
    assert (file.sha256 == old_sha256) is same_cache

    drift = detect_drift(lock, result)
    assert rules(drift["acme/good"]) >= {"drift-license-text-changed"}
    assert "drift-new-revision" not in rules(drift["acme/good"])
    text = next(f for f in drift["acme/good"] if f.rule == "drift-license-text-changed")
    old_blob, new_blob = git_blob_sha1(LICENSE_TEXT), git_blob_sha1(CHANGED_TEXT)
    assert text.message.startswith(f"license text changed in place at the same sha {sha}: ")
    assert f"LICENSE (blob id {old_blob[:12]} -> {new_blob[:12]}" in text.message
    assert ("sha256" in text.message) is not same_cache
    assert ("fresh --cache-dir" in (text.remediation or "")) is same_cache
    judged = with_drift(result, drift)
    assert judged.verdict is Verdict.FAIL
    assert judged.models[0].verdict is Verdict.FAIL


def test_license_tag_change_in_a_new_commit(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    add_good(fake_hub, card=MIT_CARD)
    drift = detect_drift(lock, audit_manifest(manifest, options(fake_hub, tmp_path / "cache")))
    found = {f.rule: f for f in drift["acme/good"]}
    assert {"drift-license-tag-changed", "drift-new-revision", "drift-license-changed"} <= set(
        found
    )
    assert "drift-license-text-changed" not in found  # the LICENSE file did not change
    assert found["drift-license-tag-changed"].message == (
        "card license metadata changed: license apache-2.0 -> mit"
    )
    assert found["drift-license-changed"].message == (
        "license changed: license Apache-2.0 -> MIT; effective license Apache-2.0 -> MIT"
    )


def test_base_model_change(fake_hub: FakeHub, tmp_path: Path) -> None:
    files: dict[str, bytes | str] = {
        "README.md": TUNED_CARD.format(base=LLAMA_31),
        "LICENSE": LICENSE_TEXT,
    }
    fake_hub.add_repo("acme/tuned", files)
    manifest = write_manifest(tmp_path, "acme/tuned")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    assert lock.models["acme/tuned"].lineage_roots == (LLAMA_31,)
    fake_hub.add_repo("acme/tuned", {**files, "README.md": TUNED_CARD.format(base=LLAMA_3)})
    drift = detect_drift(lock, audit_manifest(manifest, options(fake_hub, tmp_path / "cache")))
    found = {f.rule: f for f in drift["acme/tuned"]}
    assert {"drift-base-model-changed", "drift-new-revision"} <= set(found)
    assert "drift-license-tag-changed" not in found  # `license:` stayed llama3.1
    assert found["drift-base-model-changed"].message == (
        f'base model changed: declared base_model ["{LLAMA_31}"] -> ["{LLAMA_3}"]; '
        f'lineage roots ["{LLAMA_31}"] -> ["{LLAMA_3}"]'
    )


def test_terms_change_names_the_terms(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    add_good(fake_hub, card="---\nlicense: cc-by-nc-4.0\n---\n")
    drift = detect_drift(lock, audit_manifest(manifest, options(fake_hub, tmp_path / "cache")))
    terms = next(f for f in drift["acme/good"] if f.rule == "drift-terms-changed")
    assert "commercial_use allowed -> " in terms.message


def test_added_and_removed_models(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_good(fake_hub)
    fake_hub.add_repo("acme/other", {"README.md": MIT_CARD})
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    write_manifest(tmp_path, "acme/other")
    result = audit_manifest(manifest, options(fake_hub, tmp_path / "cache"))
    drift = detect_drift(lock, result)
    assert rules(drift["acme/other"]) == {"drift-model-not-locked"}
    assert drift["acme/other"][0].severity is Severity.BLOCK
    (removed,) = drift["acme/good"]
    assert removed.rule == "drift-model-removed"
    assert removed.severity is Severity.WARN
    assert removed.message.startswith("acme/good is locked in ")

    judged = with_drift(result, drift)
    assert [f.rule for f in judged.findings] == ["drift-model-removed"]  # a run finding
    assert "drift-model-not-locked" in {f.rule for f in judged.models[0].findings}
    assert judged.verdict is Verdict.FAIL


def test_only_removed_models_warn(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_good(fake_hub)
    fake_hub.add_repo("acme/other", {"README.md": MIT_CARD, "LICENSE": LICENSE_TEXT})
    manifest = write_manifest(tmp_path, "acme/good", "acme/other")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    write_manifest(tmp_path, "acme/good")
    result = audit_manifest(manifest, options(fake_hub, tmp_path / "cache"))
    judged = with_drift(result, detect_drift(lock, result))
    assert judged.models == result.models
    assert judged.verdict is Verdict.WARN


def test_unreachable_model_cannot_be_locked_and_is_not_compared(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good", "acme/missing")
    result = audit_manifest(manifest, options(fake_hub, tmp_path / "cache"))
    with pytest.raises(AuditorError, match=r"cannot lock: 1 model\(s\).*acme/missing"):
        build_lock(result, manifest_path=manifest)

    write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    fake_hub.delete_repo("acme/good")
    gone = audit_manifest(manifest, options(fake_hub, tmp_path / "fresh"))
    assert gone.models[0].verdict is Verdict.ERROR
    assert detect_drift(lock, gone) == {}  # its source finding already blocks


def test_offline_check_has_no_blob_ids_and_no_false_drift(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    offline = audit_manifest(manifest, options(fake_hub, tmp_path / "cache", offline=True))
    assert [f.blob_id for f in offline.models[0].license_files] == [None]
    assert detect_drift(lock, offline) == {}


def test_render_is_deterministic_and_round_trips(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_good(fake_hub)
    fake_hub.add_repo(
        "acme/tuned",
        {"README.md": TUNED_CARD.format(base=LLAMA_31), "NOTICE": "n\n", "LICENSE": "l\n"},
    )
    manifest = write_manifest(tmp_path, "acme/tuned", "acme/good")
    result = audit_manifest(manifest, options(fake_hub, tmp_path / "cache"))
    lock = build_lock(result, manifest_path=manifest)
    text = render_lock(lock)
    assert text == render_lock(build_lock(result, manifest_path=manifest))
    reordered = AuditResult(
        **{
            **{name: getattr(result, name) for name in result.__dataclass_fields__},
            "models": tuple(reversed(result.models)),
        }
    )
    assert render_lock(build_lock(reordered, manifest_path=manifest)) == text
    assert text.startswith(LOCK_HEADER)
    assert "# `auditor check models.yaml --locked`" in text
    assert text.index("  acme/good:") < text.index("  acme/tuned:")  # sorted, not listed order
    assert "\n\n  acme/tuned:\n" in text  # one block per model
    assert parse_lock(text) == lock
    assert render_lock(parse_lock(text)) == text


def test_write_lock_is_atomic_and_needs_update_to_replace(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    path = lock_path_for(manifest)
    first = build_lock(
        audit_manifest(manifest, options(fake_hub, tmp_path / "c")), manifest_path=manifest
    )
    assert write_lock(path, first) is LockWrite.CREATED
    written = path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "auditor.lock",
        "models.yaml",
    ]  # no temporary file left behind
    assert write_lock(path, first) is LockWrite.UNCHANGED
    assert path.read_bytes() == written

    add_good(fake_hub, card=MIT_CARD)
    second = build_lock(
        audit_manifest(manifest, options(fake_hub, tmp_path / "c")), manifest_path=manifest
    )
    with pytest.raises(UsageError, match=r"out of date for 1 model\(s\): acme/good") as err:
        write_lock(path, second)
    assert "--update" in (err.value.hint or "")
    assert path.read_bytes() == written
    assert write_lock(path, second, update=True) is LockWrite.UPDATED
    assert read_lock(path) == second

    link = tmp_path / "linked.lock"
    link.symlink_to(path)
    with pytest.raises(UsageError, match="symbolic link"):
        write_lock(link, first, update=True)


def test_broken_lock_is_a_line_numbered_error(tmp_path: Path) -> None:
    good = "a" * 40
    text = (
        "version: 1\n"
        "models:\n"
        "  acme/good:\n"
        f"    resolved_sha: {good}\n"
        "    license: MIT\n"
        "    effective_license: MIT\n"
        "    license_files:\n"
        "    - {path: LICENSE, sha256: not-a-digest}\n"
        "    card: {license: mit, surprise: 1}\n"
        "    card_sha256: nope\n"
        "    terms: {}\n"
        f"    terms_sha256: {'a' * 64}\n"
        "    lineage_roots: []\n"
        "    extra: true\n"
    )
    path = tmp_path / "auditor.lock"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as err:
        read_lock(path)
    lines = {line for line, _ in err.value.problems}
    assert lines == {8, 9, 10, 14}
    assert err.value.lines()[0].startswith(f"{path}:8: `sha256` must be text matching")

    path.write_text("version: 1\nmodels:\n  acme/good: [\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"auditor.lock:\d+: invalid YAML"):
        read_lock(path)
    with pytest.raises(InputFileError, match=r":1: unsupported lock version 2"):
        parse_lock("version: 2\nmodels: {}\n")
    with pytest.raises(InputFileError, match="a lock file is a mapping"):
        parse_lock("- 1\n")
    with pytest.raises(InputFileError, match="missing key 'card'"):
        parse_lock("version: 1\nmodels:\n  acme/good: {resolved_sha: null}\n")
    with pytest.raises(InputFileError, match="no such file"):
        read_lock(tmp_path / "absent.lock")


def test_lineage_roots_are_ancestors_without_parents() -> None:
    chain = [
        {"ref": "org/own", "depth": 0, "parent": None},
        {"ref": "org/mid", "depth": 1, "parent": None},
        {"ref": "org/root", "depth": 2, "parent": "org/mid"},
        {"ref": "org/other-root", "depth": 1, "parent": None},
    ]
    assert lineage_roots(chain) == ("org/other-root", "org/root")
    assert lineage_roots([]) == ()


def test_blob_id_in_json_result(fake_hub: FakeHub, tmp_path: Path) -> None:
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    result = audit_manifest(manifest, options(fake_hub, tmp_path / "cache"))
    document = json.loads(render_json(result))
    schema = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert document["models"][0]["license_files"][0]["blob_id"] == git_blob_sha1(LICENSE_TEXT)
    assert result_from_dict(document).models[0].license_files == result.models[0].license_files
    # Results saved before blob ids existed still load and validate.
    del document["models"][0]["license_files"][0]["blob_id"]
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    loaded = result_from_dict(document)
    assert loaded.models[0].license_files[0].blob_id is None
    assert result_to_dict(loaded)["models"][0]["license_files"][0]["blob_id"] is None


def test_odd_refs_and_values_round_trip() -> None:
    entry = LockedModel(
        ref="hf:acme/x@v1.0",
        resolved_sha=None,
        license=None,
        effective_license="MIT AND LicenseRef-x",
        license_files=(LockedFile("b/LICENSE", None), LockedFile("a: NOTICE", "f" * 64, "e" * 40)),
        card={
            "license": ["mit", "other"],
            "license_name": "yes",
            "license_link": "https://example.invalid/licence#§1",
            "base_model": [],
        },
        card_sha256="c" * 64,
        terms={"governing_law": "2024-01-01", "use_restrictions": ["on", "null"], "n": 1.5},
        terms_sha256="d" * 64,
        lineage_roots=("org/b", "org/a"),
    )
    lock = Lock(models={"./models/local": replace(entry, ref="./models/local"), entry.ref: entry})
    text = render_lock(lock)
    back = parse_lock(text)
    assert back.models[entry.ref].card == entry.card
    assert back.models[entry.ref].terms == entry.terms
    assert [f.path for f in back.models[entry.ref].license_files] == ["a: NOTICE", "b/LICENSE"]
    assert render_lock(back) == text
    assert list(back.models) == ["./models/local", "hf:acme/x@v1.0"]


def test_broken_lock_is_replaced_only_with_update(tmp_path: Path) -> None:
    path = tmp_path / "auditor.lock"
    path.write_text("models: [\n", encoding="utf-8")
    with pytest.raises(InputFileError):
        write_lock(path, Lock(models={}))
    assert write_lock(path, Lock(models={}), update=True) is LockWrite.UPDATED
    assert read_lock(path) == Lock(models={})


def test_a_term_key_added_by_a_newer_tool_is_no_drift_until_stated(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    """A lock written before `commercial_use_conditions` existed has no such key; the same
    model audited now has it empty: nothing the license states changed, so no drift. A value
    it does state is drift, named."""
    add_good(fake_hub)
    manifest = write_manifest(tmp_path, "acme/good")
    lock = locked(fake_hub, manifest, tmp_path / "cache")
    old = lock.models["acme/good"]
    older_terms = {k: v for k, v in old.terms.items() if k != "commercial_use_conditions"}
    older = replace(old, terms=older_terms, terms_sha256=digest(older_terms))
    result = audit_manifest(manifest, options(fake_hub, tmp_path / "cache"))
    (model,) = result.models
    now = lock_entry(model)
    assert now.terms.get("commercial_use_conditions") == []  # the key the old lock lacks
    assert "drift-terms-changed" not in rules(compare_locked(older, now, lock=lock))
    stated = replace(now, terms={**now.terms, "commercial_use_conditions": ["registration"]})
    stated = replace(stated, terms_sha256=digest(stated.terms))
    changed = compare_locked(older, stated, lock=lock)
    assert "drift-terms-changed" in rules(changed)
