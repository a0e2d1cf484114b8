"""auditor.lock read once per content (gate/lock_memo.py): the memo answers exactly as the
YAML does, lines included, and never for other bytes, another path or a broken lock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from auditor.errors import InputFileError
from auditor.gate.lock import Lock, LockedFile, LockedModel
from auditor.gate.lock_file import read_lock, render_lock
from auditor.gate.lock_memo import FOLDER, decode, encode, read_lock_remembered

SHA = "a" * 40
DIGEST = "b" * 64


def model(ref: str, **kw: object) -> LockedModel:
    fields: dict[str, object] = {
        "ref": ref,
        "resolved_sha": SHA,
        "license": "Apache-2.0",
        "effective_license": "Apache-2.0",
        "license_files": (LockedFile("LICENSE", DIGEST, "c" * 40), LockedFile("NOTICE", None)),
        "card": {"license": ["mit", "apache-2.0"], "license_name": None, "base_model": []},
        "card_sha256": DIGEST,
        "terms": {"commercial_use": "allowed", "mau_threshold": 700_000_000, "ratio": 0.5},
        "terms_sha256": DIGEST,
        "lineage_roots": ("meta-llama/Llama-3.1-8B",),
        "scan_status": "safe",
        "scan_files": (("model.safetensors", "safe"),),
        "chat_template_sha256": DIGEST,
        **kw,
    }
    return LockedModel(**fields)  # type: ignore[arg-type]


def write(folder: Path, *models: LockedModel) -> Path:
    lock = Lock(models={m.ref: m for m in models}, manifest="models.yaml", tool_version="0.1.0")
    path = folder / "auditor.lock"
    path.write_text(render_lock(lock), encoding="utf-8")
    return path


def memos(root: Path) -> list[Path]:
    return sorted((root / FOLDER).glob("*/*.json"))


def same(a: Lock, b: Lock) -> bool:
    lines = [m.line for m in a.models.values()] == [m.line for m in b.models.values()]
    return a == b and a.path == b.path and list(a.models) == list(b.models) and lines


def test_the_memo_answers_as_the_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, model("acme/a@" + SHA), model("acme/b@" + SHA, scan_status=None))
    root = tmp_path / "cache"
    first = read_lock_remembered(path, root)
    assert same(first, read_lock(path))
    (memo,) = memos(root)
    second = read_lock_remembered(path, root)
    assert same(second, read_lock(path))
    assert second.models["acme/b@" + SHA].line == read_lock(path).models["acme/b@" + SHA].line
    memo.write_text("{not json", encoding="utf-8")  # a damaged memo: the YAML answers
    assert same(read_lock_remembered(path, root), read_lock(path))


def test_other_bytes_or_another_path_are_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, model("acme/a@" + SHA))
    root = tmp_path / "cache"
    read_lock_remembered(path, root)
    path.write_text(path.read_text().replace("Apache-2.0", "MIT"), encoding="utf-8")
    changed = read_lock_remembered(path, root)
    assert changed.models["acme/a@" + SHA].license == "MIT"
    assert len(memos(root)) == 2
    other = tmp_path / "other"
    other.mkdir()
    moved = other / "auditor.lock"
    moved.write_bytes(path.read_bytes())
    assert read_lock_remembered(moved, root).path == str(moved)


def test_a_broken_lock_is_reported_and_never_remembered(tmp_path: Path) -> None:
    path = write(tmp_path, model("acme/a@" + SHA))
    root = tmp_path / "cache"
    read_lock_remembered(path, root)
    text = path.read_text().replace(f"card_sha256: {DIGEST}", "card_sha256: nope")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as memo_error:
        read_lock_remembered(path, root)
    with pytest.raises(InputFileError) as plain_error:
        read_lock(path)
    assert memo_error.value.problems == plain_error.value.problems
    assert len(memos(root)) == 1  # the first, valid bytes only
    path.write_bytes(b"\xff\xfe not text")
    with pytest.raises(InputFileError, match="UTF-8"):
        read_lock_remembered(path, root)
    path.unlink()
    with pytest.raises(InputFileError, match="no such file"):
        read_lock_remembered(path, root)


def test_values_json_does_not_hold_are_not_remembered(tmp_path: Path) -> None:
    path = write(tmp_path, model("acme/a@" + SHA))
    text = path.read_text().replace("commercial_use: allowed", "commercial_use: !!binary aGk=")
    path.write_text(text, encoding="utf-8")  # bytes, which JSON does not hold
    root = tmp_path / "cache"
    assert same(read_lock_remembered(path, root), read_lock(path))
    assert memos(root) == []
    assert same(read_lock_remembered(path, None), read_lock(path))


def test_encode_and_decode_round_trip() -> None:
    lock = Lock(
        models={"acme/a@" + SHA: replace(model("acme/a@" + SHA), line=7)},
        manifest=None,
        tool_version="0.1.0",
        path="x/auditor.lock",
    )
    again = decode(encode(lock), "x/auditor.lock")
    assert same(again, lock)
    with pytest.raises(ValueError, match="another memo format"):
        decode({**encode(lock), "format": 0}, "x")
