"""The knowledge base's YAML, parsed once per version and served from a JSON bundle."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from auditor.knowledge import bundle as knowledge
from auditor.knowledge.digest import knowledge_digest
from auditor.knowledge.license_db import load_license_db
from auditor.resources import license_db_dir


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped knowledge base and an empty cache of our own."""
    folder = tmp_path / "license_db"
    shutil.copytree(license_db_dir(), folder)
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    knowledge._bundle.cache_clear()
    knowledge._locate.cache_clear()
    yield folder
    knowledge._bundle.cache_clear()
    knowledge._locate.cache_clear()


def _bundle_path(folder: Path, tmp_path: Path) -> Path:
    knowledge_digest.cache_clear()
    return tmp_path / "cache" / knowledge_digest(folder) / knowledge.BUNDLE_NAME


def _fresh_load(folder: Path) -> dict[str, str]:
    knowledge._bundle.cache_clear()
    load_license_db.cache_clear()
    db = load_license_db(folder)
    return {key: repr(record) for key, record in db.records.items()}


def test_second_load_reads_the_bundle_and_gives_the_same_records(
    kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _fresh_load(kb)
    assert _bundle_path(kb, tmp_path).is_file()

    def no_yaml(_text: str) -> object:
        raise AssertionError("the YAML parser ran although the bundle is there")

    monkeypatch.setattr(knowledge, "load_trusted_yaml", no_yaml)
    assert _fresh_load(kb) == first


def test_an_edited_record_is_read_again(kb: Path, tmp_path: Path) -> None:
    _fresh_load(kb)
    record = kb / "licenses" / "mit.yaml"
    data = yaml.safe_load(record.read_text())
    data["name"] = "MIT License, edited here"
    record.write_text(yaml.safe_dump(data))
    knowledge_digest.cache_clear()
    records = _fresh_load(kb)
    assert any("MIT License, edited here" in text for text in records.values())


def test_a_corrupt_bundle_is_rebuilt(kb: Path, tmp_path: Path) -> None:
    first = _fresh_load(kb)
    bundle = _bundle_path(kb, tmp_path)
    bundle.write_text("{not json")
    assert _fresh_load(kb) == first
    assert bundle.read_text().startswith('{"')


def test_yaml_that_json_cannot_hold_is_never_bundled(kb: Path, tmp_path: Path) -> None:
    (kb / "notes.yaml").write_text("released: 2024-07-23\n1: one\n")
    _fresh_load(kb)
    assert not _bundle_path(kb, tmp_path).exists()
    loaded = knowledge.read_knowledge_yaml(kb / "notes.yaml")
    assert str(loaded["released"]) == "2024-07-23" and loaded[1] == "one"


def test_a_cache_path_that_is_a_file_only_costs_speed(kb: Path, tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("not a folder")
    assert _fresh_load(kb)
    assert (tmp_path / "cache").read_text() == "not a folder"
    assert not list(tmp_path.rglob(".knowledge.*"))


def test_files_outside_a_knowledge_folder_are_parsed_directly(tmp_path: Path) -> None:
    other = tmp_path / "plain.yaml"
    other.write_text("a: [1, 2]\n")
    assert knowledge.read_knowledge_yaml(other) == {"a": [1, 2]}


# --- the bundle shipped with the knowledge ----------------------------------------------------


def test_the_shipped_bundle_is_built_from_the_shipped_yaml() -> None:
    folder = license_db_dir().resolve()
    assert knowledge.SHIPPED_BUNDLE.read_text(encoding="utf-8") == knowledge.render_shipped(
        folder
    ), "stale: run `python scripts/build_clause_index.py` to rebuild shipped_knowledge.json"


def test_an_empty_cache_reads_the_shipped_bundle_without_parsing_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    knowledge._bundle.cache_clear()

    def no_yaml(_text: str) -> object:
        raise AssertionError("the YAML parser ran although the shipped bundle holds")

    monkeypatch.setattr(knowledge, "load_trusted_yaml", no_yaml)
    try:
        files = knowledge._bundle(license_db_dir().resolve())
    finally:
        knowledge._bundle.cache_clear()
    assert "vocabulary.yaml" in files
    assert not (tmp_path / "cache").exists(), "nothing is written when the shipped bundle holds"


def test_a_shipped_bundle_of_other_yaml_is_not_used(
    kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "shipped.json"
    shipped.write_text(knowledge.render_shipped(kb), encoding="utf-8")
    monkeypatch.setattr(knowledge, "SHIPPED_BUNDLE", shipped)
    files = knowledge._shipped(kb)
    assert files is not None and "licenses/mit.yaml" in files
    record = kb / "licenses" / "mit.yaml"
    record.write_text(record.read_text() + "\n# edited\n")
    assert knowledge._shipped(kb) is None
    shipped.write_text("{not json", encoding="utf-8")
    assert knowledge._shipped(kb) is None
