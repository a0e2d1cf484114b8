"""Reads user files safely: regular files only (a FIFO or device never blocks or streams), at
most a cap of bytes, whatever the file claims its size is."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegularFileError(OSError):
    """The path names a FIFO, device, socket or folder, not a regular file."""


def file_kind(mode: int) -> str:
    """A word for what a non-regular file is."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_bounded(path: Path, cap: int) -> bytes:
    """At most `cap + 1` bytes of a regular file (one more than the cap tells "too large").

    Opened without blocking, so a FIFO is refused instead of waiting for a writer; a device
    (such as /dev/zero behind a symbolic link) is refused instead of read without end. Raises
    NotRegularFileError for those, OSError for the rest.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = file_kind(mode)
            raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a regular file", str(path))
        chunks: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
