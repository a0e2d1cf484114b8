"""One sanitiser for text outputs: controls, direction marks and surrogates shown, not obeyed."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.report.formats import ReportFormat
from auditor.report.sanitize import sanitize_inline, sanitize_json, sanitize_line, sanitize_text

runner = CliRunner()
# window title (OSC 0), clipboard write (OSC 52), a hidden line (CR), fake colour (CSI), the
# C1 single-byte CSI, a bidi override and isolate, a lone surrogate
HOSTILE = (
    "Quill\x1b]0;pwned\x07 \x1b]52;c;ZXZpbA==\x07 ok\rFAKE \x1b[32mPASS\x1b[0m "
    "\x9b31m \u202eevil\u202c \u2066iso\u2069 \ud800"
)
UNSAFE = ("\x1b", "\x07", "\r", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069", "\ud800")


def _inert(text: str) -> bool:
    return not any(c in text for c in UNSAFE)


def test_sanitize_shows_every_unsafe_character() -> None:
    shown = sanitize_text(HOSTILE)
    assert _inert(shown)
    assert "\\x1b]0;pwned\\x07" in shown
    assert "[U+202E]evil[U+202C]" in shown
    assert "\\x9b31m" in shown and "\\ud800" in shown and "ok\\x0dFAKE" in shown
    assert sanitize_text("a\r\nb\tc\n") == "a\nb\tc\n"  # Windows line ends are line ends
    assert sanitize_line("a\nb\tc") == "a\\x0ab\\x09c"
    assert sanitize_inline("a\u2028b\x1b") == "a\u2028b\\x1b"


def test_normal_text_is_returned_unchanged() -> None:
    text = "Apache-2.0 — naïve 😀 license\n\tclause 3"
    assert sanitize_text(text) is text
    assert sanitize_json(json.dumps({"a": text}, ensure_ascii=False)) == json.dumps(
        {"a": text}, ensure_ascii=False
    )


def test_json_keeps_the_same_data_escaped() -> None:
    document = {"name": HOSTILE.replace("\ud800", "")}
    text = sanitize_json(json.dumps(document, ensure_ascii=False))
    assert _inert(text)
    assert json.loads(text) == document


def test_card_strings_reach_no_output_raw(tmp_path: Path) -> None:
    folder = tmp_path / "quill"
    folder.mkdir()
    name = HOSTILE.replace("\ud800", "").replace("\r", " ").replace("\x07", "")
    (folder / "README.md").write_text(
        f"---\nlicense: other\nlicense_name: {json.dumps(name)}\n"
        f"base_model: {json.dumps(name)}\n---\n"
        f"# Quill\n\nLicensed under the {name} terms.\n",
        encoding="utf-8",
    )
    for fmt in ReportFormat:
        out = tmp_path / f"r.{fmt.value}"
        written = runner.invoke(app, ["scan", str(folder), "-f", fmt.value, "-o", str(out)])
        assert written.exit_code in (0, 1, 3), written.output
        assert _inert(out.read_text(encoding="utf-8")), fmt
        shown = runner.invoke(app, ["scan", str(folder), "-f", fmt.value])
        assert _inert(shown.stdout + shown.stderr), fmt
        if fmt in (ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.CYCLONEDX):
            json.loads(shown.stdout)
    manifest = tmp_path / "models.yaml"
    manifest.write_text("version: 1\nmodels:\n  - ./quill\n")
    notice = runner.invoke(app, ["notice", str(manifest)])
    assert _inert(notice.stdout + notice.stderr)
    identify = runner.invoke(app, ["identify", str(folder / "README.md")])
    assert _inert(identify.stdout + identify.stderr)


def test_error_messages_are_one_inert_line(tmp_path: Path) -> None:
    bad = tmp_path / "x\x1b[31m\u202e.gguf"
    result = runner.invoke(app, ["scan", str(bad)])
    assert result.exit_code in (2, 3)
    assert _inert(result.stderr)
    assert "\\x1b[31m[U+202E].gguf" in result.stderr


def test_text_report_never_starts_a_line_from_a_value(tmp_path: Path) -> None:
    """Issue 34: a line break in a file name or a card value forged `FAKE: PASS` lines."""
    folder = tmp_path / "quill"
    folder.mkdir()
    forged = "x\nFAKE: PASS\r\nALSO\u2028FAKE: PASS"
    (folder / "README.md").write_text(
        f"---\nlicense: other\nlicense_name: {json.dumps(forged)}\n---\n# Quill\n",
        encoding="utf-8",
    )
    (folder / "LICENSE\nFAKE: PASS").write_text("All rights reserved.\n", encoding="utf-8")
    shown = runner.invoke(app, ["scan", str(folder), "-f", "text"])
    assert shown.exit_code in (0, 1), shown.output
    lines = shown.stdout.splitlines()
    assert not [line for line in lines if line.lstrip().startswith(("FAKE", "ALSO"))], lines
    assert "FAKE: PASS" in shown.stdout  # shown, on the line of the value it belongs to
