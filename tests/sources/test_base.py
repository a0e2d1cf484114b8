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


def test_paths_are_written_as_paths_and_repo_ids_mean_the_hub(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 34: a folder named like a Hub model never stands in for it."""
    folder = tmp_path / "org" / "name"
    folder.mkdir(parents=True)
    (tmp_path / "m.gguf").write_bytes(b"GGUF")
    (tmp_path / "card.md").write_text("# card\n")
    assert parse_target("./org/name", base_dir=tmp_path).kind is SourceKind.LOCAL
    assert parse_target("file:org/name", base_dir=tmp_path).kind is SourceKind.LOCAL
    assert parse_target(str(folder)).kind is SourceKind.LOCAL
    assert parse_target(str(tmp_path / "m.gguf")).kind is SourceKind.GGUF
    assert parse_target("card.md", base_dir=tmp_path).kind is SourceKind.CARD
    assert parse_target("hf:org/name", base_dir=tmp_path).kind is SourceKind.HUB
    assert parse_target("org/name").kind is SourceKind.HUB  # nothing named so here
    for ambiguous in ("org/name", "org/name@0e9e39f249a16976918f6564b8830bc894c89659"):
        with pytest.raises(TargetError) as raised:
            parse_target(ambiguous, base_dir=tmp_path)
        said = f"{raised.value.message} {raised.value.hint}"
        assert "hf:org/name" in said and "./org/name" in said and str(folder) in said
    monkeypatch.chdir(tmp_path)  # the working directory counts too
    with pytest.raises(TargetError):
        parse_target("org/name")


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
        # issue 14: weights licensed apart from code, terms of use, policies, notices
        "MODEL_LICENSE",
        "model_license.txt",
        "LICENSE_WEIGHTS.txt",
        "Weights-License.md",
        "LICENSE/weights.txt",
        "licenses/model.md",
        "LICENCES/data",
        "TERMS_OF_USE.md",
        "Terms.txt",
        "model-terms-of-use.md",
        "Llama_Use_Policy.txt",
        "ACCEPTABLE-USE.md",
        "NOTICE.md",
        "COPYING.LESSER",
        "EULA.txt",
        "license.pdf",
        # issue 31: license documents named in other languages
        "许可证.txt",
        "模型许可协议.md",
        "使用條款.md",
        "利用規約.md",
        "ライセンス.txt",
        "라이선스.md",
        "LIZENZ.md",
        "Nutzungsbedingungen.txt",
        "Licencia.txt",
        "licença.md",
        "Licenza.txt",
        "Лицензия.txt",
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
        "license_test.py",
        "scripts/check_license.sh",
        "licenses.json",
        ".github/workflows/license.yml",
        "license-badge.svg",
        "licenses/checker.py",
        "model_license.safetensors",
        "terms.py",
        ".license",
        "",
    ],
)
def test_not_license_like(path: str) -> None:
    assert not is_license_like(path)


@pytest.mark.parametrize(
    ("data", "word"),
    [(b"%PDF-1.7 ...", "PDF"), (b"PK\x03\x04 ...", "ZIP"), (b"{\\rtf1 ...", "RTF")],
)
def test_documents_that_are_not_text_are_named_unreadable(data: bytes, word: str) -> None:
    text, reason = decode_text(data)
    assert text is None
    assert reason is not None and word in reason


def test_decode_text() -> None:
    assert decode_text("Grant ©".encode()) == ("Grant ©", None)
    assert decode_text(b"\xef\xbb\xbfBOM") == ("BOM", None)
    assert decode_text("wide".encode("utf-16")) == ("wide", None)
    text, note = decode_text(b"caf\xe9 terms")
    assert text == "caf\ufffd terms"
    assert note is not None and "byte 3" in note
    assert decode_text(b"\x00\x01binary")[0] is None
