"""What the loopback fakes of other hubs share (tests/ollamafake.py, civitaifake.py,
modelscopefake.py): a threaded HTTP server on 127.0.0.1 holding the fake's state, and a handler
speaking HTTP/1.1 without logging. A client that hangs up (a deadline, a refused answer) is no
error of the fake's."""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Generic, TypeVar

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
