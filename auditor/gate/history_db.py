"""The history database's SQLite plumbing: schema, connections, transactions, error mapping."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from auditor.errors import SourceError
from auditor.fileio.atomic import OutputError

SCHEMA_VERSION = 1
"""PRAGMA user_version of the current schema; older files are migrated on first write."""
APPLICATION_ID = 0x4D4C4148  # "MLAH": marks the file as ours in the SQLite header
BUSY_TIMEOUT = 5.0
"""Seconds a write waits for another process's transaction before the database counts as locked."""

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


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write is an explicit
    # BEGIN IMMEDIATE ... COMMIT below, so the whole record lands or nothing does.
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed audit survives power loss too, not only a killed process.
    conn.execute("PRAGMA synchronous=FULL")
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
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
def reader(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection for reading, checked to be a history database; None if there is no file."""
    with translate(path):
        if not path.exists():
            yield None
            return
        if not path.is_file():
            raise SourceError(f"{path}: is not a file", code="history-db-unreadable")
        refuse_linked_non_database(path)
        with contextlib.closing(connect(path, BUSY_TIMEOUT)) as conn:
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


def ensure_schema(conn: sqlite3.Connection, path: Path) -> None:
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


_SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_linked_non_database(path: Path) -> None:
    """A symbolic link to an existing file that is not an SQLite database (an empty file
    included, which SQLite would quietly turn into one) is refused: the link points at the
    user's file, and a history must never be written over it."""
    if not path.is_symlink() or not path.exists():
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_HEADER))
    except OSError as err:
        raise SourceError(
            f"{path}: cannot read the file the link points to ({err.strerror})",
            code="history-db-unreadable",
        ) from err
    if head != _SQLITE_HEADER:
        raise SourceError(
            f"{path}: is a symbolic link to {path.resolve()}, which is not a history database; "
            "it was left untouched",
            hint="pass a new path or an existing history database with --history-db",
            code="history-db-foreign",
        )


def remove_new_database(path: Path) -> None:
    """Remove a database file this run created and could not fill, with its WAL companions."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()


_WRITE_FAILURES = ("disk is full", "readonly", "read-only", "unable to open", "disk i/o")


@contextlib.contextmanager
def translate(path: Path, *, writing: bool = False) -> Iterator[None]:
    """SQLite and file-system errors become a SourceError naming the database file.

    When `writing`, a full disk, a read-only or missing folder is an OutputError (exit 2):
    the user's environment, not the audit, is what failed.
    """
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
        if writing and any(word in text.lower() for word in _WRITE_FAILURES):
            raise OutputError(
                f"{path}: cannot write the history database ({text})",
                hint="free disk space, make the folder writable, or pass --history-db",
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
        if writing:
            raise OutputError(
                f"{path}: cannot write the history database ({err.strerror or err})",
                hint="free disk space, make the folder writable, or pass --history-db",
            ) from err
        raise SourceError(
            f"{path}: cannot use the history database ({err.strerror or err})",
            hint="check that the folder exists and is writable, or pass --history-db",
            code="history-db-unreadable",
        ) from err
