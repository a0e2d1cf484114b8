"""Command line: past audits recorded with `check --record` (list, show, diff)."""

from __future__ import annotations

from typing import Annotated

import typer

from auditor.cli.coerce import FastCommand
from auditor.cli.options import FormatOption, HistoryOption, OutputOption
from auditor.cli.output import echo_text, emit, errors
from auditor.report.formats import ReportFormat

app = typer.Typer(
    help="Past audits recorded with `check --record`.", no_args_is_help=True, rich_markup_mode=None
)


@app.command("list", cls=FastCommand)
def history_list(
    limit: Annotated[int, typer.Option(min=1, help="How many audits, newest first.")] = 20,
    history_db: HistoryOption = None,
) -> None:
    """List recorded audits: when, who, manifest, policy, verdict."""
    from auditor import api
    from auditor.gate.history_render import render_history_list

    with errors(False):
        echo_text(render_history_list(api.history_audits(history_db, limit=limit)))


@app.command("show", cls=FastCommand)
def history_show(
    audit_id: Annotated[int, typer.Argument(help="Audit number from `auditor history list`.")],
    fmt: FormatOption = ReportFormat.TEXT,
    output: OutputOption = None,
    history_db: HistoryOption = None,
) -> None:
    """Render a recorded audit in any format (exit code: its verdict's)."""
    from auditor import api

    with errors(False):
        emit(api.history_audit(audit_id, history_db), fmt, output)


@app.command("diff", cls=FastCommand)
def history_diff(
    first: Annotated[int, typer.Argument(help="The earlier audit number.")],
    second: Annotated[int, typer.Argument(help="The later audit number.")],
    history_db: HistoryOption = None,
) -> None:
    """What changed between two audits: new and resolved findings, license drift."""
    from auditor import api
    from auditor.gate.history_render import render_audit_diff

    with errors(False):
        echo_text(render_audit_diff(api.history_diff(first, second, history_db)))
