"""Fault injection against the loopback fake Hub: one model of two fails, the run still ends.

Each scenario audits a manifest of two pinned models, faults only one of them, and checks
that the run finishes in bounded time with a `source` finding for the faulted model, the
other model audited normally, exit code 3 (or verdict "error"), no partial output files,
and that the same run succeeds once the fault is cleared.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit_manifest
from auditor.cli.main import app
from auditor.model import Category, Verdict
from auditor.sources.hub import HubOptions
from tests.fakehub import Failure, FakeHub

# The retries these tests provoke pause 10 ms, not 1 s then 2 s (the pauses are checked at
# their real length in tests/sources/test_retry_pauses.py).
pytestmark = pytest.mark.usefixtures("quick_retries")

APACHE_CARD = "---\nlicense: apache-2.0\nlanguage: en\n---\n# A model\n"
LICENSE_TEXT = "Acme model license text (a fixture written for these tests).\n" * 4
GOOD = "acme/good"
BAD = "acme/bad"
MODEL_INFO = r"^/api/models/acme/bad(/|\?|$)"
BAD_RESOLVE = r"^/acme/bad/resolve/"
BAD_LICENSE = r"^/acme/bad/resolve/[0-9a-f]{40}/LICENSE(\?|$)"
MAX_REQUESTS = 6
MAX_SECONDS = 15.0
# Words that betray a leaked traceback or a raw exception in a user-facing message.
LEAK = re.compile(r"Traceback|File \"|Error\(|Exception\b|httpx|huggingface_hub\.")

runner = CliRunner()


@dataclass
class Setup:
    manifest: Path
    out_dir: Path
    out: Path
    cache: Path


@dataclass
class Run:
    exit_code: int
    document: dict[str, Any] | None
    stderr: str
    seconds: float


def make_setup(hub: FakeHub, tmp_path: Path) -> Setup:
    files: dict[str, bytes | str] = {"README.md": APACHE_CARD, "LICENSE": LICENSE_TEXT}
    good = hub.add_repo(GOOD, files)
    bad = hub.add_repo(BAD, files)
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text(f"models:\n  - ref: {GOOD}@{good}\n  - ref: {BAD}@{bad}\n")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    return Setup(manifest, out_dir, out_dir / "out.json", tmp_path / "hf")


def _unbind_hub_logger_from_old_runner_streams() -> None:
    """Point huggingface_hub's own stderr handler at the stderr of now.

    The client creates that handler once, bound to the sys.stderr of the moment: inside a
    CliRunner invocation, a captured stream that is closed when the invocation ends. A later
    warning (such as "Trying to resume download...") would then print "--- Logging error ---"
    with a traceback. A real process never swaps sys.stderr; only the test harness does.
    """
    from huggingface_hub.utils import logging as hf_logging

    for handler in hf_logging.get_logger().handlers:
        if isinstance(handler, logging.StreamHandler):
            with handler.lock or contextlib.nullcontext():
                handler.stream = sys.stderr


def run_check(hub: FakeHub, setup: Setup, tmp_path: Path) -> Run:
    _unbind_hub_logger_from_old_runner_streams()
    started = time.monotonic()
    result = runner.invoke(
        app,
        [
            "check",
            str(setup.manifest),
            "--endpoint",
            hub.url,
            "--cache-dir",
            str(setup.cache),
            "--format",
            "json",
            "--output",
            str(setup.out),
        ],
        # an analysis cache of our own: a pinned model analysed elsewhere must not skip the Hub
        env={"AUDITOR_CACHE_DIR": str(tmp_path / "analysis")},
    )
    seconds = time.monotonic() - started
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    document = json.loads(setup.out.read_text()) if setup.out.exists() else None
    return Run(result.exit_code, document, result.stderr, seconds)


def by_repo(document: dict[str, Any], repo: str) -> dict[str, Any]:
    found = [m for m in document["models"] if str(m["ref"]).split("@")[0] == repo]
    assert len(found) == 1, [m["ref"] for m in document["models"]]
    model: dict[str, Any] = found[0]
    return model


def source_messages(model: dict[str, Any]) -> list[str]:
    return [str(f["message"]) for f in model["findings"] if f["category"] == Category.SOURCE]


def assert_no_partial_files(setup: Setup, tmp_path: Path) -> list[str]:
    """Only out.json (or nothing) in the output folder, no *.tmp anywhere; HF leftovers."""
    assert {p.name for p in setup.out_dir.iterdir()} <= {"out.json"}
    stray = list(tmp_path.rglob("*.tmp"))
    assert not stray, stray
    return sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.incomplete"))


def assert_faulted_run(
    hub: FakeHub,
    setup: Setup,
    tmp_path: Path,
    run: Run,
    path: str,
    *,
    max_requests: int = MAX_REQUESTS,
) -> str:
    """The run ended with exit 3, a clear source finding for BAD, GOOD audited; bounded."""
    assert run.seconds < MAX_SECONDS, run.seconds
    assert run.exit_code == 3, (run.exit_code, run.stderr)
    assert run.document is not None, run.stderr
    assert run.document["verdict"] == Verdict.ERROR
    good = by_repo(run.document, GOOD)
    assert good["verdict"] != Verdict.ERROR, good
    bad = by_repo(run.document, BAD)
    assert bad["verdict"] == Verdict.ERROR, bad
    messages = source_messages(bad)
    assert messages, bad["findings"]
    for message in messages:
        assert BAD in message or "LICENSE" in message or "README" in message, message
        assert not LEAK.search(message), message
    attempts = len(hub.requests_matching(path))
    assert 1 <= attempts <= max_requests, attempts
    leftovers = assert_no_partial_files(setup, tmp_path)
    print(f"faulted run: {run.seconds:.2f} s, {attempts} request(s), HF leftovers {leftovers}")
    return " | ".join(messages)


def assert_recovers(hub: FakeHub, setup: Setup, tmp_path: Path) -> None:
    hub.clear_failures()
    run = run_check(hub, setup, tmp_path)
    assert run.exit_code in (0, 1), (run.exit_code, run.stderr)
    assert run.document is not None
    bad = by_repo(run.document, BAD)
    assert bad["verdict"] != Verdict.ERROR, bad
    assert not any("could not" in m for m in source_messages(bad)), bad
    assert_no_partial_files(setup, tmp_path)


# -- model_info faults: tried at most three times (hub_limits.MAX_ATTEMPTS) ----------------


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(Failure(status=500, times=None), id="http-500"),
        pytest.param(Failure(status=502, times=None), id="http-502"),
        pytest.param(Failure(status=429, headers={"Retry-After": "1"}, times=None), id="http-429"),
        pytest.param(Failure(mode="reset", times=None), id="connection-reset"),
    ],
)
def test_model_info_fault_is_a_source_finding_and_the_other_model_is_audited(
    fake_hub: FakeHub, tmp_path: Path, failure: Failure
) -> None:
    setup = make_setup(fake_hub, tmp_path)
    fake_hub.inject(MODEL_INFO, failure)
    run = run_check(fake_hub, setup, tmp_path)
    assert_faulted_run(fake_hub, setup, tmp_path, run, MODEL_INFO)
    assert_recovers(fake_hub, setup, tmp_path)


def test_model_info_timeout_is_bounded_by_the_hub_timeout(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    setup = make_setup(fake_hub, tmp_path)
    fake_hub.inject(MODEL_INFO, Failure(mode="hang", delay=4.0, times=None))
    options = AuditOptions(
        hub=HubOptions(endpoint=fake_hub.url, cache_dir=setup.cache, timeout=1.0),
        cache_dir=tmp_path / "analysis",
    )
    started = time.monotonic()
    result = audit_manifest(setup.manifest, options)
    seconds = time.monotonic() - started
    assert seconds < 4.0, (
        seconds
    )  # gave up after ~1 s (a timeout is not retried), before the Hub answered
    assert result.verdict is Verdict.ERROR
    verdicts = {m.ref.split("@")[0]: m.verdict for m in result.models}
    assert verdicts[BAD] is Verdict.ERROR
    assert verdicts[GOOD] is not Verdict.ERROR
    bad = next(m for m in result.models if m.ref.startswith(BAD))
    messages = [f.message for f in bad.findings if f.category is Category.SOURCE]
    assert messages
    assert all(not LEAK.search(m) for m in messages), messages
    assert len(fake_hub.requests_matching(MODEL_INFO)) <= MAX_REQUESTS
    assert_no_partial_files(setup, tmp_path)
    fake_hub.clear_failures()
    again = audit_manifest(setup.manifest, options)
    assert all(m.verdict is not Verdict.ERROR for m in again.models), again.models


# -- file download faults ------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403])
def test_gated_license_download_is_a_source_finding(
    fake_hub: FakeHub, tmp_path: Path, status: int
) -> None:
    setup = make_setup(fake_hub, tmp_path)
    message = f"Access to model {BAD} is restricted. You must have access to it."
    fake_hub.inject(
        BAD_LICENSE,
        Failure(
            status=status,
            headers={"X-Error-Code": "GatedRepo", "X-Error-Message": message},
            times=None,
        ),
    )
    run = run_check(fake_hub, setup, tmp_path)
    text = assert_faulted_run(fake_hub, setup, tmp_path, run, BAD_LICENSE)
    assert "access refused" in text and "HF_TOKEN" in text, text
    assert_recovers(fake_hub, setup, tmp_path)


def test_repo_deleted_between_model_info_and_download(fake_hub: FakeHub, tmp_path: Path) -> None:
    setup = make_setup(fake_hub, tmp_path)
    fake_hub.inject(
        BAD_RESOLVE,
        Failure(
            status=404,
            headers={"X-Error-Code": "RepoNotFound", "X-Error-Message": "Repository not found"},
            times=None,
        ),
    )
    run = run_check(fake_hub, setup, tmp_path)
    text = assert_faulted_run(fake_hub, setup, tmp_path, run, BAD_RESOLVE)
    assert "repo not found" in text, text
    assert_recovers(fake_hub, setup, tmp_path)


def test_truncated_license_body_is_fetched_again(fake_hub: FakeHub, tmp_path: Path) -> None:
    """A body cut short is fetched again (after 1 s): one cut heals."""
    setup = make_setup(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(mode="truncate", method="GET", times=1))
    run = run_check(fake_hub, setup, tmp_path)
    assert run.seconds < MAX_SECONDS
    assert run.exit_code in (0, 1), (run.exit_code, run.stderr)
    assert run.document is not None
    bad = by_repo(run.document, BAD)
    assert bad["verdict"] != Verdict.ERROR, bad
    gets = fake_hub.requests_matching(BAD_LICENSE, method="GET")
    assert 2 <= len(gets) <= MAX_REQUESTS, gets
    leftovers = assert_no_partial_files(setup, tmp_path)
    print(f"truncated run: {run.seconds:.2f} s, {len(gets)} GET(s), HF leftovers {leftovers}")


def test_wrong_content_length_on_license_download(fake_hub: FakeHub, tmp_path: Path) -> None:
    """A body shorter than the size the listing gave fails the size check."""
    setup = make_setup(fake_hub, tmp_path)
    short = LICENSE_TEXT.encode()[:10]
    fake_hub.inject(BAD_LICENSE, Failure(status=200, body=short, method="GET", times=None))
    run = run_check(fake_hub, setup, tmp_path)
    assert_faulted_run(fake_hub, setup, tmp_path, run, BAD_LICENSE)
    assert run.document is not None
    messages = source_messages(by_repo(run.document, BAD))
    assert any("size did not match" in m for m in messages), messages
    assert not any("Error)" in m for m in messages), messages  # no exception class names
    assert_recovers(fake_hub, setup, tmp_path)


def test_license_cut_on_every_attempt_ends_in_a_source_finding(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    """Three GETs (MAX_ATTEMPTS) whatever the file's size, ~3 s of pauses."""
    setup = make_setup(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(mode="truncate", method="GET", times=None))
    run = run_check(fake_hub, setup, tmp_path)
    assert run.seconds < MAX_SECONDS, run.seconds
    assert run.exit_code == 3, (run.exit_code, run.stderr)
    assert run.document is not None
    assert by_repo(run.document, GOOD)["verdict"] != Verdict.ERROR
    bad = by_repo(run.document, BAD)
    assert bad["verdict"] == Verdict.ERROR
    messages = source_messages(bad)
    assert any("LICENSE could not be downloaded" in m for m in messages), messages
    assert any("broke off" in m for m in messages), messages
    assert not any("file not found" in m for m in messages), messages
    gets = fake_hub.requests_matching(BAD_LICENSE, method="GET")
    assert len(gets) == 3, gets
    assert_no_partial_files(setup, tmp_path)
    assert_recovers(fake_hub, setup, tmp_path)


@pytest.mark.parametrize("status", [500, 502])
def test_license_5xx_once_is_tried_again(fake_hub: FakeHub, tmp_path: Path, status: int) -> None:
    """A single 5xx on the download is tried again after a pause (1 s), and heals; a lasting
    one costs MAX_ATTEMPTS (3) GETs and ~3 s of pauses (tests/sources/test_hub_limits.py)."""
    setup = make_setup(fake_hub, tmp_path)
    fake_hub.inject(BAD_LICENSE, Failure(status=status, method="GET", times=1))
    run = run_check(fake_hub, setup, tmp_path)
    assert run.seconds < MAX_SECONDS, run.seconds
    assert run.exit_code in (0, 1), (run.exit_code, run.stderr)
    assert run.document is not None
    assert by_repo(run.document, BAD)["verdict"] != Verdict.ERROR
    gets = fake_hub.requests_matching(BAD_LICENSE, method="GET")
    assert len(gets) == 2, gets
    assert not fake_hub.requests_matching(BAD_LICENSE, method="HEAD")
    assert_no_partial_files(setup, tmp_path)


# -- redirect loops: the client's own redirect limit bounds them ---------------------------

MAX_REDIRECTS = 40  # httpx stops after 20 redirects, requests after 30


@pytest.mark.parametrize(
    ("path", "location"),
    [
        pytest.param(MODEL_INFO, "/api/models/acme/bad", id="model-info"),
        pytest.param(BAD_LICENSE, None, id="license-download"),
    ],
)
def test_redirect_loop_is_a_source_finding(
    fake_hub: FakeHub, tmp_path: Path, path: str, location: str | None
) -> None:
    setup = make_setup(fake_hub, tmp_path)
    bad_sha = setup.manifest.read_text().split(f"{BAD}@")[1].split()[0]
    target = location or f"/acme/bad/resolve/{bad_sha}/LICENSE"
    fake_hub.inject(path, Failure(status=302, headers={"Location": target}, times=None))
    run = run_check(fake_hub, setup, tmp_path)
    text = assert_faulted_run(fake_hub, setup, tmp_path, run, path, max_requests=MAX_REDIRECTS)
    assert "redirect" in text, text
    assert_recovers(fake_hub, setup, tmp_path)


# -- the lockfile and the history database are not touched by a failed run ---------------


def test_failed_lock_and_record_leave_no_partial_files(fake_hub: FakeHub, tmp_path: Path) -> None:
    """`auditor lock` refuses to write a lock with a model it could not read, and
    `check --record` keeps the history database whole; both work again once the Hub does."""
    setup = make_setup(fake_hub, tmp_path)
    history = tmp_path / "history.sqlite"
    lock = setup.manifest.parent / "auditor.lock"
    fake_hub.inject(MODEL_INFO, Failure(status=500, times=None))
    base = ["--endpoint", fake_hub.url, "--cache-dir", str(setup.cache)]
    env = {"AUDITOR_CACHE_DIR": str(tmp_path / "analysis")}

    locked = runner.invoke(app, ["lock", str(setup.manifest), *base], env=env)
    assert locked.exit_code == 3, locked.output
    assert not lock.exists()
    recorded = runner.invoke(
        app,
        ["check", str(setup.manifest), *base, "--record", "--history-db", str(history)],
        env=env,
    )
    assert recorded.exit_code == 3, recorded.output
    assert not list(tmp_path.rglob("*.tmp")) and not list(tmp_path.rglob("*-journal"))
    audits_after_failure = _history_rows(history)

    fake_hub.clear_failures()
    assert runner.invoke(app, ["lock", str(setup.manifest), *base], env=env).exit_code == 0
    assert "acme/bad" in lock.read_text()
    again = runner.invoke(
        app,
        ["check", str(setup.manifest), *base, "--record", "--history-db", str(history)],
        env=env,
    )
    assert again.exit_code in (0, 1), again.output
    assert _history_rows(history) == audits_after_failure + 1


def _history_rows(path: Path) -> int:
    import sqlite3

    if not path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(path)) as db:
        (count,) = db.execute("SELECT count(*) FROM audits").fetchone()
    return int(count)
