"""Writes output files atomically: a crash never leaves a half-written report.

An output goes only to a new path or over an existing regular file that is not one of the
run's inputs; a device node, FIFO, socket, folder or symbolic link is refused before anything
is written, and a replaced file keeps its permission bits.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TextIO

from auditor.errors import UsageError
from auditor.fileio.bounded import file_kind

NEW_FILE_MODE = 0o644


class OutputError(UsageError):
    """An output file cannot (or must not) be written: exit code 2, the path named."""


def check_output_path(path: Path, inputs: Iterable[Path] = ()) -> os.stat_result | None:
    """Refuse an output path that is not a regular file or a new path, or is an input file.

    Returns the existing file's status (None for a new path). `inputs` are the files the run
    reads (manifest, policy, lockfile, saved result, a local model's card and licenses): a
    path naming one of them, under any spelling or hard link, is refused.
    """
    try:
        status: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        status = None
    except OSError as err:
        raise OutputError(f"{path}: cannot be written ({err.strerror or err})") from err
    if status is not None:
        mode = status.st_mode
        if stat.S_ISLNK(mode):
            raise OutputError(f"{path}: is a symbolic link; refusing to write through it")
        if stat.S_ISDIR(mode):
            raise OutputError(f"{path}: is a directory")
        if not stat.S_ISREG(mode):
            raise OutputError(
                f"{path}: is {file_kind(mode)}, not a regular file; refusing to replace it",
                hint="give a new path or an existing regular file",
            )
        for source in inputs:
            if _same_file(source, status):
                raise OutputError(
                    f"{path}: is an input of this run ({source}); refusing to overwrite it",
                    hint="write the output to another path",
                )
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    return status


def write_text_atomic(path: Path, text: str, *, inputs: Iterable[Path] = ()) -> None:
    """Write `text` to `path` through a temporary file and a rename in the same folder.

    Refuses what `check_output_path` refuses (a symbolic link cannot redirect the output
    outside the folder the user named; a device stays a device). A file system error (full
    disk, read-only folder, no permission) is an OutputError naming the file; no temporary
    file is left behind.
    """
    with atomic_text_file(path, inputs=inputs) as write:
        write(text)


@contextlib.contextmanager
def atomic_text_file(path: Path, *, inputs: Iterable[Path] = ()) -> Iterator[Callable[[str], None]]:
    """A writer of `path`'s text piece by piece (a streamed report): the text takes `path`'s
    name only when the block ends without an exception, by a rename in the same folder; until
    then, and on any error, whatever was at `path` stays as it was. The checks of
    `write_text_atomic`; a failed write is an OutputError naming `path`, and an exception of
    the block itself passes through as it is."""
    existing = check_output_path(path, inputs)
    folder = path.parent if str(path.parent) else Path()
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else NEW_FILE_MODE
    tmp: str | None = None
    in_block = False
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            in_block = True
            yield partial(_write, handle, path)
            in_block = False
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).chmod(mode)
        if existing is not None and hasattr(os, "chown"):
            # keep the owner when root replaces someone else's file; best effort
            with contextlib.suppress(OSError):
                os.chown(tmp, existing.st_uid, existing.st_gid)
        Path(tmp).replace(path)
        tmp = None
    except OSError as err:
        if in_block:
            raise  # the block's own error (reading an input, say), not the output's
        raise OutputError(
            f"{path}: cannot be written ({err.strerror or err})",
            hint=_hint(err),
        ) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()


def write_bytes_atomic(path: Path, data: bytes, *, inputs: Iterable[Path] = ()) -> None:
    """`write_text_atomic` for bytes (a gzip'd file): the same checks, a temporary file in the
    same folder renamed over `path`, nothing left behind on an error."""
    existing = check_output_path(path, inputs)
    folder = path.parent if str(path.parent) else Path()
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else NEW_FILE_MODE
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).chmod(mode)
        Path(tmp).replace(path)
        tmp = None
    except OSError as err:
        message = f"{path}: cannot be written ({err.strerror or err})"
        raise OutputError(message, hint=_hint(err)) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()


def _write(handle: TextIO, path: Path, text: str) -> None:
    try:
        handle.write(text)
    except OSError as err:
        message = f"{path}: cannot be written ({err.strerror or err})"
        raise OutputError(message, hint=_hint(err)) from err


def _same_file(path: Path, status: os.stat_result) -> bool:
    try:
        other = Path(path).stat()
    except (OSError, ValueError):
        return False
    return (other.st_dev, other.st_ino) == (status.st_dev, status.st_ino)


def _hint(err: OSError) -> str | None:
    import errno

    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full: free space or write elsewhere"
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder is read-only or not writable: write elsewhere"
    return None
