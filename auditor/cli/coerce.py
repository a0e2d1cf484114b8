"""Command line: turns well-formed option values into Python values without pydantic.

Typer (0.29) coerces every parameter value through a pydantic TypeAdapter, so any command
imports pydantic (~60-100 ms of a ~300 ms warm CI gate) just to see that `--format json` is a
member of an enum. Typer has no setting to turn that off; what it offers is its `cls` hook for
commands. `FastCommand` gives each parameter a coercer that handles the plain cases itself
(a str, a Path, an enum member by name, a list of those) with Typer's own pydantic-free helpers,
and hands every other value, and every value it does not accept, to Typer's own coercer: errors
and unusual values get exactly Typer's behaviour and messages. tests/cli/test_coerce.py holds the
fast path to Typer's on every parameter of every command.

NOTE: this sets Typer's private `_TyperParameter._runtime_param` (the lazily built coercer,
typer/core.py). Should Typer rename it, the attribute is simply unused and Typer's own coercer
runs: slower, never wrong; tests/cli/test_startup.py then fails on the pydantic import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import typer
from typer._click import Context
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice, coerce_cli_path, routes_to_path
from typer.core import TyperCommand, TyperGroup, _TyperParameter

from auditor.fileio.lazy_pattern import lazy_pattern

_DECLINED = object()
_DIGITS = lazy_pattern(r"0|[1-9][0-9]{0,17}")  # read alike by int() and pydantic
_DECIMAL = lazy_pattern(r"(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?")  # likewise by float()


@dataclass(frozen=True)
class FastRuntimeParam(RuntimeParam):
    """Coerces plain values itself; anything else goes to Typer's coercer, built on demand."""

    descriptor: TypeDescriptor | None = None
    _slow: list[RuntimeParam] = field(default_factory=list)

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        fast = self.coerce_plain(value, param, ctx)
        if fast is not _DECLINED:
            return fast
        return self.typer_coercer()._coerce_value(value, param=param, ctx=ctx)

    def typer_coercer(self) -> RuntimeParam:
        """Typer's own coercer for this parameter (imports pydantic)."""
        if not self._slow:
            assert self.descriptor is not None
            self._slow.append(build_runtime_param(self.descriptor))
        return self._slow[0]

    def coerce_plain(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        """The value as Typer would coerce it, or _DECLINED when it is not a plain case."""
        annotation: Any = self.annotation
        if get_origin(annotation) is list:
            (item_type,) = get_args(annotation)
            if not isinstance(value, list | tuple):
                return _DECLINED
            items = [self._leaf(item_type, item, param, ctx) for item in value]
            return _DECLINED if any(item is _DECLINED for item in items) else items
        return self._leaf(annotation, value, param, ctx)

    def _leaf(self, annotation: Any, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        info = self.parameter_info
        if info.parser is not None:
            return _DECLINED
        if annotation in (int, float) and type(value) in (int, float, str):
            return self._number(annotation, value)
        if type(value) is not str and not isinstance(value, Enum):
            return _DECLINED
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            try:
                return coerce_cli_choice(
                    value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx
                )
            except ValueError:
                return _DECLINED  # Typer words the error
        if type(value) is not str:
            return _DECLINED
        if annotation is str:
            return value
        if annotation is Path and value and routes_to_path(annotation, info):
            return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        return _DECLINED

    def _number(self, annotation: type[float], value: float | str) -> Any:
        """A default of the exact type, or plain decimal digits, inside the bounds (if any)."""
        if isinstance(value, str):
            if not (_DIGITS if annotation is int else _DECIMAL).fullmatch(value):
                return _DECLINED
            value = annotation(value)
        elif type(value) is not annotation:
            return _DECLINED
        low, high = self.parameter_info.min, self.parameter_info.max
        if (low is not None and value < low) or (high is not None and value > high):
            return _DECLINED  # Typer clamps or words the error
        return value


def fast_runtime_param(descriptor: TypeDescriptor) -> RuntimeParam:
    """The coercer FastCommand gives a parameter; files keep Typer's own."""
    if descriptor.file_annotation is not None:
        return build_runtime_param(descriptor)
    return FastRuntimeParam(
        parameter_info=descriptor.parameter_info,
        annotation=descriptor.annotation,
        descriptor=descriptor,
    )


def _give_fast_coercers(params: list[Any]) -> None:
    for param in params:
        if isinstance(param, _TyperParameter) and param._runtime_param is None:
            param._runtime_param = fast_runtime_param(param.type_descriptor)


class FastCommand(TyperCommand):
    """A Typer command whose parameters coerce plain values without importing pydantic, and
    whose help names values in plain words (cli/help_text.py)."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        _give_fast_coercers(self.get_params(ctx))
        return super().parse_args(ctx, args)

    def get_help(self, ctx: Context) -> str:
        from auditor.cli.help_text import plain_metavars

        plain_metavars(self.get_params(ctx), ctx)
        return super().get_help(ctx)


class FastGroup(TyperGroup):
    """The root group likewise (its `--version` option)."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        _give_fast_coercers(self.get_params(ctx))
        return super().parse_args(ctx, args)


def command(
    app: typer.Typer, function: Any, name: str | None = None, *, epilog: str | None = None
) -> None:
    """Register `function` on `app` as a FastCommand; its summary in the command list is the
    docstring's whole first sentence (Typer would cut it to the width)."""
    doc = (function.__doc__ or "").strip()
    first = re.split(r"(?<=\.)\s", doc.split("\n\n", 1)[0].replace("\n", " "), maxsplit=1)[0]
    app.command(name, cls=FastCommand, short_help=first or None, epilog=epilog)(function)
