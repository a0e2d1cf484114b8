"""The progress display: on a terminal only, transient, and the client's own bars silenced."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import progress as progress_module
from auditor.cli.progress import progress, silence_client_bars, wanted
from tests.conftest import ROOT
from tests.fakehub import Failure, FakeHub

CARD = "---\nlicense: apache-2.0\n---\n# Quill model\n" + "Quill is a model.\n" * 200
_CSI = re.compile(r"\x1b\[([?\d;]*)([A-Za-z])")


def screen(raw: str) -> list[str]:
    """What a terminal shows after `raw`: a small emulator of what rich and a pty send
    (carriage return, newline, cursor up/down/column, erase line and screen; styles ignored)."""
    lines: list[list[str]] = [[]]
    row = col = 0
    pos = 0
    while pos < len(raw):
        match = _CSI.match(raw, pos)
        if match:
            args, op = match.group(1), match.group(2)
            count = int(args) if args.isdigit() else 1
            if op == "A":
                row = max(0, row - count)
            elif op == "B":
                row += count
            elif op == "G":
                col = count - 1
            elif op == "K":
                while len(lines) <= row:
                    lines.append([])
                lines[row] = lines[row][:col] if args in ("", "0") else []
            elif op == "J":
                lines = [[]]
                row = col = 0
            pos = match.end()
            continue
        char = raw[pos]
        pos += 1
        while len(lines) <= row:
            lines.append([])
        if char == "\r":
            col = 0
        elif char == "\n":
            row, col = row + 1, 0
        elif char == "\x1b" or ord(char) < 32:
            continue
        else:
            line = lines[row]
            line.extend(" " * (col - len(line) + 1) if col >= len(line) else [])
            line[col] = char
            col += 1
    shown = ["".join(line).rstrip() for line in lines]
    return [line for line in shown if line]


def test_the_emulator_erases_what_rich_erases() -> None:
    raw = "\x1b[?25lbar 1\r\x1b[2K\x1b[1A\x1b[2K\rfinal\x1b[?25h\n"
    assert screen("first\n" + raw) == ["final"]


def test_wanted_only_on_a_terminal_and_never_when_opted_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress_module, "_stderr_is_terminal", lambda: True)
    assert wanted(quiet=False)
    assert not wanted(quiet=True)
    assert not wanted(quiet=False, json_to_stdout=True)
    monkeypatch.setattr(progress_module, "_stderr_is_terminal", lambda: False)
    assert not wanted(quiet=False)


def test_no_display_yields_no_callback() -> None:
    with progress(3, show=False) as done:
        assert done is None


def test_the_client_bars_are_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    silence_client_bars()
    assert os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] == "1"
    from huggingface_hub.utils import are_progress_bars_disabled  # type: ignore[attr-defined]

    assert are_progress_bars_disabled()


def _run_on_a_pty(args: list[str], cwd: Path, *, stdout_too: bool = False) -> tuple[int, str]:
    """Run the CLI with stderr (and stdout) on a pseudo-terminal; what the terminal received."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120"}
    env.pop("HF_HUB_DISABLE_PROGRESS_BARS", None)  # the CLI must switch them off itself
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave if stdout_too else subprocess.DEVNULL,
        stderr=slave,
        cwd=cwd,
        env=env,
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_shows_progress_then_only_the_final_line(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    refs = []
    for name in ("one", "two", "three"):
        sha = fake_hub.add_repo(f"acme/{name}", {"README.md": CARD, "LICENSE": "Quill terms"})
        refs.append(f"acme/{name}@{sha}")
    fake_hub.inject(r"/resolve/", Failure(mode="hang", delay=0.4, times=3))
    out = tmp_path / "report.html"
    code, raw = _run_on_a_pty(
        [
            "scan",
            *refs,
            "--endpoint",
            fake_hub.url,
            "--cache-dir",
            str(tmp_path / "c"),
            "-f",
            "html",
            "-o",
            str(out),
        ],
        tmp_path,
    )
    assert code in (0, 1), raw
    assert "auditing" in raw and "models" in raw, raw  # the display was drawn
    assert "/3" in raw and "downloaded" in raw, raw  # models done of total, bytes
    assert "it/s" not in raw and "%|" not in raw  # no huggingface_hub (tqdm) bar
    assert screen(raw) == [f"{screen(raw)[-1]}"]
    assert screen(raw)[-1].endswith(f"Report: {out}"), screen(raw)


def test_quiet_draws_nothing_but_the_final_line(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/one", {"README.md": CARD})
    code, raw = _run_on_a_pty(
        [
            "scan",
            f"acme/one@{sha}",
            "--endpoint",
            fake_hub.url,
            "--cache-dir",
            str(tmp_path / "c"),
            "--quiet",
            "-o",
            str(tmp_path / "r.txt"),
        ],
        tmp_path,
    )
    assert code in (0, 1), raw
    assert "auditing" not in raw
    assert len(screen(raw)) == 1 and "Report:" in raw


def test_a_text_report_on_a_terminal_ends_with_the_verdict(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/one", {"README.md": CARD})
    code, raw = _run_on_a_pty(
        ["scan", f"acme/one@{sha}", "--endpoint", fake_hub.url, "--cache-dir", str(tmp_path)],
        tmp_path,
        stdout_too=True,
    )
    assert code in (0, 1), raw
    shown = screen(raw)
    assert "Model license audit" in raw  # the text report
    assert shown[-1].startswith(("Pass: 1 model passes.", "Pass with warnings: 1 model")), shown
