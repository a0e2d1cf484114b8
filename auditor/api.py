"""Runs the pipeline in order: sources -> licenses -> (lineage -> policy) -> AuditResult."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from auditor import __version__
from auditor.errors import AuditorError, InputFileError, SourceError, TargetError, UsageError
from auditor.licenses.conclude import conclude_license
from auditor.licenses.db import LicenseDB, load_license_db
from auditor.licenses.identify import identify_declared
from auditor.licenses.known_models import load_known_models
from auditor.licenses.terms import terms_for_model
from auditor.licenses.textmatch import TextIdentification, identify_text
from auditor.lineage import Lineage, resolve_lineage
from auditor.manifest import load_manifest
from auditor.models import (
    AuditResult,
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseFile,
    LicenseFileResult,
    LicenseMatch,
    ModelResult,
    Severity,
    SourceInfo,
    SourceKind,
    SourceSnapshot,
    Target,
    Verdict,
)
from auditor.sources.base import parse_target
from auditor.sources.declared import declared_from_snapshot
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from auditor.sources.local import read_card_snapshot, read_gguf_snapshot, read_local_snapshot

TOOL_NAME = "model-license-auditor"
LOW_CONFIDENCE = 0.6
"""Below this, an identified license gets a warning to confirm it by reading the text."""
DEFAULT_WORKERS = 4

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """Everything a run needs besides its targets; clock and data are injectable."""

    hub: HubOptions = field(default_factory=HubOptions)
    workers: int = DEFAULT_WORKERS
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    license_db: Path | None = None


def audit(
    refs: Sequence[str],
    options: AuditOptions | None = None,
    *,
    base_dir: Path | None = None,
    on_done: Progress | None = None,
) -> AuditResult:
    """Audit each reference; a model that cannot be fetched is reported, the others go on.

    Raises TargetError before any network call when a reference cannot be parsed at all.
    """
    try:
        targets = [parse_target(ref, base_dir=base_dir) for ref in refs]
    except TargetError as err:
        raise UsageError(str(err)) from err
    return audit_targets(targets, options, on_done=on_done)


def audit_manifest(
    path: Path, options: AuditOptions | None = None, *, on_done: Progress | None = None
) -> AuditResult:
    """Audit every model a manifest lists; local paths are relative to the manifest."""
    manifest = load_manifest(path)
    targets: list[Target] = []
    problems: list[tuple[int | None, str]] = []
    for model in manifest.models:
        try:
            targets.append(parse_target(model.ref, base_dir=manifest.base_dir))
        except TargetError as err:
            problems.append((model.line, str(err)))
    if problems:
        raise InputFileError(manifest.path, problems)
    return audit_targets(targets, options, manifest=manifest.path, on_done=on_done)


def audit_targets(
    targets: Sequence[Target],
    options: AuditOptions | None = None,
    *,
    manifest: str | None = None,
    on_done: Progress | None = None,
) -> AuditResult:
    """Audit parsed targets concurrently (bounded pool); results keep the input order."""
    opts = options or AuditOptions()
    db = load_license_db(opts.license_db)
    registry = load_known_models()
    fetch = _ParentFetcher(opts, db)

    def one(target: Target) -> ModelResult:
        result = audit_target(target, opts, db)
        if result.verdict is not Verdict.ERROR:
            parents = fetch if target.kind is SourceKind.HUB else None
            result = with_lineage(
                result, resolve_lineage(result, db=db, registry=registry, fetch=parents)
            )
        if on_done is not None:
            on_done(target.text)
        return result

    workers = max(1, min(opts.workers, len(targets)))
    if workers == 1:
        models = [one(t) for t in targets]
    else:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="audit") as pool:
            models = list(pool.map(one, targets))
    return AuditResult(
        tool_name=TOOL_NAME,
        tool_version=__version__,
        generated_at=opts.clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        verdict=overall_verdict(m.verdict for m in models),
        models=tuple(models),
        policy=None,
        manifest=manifest,
    )


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
    findings = sorted(
        [*model.findings, *lineage.findings],
        key=lambda f: (_SEVERITY_RANK[f.severity], f.category, f.rule),
    )
    return replace(
        model,
        effective_license=lineage.effective_license,
        terms=lineage.effective_terms or model.terms,
        term_evidence=lineage.effective_term_evidence or model.term_evidence,
        lineage=tuple(lineage.to_json()),
        findings=tuple(findings),
        verdict=model_verdict(findings),
    )


def fetch_snapshot(target: Target, options: AuditOptions) -> SourceSnapshot:
    """Dispatch to the source that reads this kind of target."""
    if target.kind is SourceKind.HUB:
        return fetch_hub_snapshot(target, options.hub)
    if target.kind is SourceKind.LOCAL:
        return read_local_snapshot(target, max_file_bytes=options.hub.max_file_bytes)
    if target.kind is SourceKind.GGUF:
        return read_gguf_snapshot(target)
    return read_card_snapshot(target)


def audit_target(target: Target, options: AuditOptions, db: LicenseDB) -> ModelResult:
    """Fetch and analyse one target; fetch failures become an `error` result, not an exception."""
    if target.kind is SourceKind.API:
        return api_model_result(target)
    try:
        snapshot = fetch_snapshot(target, options)
    except (TargetError, SourceError) as err:
        return failed_result(target, err, options)
    return analyse(snapshot, db)


def analyse(snapshot: SourceSnapshot, db: LicenseDB) -> ModelResult:
    """Pure: turn a snapshot into a model result with license, terms and findings."""
    declared = declared_from_snapshot(snapshot)
    declared_match = identify_declared(declared, db)
    identified = [
        (file, identify_text(file.text, db=db))
        for file in snapshot.license_files
        if file.text is not None
    ]
    evidence = _declared_evidence(snapshot, declared)
    conclusion = conclude_license(declared_match, identified, declared_evidence=evidence)
    license_match = conclusion.match
    terms = terms_for_model(identified, license_match, db)
    findings = [
        *snapshot.findings,
        *_license_findings(declared_match, license_match, snapshot, evidence),
        *conclusion.findings,
        *terms.findings,
    ]
    findings.sort(key=lambda f: (_SEVERITY_RANK[f.severity], f.category, f.rule))
    verdict = Verdict.ERROR if snapshot.incomplete else model_verdict(findings)
    identities = {file.path: identity for file, identity in identified}
    return ModelResult(
        ref=snapshot.target.text,
        source=_source_info(snapshot),
        declared=declared,
        license=license_match,
        effective_license=license_match,
        license_files=tuple(
            _file_result(f, identities.get(f.path)) for f in snapshot.license_files
        ),
        findings=tuple(findings),
        verdict=verdict,
        terms=terms.values,
        term_evidence=terms.evidence,
    )


def _file_result(file: LicenseFile, identity: TextIdentification | None) -> LicenseFileResult:
    match = identity.match if identity is not None else None
    return LicenseFileResult(
        path=file.path,
        sha256=file.sha256,
        identified_as=match.id if match is not None else None,
        confidence=match.confidence if match is not None else 0.0,
    )


PROVIDER_LICENSE_PREFIX = "LicenseRef-provider-"


def api_model_result(target: Target) -> ModelResult:
    """A proprietary API model: its terms are the provider's, from the dated catalog."""
    from auditor.providers import load_providers

    key, _, _model = target.location.partition("/")
    terms = load_providers().get(key)
    source = SourceInfo(SourceKind.API, None, None, None, None, None)
    if terms is None:
        known = ", ".join(sorted(load_providers()))
        finding = Finding(
            rule="provider-unknown",
            category=Category.SOURCE,
            severity=Severity.BLOCK,
            message=f"provider {key!r} is not in the provider catalog (known: {known})",
            remediation="use a catalogued provider key, or add the provider's terms to "
            "license_db/providers/ with their sources",
        )
        return ModelResult(
            ref=target.text,
            source=source,
            declared=Declared(),
            license=None,
            effective_license=None,
            license_files=(),
            findings=(finding,),
            verdict=Verdict.FAIL,
        )
    match = LicenseMatch(
        id=f"{PROVIDER_LICENSE_PREFIX}{key}",
        name=f"{terms.display_name} terms",
        spdx=None,
        scancode=None,
        hf=None,
        kind="proprietary-terms",
        confidence=1.0,
        method="provider-catalog",
    )
    note = Finding(
        rule="provider-terms-as-of",
        category=Category.SOURCE,
        severity=Severity.INFO,
        message=f"{terms.display_name}: provider facts as compiled on {terms.as_of}; "
        "re-verify them before relying on the result",
    )
    return ModelResult(
        ref=target.text,
        source=source,
        declared=Declared(license=match.id, origin="provider catalog"),
        license=match,
        effective_license=match,
        license_files=(),
        findings=(note,),
        verdict=Verdict.PASS,
    )


def failed_result(target: Target, err: AuditorError, options: AuditOptions) -> ModelResult:
    """The result for a model whose evidence could not be fetched at all."""
    rule = err.code or "source-unavailable"
    finding = Finding(
        rule=rule,
        category=Category.SOURCE,
        severity=Severity.BLOCK,
        message=err.message,
        remediation=err.hint,
    )
    if target.kind is SourceKind.HUB:
        source = SourceInfo(
            kind=target.kind,
            repo_id=target.location,
            revision=target.revision,
            resolved_sha=None,
            gated=True if rule == "source-gated-no-access" else None,
            endpoint=options.hub.endpoint_url,
        )
    else:
        source = SourceInfo(target.kind, None, None, None, None, None)
    return ModelResult(
        ref=target.text,
        source=source,
        declared=Declared(),
        license=None,
        effective_license=None,
        license_files=(),
        findings=(finding,),
        verdict=Verdict.ERROR,
    )


_SEVERITY_RANK = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}


def model_verdict(findings: Sequence[Finding]) -> Verdict:
    """fail on any unwaived block, warn on any unwaived warn, else pass."""
    active = [f for f in findings if not f.waived]
    if any(f.severity is Severity.BLOCK for f in active):
        return Verdict.FAIL
    if any(f.severity is Severity.WARN for f in active):
        return Verdict.WARN
    return Verdict.PASS


def overall_verdict(verdicts: Iterable[Verdict]) -> Verdict:
    """error if any model could not be audited, else the worst of fail / warn / pass."""
    seen = set(verdicts)
    for verdict in (Verdict.ERROR, Verdict.FAIL, Verdict.WARN):
        if verdict in seen:
            return verdict
    return Verdict.PASS


def _source_info(snapshot: SourceSnapshot) -> SourceInfo:
    return SourceInfo(
        kind=snapshot.target.kind,
        repo_id=snapshot.repo_id,
        revision=snapshot.revision,
        resolved_sha=snapshot.resolved_sha,
        gated=snapshot.gated,
        endpoint=snapshot.endpoint,
    )


def _declared_evidence(snapshot: SourceSnapshot, declared: Declared) -> Evidence | None:
    """The declared license fields as quoted evidence, with the card line when known."""
    parts = [f"license: {declared.license}"] if declared.license else []
    if declared.license_name:
        parts.append(f"license_name: {declared.license_name}")
    if declared.license_link:
        parts.append(f"license_link: {declared.license_link}")
    if not parts:
        return None
    if snapshot.card_path is not None and snapshot.card is not None:
        return Evidence(
            snapshot.card_path, snapshot.card.key_lines.get("license"), "; ".join(parts)
        )
    if snapshot.gguf_metadata is not None:
        return Evidence("GGUF header", None, "; ".join(parts))
    return Evidence(None, None, "; ".join(parts))


def _license_findings(
    declared: LicenseMatch | None,
    match: LicenseMatch | None,
    snapshot: SourceSnapshot,
    evidence: Evidence | None,
) -> list[Finding]:
    """Findings on the artifact's own license: missing, unidentified, or only in a file."""
    quoted = (evidence,) if evidence is not None else ()
    if match is None:
        return [
            Finding(
                rule="license-missing",
                category=Category.LICENSE,
                severity=Severity.BLOCK,
                message="no license declared and no license text found",
                remediation="do not use the model until its license is known; ask the publisher",
            )
        ]
    if match.id is None:
        where = "declared license" if declared is not None and declared.id is None else "license"
        return [
            Finding(
                rule="license-unidentified",
                category=Category.LICENSE,
                severity=Severity.BLOCK,
                message=f"{where} {match.name!r} is not a license this auditor knows"
                if match.name
                else "the license could not be identified",
                evidence=quoted,
                remediation="have counsel review the license text, then record a waiver",
            )
        ]
    findings = []
    if declared is None:
        findings.append(
            Finding(
                rule="license-not-declared",
                category=Category.LICENSE,
                severity=Severity.WARN,
                message=f"no license is declared in the metadata; the license file reads as "
                f"{match.name or match.id}",
                remediation="ask the publisher to declare the license in the card's `license:` "
                "field",
            )
        )
    if match.confidence < LOW_CONFIDENCE:
        findings.append(
            Finding(
                rule="license-low-confidence",
                category=Category.LICENSE,
                severity=Severity.WARN,
                message=f"{match.name or match.id} was identified with low confidence "
                f"({match.confidence:.0%}, {match.method})",
                evidence=quoted,
                remediation="confirm the license by reading the text",
            )
        )
    return findings
