"""Local model folders, bare cards and GGUF files as sources."""

from __future__ import annotations

from pathlib import Path

import gguf
import pytest

from auditor.api import audit
from auditor.errors import SourceError
from auditor.knowledge.license_db import load_license_db
from auditor.model import SourceKind, Verdict
from auditor.pipeline.analyse import analyse
from auditor.sources.base import parse_target
from auditor.sources.local import read_card_snapshot, read_gguf_snapshot, read_local_snapshot

CARD = "---\nlicense: mit\nbase_model: org/base\n---\n# Model\n"


def write_gguf(path: Path, **keys: str) -> None:
    writer = gguf.GGUFWriter(str(path), "llama")
    for key, value in keys.items():
        writer.add_string(key.replace("_", "."), value)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def test_folder_with_card_and_license_files(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(CARD)
    (tmp_path / "LICENSE").write_text("MIT-style grant written for this test\n")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "NOTICE.txt").write_text("notice\n")
    (tmp_path / "model.safetensors").write_bytes(b"\0" * 64)
    snapshot = read_local_snapshot(parse_target(str(tmp_path)))
    assert snapshot.card is not None
    assert snapshot.card_path == "README.md"
    assert [f.path for f in snapshot.license_files] == ["LICENSE", "nested/NOTICE.txt"]
    assert "model.safetensors" in snapshot.files
    assert snapshot.resolved_sha is None
    model = analyse(snapshot, load_license_db())
    assert model.declared.license == "mit"
    assert [b.ref for b in model.declared.base_models] == ["org/base"]
    assert model.license is not None and model.license.id == "MIT"


def test_git_clone_reports_its_commit(tmp_path: Path) -> None:
    sha = "0123456789abcdef0123456789abcdef01234567"
    (tmp_path / ".git" / "refs" / "heads").mkdir(parents=True)
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / ".git" / "refs" / "heads" / "main").write_text(sha + "\n")
    (tmp_path / "README.md").write_text(CARD)
    assert read_local_snapshot(parse_target(str(tmp_path))).resolved_sha == sha
    (tmp_path / ".git" / "refs" / "heads" / "main").unlink()
    (tmp_path / ".git" / "packed-refs").write_text(f"# pack-refs\n{sha} refs/heads/main\n")
    assert read_local_snapshot(parse_target(str(tmp_path))).resolved_sha == sha


def test_hf_cache_snapshot_folder_reports_its_commit_and_follows_blob_links(tmp_path: Path) -> None:
    sha = "89abcdef0123456789abcdef0123456789abcdef"
    repo = tmp_path / "models--org--name"
    (repo / "blobs").mkdir(parents=True)
    snap = repo / "snapshots" / sha
    snap.mkdir(parents=True)
    (repo / "blobs" / "aaa").write_text(CARD)
    (repo / "blobs" / "bbb").write_text("license text\n")
    (snap / "README.md").symlink_to("../../blobs/aaa")
    (snap / "LICENSE").symlink_to("../../blobs/bbb")
    snapshot = read_local_snapshot(parse_target(str(snap)))
    assert snapshot.resolved_sha == sha
    assert snapshot.card is not None
    assert snapshot.license_files[0].text == "license text\n"
    assert not snapshot.findings


def test_symlink_outside_the_folder_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read\n")
    model = tmp_path / "model"
    model.mkdir()
    (model / "README.md").write_text(CARD)
    (model / "LICENSE").symlink_to(secret)
    snapshot = read_local_snapshot(parse_target(str(model)))
    assert snapshot.license_files[0].text is None
    assert [f.rule for f in snapshot.findings] == ["source-symlink-outside"]


def test_binary_and_oversized_license_files(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "LICENSE.big").write_bytes(b"a" * 2_000)
    snapshot = read_local_snapshot(parse_target(str(tmp_path)), max_file_bytes=1_000)
    by_path = {f.path: f for f in snapshot.license_files}
    assert by_path["LICENSE"].text is None
    assert by_path["LICENSE.big"].text is None
    assert by_path["LICENSE.big"].skipped is not None
    assert {f.rule for f in snapshot.findings} == {
        "license-file-unreadable",
        "license-file-too-large",
    }


def test_bare_card(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text(CARD, newline="\r\n")
    target = parse_target(str(card))
    assert target.kind is SourceKind.CARD
    snapshot = read_card_snapshot(target)
    assert snapshot.card is not None
    assert snapshot.card.metadata["license"] == "mit"


def test_bare_card_that_is_binary(tmp_path: Path) -> None:
    card = tmp_path / "card.md"
    card.write_bytes(b"\x00\x00\x00")
    with pytest.raises(SourceError, match="not a text file"):
        read_card_snapshot(parse_target(str(card)))


def test_gguf_file(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    write_gguf(
        path,
        general_license="apache-2.0",
        general_name="Tiny",
    )
    snapshot = read_gguf_snapshot(parse_target(str(path)))
    assert snapshot.gguf_metadata is not None
    assert snapshot.gguf_metadata["general.license"] == "apache-2.0"
    model = analyse(snapshot, load_license_db())
    assert model.declared.license == "apache-2.0"
    assert model.license is not None and model.license.id == "Apache-2.0"


def test_gguf_in_folder_without_card(tmp_path: Path) -> None:
    write_gguf(tmp_path / "m.Q4_K_M.gguf", general_license="mit")
    result = audit([str(tmp_path)])
    assert result.models[0].declared.license == "mit"


def test_truncated_gguf_is_an_error_result_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.gguf"
    write_gguf(path, general_license="mit")
    path.write_bytes(path.read_bytes()[:30])
    result = audit([str(path)])
    model = result.models[0]
    assert model.verdict is Verdict.ERROR
    assert "truncated" in model.findings[0].message.lower()


def test_not_a_gguf(tmp_path: Path) -> None:
    path = tmp_path / "fake.gguf"
    path.write_text("hello")
    model = audit([str(path)]).models[0]
    assert model.verdict is Verdict.ERROR
    assert str(path) in model.findings[0].message or "fake.gguf" in model.findings[0].message


def test_a_folder_is_read_up_to_its_total_byte_bound(tmp_path: Path) -> None:
    """Issue 16: 300 license-like files of 1.9 MB were all held in memory (650 MiB RSS)."""
    from auditor.sources.local import read_local_snapshot

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text("---\nlicense: mit\n---\n# Quill\n")
    for i in range(40):
        (folder / f"LICENSE-{i:02}").write_text(f"Quill notice {i}\n" + "x" * 1000)
    snapshot = read_local_snapshot(parse_target(str(folder)), max_total_bytes=10_000)
    read = [f for f in snapshot.license_files if f.text is not None]
    unread = [f for f in snapshot.license_files if f.skipped and "10,000-byte bound" in f.skipped]
    assert 1 <= len(read) < 10 and len(read) + len(unread) == 40
    found = {f.rule: f.message for f in snapshot.findings}
    assert "license-like files were not read" in found["source-too-many-files"]
