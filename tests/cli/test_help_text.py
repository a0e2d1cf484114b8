"""Issue 35: help in plain words. Every command's help names values as a reader knows them,
the command list shows whole summaries, and the verdict commands list their exit codes."""

from __future__ import annotations

import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from auditor.cli import output
from auditor.cli.help_text import plain_metavar
from auditor.cli.main import app

runner = CliRunner()
PYTHON_TYPES = re.compile(r"<(?:str|int|float|path|bool|list\[[^\]]*\])(?: range)?>", re.I)


def _commands() -> list[list[str]]:
    root = get_command(app)
    found: list[list[str]] = []
    for name, sub in root.commands.items():  # type: ignore[attr-defined]
        if sub.hidden:
            continue
        children = getattr(sub, "commands", None)
        if children:
            found += [[name, child] for child, c in children.items() if not c.hidden]
        else:
            found.append([name])
    return found


@pytest.mark.parametrize("words", _commands(), ids=" ".join)
def test_every_help_names_values_in_plain_words(words: list[str]) -> None:
    shown = runner.invoke(app, [*words, "--help"], terminal_width=100)
    assert shown.exit_code == 0, shown.output
    assert not PYTHON_TYPES.search(shown.stdout), PYTHON_TYPES.findall(shown.stdout)


def test_the_command_list_shows_whole_summaries() -> None:
    shown = runner.invoke(app, ["--help"], terminal_width=100).stdout
    listing = shown.split("Commands:", 1)[1]
    assert "..." not in listing
    assert "CI gate: audit every model a manifest lists; the exit code is the verdict." in " ".join(
        listing.split()
    )


@pytest.mark.parametrize("name", ["scan", "check", "report"])
def test_verdict_commands_list_their_exit_codes(name: str) -> None:
    text = " ".join(runner.invoke(app, [name, "--help"], terminal_width=100).stdout.split())
    codes = {
        output.EXIT_OK: "0 pass or warn",
        output.EXIT_BLOCKED: "1 fail",
        output.EXIT_USAGE: "2 usage",
        output.EXIT_INCOMPLETE: "3 a model could not be audited",
        output.EXIT_NEEDS_INPUT: "4 needs input",
    }
    for code, words in codes.items():
        assert words in text and words.startswith(str(code))


def test_plain_metavar_words() -> None:
    assert plain_metavar("<int range>") == "N"
    assert plain_metavar("<list[Path]>") == "PATH"
    assert plain_metavar("<text|json>") == "text|json"
