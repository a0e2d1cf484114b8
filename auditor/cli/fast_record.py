"""Command line: runs `check` as usual while watching what it depends on, and stores the replay.

Imported only when the fast path (cli/fast_path.py) found no answer. Before the command line
is imported, the run is watched: an audit hook (`sys.addaudithook`) sees every file opened,
folder listed, rename and change, and any network, process or database event; `os.stat` and
`os.lstat` note every path probed; `os.environ` notes every variable read; stdout and stderr
are copied as they are written. What the run may store, and how, is cli/fast_store.py's.
"""

# ruff: noqa: PTH109, PTH117, PTH118
# Paths arrive as strings from the audit hook and go to fast_path.py's os-level checks as such.

from __future__ import annotations

import contextlib
import os
import sys
import time
from typing import Any

from auditor.cli import fast_path

_IGNORED = frozenset(
    {"import", "exec", "compile", "marshal.loads", "marshal.load", "marshal.dumps"}
    | {"sys._getframe", "sys._current_frames", "object.__getattr__", "object.__setattr__"}
    | {"object.__delattr__", "builtins.id", "code.__new__", "function.__new__"}
    | {"sys.addaudithook", "os.putenv", "os.unsetenv", "pathlib.Path.glob", "time.sleep"}
    | {"pathlib.Path.rglob", "glob.glob", "glob.glob/2", "array.__new__", "sys.excepthook"}
    | {"sys.unraisablehook", "sys.settrace", "sys.setprofile", "_thread.start_new_thread"}
    | {"sys.set_asyncgen_hooks_firstiter", "sys.set_asyncgen_hooks_finalizer"}
)
"""Events that neither read nor change anything outside the process."""
_CHANGES = frozenset({"os.mkdir", "os.utime", "os.chmod", "os.chown", "os.remove", "os.rmdir"})
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class Trace:
    """What one run read, probed, listed, changed and printed."""

    def __init__(self) -> None:
        self.cwd = os.getcwd()
        self.active = True
        self.started = time.time_ns()
        self.reads: dict[str, int] = {}  # path: when first opened (ns since the epoch)
        self.writes: dict[str, None] = {}
        self.temps: dict[str, None] = {}
        self.renames: list[tuple[str, str]] = []
        self.changes: list[str] = []
        self.probes: dict[tuple[str, bool], str] = {}  # (path, follow): what it found first
        self.listed: dict[str, int] = {}  # path: when first listed
        self.refused: list[str] = []
        self.env: dict[str, str | None] = {}
        self.env_written: set[str] = set()
        self.stdio: list[tuple[int, str, bytes]] = []

    def path(self, value: Any) -> str | None:
        """An absolute path for a path argument; None for a file descriptor."""
        if isinstance(value, int):
            return None
        text = os.fsdecode(os.fspath(value))
        return text if os.path.isabs(text) else os.path.join(self.cwd, text)

    def hook(self, event: str, args: tuple[Any, ...]) -> None:
        """The audit hook; it never raises (that would abort the run's own operation)."""
        if event in _IGNORED or not self.active:
            return
        try:
            self._event(event, args)
        except Exception as err:
            self.refused.append(f"{event}: {type(err).__name__}")

    def _event(self, event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path = self.path(args[0])
            if path is None:
                return
            if (args[2] or 0) & _WRITE_FLAGS or any(c in (args[1] or "") for c in "wax+"):
                self.writes[path] = None
            else:
                self.reads.setdefault(path, time.time_ns())
        elif event in ("os.listdir", "os.scandir"):
            path = self.path(args[0] if args[0] is not None else ".")
            if path is None:
                self.refused.append(event)
            else:
                self.listed.setdefault(path, time.time_ns())
        elif event == "tempfile.mkstemp":
            self.temps[self.path(args[0]) or ""] = None
        elif event == "os.rename":
            self.renames.append((self.path(args[0]) or "", self.path(args[1]) or ""))
        elif event in _CHANGES:
            self.changes.append(self.path(args[0]) or "")
        else:
            self.refused.append(event)

    def probe(self, path: Any, dir_fd: int | None, follow: bool, kind: str) -> None:
        """A stat of `path` found `kind` (fast_path.path_kind's words)."""
        if not self.active or isinstance(path, int):
            return
        try:
            absolute = self.path(path)
        except (TypeError, ValueError):
            return  # os.stat raises the same for it
        if dir_fd is not None:
            self.refused.append("stat with dir_fd")
        elif absolute is not None:
            self.probes.setdefault((absolute, follow), kind)

    def read_env(self, name: str, value: str | None) -> None:
        if self.active and name not in self.env_written and name not in self.env:
            self.env[name] = value


_TRACE: list[Trace] = []


class _WatchedEnviron(os._Environ):  # type: ignore[type-arg]  # typeshed: generic
    """os.environ, noting each variable read; iterating over all of them refuses the run."""

    def __getitem__(self, key: Any) -> Any:
        try:
            value = super().__getitem__(key)
        except KeyError:
            _TRACE[-1].read_env(key, None)
            raise
        _TRACE[-1].read_env(key, value)
        return value

    def __iter__(self) -> Any:
        if _TRACE[-1].active:
            _TRACE[-1].refused.append("environment listed")
        return super().__iter__()

    def __setitem__(self, key: Any, value: Any) -> None:
        _TRACE[-1].env_written.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        _TRACE[-1].env_written.add(key)
        super().__delitem__(key)


class _Copied:
    """A standard stream that copies what is written to it, in order, into the trace."""

    def __init__(self, stream: Any, fd: int, trace: Trace) -> None:
        self._stream, self._fd, self._trace = stream, fd, trace

    def write(self, text: str) -> int:
        count: int = self._stream.write(text)
        if self._trace.active:
            if isinstance(text, str):
                self._trace.stdio.append((self._fd, "t", text.encode("utf-8", "surrogatepass")))
            else:
                self._trace.refused.append("bytes written to a text stream")
        return count

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    @property
    def buffer(self) -> Any:
        return _CopiedBytes(self._stream.buffer, self._fd, self._trace)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _CopiedBytes:
    def __init__(self, stream: Any, fd: int, trace: Trace) -> None:
        self._stream, self._fd, self._trace = stream, fd, trace

    def write(self, data: bytes) -> int:
        count: int = self._stream.write(data)
        if self._trace.active:
            self._trace.stdio.append((self._fd, "b", bytes(data)))
        return count

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def run_recorded(root: str, key: str, day: str) -> int | None:
    """Run the command line as usual, watched; store the replay entry when the run may be."""
    from auditor.fileio.dataclass_code import install

    install()  # its file is read before the watch: the store is not a condition of the answer
    trace = Trace()
    _TRACE.append(trace)
    streams = sys.stdout, sys.stderr
    real_stat, real_lstat = os.stat, os.lstat

    def watched_stat(path: Any, *, dir_fd: int | None = None, follow_symlinks: bool = True) -> Any:
        try:
            status = real_stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks)
        except OSError as err:
            trace.probe(path, dir_fd, follow_symlinks, fast_path.error_kind(err))
            raise
        if trace.active and not isinstance(path, int):
            trace.probe(path, dir_fd, follow_symlinks, fast_path.status_kind(status, path))
        return status

    def watched_lstat(path: Any, *, dir_fd: int | None = None) -> Any:
        return watched_stat(path, dir_fd=dir_fd, follow_symlinks=False)

    try:
        sys.addaudithook(trace.hook)
        os.stat, os.lstat = watched_stat, watched_lstat
        os.environ.__class__ = _WatchedEnviron
        sys.stdout = _Copied(streams[0], 1, trace)
        sys.stderr = _Copied(streams[1], 2, trace)
    except Exception:  # cannot be watched here: run as usual, store nothing
        trace.refused.append("not watched")
    try:
        from auditor.cli.main import main as cli_main

        cli_main()
    except SystemExit as done:
        trace.active = False
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
            if isinstance(sys.stdout, _Copied) and isinstance(sys.stderr, _Copied):
                from auditor.cli.fast_store import store

                store(trace, root, key, day, done.code)
        raise
    finally:
        trace.active = False
        sys.stdout, sys.stderr = streams
        os.stat, os.lstat = real_stat, real_lstat
    return None
