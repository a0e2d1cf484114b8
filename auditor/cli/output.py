"""Command line: exit codes, the table mapping errors to them, and writing what commands print."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import typer

from auditor.errors import AuditorError, InputFileError, UsageError
from auditor.model import AuditResult, Verdict
from auditor.report.formats import ReportFormat

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


@contextmanager
def errors(debug: bool) -> Iterator[None]:
    """Map our errors to one clear line and an exit code; tracebacks only with --debug."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, stream=sys.stderr)
    try:
        yield
    except InputFileError as err:
        for line in err.lines():
            stderr(f"error: {line}")
        raise typer.Exit(EXIT_USAGE) from None
    except UsageError as err:
        stderr(f"error: {err}")
        raise typer.Exit(EXIT_USAGE) from None
    except AuditorError as err:
        if debug:
            raise
        stderr(f"error: {err}")
        raise typer.Exit(EXIT_INCOMPLETE) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as err:
        if debug:
            raise
        stderr(f"error: unexpected {type(err).__name__}: {err}")
        stderr("tip: run again with --debug for the traceback, and report it as a bug")
        raise typer.Exit(EXIT_INCOMPLETE) from None


def emit(result: AuditResult, fmt: ReportFormat, output: Path | None) -> NoReturn:
    """Write the report (the file only after the audit succeeded); exit with the verdict's code."""
    if output is not None:
        from auditor.fileio.atomic import write_text_atomic

        write_text_atomic(output, _render(result, fmt))
        stderr(f"{result.verdict.upper()}: report written to {output}")
    elif fmt is ReportFormat.TEXT:
        from auditor.report.render import render_text

        typer.echo(render_text(result, color=sys.stdout.isatty()), nl=False)
    else:
        typer.echo(_render(result, fmt), nl=False)
    raise typer.Exit(EXIT_CODES[result.verdict])


def _render(result: AuditResult, fmt: ReportFormat) -> str:
    from auditor.report.render import render

    return render(result, fmt)


def write(text: str, output: Path | None) -> None:
    """Print `text`, or write it atomically to `output` and say so on stderr."""
    if output is None:
        typer.echo(text, nl=False)
        return
    from auditor.fileio.atomic import write_text_atomic

    write_text_atomic(output, text)
    stderr(f"written to {output}")


@contextmanager
def progress(total: int | None) -> Iterator[Callable[[str], None] | None]:
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


def stderr(text: str) -> None:
    """One line on stderr."""
    typer.echo(text, err=True)
