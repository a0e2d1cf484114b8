"""What the loopback fakes of other hubs share (tests/ollamafake.py, civitaifake.py,
modelscopefake.py): a threaded HTTP server on 127.0.0.1 holding the fake's state, and a handler
speaking HTTP/1.1 without logging. A client that hangs up (a deadline, a refused answer) is no
error of the fake's."""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Generic, Self, TypeVar

State = TypeVar("State")


class LoopbackServer(ThreadingHTTPServer, Generic[State]):
    """Serves `handler` on a free loopback port; `state` is the fake's, for the handler."""

    daemon_threads = True

    def __init__(self, state: State, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.state = state

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 (keep-alive, as the clients use it) and no request log on stderr."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def reply(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        """One whole answer: status, type, length, the extra headers, the body."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class LoopbackFake(Generic[State]):
    """A fake served from a daemon thread while its `with` block runs; `port` is its port."""

    def __init__(self, server: LoopbackServer[State]) -> None:
        self.state: State = server.state
        self._server = server
        # a short poll: `shutdown()` waits for the serving loop to look at its flag, which it
        # does once per poll (the default 0.5 s would be paid by every test that stops a fake)
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        return int(self._server.server_port)
