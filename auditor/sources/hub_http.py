"""Bounded GET requests to the Hub, through the client's own HTTP session.

Part of the Hub source (`hub`). The session (`huggingface_hub.get_session()`) brings the
user's proxy and certificate settings and the client's offline switch (HF_HUB_OFFLINE);
`hub_headers` brings the token and a user agent (not the client's: see there).

NOTE: the client's own calls are not bounded, so the Hub source makes its requests here:
`hf_hub_download` (through `http_get`) writes whatever the server streams and compares the
size only after the download (a file listed at 148 bytes and streamed as 1 GiB fills the
cache first), retries a silent server for minutes, and `HfApi.model_info` reads the whole
answer with `response.json()`, decompressing a gzip bomb into memory. Here every body is
read in network-sized pieces, decompressed with a cap (zlib's `max_length`), counted against
the model's budget (`hub_limits`), and given up at the cap or the deadline.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from auditor.sources.hub_errors import retryable_errors
from auditor.sources.hub_headers import hub_headers
from auditor.sources.hub_limits import (
    MAX_ATTEMPTS,
    MAX_ERROR_BODY_BYTES,
    RETRY_PAUSE_SECONDS,
    ModelBudget,
)

if TYPE_CHECKING:
    import httpx2

_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 10.0


class TooLargeError(Exception):
    """The body grew past its cap; `size` is how much had arrived (at least cap + 1)."""

    def __init__(self, size: int, cap: int) -> None:
        super().__init__(f"more than {cap:,} bytes")
        self.size = size
        self.cap = cap


class AnswerError(Exception):
    """The Hub's answer cannot be read as sent (an unknown encoding, a broken one)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def fetch_bounded(
    url: str,
    *,
    budget: ModelBudget,
    cap: int,
    timeout: float,
    token: str | None,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    cut: bool = False,
    answered: dict[str, str] | None = None,
) -> bytes:
    """The body of a successful GET of `url`, at most `cap` bytes once decompressed.

    Past the cap: TooLargeError, or with `cut` the first `cap` bytes (a ranged read that the
    server answered whole). Retries a 408, 429, 5xx answer or a refused, reset or cut
    connection (never a timeout) up to MAX_ATTEMPTS in all, pausing within the deadline.
    Raises the client's own errors for an error answer (HfHubHTTPError and its kinds,
    through `hf_raise_for_status`), transport errors, BudgetExceeded, TooLargeError and
    AnswerError. With `answered`, the successful answer's headers are put there (lower-case
    names), for the caller to check which commit the Hub served.
    """
    from huggingface_hub import errors as hf
    from huggingface_hub import get_session

    sent = hub_headers(token, {"Accept-Encoding": "gzip", **(headers or {})})
    pause = RETRY_PAUSE_SECONDS
    for attempt in range(1, MAX_ATTEMPTS + 1):
        last = attempt == MAX_ATTEMPTS
        budget.start_request()
        try:
            session = get_session()
            request = session.build_request(
                "GET", url, params=dict(params or {}), headers=sent, timeout=budget.timeout(timeout)
            )
            send = functools.partial(session.send, request, stream=True, follow_redirects=True)
            with contextlib.closing(_answer_within(budget, send)) as response:
                status = response.status_code
                if status in _RETRY_STATUSES and not last:
                    wait = _retry_after(response.headers.get("Retry-After"))
                    budget.pause(max(pause, wait))
                    pause *= 2
                    continue
                if 200 <= status < 300:
                    if answered is not None:
                        answered.update((k.lower(), v) for k, v in response.headers.items())
                    return _read_body(response, cap, budget, cut=cut)
                body = _read_body(response, MAX_ERROR_BODY_BYTES, budget, cut=True)
                _raise_for_status(response, body)
                raise hf.HfHubHTTPError(f"unexpected HTTP {status}", response=response)
        except retryable_errors() as err:
            # A timeout is not tried again: the server already had `timeout` seconds of
            # silence, and a silent server stays silent (the client retried for minutes).
            if last or isinstance(err, hf.OfflineModeIsEnabled) or "Timeout" in type(err).__name__:
                raise
            budget.pause(pause)
            pause *= 2
    raise AssertionError("unreachable: the last attempt returns or raises")


def _answer_within(budget: ModelBudget, send: Callable[[], httpx2.Response]) -> httpx2.Response:
    """The answer's status and headers, received before the model's deadline.

    The HTTP library's timeouts bound each network read, not the exchange: a server that
    drips its status line and headers a byte at a time never trips them (h11 takes up to
    16 KiB of headers: hours at a byte a second). So the exchange runs on a helper thread
    and the model waits at most until its deadline; an exchange still running then is
    abandoned (its answer closed when it arrives; the thread is a daemon) and the model's
    budget ends with BudgetExceeded. The body is read here, piece by piece, under the same
    deadline (`_read_body`).
    """
    box: list[httpx2.Response] = []
    errors: list[BaseException] = []
    done, abandoned = threading.Event(), threading.Event()

    def exchange() -> None:
        try:
            box.append(send())
        except BaseException as err:  # handed to the waiting thread, raised there
            errors.append(err)
        finally:
            done.set()
            if abandoned.is_set():
                for response in box:
                    response.close()

    thread = threading.Thread(target=exchange, name="hub-request", daemon=True)
    thread.start()
    if not done.wait(max(0.0, budget.deadline - time.monotonic())):
        abandoned.set()
        if done.is_set():  # it finished between the wait and the flag: close it here
            for response in box:
                response.close()
        budget.deadline = time.monotonic()
        budget.check_time()  # raises BudgetExceeded, naming the deadline
    # answered: its thread is ending; waiting for it leaves no daemon thread running into the
    # interpreter's shutdown (a short command's last request may be its last act)
    thread.join()
    if errors:
        raise errors[0]
    return box[0]


def _read_body(response: httpx2.Response, cap: int, budget: ModelBudget, *, cut: bool) -> bytes:
    """At most `cap` decompressed bytes of the body, counted as they arrive."""
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    decoder: zlib._Decompress | None = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        decoder = zlib.decompressobj(wbits=47)  # 32 + 15: a gzip or zlib header, found out
    elif encoding not in ("", "identity"):
        raise AnswerError(
            f"the Hub answered with an encoding this auditor does not read ({encoding})"
        )
    announced = response.headers.get("Content-Length", "")
    if decoder is None and not cut and announced.isdigit() and int(announced) > cap:
        raise TooLargeError(int(announced), cap)
    chunks: list[bytes] = []
    total = 0
    # chunk_size=None: each piece as the network gives it, so a server dripping one byte at
    # a time meets the deadline check between pieces (a fixed chunk size would wait to fill).
    for raw in response.iter_raw():
        try:
            data = raw if decoder is None else decoder.decompress(raw, cap + 1 - total)
        except zlib.error as err:
            raise AnswerError(f"the Hub's compressed answer is broken ({err})") from err
        total += len(data)
        budget.add_bytes(len(data))
        chunks.append(data)
        if total > cap:
            if cut:
                return b"".join(chunks)[:cap]
            raise TooLargeError(total, cap)
    return b"".join(chunks)


def _raise_for_status(response: httpx2.Response, body: bytes) -> None:
    """The client's own error for an error answer, from the bounded body we read.

    NOTE: `hf_raise_for_status` reads a streamed body whole to find the error message; it
    gets a copy of the answer holding only the bounded body instead.
    """
    from huggingface_hub import hf_raise_for_status

    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    copy = type(response)(
        response.status_code, headers=headers, content=body, request=response.request
    )
    hf_raise_for_status(copy)


def _retry_after(value: str | None) -> float:
    """Seconds a Retry-After header asks for (a number or an HTTP date), at most 10."""
    if not value:
        return 0.0
    value = value.strip()
    if value.isdigit():
        return min(float(value), _MAX_RETRY_AFTER)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, min(moment.timestamp() - time.time(), _MAX_RETRY_AFTER))
