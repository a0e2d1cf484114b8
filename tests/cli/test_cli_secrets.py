"""A Hub token and an endpoint's credentials appear in no output, file, store or log."""

from __future__ import annotations

import base64
import logging
import sqlite3
import zlib
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.cli.output import errors
from auditor.report.formats import ReportFormat
from auditor.sources.hub import HubOptions
from auditor.sources.redact import redact, redact_url, register_secrets
from tests.fakehub import FakeHub

runner = CliRunner()
SENTINEL = "s3ntinelQx7"
TOKEN = f"hf_{SENTINEL}tokenValue0123456789"
PASSWORD = f"pw{SENTINEL}secret"
CARD = "---\nlicense: mit\n---\n# Quill model\n"


def _stored_text(path: Path) -> str:
    """Every byte of a file, plus each SQLite cell decompressed when it is zlib."""
    data = path.read_bytes()
    texts = [data.decode("latin-1")]
    if data.startswith(b"SQLite format 3"):
        with sqlite3.connect(path) as conn:
            tables = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            for table in tables:
                for row in conn.execute(f"SELECT * FROM {table}"):
                    for cell in row:
                        if isinstance(cell, bytes):
                            try:
                                texts.append(zlib.decompress(cell).decode("utf-8"))
                            except zlib.error:
                                texts.append(cell.decode("latin-1"))
                        else:
                            texts.append(str(cell))
    return "\n".join(texts)


def _leaks(text: str) -> list[str]:
    basic = base64.b64encode(f"mirror-user:{PASSWORD}".encode()).decode()
    return [s for s in (SENTINEL, basic) if s in text]


@pytest.mark.parametrize("debug", [False, True])
def test_sentinel_appears_nowhere(
    fake_hub: FakeHub,
    tmp_path: Path,
    debug: bool,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sha = fake_hub.add_repo("acme/open", {"README.md": CARD, "LICENSE": "Quill: use freely.\n"})
    fake_hub.add_repo("acme/gated", {"README.md": CARD, "LICENSE": "x"}, gated="manual")
    endpoint = fake_hub.url.replace("http://", f"http://mirror-user:{PASSWORD}@")
    manifest = tmp_path / "models.yaml"
    manifest.write_text(
        f"version: 1\nmodels:\n  - acme/open@{sha}\n  - acme/gated\n  - acme/missing\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    env = {
        "HF_TOKEN": TOKEN,
        "HF_ENDPOINT": endpoint,
        "AUDITOR_CACHE_DIR": str(tmp_path / "analysis"),
        "AUDITOR_HISTORY_DB": str(tmp_path / "history.sqlite3"),
        "AUDITOR_DEBUG": "1" if debug else "0",
    }
    common = ["--cache-dir", str(tmp_path / "hf")]
    outputs: list[str] = []
    for fmt in ReportFormat:
        for command in (
            ["scan", f"acme/open@{sha}", "acme/gated", "acme/missing", "--endpoint", endpoint],
            ["check", str(manifest), "--record"],
        ):
            for target in (None, out / f"{command[0]}.{fmt.value}"):
                args = [*command, *common, "--format", fmt.value]
                if target is not None:
                    args += ["--output", str(target)]
                result = runner.invoke(app, args, env=env)
                outputs.append(result.stdout + result.stderr)
                if result.exception is not None and not isinstance(result.exception, SystemExit):
                    outputs.append(repr(result.exception))
    notice = runner.invoke(app, ["notice", str(manifest), *common], env=env)
    outputs.append(notice.stdout + notice.stderr)
    for cmd in (["history", "list"], ["history", "show", "1", "-f", "json"]):
        shown = runner.invoke(app, cmd, env=env)
        outputs.append(shown.stdout + shown.stderr)
    lock = runner.invoke(app, ["lock", str(manifest), *common], env=env)
    outputs.append(lock.stdout + lock.stderr)
    captured = capfd.readouterr()
    outputs += [captured.out, captured.err, caplog.text]
    assert all(not _leaks(text) for text in outputs), [o for o in outputs if _leaks(o)][:1]
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "hf" not in p.parts]
    assert any(p.name == "history.sqlite3" for p in written)
    assert any(p.suffix == ".json" and "analysis" in p.parts for p in written)
    leaked = {str(p): _leaks(_stored_text(p)) for p in written}
    assert not any(leaked.values()), leaked
    assert "***@127.0.0.1" in (out / "scan.json").read_text()  # the endpoint, redacted
    sent = {h.get("authorization") for _, _, h in fake_hub.requests}
    assert sent - {None}  # credentials were sent (the endpoint's Basic wins over the token)


def test_redaction_of_urls_and_log_text() -> None:
    assert redact_url("http://user:tok@mirror.example/x") == "http://***@mirror.example/x"
    assert redact_url("https://mirror.example/a@b") == "https://mirror.example/a@b"
    assert HubOptions(endpoint="https://u:p@m.example/").endpoint_url == "https://***@m.example"
    assert HubOptions(endpoint="https://u:p@m.example/").client_endpoint == "https://u:p@m.example"
    register_secrets("quillsecret42", "https://bob:quillpass42@m.example")
    text = (
        "Authorization: Bearer abcdefgh; token=quillsecret42 pw quillpass42 hf_abcdefghijklmnopqrst"
    )
    cleaned = redact(text)
    for secret in ("abcdefgh", "quillsecret42", "quillpass42", "hf_abcdefghijklmnopqrst"):
        assert secret not in cleaned


def test_debug_traceback_is_redacted_and_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    endpoint = f"http://mirror-user:{PASSWORD}@127.0.0.1:9"
    with pytest.raises(typer.Exit) as caught, errors(debug=True):
        raise RuntimeError(f"boom at {endpoint}/api/models")  # as a chained HTTP error may
    assert caught.value.exit_code == 3
    shown = capsys.readouterr().err
    assert "Traceback" in shown and "RuntimeError: boom at http://***@127.0.0.1:9" in shown
    assert not _leaks(shown)
