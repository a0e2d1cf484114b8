"""`auditor identify` writes a file at a time: the same bytes as the whole document at once."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from rich.markup import escape
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.licenses.files import FileIdentity, identify_paths
from auditor.report.identify import (
    IDENTIFY_SCHEMA_VERSION,
    _file,
    identify_json_pieces,
    identify_text_pieces,
)
from auditor.report.view_items import license_label
from auditor.report.words import describe_term

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TEXTS = sorted((CORPUS / "licenses").glob("*.txt"))[:12] + sorted((CORPUS / "cards").glob("*"))[:4]
pytestmark = pytest.mark.skipif(
    not TEXTS, reason=f"shared corpus not found at {CORPUS} (it lives beside the checkout)"
)


def _whole_json(files: list[FileIdentity]) -> str:
    """The document as one json.dumps, as `identify` wrote it before it streamed."""
    document = {"schema_version": IDENTIFY_SCHEMA_VERSION, "files": [_file(f) for f in files]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _whole_text(files: list[FileIdentity], width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False)
    for identity in files:
        match = identity.license
        how = f" ({match.confidence:.0%} by {match.method})" if match is not None else ""
        console.print(f"[bold]{escape(identity.path)}[/]: {escape(license_label(match))}{how}")
        for rid, score in identity.near_misses:
            console.print(f"  near miss: {escape(rid)} ({score:.0%})")
        for difference in identity.differences[:5]:
            console.print(f"  not in the published text: {escape(difference)}")
        for key, value in identity.terms.items():
            sentence = describe_term(key, value)
            if sentence is None:
                continue
            lines = sorted({e.line for e in identity.evidence.get(key, ()) if e.line})
            where = f" [line {', '.join(map(str, lines[:4]))}]" if lines else ""
            console.print(f"  - {escape(sentence)}{escape(where)}")
        console.print()
    return buffer.getvalue()


def test_pieces_join_to_the_whole_document() -> None:
    files = identify_paths(TEXTS)
    for count in (0, 1, len(files)):
        assert "".join(identify_json_pieces(files[:count])) == _whole_json(files[:count])
        assert "".join(identify_text_pieces(files[:count])) == _whole_text(files[:count])


def test_an_unreadable_file_stops_identify_before_anything_is_written(tmp_path: Path) -> None:
    good = tmp_path / "LICENSE"
    good.write_text(TEXTS[0].read_text(encoding="utf-8"), encoding="utf-8")
    binary = tmp_path / "weights.bin"
    binary.write_bytes(b"\x00\xff" * 64)
    out = tmp_path / "identify.json"
    out.write_text("previous", encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(app, ["identify", str(good), str(binary), "--format", "json"])
    assert shown.exit_code == 2
    assert shown.stdout == ""
    assert "weights.bin" in shown.stderr
    written = runner.invoke(app, ["identify", str(good), str(binary), "-f", "json", "-o", str(out)])
    assert written.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["LICENSE", "identify.json", "weights.bin"]
