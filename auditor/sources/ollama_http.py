"""Bounded GET requests to an Ollama (OCI-style) registry: bytes, time, retries and redirects.

Part of the Ollama source (`ollama`). Every request counts against the model's `ModelBudget`
(hub_limits: requests, bytes, a deadline), a body is read in pieces up to its cap, and the
exchange waits at most until the deadline even when a server drips its headers. Redirects are
followed by hand, at most `MAX_REDIRECTS`, only to http(s), never from https down to http, and
the token goes to the registry's own host only (a blob redirected to a CDN gets none).
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from email.message import Message
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

from auditor.errors import SourceError
from auditor.sources.hub_limits import (
    MAX_ATTEMPTS,
    MAX_ERROR_BODY_BYTES,
    RETRY_PAUSE_SECONDS,
    ModelBudget,
)

MAX_REDIRECTS = 5
"""A blob answer redirects once, to its storage; a chain longer than this is a loop."""
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY = frozenset({408, 429, 500, 502, 503, 504})
_PIECE = 64 * 1024


class TooLargeError(Exception):
    """The body grew past its cap (or announced that it would)."""

    def __init__(self, size: int, cap: int) -> None:
        super().__init__(f"{size:,} bytes, over the cap of {cap:,}")
        self.size = size
        self.cap = cap


class ErrorAnswer(Exception):
    """The registry answered an error status; `body` is its first bytes (the OCI error list)."""

    def __init__(self, status: int, body: bytes) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.body = body


class _Answer(Protocol):
    """An answer being read: an `http.client._Answer`, or the `HTTPError` holding one."""

    @property
    def headers(self) -> Message: ...

    def read(self, amt: int = ..., /) -> bytes: ...

    def close(self) -> None: ...


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hands 3xx answers back unfollowed: redirects are checked and followed by `fetch`."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch(
    url: str,
    *,
    budget: ModelBudget,
    cap: int,
    timeout: float,
    token: str | None,
    accept: str | None = None,
) -> bytes:
    """The body of a successful GET of `url`, at most `cap` bytes.

    Raises ErrorAnswer (a 4xx/5xx after retries), TooLargeError, BudgetExceeded, and
    SourceError for a connection that fails, a redirect loop or a redirect that leaves http(s)
    or drops from https to http."""
    home = urlsplit(url)
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        headers = {"User-Agent": "model-license-auditor"}
        if accept:
            headers["Accept"] = accept
        if token and urlsplit(current).netloc == home.netloc:
            headers["Authorization"] = f"Bearer {token}"
        status, response = exchange(current, headers, budget, timeout)
        with contextlib.closing(response):
            if status in REDIRECT_STATUSES:
                current = next_hop(url, current, response.headers.get("Location"))
                continue
            if 200 <= status < 300:
                return read_body(response, cap, budget)
            raise ErrorAnswer(status, read_body(response, MAX_ERROR_BODY_BYTES, budget, cut=True))
    raise SourceError(
        f"{url}: more than {MAX_REDIRECTS} redirects",
        hint="a proxy or the registry redirects in a loop: try again later",
        code="source-redirect-loop",
    )


def next_hop(url: str, current: str, location: str | None) -> str:
    if not location:
        raise SourceError(f"{url}: a redirect without a Location", code="source-http-error")
    target = urljoin(current, location)
    scheme = urlsplit(target).scheme
    if scheme not in ("http", "https") or (urlsplit(current).scheme, scheme) == ("https", "http"):
        raise SourceError(
            f"{url}: the registry redirected to a {scheme or 'relative'} address; not followed",
            hint="a registry answers over https; check the registry name",
            code="source-http-error",
        )
    return target


def exchange(
    url: str, headers: Mapping[str, str], budget: ModelBudget, timeout: float
) -> tuple[int, _Answer]:
    """One request, retried on 408/429/5xx and refused or reset connections."""
    opener = urllib.request.build_opener(_NoRedirect())
    pause = RETRY_PAUSE_SECONDS
    for attempt in range(1, MAX_ATTEMPTS + 1):
        budget.start_request()
        request = urllib.request.Request(url, headers=dict(headers), method="GET")
        wait = budget.timeout(timeout)
        try:
            status, response = _within(budget, functools.partial(_open, opener, request, wait))
        except OSError as err:  # URLError, a reset or refused connection, a timeout
            timed_out = isinstance(err, TimeoutError) or "timed out" in str(err)
            if attempt == MAX_ATTEMPTS or timed_out:
                raise SourceError(
                    f"{_host(url)}: the registry could not be reached ({_reason(err)})",
                    hint="check the registry name and the network, then try again",
                    code="source-unreachable",
                ) from err
            budget.pause(pause)
            pause *= 2
            continue
        if status in _RETRY and attempt < MAX_ATTEMPTS:
            response.close()
            budget.pause(pause)
            pause *= 2
            continue
        return status, response
    raise AssertionError("unreachable: the last attempt returns or raises")


def _open(
    opener: urllib.request.OpenerDirector, request: urllib.request.Request, wait: float
) -> tuple[int, _Answer]:
    try:
        response: _Answer = opener.open(request, timeout=wait)
    except urllib.error.HTTPError as err:
        # an error or redirect status: the error object is the answer (it holds the response
        # and closes it when collected, so it is the one kept)
        return err.code, err
    return getattr(response, "status", 200), response


def _within(budget: ModelBudget, send: Callable[[], tuple[int, _Answer]]) -> tuple[int, _Answer]:
    """The status and headers, received before the model's deadline (a server dripping its
    headers a byte at a time never trips a per-read timeout): the exchange runs on a helper
    thread and is abandoned, its answer closed, when the deadline passes first."""
    box: list[tuple[int, _Answer]] = []
    failed: list[BaseException] = []
    done, abandoned = threading.Event(), threading.Event()

    def exchange() -> None:
        try:
            box.append(send())
        except BaseException as err:  # handed to the waiting thread, raised there
            failed.append(err)
        finally:
            done.set()
            if abandoned.is_set():
                for _, response in box:
                    response.close()

    thread = threading.Thread(target=exchange, name="ollama-request", daemon=True)
    thread.start()
    if not done.wait(max(0.0, budget.deadline - time.monotonic())):
        abandoned.set()
        if done.is_set():
            for _, response in box:
                response.close()
        budget.deadline = time.monotonic()
        budget.check_time()  # raises BudgetExceeded, naming the deadline
    thread.join()  # answered: no daemon thread left running into the interpreter's shutdown
    if failed:
        raise failed[0]
    return box[0]


def read_body(response: _Answer, cap: int, budget: ModelBudget, *, cut: bool = False) -> bytes:
    """At most `cap` bytes of the body, counted as they arrive (past it: TooLargeError)."""
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise SourceError(
            f"the registry answered with an encoding this auditor does not read ({encoding})",
            code="source-http-error",
        )
    announced = response.headers.get("Content-Length") or ""
    if not cut and announced.isdigit() and int(announced) > cap:
        raise TooLargeError(int(announced), cap)
    chunks: list[bytes] = []
    total = 0
    while True:
        budget.check_time()
        piece = getattr(response, "read1", response.read)(_PIECE)  # what arrived, not a fill
        if not piece:
            return b"".join(chunks)
        total += len(piece)
        budget.add_bytes(len(piece))
        chunks.append(piece)
        if total > cap:
            if cut:
                return b"".join(chunks)[:cap]
            raise TooLargeError(total, cap)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _reason(err: BaseException) -> str:
    reason = getattr(err, "reason", None)
    return str(reason if reason is not None else err) or type(err).__name__
