"""The loopback fake Hub (tests/fakehub.py) served from a process of its own, for benchmarks.

In the bench's own process the fake Hub's handler threads share the interpreter lock with the
auditor under measurement, so a cold pull would be timed against its own server. Here the Hub
runs in a child process (a `multiprocessing` manager, spawned: it imports only the fake Hub)
and `HubProcess` offers what bench/gate.py uses of `FakeHub`: `url`, `latency` (settable),
`requests` (method, path, headers left out), `add_repo`, `clear_requests`; plus `replay`,
which makes the given requests again one after another on one connection, as a client that
never overlaps two requests would, and times them.
"""

from __future__ import annotations

import http.client
import multiprocessing
import time
from multiprocessing.managers import BaseManager
from typing import Any
from urllib.parse import urlsplit

Request = tuple[str, str, dict[str, str]]


class _Served:
    """The fake Hub inside the child process; every method is called through a proxy."""

    def __init__(self) -> None:
        from tests import fakehub

        # The standard library's accept queue holds 5 connections (`request_queue_size`): a
        # burst of new connections beyond it waits a second for the SYN to be sent again,
        # which no real Hub's front end (nor the kernel's default of 4096) makes a client do.
        fakehub._Server.request_queue_size = 128
        self._hub = fakehub.FakeHub().start()

    def url(self) -> str:
        return self._hub.url

    def set_latency(self, seconds: float) -> None:
        self._hub.latency = seconds

    def requests(self, start: int = 0) -> list[tuple[str, str]]:
        return [(method, path) for method, path, _ in self._hub.requests[start:]]

    def request_count(self) -> int:
        return len(self._hub.requests)

    def clear_requests(self) -> None:
        self._hub.clear_requests()

    def add_repo(self, repo_id: str, files: dict[str, bytes | str]) -> str:
        return self._hub.add_repo(repo_id, files)

    def stop(self) -> None:
        self._hub.stop()


class _Manager(BaseManager):
    pass


_Manager.register("Served", _Served)


class HubProcess:
    """A started fake Hub in a child process; use as a context manager."""

    def __init__(self) -> None:
        self._manager = _Manager(ctx=multiprocessing.get_context("spawn"))
        self._manager.start()
        self._served: Any = self._manager.Served()  # type: ignore[attr-defined]
        self.url: str = self._served.url()
        self._latency = 0.0

    @property
    def latency(self) -> float:
        return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        self._served.set_latency(seconds)
        self._latency = seconds

    @property
    def requests(self) -> list[Request]:
        return [(method, path, {}) for method, path in self._served.requests()]

    def requests_since(self, start: int) -> list[tuple[str, str]]:
        """(method, path) of the requests after the first `start`."""
        found: list[tuple[str, str]] = self._served.requests(start)
        return found

    def request_count(self) -> int:
        count: int = self._served.request_count()
        return count

    def clear_requests(self) -> None:
        self._served.clear_requests()

    def add_repo(self, repo_id: str, files: dict[str, bytes | str]) -> str:
        sha: str = self._served.add_repo(repo_id, files)
        return sha

    def replay(self, requests: list[tuple[str, str]]) -> float:
        """Make `requests` again one after another on one kept-alive connection (every body
        read to its end); the wall seconds they took."""
        address = urlsplit(self.url)
        connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port)
        start = time.perf_counter()
        for method, path in requests:
            connection.request(method, path)
            response = connection.getresponse()
            response.read()
            if response.status >= 500:
                raise RuntimeError(f"replay: {method} {path} answered {response.status}")
        elapsed = time.perf_counter() - start
        connection.close()
        return elapsed

    def close(self) -> None:
        self._served.stop()
        self._manager.shutdown()

    def __enter__(self) -> HubProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
