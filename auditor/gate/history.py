"""Keeps audit history: each recorded AuditResult in an embedded SQLite database, and diffs."""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
import sqlite3
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from auditor.errors import SourceError, UsageError
from auditor.model import AuditResult, Finding, ModelResult, Verdict
from auditor.model.codec import result_to_dict
from auditor.model.decode import result_from_dict

ENV_VAR = "AUDITOR_HISTORY_DB"
DB_FILE = "history.sqlite3"
SCHEMA_VERSION = 1
"""PRAGMA user_version of the current schema; older files are migrated on first write."""
APPLICATION_ID = 0x4D4C4148  # "MLAH": marks the file as ours in the SQLite header
BUSY_TIMEOUT = 5.0
"""Seconds a write waits for another process's transaction before the database counts as locked."""

WriteHook = Callable[[str], None]
"""Called inside the write transaction after each table is written (tests inject crashes)."""

_SCHEMA = (
    """CREATE TABLE audits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        recorded_at TEXT NOT NULL,
        who TEXT NOT NULL,
        manifest TEXT,
        manifest_sha256 TEXT,
        policy TEXT,
        policy_sha256 TEXT,
        verdict TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        generated_at TEXT NOT NULL,
        result_encoding TEXT NOT NULL CHECK (result_encoding IN ('zlib', 'plain')),
        result_json BLOB NOT NULL
    )""",
    """CREATE TABLE models (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        ref TEXT NOT NULL,
        resolved_sha TEXT,
        license_id TEXT,
        effective_license_id TEXT,
        verdict TEXT NOT NULL,
        PRIMARY KEY (audit_id, position)
    )""",
    # model_ref NULL: a finding about the run itself (an unused or expired waiver)
    """CREATE TABLE findings (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        model_ref TEXT,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL,
        category TEXT NOT NULL,
        message TEXT NOT NULL,
        waived INTEGER NOT NULL CHECK (waived IN (0, 1)),
        PRIMARY KEY (audit_id, position)
    )""",
    "CREATE INDEX findings_by_rule ON findings (model_ref, rule)",
    "CREATE INDEX models_by_ref ON models (ref)",
)


@dataclass(frozen=True, slots=True)
class AuditSummary:
    """One recorded audit as `history list` shows it."""

    id: int
    recorded_at: str  # ISO 8601, UTC, "Z"
    who: str
    manifest: str | None
    manifest_sha256: str | None
    policy: str | None
    policy_sha256: str | None
    verdict: Verdict
    tool_version: str
    models: int
    blocking: int  # unwaived block findings
    warnings: int  # unwaived warn findings


@dataclass(frozen=True, slots=True)
class DiffFinding:
    """A finding that appeared or went away between two audits, keyed by model ref and rule."""

    ref: str | None  # None: about the run itself
    rule: str
    severity: str
    message: str
    now_waived: bool = False  # resolved only because a waiver now covers it


@dataclass(frozen=True, slots=True)
class Change:
    """One field of a model that differs between two audits."""

    field: str  # resolved_sha | license | effective_license | verdict
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class ModelDrift:
    """What changed for one model present in both audits."""

    ref: str
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class AuditDiff:
    """Audit `a` (older) against audit `b` (newer)."""

    a: AuditSummary
    b: AuditSummary
    new_findings: tuple[DiffFinding, ...]
    resolved_findings: tuple[DiffFinding, ...]
    drift: tuple[ModelDrift, ...]
    added_models: tuple[str, ...]
    removed_models: tuple[str, ...]

    @property
    def verdict_changed(self) -> bool:
        """The overall verdict differs."""
        return self.a.verdict is not self.b.verdict

    @property
    def is_empty(self) -> bool:
        """Nothing that the diff reports changed."""
        return not (
            self.verdict_changed
            or self.new_findings
            or self.resolved_findings
            or self.drift
            or self.added_models
            or self.removed_models
        )


# --- where the database lives ----------------------------------------------------------------


def default_db_path(environ: Mapping[str, str] | None = None) -> Path:
    """`AUDITOR_HISTORY_DB`, else `history.sqlite3` in the platform's user data folder."""
    env: Mapping[str, str] = os.environ if environ is None else environ
    configured = env.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("model-license-auditor")) / DB_FILE


def read_file_sha256(path: Path) -> str:
    """The hex SHA-256 of a file's bytes (the manifest an audit read)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as err:
        raise UsageError(f"{path}: cannot be read ({err.strerror or err})") from err
    return digest.hexdigest()


def default_who() -> str:
    """`user@host` of the current process, with `unknown` for what the system will not say."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = "unknown"
    return f"{user}@{socket.gethostname() or 'unknown'}"


# --- writing ---------------------------------------------------------------------------------


def record(
    result: AuditResult,
    *,
    db_path: Path,
    manifest_sha256: str | None,
    who: str | None = None,
    now: datetime | None = None,
    timeout: float = BUSY_TIMEOUT,
    compress: bool = True,
    on_write: WriteHook | None = None,
) -> int:
    """Store a finished audit in one transaction and return its id.

    The database (and its folder) is created on first use. Raises SourceError naming the
    path when the file is not a history database, is locked, corrupt or not writable.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    document = json.dumps(result_to_dict(result), ensure_ascii=False, separators=(",", ":"))
    payload: bytes | str = zlib.compress(document.encode("utf-8")) if compress else document
    with _translate(db_path):
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(_connect(db_path, timeout)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            with _transaction(conn):
                _ensure_schema(conn, db_path)
                cursor = conn.execute(
                    "INSERT INTO audits (recorded_at, who, manifest, manifest_sha256, policy,"
                    " policy_sha256, verdict, tool_version, generated_at, result_encoding,"
                    " result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        stamp,
                        who or default_who(),
                        result.manifest,
                        manifest_sha256,
                        result.policy.name if result.policy else None,
                        result.policy.sha256 if result.policy else None,
                        str(result.verdict),
                        result.tool_version,
                        result.generated_at,
                        "zlib" if compress else "plain",
                        payload,
                    ),
                )
                audit_id = cursor.lastrowid
                assert audit_id is not None
                _hook(on_write, "audits")
                conn.executemany(
                    "INSERT INTO models (audit_id, position, ref, resolved_sha, license_id,"
                    " effective_license_id, verdict) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [_model_row(audit_id, i, m) for i, m in enumerate(result.models)],
                )
                _hook(on_write, "models")
                conn.executemany(
                    "INSERT INTO findings (audit_id, position, model_ref, rule, severity,"
                    " category, message, waived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        _finding_row(audit_id, i, ref, f)
                        for i, (ref, f) in enumerate(_all_findings(result))
                    ],
                )
                _hook(on_write, "findings")
    return audit_id


def _hook(on_write: WriteHook | None, table: str) -> None:
    if on_write is not None:
        on_write(table)


def _model_row(audit_id: int, position: int, model: ModelResult) -> tuple[object, ...]:
    return (
        audit_id,
        position,
        model.ref,
        model.source.resolved_sha if model.source else None,
        model.license.id if model.license else None,
        model.effective_license.id if model.effective_license else None,
        str(model.verdict),
    )


def _all_findings(result: AuditResult) -> Iterator[tuple[str | None, Finding]]:
    for finding in result.findings:
        yield None, finding
    for model in result.models:
        for finding in model.findings:
            yield model.ref, finding


def _finding_row(
    audit_id: int, position: int, ref: str | None, finding: Finding
) -> tuple[object, ...]:
    return (
        audit_id,
        position,
        ref,
        finding.rule,
        str(finding.severity),
        str(finding.category),
        finding.message,
        int(finding.waived),
    )


# --- reading ---------------------------------------------------------------------------------

_SUMMARY_SQL = """
SELECT a.id, a.recorded_at, a.who, a.manifest, a.manifest_sha256, a.policy, a.policy_sha256,
       a.verdict, a.tool_version,
       (SELECT count(*) FROM models m WHERE m.audit_id = a.id),
       (SELECT count(*) FROM findings f
         WHERE f.audit_id = a.id AND f.severity = 'block' AND f.waived = 0),
       (SELECT count(*) FROM findings f
         WHERE f.audit_id = a.id AND f.severity = 'warn' AND f.waived = 0)
FROM audits a
"""


def list_audits(db_path: Path, limit: int = 20) -> list[AuditSummary]:
    """The most recent audits, newest first; none when the database does not exist yet."""
    if limit < 1:
        raise UsageError(f"limit must be at least 1, got {limit}")
    with _reader(db_path) as conn:
        if conn is None:
            return []
        rows = conn.execute(_SUMMARY_SQL + " ORDER BY a.id DESC LIMIT ?", (limit,)).fetchall()
    return [_summary(row) for row in rows]


def get_summary(db_path: Path, audit_id: int) -> AuditSummary:
    """One audit's summary; UsageError when there is no such audit."""
    with _reader(db_path) as conn:
        row = (
            None
            if conn is None
            else conn.execute(_SUMMARY_SQL + " WHERE a.id = ?", (audit_id,)).fetchone()
        )
    if row is None:
        raise _no_audit(db_path, audit_id)
    return _summary(row)


def get_audit(db_path: Path, audit_id: int) -> AuditResult:
    """The full result as it was recorded; UsageError when there is no such audit."""
    with _reader(db_path) as conn:
        row = (
            None
            if conn is None
            else conn.execute(
                "SELECT result_encoding, result_json FROM audits WHERE id = ?", (audit_id,)
            ).fetchone()
        )
    if row is None:
        raise _no_audit(db_path, audit_id)
    encoding, payload = row
    name = f"{db_path} (audit #{audit_id})"
    try:
        if encoding == "zlib":
            text = zlib.decompress(payload).decode("utf-8")
        else:
            text = payload.decode("utf-8") if isinstance(payload, bytes) else str(payload)
        document = json.loads(text)
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SourceError(
            f"{name}: the stored result is damaged ({err})",
            hint="the other audits are unaffected; record the audit again",
            code="history-db-corrupt",
        ) from err
    return result_from_dict(document, name=name)


def _no_audit(db_path: Path, audit_id: int) -> UsageError:
    return UsageError(
        f"{db_path}: no audit #{audit_id}", hint="`auditor history list` shows the recorded ids"
    )


def _summary(row: Sequence[Any]) -> AuditSummary:
    return AuditSummary(
        id=int(row[0]),
        recorded_at=str(row[1]),
        who=str(row[2]),
        manifest=row[3],
        manifest_sha256=row[4],
        policy=row[5],
        policy_sha256=row[6],
        verdict=Verdict(row[7]),
        tool_version=str(row[8]),
        models=int(row[9]),
        blocking=int(row[10]),
        warnings=int(row[11]),
    )


# --- diff ------------------------------------------------------------------------------------


def diff_audits(db_path: Path, a: int, b: int) -> AuditDiff:
    """What changed from audit `a` to audit `b`: findings by (model ref, rule), license drift
    per model (resolved sha, license, effective license, verdict) and the overall verdict."""
    older, newer = get_audit(db_path, a), get_audit(db_path, b)
    return diff_results(get_summary(db_path, a), older, get_summary(db_path, b), newer)


def diff_results(
    summary_a: AuditSummary, a: AuditResult, summary_b: AuditSummary, b: AuditResult
) -> AuditDiff:
    """The diff of two results already loaded (pure)."""
    active_a, _ = _finding_keys(a)
    active_b, waived_b = _finding_keys(b)
    new = [_diff_finding(key, active_b[key]) for key in active_b if key not in active_a]
    resolved = [
        _diff_finding(key, active_a[key], now_waived=key in waived_b)
        for key in active_a
        if key not in active_b
    ]
    models_a = _models_by_ref(a)
    models_b = _models_by_ref(b)
    drift = []
    for ref, model_b in models_b.items():
        model_a = models_a.get(ref)
        if model_a is None:
            continue
        changes = _model_changes(model_a, model_b)
        if changes:
            drift.append(ModelDrift(ref, changes))
    return AuditDiff(
        a=summary_a,
        b=summary_b,
        new_findings=tuple(sorted(new, key=_finding_order)),
        resolved_findings=tuple(sorted(resolved, key=_finding_order)),
        drift=tuple(drift),
        added_models=tuple(ref for ref in models_b if ref not in models_a),
        removed_models=tuple(ref for ref in models_a if ref not in models_b),
    )


_Key = tuple[str | None, str]
_SEVERITY_RANK = {"block": 0, "warn": 1, "info": 2}


def _finding_keys(result: AuditResult) -> tuple[dict[_Key, Finding], set[_Key]]:
    """Unwaived findings by (model ref, rule), the first of each; and the waived keys."""
    active: dict[_Key, Finding] = {}
    waived: set[_Key] = set()
    for ref, finding in _all_findings(result):
        key = (ref, finding.rule)
        if finding.waived:
            waived.add(key)
        else:
            active.setdefault(key, finding)
    return active, waived - set(active)


def _diff_finding(key: _Key, finding: Finding, *, now_waived: bool = False) -> DiffFinding:
    return DiffFinding(key[0], key[1], str(finding.severity), finding.message, now_waived)


def _finding_order(item: DiffFinding) -> tuple[int, str, str]:
    return (_SEVERITY_RANK.get(item.severity, 3), item.ref or "", item.rule)


def _models_by_ref(result: AuditResult) -> dict[str, ModelResult]:
    models: dict[str, ModelResult] = {}
    for model in result.models:
        models.setdefault(model.ref, model)
    return models


def _model_changes(a: ModelResult, b: ModelResult) -> tuple[Change, ...]:
    pairs = (
        (
            "resolved_sha",
            a.source.resolved_sha if a.source else None,
            b.source.resolved_sha if b.source else None,
        ),
        ("license", a.license.id if a.license else None, b.license.id if b.license else None),
        (
            "effective_license",
            a.effective_license.id if a.effective_license else None,
            b.effective_license.id if b.effective_license else None,
        ),
        ("verdict", str(a.verdict), str(b.verdict)),
    )
    return tuple(Change(name, before, after) for name, before, after in pairs if before != after)


# --- rendering -------------------------------------------------------------------------------


def render_history_list(audits: Sequence[AuditSummary]) -> str:
    """Recorded audits as given (newest first), two lines each: outcome, then provenance."""
    if not audits:
        return "No audits recorded yet.\n"
    width = max(len(str(item.id)) for item in audits) + 1
    lines = []
    for item in audits:
        counts = (
            f"{item.models} model{'' if item.models == 1 else 's'}, "
            f"{item.blocking} blocking, {item.warnings} warning{'' if item.warnings == 1 else 's'}"
        )
        label = f"#{item.id}"
        lines.append(f"{label:<{width}}  {item.recorded_at}  {item.verdict.upper():<5}  {counts}")
        lines.append(
            f"{'':<{width}}  by {item.who}; policy {_input(item.policy, item.policy_sha256)}; "
            f"manifest {_input(item.manifest, item.manifest_sha256)}"
        )
    return "\n".join(lines) + "\n"


_FIELD_WORDS = {
    "resolved_sha": "revision",
    "license": "license",
    "effective_license": "effective license",
    "verdict": "verdict",
}


def render_audit_diff(diff: AuditDiff) -> str:
    """The diff in plain text: verdict, inputs, models, license drift, findings."""
    a, b = diff.a, diff.b
    lines = [
        f"Audit #{a.id} ({a.recorded_at}, {a.who}) -> #{b.id} ({b.recorded_at}, {b.who})",
        f"Verdict: {a.verdict} -> {b.verdict}"
        + (" (changed)" if diff.verdict_changed else " (unchanged)"),
    ]
    if (a.manifest, a.manifest_sha256) != (b.manifest, b.manifest_sha256):
        lines.append(
            f"Manifest: {_input(a.manifest, a.manifest_sha256)} -> "
            f"{_input(b.manifest, b.manifest_sha256)}"
        )
    if (a.policy, a.policy_sha256) != (b.policy, b.policy_sha256):
        lines.append(
            f"Policy: {_input(a.policy, a.policy_sha256)} -> {_input(b.policy, b.policy_sha256)}"
        )
    if a.tool_version != b.tool_version:
        lines.append(f"Auditor version: {a.tool_version} -> {b.tool_version}")
    if diff.added_models:
        lines.append("Models added: " + ", ".join(diff.added_models))
    if diff.removed_models:
        lines.append("Models removed: " + ", ".join(diff.removed_models))
    if diff.drift:
        lines.append("License drift:")
        for item in diff.drift:
            described = "; ".join(
                f"{_FIELD_WORDS.get(c.field, c.field)} {_short(c)}" for c in item.changes
            )
            lines.append(f"  {item.ref}: {described}")
    for title, findings in (
        ("New findings", diff.new_findings),
        ("Resolved findings", diff.resolved_findings),
    ):
        if findings:
            lines.append(f"{title} ({len(findings)}):")
            lines.extend(
                f"  {f.severity.upper()} {f.ref or '(run)'} {f.rule}: {f.message}"
                + (" (now waived)" if f.now_waived else "")
                for f in findings
            )
    if diff.is_empty:
        lines.append("No changes in findings, licenses or models.")
    return "\n".join(lines) + "\n"


def _input(name: str | None, sha: str | None) -> str:
    return f"{name or '-'}" + (f" (sha256 {sha[:12]})" if sha else "")


def _short(change: Change) -> str:
    def show(value: str | None) -> str:
        if value is None:
            return "none"
        return value[:12] if change.field == "resolved_sha" else value

    return f"{show(change.before)} -> {show(change.after)}"


def summary_to_dict(summary: AuditSummary) -> dict[str, Any]:
    """A summary as plain JSON values (for `history list --format json`)."""
    return {
        "id": summary.id,
        "recorded_at": summary.recorded_at,
        "who": summary.who,
        "manifest": summary.manifest,
        "manifest_sha256": summary.manifest_sha256,
        "policy": summary.policy,
        "policy_sha256": summary.policy_sha256,
        "verdict": str(summary.verdict),
        "tool_version": summary.tool_version,
        "models": summary.models,
        "blocking": summary.blocking,
        "warnings": summary.warnings,
    }


def audit_diff_to_dict(diff: AuditDiff) -> dict[str, Any]:
    """A diff as plain JSON values (for `history diff --format json`)."""

    def finding(item: DiffFinding) -> dict[str, Any]:
        return {
            "ref": item.ref,
            "rule": item.rule,
            "severity": item.severity,
            "message": item.message,
            "now_waived": item.now_waived,
        }

    return {
        "a": summary_to_dict(diff.a),
        "b": summary_to_dict(diff.b),
        "verdict_changed": diff.verdict_changed,
        "new_findings": [finding(f) for f in diff.new_findings],
        "resolved_findings": [finding(f) for f in diff.resolved_findings],
        "drift": [
            {
                "ref": item.ref,
                "changes": [
                    {"field": c.field, "before": c.before, "after": c.after} for c in item.changes
                ],
            }
            for item in diff.drift
        ],
        "added_models": list(diff.added_models),
        "removed_models": list(diff.removed_models),
    }


# --- SQLite plumbing -------------------------------------------------------------------------


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write is an explicit
    # BEGIN IMMEDIATE ... COMMIT below, so the whole record lands or nothing does.
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed audit survives power loss too, not only a killed process.
    conn.execute("PRAGMA synchronous=FULL")
    return conn


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (KeyboardInterrupt too)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            # a failed rollback must not hide the error that caused it; closing the
            # connection discards the transaction anyway
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def _reader(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection for reading, checked to be a history database; None if there is no file."""
    with _translate(path):
        if not path.exists():
            yield None
            return
        if not path.is_file():
            raise SourceError(f"{path}: is not a file", code="history-db-unreadable")
        with contextlib.closing(_connect(path, BUSY_TIMEOUT)) as conn:
            version = _check_header(conn, path)
            yield conn if version else None


def _check_header(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version; 0 for an empty SQLite file. Raises for another program's file."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app not in (0, APPLICATION_ID):
        raise _not_ours(path)
    if version > SCHEMA_VERSION:
        raise SourceError(
            f"{path}: history schema {version} is newer than this auditor reads ({SCHEMA_VERSION})",
            hint="upgrade model-license-auditor, or use another --history-db",
            code="history-db-newer",
        )
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise _not_ours(path)
    return version


def _ensure_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Create (or migrate) the schema; runs inside the caller's write transaction."""
    version = _check_header(conn, path)
    if version == SCHEMA_VERSION:
        return
    # version 0: a new file. Later versions add their migration steps here, in order.
    for statement in _SCHEMA:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def _not_ours(path: Path) -> SourceError:
    return SourceError(
        f"{path}: is an SQLite database, but not an auditor history database",
        hint="pass another --history-db, or set AUDITOR_HISTORY_DB",
        code="history-db-foreign",
    )


@contextlib.contextmanager
def _translate(path: Path) -> Iterator[None]:
    """SQLite and file-system errors become a SourceError naming the database file."""
    try:
        yield
    except sqlite3.OperationalError as err:
        text = str(err)
        if "locked" in text or "busy" in text:
            raise SourceError(
                f"{path}: the history database is locked by another process",
                hint="wait for the other auditor run to finish, then retry",
                code="history-db-locked",
            ) from err
        raise SourceError(
            f"{path}: cannot use the history database ({text})",
            hint="check that the folder exists and is writable, or pass --history-db",
            code="history-db-unreadable",
        ) from err
    except sqlite3.DatabaseError as err:
        raise SourceError(
            f"{path}: not a readable history database ({err})",
            hint="the file is corrupt or not SQLite; move it aside to start a new history",
            code="history-db-corrupt",
        ) from err
    except OSError as err:
        raise SourceError(
            f"{path}: cannot use the history database ({err.strerror or err})",
            hint="check that the folder exists and is writable, or pass --history-db",
            code="history-db-unreadable",
        ) from err
