"""Makes the run's helper processes die with it (Linux): the fork server and every worker.

A run killed with SIGKILL or SIGTERM runs no clean-up, so without this its fork server and
workers lived on, holding the run's stdout and stderr: `auditor check ... | tee log` never saw
the end of its input. The kernel's parent-death signal (`prctl(PR_SET_PDEATHSIG)`) needs no
thread and no polling: the fork server asks for SIGKILL when the run dies, each worker when the
fork server dies. The multiprocessing resource tracker then sees its pipe close and exits.

The fork server imports this module first (`set_forkserver_preload`), with the run's pid in
`AUDITOR_POOL_PARENT`; a worker calls `die_with_parent` when it starts. Elsewhere (not Linux,
no libc) it does nothing, and the pool works as before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

PARENT_ENV = "AUDITOR_POOL_PARENT"
_PR_SET_PDEATHSIG = 1


def die_with_parent(expected_parent: int | None = None) -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies; exit now if the parent
    (`expected_parent`, when given) is already gone. False where the kernel cannot do it."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    # The parent may have died between our start and the request: then it never comes.
    if expected_parent is not None and os.getppid() != expected_parent:
        os._exit(1)
    return True


FORK_SERVER_PID: int | None = None
"""Set in the fork server; its workers, forked from it, inherit the value and so know which
parent to expect (`getppid()` in a worker whose fork server already died says 1)."""


def worker_parent() -> int:
    """The pid a pool worker's parent must have: the fork server's, else its own parent's."""
    server = FORK_SERVER_PID
    return server if server is not None and server != os.getpid() else os.getppid()


def _in_fork_server() -> None:
    global FORK_SERVER_PID
    parent = os.environ.get(PARENT_ENV, "")
    if parent.isdigit() and os.getppid() == int(parent) and os.getpid() != int(parent):
        FORK_SERVER_PID = os.getpid()
        die_with_parent(int(parent))


_in_fork_server()
