"""Atomic output writes."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from unittest.mock import patch

import pytest

from auditor.errors import UsageError
from auditor.fileio.atomic import OutputError, atomic_text_file, write_text_atomic
from tests.diskfull import fill, tmpfs


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


def test_refuses_a_fifo_and_leaves_it_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match=r"pipe: is a FIFO"):
        write_text_atomic(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_refuses_a_device_node_and_leaves_it_a_device(tmp_path: Path) -> None:
    # a private copy of /dev/null's node: the real one is never put at risk by the test
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root (CAP_MKNOD)")
    with pytest.raises(OutputError, match=r"null: is a character device"):
        write_text_atomic(node, "x")
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        write_text_atomic(tmp_path, "x")


def test_refuses_an_input_file_under_any_spelling(tmp_path: Path) -> None:
    manifest = tmp_path / "models.yaml"
    manifest.write_text("models: []\n")
    linked = tmp_path / "hard.yaml"
    os.link(manifest, linked)
    for spelling in (manifest, tmp_path / "." / "models.yaml", linked):
        with pytest.raises(OutputError, match="is an input of this run"):
            write_text_atomic(spelling, "report", inputs=[manifest])
    assert manifest.read_text() == "models: []\n"


def test_keeps_the_mode_of_a_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "private.json"
    target.write_text("old")
    target.chmod(0o600)
    write_text_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == "new"
    fresh = tmp_path / "fresh.json"
    write_text_atomic(fresh, "new")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_a_read_only_folder_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", read_only=True) as folder:
        with pytest.raises(OutputError, match=r"report.txt: cannot be written") as caught:
            write_text_atomic(folder / "report.txt", "x")
        assert "read-only" in str(caught.value)
        assert list(folder.iterdir()) == []


def test_a_full_disk_is_a_clear_error_and_leaves_no_temporary(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", size_kib=64) as disk:
        target = disk / "report.html"
        target.write_text("previous")
        fill(disk)
        with pytest.raises(OutputError, match=r"report.html: cannot be written") as caught:
            write_text_atomic(target, "x" * 100_000)
        assert "disk is full" in str(caught.value)
        assert target.read_text() == "previous"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "report.html"]


def test_a_failing_sync_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("previous")
    failure = OSError(errno.ENOSPC, "No space left on device")
    with (
        patch("os.fsync", side_effect=failure),
        pytest.raises(OutputError, match=r"report.html: cannot be written"),
    ):
        write_text_atomic(target, "x")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_streamed_file_takes_its_name_only_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "scan.jsonl"
    target.write_text("previous")
    with atomic_text_file(target) as write:
        write("one\n")
        assert target.read_text() == "previous"  # the old report, whole, until the end
        write("two\n")
    assert target.read_text() == "one\ntwo\n"
    assert [p.name for p in tmp_path.iterdir()] == ["scan.jsonl"]


def test_a_failed_run_leaves_the_old_file_and_its_own_error(tmp_path: Path) -> None:
    target = tmp_path / "scan.jsonl"
    target.write_text("previous")
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "model/README.md")

    def run() -> None:
        with atomic_text_file(target) as write:
            write("one\n")
            raise missing  # an input the run could not read: not an error of the output

    with pytest.raises(FileNotFoundError) as caught:
        run()
    assert caught.value is missing
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["scan.jsonl"]


def test_a_full_disk_while_streaming_is_a_clear_error(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", size_kib=64) as disk:
        target = disk / "scan.jsonl"
        target.write_text("previous")
        fill(disk)

        def run() -> None:
            with atomic_text_file(target) as write:
                for _ in range(100):
                    write("x" * 10_000 + "\n")

        with pytest.raises(OutputError, match=r"scan.jsonl: cannot be written"):
            run()
        assert target.read_text() == "previous"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "scan.jsonl"]
