"""A located YAML parse read back from memory or the cache folder is the parse itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.errors import InputFileError
from auditor.fileio import located_memo
from auditor.fileio.located_yaml import parse_located_yaml, read_located_yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and an empty in-process memory for this test."""
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(located_memo.SWITCH, raising=False)
    monkeypatch.setattr(located_memo, "_memo", {})
    return tmp_path / "cache" / "located-yaml"


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process: the in-process memory empty, the folder kept."""
    monkeypatch.setattr(located_memo, "_memo", {})


def _same(a: object, b: object) -> bool:
    return json.dumps(a) == json.dumps(b) and repr(a) == repr(b)


@pytest.mark.parametrize("preset", sorted((ROOT / "policies").glob("*.yaml")), ids=lambda p: p.name)
def test_every_preset_read_back_equals_its_parse(
    cache: Path, monkeypatch: pytest.MonkeyPatch, preset: Path
) -> None:
    first = read_located_yaml(preset)  # parsed, kept
    _forget(monkeypatch)
    again = read_located_yaml(preset)  # read back from the folder
    assert bool(list(cache.glob("*.json"))) == (len(preset.read_text()) >= located_memo.MIN_CHARS)
    assert _same(again.data, first.data)
    assert again.lines == first.lines and again.key_lines == first.key_lines
    assert again.path == str(preset)
    again.data["changed"] = True  # type: ignore[index]  # callers get fresh values
    assert "changed" not in read_located_yaml(preset).data  # type: ignore[operator]


def test_types_survive_and_a_lossy_document_is_not_kept(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    padding = "# " + "x" * located_memo.MIN_CHARS + "\n"
    text = padding + "a: 1\nb: 1.0\nc: true\nd: 2026-01-02\ne: [null, '1']\nf: -0.0\n"
    first = parse_located_yaml(text, "p.yaml")
    _forget(monkeypatch)
    again = parse_located_yaml(text, "q.yaml")
    assert _same(again.data, first.data) and again.path == "q.yaml"
    lossy = padding + "n: .nan\n"  # NaN is not equal to itself: never kept
    parse_located_yaml(lossy, "n.yaml")
    assert len(list(cache.glob("*.json"))) == 1


def test_small_texts_are_never_written(cache: Path) -> None:
    parse_located_yaml("version: 1\nmodels: [a/b]\n", "m.yaml")
    assert not cache.exists()


def test_invalid_documents_are_refused_every_time(cache: Path) -> None:
    text = "# " + "x" * located_memo.MIN_CHARS + "\na: [1, 2\n"
    for _ in range(2):
        with pytest.raises(InputFileError, match="invalid YAML"):
            parse_located_yaml(text, "bad.yaml")
    assert not cache.exists()


@pytest.mark.parametrize(
    "damage",
    ["", "{", '{"format": 1}', '{"format": 1, "key": "other", "data": "{}", "lines": []}'],
    ids=["empty", "torn", "missing", "other-key"],
)
def test_a_damaged_file_is_parsed_again(
    cache: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    preset = ROOT / "policies" / "default.yaml"
    first = read_located_yaml(preset)
    (stored,) = cache.glob("*.json")
    stored.write_text(damage, encoding="utf-8")
    _forget(monkeypatch)
    again = read_located_yaml(preset)
    assert _same(again.data, first.data) and again.lines == first.lines


def test_the_switch_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(located_memo.SWITCH, "0")
    read_located_yaml(ROOT / "policies" / "default.yaml")
    assert not cache.exists()
