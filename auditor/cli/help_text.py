"""Command line: help in plain words: option values named as words a reader knows (`N`, `PATH`,
`TEXT`) rather than Python types (`<int range>`, `<str>`), and the exit codes of the commands
whose exit code is a verdict.

Typer names a value by its Python type; a metavar set on the parameter replaces it (Typer's
`display_name_raw` and `display_type_rich` read `metavar` first), so the words are set once on
each parameter before help is formatted.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument as Argument
from typer.core import _TyperParameter

from auditor.fileio.lazy_pattern import lazy_pattern

EXIT_CODES_HELP = (
    "Exit codes: 0 pass or warn; 1 fail (a blocking finding); 2 usage or input error; "
    "3 a model could not be audited; 4 needs input (every block waits for a deployment fact)."
)

_WORDS = {
    "str": "TEXT",
    "int": "N",
    "int range": "N",
    "float": "NUMBER",
    "float range": "NUMBER",
    "path": "PATH",
    "file": "PATH",
    "directory": "DIR",
    "bool": "BOOL",
    "datetime": "DATE",
}
_LIST = lazy_pattern(r"^list\[(.*)\]$")


def plain_metavar(label: str) -> str:
    """`<int range>` -> `N`; `<text|json>` -> `text|json`; `<list[str]>` -> `TEXT`."""
    inner = label.strip()
    if inner.startswith("<") and inner.endswith(">"):
        inner = inner[1:-1]
    listed = _LIST.match(inner)
    if listed:
        inner = listed.group(1)
    return _WORDS.get(inner.lower(), inner)


def plain_metavars(params: list[Any], ctx: Any) -> None:
    """Give every option and argument without a metavar its value in plain words."""
    for param in params:
        if not isinstance(param, _TyperParameter) or param.metavar is not None:
            continue
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            continue
        shown = param.display_type(ctx)
        if not shown:
            continue
        if isinstance(param, Argument):  # its metavar is its name: keep it, word the type
            param.display_type = _Shown(plain_metavar(shown))  # type: ignore[method-assign]
        else:
            param.metavar = plain_metavar(shown)


class _Shown:
    """An argument's `display_type`, answering its type in plain words."""

    def __init__(self, word: str) -> None:
        self.word = word

    def __call__(self, ctx: Any) -> str:
        return self.word
