"""Manifest loading: every problem with its file and line; YAML hazards refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import InputFileError
from auditor.manifest import load_manifest
from auditor.yamlio import parse_located_yaml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "manifest.yaml"
    path.write_text(text)
    return path


def test_valid_manifest_keeps_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nmodels:\n  - org/a@main\n  - ref: ./local\n")
    manifest = load_manifest(path)
    assert [(m.ref, m.line) for m in manifest.models] == [("org/a@main", 3), ("./local", 4)]
    assert manifest.base_dir == tmp_path.resolve()


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "version: 2\nmodles: []\nmodels:\n  - 42\n  - ref: ''\n"
        "  - {ref: a/b, colour: red}\n  - {}\n",
    )
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    lines = info.value.lines()
    assert f"{path}:1: unsupported manifest version 2; expected 1" in lines
    assert any(line.startswith(f"{path}:2: unknown key 'modles'") for line in lines)
    assert any(line.startswith(f"{path}:4: a model entry is") for line in lines)
    assert any(line.startswith(f"{path}:5: `ref` must be") for line in lines)
    assert any(line.startswith(f"{path}:6: unknown key 'colour'") for line in lines)
    assert any(line.startswith(f"{path}:7: model entry without `ref`") for line in lines)
    assert len(lines) == 6


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("models:\n  - a/b\n  key: value\n", 3, "invalid YAML"),
        ("models: [a/b\n", 2, "invalid YAML"),
        ("- a/b\n", 1, "a manifest is a mapping"),
        ("", None, "a manifest is a mapping"),
        ("models: 3\n", 1, "`models` must be a list"),
        ("models: []\n", 1, "`models` is empty"),
        ("version: 1\n", 1, "missing `models:` list"),
        ("models:\n  - a/b\nmodels:\n  - c/d\n", 3, "duplicate key 'models'"),
        ("models:\n  - a\x00b\n", 2, "NUL character"),
    ],
)
def test_bad_manifests(tmp_path: Path, text: str, line: int | None, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    first = info.value.lines()[0]
    where = f"{path}:{line}:" if line else f"{path}:"
    assert first.startswith(where), first
    assert words in first


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        load_manifest(tmp_path / "nope.yaml")
    with pytest.raises(InputFileError, match="is a directory"):
        load_manifest(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"models:\n  - caf\xe9\n")
    with pytest.raises(InputFileError, match=r"bad.yaml:2: not valid UTF-8"):
        load_manifest(bad)


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 10) + "]")
    with pytest.raises(InputFileError, match="alias bomb"):
        parse_located_yaml("\n".join(lines) + "\n", "bomb.yaml")


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(InputFileError, match="nested deeper"):
        parse_located_yaml("x: " + "[" * 100 + "]" * 100 + "\n", "deep.yaml")


def test_dates_become_iso_strings() -> None:
    doc = parse_located_yaml("expires: 2027-03-31\n")
    assert doc.data == {"expires": "2027-03-31"}
    assert doc.line(("expires",)) == 1
    assert doc.line(("expires", "missing", 3)) == 1
