"""Target parsing and the license-file rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import TargetError
from auditor.model import SourceKind
from auditor.sources.base import decode_text, is_license_like, parse_target


@pytest.mark.parametrize(
    ("text", "repo", "revision"),
    [
        ("meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct", None),
        ("meta-llama/Llama-3.1-8B@main", "meta-llama/Llama-3.1-8B", "main"),
        ("hf:Qwen/Qwen2.5-7B@" + "a" * 40, "Qwen/Qwen2.5-7B", "a" * 40),
        ("hf:org/name", "org/name", None),
        ("org/name@refs/pr/1", "org/name", "refs/pr/1"),
    ],
)
def test_hub_targets(text: str, repo: str, revision: str | None) -> None:
    target = parse_target(text)
    assert target.kind is SourceKind.HUB
    assert target.location == repo
    assert target.revision == revision
    assert target.text == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "no-slash",
        "a/b/c",
        "../etc/passwd",
        "org/name@",
        "org/name@../../x",
        "hf:",
        "org/..",
        "x.gguf",
        "./missing",
    ],
)
def test_invalid_targets_raise_our_error(text: str) -> None:
    with pytest.raises(TargetError):
        parse_target(text)


def test_paths_win_over_repo_ids(tmp_path: Path) -> None:
    folder = tmp_path / "org" / "name"
    folder.mkdir(parents=True)
    (tmp_path / "m.gguf").write_bytes(b"GGUF")
    (tmp_path / "card.md").write_text("# card\n")
    assert parse_target("org/name", base_dir=tmp_path).kind is SourceKind.LOCAL
    assert parse_target(str(folder)).kind is SourceKind.LOCAL
    assert parse_target(str(tmp_path / "m.gguf")).kind is SourceKind.GGUF
    assert parse_target("card.md", base_dir=tmp_path).kind is SourceKind.CARD
    assert parse_target("org/name").kind is SourceKind.HUB  # not relative to cwd's tmp


@pytest.mark.parametrize(
    "path",
    [
        "LICENSE",
        "LICENSE.md",
        "license.txt",
        "LICENCE",
        "LICENSE-MODEL",
        "LICENSE_AGREEMENT.pdf",
        "COPYING",
        "NOTICE",
        "NOTICE.txt",
        "USE_POLICY.md",
        "Acceptable_Use_Policy.md",
        "model.license",
        "LICENSE/apache-2.0.txt",
        "licenses/THIRD_PARTY.txt",
        "sub/LICENSE",
    ],
)
def test_license_like(path: str) -> None:
    assert is_license_like(path)


@pytest.mark.parametrize(
    "path",
    [
        "README.md",
        "config.json",
        "model.safetensors",
        "licensing.py",
        "LICENSE.json",
        "notes.txt",
        "",
    ],
)
def test_not_license_like(path: str) -> None:
    assert not is_license_like(path)


def test_decode_text() -> None:
    assert decode_text("Grant ©".encode()) == ("Grant ©", None)
    assert decode_text(b"\xef\xbb\xbfBOM") == ("BOM", None)
    assert decode_text("wide".encode("utf-16")) == ("wide", None)
    text, note = decode_text(b"caf\xe9 terms")
    assert text == "caf\ufffd terms"
    assert note is not None and "byte 3" in note
    assert decode_text(b"\x00\x01binary")[0] is None
