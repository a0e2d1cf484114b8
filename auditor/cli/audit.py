"""Command line: the audit commands (scan, check, lock, report, notice)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from auditor.cli.fast_path import note_check
from auditor.cli.options import (
    CacheOption,
    DataOption,
    DebugOption,
    DistributionOption,
    DomicileOption,
    EndpointOption,
    FormatOption,
    GroupMauOption,
    HistoryOption,
    JobsOption,
    MauOption,
    MonetizedOption,
    OfflineOption,
    OrganizationTypeOption,
    OutputOption,
    PolicyOption,
    QuietOption,
    RegionOption,
    RevenueOption,
    TokenOption,
    UseCaseOption,
)
from auditor.cli.output import (
    EXIT_INCOMPLETE,
    check_output,
    emit,
    emit_streamed,
    errors,
    rejudged,
    run_inputs,
    stderr,
    write,
)
from auditor.cli.progress import progress, wanted
from auditor.cli.summary import final_line
from auditor.errors import UsageError
from auditor.model import Verdict
from auditor.report.formats import STREAMED_FORMATS, ReportFormat

if TYPE_CHECKING:
    from auditor.model import AuditResult, ModelResult
    from auditor.pipeline.run import AuditOptions


def scan(
    targets: Annotated[
        list[str],
        typer.Argument(
            help="Hub repos (org/name[@revision], hf:org/name), Hub datasets "
            "(hf-dataset:org/name[@revision]), model folders, cards, .gguf files."
        ),
    ],
    fmt: FormatOption = ReportFormat.TEXT,
    output: OutputOption = None,
    policy: PolicyOption = "default",
    domicile: DomicileOption = None,
    organization_type: OrganizationTypeOption = None,
    monetized: MonetizedOption = None,
    region: RegionOption = None,
    mau: MauOption = None,
    group_mau: GroupMauOption = None,
    revenue: RevenueOption = None,
    distribution: DistributionOption = None,
    use_case: UseCaseOption = None,
    data: DataOption = None,
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Pre-adoption review of one or more models.

    Facts of the deployment not given as options are unknown: a blocking rule that needs one
    makes the verdict needs-input (exit 4), naming the option or manifest key to give.
    """
    from auditor import api

    with errors(debug):
        inputs = run_inputs(output, targets=targets, policy=policy)
        check_output(output, inputs)
        deployment = api.deployment_from_options(
            domicile=domicile,
            regions=region,
            mau=mau,
            group_mau=group_mau,
            annual_revenue_usd=revenue,
            distribution=distribution,
            use_cases=use_case,
            data=data,
            organization_type=organization_type,
            monetized=monetized,
        )
        options = api.audit_options(
            policy,
            offline=offline,
            endpoint=endpoint,
            token=token,
            cache_dir=cache_dir,
            deployment=deployment,
            jobs=jobs,
        )
        show = wanted(quiet=quiet, json_to_stdout=_json_to_stdout(fmt, output))
        with progress(len(targets), show=show, downloaded=_downloaded(options)) as done:
            if fmt in STREAMED_FORMATS:  # each model written or spooled as it is judged
                run = partial(_audit_into, targets, options, done)
                emit_streamed(run, output, inputs, fmt)
            result = api.audit(targets, options, on_done=done)
        emit(result, fmt, output, inputs)


def check(
    manifest: Annotated[
        Path, typer.Argument(help="Model manifest (YAML) listing the models in use.")
    ],
    fmt: FormatOption = ReportFormat.TEXT,
    output: OutputOption = None,
    policy: PolicyOption = "default",
    locked: Annotated[
        bool,
        typer.Option(
            "--locked",
            help="Fail when upstream no longer matches auditor.lock beside the manifest "
            "(one listing request a model; a cached analysis is used when the Hub lists "
            "the same files).",
        ),
    ] = False,
    trust_commits: Annotated[
        bool,
        typer.Option(
            "--trust-commits",
            help="With --locked: answer pinned commits from the analysis cache without "
            "asking the Hub (a file changed in place at the same commit, which only a "
            "mirror can do, is then not noticed).",
        ),
    ] = False,
    record: Annotated[
        bool, typer.Option("--record", help="Record this audit in the history database.")
    ] = False,
    history_db: HistoryOption = None,
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """CI gate: audit every model a manifest lists; the exit code is the verdict."""
    from auditor import api
    from auditor.gate.lock import lock_path_for

    with errors(debug):
        if trust_commits and not locked:
            raise UsageError(
                "--trust-commits only applies with --locked",
                hint="without --locked, pinned commits are always answered from the cache",
            )
        inputs = _manifest_inputs(output, manifest, policy)
        check_output(output, inputs)
        access = partial(
            api.listings_ahead if locked and not trust_commits else _nothing_ahead,
            manifest,
            offline=offline,
            endpoint=endpoint,
            token=token,
            cache_dir=cache_dir,
        )
        with access():  # --locked asks the Hub before the pipeline loads (pipeline/ahead.py)
            options = api.audit_options(
                policy,
                offline=offline,
                endpoint=endpoint,
                token=token,
                cache_dir=cache_dir,
                jobs=jobs,
            )
            show = wanted(quiet=quiet, json_to_stdout=_json_to_stdout(fmt, output))
            total = _model_count(manifest) if show else None
            with progress(total, show=show, downloaded=_downloaded(options)) as done:
                checked = api.check_manifest(
                    manifest,
                    options,
                    locked=locked,
                    trust_commits=trust_commits,
                    record=record,
                    history_db=history_db,
                    on_done=done,
                )
        if checked.audit_id is not None:
            stderr(f"recorded as audit #{checked.audit_id}")
        refs = [model.ref for model in checked.result.models]
        inputs += run_inputs(output, targets=refs, base_dir=manifest.parent)
        named = [manifest, lock_path_for(manifest), Path(policy)]
        note_check(refs, recorded=record, inputs=named)  # may it be replayed (cli/fast_path.py)
        emit(checked.result, fmt, output, inputs)


def _nothing_ahead(
    manifest: Path,
    *,
    offline: bool,
    endpoint: str | None,
    token: str | None,
    cache_dir: Path | None,
) -> AbstractContextManager[None]:
    return nullcontext()


def lock(
    manifest: Annotated[Path, typer.Argument(help="Model manifest (YAML).")],
    update: Annotated[
        bool, typer.Option("--update", help="Refresh an existing lock after review.")
    ] = False,
    policy: PolicyOption = "default",
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Write auditor.lock beside the manifest: revisions, license hashes, terms digests."""
    from auditor import api

    with errors(debug):
        options = api.audit_options(
            policy, offline=offline, endpoint=endpoint, token=token, cache_dir=cache_dir
        )
        show = wanted(quiet=quiet)
        total = _model_count(manifest) if show else None
        with progress(total, show=show, downloaded=_downloaded(options)) as done:
            locked = api.lock_manifest(manifest, options, update=update, on_done=done)
        stderr(f"{locked.path}: {locked.status}")


def report(
    result_file: Annotated[Path, typer.Argument(help="A result saved with --format json.")],
    fmt: FormatOption = ReportFormat.HTML,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Render a saved JSON result in another format; exits with the result's verdict code."""
    from auditor import api

    with errors(debug):
        inputs = run_inputs(output, files=[result_file])
        check_output(output, inputs)
        emit(api.read_result(result_file), fmt, output, inputs)


SAVED_RESULT_SUFFIXES = (".json", ".jsonl")
"""`auditor notice` reads a file with these suffixes as a saved result, not as a manifest."""


def notice(
    manifest: Annotated[
        Path,
        typer.Argument(
            help="Model manifest (YAML), or a result saved with --format json or jsonl "
            "(a .json or .jsonl file): rendered without auditing again."
        ),
    ],
    output: OutputOption = None,
    policy: PolicyOption = "default",
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Write the NOTICE text and the checklist of obligations, each traced to its clause."""
    from auditor import api
    from auditor.report.notice import render_notice

    with errors(debug):
        if manifest.suffix.lower() in SAVED_RESULT_SUFFIXES:
            inputs = run_inputs(output, files=[manifest])
            check_output(output, inputs)
            result = api.read_result(manifest)
        else:
            inputs = _manifest_inputs(output, manifest, policy)
            check_output(output, inputs)
            options = api.audit_options(
                policy, offline=offline, endpoint=endpoint, token=token, cache_dir=cache_dir
            )
            show = wanted(quiet=quiet)
            total = _model_count(manifest) if show else None
            with progress(total, show=show, downloaded=_downloaded(options)) as done:
                result = api.audit_manifest(manifest, options, on_done=done)
            refs = [model.ref for model in result.models]
            inputs += run_inputs(output, targets=refs, base_dir=manifest.parent)
        write(render_notice(result), output, inputs, quiet=output is not None)
        if output is not None:
            stderr(final_line(rejudged(result), output, noun="Notice"))
        if result.verdict is Verdict.ERROR:
            raise typer.Exit(EXIT_INCOMPLETE)


def _manifest_inputs(output: Path | None, manifest: Path, policy: str) -> list[Path]:
    """The manifest, its lockfile and the policy file: never replaced by --output."""
    from auditor.gate.lock import LOCK_FILE_NAME

    lockfile = manifest.parent / LOCK_FILE_NAME
    return run_inputs(output, files=[manifest, lockfile], policy=policy)


def _audit_into(
    targets: list[str],
    options: AuditOptions,
    on_done: Callable[[str], None] | None,
    sink: Callable[[ModelResult], None],
) -> AuditResult:
    from auditor import api

    return api.audit(targets, options, on_done=on_done, sink=sink)


def _json_to_stdout(fmt: ReportFormat, output: Path | None) -> bool:
    return output is None and fmt in (ReportFormat.JSON, ReportFormat.JSONL)


def _downloaded(options: AuditOptions) -> Callable[[], int]:
    """The bytes the run has downloaded from the Hub so far (its shared byte count)."""
    run = options.hub.run
    return lambda: run.bytes


def _model_count(manifest: Path) -> int | None:
    """How many models the manifest lists, for the display; None when it cannot be read (the
    audit reports why)."""
    from auditor.errors import AuditorError
    from auditor.gate.manifest import load_manifest

    try:
        return len(load_manifest(manifest).models)
    except (AuditorError, OSError, ValueError):
        return None
