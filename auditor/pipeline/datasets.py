"""Fetches the Hub dataset repos that trained the run's models: each dataset and revision read
and analysed once a run, shared by every model and thread (as parents are, pipeline/parents.py).

A dataset is audited like a model (sources/hub.py with the dataset repo type: card, license
files, the same license engine; gated, pinned, cached, offline and bounded alike); the analysis
answers `training/resolve.py`, which reads its license and data card into the model's entry.
A pinned commit already analysed in an earlier run is answered by the analysis cache, and so is
a dataset named by a branch whose commit the Hugging Face cache recorded (offline as it is,
online once one listing request shows the same commit and files: nothing is downloaded).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from auditor.errors import SourceError, TargetError
from auditor.model import Category, ModelResult, Severity, Target, Verdict
from auditor.pipeline.parents import cached_by_branch

if TYPE_CHECKING:
    from auditor.pipeline.run import AuditOptions

Analyse = Callable[[Target], ModelResult]
"""Fetch and analyse one Hub target (run.audit_target), an `error` result when it cannot."""


class DatasetFetcher:
    """The run's dataset reads: one analysis per dataset and revision."""

    def __init__(self, options: AuditOptions, analyse: Analyse) -> None:
        self.options = options
        self.analyse = analyse
        self._asked: dict[tuple[str, str | None], Future[ModelResult]] = {}
        self._lock = threading.Lock()

    def __call__(self, ref: str) -> ModelResult:
        """The analysis of the Hub dataset `ref` (`org/name[@revision]`), once a run; raises
        SourceError saying why it cannot be read."""
        repo, _, revision = ref.partition("@")
        key = (repo.casefold(), revision or None)
        with self._lock:
            known = self._asked.get(key)
            if known is None:
                mine: Future[ModelResult] = Future()
                self._asked[key] = mine
        if known is not None:
            return known.result()
        try:
            result = self._read(repo, revision or None)
        except BaseException as err:
            mine.set_exception(err)
            raise
        mine.set_result(result)
        return result

    def _read(self, repo: str, revision: str | None) -> ModelResult:
        from auditor.sources.hub_repo import dataset_target

        try:
            target = dataset_target(repo, revision)
        except TargetError as err:
            raise SourceError(str(err), code="training-data-unreadable") from err
        cached = cached_by_branch(target, self.options)  # the commit a branch was last read at
        result = cached if cached is not None else self.analyse(target)
        if result.verdict is Verdict.ERROR:
            raise SourceError(_why_not(result), code="training-data-unreadable")
        return result


def _why_not(result: ModelResult) -> str:
    """Why a dataset's audit did not finish: its first blocking source finding, else any."""
    source = [f for f in result.findings if f.category is Category.SOURCE]
    blocking = [f for f in source if f.severity is Severity.BLOCK]
    chosen = (blocking or source or list(result.findings))[:1]
    return chosen[0].message if chosen else f"{result.ref}: the audit did not finish"
