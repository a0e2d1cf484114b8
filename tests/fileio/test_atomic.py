"""Atomic output writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import UsageError
from auditor.fileio.atomic import write_text_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_text_atomic(target, "one")
    write_text_atomic(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_failure_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous")

    with pytest.raises(TypeError):
        write_text_atomic(target, 12345)  # type: ignore[arg-type]
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_refuses_symlinks_and_missing_folders(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    link = tmp_path / "out" / "report.txt"
    link.parent.mkdir()
    link.symlink_to(outside)
    with pytest.raises(UsageError, match="symbolic link"):
        write_text_atomic(link, "x")
    assert outside.read_text() == "keep"
    with pytest.raises(UsageError, match="does not exist"):
        write_text_atomic(tmp_path / "missing" / "r.txt", "x")
