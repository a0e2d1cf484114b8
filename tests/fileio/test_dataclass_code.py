"""Dataclasses built from stored code are the classes `dataclasses` builds by compiling."""

from __future__ import annotations

import builtins
import dataclasses
import inspect
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import pytest

from auditor.fileio import dataclass_code

ROOT = Path(__file__).resolve().parents[2]


def _classes() -> dict[str, type]:
    """Classes with each feature whose generated code differs: defaults, factories, fields
    left out of `__init__`, keyword-only fields, init-only variables, class variables,
    `__post_init__`, frozen with slots, identity comparison, ordering."""

    @dataclass(frozen=True, slots=True)
    class Frozen:
        ref: str
        sizes: tuple[str, ...] = ()
        note: str | None = None
        cache: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @dataclass(slots=True, eq=False)
    class Mutable:
        name: str
        seen: list[str] = field(default_factory=list)
        count: int = field(default=0, init=False)

    @dataclass(frozen=True, kw_only=True)
    class KeywordOnly:
        a: int
        b: str = "x"
        limit: ClassVar[int] = 3

    @dataclass(order=True)
    class Ordered:
        day: str
        scale: InitVar[int] = 1
        value: int = 0

        def __post_init__(self, scale: int) -> None:
            self.value *= scale

    return {c.__name__: c for c in (Frozen, Mutable, KeywordOnly, Ordered)}


@pytest.fixture
def stored_exec(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """`dataclasses` answered by the store's `exec`, with an empty store for this test."""
    codes: dict[str, Any] = {}
    monkeypatch.setattr(dataclass_code, "_codes", codes)
    monkeypatch.setattr(dataclass_code, "_used", set())
    monkeypatch.setattr(dataclass_code, "_state", {"installed": True, "changed": False})
    monkeypatch.setattr(dataclasses, "exec", dataclass_code._exec, raising=False)
    return codes


def _described(cls: type) -> list[object]:
    methods = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__lt__")
    described: list[object] = [inspect.signature(cls), getattr(cls, "__slots__", None)]
    for name in methods:
        method = cls.__dict__.get(name)
        code = getattr(method, "__code__", None)
        described.append(
            (
                name,
                None if code is None else (code.co_code, code.co_consts, code.co_names),
                getattr(method, "__annotations__", None),
                getattr(method, "__qualname__", None),
            )
        )
    return described


def _used(classes: dict[str, type]) -> list[object]:
    """What code can observe of instances of each class."""
    frozen = classes["Frozen"]("a", ("7b",))
    mutable = classes["Mutable"]("m")
    mutable.seen.append("x")
    keyword = classes["KeywordOnly"](a=1)
    early, late = classes["Ordered"]("2026-01-01", 3, 2), classes["Ordered"]("2026-02-01")
    return [
        repr(frozen),
        frozen == classes["Frozen"]("a", ("7b",), cache={"x": 1}),
        hash(frozen) == hash(classes["Frozen"]("a", ("7b",))),
        repr(mutable),
        mutable == classes["Mutable"]("m", ["x"]),
        repr(keyword),
        (early.value, early < late, sorted([late, early]) == [early, late]),
    ]


def test_classes_built_from_stored_code_are_the_compiled_ones(
    stored_exec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from_store_first = _classes()  # compiled now, kept in the store
    kept = len(stored_exec)
    assert kept > 0
    from_store_again = _classes()  # every source answered from the store
    assert len(stored_exec) == kept
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)
    compiled = _classes()  # as dataclasses builds them without the store
    for name, cls in compiled.items():
        assert _described(from_store_first[name]) == _described(cls), name
        assert _described(from_store_again[name]) == _described(cls), name
    assert _used(from_store_again) == _used(compiled)


def test_stored_code_carries_no_future_flag_of_this_module(stored_exec: dict[str, Any]) -> None:
    """This module imports `annotations` from __future__; generated methods must not inherit
    it (dataclasses' own exec compiles them without), so their annotations stay objects."""
    frozen = _classes()["Frozen"]
    assert frozen.__dict__["__init__"].__annotations__["return"] is None


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


PROBE = """
from auditor.fileio import dataclass_code
dataclass_code.install()
import auditor.model.core
print(dataclass_code._state["changed"], len(dataclass_code._codes), dataclass_code.store_path())
"""


def _env(prefix: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE"}}
    env.pop(dataclass_code.SWITCH, None)
    return {**env, "PYTHONPYCACHEPREFIX": str(prefix), **extra}


def test_a_second_process_compiles_nothing_it_stored(tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    first = _run(PROBE, _env(prefix))
    assert first.returncode == 0, first.stderr
    changed, count, path = first.stdout.split()
    assert changed == "True" and int(count) > 20
    store = Path(path)
    assert store.is_file() and prefix in store.parents  # beside the bytecode, as .pyc files
    second = _run(PROBE, _env(prefix))
    assert second.returncode == 0, second.stderr
    assert second.stdout.split()[:2] == ["False", count]  # read back, nothing compiled


@pytest.mark.parametrize(
    "damage", [b"", b"not marshal data", b"\x00" * 64], ids=["empty", "text", "zeros"]
)
def test_a_damaged_store_is_ignored_and_rewritten(tmp_path: Path, damage: bytes) -> None:
    prefix = tmp_path / "pycache"
    first = _run(PROBE, _env(prefix))
    store = Path(first.stdout.split()[2])
    store.write_bytes(damage)
    again = _run(PROBE, _env(prefix))
    assert again.returncode == 0, again.stderr
    assert again.stdout.split()[0] == "True"  # built as usual
    assert store.read_bytes() != damage  # and written whole again


@pytest.mark.parametrize(
    "extra",
    [{"AUDITOR_DATACLASS_CODE": "0"}, {"PYTHONDONTWRITEBYTECODE": "1"}],
    ids=["switched-off", "no-bytecode"],
)
def test_nothing_is_written_when_told_not_to(tmp_path: Path, extra: dict[str, str]) -> None:
    prefix = tmp_path / "pycache"
    done = _run(PROBE, _env(prefix, **extra))
    assert done.returncode == 0, done.stderr
    assert not Path(done.stdout.split()[2]).exists()


def test_another_hook_on_dataclasses_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    other: Callable[..., None] = lambda *args: builtins.exec(*args)  # noqa: E731
    monkeypatch.setattr(dataclasses, "exec", other, raising=False)
    monkeypatch.setattr(dataclass_code, "_state", {"installed": False, "changed": False})
    monkeypatch.delenv(dataclass_code.SWITCH, raising=False)
    dataclass_code.install()
    assert dataclasses.exec is other  # type: ignore[attr-defined]
