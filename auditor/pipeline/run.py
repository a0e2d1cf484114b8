"""Runs the pipeline in order: sources -> licenses -> (lineage -> policy) -> AuditResult."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.errors import InputFileError, SourceError, TargetError, UsageError
from auditor.gate.manifest import Manifest, load_manifest
from auditor.knowledge.digest import knowledge_digest
from auditor.knowledge.known_models import KnownModels
from auditor.knowledge.license_db import LicenseDB
from auditor.lineage.ancestors import strip_hub_url
from auditor.lineage.card_self_id import METHOD as SELF_ID
from auditor.model import (
    AuditResult,
    ModelResult,
    PolicyRef,
    SourceKind,
    SourceSnapshot,
    Target,
    Verdict,
)
from auditor.model.deployment import Deployment
from auditor.model.training import is_training
from auditor.pipeline.cache import AnalysisCache, analysis_cache_for
from auditor.pipeline.datasets import DatasetFetcher
from auditor.pipeline.judging import (
    MISSING_RULE,
    Job,
    RunContext,
    RunSettings,
    keep_missing_license,
    with_lineage,
)
from auditor.pipeline.license_facts import license_facts_for, mentioned_license_ids
from auditor.pipeline.outcomes import api_model_result, failed_result
from auditor.pipeline.parents import MAX_PARENTS_PER_MODEL, ParentFetcher
from auditor.policy.judge import model_verdict, overall_verdict, weigh_observations
from auditor.policy.waivers import unused_waivers, waiver_horizon_problems
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions
from auditor.sources.hub_repo import hub_repo, is_hub_kind
from auditor.sources.registry import Source, source_for

if TYPE_CHECKING:
    from auditor.gate.confirm import Confirmations

# judging's names stay importable from here, where they used to live
__all__ = ["MISSING_RULE", "AuditOptions", "Job", "audit", "audit_jobs", "audit_manifest"]
__all__ += ["audit_target", "keep_missing_license", "with_lineage"]

TOOL_NAME = "model-license-auditor"
MIN_JOBS_FOR_PROCESSES = 160
"""Without `--jobs`, fewer local targets than this are audited in the run's own process: a
worker costs a second or more to start (interpreter, imports, knowledge, the reference index,
its patterns compiled), and on this 2-core machine two workers only broke even at about 150
corpus folders (bench/scan.py; 300 folders: 1.25x)."""
_LOCAL_KINDS = frozenset({SourceKind.LOCAL, SourceKind.CARD, SourceKind.GGUF})
_REMOTE_KINDS = frozenset(  # waiting on a registry or another hub
    {SourceKind.OLLAMA, SourceKind.CIVITAI, SourceKind.MODELSCOPE}
)
DEFAULT_WORKERS = 16  # fetching is network-bound: a bounded pool of threads hides latency

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """Everything a run needs besides its targets; clock and data are injectable."""

    hub: HubOptions = field(default_factory=HubOptions)
    workers: int = DEFAULT_WORKERS
    jobs: int | None = None  # processes for local targets; None: one per core (processes.py)
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    license_db: Path | None = None
    policy: str = "default"  # preset name or path to a policy YAML
    cache_dir: Path | None = None  # analysis cache; None: AUDITOR_CACHE_DIR or the user cache
    use_cache: bool = True
    confirm_cache: bool = False
    """`check --locked`, `lock`: a cached analysis is used only once the Hub's listing of the
    commit (one request, nothing downloaded) matches the one it was read from: a license file
    changed in place at the same commit is analysed again."""
    suggest_alternatives: bool = True
    deployment: Deployment = field(default_factory=Deployment)  # for `scan`: no manifest
    sources: Mapping[SourceKind, Source] | None = None  # a run's own sources, by target kind
    max_parents: int = MAX_PARENTS_PER_MODEL  # parent repos one model's lineage may fetch


def audit(
    refs: Sequence[str],
    options: AuditOptions | None = None,
    *,
    base_dir: Path | None = None,
    on_done: Progress | None = None,
    sink: Callable[[ModelResult], None] | None = None,
) -> AuditResult:
    """Audit each reference against the policy, in the deployment the options describe.

    A model that cannot be fetched is reported and the others go on. Raises UsageError
    before any network call when a reference cannot be parsed at all.
    """
    opts = options or AuditOptions()
    try:
        targets = [parse_target(ref, base_dir=base_dir) for ref in refs]
    except TargetError as err:
        raise UsageError(str(err)) from err
    jobs = [Job(t, _scan_deployment(t, opts.deployment)) for t in targets]
    return audit_jobs(jobs, opts, on_done=on_done, sink=sink)


def audit_manifest(
    path: Path, options: AuditOptions | None = None, *, on_done: Progress | None = None
) -> AuditResult:
    """Audit every model a manifest lists, in the deployment it describes, with its waivers."""
    manifest = load_manifest(path)
    jobs: list[Job] = []
    problems: list[tuple[int | None, str]] = []
    for model in manifest.models:
        try:
            target = parse_target(model.ref, base_dir=manifest.base_dir)
        except TargetError as err:
            problems.append((model.line, str(err)))
            continue
        jobs.append(Job(target, manifest.deployment_of(model), model.line))
    if problems:
        raise InputFileError(manifest.path, problems)
    return audit_jobs(jobs, options or AuditOptions(), manifest=manifest, on_done=on_done)


def audit_jobs(
    jobs: Sequence[Job],
    options: AuditOptions,
    *,
    manifest: Manifest | None = None,
    on_done: Progress | None = None,
    sink: Callable[[ModelResult], None] | None = None,
) -> AuditResult:
    """Run the stages for each job concurrently (bounded pool); results keep the input order.

    With a `sink`, each model goes to it in input order as soon as it can, and the result's
    `models` is empty: a streamed report never holds every model at once."""
    now = options.clock()
    waivers = manifest.waivers if manifest is not None else ()
    settings = RunSettings(
        policy=options.policy,
        today=now.astimezone(UTC).date(),
        license_db=options.license_db,
        suggest_alternatives=options.suggest_alternatives,
        waivers=waivers,
        manifest=manifest.path if manifest else None,
    )
    confirming = _confirmations([job.target for job in jobs], options)  # asked meanwhile
    context = RunContext.load(settings)
    context.fetch = ParentFetcher(
        options, partial(audit_target, options=options, db=context.db, cache_resolved=True)
    )
    context.datasets = DatasetFetcher(
        options, partial(audit_target, options=options, db=context.db, cache_resolved=True)
    )
    policy = context.policy
    too_far = waiver_horizon_problems(waivers, today=settings.today, settings=policy.settings)
    if too_far and manifest is not None:
        raise InputFileError(manifest.path, too_far)

    def one(job: Job, analysed: ModelResult | None = None) -> ModelResult:
        if analysed is None:
            analysed = audit_target(job.target, options, context.db, asked=True)
        result = context.judge(job, analysed)
        if on_done is not None:
            on_done(job.target.text)
        return result

    # Threads only pay off for jobs that wait on the Hub. Local files are pure CPU work: with
    # enough of them they go to a pool of processes (one per core); the rest (API models,
    # pinned commits answered by the analysis cache with no parent to look up, a few local
    # files) run here while the thread pool waits.
    answered = {index: _cached(job.target, options) for index, job in enumerate(jobs)}
    answered.update(confirming.answers() if confirming is not None else {})
    waiting = [
        index
        for index, job in enumerate(jobs)
        if (is_hub_kind(job.target.kind) or job.target.kind in _REMOTE_KINDS)
        and (answered[index] is None or _asks_the_hub(answered[index], context.registry))
    ]
    local = set(_local_for_processes(jobs, options))
    order = _InOrder(sink)
    workers = max(1, min(options.workers, len(waiting)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="audit") as pool:
        futures = {i: pool.submit(one, jobs[i], answered[i]) for i in waiting}
        for index, future in futures.items():
            future.add_done_callback(partial(order.put_done, index))
        for index, job in enumerate(jobs):  # first: the few that never wait (API, cached)
            if index not in futures and index not in local:
                order.put(index, one(job, answered[index]))
        if local:
            from auditor.pipeline.processes import run_local_jobs

            def delivered(index: int, result: ModelResult) -> None:
                order.put(index, result)
                if on_done is not None:
                    on_done(jobs[index].target.text)

            chosen = [(index, jobs[index]) for index in sorted(local)]
            context.used.update(run_local_jobs(chosen, options, settings, delivered))
        for future in futures.values():
            future.result()  # a job's exception is the run's
    models = order.kept
    run_findings = weigh_observations(
        unused_waivers(
            waivers,
            context.used,
            manifest=manifest.path if manifest else None,
            refs=[job.target.text for job in jobs],
        ),
        policy,
    )
    verdicts = list(order.verdicts)
    if run_findings:
        verdicts.append(model_verdict(run_findings))
    return AuditResult(
        tool_name=TOOL_NAME,
        tool_version=__version__,
        generated_at=now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        verdict=overall_verdict(verdicts),
        models=tuple(models),
        policy=PolicyRef(name=policy.name, sha256=policy.sha256),
        manifest=manifest.path if manifest else None,
        findings=tuple(run_findings),
        license_facts=license_facts_for(order.license_ids, context.db),
        knowledge_digest=knowledge_digest(options.license_db),
        lineage_knowledge=context.snapshot.stamp(),
    )


class _InOrder:
    """Judged results in job order, each as soon as it and every one before it is done: kept
    for the AuditResult, or handed to a sink (a streamed report) and let go. What the run's
    own verdict and license facts need is kept either way (a verdict and ids per model)."""

    def __init__(self, sink: Callable[[ModelResult], None] | None) -> None:
        self.sink = sink
        self.kept: list[ModelResult] = []
        self.verdicts: list[Verdict] = []
        self.license_ids: dict[str, None] = {}  # in order of first mention
        self._next = 0
        self._early: dict[int, ModelResult] = {}
        self._lock = threading.Lock()

    def put(self, index: int, result: ModelResult) -> None:
        with self._lock:
            self._early[index] = result
            while self._next in self._early:
                model = self._early.pop(self._next)
                self._next += 1
                self.verdicts.append(model.verdict)
                self.license_ids.update(dict.fromkeys(mentioned_license_ids([model])))
                if self.sink is None:
                    self.kept.append(model)
                else:
                    self.sink(model)

    def put_done(self, index: int, future: Future[ModelResult]) -> None:
        if future.exception() is None:  # a failed job raises where the run waits for it
            self.put(index, future.result())


def _local_for_processes(jobs: Sequence[Job], options: AuditOptions) -> list[int]:
    """The local jobs to audit in worker processes: with `jobs` asked for (2 or more), every
    one when there are two or more; by default, all of them from MIN_JOBS_FOR_PROCESSES on.
    None when one process is asked for or the run brings its own sources (which may not cross
    processes)."""
    if options.jobs == 1 or options.sources is not None:
        return []
    local = [i for i, job in enumerate(jobs) if job.target.kind in _LOCAL_KINDS]
    enough = 2 if options.jobs is not None else MIN_JOBS_FOR_PROCESSES
    if len(local) < enough:
        return []  # the pool's module (and multiprocessing) is not even imported
    return local


def _cached(target: Target, options: AuditOptions) -> ModelResult | None:
    """The analysis cache's answer for a pinned Hub commit, without any network call (never
    when the cache must be confirmed with the Hub first)."""
    cache = _analysis_cache(options, target)
    if cache is None or target.revision is None or options.confirm_cache:
        return None
    key = hub_repo(target).cache_key
    return cache.get(options.hub.endpoint_url, key, target.revision, target.text)


def _confirmed(target: Target, options: AuditOptions) -> ModelResult | None:
    """With `confirm_cache`: the cached analysis of a pinned commit when the Hub lists the
    same files (paths, sizes, blob ids) at that commit as when it was analysed; one request.
    None when there is no entry, the listing differs or cannot be had (the full fetch that
    follows then reports why)."""
    confirming = _confirmations([target], options)
    return confirming.answers().get(0) if confirming is not None else None


def _confirmations(targets: Sequence[Target], options: AuditOptions) -> Confirmations | None:
    """With `confirm_cache`: the targets' listings asked for at once (gate/confirm.py)."""
    if not options.confirm_cache:
        return None
    from auditor.gate.confirm import Confirmations

    own = frozenset(options.sources or ())
    return Confirmations(targets, options.hub, partial(_analysis_cache, options), own_kinds=own)


def _asks_the_hub(model: ModelResult | None, registry: KnownModels) -> bool:
    """Would lineage look up a parent of this result on the Hub? Not one the known-models
    registry answers (lineage does not follow those further): fifty cached fine-tunes of a
    known Llama are judged here, not in threads that would only wait on each other."""
    if model is None:
        return False
    refs = [base.ref for base in model.declared.base_models]
    refs += [p.ref for p in model.stated_parents if p.method != SELF_ID]  # not its own id
    if any(is_training(entry) and entry["hub_id"] for entry in model.training_data):
        return True  # its training datasets are read from the Hub
    return any(registry.lookup(strip_hub_url(ref)) is None for ref in refs)


def _scan_deployment(target: Target, deployment: Deployment) -> Deployment:
    """`scan` judges every target in the one deployment its options describe."""
    if target.kind is SourceKind.API and deployment.hosting is None:
        return replace(deployment, hosting="api")
    return deployment


def fetch_snapshot(target: Target, options: AuditOptions) -> SourceSnapshot:
    """Read the target through the source for its kind (sources/registry.py)."""
    return source_for(target.kind, options.sources)(target, options.hub)


def audit_target(
    target: Target,
    options: AuditOptions,
    db: LicenseDB,
    *,
    cache_resolved: bool = False,
    asked: bool = False,
) -> ModelResult:
    """Fetch and analyse one target; fetch failures become an `error` result, not an exception.

    With `cache_resolved` (parents, pipeline/parents.py), a Hub target named by a branch or tag
    and read online is cached under the commit the Hub answered, as if pinned to it. With
    `asked`, the run already asked the analysis cache for it (audit_jobs)."""
    if target.kind is SourceKind.API:
        return api_model_result(target)
    # One deadline per model covers reading it (the Hub's budget starts with the fetch) and
    # analysing it: a hostile card cannot hold a run longer than the network could.
    deadline = time.monotonic() + options.hub.deadline
    cached = None if asked else _cached(target, options) or _confirmed(target, options)
    if cached is not None:
        return cached  # a pinned commit already analysed: no download, no analysis
    try:
        snapshot = fetch_snapshot(target, options)
    except (TargetError, SourceError) as err:
        return failed_result(target, err, endpoint=options.hub.endpoint_url)
    from auditor.pipeline.analyse import analyse  # a run answered from caches never needs it

    try:
        result = analyse(snapshot, db, deadline=deadline, today=options.clock().date())
    except SourceError as err:  # the deadline passed: not judged, the model fails closed
        return failed_result(target, err, endpoint=options.hub.endpoint_url)
    sha = snapshot.resolved_sha
    named = cache_resolved and sha is not None and snapshot.listing_digest is not None
    if named and sha is not None and not re.fullmatch(r"[0-9a-f]{40}", target.revision or ""):
        target = replace(target, revision=sha)  # the analysis of that commit, as if pinned
        if result.source is not None:
            result = replace(result, source=replace(result.source, revision=sha))
    cache = _analysis_cache(options, target)
    dated = any(f.rule in _DATED and f.applies_from for f in result.findings)
    if cache is not None and sha and sha == target.revision and not dated:  # dated: not past it
        key = hub_repo(target).cache_key  # `datasets/org/name` for a dataset: never a model's
        cache.put(options.hub.endpoint_url, key, sha, result, listing=snapshot.listing_digest)
    return result


AMENDED = "license-amended"  # licenses/terms/amendments.py RULE, not imported on a warm run
# findings whose analysis holds only until a day (licenses/terms/amendments.py, licence_term.py)
_DATED = frozenset({AMENDED, "license-term-ends"})


def _analysis_cache(options: AuditOptions, target: Target) -> AnalysisCache | None:
    """Only pinned Hub commits are cached: a branch name can move, a commit cannot."""
    return analysis_cache_for(target, options.cache_dir, use_cache=options.use_cache)
