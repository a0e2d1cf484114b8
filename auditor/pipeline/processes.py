"""Runs a run's CPU-bound jobs (local folders, cards, GGUF files) in a pool of worker processes,
one per core by default: reading, analysing and judging them is pure Python, which threads
cannot spread over cores under the GIL.

Each worker loads the run's knowledge once (RunContext.load from the run's settings) and takes
chunks of jobs; results come back by job index, so the report keeps the input order and is the
same, byte for byte, as a run in one process. Workers start from a fork server that has already
imported the pipeline and loaded the default knowledge (`worker_preload.py`: cheap to start,
pages shared rather than copied, and safe beside the threads of the progress display and the
Hub pool, which a plain fork is not). The pool pays off only for many jobs: the run
decides (run.MIN_JOBS_FOR_PROCESSES).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from auditor.errors import AuditorError
from auditor.model import ModelResult
from auditor.pipeline.judging import Job, RunContext, RunSettings
from auditor.pipeline.parent_watch import PARENT_ENV, die_with_parent, worker_parent

if TYPE_CHECKING:
    from auditor.pipeline.run import AuditOptions

_CHUNKS_PER_WORKER = 8  # small enough to even out slow jobs, large enough to amortise a send

Chunk = list[tuple[int, Job]]
_In = TypeVar("_In")
_Out = TypeVar("_Out")
Deliver = Callable[[int, ModelResult], None]

_worker: tuple[RunContext, AuditOptions] | None = None  # a worker's context and options


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_local_jobs(
    chosen: Sequence[tuple[int, Job]],
    options: AuditOptions,
    settings: RunSettings,
    deliver: Deliver,
) -> set[int]:
    """Each chosen job's judged result to `deliver` with its index, as chunks come back, from
    `options.jobs` processes (None: one per core; never more than there are chunks); returns
    the indexes of the waivers the workers used.

    Workers get the run's options with its day for a clock (they judge on `settings.today`); their
    Hub budget is their own (RunBudget pickles fresh; local jobs spend none)."""
    shipped = replace(options, clock=partial(_run_day, settings.today))
    jobs = max(1, options.jobs or default_jobs())
    try:
        return _run_pool(chosen, shipped, settings, jobs, deliver)
    except BrokenProcessPool as err:  # a worker killed (out of memory, a signal)
        raise AuditorError(
            f"a worker process stopped before its models were audited ({err}); "
            "run again with --jobs 1 to audit in one process"
        ) from err


def _run_pool(
    chosen: Sequence[tuple[int, Job]],
    options: AuditOptions,
    settings: RunSettings,
    jobs: int,
    deliver: Deliver,
) -> set[int]:
    used: set[int] = set()
    chunks = list(_chunks(chosen, jobs))
    for done, chunk_used in pooled(chunks, _run_chunk, jobs, _start_worker, (options, settings)):
        used |= chunk_used
        for index, result in done:
            deliver(index, result)
    return used


def pooled(
    chunks: Sequence[_In],
    task: Callable[[_In], _Out],
    jobs: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[_Out]:
    """`task` of each chunk in `jobs` worker processes (started from the fork server), results
    as they come back; a worker that dies, even half-way through sending its result, raises
    BrokenProcessPool rather than hanging the run (_Watchdog)."""
    with ProcessPoolExecutor(
        max_workers=max(1, min(jobs, len(chunks))),
        mp_context=_context(),
        initializer=initializer,
        initargs=initargs,
    ) as pool:
        pending: set[Future[_Out]] = {pool.submit(task, chunk) for chunk in chunks}
        watch = _Watchdog(pool)
        while pending:
            finished, pending = wait(pending, timeout=_WATCH_SECONDS, return_when=FIRST_COMPLETED)
            if not finished:
                watch.check()
            for future in finished:
                yield future.result()


_WATCH_SECONDS = 0.5  # how often the run looks at its workers while no chunk comes back
_GRACE_SECONDS = 3.0  # how long the pool may take to notice a dead worker itself


class _Watchdog:
    """Unsticks a pool whose worker died while sending its result.

    CPython's ProcessPoolExecutor notices a dead worker from its sentinel, except when the
    worker was killed (the out-of-memory killer, a signal) half-way through writing a result:
    the pool's manager thread is then inside `recv` on the result pipe waiting for bytes that
    will never come, and the run would hang for ever, at exit too (the interpreter joins that
    thread). When a worker has been dead for the grace period with results still due, the
    watchdog kills the other workers and closes the run's own copy of the pipe's writing end:
    with no writer left the stuck `recv` ends with end of file, the pool marks itself broken and
    the pending futures raise BrokenProcessPool, which the run reports (run_local_jobs).
    This reads the executor's private `_processes` and `_result_queue` (unchanged from 3.9 to
    3.13); without them it does nothing and the pool behaves as before."""

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self._pool = pool
        self._dead_since: float | None = None

    def check(self) -> None:
        processes = dict(getattr(self._pool, "_processes", None) or {})
        if not any(process.exitcode is not None for process in processes.values()):
            return
        now = time.monotonic()
        if self._dead_since is None:
            self._dead_since = now
            return
        if now - self._dead_since < _GRACE_SECONDS:
            return
        for process in processes.values():
            if process.exitcode is None:
                process.kill()
                process.join(_GRACE_SECONDS)
        queue = getattr(self._pool, "_result_queue", None)
        writer = getattr(queue, "_writer", None)
        if writer is not None:
            writer.close()


def _chunks(chosen: Sequence[tuple[int, Job]], jobs: int) -> Iterator[Chunk]:
    size = max(1, min(64, len(chosen) // (jobs * _CHUNKS_PER_WORKER)))
    for start in range(0, len(chosen), size):
        yield list(chosen[start : start + size])


def _context() -> multiprocessing.context.BaseContext:
    # The fork server (started on first use, with this environment) dies with this process,
    # and each worker with the fork server: none outlives a killed run (parent_watch.py).
    os.environ[PARENT_ENV] = str(os.getpid())
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(
            [
                "auditor.pipeline.parent_watch",
                "auditor.pipeline.run",
                "auditor.pipeline.processes",
                "auditor.pipeline.worker_preload",  # the knowledge, shared by the workers
            ]
        )
        return context
    return multiprocessing.get_context("spawn")


def _run_day(day: date) -> datetime:
    """A worker's clock: noon of the run's day (settings.today), so what it reads by date (a
    licence's amendments in force) is what the run reads."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _start_worker(options: AuditOptions, settings: RunSettings) -> None:
    global _worker
    # A worker's parent is the fork server (or, spawned, the run itself): die with it.
    die_with_parent(worker_parent())
    _worker = (RunContext.load(settings), options)


def _run_chunk(chunk: Chunk) -> tuple[list[tuple[int, ModelResult]], set[int]]:
    from auditor.pipeline.run import audit_target

    assert _worker is not None, "worker not started"
    context, options = _worker
    context.used.clear()
    done = [
        (index, context.judge(job, audit_target(job.target, options, context.db)))
        for index, job in chunk
    ]
    return done, set(context.used)
