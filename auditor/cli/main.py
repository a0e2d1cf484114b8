"""Command line: the `auditor` app, its command groups in help order, and the entry point."""

from __future__ import annotations

import logging
import os
from typing import Annotated

import typer

from auditor import __version__
from auditor.cli import audit, census, compare, discover, history, knowledge, licenses, policy
from auditor.cli.coerce import FastGroup, command
from auditor.cli.help_text import EXIT_CODES_HELP
from auditor.cli.output import EXIT_OK

app = typer.Typer(
    name="auditor",
    cls=FastGroup,
    help="Tells an organization whether it may use an AI model, and why not.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain help text: stable for the README and for screen readers
)


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


command(app, audit.scan, epilog=EXIT_CODES_HELP)
command(app, audit.check, epilog=EXIT_CODES_HELP)
command(app, audit.lock, "lock")
command(app, audit.report, epilog=EXIT_CODES_HELP)
command(app, licenses.identify)
for _name, _group in (
    ("licenses", licenses.app),
    ("policy", policy.app),
    ("history", history.app),
    ("census", census.app),
    ("knowledge", knowledge.app),
):  # the group's whole help in the command list (Typer would cut it to the width)
    app.add_typer(_group, name=_name, short_help=_group.info.help)
command(app, compare.compare)
command(app, discover.discover)
command(app, audit.notice)


def main() -> None:
    """Console-script entry point."""
    if os.environ.get("AUDITOR_DEBUG") not in (None, "", "0"):
        logging.basicConfig(level=logging.DEBUG)
    app()
