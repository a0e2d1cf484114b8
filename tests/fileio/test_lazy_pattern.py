"""Module-level patterns compiled on first use are the patterns `re.compile` gives, and importing
the pipeline compiles none that an English run does not search."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys
from pathlib import Path

from auditor.fileio.lazy_pattern import lazy_pattern

ROOT = Path(__file__).resolve().parents[2]


_EVERY_LAZY = """
import importlib, pkgutil, re, sys
from dataclasses import fields, is_dataclass
import auditor
from auditor.fileio.lazy_pattern import LazyPattern

def lazies(value, depth=0):
    if isinstance(value, LazyPattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from lazies(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from lazies(item, depth + 1)
    elif depth < 3 and is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from lazies(getattr(value, field.name, None), depth + 1)

count = 0
for info in pkgutil.walk_packages(auditor.__path__, "auditor."):
    if info.name.endswith("__main__"):
        continue
    module = importlib.import_module(info.name)
    for lazy in (p for value in vars(module).values() for p in lazies(value)):
        count += 1
        source, flags = lazy.pattern, object.__getattribute__(lazy, "_flags")
        if lazy.compiled() != re.compile(source, flags):
            print("differs", info.name, source[:80])
print("count", count)
"""


def test_every_module_level_lazy_pattern_is_what_re_compile_gives() -> None:
    """Every lazy pattern of every module (its globals, and what tuples, dicts and dataclasses
    there hold) compiles, and to the pattern `re.compile` gives (in a process of its own: the
    walk imports the whole package)."""
    done = subprocess.run(
        [sys.executable, "-c", _EVERY_LAZY], capture_output=True, text=True, cwd=ROOT, check=True
    )
    lines = done.stdout.splitlines()
    assert lines[:-1] == [], lines[:20]
    count = int(lines[-1].split()[1])
    assert count > 1000, f"only {count} lazy patterns found: the walk lost them"


def test_a_lazy_pattern_acts_as_its_pattern() -> None:
    plain = re.compile(r"(?P<word>non[- ]?commercial)\s+use", re.IGNORECASE)
    lazy = lazy_pattern(plain.pattern, re.IGNORECASE)
    assert object.__getattribute__(lazy, "_compiled") is None  # not compiled when made
    assert lazy.pattern == plain.pattern  # nor to be read
    assert object.__getattribute__(lazy, "_compiled") is None
    text = "Non-commercial use only; NON COMMERCIAL USE again."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("X", text) == plain.sub("X", text)
    assert lazy.groupindex == plain.groupindex and lazy.flags == plain.flags
    assert copy.deepcopy(lazy) is lazy and copy.copy(lazy) is lazy
    again = pickle.loads(pickle.dumps(lazy))
    assert again == lazy and hash(again) == hash(plain) and lazy == plain
    assert {lazy: 1}[again] == 1


def test_importing_the_pipeline_compiles_no_arabic_cue() -> None:
    """The foreign readers' cues (Arabic's alone took 0.17 CPU-s to compile) wait for a text
    in their language: importing the whole pipeline compiles none of them."""
    script = (
        "import auditor.pipeline.run, auditor.pipeline.analyse\n"
        "import auditor.licenses.terms.model_terms\n"
        "from auditor.fileio.lazy_pattern import LazyPattern\n"
        "from auditor.licenses.terms import foreign_cues_ar as ar\n"
        "from dataclasses import fields\n"
        "cues = [getattr(ar.AR, f.name) for f in fields(ar.AR)]\n"
        "lazy = [c for c in cues if isinstance(c, LazyPattern)]\n"
        "made = [c for c in lazy if object.__getattribute__(c, '_compiled') is not None]\n"
        "print(len(lazy), len(made))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    lazy, made = map(int, done.stdout.split())
    assert lazy >= 5 and made == 0, done.stdout
