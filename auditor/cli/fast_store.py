"""Command line: what a watched run of `check` may store for the fast path, and the entry.

An entry is stored only when `check` said its models were all cache answers or API models
(`fast_path.note_check`), the watch (cli/fast_record.py) refused nothing, the run changed
nothing but its report, compiled modules and the analysis cache, the exit code is a verdict's
and the day has not changed. Its conditions: every file read, by content (the user's files:
manifest, lock, policy, wherever they are) or by size, time and mode (the interpreter, the
installed tool and its data, the analysis cache entries), every module's file, every path
probed (missing, file, folder, link target), every folder listed, every variable read. A file
or folder that changed while the run could have read it, or a path that appeared, vanished or
changed kind, stores nothing: the next run tries again.
"""

# ruff: noqa: PTH100, PTH105, PTH108, PTH116, PTH118, PTH120, PTH206
# Paths arrive as strings from the audit hook and go to fast_path.py's os-level checks as such.

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.cli import fast_path
from auditor.cli.fast_path import FORMAT, REPLAY_FOLDER, STORED_EXITS

if TYPE_CHECKING:
    from auditor.cli.fast_record import Trace

MAX_DIGESTED_BYTES = 32 << 20  # the user's files read by content on every replay
MAX_ENTRY_BYTES = 256 << 20
FINE_STEP_NS = 50_000_000  # Linux stamps files from a clock that moves in steps of 1-10 ms
COARSE_STEP_NS = 2_000_000_000  # FAT's two seconds


def store(trace: Trace, root: str, key: str, day: str, code: object) -> bool:
    """Write the entry of a finished run when it may be replayed; whether it was written."""
    from auditor.resources import default_cache_dir

    if not fast_path.checked_closed() or trace.refused or fast_path.utc_day() != day:
        return False
    if type(code) is not int or code not in STORED_EXITS or Path(root) != default_cache_dir():
        return False
    header = conditions(trace, root)
    if header is None:
        return False
    outputs = [(dst, Path(dst).read_bytes()) for dst in header["outputs"]]
    blobs = [data for _, data in outputs] + [data for _, _, data in trace.stdio]
    header.update(
        format=FORMAT,
        key=key,
        day=day,
        exit=code,
        stdio=[[fd, kind] for fd, kind, _ in trace.stdio],
        sizes=[len(blob) for blob in blobs],
    )
    if sum(map(len, blobs)) > MAX_ENTRY_BYTES:
        return False
    head = json.dumps(header, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    return _write_entry(Path(root, REPLAY_FOLDER, key[:2], f"{key}.bin"), [head, b"\n", *blobs])


def conditions(trace: Trace, root: str) -> dict[str, Any] | None:
    """The header's conditions and outputs; None when the run may not be replayed (it changed
    something else than its report and the caches, or an input changed while it ran)."""
    from auditor.resources import DATA_FOLDERS, data_dir, user_knowledge_dir

    cache = _norm(root)
    package = os.path.dirname(os.path.dirname(_norm(fast_path.__file__ or "")))
    installed = tuple(_norm(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, package))
    installed += tuple(_norm(str(data_dir(name))) for name in DATA_FOLDERS)
    by_stat = (*installed, cache)
    outputs = _outputs(trace, cache)
    if outputs is None:
        return None
    own = set(trace.temps) | set(outputs)

    stats: dict[str, list[Any]] = {}
    digests: dict[str, list[Any]] = {}
    kinds: dict[tuple[str, bool], str] = {}
    module_files = [getattr(m, "__file__", None) for m in list(sys.modules.values())]
    files = {os.path.join(trace.cwd, f): trace.started for f in module_files if isinstance(f, str)}
    named = [os.path.join(trace.cwd, path) for path in fast_path.named_inputs()]
    files.update((path, trace.reads.get(path, trace.started)) for path in named)
    files.update((path, when) for path, when in trace.reads.items() if path not in own)
    digested = 0
    for path, since in files.items():
        if _is_bytecode(path):
            continue
        try:
            status = os.stat(path)
        except OSError as err:
            kinds[(path, True)] = fast_path.error_kind(err)
            continue
        if not stat.S_ISREG(status.st_mode) or not is_settled(status, since):
            return None  # a device or FIFO gives what it likes; a file changed as it was read
        if _under(path, by_stat) and path not in named:
            stats[path] = [path, status.st_size, status.st_mtime_ns, status.st_mode]
            continue
        data = Path(path).read_bytes()
        digested += len(data)
        if digested > MAX_DIGESTED_BYTES or _identity(os.stat(path)) != _identity(status):
            return None
        digests[path] = [path, len(data), sha256(data).hexdigest()]
    for (path, follow), found in trace.probes.items():
        if path in own or _is_bytecode(path):
            continue
        now = fast_path.path_kind(path, follow)
        if now != found and not _under(path, (cache,)):
            return None  # created, removed or replaced while the run went on
        kinds.setdefault((path, follow), now)
    knowledge = str(user_knowledge_dir())
    kinds[(knowledge, False)] = fast_path.path_kind(knowledge, False)
    listed = dict(trace.listed)
    if kinds[(knowledge, False)] == "dir":
        listed.setdefault(knowledge, trace.started)
    dirs, listings = [], []
    for path, since in listed.items():
        status = os.stat(path)
        if not is_settled(status, since):
            return None
        if _under(path, by_stat) and path != knowledge:
            dirs.append([path, status.st_mtime_ns])
        else:
            listings.append([path, fast_path.listing_digest(path)])
    return {
        "outputs": outputs,
        "env": sorted([name, value] for name, value in trace.env.items()),
        "stats": list(stats.values()),
        "digests": list(digests.values()),
        "kinds": [[path, follow, kind] for (path, follow), kind in kinds.items()],
        "dirs": dirs,
        "listings": listings,
    }


def _outputs(trace: Trace, cache: str) -> list[str] | None:
    """The report files the run wrote (each renamed from a temporary file of its own); None
    when it wrote anything else than those, compiled modules and the analysis cache."""
    replays = os.path.join(cache, REPLAY_FOLDER)
    outputs: dict[str, None] = {}
    for src, dst in trace.renames:
        if _under(dst, (replays,)):
            return None
        if _under(dst, (cache,)) or _is_bytecode(dst):
            continue
        if src not in trace.temps:
            return None
        outputs[dst] = None
    own = set(trace.temps) | set(outputs)
    for path in [*trace.writes, *trace.changes]:
        if _under(path, (replays,)):
            return None
        if not (path in own or _is_bytecode(path) or _under(path, (cache,))):
            return None
    return list(outputs)


def is_settled(status: os.stat_result, since: int) -> bool:
    """Whether a file or folder last changed before `since` (when the run first looked at it),
    by more than its file system's clock step: a change in the same step, after the run read
    it, would leave its times as they were. A time in the future is never settled."""
    coarse = status.st_ctime_ns % 1_000_000 == 0  # second (or millisecond) time stamps
    margin = COARSE_STEP_NS if coarse else FINE_STEP_NS
    return max(status.st_ctime_ns, status.st_mtime_ns) < since - margin


def _identity(status: os.stat_result) -> tuple[int, ...]:
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def _under(path: str, roots: tuple[str, ...]) -> bool:
    norm = _norm(path)
    return any(norm == root or norm.startswith(root + os.sep) for root in roots)


def _norm(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def _is_bytecode(path: str) -> bool:
    """A compiled module (or its temporary) in a __pycache__ folder, or that folder."""
    parts = path.split(os.sep)
    return "__pycache__" in parts[-2:] and (".pyc" in parts[-1] or parts[-1] == "__pycache__")


def _write_entry(path: Path, pieces: list[bytes]) -> bool:
    """Atomically, as the analysis cache writes; a cache that cannot be written costs speed."""
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return True
