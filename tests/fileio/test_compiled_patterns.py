"""Patterns built from a stored program are the patterns `re.compile` makes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from auditor.fileio import compiled_patterns
from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.terms.clause_rules import load_clause_rules

SOURCES = [
    (r"\b(?:not|never)\s+(?P<what>commercial\w*)\b(?!\s+use)", re.IGNORECASE),
    (r"(?<![\w-])non[\s-]?commercial\b[^.;]{0,60}?\bonly\b", re.IGNORECASE | re.MULTILINE),
    (r"^\W*grants?\s*:\s*(?:[\w-]+,?\s+){0,10}?sell\b", re.UNICODE),
    (r"(a)(b)?\2", 0),
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh pattern folder for this test (the module finds its folder once a process)."""
    monkeypatch.setattr(compiled_patterns, "_folder", [tmp_path / "patterns"])
    return tmp_path / "patterns"


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_stored_then_read_equals_re_compile(folder: Path, source: str, flags: int) -> None:
    first = compile_pattern(source, flags)
    assert len(list(folder.iterdir())) == 1  # stored
    re.purge()
    second = compile_pattern(source, flags)  # built from the stored program
    assert first == second == re.compile(source, flags)
    assert second.groupindex == re.compile(source, flags).groupindex
    for text in ("we do not commercially sell", "Non-commercial use only.", "Grant: sell", "abb"):
        found, expected = second.search(text), re.compile(source, flags).search(text)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


def test_every_clause_rule_reads_back_equal(folder: Path) -> None:
    rules = list(load_clause_rules().values())[::7]
    for rule in rules:
        compile_pattern(rule.source, rule.flags)
    for rule in rules:
        assert compile_pattern(rule.source, rule.flags) == re.compile(rule.source, rule.flags)
    assert len(list(folder.iterdir())) == len({(r.source, r.flags) for r in rules})


def test_a_damaged_or_foreign_file_is_compiled_again(folder: Path) -> None:
    source = r"\bterminat\w*"
    compile_pattern(source, re.IGNORECASE)
    (stored,) = folder.iterdir()
    stored.write_bytes(b"\x00not a program")
    assert compile_pattern(source, re.IGNORECASE) == re.compile(source, re.IGNORECASE)
    assert stored.read_bytes() != b"\x00not a program"  # written again, whole
    assert not list(folder.glob("*.partial"))


def test_kept_beside_the_bytecode_when_python_may_write_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Programs are compiled from the tool's own code, as its bytecode is: kept with it, so a
    run whose model caches are empty (`AUDITOR_CACHE_DIR` a new folder) finds them."""
    monkeypatch.setattr(compiled_patterns, "_folder", [])
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled_patterns, "writable_bytecode_folder", lambda: tmp_path / "pyc")
    assert compile_pattern(r"\bbeside\s+bytecode\b") == re.compile(r"\bbeside\s+bytecode\b")
    assert list((tmp_path / "pyc" / "patterns").rglob("*"))
    assert not (tmp_path / "cache").exists()


def test_python_told_not_to_write_bytecode_keeps_them_in_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.fileio import beside_bytecode

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert beside_bytecode.writable_bytecode_folder() is None
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(beside_bytecode, "bytecode_folder", lambda: tmp_path / "a" / "b")
    assert beside_bytecode.writable_bytecode_folder() == tmp_path / "a" / "b"
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(beside_bytecode, "bytecode_folder", lambda: blocker / "pyc")
    assert beside_bytecode.writable_bytecode_folder() is None


def test_no_usable_folder_compiles_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(compiled_patterns, "_folder", [blocker / "patterns"])
    assert compile_pattern(r"\bx\b") == re.compile(r"\bx\b")
    monkeypatch.setattr(compiled_patterns, "_folder", [None])
    assert compile_pattern(r"\by\b") == re.compile(r"\by\b")


def test_the_switch_turns_the_store_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled_patterns, "_folder", [])
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # the analysis cache holds them
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(compiled_patterns.SWITCH, "0")
    assert compile_pattern(r"\bswitched\s+off\b") == re.compile(r"\bswitched\s+off\b")
    assert not (tmp_path / "cache").exists()
    monkeypatch.setattr(compiled_patterns, "_folder", [])
    monkeypatch.delenv(compiled_patterns.SWITCH)
    assert compile_pattern(r"\bswitched\s+on\b") == re.compile(r"\bswitched\s+on\b")
    assert list((tmp_path / "cache" / "patterns").rglob("*"))
