"""The methods `dataclasses` writes for each class, compiled once and kept beside the bytecode.

`@dataclass` writes the source of `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`
and the rest for every class and compiles it when the class is created: about 1.4 ms a class
on this project's machines, most of it the compiler, and the normal path of `auditor check`
creates some 130 classes at import (0.17-0.19 of its ~1 s on a 2-core VM, 2026-11-28). The
source depends only on the class's fields and options, so the same text comes back run after
run. `install()` gives the `dataclasses` module an `exec` that compiles each distinct source
once and keeps the code objects in one file beside the package's bytecode
(`__pycache__/dataclass-code.<interpreter>.bin`, where Python keeps the `.pyc` files, under
`sys.pycache_prefix` when one is set), so a later process builds the same classes from the
stored code (the compiler skipped, ~0.5 ms a class left for the rest of `dataclasses`' work).

Why a hook and not our own decorator: the standard `dataclass` stays the one that builds the
classes (the same fields, methods, slots and type-checker support); only its compiler call is
answered from the store. The code is the same: a source compiles to the same code object, with
no `__future__` flags inherited (as `dataclasses`' own `exec` of a string compiles it), and a
stored entry is found by the whole source text, so an entry of another class or version is
never used for this one. The file is marshal data of this interpreter's own version (checked
by its header; another interpreter ignores it) and is trusted as `.pyc` files are: it lives
where they live and is written the same way (whole or not at all, never when Python is told
not to write bytecode). Anything unexpected (no such folder, a file that cannot be read, a
`dataclasses` that no longer calls `exec`) leaves classes built as they always were;
`AUDITOR_DATACLASS_CODE=0` turns the store off.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import marshal
import os
import sys
import threading
from pathlib import Path
from types import CodeType
from typing import Any

from auditor.fileio.beside_bytecode import bytecode_folder

SWITCH = "AUDITOR_DATACLASS_CODE"
_HEADER = ("auditor-dataclass-code", 1, sys.version, sys.implementation.cache_tag)
_MAX_ENTRIES = 4000
"""Entries kept in the file: past this, the file keeps only the sources of the last run (a
store read by versions of the tool over months would otherwise only grow)."""

_codes: dict[str, CodeType] = {}
_used: set[str] = set()
_state = {"installed": False, "changed": False}
_lock = threading.Lock()


def install() -> None:
    """Answer `dataclasses`' compiler calls from the store (once per process)."""
    with _lock:
        if _state["installed"] or os.environ.get(SWITCH, "").strip() == "0":
            return
        _state["installed"] = True
    import dataclasses

    if getattr(dataclasses, "exec", builtins.exec) is not builtins.exec:
        return  # someone else's hook: leave it
    path = store_path()
    if path is not None:
        _codes.update(_read(path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    if path is not None and not sys.dont_write_bytecode:
        atexit.register(_write_if_changed, path)


def store_path() -> Path | None:
    """The store's file, in the folder that holds this package's bytecode."""
    folder = bytecode_folder()
    return None if folder is None else folder / f"dataclass-code.{sys.implementation.cache_tag}.bin"


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` for `dataclasses`: a source string is compiled once, then its code is reused."""
    if type(source) is str:
        code = _codes.get(source)
        if code is None:
            # dont_inherit: compiled with no __future__ flags, as dataclasses' exec compiles it
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _codes[source] = code
            _state["changed"] = True
        _used.add(source)
        source = code
    builtins.exec(source, globals, locals)


def _read(path: Path) -> dict[str, CodeType]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    try:
        header, entries = marshal.loads(data)
    except Exception:  # a torn or foreign file: built as usual, rewritten at exit
        return {}
    if header != _HEADER or not isinstance(entries, dict):
        return {}
    return {
        source: code
        for source, code in entries.items()
        if type(source) is str and type(code) is CodeType
    }


def _write_if_changed(path: Path) -> None:
    """Write the store whole (a temporary file moved into place), when this run compiled a
    source it did not hold."""
    if not _state["changed"]:
        return
    entries = dict(_codes)
    if len(entries) > _MAX_ENTRIES:
        entries = {source: _codes[source] for source in _used}
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        data = marshal.dumps((_HEADER, entries))
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        partial.replace(path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
