"""The Hub's listings of many pinned commits at once, for `check --locked`: one request a
model, all of them in flight together, in a helper process where the platform forks.

Part of the Hub source (`hub`). `check --locked` uses a cached analysis only once the Hub lists
the same files at the commit (`hub_listing_digest`, one request a model). Made from the run's
threads, those requests shared one interpreter with the rest of the run: the Hub client's import
(about 0.15 s), its one HTTP client, and each exchange's Python work waited on the interpreter
lock behind judging and loading the knowledge. So `check` forks a helper at its very start,
before any thread or heavy import (`start_helper`, Linux only): while the command line loads,
the helper imports the listing path (hub_digest.py, not the evidence readers) and the Hub
client, then waits for one batch of targets. The command line hands it the batch before it
imports the pipeline (`start_listing_digests`, pipeline/ahead.py); the run's own
`listing_digests` for the same targets and equal options takes those listings and reads the
digests when it needs them: the same requests (same client, options, budgets), answered on the
other core.

Anywhere else (no helper, a second batch, a helper that died), the batch runs on threads of
this process. A target the helper could not list is answered None, and the run then fetches it
as it always did, in this process, which reports why by the model's name. (Session 20 once took
these threads for a crash: it was its test's `preexec_fn`, Python run between fork and exec in
a threaded pytest worker; the helper lists on threads too, so 100 models at 50 ms a request
take two rounds, not 100 requests one after another.)
"""

# ruff: noqa: SIM105
# Imported before the command line: os and try/except only (no contextlib, no pathlib).

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # mypy reads the names; the command line's start never imports typing
if TYPE_CHECKING:
    from collections.abc import Sequence
    from concurrent.futures import Future

    from auditor.model import Target
    from auditor.sources.hub_options import HubOptions

MAX_IN_FLIGHT = 64
"""Listing requests in flight at once: each only waits (100 models at 50 ms a request: two
rounds, 0.1 s)."""

_helpers: list[_Helper] = []  # at most one; taken by the first batch
_ahead: list[tuple[list[Target], HubOptions, Pending]] = []  # at most one: started ahead


class _Helper:
    """The parent's end of a forked helper: its pid and the two pipes."""

    def __init__(self, pid: int, jobs: int, answers: int) -> None:
        self.pid = pid
        self.jobs = jobs  # write end: one pickled batch, then closed
        self.answers = answers  # read end: the pickled answer, then EOF


def start_helper() -> bool:
    """Fork the helper (Linux, once, and only from a process with no other thread yet):
    whether it started. The helper never writes to the terminal and ends when this process's
    end of its pipe closes (at the latest when this process exits)."""
    if _helpers or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if "threading" in sys.modules:  # a thread may hold a lock the child would inherit
        import threading

        if threading.active_count() > 1:
            return False
    try:
        jobs_read, jobs_write = os.pipe()
        answers_read, answers_write = os.pipe()
    except OSError:
        return False
    pipes = (jobs_read, jobs_write, answers_read, answers_write)
    if min(pipes) < 3:  # started without a standard stream: the helper would close its pipe
        for fd in pipes:
            os.close(fd)
        return False
    try:
        pid = os.fork()
    except OSError:
        for fd in pipes:
            os.close(fd)
        return False
    if pid == 0:  # the helper: never returns
        code = 0
        try:
            os.close(jobs_write)
            os.close(answers_read)
            _serve(jobs_read, answers_write)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(jobs_read)
    os.close(answers_write)
    for fd in (jobs_write, answers_read):
        os.set_inheritable(fd, False)
    _helpers.append(_Helper(pid, jobs_write, answers_read))
    return True


def _serve(jobs: int, answers: int) -> None:
    """The helper's life: quiet, the client imported, one batch listed and answered."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it without a traceback
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # a pipe the caller reads to its end is not held open by the helper
        os.dup2(null, fd)
    os.close(null)
    start = 3  # nor any other descriptor the command was started with
    for fd in sorted((jobs, answers)):
        os.closerange(start, fd)
        start = fd + 1
    os.closerange(start, _max_fd())
    # The listing path only (not sources/hub.py's evidence readers), unpickling's classes,
    # then the client. httpcore imports trio, when it is installed, for its async locks: the
    # helper only makes blocking requests, so trio is never needed here (selenium, a test
    # dependency, brings it: about 0.05 s of the helper's start).
    sys.modules.setdefault("trio", None)  # type: ignore[arg-type]
    from auditor.fileio.dataclass_code import install

    install()  # the ~40 classes it builds, from the code the command stored (it never writes)
    from auditor.sources.hub_digest import hub_listing_digest as _imported  # noqa: F401
    from auditor.sources.hub_options import HubOptions as _options  # noqa: F401

    try:
        from huggingface_hub import get_session

        get_session()  # its HTTP client (an SSL context even for http://), built ahead
    except Exception:  # the batch meets the same failure and answers None
        pass
    data = _read_all(jobs)
    os.close(jobs)
    if not data:
        return  # the run needed no batch
    import pickle

    targets, options = pickle.loads(data)  # our own parent's, through a private pipe
    digests = _list_here(targets, options)
    reply = pickle.dumps((digests, options.run.requests, options.run.bytes))
    view = memoryview(reply)
    while view:
        view = view[os.write(answers, view) :]
    os.close(answers)


class Pending:
    """Listing digests on their way; `result()` waits for them."""

    def __init__(
        self,
        targets: Sequence[Target],
        options: HubOptions,
        helper: _Helper | None = None,
        futures: list[Future[str | None]] | None = None,
    ) -> None:
        self._targets = targets
        self._options = options
        self._helper = helper
        self._futures = futures

    def run_budget_of(self, options: HubOptions) -> None:
        """Count what these listings spend against `options`' run budget (options equal to
        those they were started with)."""
        self._options = options

    def drop(self) -> None:
        """Never read: a helper's answer is not awaited (it ends when it finds its pipe
        closed), threads finish their requests unread."""
        helper, self._helper = self._helper, None
        if helper is not None:
            _close(helper.answers)

    def result(self) -> list[str | None]:
        """The digest of each target's listing now, None where it could not be had."""
        if self._futures is not None:
            return [future.result() for future in self._futures]
        helper, self._helper = self._helper, None
        answer = _answer(helper) if helper is not None else None
        if answer is None:  # no helper, or it failed: the same requests from here
            return _list_here(self._targets, self._options)
        digests, requests, size = answer
        from auditor.sources.hub_limits import BudgetExceeded

        try:  # what the helper spent counts against this run's bounds
            self._options.run.spend(requests=requests, size=size)
        except BudgetExceeded:
            pass  # the run's next request meets the bound and says so
        return digests


def start_listing_digests(targets: Sequence[Target], options: HubOptions) -> None:
    """`listing_digests` started ahead of the run that will ask for them (`check --locked`
    before its pipeline loads): kept for the run's own call with the same targets and equal
    options, which takes them; a call for anything else drops them."""
    _ahead.append((list(targets), options, listing_digests(targets, options)))


def drop_ahead() -> None:
    """Forget listings started ahead that no run took (the run stopped before asking)."""
    while _ahead:
        _ahead.pop()[2].drop()


def listing_digests(targets: Sequence[Target], options: HubOptions) -> Pending:
    """Start listing every target (pinned Hub commits): in the helper when one waits, else on
    threads here. A single target is listed when the result is asked for, on the caller's
    thread, as the run always did. Listings started ahead for the same targets with equal
    options (`start_listing_digests`) are those answered, their spending counted against
    these options' run budget."""
    while _ahead:
        ahead_targets, ahead_options, pending = _ahead.pop()
        if ahead_targets == list(targets) and ahead_options == options:
            pending.run_budget_of(options)
            return pending
        pending.drop()
    from auditor.sources.redact import register_secrets

    register_secrets(options.token, options.endpoint)  # as each request would
    if _helpers:
        helper = _helpers.pop()
        if _send(helper, targets, options):
            return Pending(targets, options, helper=helper)
    if len(targets) <= 1:
        return Pending(targets, options)
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(min(MAX_IN_FLIGHT, len(targets)), thread_name_prefix="listing")
    futures = [pool.submit(_digest_or_none, target, options) for target in targets]
    pool.shutdown(wait=False)
    return Pending(targets, options, futures=futures)


def _send(helper: _Helper, targets: Sequence[Target], options: HubOptions) -> bool:
    import pickle

    try:
        data = pickle.dumps((list(targets), options))
        view = memoryview(data)
        while view:
            view = view[os.write(helper.jobs, view) :]
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        _close(helper.jobs)
        _close(helper.answers)
        _reap(helper.pid)
        return False
    _close(helper.jobs)
    return True


def _answer(helper: _Helper) -> tuple[list[str | None], int, int] | None:
    """The helper's answer, or None when it has none (it failed or was killed)."""
    import pickle

    try:
        data = _read_all(helper.answers)
    except OSError:
        data = b""
    _close(helper.answers)
    _reap(helper.pid)
    if not data:
        return None
    try:
        digests, requests, size = pickle.loads(data)  # our own helper's
    except Exception:
        return None
    return list(digests), int(requests), int(size)


def _list_here(targets: Sequence[Target], options: HubOptions) -> list[str | None]:
    """Every target's listing digest, listed on threads of this process."""
    if len(targets) <= 1:
        return [_digest_or_none(target, options) for target in targets]
    from concurrent.futures import ThreadPoolExecutor

    workers = min(MAX_IN_FLIGHT, len(targets))
    with ThreadPoolExecutor(workers, thread_name_prefix="listing") as pool:
        return list(pool.map(lambda target: _digest_or_none(target, options), targets))


def _digest_or_none(target: Target, options: HubOptions) -> str | None:
    """The digest of the target's listing now; None when the Hub cannot say (the fetch that
    follows reports why)."""
    from auditor.errors import SourceError, TargetError
    from auditor.sources.hub_digest import hub_listing_digest

    try:
        return hub_listing_digest(target, options)
    except (TargetError, SourceError):
        return None


def _max_fd() -> int:
    try:
        return max(256, os.sysconf("SC_OPEN_MAX"))
    except (OSError, ValueError):
        return 256


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except OSError:
        pass
