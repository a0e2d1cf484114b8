"""A loader decorated `loaded_once` computes each value once, however many threads ask first."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from auditor.fileio.once import loaded_once


def test_threads_asking_at_once_share_one_computation() -> None:
    calls: list[str] = []
    started = threading.Event()

    @loaded_once
    def load(name: str) -> list[str]:
        calls.append(name)
        started.set()
        time.sleep(0.05)  # long enough for the other threads to arrive while it runs
        return [name]

    with ThreadPoolExecutor(max_workers=8) as pool:
        values = list(pool.map(load, ["index"] * 8))
    assert calls == ["index"]
    assert all(value is values[0] for value in values)
    assert load("other") == ["other"] and calls == ["index", "other"]


def test_cache_clear_forgets_and_a_failure_is_not_kept() -> None:
    attempts: list[int] = []

    @loaded_once
    def flaky() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("first read fails")
        return len(attempts)

    with pytest.raises(OSError, match="first read fails"):
        flaky()
    assert flaky() == 2 and flaky() == 2
    flaky.cache_clear()
    assert flaky() == 3


def test_the_reference_index_loads_once_across_threads() -> None:
    from auditor.licenses.text import reference_index

    reference_index.load_reference_index.cache_clear()
    with ThreadPoolExecutor(max_workers=4) as pool:
        loaded = list(pool.map(lambda _: reference_index.load_reference_index(), range(4)))
    assert all(index is loaded[0] for index in loaded)


def test_an_argument_given_as_its_default_is_the_same_value() -> None:
    calls: list[object] = []

    @loaded_once
    def load(root: str | None = None, strict: bool = False) -> list[object]:
        calls.append((root, strict))
        return [root, strict]

    first = load()
    assert load(None) is first and load(None, False) is first  # the defaults spelled out
    assert calls == [(None, False)]
    assert load("elsewhere") == ["elsewhere", False] and load(None, True) == [None, True]
    assert len(calls) == 3
