"""Command line: what a license is (identify) and what the knowledge base knows (licenses)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.coerce import FastCommand
from auditor.cli.options import DebugOption, OutputOption, TextOrJson, TextOrJsonOption
from auditor.cli.output import check_output, errors, write_pieces


def identify(
    paths: Annotated[list[Path], typer.Argument(help="License files, model cards or folders.")],
    fmt: TextOrJsonOption = TextOrJson.TEXT,
    output: OutputOption = None,
    threshold: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Similarity needed to accept a license match."),
    ] = 0.9,
    debug: DebugOption = False,
) -> None:
    """Identify license files and cards, and list their terms with line numbers."""
    from auditor import api
    from auditor.report.identify import identify_json_pieces, identify_text_pieces

    with errors(debug):
        check_output(output, paths)
        # a file at a time: thousands of texts are never held at once
        files = api.iter_identify_files(paths, threshold=threshold)
        pieces = identify_json_pieces if fmt is TextOrJson.JSON else identify_text_pieces
        write_pieces(pieces(files), output, paths, is_json=fmt is TextOrJson.JSON)


app = typer.Typer(
    help="Browse the license knowledge base.", no_args_is_help=True, rich_markup_mode=None
)


@app.command("list", cls=FastCommand)
def licenses_list() -> None:
    """List every license and use policy the auditor knows."""
    from auditor import api
    from auditor.report.identify import render_license_list

    with errors(False):
        typer.echo(render_license_list(api.license_db()), nl=False)


@app.command("show", cls=FastCommand)
def licenses_show(
    license_id: Annotated[str, typer.Argument(help="License id, SPDX id, Hub tag or name.")],
) -> None:
    """Explain a license's terms and obligations in plain words, with clause numbers."""
    from auditor import api
    from auditor.report.identify import render_license_show

    with errors(False):
        record = api.find_license(license_id)
        typer.echo(render_license_show(record, api.license_db()), nl=False)
