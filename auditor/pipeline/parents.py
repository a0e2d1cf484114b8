"""Fetches the parents of Hub models for lineage: each parent commit analysed once a run, kept in
the analysis cache across runs (offline too), and a bound on the parents one model may ask for.

Lineage (lineage/ancestors.py) walks a model's declared parents depth-first and asks `fetch` for
every parent the known-models registry does not answer; this module is that `fetch`:

- **Once a run.** A parent is keyed by its repo id (case-insensitive) and the revision it is
  named at (`org/name`, `org/name@v1`, `org/name@<commit>`); the first thread to ask analyses
  it and the others wait for that answer. A commit already analysed this run answers a later
  pin to the same commit without a request.
- **Once across runs.** A parent named without a commit is analysed at the commit the Hub
  answers, and the analysis is kept in the analysis cache under that commit (as a pinned
  model's is). The next run finds the commit the branch pointed to in the Hugging Face cache
  (`refs/<branch>`): offline, the cached analysis answers with no request; online, one listing
  request confirms the branch still points there with the same files (the listing digest
  covers the commit, the files and the gated state), and nothing else is downloaded.
- **A bound per model.** One model's lineage may ask for at most `MAX_PARENTS_PER_MODEL`
  distinct parent repos; the next ones are not fetched and stay unresolved, with a reason.
- **Fails closed.** A parent that cannot be read (deleted, gated, not cached offline, an
  incomplete read) is an error with the reason, which lineage reports on the unresolved
  parent; it is never a partial answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.errors import SourceError, TargetError
from auditor.fileio.bounded import read_bounded
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.digest import knowledge_digest
from auditor.lineage.ancestors import repo_key, strip_hub_url
from auditor.model import Category, ModelResult, Severity, Target, Verdict
from auditor.pipeline.cache import AnalysisCache
from auditor.resources import default_cache_dir
from auditor.sources.base import parse_target
from auditor.sources.hub_repo import hub_repo

if TYPE_CHECKING:
    from pathlib import Path

    from auditor.pipeline.run import AuditOptions

MAX_PARENTS_PER_MODEL = 32
"""Distinct parent repos one model's lineage may fetch from the Hub (registry answers do not
count). Each parent is a whole audit with its own request budget (hub_limits: 64 requests per
model), so 32 parents cost at most about 2,000 requests, a tenth of a run's 20,000: a merge
declaring hundreds of parents, each declaring hundreds more, cannot spend the requests the run's
other models need. It is four times the depth lineage follows (8 levels): a chain to the depth
limit leaves room for merges of a few parents along the way. Every parent asked counts, whether
this run already fetched it or not, so a model's verdict does not depend on which other models
share its run."""

ParentFetch = Callable[[str], ModelResult]
"""One model's view: a parent's analysis; raises AuditorError saying why it cannot be had."""
Analyse = Callable[[Target], ModelResult]
"""Fetch and analyse one Hub target (run.audit_target), an `error` result when it cannot."""

_SHA = lazy_pattern(r"^[0-9a-f]{40}$")
_REF_BYTES = 64  # a cache `refs/<branch>` file holds a 40-hex commit


class ParentFetcher:
    """The run's parent fetches: one analysis per parent and revision, shared by every model
    and thread; `for_model()` is the bounded view one model's lineage uses."""

    def __init__(self, options: AuditOptions, analyse: Analyse) -> None:
        self.options = options
        self.analyse = analyse
        self.limit = options.max_parents
        self._asked: dict[tuple[str, str | None], Future[ModelResult]] = {}
        self._commits: dict[tuple[str, str], ModelResult] = {}
        self._lock = threading.Lock()

    def for_model(self) -> ParentFetch:
        """A fetch for one model's lineage: past `limit` distinct parent repos it raises,
        naming the bound, and lineage leaves the parent unresolved."""
        asked: set[str] = set()

        def fetch(ref: str) -> ModelResult:
            key = repo_key(ref)
            if key not in asked and len(asked) >= self.limit:
                raise SourceError(
                    f"not fetched: this model's lineage already asked the Hub for {self.limit} "
                    "parents, the bound per model",
                    hint="audit this parent on its own, or pin the model's lineage in the "
                    "known-models registry",
                    code="lineage-parent-limit",
                )
            asked.add(key)
            return self(ref)

        return fetch

    def __call__(self, ref: str) -> ModelResult:
        """The analysis of the parent `ref` (`org/name[@revision]`), once a run; raises
        AuditorError when it cannot be read, for lineage to report."""
        target = parse_target(f"hf:{strip_hub_url(ref)}")
        key = (repo_key(target.location), target.revision)
        with self._lock:
            known = self._asked.get(key)
            if known is None:
                mine: Future[ModelResult] = Future()
                self._asked[key] = mine
        if known is not None:
            return known.result()  # another thread's answer, or its error
        try:
            result = self._resolved(target)
        except BaseException as err:
            mine.set_exception(err)
            raise
        mine.set_result(result)
        return result

    def _resolved(self, target: Target) -> ModelResult:
        repo = repo_key(target.location)
        if target.revision is not None and _SHA.match(target.revision):
            with self._lock:
                seen = self._commits.get((repo, target.revision))
            if seen is not None:
                return replace(seen, ref=target.text)
        cached = self._from_cache(target)
        result = cached if cached is not None else self.analyse(target)
        if result.verdict is Verdict.ERROR:
            raise SourceError(_why_not(result), code="lineage-parent-unreadable")
        sha = result.source.resolved_sha if result.source is not None else None
        if sha is not None:
            with self._lock:
                self._commits.setdefault((repo, sha), result)
        return result

    def _from_cache(self, target: Target) -> ModelResult | None:
        return cached_by_branch(target, self.options)


def cached_by_branch(target: Target, options: AuditOptions) -> ModelResult | None:
    """The cached analysis of the commit a branch-named parent (or training dataset) pointed to
    when it was last fetched: offline as it is, online once one listing shows the same commit
    and files. None for a pinned commit (the analysis itself asks the cache) or on any miss."""
    hub = options.hub
    if target.revision is not None and _SHA.match(target.revision):
        return None
    if not options.use_cache:
        return None
    if options.sources is not None and target.kind in options.sources:
        return None  # a run's own Hub source: the Hugging Face cache is not its
    sha = recorded_commit(target, hub.cache_dir)
    if sha is None:
        return None
    cache = AnalysisCache(options.cache_dir or default_cache_dir(), knowledge_digest())
    endpoint, key = hub.endpoint_url, hub_repo(target).cache_key  # a dataset's differs
    if hub.offline and options.confirm_cache:
        return None  # `check --locked` offline: nothing to confirm with, the files are read
    if hub.offline:  # as a pinned model's entry is used offline
        return cache.get(endpoint, key, sha, target.text)
    if not cache.exists(endpoint, key, sha):
        return None
    from auditor.sources.hub import hub_listing_digest

    try:
        listing = hub_listing_digest(target, hub)
    except (TargetError, SourceError):
        return None  # the fetch that follows reports why
    return cache.get(endpoint, key, sha, target.text, listing=listing)


def recorded_commit(target: Target, cache_dir: Path | None) -> str | None:
    """The commit the Hugging Face cache records for the target's branch or tag (`main` when
    none is named), as the Hub source wrote it when it last fetched the repo (a model's, or a
    dataset's for a `hub-dataset` target); None if none."""
    from auditor.sources.hub_cache import repo_cache

    revision = target.revision or "main"
    folder = repo_cache(cache_dir, hub_repo(target))
    try:
        text = read_bounded(folder / "refs" / revision, _REF_BYTES).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _SHA.match(text) else None


def _why_not(result: ModelResult) -> str:
    """Why a parent's audit did not finish: its first blocking source finding, else any."""
    source = [f for f in result.findings if f.category is Category.SOURCE]
    blocking = [f for f in source if f.severity is Severity.BLOCK]
    chosen = (blocking or source or list(result.findings))[:1]
    return chosen[0].message if chosen else f"{result.ref}: the audit did not finish"
