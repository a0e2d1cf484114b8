"""Audit history: recording, listing, reading back, diffing, and surviving crashes."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from platformdirs import user_data_dir

from auditor.errors import SourceError, UsageError
from auditor.gate.history import (
    default_db_path,
    get_audit,
    list_audits,
    read_file_sha256,
    record,
)
from auditor.gate.history_db import APPLICATION_ID, SCHEMA_VERSION
from auditor.gate.history_diff import diff_audits
from auditor.gate.history_render import audit_diff_to_dict, render_audit_diff, render_history_list
from auditor.model import (
    AppliedWaiver,
    AuditResult,
    Category,
    Declared,
    Finding,
    LicenseMatch,
    ModelResult,
    PolicyRef,
    Severity,
    SourceInfo,
    SourceKind,
    Verdict,
)
from auditor.model.kinds import LicenseKind
from tests.conftest import ROOT

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
SHA_A = "a" * 40
SHA_B = "b" * 40


def lic(license_id: str, kind: str = "permissive-oss") -> LicenseMatch:
    return LicenseMatch(
        license_id, license_id, license_id, None, None, LicenseKind(kind), 1.0, "card-field"
    )


def finding(rule: str, severity: Severity = Severity.WARN, *, waived: bool = False) -> Finding:
    return Finding(
        rule=rule,
        category=Category.LICENSE,
        severity=severity,
        message=f"{rule} fired",
        waived=waived,
        waiver=AppliedWaiver("reviewed", "legal", "2027-01-01") if waived else None,
    )


def model(
    ref: str,
    *,
    sha: str | None = SHA_A,
    license_id: str = "Apache-2.0",
    effective: str | None = None,
    findings: tuple[Finding, ...] = (),
    verdict: Verdict = Verdict.PASS,
) -> ModelResult:
    return ModelResult(
        ref=ref,
        source=SourceInfo(SourceKind.HUB, ref, "main", sha, False, "https://huggingface.co"),
        declared=Declared(license=license_id.lower()),
        license=lic(license_id),
        effective_license=lic(effective or license_id),
        license_files=(),
        findings=findings,
        verdict=verdict,
        terms={"commercial_use": "allowed", "use_restrictions": []},
    )


def result(
    *models: ModelResult,
    verdict: Verdict = Verdict.PASS,
    run_findings: tuple[Finding, ...] = (),
) -> AuditResult:
    return AuditResult(
        tool_name="model-license-auditor",
        tool_version="0.1.0",
        generated_at="2026-11-22T12:00:00Z",
        verdict=verdict,
        models=models,
        policy=PolicyRef("default", "d" * 64),
        manifest="models.yaml",
        findings=run_findings,
    )


def sample_result(findings: int = 3) -> AuditResult:
    """A result with two models and `findings` findings on the first (for crash tests)."""
    many = tuple(finding(f"rule-{i}") for i in range(findings))
    return result(
        model("org/one", findings=many, verdict=Verdict.WARN),
        model("org/two"),
        verdict=Verdict.WARN,
        run_findings=(finding("waiver-unused"),),
    )


@contextlib.contextmanager
def connect(db: Path) -> Iterator[sqlite3.Connection]:
    """A connection in autocommit mode, closed afterwards."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def rows(db: Path, table: str) -> int:
    with connect(db) as conn:
        count: int = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return count


def integrity(db: Path) -> str:
    with connect(db) as conn:
        status: str = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return status


# --- recording and reading -----------------------------------------------------------------


def test_record_round_trips_and_lists_newest_first(tmp_path: Path) -> None:
    db = tmp_path / "nested" / "history.sqlite3"
    first = sample_result()
    second = result(model("org/one"))
    a = record(first, db_path=db, manifest_sha256="1" * 64, who="ana@ci", now=NOW)
    b = record(second, db_path=db, manifest_sha256="2" * 64, who="bo@laptop", now=NOW)
    assert (a, b) == (1, 2)
    assert get_audit(db, a) == first
    assert get_audit(db, b) == second

    listed = list_audits(db)
    assert [s.id for s in listed] == [2, 1]
    older = listed[1]
    assert older.recorded_at == "2026-11-22T12:00:00Z"
    assert older.who == "ana@ci"
    assert older.manifest == "models.yaml"
    assert older.manifest_sha256 == "1" * 64
    assert (older.policy, older.policy_sha256) == ("default", "d" * 64)
    assert older.verdict is Verdict.WARN
    assert older.tool_version == "0.1.0"
    assert (older.models, older.blocking, older.warnings) == (2, 0, 4)
    assert [s.id for s in list_audits(db, limit=1)] == [2]


def test_rows_per_model_and_finding(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    record(sample_result(), db_path=db, manifest_sha256=None, who="x@y", now=NOW)
    with connect(db) as conn:
        models = conn.execute(
            "SELECT ref, resolved_sha, license_id, effective_license_id, verdict FROM models"
            " ORDER BY position"
        ).fetchall()
        run = conn.execute(
            "SELECT rule, severity, category, waived FROM findings WHERE model_ref IS NULL"
        ).fetchall()
    assert models == [
        ("org/one", SHA_A, "Apache-2.0", "Apache-2.0", "warn"),
        ("org/two", SHA_A, "Apache-2.0", "Apache-2.0", "pass"),
    ]
    assert run == [("waiver-unused", "warn", "license", 0)]
    assert rows(db, "findings") == 4


def test_schema_is_versioned_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    record(result(model("org/one")), db_path=db, manifest_sha256=None, who="x@y")
    with connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"audits", "models", "findings"} <= tables


def test_plain_storage_reads_back_too(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    audit_id = record(sample_result(), db_path=db, manifest_sha256=None, who="x", compress=False)
    assert get_audit(db, audit_id) == sample_result()


def test_default_who_is_user_at_host(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    record(result(model("org/one")), db_path=db, manifest_sha256=None)
    (summary,) = list_audits(db)
    assert "@" in summary.who


def test_default_path_from_environment_or_user_data_dir() -> None:
    assert default_db_path({"AUDITOR_HISTORY_DB": "/srv/audits.db"}) == Path("/srv/audits.db")
    expected = Path(user_data_dir("model-license-auditor")) / "history.sqlite3"
    assert default_db_path({}) == expected
    assert default_db_path({"AUDITOR_HISTORY_DB": ""}) == expected


def test_missing_database_lists_nothing_and_is_not_created(tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite3"
    assert list_audits(db) == []
    assert not db.exists()
    assert render_history_list([]) == "No audits recorded yet.\n"


def test_unknown_audit_id_is_a_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with pytest.raises(UsageError, match=r"no audit #7"):
        get_audit(db, 7)
    record(result(model("org/one")), db_path=db, manifest_sha256=None, who="x")
    with pytest.raises(UsageError, match=rf"{db}: no audit #7"):
        diff_audits(db, 1, 7)


def test_read_file_sha256(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_bytes(b"abc")
    expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert read_file_sha256(path) == expected
    with pytest.raises(UsageError, match="cannot be read"):
        read_file_sha256(tmp_path / "missing.yaml")


# --- transactions and crashes --------------------------------------------------------------


class Crash(RuntimeError):
    pass


@pytest.mark.parametrize("table", ["audits", "models", "findings"])
def test_crash_inside_the_transaction_leaves_no_partial_record(tmp_path: Path, table: str) -> None:
    db = tmp_path / "h.db"
    record(sample_result(), db_path=db, manifest_sha256=None, who="x")

    def crash(written: str) -> None:
        if written == table:
            raise Crash(f"killed after {written}")

    with pytest.raises(Crash):
        record(sample_result(), db_path=db, manifest_sha256=None, who="x", on_write=crash)
    assert (rows(db, "audits"), rows(db, "models"), rows(db, "findings")) == (1, 2, 4)
    assert integrity(db) == "ok"
    # the failed write took no id, and the next write succeeds
    assert record(sample_result(), db_path=db, manifest_sha256=None, who="x") == 2


def test_crash_on_first_use_rolls_back_the_schema_too(tmp_path: Path) -> None:
    db = tmp_path / "h.db"

    def crash(_: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        record(sample_result(), db_path=db, manifest_sha256=None, who="x", on_write=crash)
    assert integrity(db) == "ok"
    assert list_audits(db) == []
    assert record(sample_result(), db_path=db, manifest_sha256=None, who="x") == 1


_WRITER = """
import sys, time
from pathlib import Path
from auditor.gate.history import record
from tests.gate.test_history import sample_result

db, pause_after = Path(sys.argv[1]), int(sys.argv[2])
big = sample_result(findings=400)
n = 0


def pause(table: str) -> None:
    # after `pause_after` commits, stop inside the next transaction, models written and
    # findings not, and say so: the parent kills the process right there
    if n == pause_after and table == "models":
        print("in-transaction", flush=True)
        time.sleep(60)


while True:
    record(big, db_path=db, manifest_sha256="f" * 64, who="writer@test", on_write=pause)
    n += 1
    print(n, flush=True)
"""


def run_and_kill(db: Path, *, commits: int, pause: bool) -> None:
    """Start a writer, wait for `commits` records, then SIGKILL it: inside the next
    transaction when `pause`, else wherever the loop happens to be."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    pause_after = commits if pause else -1
    with subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db), str(pause_after)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            for _ in range(commits):
                line = proc.stdout.readline()
                assert line.strip().isdigit(), proc.stderr.read() if proc.stderr else line
            if pause:
                assert proc.stdout.readline().strip() == "in-transaction"
            else:
                time.sleep(0.004)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_sigkill_while_writing_leaves_only_complete_records(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    run_and_kill(db, commits=2, pause=True)
    assert integrity(db) == "ok"
    assert len(list_audits(db)) == 2  # the killed transaction left nothing
    run_and_kill(db, commits=3, pause=False)
    run_and_kill(db, commits=1, pause=True)

    assert integrity(db) == "ok"
    audits = list_audits(db, limit=1000)
    assert len(audits) >= 2 + 3 + 1
    expected_findings = len(sample_result(findings=400).models[0].findings) + 1
    for summary in audits:
        assert summary.models == 2
        recorded = get_audit(db, summary.id)
        assert len(recorded.models) == 2
        with connect(db) as conn:
            count = conn.execute(
                "SELECT count(*) FROM findings WHERE audit_id = ?", (summary.id,)
            ).fetchone()[0]
        assert count == expected_findings
    # and the database still takes writes
    record(result(model("org/one")), db_path=db, manifest_sha256=None, who="x")


# --- bad files -----------------------------------------------------------------------------


def test_corrupt_file_is_a_clear_error_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    db.write_bytes(b"this is not a database at all\n" * 200)
    for action in (
        lambda: list_audits(db),
        lambda: get_audit(db, 1),
        lambda: record(result(model("org/one")), db_path=db, manifest_sha256=None, who="x"),
    ):
        with pytest.raises(SourceError) as caught:
            action()
        assert str(db) in caught.value.message
        assert caught.value.hint


def test_damaged_pages_are_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    for _ in range(3):
        record(sample_result(findings=300), db_path=db, manifest_sha256=None, who="x")
    with connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 2 : page * 6] = b"\xff" * (page * 4)
    db.write_bytes(bytes(data))

    def read_everything() -> None:
        for summary in list_audits(db, limit=100):
            get_audit(db, summary.id)

    with pytest.raises(SourceError, match=str(db)):
        read_everything()


@pytest.mark.parametrize("content", [b"", b"notes\n", b"x" * 5000])
def test_symbolic_link_to_a_non_database_file_is_refused_and_left_alone(
    tmp_path: Path, content: bytes
) -> None:
    """Issue 34: SQLite turns an empty file into a database; behind a link it is the user's."""
    mine = tmp_path / "notes.txt"
    mine.write_bytes(content)
    link = tmp_path / "history.db"
    link.symlink_to(mine)
    with pytest.raises(SourceError, match="not a history database") as caught:
        record(result(model("org/one")), db_path=link, manifest_sha256=None, who="x")
    assert str(link) in caught.value.message
    with pytest.raises(SourceError, match="not a history database"):
        list_audits(link)
    assert mine.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.db", "notes.txt"]


def test_symbolic_link_to_a_history_database_is_used(tmp_path: Path) -> None:
    real = tmp_path / "real.db"
    record(result(model("org/one")), db_path=real, manifest_sha256=None, who="x")
    link = tmp_path / "history.db"
    link.symlink_to(real)
    record(result(model("org/two")), db_path=link, manifest_sha256=None, who="x")
    assert len(list_audits(real)) == 2


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with connect(db) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(SourceError, match="not an auditor history database"):
        record(result(model("org/one")), db_path=db, manifest_sha256=None, who="x")
    with pytest.raises(SourceError, match="not an auditor history database"):
        list_audits(db)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    record(result(model("org/one")), db_path=db, manifest_sha256=None, who="x")
    with connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SourceError, match="schema 99 is newer"):
        list_audits(db)


def test_locked_database_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    record(result(model("org/one")), db_path=db, manifest_sha256=None, who="x")
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(SourceError, match="locked") as caught:
            record(result(model("org/two")), db_path=db, manifest_sha256=None, timeout=0.1)
        assert str(db) in caught.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [s.models for s in list_audits(db)] == [1]


def test_directory_in_place_of_the_file(tmp_path: Path) -> None:
    # writing: the user's path is unusable, a usage error (exit 2) naming it
    with pytest.raises(UsageError, match=rf"{tmp_path}: cannot write the history database"):
        record(result(model("org/one")), db_path=tmp_path, manifest_sha256=None, who="x")
    with pytest.raises(SourceError, match="is not a file"):
        list_audits(tmp_path)


# --- diff ----------------------------------------------------------------------------------


def test_diff_reports_findings_drift_models_and_verdict(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    before = result(
        model("org/kept", findings=(finding("model-ref-unpinned"), finding("foreign-law"))),
        model("org/gone"),
        verdict=Verdict.WARN,
    )
    after = result(
        model(
            "org/kept",
            sha=SHA_B,
            license_id="MIT",
            effective="MIT AND LicenseRef-llama-3.1-community",
            findings=(
                finding("non-commercial", Severity.BLOCK),
                finding("foreign-law", waived=True),
            ),
            verdict=Verdict.FAIL,
        ),
        model("org/new"),
        verdict=Verdict.FAIL,
    )
    a = record(before, db_path=db, manifest_sha256="1" * 64, who="x", now=NOW)
    b = record(after, db_path=db, manifest_sha256="2" * 64, who="x", now=NOW)
    diff = diff_audits(db, a, b)

    assert diff.verdict_changed
    assert [(f.ref, f.rule, f.severity) for f in diff.new_findings] == [
        ("org/kept", "non-commercial", "block")
    ]
    assert [(f.ref, f.rule, f.now_waived) for f in diff.resolved_findings] == [
        ("org/kept", "foreign-law", True),
        ("org/kept", "model-ref-unpinned", False),
    ]
    (drift,) = diff.drift
    assert drift.ref == "org/kept"
    assert [(c.field, c.before, c.after) for c in drift.changes] == [
        ("resolved_sha", SHA_A, SHA_B),
        ("license", "Apache-2.0", "MIT"),
        ("effective_license", "Apache-2.0", "MIT AND LicenseRef-llama-3.1-community"),
        ("verdict", "pass", "fail"),
    ]
    assert diff.added_models == ("org/new",)
    assert diff.removed_models == ("org/gone",)

    text = render_audit_diff(diff)
    assert "Verdict: warn -> fail (changed)" in text
    assert f"Manifest: models.yaml (sha256 {'1' * 12}) -> models.yaml (sha256 {'2' * 12})" in text
    assert "Models added: org/new" in text
    assert "Models removed: org/gone" in text
    assert f"org/kept: revision {SHA_A[:12]} -> {SHA_B[:12]}; license Apache-2.0 -> MIT" in text
    assert "BLOCK org/kept non-commercial: non-commercial fired" in text
    assert "WARN org/kept foreign-law: foreign-law fired (now waived)" in text

    back = audit_diff_to_dict(diff)
    assert back["verdict_changed"] is True
    assert back["drift"][0]["changes"][1] == {
        "field": "license",
        "before": "Apache-2.0",
        "after": "MIT",
    }


def test_diff_of_identical_audits_says_so(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    a = record(sample_result(), db_path=db, manifest_sha256=None, who="x", now=NOW)
    b = record(sample_result(), db_path=db, manifest_sha256=None, who="x", now=NOW)
    diff = diff_audits(db, a, b)
    assert diff.is_empty
    assert "No changes in findings, licenses or models." in render_audit_diff(diff)
    assert "Verdict: warn -> warn (unchanged)" in render_audit_diff(diff)


def test_history_list_keeps_its_columns_with_a_needs_input_run(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    waiting = model("org/one", verdict=Verdict.NEEDS_INPUT)
    needs = result(waiting, verdict=Verdict.NEEDS_INPUT)
    record(needs, db_path=db, manifest_sha256=None, who="ana@ci", now=NOW)
    record(result(model("org/two")), db_path=db, manifest_sha256=None, who="bo@laptop", now=NOW)
    first, _, second, _ = render_history_list(list_audits(db)).splitlines()
    assert "  PASS         1 model" in first
    assert "  NEEDS-INPUT  1 model" in second
    assert first.index("1 model") == second.index("1 model")


def test_history_list_shows_outcome_and_provenance(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    record(sample_result(), db_path=db, manifest_sha256="1" * 64, who="ana@ci", now=NOW)
    record(result(model("org/one")), db_path=db, manifest_sha256=None, who="bo@laptop", now=NOW)
    assert render_history_list(list_audits(db)) == (
        "#2  2026-11-22T12:00:00Z  PASS   1 model, 0 blocking, 0 warnings\n"
        "    by bo@laptop; policy default (sha256 dddddddddddd); manifest models.yaml\n"
        "#1  2026-11-22T12:00:00Z  WARN   2 models, 0 blocking, 4 warnings\n"
        "    by ana@ci; policy default (sha256 dddddddddddd); "
        "manifest models.yaml (sha256 111111111111)\n"
    )
