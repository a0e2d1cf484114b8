"""The pydantic-free coercion of plain option values agrees with Typer's own, value by value."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.core import _TyperParameter

from auditor.cli.coerce import _DECLINED, FastCommand, FastGroup, FastRuntimeParam
from auditor.cli.main import app
from auditor.report.formats import ReportFormat

VALUES: list[Any] = [
    "json", "JSON", "text", "Text", "html", "sarif", "nope", "", " ", "10", "010", "0", "-1",
    "1_000", " 5", "5 ", "1e3", "0.5", "a/b", "-", ".", "~/x", "models.yaml", "org/name@main",
    "é", ReportFormat.JSON, ReportFormat.TEXT, 3, None, True,
]  # fmt: skip


def parameters() -> list[tuple[str, str, Context, _TyperParameter]]:
    root = typer.main.get_command(app)
    assert isinstance(root, FastGroup)
    found = []
    assert isinstance(root, typer.core.TyperGroup)
    for name, command in sorted(root.commands.items()):
        if not isinstance(command, FastCommand):
            continue
        ctx = Context(command, info_name=name)
        for param in command.get_params(ctx):
            if isinstance(param, _TyperParameter) and param.type_descriptor.file_annotation is None:
                found.append((name, str(param.name), ctx, param))
    return found


PARAMETERS = parameters()


def test_the_gate_commands_are_covered() -> None:
    names = {(command, param) for command, param, _, _ in PARAMETERS}
    assert {("check", "manifest"), ("check", "fmt"), ("check", "locked")} <= names
    assert {("scan", "mau"), ("identify", "paths"), ("identify", "threshold")} <= names


def typer_value(param: _TyperParameter, ctx: Context, value: Any) -> tuple[str, Any]:
    try:
        return "ok", build_runtime_param(param.type_descriptor)._coerce_value(value, param, ctx)
    except BadParameter as err:
        return "error", err.message


@pytest.mark.parametrize(
    ("command", "name", "ctx", "param"),
    PARAMETERS,
    ids=[f"{command}-{name}" for command, name, _, _ in PARAMETERS],
)
def test_fast_coercion_equals_typers(
    command: str, name: str, ctx: Context, param: _TyperParameter
) -> None:
    descriptor = param.type_descriptor
    fast = FastRuntimeParam(
        parameter_info=descriptor.parameter_info,
        annotation=descriptor.annotation,
        descriptor=descriptor,
    )
    values = VALUES + [[v] for v in VALUES if v is not None] + [["a", "b"], ("json", "x")]
    accepted = 0
    for value in values:
        got = fast.coerce_plain(value, param, ctx)
        expected = typer_value(param, ctx, value)
        if got is _DECLINED:
            continue
        accepted += 1
        assert expected == ("ok", got), (command, name, value)
        assert type(expected[1]) is type(got), (command, name, value)
        # the whole coercion (Typer's contract around _coerce_value) agrees too
        assert fast.coerce(value, param, ctx) == got
    if descriptor.annotation is not bool:
        assert accepted, f"{command} {name}: no plain value takes the fast path"


def test_a_declined_value_gets_typers_answer_and_words() -> None:
    ((_, _, ctx, param),) = [p for p in PARAMETERS if p[:2] == ("check", "fmt")]
    fast = FastRuntimeParam(
        parameter_info=param.type_descriptor.parameter_info,
        annotation=param.type_descriptor.annotation,
        descriptor=param.type_descriptor,
    )
    with pytest.raises(BadParameter) as raised:
        fast.coerce("nope", param, ctx)
    assert typer_value(param, ctx, "nope") == ("error", raised.value.message)
