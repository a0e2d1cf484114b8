"""Command line: the policy commands (validate, explain, list)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.coerce import FastCommand
from auditor.cli.output import EXIT_USAGE, errors, stderr

app = typer.Typer(
    help="Check and explain policy files.", no_args_is_help=True, rich_markup_mode=None
)


@app.command("validate", cls=FastCommand)
def policy_validate(
    path: Annotated[Path, typer.Argument(help="Policy YAML file.")],
) -> None:
    """Report every problem of a policy file with its line; exit 2 if there is one."""
    from auditor import api

    with errors(False):
        problems = api.validate_policy(path)
        for problem in problems:
            stderr(f"error: {problem}")
        if problems:
            raise typer.Exit(EXIT_USAGE)
        typer.echo(f"{path}: valid")


@app.command("explain", cls=FastCommand)
def policy_explain(
    policy: Annotated[str, typer.Argument(help="Preset name or policy YAML path.")],
) -> None:
    """Print a policy's rules in plain words, with severity, dates and references."""
    from auditor import api
    from auditor.policy.explain import explain_policy

    with errors(False):
        typer.echo(explain_policy(api.load_policy(policy)), nl=False)


@app.command("list", cls=FastCommand)
def policy_list() -> None:
    """List the bundled policy presets."""
    from auditor import api

    with errors(False):
        for name, summary in api.policy_presets():
            typer.echo(f"{name}: {summary}")
