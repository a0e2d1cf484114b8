"""Small file systems for tests of full disks and read-only folders: a tmpfs when we can mount.

Mounting needs root (CAP_SYS_ADMIN), as in the CI container; elsewhere the test is skipped
with the reason, never faked as passed.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(where: Path, *, size_kib: int = 64, read_only: bool = False) -> Iterator[Path]:
    """A fresh tmpfs of `size_kib` KiB mounted at `where` (created); unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    mount = shutil.which("mount")
    options = f"size={size_kib}k,mode=0777" + (",ro" if read_only else "")
    if mount is None:
        pytest.skip("no mount command: a full or read-only disk cannot be made")
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill(folder: Path) -> None:
    """Fill the file system holding `folder` until a write fails with ENOSPC."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
