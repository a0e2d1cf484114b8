"""The user's refreshed lineage snapshot: it takes precedence over the bundled one, is read
again when it changes, and a broken one or a bad input file is named with its line."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

import pytest

from auditor.errors import InputFileError, LicenseDBError
from auditor.knowledge.lineage_snapshot import (
    SNAPSHOT_FILE,
    bundled_lineage_snapshot,
    load_lineage_snapshot,
    read_snapshot_file,
    user_snapshot_path,
    write_snapshot_document,
)
from auditor.knowledge.user_knowledge import knowledge_status, user_candidates_path
from auditor.resources import license_db_dir

NEW_PARENT = "quill-labs/quill-9b"  # a repo the bundled snapshot does not know


def _document(as_of: str | None, license_tag: str = "cc-by-nc-4.0") -> dict[str, object]:
    return {
        "as_of": as_of,
        "source": "a test crawl",
        "models": {NEW_PARENT: {"license": license_tag, "license_name": None, "parents": []}},
    }


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("AUDITOR_DATA_DIR", str(folder))
    return folder


def _write_user_snapshot(document: dict[str, object]) -> Path:
    path = user_snapshot_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_snapshot_document(document, path)
    return path


def test_the_user_snapshot_takes_precedence_and_the_bundled_one_stays(data_dir: Path) -> None:
    bundled_file = license_db_dir() / SNAPSHOT_FILE
    before = hashlib.sha256(bundled_file.read_bytes()).hexdigest()
    assert user_snapshot_path() == data_dir / "knowledge" / "lineage_snapshot.json"
    shipped = load_lineage_snapshot()
    assert shipped.origin == "bundled" and shipped.get(NEW_PARENT) is None
    assert shipped.stamp().words() == f"as of {shipped.as_of} (bundled)"

    _write_user_snapshot(_document("2026-11-25"))
    used = load_lineage_snapshot()
    assert used.origin == "user" and used.as_of == "2026-11-25"
    entry = used.get(NEW_PARENT.upper())
    assert entry is not None and entry.license == "cc-by-nc-4.0"
    assert used.stamp().words() == "as of 2026-11-25 (refreshed by the user)"
    # the bundled snapshot is still there, unchanged, for whoever asks for it
    assert bundled_lineage_snapshot().get(NEW_PARENT) is None
    assert hashlib.sha256(bundled_file.read_bytes()).hexdigest() == before


def test_a_rewritten_user_snapshot_is_read_again(data_dir: Path) -> None:
    path = _write_user_snapshot(_document("2026-11-01", "mit"))
    first = load_lineage_snapshot()
    assert load_lineage_snapshot() is first  # cached while the file is unchanged
    _write_user_snapshot(_document("2026-11-20", "apache-2.0"))
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    again = load_lineage_snapshot()
    entry = again.get(NEW_PARENT)
    assert again.as_of == "2026-11-20" and entry is not None and entry.license == "apache-2.0"


def test_a_broken_user_snapshot_is_named_with_the_way_back(data_dir: Path) -> None:
    path = user_snapshot_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"models": {"not-a-repo": {}}}', encoding="utf-8")
    with pytest.raises(LicenseDBError) as info:
        load_lineage_snapshot()
    assert str(path) in info.value.message and "not-a-repo" in info.value.message
    assert info.value.hint is not None and "auditor knowledge update" in info.value.hint
    assert str(path) in info.value.hint  # deleting it goes back to the bundled snapshot


def test_a_snapshot_file_problem_names_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"as_of": "2026-11-01",\n "models": {\n  "a/b": {}\n  "c/d": {}}}\n')
    with pytest.raises(InputFileError) as info:
        read_snapshot_file(broken)
    assert info.value.problems[0][0] == 4 and "not valid JSON" in info.value.problems[0][1]

    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"as_of": "2026-11-01",\n "models": {\n  "a/b": {"license": 7},\n'
        '  "lonely": {},\n  "c/d": {"parents": [["x"]]}}}\n'
    )
    with pytest.raises(InputFileError) as info:
        read_snapshot_file(bad)
    assert info.value.path == str(bad)
    lines = dict(info.value.problems)
    assert set(lines) == {3, 4, 5}
    assert "license must be a tag" in lines[3] and "not an org/name" in lines[4]
    assert "a parent must be" in lines[5]


def test_gzip_and_plain_documents_read_alike(tmp_path: Path) -> None:
    plain, packed = tmp_path / "s.json", tmp_path / "s.json.gz"
    write_snapshot_document(_document("2026-11-02"), plain)
    write_snapshot_document(_document("2026-11-02"), packed)
    assert json.loads(plain.read_text(encoding="utf-8"))["as_of"] == "2026-11-02"
    assert json.loads(gzip.decompress(packed.read_bytes()))["as_of"] == "2026-11-02"
    assert packed.read_bytes()[4:8] == b"\0\0\0\0"  # no timestamp: the same bytes every time
    assert read_snapshot_file(plain) == read_snapshot_file(packed)
    assert load_lineage_snapshot(packed).origin == "file"


def test_status_names_what_is_in_use(data_dir: Path) -> None:
    status = knowledge_status()
    assert status.in_use.origin == "bundled" and status.candidates is None
    assert status.in_use == status.bundled and status.bundled.models > 0
    _write_user_snapshot({**_document("2026-11-25"), "updated_at": "2026-11-26T08:00:00Z"})
    user_candidates_path().write_text(
        json.dumps({"as_of": "2026-11-25", "candidates": [{"family": "quill", "repos": 2}]}),
        encoding="utf-8",
    )
    status = knowledge_status()
    assert status.in_use.origin == "user" and status.in_use.models == 1
    assert status.in_use.as_of == "2026-11-25" and status.in_use.updated_at is not None
    assert status.bundled.origin == "bundled" and status.bundled.models > 1
    assert status.candidates is not None and status.candidates.count == 1
    assert status.user_folder == data_dir / "knowledge"
