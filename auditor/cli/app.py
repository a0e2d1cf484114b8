"""Command line: parse arguments, call api, render, choose the exit code."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from auditor import __version__
from auditor.errors import AuditorError, InputFileError, UsageError
from auditor.model import AuditResult, Verdict
from auditor.report.formats import ReportFormat

if TYPE_CHECKING:
    from auditor.api import AuditOptions
    from auditor.model.deployment import Deployment

EXIT_OK = 0
EXIT_BLOCKED = 1
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3

EXIT_CODES = {
    Verdict.PASS: EXIT_OK,
    Verdict.WARN: EXIT_OK,
    Verdict.FAIL: EXIT_BLOCKED,
    Verdict.ERROR: EXIT_INCOMPLETE,
}

app = typer.Typer(
    name="auditor",
    help="Tells an organization whether it may use an AI model, and why not.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain help text: stable for the README and for screen readers
)

FormatOption = Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the report here (atomically) instead of stdout."),
]
OfflineOption = Annotated[
    bool,
    typer.Option(
        "--offline", envvar="HF_HUB_OFFLINE", help="Read Hub models from the local cache only."
    ),
]
EndpointOption = Annotated[
    str | None,
    typer.Option("--endpoint", envvar="HF_ENDPOINT", help="Hub endpoint, e.g. a private mirror."),
]
TokenOption = Annotated[
    str | None,
    typer.Option(
        "--token",
        envvar="HF_TOKEN",
        help="Hub access token for gated or private repos.",
        show_default=False,
    ),
]
CacheOption = Annotated[
    Path | None,
    typer.Option("--cache-dir", envvar="HF_HUB_CACHE", help="Hugging Face cache folder."),
]
PolicyOption = Annotated[
    str,
    typer.Option(
        "--policy", "-p", help="Policy preset name (see `auditor policy list`) or a YAML path."
    ),
]
HistoryOption = Annotated[
    Path | None,
    typer.Option("--history-db", envvar="AUDITOR_HISTORY_DB", help="Audit history database."),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", envvar="AUDITOR_DEBUG", help="Show tracebacks and debug logs.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"auditor {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Tells an organization whether it may use an AI model, and why not."""


@app.command()
def scan(
    targets: Annotated[
        list[str],
        typer.Argument(
            help="Hub repos (org/name[@revision], hf:org/name), model folders, cards, .gguf files."
        ),
    ],
    fmt: FormatOption = ReportFormat.TEXT,
    output: OutputOption = None,
    policy: PolicyOption = "default",
    domicile: Annotated[
        str | None, typer.Option(help="Your organization's country (ISO 3166-1 alpha-2).")
    ] = None,
    region: Annotated[
        list[str] | None, typer.Option(help="Where it runs / whom it serves (repeatable).")
    ] = None,
    mau: Annotated[int | None, typer.Option(help="Monthly active users of the product.")] = None,
    revenue: Annotated[int | None, typer.Option(help="Annual revenue in USD.")] = None,
    distribution: Annotated[
        str | None,
        typer.Option(help="internal, saas, on-device, redistribute-weights or research."),
    ] = None,
    use_case: Annotated[
        list[str] | None, typer.Option(help="Intended use (repeatable), manifest vocabulary.")
    ] = None,
    data: Annotated[
        list[str] | None,
        typer.Option(help="phi, personal-data, special-category, confidential, public."),
    ] = None,
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    debug: DebugOption = False,
) -> None:
    """Pre-adoption review of one or more models.

    Facts of the deployment not given as options are unknown, and a blocking rule that
    needs one fails closed, saying which.
    """
    from auditor import api
    from auditor.gate.manifest import deployment_from_options

    with _errors(debug):
        deployment = deployment_from_options(
            domicile=domicile,
            regions=region,
            mau=mau,
            annual_revenue_usd=revenue,
            distribution=distribution,
            use_cases=use_case,
            data=data,
        )
        options = _options(offline, endpoint, token, cache_dir, policy, deployment)
        with _progress(len(targets)) as done:
            result = api.audit(targets, options, on_done=done)
        _emit(result, fmt, output)


@app.command()
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
            "(asks the Hub again; the analysis cache is bypassed).",
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
    debug: DebugOption = False,
) -> None:
    """CI gate: audit every model a manifest lists; the exit code is the verdict."""
    from dataclasses import replace

    from auditor import api

    with _errors(debug):
        options = _options(offline, endpoint, token, cache_dir, policy)
        if locked:
            from auditor.gate.lock import lock_path_for, read_lock

            lock = read_lock(lock_path_for(manifest))  # before any network call
            options = replace(options, use_cache=False)
        with _progress(None) as done:
            result = api.audit_manifest(manifest, options, on_done=done)
        if locked:
            from auditor.gate.lock import detect_drift, with_drift

            result = with_drift(result, detect_drift(lock, result))
        if record:
            from auditor.gate import history

            audit_id = history.record(
                result,
                db_path=history_db or history.default_db_path(),
                manifest_sha256=history.read_file_sha256(manifest),
            )
            _stderr(f"recorded as audit #{audit_id}")
        _emit(result, fmt, output)


@app.command("lock")
def lock_command(
    manifest: Annotated[Path, typer.Argument(help="Model manifest (YAML).")],
    update: Annotated[
        bool, typer.Option("--update", help="Refresh an existing lock after review.")
    ] = False,
    policy: PolicyOption = "default",
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    debug: DebugOption = False,
) -> None:
    """Write auditor.lock beside the manifest: revisions, license hashes, terms digests."""
    from dataclasses import replace

    from auditor import api
    from auditor.gate.lock import build_lock, lock_path_for, write_lock

    with _errors(debug):
        # the lock records what upstream says now: ask it, not the analysis cache
        options = replace(_options(offline, endpoint, token, cache_dir, policy), use_cache=False)
        with _progress(None) as done:
            result = api.audit_manifest(manifest, options, on_done=done)
        path = lock_path_for(manifest)
        status = write_lock(path, build_lock(result, manifest_path=manifest), update=update)
        _stderr(f"{path}: {status}")


@app.command()
def report(
    result_file: Annotated[Path, typer.Argument(help="A result saved with --format json.")],
    fmt: FormatOption = ReportFormat.HTML,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Render a saved JSON result in another format; exits with the result's verdict code."""
    from auditor.model.decode import read_result

    with _errors(debug):
        _emit(read_result(result_file), fmt, output)


class IdentifyFormat(StrEnum):
    """Output formats of identify."""

    TEXT = "text"
    JSON = "json"


@app.command()
def identify(
    paths: Annotated[list[Path], typer.Argument(help="License files, model cards or folders.")],
    fmt: Annotated[IdentifyFormat, typer.Option("--format", "-f", help="Output format.")] = (
        IdentifyFormat.TEXT
    ),
    output: OutputOption = None,
    threshold: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Similarity needed to accept a license match."),
    ] = 0.9,
    debug: DebugOption = False,
) -> None:
    """Identify license files and cards, and list their terms with line numbers."""
    from auditor.licenses.files import identify_paths
    from auditor.report.identify import render_identify_json, render_identify_text

    with _errors(debug):
        files = identify_paths(paths, threshold=threshold)
        render_fn = render_identify_json if fmt is IdentifyFormat.JSON else render_identify_text
        _write(render_fn(files), output)


licenses_app = typer.Typer(
    help="Browse the license knowledge base.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(licenses_app, name="licenses")


@licenses_app.command("list")
def licenses_list() -> None:
    """List every license and use policy the auditor knows."""
    from auditor.knowledge.license_db import load_license_db
    from auditor.report.identify import render_license_list

    with _errors(False):
        typer.echo(render_license_list(load_license_db()), nl=False)


@licenses_app.command("show")
def licenses_show(
    license_id: Annotated[str, typer.Argument(help="License id, SPDX id, Hub tag or name.")],
) -> None:
    """Explain a license's terms and obligations in plain words, with clause numbers."""
    from auditor.knowledge.license_db import load_license_db
    from auditor.report.identify import render_license_show

    with _errors(False):
        db = load_license_db()
        record = db.get(license_id) or db.lookup(license_id)
        if record is None:
            raise UsageError(
                f"no license {license_id!r} in the knowledge base; `auditor licenses list` "
                "shows them all"
            )
        typer.echo(render_license_show(record, db), nl=False)


policy_app = typer.Typer(
    help="Check and explain policy files.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(policy_app, name="policy")


@policy_app.command("validate")
def policy_validate(
    path: Annotated[Path, typer.Argument(help="Policy YAML file.")],
) -> None:
    """Report every problem of a policy file with its line; exit 2 if there is one."""
    from auditor.policy.load import validate_policy_file

    with _errors(False):
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        problems = validate_policy_file(path)
        for problem in problems:
            _stderr(f"error: {problem}")
        if problems:
            raise typer.Exit(EXIT_USAGE)
        typer.echo(f"{path}: valid")


@policy_app.command("explain")
def policy_explain(
    policy: Annotated[str, typer.Argument(help="Preset name or policy YAML path.")],
) -> None:
    """Print a policy's rules in plain words, with severity, dates and references."""
    from auditor.policy.explain import explain_policy
    from auditor.policy.load import load_policy

    with _errors(False):
        typer.echo(explain_policy(load_policy(policy)), nl=False)


@policy_app.command("list")
def policy_list() -> None:
    """List the bundled policy presets."""
    from auditor.policy.load import load_policy, preset_names

    with _errors(False):
        for name in preset_names():
            typer.echo(f"{name}: {load_policy(name).description.strip().splitlines()[0]}")


history_app = typer.Typer(
    help="Past audits recorded with `check --record`.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(history_app, name="history")


def _history_db(path: Path | None) -> Path:
    from auditor.gate import history

    return path or history.default_db_path()


@history_app.command("list")
def history_list(
    limit: Annotated[int, typer.Option(min=1, help="How many audits, newest first.")] = 20,
    history_db: HistoryOption = None,
) -> None:
    """List recorded audits: when, who, manifest, policy, verdict."""
    from auditor.gate import history

    with _errors(False):
        audits = history.list_audits(_history_db(history_db), limit=limit)
        typer.echo(history.render_history_list(audits), nl=False)


@history_app.command("show")
def history_show(
    audit_id: Annotated[int, typer.Argument(help="Audit number from `auditor history list`.")],
    fmt: FormatOption = ReportFormat.TEXT,
    output: OutputOption = None,
    history_db: HistoryOption = None,
) -> None:
    """Render a recorded audit in any format (exit code: its verdict's)."""
    from auditor.gate import history

    with _errors(False):
        _emit(history.get_audit(_history_db(history_db), audit_id), fmt, output)


@history_app.command("diff")
def history_diff(
    first: Annotated[int, typer.Argument(help="The earlier audit number.")],
    second: Annotated[int, typer.Argument(help="The later audit number.")],
    history_db: HistoryOption = None,
) -> None:
    """What changed between two audits: new and resolved findings, license drift."""
    from auditor.gate import history

    with _errors(False):
        diff = history.diff_audits(_history_db(history_db), first, second)
        typer.echo(history.render_audit_diff(diff), nl=False)


@app.command()
def compare(
    targets: Annotated[list[str], typer.Argument(help="Two or more models to compare.")],
    fmt: Annotated[IdentifyFormat, typer.Option("--format", "-f", help="Output format.")] = (
        IdentifyFormat.TEXT
    ),
    policy: PolicyOption = "default",
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    debug: DebugOption = False,
) -> None:
    """Licenses and key terms of several models side by side, with their verdicts."""
    import json
    import shutil

    from auditor import api
    from auditor.gate.compare import compare_json, compare_models

    with _errors(debug):
        options = _options(offline, endpoint, token, cache_dir, policy)
        result = api.audit(targets, options)
        if fmt is IdentifyFormat.JSON:
            typer.echo(json.dumps(compare_json(result.models), indent=2))
        else:
            width = shutil.get_terminal_size((100, 24)).columns
            title = f"Compared under policy {result.policy.name}" if result.policy else None
            typer.echo(compare_models(result.models, width=width, title=title), nl=False)


@app.command()
def discover(
    path: Annotated[Path, typer.Argument(help="A codebase to search for model references.")],
    manifest: Annotated[
        Path | None,
        typer.Option("--manifest", "-m", help="Report references missing from this manifest."),
    ] = None,
    write_manifest: Annotated[
        Path | None,
        typer.Option("--write-manifest", help="Write a starter manifest of what was found."),
    ] = None,
    fmt: Annotated[IdentifyFormat, typer.Option("--format", "-f", help="Output format.")] = (
        IdentifyFormat.TEXT
    ),
    debug: DebugOption = False,
) -> None:
    """Find model references in code and configs; exit 1 if some are missing from --manifest."""
    from auditor.discover.scan import (
        discover as discover_refs,
    )
    from auditor.discover.scan import (
        missing_from_manifest,
        render_discovery_json,
        render_discovery_text,
        starter_manifest,
    )
    from auditor.gate.manifest import load_manifest

    with _errors(debug):
        result = discover_refs(path)
        missing = (
            missing_from_manifest(result.references, load_manifest(manifest), root=result.root)
            if manifest is not None
            else None
        )
        if write_manifest is not None:
            from auditor.fileio.atomic import write_text_atomic

            if write_manifest.exists():
                raise UsageError(f"{write_manifest}: exists; refusing to overwrite it")
            text = starter_manifest(
                result.references,
                root=result.root,
                manifest_dir=write_manifest.resolve().parent,
                name=write_manifest.name,
            )
            write_text_atomic(write_manifest, text)
            _stderr(f"starter manifest written to {write_manifest}")
        render_fn = render_discovery_json if fmt is IdentifyFormat.JSON else render_discovery_text
        typer.echo(render_fn(result, missing), nl=False)
        raise typer.Exit(EXIT_BLOCKED if missing else EXIT_OK)


@app.command()
def notice(
    manifest: Annotated[Path, typer.Argument(help="Model manifest (YAML).")],
    output: OutputOption = None,
    policy: PolicyOption = "default",
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    debug: DebugOption = False,
) -> None:
    """Write the NOTICE text and the checklist of obligations, each traced to its clause."""
    from auditor import api
    from auditor.report.notice import render_notice

    with _errors(debug):
        options = _options(offline, endpoint, token, cache_dir, policy)
        result = api.audit_manifest(manifest, options)
        _write(render_notice(result), output)
        if result.verdict is Verdict.ERROR:
            raise typer.Exit(EXIT_INCOMPLETE)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text, nl=False)
        return
    from auditor.fileio.atomic import write_text_atomic

    write_text_atomic(output, text)
    _stderr(f"written to {output}")


def _options(
    offline: bool,
    endpoint: str | None,
    token: str | None,
    cache_dir: Path | None,
    policy: str,
    deployment: Deployment | None = None,
) -> AuditOptions:
    from auditor.api import AuditOptions
    from auditor.model.deployment import Deployment
    from auditor.sources.hub import HubOptions

    return AuditOptions(
        hub=HubOptions(
            endpoint=endpoint or None, token=token or None, cache_dir=cache_dir, offline=offline
        ),
        policy=policy,
        deployment=deployment or Deployment(),
    )


def _emit(result: AuditResult, fmt: ReportFormat, output: Path | None) -> NoReturn:
    """Write the report (the file only after the audit succeeded); exit with the verdict's code."""
    if output is not None:
        from auditor.fileio.atomic import write_text_atomic

        write_text_atomic(output, _render(result, fmt))
        _stderr(f"{result.verdict.upper()}: report written to {output}")
    elif fmt is ReportFormat.TEXT:
        from auditor.report.render import render_text

        typer.echo(render_text(result, color=sys.stdout.isatty()), nl=False)
    else:
        typer.echo(_render(result, fmt), nl=False)
    raise typer.Exit(EXIT_CODES[result.verdict])


def _render(result: AuditResult, fmt: ReportFormat) -> str:
    from auditor.report.render import render

    return render(result, fmt)


@contextmanager
def _progress(total: int | None) -> Iterator[Callable[[str], None] | None]:
    """A progress bar on stderr for multi-model pulls, only on a terminal."""
    if not sys.stderr.isatty() or (total is not None and total < 2):
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("auditing", total=total)

        def done(ref: str) -> None:
            bar.update(task, advance=1, description=ref[:40])

        yield done


@contextmanager
def _errors(debug: bool) -> Iterator[None]:
    """Map our errors to one clear line and an exit code; tracebacks only with --debug."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, stream=sys.stderr)
    try:
        yield
    except InputFileError as err:
        for line in err.lines():
            _stderr(f"error: {line}")
        raise typer.Exit(EXIT_USAGE) from None
    except UsageError as err:
        _stderr(f"error: {err}")
        raise typer.Exit(EXIT_USAGE) from None
    except AuditorError as err:
        if debug:
            raise
        _stderr(f"error: {err}")
        raise typer.Exit(EXIT_INCOMPLETE) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as err:
        if debug:
            raise
        _stderr(f"error: unexpected {type(err).__name__}: {err}")
        _stderr("tip: run again with --debug for the traceback, and report it as a bug")
        raise typer.Exit(EXIT_INCOMPLETE) from None


def _stderr(text: str) -> None:
    typer.echo(text, err=True)


def main() -> None:
    """Console-script entry point."""
    if os.environ.get("AUDITOR_DEBUG") not in (None, "", "0"):
        logging.basicConfig(level=logging.DEBUG)
    app()
