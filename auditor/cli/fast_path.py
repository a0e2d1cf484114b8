"""Command line: the entry point, which answers a warm CI gate from a stored replay first.

`auditor check` run after run on the same manifest, policy and cache gives the same answer.
A run that read only files it can name, asked no network and no model source (every model a
pinned Hub commit answered by the analysis cache, or an API model) is stored by
cli/fast_record.py: what it printed, the files it wrote, its exit code and every condition the
answer depended on (environment variables read, files read, paths probed, folders listed). The
next run of the same command line, in the same folder, interpreter and UTC day, looks for that
entry with the standard library only (no Typer, no YAML, nothing of the pipeline); when every
condition still holds it writes the same bytes and exits with the same code. Anything else, an
unreadable entry or a doubt, runs the command as usual, which stores a new entry when it may.
`AUDITOR_FAST_GATE=0` turns the replay off (and the recording with it).

Entry layout: one file `<cache>/replay/<key[:2]>/<key>.bin`, a JSON header line, then the
bytes of each stdout/stderr write and of each output file, in the header's order.
"""

# ruff: noqa: PTH101, PTH105, PTH108, PTH109, PTH111, PTH112, PTH115, PTH116, PTH118, PTH119, PTH120, PTH123, SIM105
# The fast path keeps to os and os.path, and to try/except over contextlib: importing pathlib
# (or contextlib, typing) would cost the replay a tenth of its time.

from __future__ import annotations

import json
import os
import stat
import sys
import time

TYPE_CHECKING = False  # mypy reads the names; the replay never imports typing
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from hashlib import sha256
    from typing import Any
else:
    try:  # the builtin module: hashlib would load OpenSSL first
        from _sha256 import sha256
    except ImportError:  # pragma: no cover - an interpreter without it
        from hashlib import sha256

FORMAT = 1
"""Raised whenever the entry layout or the meaning of a condition changes."""
SWITCH = "AUDITOR_FAST_GATE"
_HUB_TELEMETRY = "HF_HUB_DISABLE_TELEMETRY"  # read by huggingface_hub at its import
REPLAY_FOLDER = "replay"
STORED_EXITS = (0, 1, 4)
"""Verdict exit codes (pass or warn, fail, needs-input): errors and usage errors never replay."""
NEW_FILE_MODE = 0o644  # fileio/atomic.py's, for a report written to a new path

_ENV_PREFIXES = ("AUDITOR_", "HF_", "HUGGINGFACE", "HUGGING_FACE", "PYTHON", "LC_", "XDG_")
_ENV_NAMES = frozenset(
    {"HOME", "LANG", "LANGUAGE", "TZ", "TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR"}
    | {"CLICOLOR", "CLICOLOR_FORCE", "COLUMNS", "LINES", "TTY_COMPATIBLE", "TTY_INTERACTIVE"}
)
"""Variables in the key itself: those read below Python (locale, time zone), the ones that
locate the caches, and those a terminal library may read. The ones Python code of the run reads
are recorded as it reads them (fast_record.py)."""

_checked: list[bool] = []
_named_inputs: list[str] = []


def note_check(
    refs: Iterable[str], *, recorded: bool, inputs: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Told by `check` before it writes its report: whether this run's answer may be stored
    (never a recorded audit, nor one with a model that is not a pinned Hub commit or an API
    model, nor one that analysed a model: a cache answer never imports the analysis), and the
    input files its command line names (manifest, lock, policy), each a condition by content
    or by absence whether or not the run read it."""
    closed = not recorded and "auditor.pipeline.analyse" not in sys.modules
    _checked.append(closed and all(is_closed_ref(ref) for ref in refs))
    _named_inputs.extend(os.fspath(path) for path in inputs)


def checked_closed() -> bool:
    """Whether `check` ran once in this process and said its answer may be stored."""
    return _checked == [True]


def named_inputs() -> list[str]:
    """The input files `check` named (note_check)."""
    return list(_named_inputs)


def is_closed_ref(ref: str) -> bool:
    """A pinned Hub commit (`[hf:]org/name@<40 hex>`) or an API model (`api:...`)."""
    text = ref.strip()
    if text.startswith("api:"):
        return True
    name, at, revision = text.removeprefix("hf:").partition("@")
    org, slash, repo = name.partition("/")
    return bool(at and slash and _is_hub_name(org) and _is_hub_name(repo)) and (
        len(revision) == 40 and all(c in "0123456789abcdef" for c in revision)
    )


_HUB_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


def _is_hub_name(part: str) -> bool:
    """An owner or repo name as the Hub spells them: no path, scheme or relative folder."""
    return bool(part) and part[0] not in ".-" and all(c in _HUB_NAME_CHARS for c in part)


def main() -> int | None:
    """Console-script entry point: a stored answer when one holds, else the command line."""
    # The Hub client, unless its telemetry is off, asks `HF_ENDPOINT` (huggingface.co by
    # default, not the --endpoint the user named) for a registry of AI agents on its first
    # request, to describe the caller in its user agent: a request to a third party that a
    # mirror or an air-gapped run never asked for (0.3-3 s offline, its timeout). The command
    # line talks only to the endpoints it is given; a user who sets the variable decides.
    os.environ.setdefault(_HUB_TELEMETRY, "1")
    argv = sys.argv[1:]
    if asks_listings(argv):  # the Hub is asked: never replayed; its requests start early
        from auditor.sources.hub_listings import start_helper

        start_helper()
        return _normal()
    if not is_eligible(argv):
        return _normal()
    root, day = cache_root(), utc_day()
    if root is None:
        return _normal()
    try:
        key = run_key(argv, day)
    except (OSError, ValueError, AttributeError):
        return _normal()
    code = replay(os.path.join(root, REPLAY_FOLDER, key[:2], f"{key}.bin"), key, day)
    if code is not None:
        return code
    from auditor.cli.fast_record import run_recorded

    return run_recorded(root, key, day)


def _normal() -> int | None:
    from auditor.fileio.dataclass_code import install

    install()  # before the command line imports the classes it builds
    from auditor.cli.main import main as cli_main

    cli_main()
    return None


def asks_listings(argv: Sequence[str]) -> bool:
    """`check --locked` online, without `--trust-commits` nor debug output (the requests' log
    lines are then the run's to print): one listing request a model. A doubtful command line
    counts as asking (the helper it starts is then only unused)."""
    if not argv or argv[0] != "check" or "--locked" not in argv:
        return False
    offline = os.environ.get("HF_HUB_OFFLINE", "").strip().upper() in ("1", "ON", "YES", "TRUE")
    debug = os.environ.get("AUDITOR_DEBUG") not in (None, "", "0")
    return not (offline or debug or {"--trust-commits", "--offline", "--debug"} & set(argv))


def is_eligible(argv: Sequence[str]) -> bool:
    """`check`, not switched off, no debug output, and neither stdout nor stderr a terminal
    (a terminal's width, colours and progress display are not replayed)."""
    if not argv or argv[0] != "check" or "--debug" in argv:
        return False
    if os.environ.get(SWITCH) == "0" or os.environ.get("AUDITOR_DEBUG") not in (None, "", "0"):
        return False
    try:
        return not (os.isatty(1) or os.isatty(2) or sys.stdout.isatty() or sys.stderr.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def cache_root() -> str | None:
    """The analysis cache folder, as resources.default_cache_dir finds it (AUDITOR_CACHE_DIR,
    else the platform's user cache folder, computed here only for Linux)."""
    configured = os.environ.get("AUDITOR_CACHE_DIR")
    if configured:
        return configured
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
    return os.path.join(base, "model-license-auditor", "analysis")


def utc_day() -> str:
    """Today in UTC, as the audit's clock reads it: waivers expire and knowledge ages by day."""
    return time.strftime("%Y-%m-%d", time.gmtime())


def run_key(argv: Sequence[str], day: str) -> str:
    """What names one run: the command line, folder, interpreter, streams, day and the
    variables of `_ENV_NAMES`; raises OSError without a working folder."""
    parts = [str(FORMAT), os.path.basename(sys.argv[0]), *argv, os.getcwd(), sys.executable]
    parts += [sys.version, repr(sys.flags), repr(sorted(sys._xoptions.items())), *sys.path]
    parts += [_stream_id(sys.stdout), _stream_id(sys.stderr), day]
    parts += [f"{k}={v}" for k, v in sorted(os.environ.items()) if is_keyed_variable(k)]
    digest = sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogateescape")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def is_keyed_variable(name: str) -> bool:
    """Whether an environment variable is part of every key."""
    return name in _ENV_NAMES or name.startswith(_ENV_PREFIXES)


def _stream_id(stream: Any) -> str:
    return f"{stream.encoding}:{stream.errors}:{getattr(stream, 'line_buffering', None)}"


# --- replay -----------------------------------------------------------------------------------


def replay(path: str, key: str, day: str) -> int | None:
    """Write a stored run's files and output and return its exit code; None (nothing written)
    when there is no entry, it cannot be read, or one of its conditions no longer holds."""
    try:
        header, blobs = read_entry(path)
        if header.get("format") != FORMAT or header.get("key") != key or header["day"] != day:
            return None
        code = header["exit"]
        inputs = inputs_when_unchanged(header)
        if inputs is None or type(code) is not int or code not in STORED_EXITS:
            return None
        outputs = [(out, blobs[i]) for i, out in enumerate(header["outputs"])]
        stdio = [
            (fd, kind, blobs[len(outputs) + i]) for i, (fd, kind) in enumerate(header["stdio"])
        ]
        if not all(is_free_output(out, inputs) for out, _ in outputs):
            return None
        for out, data in outputs:
            write_atomic(out, data)
    except Exception:  # any doubt: the command runs as usual
        return None
    try:
        for fd, kind, data in stdio:
            _echo(fd, kind, data)
    except (OSError, ValueError):  # stdout gone (a closed pipe): the normal run fails alike
        return 3
    return code


def read_entry(path: str) -> tuple[dict[str, Any], list[bytes]]:
    """The header and the blobs of an entry; ValueError when it is not whole."""
    with open(path, "rb") as handle:
        raw = handle.read()
    line, _, rest = raw.partition(b"\n")
    header = json.loads(line)
    if not isinstance(header, dict):
        raise ValueError("not an entry")
    sizes = header["sizes"]
    if sum(sizes) != len(rest):
        raise ValueError("truncated entry")
    blobs, start = [], 0
    for size in sizes:
        blobs.append(rest[start : start + size])
        start += size
    if len(sizes) != len(header["outputs"]) + len(header["stdio"]):
        raise ValueError("blob count")
    return header, blobs


def inputs_when_unchanged(header: dict[str, Any]) -> set[tuple[int, int]] | None:
    """(device, inode) of every file the run read, when every condition still holds."""
    for name, value in header["env"]:
        if os.environ.get(name) != value:
            return None
    seen: set[tuple[int, int]] = set()
    try:
        for path, size, mtime, mode in header["stats"]:
            status = os.stat(path)
            if (status.st_size, status.st_mtime_ns, status.st_mode) != (size, mtime, mode):
                return None
            seen.add((status.st_dev, status.st_ino))
        for path, size, digest in header["digests"]:
            ident = _digest_holds(path, size, digest)
            if ident is None:
                return None
            seen.add(ident)
        for path, mtime in header["dirs"]:
            if os.stat(path).st_mtime_ns != mtime:
                return None
    except OSError:
        return None
    if any(path_kind(path, follow) != kind for path, follow, kind in header["kinds"]):
        return None
    if any(listing_digest(path) != digest for path, digest in header["listings"]):
        return None
    return seen


def _digest_holds(path: str, size: int, digest: str) -> tuple[int, int] | None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode) or status.st_size != size:
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(size + 1)
    finally:
        os.close(fd)
    if len(data) != size or sha256(data).hexdigest() != digest:
        return None
    return (status.st_dev, status.st_ino)


def path_kind(path: str, follow: bool) -> str:
    """What a probe of `path` finds: missing, file, dir, other, link:<target> or error:<n>."""
    try:
        status = os.stat(path) if follow else os.lstat(path)
    except OSError as err:
        return error_kind(err)
    return status_kind(status, path)


def status_kind(status: os.stat_result, path: str) -> str:
    """path_kind for a status already read."""
    mode = status.st_mode
    if stat.S_ISLNK(mode):
        try:
            return f"link:{os.readlink(path)}"
        except OSError as err:
            return f"error:{err.errno}"
    if stat.S_ISREG(mode):
        return "file"
    return "dir" if stat.S_ISDIR(mode) else "other"


def error_kind(err: OSError) -> str:
    """path_kind for a probe that raised."""
    if isinstance(err, FileNotFoundError | NotADirectoryError):
        return "missing"
    return f"error:{err.errno}"


def listing_digest(path: str) -> str:
    """A digest of a folder's entries: names and whether each is a folder or a link."""
    try:
        with os.scandir(path) as entries:
            names = sorted(
                f"{e.name}\0{int(e.is_dir(follow_symlinks=False))}{int(e.is_symlink())}"
                for e in entries
            )
    except OSError as err:
        return f"error:{err.errno}"
    return sha256("\n".join(names).encode("utf-8", "surrogateescape")).hexdigest()


def is_free_output(path: str, inputs: set[tuple[int, int]]) -> bool:
    """What fileio/atomic.py accepts: a new path in an existing folder, or a regular file that
    is none of the run's inputs; anything else is left to the normal run to refuse."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return os.path.isdir(os.path.dirname(path) or ".")
    except OSError:
        return False
    return stat.S_ISREG(status.st_mode) and (status.st_dev, status.st_ino) not in inputs


def write_atomic(path: str, data: bytes) -> None:
    """As fileio/atomic.py writes a report: a temporary file in the same folder, synced, given
    the replaced file's permission bits (and owner, best effort), renamed over `path`."""
    folder = os.path.dirname(path) or "."
    try:
        existing: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        existing = None
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else NEW_FILE_MODE
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.urandom(6).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if existing is not None and hasattr(os, "chown"):
            try:  # keep the owner when root replaces someone else's file; best effort
                os.chown(tmp, existing.st_uid, existing.st_gid)
            except OSError:
                pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _echo(fd: int, kind: str, data: bytes) -> None:
    stream = sys.stdout if fd == 1 else sys.stderr
    if kind == "t":
        stream.write(data.decode("utf-8", "surrogatepass"))
    else:
        stream.flush()
        stream.buffer.write(data)
    stream.flush()
