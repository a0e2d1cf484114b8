"""Loopback fake of the Hugging Face Hub HTTP API for tests, benchmarks and fault injection.

The unmodified ``huggingface_hub`` client talks to it when given the URL explicitly::

    with FakeHub() as hub:
        sha = hub.add_repo("acme/good", {"README.md": "---\\nlicense: mit\\n---\\n"})
        HfApi(endpoint=hub.url, token=False).model_info("acme/good")
        hf_hub_download("acme/good", "README.md", endpoint=hub.url, cache_dir=tmp_path)

What is served follows hub-api-notes.md (in ../shared beside the checkout, sections 2-6
and 10): model JSON, tree listings with ``Link`` pagination, HEAD/GET ``resolve`` with
``X-Repo-Commit``, quoted git-blob ``ETag`` and the true ``Content-Length`` (single
``Range`` requests get a 206), and errors as JSON with ``X-Error-Code``/``X-Error-Message``.
Every file is served as a plain git file: no LFS, no redirects, no compression, never
``X-Xet-*`` headers. Model repos, and dataset repos added with ``add_dataset`` (the same
settings as ``add_repo``'s gate and card; info with ``cardData`` and ``blobs``, commits, tree,
``paths-info`` and ``resolve`` with ``Range``: enough for ``HfApi.dataset_info``,
``hf_hub_download(repo_type="dataset")`` and ``HfFileSystem``), kept apart from a model of the
same id; the helpers take ``repo_type="dataset"`` for them. Space URLs answer RepoNotFound.
``GET /api/models?expand=...`` answers the expanded fields (``baseModels`` from the card's
``base_model`` and the repo's ``parent``; ``downloads``/``likes`` as set with ``add_repo``).
The Hub's security scan, set per model repo with ``set_security``, is served as the Hub does:
``securityRepoStatus`` on the model info asked with ``securityStatus=true``, and
``securityFileStatus`` per file of the tree asked with ``expand=true``; a repo never set gets
neither, as from a mirror that does not scan. A 429 with ``RateLimit`` headers is a
``Failure`` (see ``rate_limited``). Commit shas and
dates are deterministic for a given sequence of calls, so outputs can be compared to golden
files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import socket
import struct
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import yaml

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

__all__ = ["Failure", "FailureMode", "FakeHub", "Injection", "git_blob_sha1", "parse_card_data"]

FailureMode = Literal["status", "reset", "truncate", "hang", "drip", "drip-head", "flood"]
_MODES = ("status", "reset", "truncate", "hang", "drip", "drip-head", "flood")
_GATES = (False, "auto", "manual")
_REPO_SETTINGS = frozenset({"gated", "card_public", "tags", "parent", "revision"})
_COMMIT_RE = re.compile(r"[0-9a-f]{40}")
_RANGE_RE = re.compile(r"bytes=(\d+)-(\d*)")
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_DERIVED: Any = object()  # set_security: derive the repo status from the files' statuses
SAFE_FILE_STATUS: dict[str, Any] = {
    "status": "safe",
    "avScan": {"status": "safe"},
    "pickleImportScan": {"status": "unscanned"},
}
"""A file's `securityFileStatus` when the scan found nothing (no pickle in it to scan)."""

Json = dict[str, Any]
RepoType = Literal["model", "dataset"]


@dataclass
class Failure:
    """An injected fault, applied to requests whose path matches the pattern given to inject.

    Modes: ``status`` answers ``status``/``headers``/``body`` as given (a 200 with a broken
    body works too); ``reset`` closes the connection with a TCP reset without answering;
    ``truncate`` sends the normal headers (true Content-Length) and half the body, then
    closes; ``hang`` waits ``delay`` seconds, then answers normally; ``drip`` sends the
    normal headers, then the body one byte every ``delay`` seconds; ``drip-head`` sends the
    status line and headers themselves one byte every ``delay`` seconds; ``flood`` answers 200
    with ``headers`` (a lying ``Content-Length`` if given there, else a chunked body) and
    streams ``flood_bytes`` filler bytes until done or the client hangs up.
    """

    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    times: int | None = 1  # matching requests that get it; None = forever
    method: str | None = None  # "GET", "HEAD" or None for any
    mode: FailureMode = "status"
    delay: float = 0.0
    flood_bytes: int = 1 << 30

    def __post_init__(self) -> None:
        if self.mode not in _MODES:
            raise ValueError(f"unknown failure mode {self.mode!r}; expected one of {_MODES}")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0 or None")


@dataclass
class Injection:
    """A registered failure: what inject returned, with how often it fired so far."""

    pattern: re.Pattern[str]
    failure: Failure
    remaining: int | None
    hits: int = 0

    def cancel(self) -> None:
        """Stop this failure from matching any further request."""
        self.remaining = 0


@dataclass
class _Commit:
    sha: str
    files: dict[str, bytes]
    date: datetime
    parent: str | None


@dataclass
class _Repo:
    repo_id: str
    created: datetime
    commits: dict[str, _Commit] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)  # branch or tag name -> commit sha
    gated: bool | str = False
    card_public: bool = True
    tags: list[str] = field(default_factory=list)
    parent: str | None = None
    downloads: int = 0
    likes: int = 0
    # the Hub's security scan (set_security): None serves none
    security_files: dict[str, object] | None = None
    security_status: object = None


@dataclass
class _Response:
    status: int
    headers: dict[str, str]
    body: bytes = b""


def git_blob_sha1(content: bytes | str) -> str:
    """Git blob id of the content: what the Hub sends as ETag, oid and blobId."""
    data = content.encode() if isinstance(content, str) else content
    header = b"blob %d\x00" % len(data)
    return hashlib.sha1(header + data, usedforsecurity=False).hexdigest()


def parse_card_data(readme: bytes | None) -> Json | None:
    """The YAML front matter of a model card as a mapping, or None when absent or invalid."""
    if readme is None:
        return None
    lines = readme.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").splitlines()
    if not lines or lines[0].rstrip() != "---":
        return None
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() == "---"), None)
    if closing is None:
        return None
    try:
        data = yaml.safe_load("\n".join(lines[1:closing]))
    except yaml.YAMLError:
        return None
    return cast("Json", data) if isinstance(data, dict) else None


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _as_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _is_true(values: list[str] | None) -> bool:
    # NOTE: httpx sends "true", requests-based 0.x clients "True"; see hub-api-notes.md §2.
    return values is not None and len(values) > 0 and values[-1].lower() == "true"


def _json(payload: object, status: int = 200, headers: dict[str, str] | None = None) -> _Response:
    body = json.dumps(payload).encode()
    return _Response(status, {"Content-Type": "application/json", **(headers or {})}, body)


def _error(status: int, code: str | None, message: str, **extra: str) -> _Response:
    headers = {"X-Error-Message": message.encode("ascii", "backslashreplace").decode(), **extra}
    if code is not None:
        headers["X-Error-Code"] = code
    return _json({"error": message}, status, headers)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() must not wait for handlers sleeping in "hang" or latency

    def __init__(self, hub: FakeHub) -> None:
        self.hub = hub
        self.to_reset: set[socket.socket] = set()
        super().__init__(("127.0.0.1", 0), _Handler)

    def shutdown_request(self, request: Any) -> None:
        if request in self.to_reset:
            # Skip the FIN of shutdown(SHUT_WR): with SO_LINGER 0, close() sends an RST.
            self.to_reset.discard(request)
            self.close_request(request)
            return
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that time out or give up close their end; that is not a server bug.
        # Anything else is recorded by _dispatch in FakeHub.errors.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real Hub; every answer has a length
    disable_nagle_algorithm = True  # head and body leave as written, as from a real server
    server_version = "FakeHub/1.0"

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._body = self.rfile.read(length) if length > 0 else b""
        self._dispatch("POST")

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        self._fake_server().hub._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self._fake_server().hub._track(self.connection, add=False)

    def _fake_server(self) -> _Server:
        return cast("_Server", self.server)

    def _dispatch(self, method: str) -> None:
        hub = self._fake_server().hub
        headers = {name.lower(): value for name, value in self.headers.items()}
        try:
            hub._log(method, self.path, headers)
            if hub.latency > 0:
                hub._wait_latency(hub.latency)
            failure = hub._match_failure(method, self.path)
            if failure is not None and failure.mode == "reset":
                self._reset()
                return
            if failure is not None and failure.mode == "status":
                response = _Response(failure.status, dict(failure.headers), failure.body)
            else:
                if failure is not None and failure.mode == "hang":
                    hub._sleep(failure.delay)
                body = getattr(self, "_body", b"")
                response = hub._handle(method, self.path, headers, body)
            if failure is not None and failure.mode == "flood":
                self._flood(failure, head_only=method == "HEAD")
                return
            if failure is not None and failure.mode == "drip":
                self._drip(response, failure.delay, head_only=method == "HEAD")
                return
            if failure is not None and failure.mode == "drip-head":
                self._drip_head(response, failure.delay)
                return
            truncate = failure is not None and failure.mode == "truncate"
            self._send(response, head_only=method == "HEAD", truncate=truncate)
        except OSError:  # the client went away (timeout, reset): nothing left to answer
            self.close_connection = True
        except Exception as err:  # a bug in the fake: record it, answer 500, keep serving
            hub._record_error(err)
            self.close_connection = True
            with contextlib.suppress(OSError):
                bug = _error(500, None, f"FakeHub bug: {err!r}")
                self._send(bug, head_only=method == "HEAD", truncate=False)

    def _reset(self) -> None:
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._fake_server().to_reset.add(self.connection)

    def _drip(self, response: _Response, delay: float, *, head_only: bool) -> None:
        """The normal answer, its body one byte at a time (until stopped or hung up on)."""
        hub = self._fake_server().hub
        headers = {"Content-Length": str(len(response.body)), **response.headers}
        self._send(_Response(response.status, headers, b""), head_only=True, truncate=False)
        self.close_connection = True
        if head_only:
            return
        for index in range(len(response.body)):
            if hub._stopping.is_set():
                return
            self.wfile.write(response.body[index : index + 1])
            self.wfile.flush()
            hub._sleep(delay)

    def _drip_head(self, response: _Response, delay: float) -> None:
        """The status line and headers one byte at a time (until stopped or hung up on)."""
        hub = self._fake_server().hub
        self.close_connection = True
        lines = [f"HTTP/1.1 {response.status} X", f"Content-Length: {len(response.body)}"]
        lines += [f"{name}: {value}" for name, value in response.headers.items()]
        lines += [f"X-Padding-{n}: {'p' * 40}" for n in range(200)]  # hours at a byte a tick
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        for index in range(len(head)):
            if hub._stopping.is_set():
                return
            self.wfile.write(head[index : index + 1])
            self.wfile.flush()
            hub._sleep(delay)
        self.wfile.write(response.body)

    def _flood(self, failure: Failure, *, head_only: bool) -> None:
        """200 with the failure's headers, then filler bytes until done or hung up on."""
        hub = self._fake_server().hub
        headers = {"Content-Type": "application/octet-stream", **failure.headers}
        chunked = not any(name.lower() == "content-length" for name in headers)
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
        self.close_connection = True
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if head_only:
            return
        piece = b"A" * (64 * 1024)
        left = failure.flood_bytes
        while left > 0 and not hub._stopping.is_set():
            data = piece[: min(left, len(piece))]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)
            left -= len(data)
            hub.flooded += len(data)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _send(self, response: _Response, *, head_only: bool, truncate: bool) -> None:
        headers = dict(response.headers)
        if not any(name.lower() == "content-length" for name in headers):
            headers["Content-Length"] = str(len(response.body))
        self.send_response(response.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head_only:
            body = response.body[: len(response.body) // 2] if truncate else response.body
            self.wfile.write(body)
        if truncate:
            self.close_connection = True


class FakeHub:
    """A fake Hub on 127.0.0.1 serving in-memory repositories; see the module docstring.

    Attributes that may be changed at any time: ``latency`` (seconds added to every
    request), ``page_size`` (entries per tree or model-list page). ``requests`` logs
    ``(method, path with query, headers with lower-case names)`` of every request;
    ``errors`` holds exceptions raised inside the fake itself (answered with a 500), so
    a fixture can assert it stayed empty.
    """

    def __init__(self) -> None:
        self.latency: float = 0.0
        self.page_size: int = 1000
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.errors: list[Exception] = []
        self.flooded = 0  # filler bytes "flood" failures managed to send
        self.most_in_flight = 0  # the most requests waiting out `latency` at once
        self._in_flight = 0
        self._lock = threading.RLock()
        self._repos: dict[str, _Repo] = {}
        self._datasets: dict[str, _Repo] = {}
        self._grants: set[tuple[str, str]] = set()
        self._injections: list[Injection] = []
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._seq = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._url: str | None = None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Endpoint to give the client, ``http://127.0.0.1:<port>``."""
        if self._url is None:
            raise RuntimeError("FakeHub is not started")
        return self._url

    def start(self) -> FakeHub:
        """Listen on a free loopback port and serve from a daemon thread."""
        if self._server is not None:
            raise RuntimeError("FakeHub is already started")
        self._stopping.clear()
        server = _Server(self)
        self._server = server
        self._url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.01},
            name=f"fakehub-{server.server_address[1]}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake sleeping handlers and close every open connection.

        ``url`` keeps the old address, so clients now get "connection refused";
        ``start()`` again serves the same repos on a new port.
        """
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeHub:
        return self if self._server is not None else self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- fixtures ----------------------------------------------------------------------

    def add_repo(
        self,
        repo_id: str,
        files: dict[str, bytes | str],
        *,
        revision: str = "main",
        gated: bool | str = False,
        card_public: bool = True,
        tags: list[str] | None = None,
        parent: str | None = None,
        downloads: int = 0,
        likes: int = 0,
        sha: str | None = None,
    ) -> str:
        """Create the repo or add a commit to it; return the new commit sha (``sha`` when
        given: a commit named in a document, served as itself, never as an alias).

        ``files`` is the complete tree of the new commit (nothing is inherited from the
        previous one; use ``files()`` to start from it). The branch ``revision`` moves to
        the new commit; older commits stay reachable by sha. ``gated`` (False, "auto",
        "manual"; True means "auto"), ``card_public`` (README.md downloadable without
        access), ``tags`` (extra Hub tags) and ``parent`` (base model id, shown as
        ``base_model:<id>`` tag) are repository settings: each call replaces them.
        """
        return self._add_commit(
            self._repos,
            repo_id,
            files,
            revision=revision,
            sha=sha,
            settings={
                "gated": gated,
                "card_public": card_public,
                "tags": list(tags or []),
                "parent": parent,
                "downloads": downloads,
                "likes": likes,
            },
        )

    def add_dataset(
        self,
        repo_id: str,
        files: dict[str, bytes | str],
        *,
        revision: str = "main",
        gated: bool | str = False,
        card_public: bool = True,
        tags: list[str] | None = None,
        sha: str | None = None,
    ) -> str:
        """Create a dataset repo or add a commit to it (the whole tree); return the sha.

        The same as ``add_repo`` for a dataset: served under ``/api/datasets/<id>`` and
        ``/datasets/<id>/resolve/...``, apart from any model of the same id (its commits,
        gate and grants are its own). The other helpers take ``repo_type="dataset"``.
        """
        settings: Json = {"gated": gated, "card_public": card_public, "tags": list(tags or [])}
        return self._add_commit(
            self._datasets, repo_id, files, revision=revision, sha=sha, settings=settings
        )

    def _add_commit(
        self,
        repos: dict[str, _Repo],
        repo_id: str,
        files: dict[str, bytes | str],
        *,
        revision: str,
        sha: str | None,
        settings: Json,
    ) -> str:
        org, _, name = repo_id.partition("/")
        if not org or not name or "/" in name:
            raise ValueError(f"repo_id must look like 'org/name', got {repo_id!r}")
        gated = "auto" if settings["gated"] is True else settings["gated"]
        if gated not in _GATES:
            raise ValueError(f"gated must be one of {_GATES}, got {gated!r}")
        if _COMMIT_RE.fullmatch(revision):
            raise ValueError("revision must be a branch name, not a commit sha")
        tree = {self._check_path(path): _to_bytes(content) for path, content in files.items()}
        seed = repo_id if repos is self._repos else f"datasets/{repo_id}"
        with self._lock:
            repo = repos.get(repo_id)
            if repo is None:
                repo = _Repo(repo_id, created=self._tick())
                repos[repo_id] = repo
            previous = repo.refs.get(revision)
            date = self._tick()
            digest = hashlib.sha1(usedforsecurity=False)
            digest.update(f"{seed}\0{self._seq}\0{previous}\0".encode())
            for path in sorted(tree):
                digest.update(f"{path}\0{git_blob_sha1(tree[path])}\0".encode())
            if sha is None:
                sha = digest.hexdigest()
            elif not _COMMIT_RE.fullmatch(sha) or sha in repo.commits:
                raise ValueError(f"sha must be a new 40-hex commit id, got {sha!r}")
            repo.commits[sha] = _Commit(sha, tree, date, previous)
            repo.refs[revision] = sha
            for key, value in {**settings, "gated": gated}.items():
                setattr(repo, key, value)
            return sha

    @staticmethod
    def rate_limited(reset_seconds: int, *, times: int = 1) -> Failure:
        """A 429 as the Hub sends it: no request left, the window resets in reset_seconds."""
        return Failure(
            status=429,
            headers={
                "RateLimit": f'"api";r=0;t={reset_seconds}',
                "RateLimit-Policy": '"fixed window";"api";q=500;w=300',
                "X-Error-Message": "You have been rate-limited",
            },
            body=b'{"error": "You have been rate-limited"}',
            times=times,
        )

    def add_tag(self, repo_id: str, name: str, sha: str, *, repo_type: RepoType = "model") -> None:
        """Point a named revision (tag, branch or ``refs/pr/N``) at an existing commit."""
        with self._lock:
            repo = self._repo(repo_id, repo_type)
            if sha not in repo.commits:
                raise KeyError(f"{repo_id} has no commit {sha}")
            repo.refs[name] = sha

    def replace_file_in_place(
        self,
        repo_id: str,
        sha: str,
        path: str,
        content: bytes | str,
        *,
        repo_type: RepoType = "model",
    ) -> None:
        """Change an existing file of a commit without changing the commit sha.

        ``sha`` may also be a revision name. The ETag follows the new content.
        """
        with self._lock:
            commit = self._commit(self._repo(repo_id, repo_type), sha)
            if commit is None:
                raise KeyError(f"{repo_id} has no revision {sha}")
            if path not in commit.files:
                raise KeyError(f"{repo_id}@{sha} has no file {path}")
            commit.files[path] = _to_bytes(content)

    def resolve(
        self, repo_id: str, revision: str = "main", *, repo_type: RepoType = "model"
    ) -> str:
        """The commit sha a revision (branch, tag or sha) points at."""
        with self._lock:
            commit = self._commit(self._repo(repo_id, repo_type), revision)
            if commit is None:
                raise KeyError(f"{repo_id} has no revision {revision}")
            return commit.sha

    def files(
        self, repo_id: str, revision: str = "main", *, repo_type: RepoType = "model"
    ) -> dict[str, bytes]:
        """A copy of the tree at a revision, handy to build the next commit from."""
        with self._lock:
            commit = self._commit(self._repo(repo_id, repo_type), revision)
            if commit is None:
                raise KeyError(f"{repo_id} has no revision {revision}")
            return dict(commit.files)

    def set_gated(
        self,
        repo_id: str,
        gated: bool | str,
        *,
        card_public: bool | None = None,
        repo_type: RepoType = "model",
    ) -> None:
        """Change the gate of an existing repo without a new commit."""
        if gated is True:
            gated = "auto"
        if gated not in _GATES:
            raise ValueError(f"gated must be one of {_GATES}, got {gated!r}")
        with self._lock:
            repo = self._repo(repo_id, repo_type)
            repo.gated = gated
            if card_public is not None:
                repo.card_public = card_public

    def set_security(
        self,
        repo_id: str,
        files: dict[str, object] | None = None,
        *,
        repo_status: object = _DERIVED,
    ) -> None:
        """Serve the Hub's security scan of a model repo (hub-api-notes.md §3; the Hub's
        OpenAPI shapes): ``files`` maps a path to its ``securityFileStatus``, served per file on
        the tree listing asked with ``expand=true`` (a file not named is served as scanned
        safe, ``SAFE_FILE_STATUS``). ``repo_status`` is the ``securityRepoStatus`` served on the
        model info asked with ``securityStatus=true``; by default it is derived from ``files``
        as the Hub reports it: ``scansDone`` false while a file is ``unscanned`` or ``queued``,
        ``filesWithIssues`` each file whose status is not ``safe``, as ``{path, level}``. Any
        JSON value given is served as it is (a wrong type, an enormous list). ``files=None``
        with the default status stops serving the scan."""
        with self._lock:
            repo = self._repo(repo_id)
            if files is None and repo_status is _DERIVED:
                repo.security_files, repo.security_status = None, None
                return
            repo.security_files = dict(files or {})
            if repo_status is _DERIVED:
                statuses = {
                    path: status.get("status") if isinstance(status, dict) else status
                    for path, status in (files or {}).items()
                }
                repo_status = {
                    "scansDone": not any(s in ("unscanned", "queued") for s in statuses.values()),
                    "filesWithIssues": [
                        {"path": path, "level": status}
                        for path, status in sorted(statuses.items())
                        if status != "safe"
                    ],
                }
            repo.security_status = repo_status

    def delete_repo(self, repo_id: str, *, repo_type: RepoType = "model") -> None:
        """Remove a repo; the Hub then answers RepoNotFound for it."""
        with self._lock:
            self._repo(repo_id, repo_type)
            del (self._datasets if repo_type == "dataset" else self._repos)[repo_id]
            key = _grant_key(repo_id, repo_type)
            self._grants = {grant for grant in self._grants if grant[1] != key}

    def grant(self, token: str, repo_id: str, *, repo_type: RepoType = "model") -> None:
        """Let ``Authorization: Bearer <token>`` download files of this gated repo."""
        with self._lock:
            self._grants.add((token, _grant_key(repo_id, repo_type)))

    def load_dir(self, root: Path) -> dict[str, str]:
        """Add every ``root/<org>/<name>/`` folder as a repo; return repo id -> commit sha.

        All files below the folder become repo files, except an optional ``repo.yaml``
        whose keys (gated, card_public, tags, parent, revision) go to ``add_repo``.
        """
        loaded: dict[str, str] = {}
        for repo_dir in sorted(root.glob("*/*")):
            if not repo_dir.is_dir() or repo_dir.parent.name.startswith("."):
                continue
            settings_path = repo_dir / "repo.yaml"
            settings: Json = {}
            if settings_path.is_file():
                raw = yaml.safe_load(settings_path.read_text(encoding="utf-8"))
                if raw is not None and not isinstance(raw, dict):
                    raise ValueError(f"{settings_path}: expected a mapping")
                settings = raw or {}
                unknown = set(settings) - _REPO_SETTINGS
                if unknown:
                    raise ValueError(f"{settings_path}: unknown keys {sorted(unknown)}")
                tags = settings.get("tags", [])
                if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                    raise ValueError(f"{settings_path}: tags must be a list of strings")
            files: dict[str, bytes | str] = {
                path.relative_to(repo_dir).as_posix(): path.read_bytes()
                for path in sorted(repo_dir.rglob("*"))
                if path.is_file() and path != settings_path
            }
            repo_id = f"{repo_dir.parent.name}/{repo_dir.name}"
            loaded[repo_id] = self.add_repo(repo_id, files, **settings)
        return loaded

    # -- faults and observation --------------------------------------------------------

    def inject(self, pattern: str, failure: Failure) -> Injection:
        """Fail requests whose path (with query) matches the regex; first active match wins."""
        injection = Injection(re.compile(pattern), failure, failure.times)
        with self._lock:
            self._injections.append(injection)
        return injection

    def clear_failures(self) -> None:
        """Forget every injected failure."""
        with self._lock:
            self._injections.clear()

    def clear_requests(self) -> None:
        """Empty the request log."""
        with self._lock:
            self.requests.clear()

    def requests_matching(self, pattern: str, method: str | None = None) -> list[str]:
        """Paths of logged requests matching the regex (and method, if given)."""
        regex = re.compile(pattern)
        with self._lock:
            return [
                path
                for logged_method, path, _ in self.requests
                if regex.search(path) and method in (None, logged_method)
            ]

    # -- internals used by the handler -------------------------------------------------

    def _tick(self) -> datetime:
        self._seq += 1
        return _EPOCH + timedelta(minutes=self._seq)

    @staticmethod
    def _check_path(path: str) -> str:
        parts = path.split("/")
        if not path or any(part in ("", ".", "..") for part in parts):
            raise ValueError(f"invalid file path {path!r}")
        return path

    def _repo(self, repo_id: str, repo_type: RepoType = "model") -> _Repo:
        repo = (self._datasets if repo_type == "dataset" else self._repos).get(repo_id)
        if repo is None:
            raise KeyError(f"no repo {repo_id}")
        return repo

    @staticmethod
    def _commit(repo: _Repo, revision: str) -> _Commit | None:
        sha = repo.refs.get(revision, revision)
        return repo.commits.get(sha)

    def _track(self, connection: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def _log(self, method: str, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((method, path, headers))

    def _wait_latency(self, seconds: float) -> None:
        with self._lock:
            self._in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self._in_flight)
        try:
            self._sleep(seconds)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _record_error(self, error: Exception) -> None:
        with self._lock:
            self.errors.append(error)

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)  # stop() cuts sleeps short

    def _match_failure(self, method: str, path: str) -> Failure | None:
        with self._lock:
            for injection in self._injections:
                failure = injection.failure
                if injection.remaining == 0:
                    continue
                if failure.method is not None and failure.method.upper() != method:
                    continue
                if not injection.pattern.search(path):
                    continue
                if injection.remaining is not None:
                    injection.remaining -= 1
                injection.hits += 1
                return failure
        return None

    def _handle(
        self, method: str, raw_path: str, headers: dict[str, str], body: bytes = b""
    ) -> _Response:
        split = urlsplit(raw_path)
        # Split before unquoting: revisions and tree paths arrive with %2F inside.
        segments = split.path.split("/")[1:]
        while segments and segments[-1] == "":
            segments.pop()
        query: dict[str, list[str]] = {}
        for key, value in parse_qsl(split.query, keep_blank_values=True):
            query.setdefault(key, []).append(value)
        with self._lock:
            if segments[:2] == ["api", "datasets"] or segments[:1] == ["datasets"]:
                return self._dataset_route(method, segments, split.path, query, headers, body)
            if segments == ["api", "models"]:
                return self._list_models(split.path, query)
            if segments[:2] == ["api", "models"] and len(segments) >= 4:
                repo_id = f"{unquote(segments[2])}/{unquote(segments[3])}"
                tail = segments[4:]
                if not tail:
                    return self._model_info(repo_id, "main", query)
                if tail[0] == "revision" and len(tail) == 2:
                    return self._model_info(repo_id, unquote(tail[1]), query)
                if tail[0] == "commits" and len(tail) == 2:
                    return self._commits(repo_id, unquote(tail[1]))
                if tail[0] == "tree" and len(tail) >= 2:
                    path = unquote("/".join(tail[2:])).strip("/")
                    return self._tree(repo_id, unquote(tail[1]), path, split.path, query)
            elif len(segments) >= 5 and segments[2] == "resolve":
                repo_id = f"{unquote(segments[0])}/{unquote(segments[1])}"
                path = unquote("/".join(segments[4:]))
                return self._resolve(repo_id, unquote(segments[3]), path, headers)
        # Datasets, spaces and unknown endpoints: nothing by that name is served here.
        return _error(404, "RepoNotFound", f"FakeHub has no route for {method} {split.path}")

    def _lookup(
        self, repo_id: str, revision: str, repos: dict[str, _Repo] | None = None
    ) -> _Response | tuple[_Repo, _Commit]:
        repo = (self._repos if repos is None else repos).get(repo_id)
        if repo is None:
            return _error(404, "RepoNotFound", f"Repository not found: {repo_id}")
        commit = self._commit(repo, revision)
        if commit is None:
            return _error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
        return repo, commit

    def _summary(self, repo: _Repo, commit: _Commit, *, card: bool) -> Json:
        card_data = parse_card_data(commit.files.get("README.md"))
        tags = _as_strings((card_data or {}).get("tags")) + repo.tags
        relation = (card_data or {}).get("base_model_relation")
        for license_id in _as_strings((card_data or {}).get("license")):
            tags.append(f"license:{license_id}")
        base_models = _as_strings((card_data or {}).get("base_model"))
        if repo.parent is not None:
            base_models.append(repo.parent)
        for base in base_models:
            tags.append(f"base_model:{base}")
            if isinstance(relation, str):
                tags.append(f"base_model:{relation}:{base}")
        tags.append("region:us")
        info: Json = {
            "_id": hashlib.sha1(repo.repo_id.encode(), usedforsecurity=False).hexdigest()[:24],
            "id": repo.repo_id,
            "modelId": repo.repo_id,
            "author": repo.repo_id.split("/")[0],
            "sha": commit.sha,
            "lastModified": _iso(commit.date),
            "createdAt": _iso(repo.created),
            "private": False,
            "gated": repo.gated,
            "disabled": False,
            "downloads": 0,
            "likes": 0,
            "tags": list(dict.fromkeys(tags)),
        }
        for key in ("library_name", "pipeline_tag"):
            value = (card_data or {}).get(key)
            if isinstance(value, str):
                info[key] = value
        config = _config_summary(commit.files.get("config.json"))
        if config is not None:  # the Hub reports a config.json's architectures and type
            info["config"] = config
        if card and card_data is not None:
            info["cardData"] = card_data
        return info

    def _model_info(self, repo_id: str, revision: str, query: dict[str, list[str]]) -> _Response:
        found = self._lookup(repo_id, revision)
        if isinstance(found, _Response):
            return found
        repo, commit = found
        info = self._summary(repo, commit, card=True)
        blobs = _is_true(query.get("blobs"))
        siblings: list[Json] = []
        for path in sorted(commit.files):
            sibling: Json = {"rfilename": path}
            if blobs:
                sibling["size"] = len(commit.files[path])
                sibling["blobId"] = git_blob_sha1(commit.files[path])
            siblings.append(sibling)
        info["siblings"] = siblings
        info["usedStorage"] = sum(len(content) for content in commit.files.values())
        if _is_true(query.get("securityStatus")) and repo.security_files is not None:
            info["securityRepoStatus"] = repo.security_status
        expand = query.get("expand")
        if expand:
            info = {key: value for key, value in info.items() if key in {"_id", "id", *expand}}
        return _json(info)

    def _commits(
        self, repo_id: str, revision: str, repos: dict[str, _Repo] | None = None
    ) -> _Response:
        """The commit listing of a revision, newest first (the Hub's `/commits/<rev>`)."""
        found = self._lookup(repo_id, revision, repos)
        if isinstance(found, _Response):
            return found
        repo, commit = found
        listed: list[Json] = []
        current: _Commit | None = commit
        while current is not None:
            listed.append({"id": current.sha, "title": "Upload", "date": _iso(current.date)})
            current = repo.commits.get(current.parent) if current.parent else None
        return _json(listed)

    def _tree(
        self,
        repo_id: str,
        revision: str,
        path: str,
        url_path: str,
        query: dict[str, list[str]],
        repos: dict[str, _Repo] | None = None,
    ) -> _Response:
        found = self._lookup(repo_id, revision, repos)
        if isinstance(found, _Response):
            return found
        repo, commit = found
        prefix = f"{path}/" if path else ""
        files = {name: data for name, data in commit.files.items() if name.startswith(prefix)}
        if path and not files:
            return _error(
                404,
                "EntryNotFound",
                f"{path} does not exist on {revision!r}",
                **{"X-Repo-Commit": commit.sha},
            )
        recursive = _is_true(query.get("recursive"))
        entries: dict[str, Json] = {}
        for name, data in files.items():
            parts = name[len(prefix) :].split("/")
            depth = len(parts) if recursive else 1
            for level in range(1, min(depth, len(parts) - 1) + 1):
                folder = prefix + "/".join(parts[:level])
                entries[folder] = {"type": "directory", "oid": _folder_oid(folder), "path": folder}
            if recursive or len(parts) == 1:
                entries[name] = {
                    "type": "file",
                    "oid": git_blob_sha1(data),
                    "size": len(data),
                    "path": name,
                }
                scanned = repo.security_files is not None and repos is None
                if scanned and _is_true(query.get("expand")):  # the Hub's per-file scan
                    status = (repo.security_files or {}).get(name, SAFE_FILE_STATUS)
                    entries[name]["securityFileStatus"] = status
        listing = [entries[key] for key in sorted(entries)]
        return self._page(listing, url_path, query)

    def _page(self, items: list[Json], url_path: str, query: dict[str, list[str]]) -> _Response:
        """One page of a listing, with an absolute ``Link: rel="next"`` when more remain."""
        cursor_values = query.get("cursor", ["0"])
        if not cursor_values[-1].isdigit():
            return _error(400, None, f"Invalid cursor {cursor_values[-1]!r}")
        start = int(cursor_values[-1])
        size = max(1, self.page_size)
        limit = query.get("limit")
        if limit and limit[-1].isdigit():
            size = max(1, min(size, int(limit[-1])))
        end = start + size
        headers: dict[str, str] = {}
        if end < len(items):
            params = [(key, value) for key, values in query.items() for value in values]
            params = [(key, value) for key, value in params if key != "cursor"]
            params.append(("cursor", str(end)))
            headers["Link"] = f'<{self.url}{url_path}?{urlencode(params)}>; rel="next"'
        return _json(items[start:end], headers=headers)

    def _list_models(self, url_path: str, query: dict[str, list[str]]) -> _Response:
        full = _is_true(query.get("full"))
        card = full or _is_true(query.get("cardData"))
        authors = query.get("author")
        author = authors[-1] if authors else None
        search = (query.get("search") or [""])[-1].lower()
        wanted_tags = query.get("filter", [])
        gated = query.get("gated")
        models: list[Json] = []
        for repo_id in sorted(self._repos):
            repo = self._repos[repo_id]
            commit = repo.commits[repo.refs["main"]] if "main" in repo.refs else None
            if commit is None or (author is not None and repo_id.split("/")[0] != author):
                continue
            if search not in repo_id.lower():
                continue
            info = self._summary(repo, commit, card=card)
            if not set(wanted_tags) <= set(info["tags"]):
                continue
            if gated and (repo.gated is not False) != _is_true(gated):
                continue
            if full:
                info["siblings"] = [{"rfilename": path} for path in sorted(commit.files)]
            expand = query.get("expand")
            if expand:
                info = self._expanded(repo, commit, info, expand)
            models.append(info)
        return self._page(models, url_path, query)

    def _expanded(self, repo: _Repo, commit: _Commit, info: Json, expand: list[str]) -> Json:
        """A listing entry with exactly the fields asked for (and the ids), as the Hub does."""
        card_data = parse_card_data(commit.files.get("README.md"))
        full = {**info, "downloads": repo.downloads, "likes": repo.likes}
        if card_data is not None:
            full["cardData"] = card_data
        bases = _as_strings((card_data or {}).get("base_model"))
        bases += [repo.parent] if repo.parent is not None else []
        if bases:
            relation = (card_data or {}).get("base_model_relation")
            full["baseModels"] = {
                "relation": relation if isinstance(relation, str) else "finetune",
                "models": [{"id": base} for base in bases],
            }
        return {key: value for key, value in full.items() if key in {"_id", "id", *expand}}

    def _dataset_route(
        self,
        method: str,
        segments: list[str],
        url_path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
    ) -> _Response:
        """Dataset repos: info, tree, paths-info and resolve (with Range)."""
        if segments[0] == "datasets" and len(segments) >= 6 and segments[3] == "resolve":
            repo_id = f"{unquote(segments[1])}/{unquote(segments[2])}"
            path = unquote("/".join(segments[5:]))
            return self._resolve(repo_id, unquote(segments[4]), path, headers, self._datasets)
        if segments[0] == "api" and len(segments) >= 4:
            repo_id = f"{unquote(segments[2])}/{unquote(segments[3])}"
            tail = segments[4:]
            if not tail or (tail[0] == "revision" and len(tail) == 2):
                revision = unquote(tail[1]) if tail else "main"
                return self._dataset_info(repo_id, revision, query)
            if tail[0] == "commits" and len(tail) == 2:
                return self._commits(repo_id, unquote(tail[1]), self._datasets)
            if tail[0] == "tree" and len(tail) >= 2:
                path = unquote("/".join(tail[2:])).strip("/")
                return self._tree(repo_id, unquote(tail[1]), path, url_path, query, self._datasets)
            if tail[0] == "paths-info" and len(tail) == 2 and method == "POST":
                return self._paths_info(repo_id, unquote(tail[1]), body)
        return _error(404, "RepoNotFound", f"FakeHub has no route for {method} {url_path}")

    def _dataset_info(self, repo_id: str, revision: str, query: dict[str, list[str]]) -> _Response:
        """`/api/datasets/<id>[/revision/<rev>]` as the Hub answers it: no `modelId`, the data
        card's front matter as `cardData`, tags the Hub derives from it (`license:`,
        `task_categories:`...), siblings with `size` and `blobId` when `blobs` is asked."""
        found = self._lookup(repo_id, revision, self._datasets)
        if isinstance(found, _Response):
            return found
        repo, commit = found
        card_data = parse_card_data(commit.files.get("README.md"))
        tags = [*_as_strings((card_data or {}).get("tags")), *repo.tags]
        for key in ("license", "task_categories", "language", "size_categories"):
            tags += [f"{key}:{value}" for value in _as_strings((card_data or {}).get(key))]
        blobs = _is_true(query.get("blobs"))
        info: Json = {
            "_id": hashlib.sha1(repo_id.encode(), usedforsecurity=False).hexdigest()[:24],
            "id": repo_id,
            "author": repo_id.split("/")[0],
            "sha": commit.sha,
            "lastModified": _iso(commit.date),
            "createdAt": _iso(repo.created),
            "private": False,
            "gated": repo.gated,
            "disabled": False,
            "downloads": repo.downloads,
            "likes": repo.likes,
            "tags": list(dict.fromkeys([*tags, "region:us"])),
            "siblings": [
                {"rfilename": path}
                | ({"size": len(data), "blobId": git_blob_sha1(data)} if blobs else {})
                for path, data in sorted(commit.files.items())
            ],
            "usedStorage": sum(len(content) for content in commit.files.values()),
        }
        if card_data is not None:
            info["cardData"] = card_data
        return _json(info)

    def _paths_info(self, repo_id: str, revision: str, body: bytes) -> _Response:
        found = self._lookup(repo_id, revision, self._datasets)
        if isinstance(found, _Response):
            return found
        _, commit = found
        try:
            loaded = json.loads(body) if body.lstrip().startswith(b"{") else None
        except ValueError:
            loaded = None
        paths = (loaded or {}).get("paths") if isinstance(loaded, dict) else None
        if paths is None:
            paths = [v for k, v in parse_qsl(body.decode("utf-8", "replace")) if k == "paths"]
        entries: list[Json] = []
        for path in _as_strings(paths):
            path = path.strip("/")
            if path in commit.files:
                data = commit.files[path]
                entries.append(
                    {"type": "file", "oid": git_blob_sha1(data), "size": len(data), "path": path}
                )
            elif any(name.startswith(f"{path}/") for name in commit.files):
                entries.append({"type": "directory", "oid": _folder_oid(path), "path": path})
        return _json(entries)

    def _resolve(
        self,
        repo_id: str,
        revision: str,
        path: str,
        headers: dict[str, str],
        repos: dict[str, _Repo] | None = None,
    ) -> _Response:
        found = self._lookup(repo_id, revision, repos)
        if isinstance(found, _Response):
            return found
        repo, commit = found
        public = path == "README.md" and repo.card_public
        kind: RepoType = "dataset" if repos is self._datasets else "model"
        if repo.gated is not False and not public:
            authorization = headers.get("authorization", "")
            scheme, _, token = authorization.partition(" ")
            page = _grant_key(repo_id, kind)  # the repo's page: /org/name, /datasets/org/name
            if not authorization:
                return _error(
                    401,
                    "GatedRepo",
                    f"Access to {kind} {repo_id} is restricted. You must have access to it and"
                    " be authenticated to access it. Please log in.",
                )
            if scheme.lower() != "bearer" or (token.strip(), page) not in self._grants:
                return _error(
                    403,
                    "GatedRepo",
                    f"Access to {kind} {repo_id} is restricted and you are not in the authorized"
                    f" list. Visit {self.url}/{page} to ask for access.",
                )
        content = commit.files.get(path)
        if content is None:
            return _error(
                404,
                "EntryNotFound",
                f"Entry not found: {path} at {revision}",
                **{"X-Repo-Commit": commit.sha},
            )
        base = {
            "Content-Type": "application/octet-stream",
            "Accept-Ranges": "bytes",
            "X-Repo-Commit": commit.sha,
            "ETag": f'"{git_blob_sha1(content)}"',
        }
        match = _RANGE_RE.fullmatch(headers.get("range", "").strip())
        if match is None:
            return _Response(200, base, content)
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else len(content) - 1
        if first >= len(content) or last < first:
            return _Response(416, {**base, "Content-Range": f"bytes */{len(content)}"})
        last = min(last, len(content) - 1)
        base["Content-Range"] = f"bytes {first}-{last}/{len(content)}"
        return _Response(206, base, content[first : last + 1])


def _grant_key(repo_id: str, repo_type: RepoType) -> str:
    """Grants are per repo: a dataset's is not its same-named model's."""
    return repo_id if repo_type == "model" else f"datasets/{repo_id}"


def _to_bytes(content: bytes | str) -> bytes:
    return content.encode() if isinstance(content, str) else bytes(content)


def _folder_oid(path: str) -> str:
    return hashlib.sha1(f"tree {path}".encode(), usedforsecurity=False).hexdigest()


def _config_summary(data: bytes | str | None) -> Json | None:
    """What the Hub's model info says of a repo's config.json: its architectures and model
    type, when the file is a JSON object."""
    if data is None:
        return None
    try:
        parsed = json.loads(data)
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    return {k: parsed[k] for k in ("architectures", "model_type") if k in parsed}
