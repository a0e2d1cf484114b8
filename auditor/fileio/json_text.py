"""Indented JSON text, the bytes `json.dumps(value, indent=N)` writes, at about twice its speed.

Every report the tool writes as JSON is indented, and the standard library writes indented JSON
with its pure-Python encoder (its C encoder only writes compact text): a chain of generators,
one per level, yielding each piece through every level above it, with a circular-reference
check per container. On the warm CI gate the JSON report was about a tenth of the command's time
(a 100-model report, 2026-11-28). The documents here are trees of dicts, lists, strings,
numbers, booleans and None built by the report code, so one recursive function appending to a
list does the same job: strings through the standard library's own C escaping
(`json.encoder.encode_basestring`, or `_ascii`), numbers and constants as `json` writes them,
keys as `json` converts them. What it does not do is what these documents never need: no
`default` hook (another type raises TypeError as `json.dumps` does), no `skipkeys`, and a
structure that contains itself ends in RecursionError rather than ValueError. The tests compare
it with `json.dumps` on the reports and on generated documents.
"""

from __future__ import annotations

import json.encoder
from collections.abc import Callable
from typing import Any

_FLOAT_REPR = float.__repr__
_INT_REPR = int.__repr__
_INFINITY = float("inf")


def indented_json(
    value: object, *, indent: int = 2, ensure_ascii: bool = True, sort_keys: bool = False
) -> str:
    """`json.dumps(value, indent=indent, ensure_ascii=ensure_ascii, sort_keys=sort_keys)`."""
    encode = (
        json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    )
    chunks: list[str] = []
    _Writer(chunks.append, encode, " " * indent, sort_keys).value(value, "\n")
    return "".join(chunks)


def _float(number: float) -> str:
    if number != number:
        return "NaN"
    if number == _INFINITY:
        return "Infinity"
    if number == -_INFINITY:
        return "-Infinity"
    return _FLOAT_REPR(number)


class _Writer:
    __slots__ = ("_encode", "_sort", "_step", "_write")

    def __init__(
        self, write: Callable[[str], Any], encode: Callable[[str], str], step: str, sort: bool
    ) -> None:
        self._write, self._encode, self._step, self._sort = write, encode, step, sort

    def value(self, value: object, newline: str) -> None:
        """Write `value`; `newline` is the line break and indentation of its own level."""
        if isinstance(value, str):
            self._write(self._encode(value))
        elif value is None:
            self._write("null")
        elif value is True:
            self._write("true")
        elif value is False:
            self._write("false")
        elif isinstance(value, int):
            self._write(_INT_REPR(value))
        elif isinstance(value, float):
            self._write(_float(value))
        elif isinstance(value, list | tuple):
            self._list(value, newline)
        elif isinstance(value, dict):
            self._dict(value, newline)
        else:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    def _list(self, items: list[object] | tuple[object, ...], newline: str) -> None:
        if not items:
            self._write("[]")
            return
        inner = newline + self._step
        write, encode = self._write, self._encode
        write("[" + inner)
        first = True
        for item in items:
            if not first:
                write("," + inner)
            first = False
            if isinstance(item, str):  # the common leaves, without a call each
                write(encode(item))
            else:
                self.value(item, inner)
        write(newline + "]")

    def _dict(self, mapping: dict[Any, object], newline: str) -> None:
        if not mapping:
            self._write("{}")
            return
        inner = newline + self._step
        write, encode = self._write, self._encode
        write("{" + inner)
        first = True
        pairs = sorted(mapping.items()) if self._sort else mapping.items()
        for key, item in pairs:
            if not first:
                write("," + inner)
            first = False
            write(encode(key if isinstance(key, str) else _key(key)) + ": ")
            if isinstance(item, str):
                write(encode(item))
            else:
                self.value(item, inner)
        write(newline + "}")


def _key(key: object) -> str:
    """A non-string key as `json` writes it."""
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return _INT_REPR(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
