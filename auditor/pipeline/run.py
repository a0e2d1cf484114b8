"""Runs the pipeline in order: sources -> licenses -> (lineage -> policy) -> AuditResult."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.errors import InputFileError, SourceError, TargetError, UsageError
from auditor.gate.manifest import Manifest, load_manifest
from auditor.knowledge.digest import knowledge_digest
from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.knowledge.lineage_snapshot import load_lineage_snapshot
from auditor.knowledge.model_families import load_model_families
from auditor.lineage.resolve import Lineage, resolve_lineage
from auditor.model import (
    AuditResult,
    Finding,
    ModelResult,
    PolicyRef,
    SourceKind,
    SourceSnapshot,
    Target,
    Verdict,
)
from auditor.model.deployment import Deployment, judged_under
from auditor.model.lineage import AlternativeSuggestion
from auditor.model.terms import as_terms
from auditor.pipeline.analyse import analyse
from auditor.pipeline.cache import AnalysisCache
from auditor.pipeline.license_facts import record_license_facts
from auditor.pipeline.outcomes import api_model_result, failed_result
from auditor.policy.facts import LineageFacts
from auditor.policy.judge import (
    judge_model,
    model_verdict,
    overall_verdict,
    sort_findings,
    weigh_observations,
)
from auditor.policy.load import load_policy
from auditor.policy.model import Policy
from auditor.policy.openness import license_words, reassess
from auditor.policy.waivers import apply_waivers, unused_waivers
from auditor.resources import default_cache_dir
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions
from auditor.sources.registry import Source, source_for

if TYPE_CHECKING:
    from auditor.policy.alternatives import JudgedCandidates

TOOL_NAME = "model-license-auditor"
DEFAULT_WORKERS = 16  # fetching is network-bound: a bounded pool of threads hides latency

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """Everything a run needs besides its targets; clock and data are injectable."""

    hub: HubOptions = field(default_factory=HubOptions)
    workers: int = DEFAULT_WORKERS
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    license_db: Path | None = None
    policy: str = "default"  # preset name or path to a policy YAML
    cache_dir: Path | None = None  # analysis cache; None: AUDITOR_CACHE_DIR or the user cache
    use_cache: bool = True
    suggest_alternatives: bool = True
    deployment: Deployment = field(default_factory=Deployment)  # for `scan`: no manifest
    sources: Mapping[SourceKind, Source] | None = None  # a run's own sources, by target kind


def audit(
    refs: Sequence[str],
    options: AuditOptions | None = None,
    *,
    base_dir: Path | None = None,
    on_done: Progress | None = None,
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
    return audit_jobs(jobs, opts, on_done=on_done)


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
        deployment = Deployment(
            organization=manifest.organization,
            fields=manifest.deployment_for(model),
            hosting=model.hosting,
            region=model.region,
        )
        jobs.append(Job(target, deployment, model.line))
    if problems:
        raise InputFileError(manifest.path, problems)
    return audit_jobs(jobs, options or AuditOptions(), manifest=manifest, on_done=on_done)


@dataclass(frozen=True, slots=True)
class Job:
    """One model to audit and the deployment it serves."""

    target: Target
    deployment: Deployment
    line: int | None = None  # the manifest line of the entry


def audit_jobs(
    jobs: Sequence[Job],
    options: AuditOptions,
    *,
    manifest: Manifest | None = None,
    on_done: Progress | None = None,
) -> AuditResult:
    """Run the stages for each job concurrently (bounded pool); results keep the input order."""
    db = load_license_db(options.license_db)
    registry = load_known_models()
    snapshot, families = load_lineage_snapshot(), load_model_families()
    policy = load_policy(options.policy)
    now = options.clock()
    today = now.astimezone(UTC).date()
    fetch = _ParentFetcher(options, db)
    waivers = manifest.waivers if manifest is not None else ()
    used: set[int] = set()
    lock = threading.Lock()
    judged: list[JudgedCandidates] = []  # alternatives: each candidate judged once a run

    def one(job: Job, analysed: ModelResult | None = None) -> ModelResult:
        result = analysed if analysed is not None else audit_target(job.target, options, db)
        if result.verdict is not Verdict.ERROR:
            parents = fetch if job.target.kind is SourceKind.HUB else None
            lineage = resolve_lineage(
                result,
                db=db,
                registry=registry,
                fetch=parents,
                snapshot=snapshot,
                families=families,
            )
            analysed_findings = result.findings
            result = with_lineage(result, lineage)
            result, facts = judge_model(
                result,
                policy=policy,
                db=db,
                deployment=job.deployment,
                lineage=LineageFacts(
                    effective=lineage.effective_license,
                    terms=lineage.effective_terms,
                    license_ids=lineage.license_ids,
                    depth=lineage.depth,
                    # a lineage mismatch needs an ancestor; a missing license of a model with
                    # no parent is the license rules' business
                    mismatch=lineage.mismatch and bool(lineage.ancestors),
                    unresolved=lineage.unresolved,
                ),
                provider=_provider_facts(job.target),
                today=today,
            )
            result = keep_missing_license(result, analysed_findings, lineage, policy)
            if result.openness is not None:  # an API model has none: its terms are a service's
                label = license_words(result.effective_license)
                result = replace(result, openness=reassess(result.openness, facts, label))
            if result.verdict is Verdict.FAIL and options.suggest_alternatives:
                found = _alternatives(result, policy, job.deployment, db, registry, today, judged)
                result = replace(result, alternatives=found)
        else:  # not audited: the policy still weighs what the source reported
            weighed = sort_findings(weigh_observations(result.findings, policy))
            result = replace(result, findings=tuple(weighed))
        result = replace(result, judged_under=judged_under(job.deployment))
        if waivers:
            outcome = apply_waivers(
                result.findings,
                ref=result.ref,
                resolved_sha=result.source.resolved_sha if result.source else None,
                waivers=waivers,
                today=today,
                manifest=manifest.path if manifest else None,
            )
            with lock:
                used.update(outcome.used)
            findings = sort_findings(weigh_observations(outcome.findings, policy))
            verdict = result.verdict if result.verdict is Verdict.ERROR else model_verdict(findings)
            result = replace(result, findings=tuple(findings), verdict=verdict)
        if on_done is not None:
            on_done(job.target.text)
        return replace(result, manifest_line=job.line)

    # Threads only pay off for jobs that wait on the Hub. The rest (local files, API models,
    # pinned commits answered by the analysis cache with no parent to look up) are pure CPU
    # work: under the GIL a pool only slows them down, so they run here while the pool waits.
    answered = {index: _cached(job.target, options) for index, job in enumerate(jobs)}
    waiting = [
        index
        for index, job in enumerate(jobs)
        if job.target.kind is SourceKind.HUB
        and (answered[index] is None or _has_parents(answered[index]))
    ]
    results: dict[int, ModelResult] = {}
    workers = max(1, min(options.workers, len(waiting)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="audit") as pool:
        futures = {i: pool.submit(one, jobs[i], answered[i]) for i in waiting}
        for index, job in enumerate(jobs):
            if index not in futures:
                results[index] = one(job, answered[index])
        results.update((index, future.result()) for index, future in futures.items())
    models = [results[index] for index in range(len(jobs))]
    run_findings = weigh_observations(
        unused_waivers(waivers, used, manifest=manifest.path if manifest else None), policy
    )
    verdicts = [m.verdict for m in models]
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
        license_facts=record_license_facts(models, db),
        knowledge_digest=knowledge_digest(options.license_db),
    )


def _cached(target: Target, options: AuditOptions) -> ModelResult | None:
    """The analysis cache's answer for a pinned Hub commit, without any network call."""
    cache = _analysis_cache(options, target)
    if cache is None or target.revision is None:
        return None
    return cache.get(options.hub.endpoint_url, target.location, target.revision, target.text)


def _has_parents(model: ModelResult | None) -> bool:
    """Does lineage need to look up base models (on the Hub) for this result?"""
    return model is not None and bool(model.declared.base_models)


def _alternatives(
    model: ModelResult,
    policy: Policy,
    deployment: Deployment,
    db: LicenseDB,
    registry: KnownModels,
    today: date,
    judged: list[JudgedCandidates],
) -> tuple[AlternativeSuggestion, ...]:
    """Registry models passing the same policy in the same deployment (`judged`: the run's)."""
    from auditor.policy import alternatives as alt

    judged[:] = judged or [alt.JudgedCandidates()]
    found = alt.suggest_alternatives(
        model, policy=policy, deployment=deployment, db=db, registry=registry, today=today,
        judged_before=judged[0],
    )  # fmt: skip
    return tuple(alt.alternatives_to_dict(found))


def _scan_deployment(target: Target, deployment: Deployment) -> Deployment:
    """`scan` judges every target in the one deployment its options describe."""
    if target.kind is SourceKind.API and deployment.hosting is None:
        return replace(deployment, hosting="api")
    return deployment


def _provider_facts(target: Target) -> dict[str, object]:
    from auditor.knowledge.providers import load_providers, provider_facts

    if target.kind is not SourceKind.API:
        return provider_facts(None)
    key = target.location.partition("/")[0]
    return provider_facts(load_providers().get(key), key=key)


class _ParentFetcher:
    """Analyses parent repos on the Hub once per run, for lineage; None when unavailable."""

    def __init__(self, options: AuditOptions, db: LicenseDB) -> None:
        self.options = options
        self.db = db
        self.results: dict[str, ModelResult | None] = {}
        self.lock = threading.Lock()

    def __call__(self, repo_id: str) -> ModelResult | None:
        with self.lock:
            if repo_id in self.results:
                return self.results[repo_id]
        try:
            target = parse_target(f"hf:{repo_id}")
        except TargetError:
            result: ModelResult | None = None
        else:
            analysed = audit_target(target, self.options, self.db)
            result = None if analysed.verdict is Verdict.ERROR else analysed
        with self.lock:
            self.results[repo_id] = result
        return result


def with_lineage(model: ModelResult, lineage: Lineage) -> ModelResult:
    """The model result with its effective license and terms after lineage."""
    findings = sort_findings([*model.findings, *lineage.findings])
    return replace(
        model,
        effective_license=lineage.effective_license,
        terms=as_terms(lineage.effective_terms) if lineage.effective_terms else model.terms,
        term_evidence=lineage.effective_term_evidence or model.term_evidence,
        lineage=tuple(lineage.to_json()),
        findings=tuple(findings),
        verdict=model_verdict(findings),
    )


MISSING_RULE = "license-missing"


def keep_missing_license(
    judged: ModelResult, analysed: Sequence[Finding], lineage: Lineage, policy: Policy
) -> ModelResult:
    """A model that declares no license and has no parent of known license keeps
    `license-missing`.

    The policy judges the license fact in its own rule (`license-unidentified` in the
    presets), which takes the observation's place; "unidentified" would hide that nothing is
    declared at all. With a parent whose license is known, the lineage mismatch names the
    parent and its license instead.
    """
    missing = [f for f in analysed if f.rule == MISSING_RULE]
    inherited = any(a.license is not None for a in lineage.ancestors)
    if not missing or inherited or any(f.rule == MISSING_RULE for f in judged.findings):
        return judged
    findings = sort_findings([*judged.findings, *weigh_observations(missing, policy)])
    verdict = judged.verdict if judged.verdict is Verdict.ERROR else model_verdict(findings)
    return replace(judged, findings=tuple(findings), verdict=verdict)


def fetch_snapshot(target: Target, options: AuditOptions) -> SourceSnapshot:
    """Read the target through the source for its kind (sources/registry.py)."""
    return source_for(target.kind, options.sources)(target, options.hub)


def audit_target(target: Target, options: AuditOptions, db: LicenseDB) -> ModelResult:
    """Fetch and analyse one target; fetch failures become an `error` result, not an exception."""
    if target.kind is SourceKind.API:
        return api_model_result(target)
    cached = _cached(target, options)
    if cached is not None:
        return cached  # a pinned commit already analysed: no network call at all
    try:
        snapshot = fetch_snapshot(target, options)
    except (TargetError, SourceError) as err:
        return failed_result(target, err, endpoint=options.hub.endpoint_url)
    result = analyse(snapshot, db)
    cache = _analysis_cache(options, target)
    if cache is not None and snapshot.resolved_sha and snapshot.resolved_sha == target.revision:
        cache.put(options.hub.endpoint_url, target.location, snapshot.resolved_sha, result)
    return result


def _analysis_cache(options: AuditOptions, target: Target) -> AnalysisCache | None:
    """Only pinned Hub commits are cached: a branch name can move, a commit cannot."""
    if not options.use_cache or target.kind is not SourceKind.HUB or target.revision is None:
        return None
    if not re.fullmatch(r"[0-9a-f]{40}", target.revision):
        return None
    return AnalysisCache(options.cache_dir or default_cache_dir(), knowledge_digest())
