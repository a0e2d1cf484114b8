"""Where the tool keeps what it derives from its own code: beside its bytecode.

Python keeps each module's compiled bytecode in `__pycache__` (or under `sys.pycache_prefix`)
and reuses it run after run. Two more things the tool compiles from its own code, never from
a model, are kept the same way: the programs of its regular expressions
(fileio/compiled_patterns.py) and the methods `dataclasses` writes for its classes
(fileio/dataclass_code.py). Kept there, a run with empty model caches (a CI job meeting new
models, `AUDITOR_CACHE_DIR` pointed at an empty folder) does not compile them again, as it does
not compile the bytecode again; a new version of the tool, installed, starts from nothing as
its bytecode does. Where Python may not write bytecode (`PYTHONDONTWRITEBYTECODE`, `-B`) or
the folder cannot be written (an install owned by another user), callers fall back or keep
nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bytecode_folder() -> Path | None:
    """The folder that holds the package's own bytecode (`auditor/__pycache__`, or its place
    under `sys.pycache_prefix`); None where this interpreter keeps no bytecode."""
    try:
        from importlib.util import cache_from_source

        package_init = Path(__file__).resolve().parents[1] / "__init__.py"
        return Path(cache_from_source(str(package_init))).parent
    except (NotImplementedError, ValueError, OSError):
        return None


def writable_bytecode_folder() -> Path | None:
    """`bytecode_folder()` when Python may write bytecode and this process can write there
    (the folder, or the nearest existing folder above it, is writable); else None."""
    if sys.dont_write_bytecode:
        return None
    folder = bytecode_folder()
    if folder is None:
        return None
    existing = folder
    while not existing.exists():
        if existing.parent == existing:
            return None
        existing = existing.parent
    return folder if existing.is_dir() and os.access(existing, os.W_OK | os.X_OK) else None
