"""Loaded once per process, whichever thread asks first: `functools.cache` under a lock.

`functools.cache` is safe to call from threads but not exclusive: threads that ask for a value
not yet cached all compute it. The Hub's worker threads each meet the knowledge on their first
model, so a cold 100-model pull parsed the 47 MiB reference index eleven times at once (424 MiB
peak). A loader decorated here computes each value once; the others wait for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache, update_wrapper
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
_NO_DEFAULT = object()


class Once(Generic[P, R]):
    """A cached loader whose first computation of each value is exclusive."""

    def __init__(self, function: Callable[P, R]) -> None:
        self._cached: Callable[P, R] = cache(function)  # typeshed's wrapper drops P
        # Reentrant: a loader may call itself with other arguments (a default path resolved).
        self._lock = threading.RLock()
        # `load(None)` and `load()` are one value: positional arguments equal (by identity)
        # to their defaults are dropped from the key, or each spelling loaded its own copy
        # (the warm gate parsed the license database twice).
        defaults = function.__defaults__ or ()
        first = function.__code__.co_argcount - len(defaults)
        self._defaults = {first + i: value for i, value in enumerate(defaults)}
        update_wrapper(self, function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        defaults = self._defaults
        while args and defaults.get(len(args) - 1, _NO_DEFAULT) is args[-1]:
            args = args[:-1]  # type: ignore[assignment]  # a shorter tuple of the same params
        with self._lock:
            return self._cached(*args, **kwargs)

    def cache_clear(self) -> None:
        """Forget every value (tests and benchmarks that time a first load)."""
        with self._lock:
            self._cached.cache_clear()  # type: ignore[attr-defined]  # functools' wrapper has it


def loaded_once(function: Callable[P, R]) -> Once[P, R]:
    """Decorate a loader of bundled or user data: cached, and computed by one thread."""
    return Once(function)
