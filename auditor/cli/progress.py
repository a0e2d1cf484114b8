"""Command line: the one progress display of a run (models done of total, bytes downloaded).

Shown on stderr only when stderr is a terminal, and never with --quiet or when a JSON report
goes to stdout. It is transient: when the run ends the display is erased and only the final
line stays. huggingface_hub's own per-file bars are switched off for every command
(`silence_client_bars`): the Hub source reads through `hub_http` today, but a client call
that downloads (a cache snapshot, a future code path) would otherwise draw bars that stay.
`rich` is already a dependency (the text report uses it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Task
    from rich.text import Text

Done = Callable[[str], None]


def silence_client_bars() -> None:
    """Turn off huggingface_hub's progress bars, whether or not the client is imported yet."""
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"  # read when the client is imported
    if "huggingface_hub" in sys.modules:
        from huggingface_hub.utils import (  # type: ignore[attr-defined]  # re-exported lazily
            disable_progress_bars,
        )

        disable_progress_bars()


def wanted(*, quiet: bool, json_to_stdout: bool = False) -> bool:
    """Whether a progress display may be drawn: a terminal on stderr, and nobody opted out."""
    return not quiet and not json_to_stdout and _stderr_is_terminal()


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


@contextmanager
def progress(
    total: int | None, *, show: bool, downloaded: Callable[[], int] | None = None
) -> Iterator[Done | None]:
    """A transient display on stderr, `models done/total` and the bytes downloaded so far
    (read from `downloaded`, the run's byte count); yields the callback a finished model
    calls, or None when nothing is shown."""
    if not show:
        yield None
        return
    from rich import filesize
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn
    from rich.text import Text as RichText

    class _Bytes(ProgressColumn):
        def render(self, task: Task) -> Text:
            size = downloaded() if downloaded is not None else 0
            return RichText(f"{filesize.decimal(size)} downloaded" if size else "")

    console = Console(file=sys.stderr, highlight=False)
    bar = Progress(
        TextColumn("auditing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("models"),
        _Bytes(),
        TextColumn("{task.description}", markup=False),
        console=console,
        transient=True,  # erased at the end: only the final line stays on the terminal
        redirect_stdout=False,  # the report may go to stdout: never through the display
    )
    with bar:
        task = bar.add_task("", total=total)

        def done(ref: str) -> None:
            from auditor.report.sanitize import sanitize_line

            bar.update(task, advance=1, description=sanitize_line(ref)[:40])

        yield done
