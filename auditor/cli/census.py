"""Command line: `auditor census`, the Hub-wide license survey on Dask (docs/census.md).

Dask and its friends are imported inside the commands only: `auditor check` never loads them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.coerce import FastCommand
from auditor.cli.output import errors

app = typer.Typer(
    help="Hub-wide license census on Dask: snapshots in, tables, SQL and a summary out.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]


@app.command("run", cls=FastCommand)
def census_run(
    snapshots: Annotated[
        list[str],
        typer.Argument(help="Parquet snapshots of Hub metadata (paths or hf://), oldest first."),
    ],
    output: Annotated[Path, typer.Option(help="Folder for the tables, census.duckdb, summary.")],
    cards: Annotated[
        str | None,
        typer.Option(help="A dump of card texts (modelId, card): prose parents, front matter."),
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Address of a running Dask scheduler (tcp://host:8786).")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Workers of the embedded cluster.")] = 2,
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Repartition each snapshot into this many parts.")
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Declared and effective license of every model, mislabelled derivatives, drift."""
    from auditor.census.run import CensusOptions, run_census

    def phase(name: str, seconds: float) -> None:
        typer.echo(f"  {name}: {seconds:.1f} s", err=True)

    if not debug:  # Dask logs every worker's start and stop at INFO
        import logging

        import distributed  # noqa: F401  (its import sets its loggers' levels: set ours after)

        logging.getLogger("distributed").setLevel(logging.WARNING)
    with errors(debug):
        import sys

        options = CensusOptions(
            scheduler=scheduler,
            workers=workers,
            partitions=partitions,
            progress=sys.stdout.isatty() and sys.stderr.isatty(),  # nothing in piped output
        )
        run = run_census(snapshots, output, options, on_phase=phase, cards=cards)
    for info in run.snapshots:
        for problem in info.problems():
            typer.echo(f"warning: {problem}", err=True)
        typer.echo(f"{info.label}: {run.rows.get(info.label, 0):,} models")
    typer.echo(
        f"mislabelled derivatives: {run.mislabelled:,}; findings: {run.counts.get('findings', 0):,}"
    )
    for name, path in run.files.items():
        typer.echo(f"wrote {name}: {path}")


@app.command("snapshot", cls=FastCommand)
def census_snapshot(
    output: Annotated[Path, typer.Option(help="The Parquet snapshot to write.")],
    limit: Annotated[
        int | None, typer.Option(min=1, help="Stop after this many models (default: all).")
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Continue an interrupted snapshot from its saved cursor.")
    ] = False,
    endpoint: Annotated[
        str | None, typer.Option(help="The Hub's address (default: HF_ENDPOINT or the Hub).")
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Page through the Hub's model listing into a Parquet snapshot the census reads."""
    import sys

    from auditor.census.hub_listing import take_snapshot

    tty = sys.stderr.isatty()

    def page(rows: int, pages: int) -> None:
        if tty:
            typer.echo(f"\r  {rows:,} models, {pages:,} pages", err=True, nl=False)

    with errors(debug):
        result = take_snapshot(output, limit=limit, resume=resume, endpoint=endpoint, on_page=page)
    if tty:
        typer.echo("", err=True)
    how = "resumed, " if result.resumed else ""
    typer.echo(f"wrote {result.rows:,} models ({how}{result.pages:,} pages this run): {output}")


@app.command("drift", cls=FastCommand)
def census_drift(
    old: Annotated[Path, typer.Argument(help="An earlier census folder.")],
    new: Annotated[Path, typer.Argument(help="A later census folder.")],
    output: Annotated[Path | None, typer.Option(help="Write the changes here as Parquet.")] = None,
    debug: DebugOption = False,
) -> None:
    """Per model: declared or effective license changed, newly mislabelled; new licenses."""
    from auditor.census.drift import census_drift as drift_of

    with errors(debug):
        changes = drift_of(old, new)
        if output is not None:
            import pyarrow.parquet as pq

            pq.write_table(changes, output)
    kinds = changes.column("change").to_pylist()
    for change in sorted(set(kinds)):
        typer.echo(f"{change}: {kinds.count(change):,}")
    listed = {"newly-mislabelled", "license-first-seen"}
    for row in changes.select(["id", "change", "new"]).to_pylist():
        if row["change"] in listed:
            typer.echo(f"  {row['change']}: {row['id'] if row['id'] is not None else row['new']}")


@app.command("lineage-snapshot", cls=FastCommand)
def census_lineage_snapshot(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="A census folder (from `census run`), or Hub models.parquet dumps (oldest "
            "first) and folders of model cards."
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="The file to write: gzip'd if it ends .gz, else JSON."),
    ],
    top: Annotated[int, typer.Option(min=1, help="The N most downloaded models.")] = 50000,
    as_of: Annotated[
        str | None,
        typer.Option(help="Date of the data (default: a census's latest snapshot, else today)."),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Write a lineage snapshot for offline scans: top models and their ancestors."""
    with errors(debug):
        count, date = _write_lineage_snapshot(inputs, output, top, as_of)
    typer.echo(f"wrote {count:,} models as of {date}: {output}")


@app.command("export-lineage", hidden=True, cls=FastCommand)
def census_export_lineage(
    census: Annotated[Path, typer.Argument(help="A census folder (from `census run`).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write (JSON).")],
    top: Annotated[int, typer.Option(min=1, help="The N most downloaded models.")] = 10000,
    debug: DebugOption = False,
) -> None:
    """Deprecated: `auditor census lineage-snapshot CENSUS --output FILE` does the same."""
    typer.echo(
        "note: `census export-lineage` is deprecated and will be removed; use "
        "`auditor census lineage-snapshot CENSUS --output FILE`",
        err=True,
    )
    with errors(debug):
        count, date = _write_lineage_snapshot([census], output, top, None)
    typer.echo(f"wrote {count:,} models as of {date}: {output}")


def _write_lineage_snapshot(
    inputs: list[Path], output: Path, top: int, as_of: str | None
) -> tuple[int, str | None]:
    """Read the inputs, write the snapshot; the number of models and its date."""
    from datetime import UTC, datetime

    from auditor.errors import UsageError
    from auditor.knowledge.lineage_snapshot import LineageSnapshot, write_snapshot_document

    censuses = [p for p in inputs if p.is_dir() and (p / "models.parquet").is_file()]
    if censuses:
        if len(inputs) > 1:
            raise UsageError("a census folder is read alone: give it without other inputs")
        from auditor.census.export import census_snapshot_document

        document = census_snapshot_document(censuses[0], top)
        if as_of is not None:
            document["as_of"] = as_of
        write_snapshot_document(document, output)
        return len(document["models"]), document["as_of"]
    from auditor.census.lineage_snapshot import snapshot_from_cards, snapshot_from_parquet

    date = as_of or datetime.now(UTC).date().isoformat()
    folders = [p for p in inputs if p.is_dir()]
    files = [p for p in inputs if not p.is_dir()]
    parts = [snapshot_from_cards(folder, date) for folder in folders]
    if files:
        parts.append(snapshot_from_parquet(files, top, date))
    entries = {k: v for part in parts for k, v in part.entries.items()}
    source = "; ".join(part.source for part in parts if part.source)
    write_snapshot_document(LineageSnapshot(entries, date, source).to_json(), output)
    return len(entries), date
