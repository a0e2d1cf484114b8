"""Keeps audit history: each recorded AuditResult in an embedded SQLite database.

`history_db` holds the SQLite plumbing, `history_diff` compares two recorded audits and
`history_render` shows both in plain text and JSON.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from auditor.errors import SourceError, UsageError
from auditor.fileio.atomic import OutputError
from auditor.gate.history_db import (
    BUSY_TIMEOUT,
    connect,
    ensure_schema,
    reader,
    refuse_linked_non_database,
    remove_new_database,
    transaction,
    translate,
)
from auditor.model import AuditResult, Finding, ModelResult, Verdict
from auditor.model.codec import result_to_dict
from auditor.model.decode import result_from_dict

ENV_VAR = "AUDITOR_HISTORY_DB"
DB_FILE = "history.sqlite3"

WriteHook = Callable[[str], None]
"""Called inside the write transaction after each table is written (tests inject crashes)."""


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
    document = _storable(
        json.dumps(result_to_dict(result), ensure_ascii=False, separators=(",", ":"))
    )
    payload: bytes | str = zlib.compress(document.encode("utf-8")) if compress else document
    existed = db_path.exists()
    try:
        return _insert(result, db_path, timeout, stamp, who, manifest_sha256, payload, on_write)
    except OutputError:
        if not existed:  # the disk or folder refused the new file: leave no empty database
            remove_new_database(db_path)
        raise


def _insert(
    result: AuditResult,
    db_path: Path,
    timeout: float,
    stamp: str,
    who: str | None,
    manifest_sha256: str | None,
    payload: bytes | str,
    on_write: WriteHook | None,
) -> int:
    compress = isinstance(payload, bytes)
    refuse_linked_non_database(db_path)
    with translate(db_path, writing=True):
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(connect(db_path, timeout)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            with transaction(conn):
                ensure_schema(conn, db_path)
                cursor = conn.execute(
                    "INSERT INTO audits (recorded_at, who, manifest, manifest_sha256, policy,"
                    " policy_sha256, verdict, tool_version, generated_at, result_encoding,"
                    " result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _row(
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
                        )
                    ),
                )
                audit_id = cursor.lastrowid
                assert audit_id is not None
                _hook(on_write, "audits")
                conn.executemany(
                    "INSERT INTO models (audit_id, position, ref, resolved_sha, license_id,"
                    " effective_license_id, verdict) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [_row(_model_row(audit_id, i, m)) for i, m in enumerate(result.models)],
                )
                _hook(on_write, "models")
                conn.executemany(
                    "INSERT INTO findings (audit_id, position, model_ref, rule, severity,"
                    " category, message, waived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        _row(_finding_row(audit_id, i, ref, f))
                        for i, (ref, f) in enumerate(all_findings(result))
                    ],
                )
                _hook(on_write, "findings")
    return audit_id


def _storable(text: str) -> str:
    """Text SQLite and UTF-8 can hold: a lone surrogate (valid in a card's YAML) becomes its
    `\\udc80` escape, which in the stored JSON decodes back to the same string."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _row(values: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(_storable(v) if isinstance(v, str) else v for v in values)


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


def all_findings(result: AuditResult) -> Iterator[tuple[str | None, Finding]]:
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
    with reader(db_path) as conn:
        if conn is None:
            return []
        rows = conn.execute(_SUMMARY_SQL + " ORDER BY a.id DESC LIMIT ?", (limit,)).fetchall()
    return [_summary(row) for row in rows]


def get_summary(db_path: Path, audit_id: int) -> AuditSummary:
    """One audit's summary; UsageError when there is no such audit."""
    with reader(db_path) as conn:
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
    with reader(db_path) as conn:
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
