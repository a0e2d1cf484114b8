"""Compiled regular expressions kept between runs: `re`'s compiled program, read back from disk.

Python compiles a pattern by parsing it and generating its program in Python code; the clause
rules' long patterns cost about 0.35 ms each, and a one-text `auditor identify` compiled about
500 of them (0.17 of its 0.46 CPU-seconds). `compile_pattern` stores each program it compiles
beside the package's bytecode (fileio/beside_bytecode.py: `__pycache__/patterns/`, kept as
the bytecode is, so a run with empty model caches finds them) or, where Python may not write
bytecode there, in the analysis cache folder (`AUDITOR_CACHE_DIR`, under `patterns/`), one
small file per pattern, and a later process builds the pattern from the stored program in C
(about 15 us).

The result is the pattern `re.compile` returns (equal by `==`, which compares the program):
a pattern not yet stored is compiled once, by the steps `re._compiler.compile` takes, and each
process checks on its first such pattern that they build what `re.compile` builds (else it
stores nothing). The key names the interpreter's exact version and regular-expression engine,
so another Python never reads a program. Best effort: a folder that cannot be read or
written, or a stored program the engine refuses, falls back to `re.compile`;
`AUDITOR_PATTERN_CACHE=0` turns the store off.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's engine; typeshed has no stub
import contextlib
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from auditor.fileio.beside_bytecode import writable_bytecode_folder

# `_program` calls CPython's compiler as `re._compiler.compile` does (3.11 to 3.13); a version
# that differs is caught by the equality check before anything is stored.

_ENGINE = f"{sys.implementation.name}-{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}"
_FOLDER_NAME = "cpython-" + hashlib.sha256(_ENGINE.encode()).hexdigest()[:16]
_folder: list[Path | None] = []  # the folder, found once per process (None: none usable)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, built from the program stored by an earlier run when
    there is one (the same pattern either way)."""
    if sys.implementation.name != "cpython":
        return re.compile(source, flags)
    flags = int(flags)  # a RegexFlag is an int subclass, which marshal does not write
    key = hashlib.sha256(f"{flags}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()
    folder = _patterns_folder()
    path = None if folder is None else folder / key
    if path is not None:
        stored = _read(path, source, flags)
        if stored is not None:
            return stored
        built = _built(source, flags)
        if built is not None:
            _store(path, source, flags, built[1])
            return built[0]
    return re.compile(source, flags)


SWITCH = "AUDITOR_PATTERN_CACHE"
"""`AUDITOR_PATTERN_CACHE=0`: compile every pattern with `re.compile`, store and read nothing."""


def _patterns_folder() -> Path | None:
    """Beside the package's bytecode when Python may write there (the programs are compiled
    from the tool's own code, as its bytecode is: a run with empty model caches finds them),
    else in the analysis cache folder."""
    if not _folder:
        from auditor.resources import default_cache_dir

        if os.environ.get(SWITCH, "").strip() == "0":
            _folder.append(None)
            return None
        try:
            beside = writable_bytecode_folder()
            base = beside if beside is not None else default_cache_dir()
            _folder.append(base / "patterns" / _FOLDER_NAME)
        except Exception:
            _folder.append(None)
    return _folder[0]


def _read(path: Path, source: str, flags: int) -> re.Pattern[str] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        stored = marshal.loads(data)
        engine, stored_source, stored_flags, arguments = stored
        if engine != _ENGINE or stored_source != source or stored_flags != flags:
            return None
        pattern: re.Pattern[str] = _sre.compile(source, *arguments)
    except Exception:
        return None
    return pattern


def _built(source: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]] | None:
    """The pattern and its program, compiled once, when `_program` builds here what
    `re.compile` builds (checked on the process's first pattern); None otherwise."""
    try:
        arguments = _program(source, flags)
        pattern: re.Pattern[str] = _sre.compile(source, *arguments)
    except Exception:  # an invalid pattern: re.compile says why
        return None
    if not _same_as_re:
        _same_as_re.append(pattern == re.compile(source, flags))
    return (pattern, arguments) if _same_as_re[0] else None


_same_as_re: list[bool] = []


def _store(path: Path, source: str, flags: int, arguments: tuple[Any, ...]) -> None:
    """Write the program, whole or not at all."""
    try:
        data = marshal.dumps((_ENGINE, source, flags, arguments))
    except ValueError:  # not marshallable: not stored
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        partial.replace(path)  # readers see the whole file or none
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _program(source: str, flags: int) -> tuple[Any, ...]:
    """The arguments `re._compiler.compile` passes to `_sre.compile` after the pattern."""
    parsed = _parser.parse(source, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
