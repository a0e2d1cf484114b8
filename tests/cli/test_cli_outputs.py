"""--output writes only to a new path or a regular file that the run does not read."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.conftest import ROOT
from tests.diskfull import fill, tmpfs

runner = CliRunner()
EXAMPLE = ROOT / "examples"
MIT_CARD = "---\nlicense: mit\n---\n# Quill model\n"


def _example(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "ex")
    return tmp_path / "ex" / "manifest.yaml"


def _refused(args: list[str], path: Path) -> None:
    before = path.read_bytes()
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert f"error: {path}: is an input of this run" in result.stderr
    assert "Traceback" not in result.output
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_check_never_overwrites_its_manifest(tmp_path: Path) -> None:
    manifest = _example(tmp_path)
    _refused(["check", str(manifest), "-o", str(manifest)], manifest)
    _refused(["notice", str(manifest), "-o", str(manifest)], manifest)


def test_check_never_overwrites_its_policy_or_lockfile(tmp_path: Path) -> None:
    manifest = _example(tmp_path)
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\nname: mine\nextends: default\n")
    _refused(["check", str(manifest), "-p", str(policy), "-o", str(policy)], policy)
    child = tmp_path / "child.yaml"
    child.write_text(f"version: 1\nname: child\nextends: {policy}\n")
    _refused(["check", str(manifest), "-p", str(child), "-o", str(policy)], policy)
    lock = manifest.parent / "auditor.lock"
    lock.write_text("# a lock\n")
    _refused(["check", str(manifest), "-o", str(lock)], lock)


def test_check_never_overwrites_a_local_models_license(tmp_path: Path) -> None:
    manifest = _example(tmp_path)
    licenses = sorted((manifest.parent / "models" / "acme-embedder").glob("LICENSE*"))
    card = manifest.parent / "models" / "acme-embedder" / "README.md"
    for path in [*licenses[:1], card]:
        _refused(["check", str(manifest), "-o", str(path)], path)


def test_scan_never_overwrites_the_card_or_license_it_reads(tmp_path: Path) -> None:
    folder = tmp_path / "quill"
    folder.mkdir()
    (folder / "README.md").write_text(MIT_CARD)
    (folder / "LICENSE").write_text("Quill Model License: use it as you like.\n")
    _refused(["scan", str(folder), "-o", str(folder / "README.md")], folder / "README.md")
    _refused(["scan", str(folder), "-o", str(folder / "LICENSE")], folder / "LICENSE")
    _refused(
        ["scan", str(folder / "README.md"), "-o", str(folder / "README.md")], folder / "README.md"
    )
    # a new report inside the model folder is fine
    result = runner.invoke(app, ["scan", str(folder), "-o", str(folder / "report.txt")])
    assert result.exit_code == 0, result.output


def test_report_never_overwrites_the_saved_result(tmp_path: Path) -> None:
    saved = tmp_path / "result.json"
    first = runner.invoke(app, ["check", str(_example(tmp_path)), "-f", "json", "-o", str(saved)])
    assert first.exit_code == 1, first.output  # the example blocks its research model
    _refused(["report", str(saved), "-f", "html", "-o", str(saved)], saved)


def test_output_to_a_fifo_or_a_device_is_refused_before_the_audit(tmp_path: Path) -> None:
    manifest = _example(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["check", str(manifest), "-o", str(fifo)])
    assert result.exit_code == 2, result.output
    assert f"error: {fifo}: is a FIFO (named pipe), not a regular file" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root (CAP_MKNOD)")
    result = runner.invoke(app, ["check", str(manifest), "-o", str(node)])
    assert result.exit_code == 2, result.output
    assert f"error: {node}: is a character device" in result.stderr
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_output_to_a_directory_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(_example(tmp_path)), "-o", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"error: {tmp_path}: is a directory" in result.stderr


def test_a_replaced_report_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("{}")
    out.chmod(0o600)
    result = runner.invoke(app, ["check", str(_example(tmp_path)), "-f", "json", "-o", str(out)])
    assert result.exit_code == 1, result.output  # the example blocks its research model
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["verdict"] == "fail"


def test_full_disk_for_report_and_history_is_a_clear_error(tmp_path: Path) -> None:
    manifest = _example(tmp_path)
    with tmpfs(tmp_path / "disk", size_kib=64) as disk:
        fill(disk)
        out = disk / "report.html"
        result = runner.invoke(app, ["check", str(manifest), "-f", "html", "-o", str(out)])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"error: {out}: cannot be written (No space left")
        db = disk / "history.sqlite3"
        result = runner.invoke(app, ["check", str(manifest), "--record", "--history-db", str(db)])
        assert result.exit_code == 2, result.output
        assert f"error: {db}: cannot write the history database" in result.stderr
        assert "report it as a bug" not in result.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_read_only_folder_for_history_and_lock_is_a_clear_error(tmp_path: Path) -> None:
    manifest = _example(tmp_path)
    with tmpfs(tmp_path / "ro", read_only=True) as folder:
        db = folder / "history.sqlite3"
        result = runner.invoke(app, ["check", str(manifest), "--record", "--history-db", str(db)])
        assert result.exit_code == 2, result.output
        assert f"error: {db}: cannot write the history database" in result.stderr
        out = folder / "report.txt"
        result = runner.invoke(app, ["check", str(manifest), "-o", str(out)])
        assert result.exit_code == 2, result.output
        assert f"error: {out}: cannot be written" in result.stderr
        assert list(folder.iterdir()) == []
