"""Command line: `auditor knowledge`, the lineage knowledge a user refreshes and inspects.

`update` builds the lineage snapshot (and the family table's candidates, a review list) from a
census folder or a snapshot file and writes them to the user data folder (AUDITOR_DATA_DIR, else
the platform's), where they take precedence over the bundled snapshot; `show` prints what is in
use. The census extras (DuckDB, pyarrow) are imported by `update --from-census` only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.coerce import FastCommand
from auditor.cli.output import EXIT_USAGE, errors, stderr

app = typer.Typer(
    help="Refresh the lineage knowledge from a census or a snapshot file; show what is in use.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]


@app.command("update", cls=FastCommand)
def knowledge_update(
    from_census: Annotated[
        Path | None,
        typer.Option("--from-census", help="A census folder (from `auditor census run`)."),
    ] = None,
    from_snapshot: Annotated[
        Path | None,
        typer.Option(
            "--from-snapshot",
            help="A lineage snapshot file, JSON (gzip'd or not).",
        ),
    ] = None,
    top: Annotated[
        int, typer.Option(min=1, help="From a census: the N most downloaded models kept.")
    ] = 50000,
    as_of: Annotated[
        str | None,
        typer.Option(help="The day the data was taken, YYYY-MM-DD (default: the input's date)."),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Refresh the lineage snapshot in the user data folder and list family-table candidates."""
    from auditor.census.knowledge_update import (
        update_from_census,
        update_from_snapshot,
        write_update,
    )

    if (from_census is None) == (from_snapshot is None):
        stderr("error: give one of --from-census DIR or --from-snapshot FILE")
        raise typer.Exit(EXIT_USAGE)
    now = datetime.now(UTC)
    with errors(debug):
        update = (
            update_from_census(from_census, top=top, as_of=as_of, today=now.date())
            if from_census is not None
            else update_from_snapshot(Path(str(from_snapshot)), as_of=as_of, today=now.date())
        )
        snapshot_path, candidates_path = write_update(update, now=now)
    snapshot = update.snapshot
    typer.echo(f"lineage snapshot: {len(snapshot):,} models as of {snapshot.as_of}")
    typer.echo(f"  wrote {snapshot_path}")
    families = len({c.family for c in update.candidates})
    typer.echo(
        f"family-table candidates: {_count(len(update.candidates), 'name')} in "
        f"{_count(families, 'family', 'families')}, from {_count(update.seen, 'repo')} "
        "(a review list: none is applied)"
    )
    typer.echo(f"  wrote {candidates_path}")
    typer.echo("audits now resolve parents with this snapshot; `auditor knowledge show` says so")


@app.command("show", cls=FastCommand)
def knowledge_show(debug: DebugOption = False) -> None:
    """Print the lineage knowledge in use (bundled or the user's refresh), its date and size."""
    from auditor.knowledge.user_knowledge import knowledge_status
    from auditor.report.sanitize import sanitize_text

    def shown(text: object) -> str:  # names and sources come from census data: shown, not obeyed
        return sanitize_text(str(text), multiline=False)

    with errors(debug):
        status = knowledge_status()
    used, bundled = status.in_use, status.bundled
    origin = "refreshed by the user" if used.origin == "user" else "bundled"
    typer.echo(f"lineage snapshot in use: {origin}, as of {used.as_of or 'no date'}")
    typer.echo(f"  {used.models:,} models; file {used.path}")
    if used.source:
        typer.echo(f"  source: {shown(used.source)}")
    if used.updated_at:
        typer.echo(f"  updated at {used.updated_at}")
    if used.origin == "user":
        typer.echo(
            f"bundled lineage snapshot (not used): as of {bundled.as_of or 'no date'}, "
            f"{bundled.models:,} models"
        )
    if status.problem:
        stderr(f"warning: the user's snapshot cannot be used: {shown(status.problem)}")
    typer.echo(
        f"model family rules: bundled, as of {status.families_as_of or 'no date'}, "
        f"{status.family_rules:,} rules"
    )
    candidates = status.candidates
    if candidates is None:
        typer.echo("family-table candidates: none (run `auditor knowledge update`)")
    elif candidates.problem:
        typer.echo(f"family-table candidates: {candidates.path}: {candidates.problem}")
    else:
        typer.echo(
            f"family-table candidates: {_count(candidates.count, 'name')} as of "
            f"{candidates.as_of or 'no date'}; file {candidates.path}"
        )
        for item in candidates.top:
            licenses = item.get("licenses")
            tally = (
                ", ".join(f"{shown(tag)} {shown(count)}" for tag, count in licenses.items())
                if isinstance(licenses, dict)
                else ""
            )
            typer.echo(
                f"  {shown(item.get('family'))}: {shown(item.get('name'))}, "
                f"{shown(item.get('repos'))} repo(s)" + (f" ({tally})" if tally else "")
            )
    typer.echo(f"user knowledge folder: {status.user_folder} (AUDITOR_DATA_DIR moves it)")


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number:,} {one if number == 1 else many or one + 's'}"
