"""Command line: model references in a codebase, and those a manifest lacks (discover)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.options import DebugOption, TextOrJson, TextOrJsonOption
from auditor.cli.output import EXIT_BLOCKED, EXIT_OK, echo_text, errors, stderr


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
    fmt: TextOrJsonOption = TextOrJson.TEXT,
    debug: DebugOption = False,
) -> None:
    """Find model references in code and configs; exit 1 if some are missing from --manifest."""
    from auditor import api
    from auditor.discover.scan import render_discovery_json, render_discovery_text

    with errors(debug):
        found = api.discover(path, manifest=manifest)
        if write_manifest is not None:
            api.write_starter_manifest(found.result, write_manifest)
            stderr(f"starter manifest written to {write_manifest}")
        render_fn = render_discovery_json if fmt is TextOrJson.JSON else render_discovery_text
        echo_text(render_fn(found.result, found.missing), is_json=fmt is TextOrJson.JSON)
        raise typer.Exit(EXIT_BLOCKED if found.missing else EXIT_OK)
