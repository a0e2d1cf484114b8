"""Loopback fake of an Ollama model registry, and Ollama stores on disk, for tests.

Written from the documented formats (the Ollama server's public sources: `server/images.go`,
`manifest/`, `types/model/name.go`; the OCI distribution API they follow), not from the
auditor's code:

- `GET /v2/<namespace>/<model>/manifests/<tag or digest>` answers the manifest's exact bytes
  (`schemaVersion` 2, `mediaType` the Docker v2 manifest, a `config` and `layers`, each layer a
  `mediaType` such as `application/vnd.ollama.image.model`, `.license`, `.params`,
  `.template`, `.system`, a `sha256:` digest, a `size` and an optional `from`), with
  `Docker-Content-Digest`; an unknown model is a 404 `NAME_UNKNOWN`, an unknown tag or digest a
  404 `MANIFEST_UNKNOWN` (OCI error JSON: `{"errors": [{"code", "message"}]}`).
- `GET /v2/<namespace>/<model>/blobs/<digest>` answers the blob, or (`redirect_blobs`) a 307
  to `/cdn/<digest>` on another host name of the same server (`localhost` for `127.0.0.1`), as
  the public registry redirects blobs to its storage; 404 `BLOB_UNKNOWN` when unknown.
- With `token` set, a request without `Authorization: Bearer <token>` is a 401 `UNAUTHORIZED`.

`corrupt(digest, data)` serves other bytes for a blob; `fail(pattern, status)` answers a
status (a redirect with `location`); `hang(pattern, seconds)` answers late; every request is
recorded with its headers. `write_store` lays the same model out as
Ollama's local store does: `manifests/<host>/<namespace>/<model>/<tag>` and
`blobs/sha256-<hex>`.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.loopback import LoopbackFake, LoopbackServer, QuietHandler

MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json"
CONFIG_TYPE = "application/vnd.docker.container.image.v1+json"
MODEL = "application/vnd.ollama.image.model"
LICENSE = "application/vnd.ollama.image.license"
PARAMS = "application/vnd.ollama.image.params"
TEMPLATE = "application/vnd.ollama.image.template"
SYSTEM = "application/vnd.ollama.image.system"
WEIGHTS = b"GGUF\x03\x00\x00\x00" + b"\x00" * 56  # stands in for the weights: never asked for

_MANIFEST = re.compile(r"^/v2/(?P<ns>[^/]+)/(?P<model>[^/]+)/manifests/(?P<ref>[^/]+)$")
_BLOB = re.compile(r"^/v2/(?P<ns>[^/]+)/(?P<model>[^/]+)/blobs/(?P<digest>[^/]+)$")
_CDN = re.compile(r"^/cdn/(?P<digest>sha256:[0-9a-f]{64})$")


def digest_of(data: bytes) -> str:
    """`sha256:<hex>` of bytes."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass
class BuiltModel:
    """A model as a registry holds it: the manifest's bytes and every blob by digest."""

    manifest: bytes
    blobs: dict[str, bytes]

    @property
    def digest(self) -> str:
        """The manifest's digest: the sha256 of its bytes."""
        return digest_of(self.manifest)

    def layer(self, media_type: str) -> dict[str, Any]:
        """The first layer of a media type, as the manifest lists it."""
        layers: list[dict[str, Any]] = json.loads(self.manifest)["layers"]
        return next(layer for layer in layers if layer["mediaType"] == media_type)


def build_model(
    *,
    licenses: tuple[str, ...] = (),
    params: dict[str, Any] | None = None,
    template: str | None = "{{ .Prompt }}",
    system: str | None = None,
    source: str | None = None,
    sizes: dict[str, int] | None = None,
    annotations: dict[str, str] | None = None,
) -> BuiltModel:
    """A model's manifest and blobs. `source` is every layer's `from` (the Modelfile's FROM);
    `sizes` overrides the size the manifest states for a media type (a lying manifest)."""
    blobs: dict[str, bytes] = {}

    def layer(media_type: str, data: bytes) -> dict[str, Any]:
        digest = digest_of(data)
        blobs[digest] = data
        entry: dict[str, Any] = {"mediaType": media_type, "digest": digest, "size": len(data)}
        if (sizes or {}).get(media_type) is not None:
            entry["size"] = (sizes or {})[media_type]
        if source is not None:
            entry["from"] = source
        return entry

    config = json.dumps({"model_format": "gguf", "model_family": "llama"}).encode()
    layers = [layer(MODEL, WEIGHTS)]
    if template is not None:
        layers.append(layer(TEMPLATE, template.encode()))
    if system is not None:
        layers.append(layer(SYSTEM, system.encode()))
    layers += [layer(LICENSE, text.encode()) for text in licenses]
    if params is not None:
        layers.append(layer(PARAMS, json.dumps(params).encode()))
    config_digest = digest_of(config)
    blobs[config_digest] = config
    doc: dict[str, Any] = {
        "schemaVersion": 2,
        "mediaType": MANIFEST_TYPE,
        "config": {"mediaType": CONFIG_TYPE, "digest": config_digest, "size": len(config)},
        "layers": layers,
    }
    if annotations:
        doc["annotations"] = annotations
    return BuiltModel(json.dumps(doc).encode(), blobs)


def write_store(root: Path, name: tuple[str, str, str, str], model: BuiltModel) -> Path:
    """Lay `model` out in an Ollama store at `root` under (host, namespace, model, tag); the
    manifest file's path."""
    manifest = root.joinpath("manifests", *name)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_bytes(model.manifest)
    (root / "blobs").mkdir(parents=True, exist_ok=True)
    for digest, data in model.blobs.items():
        (root / "blobs" / digest.replace(":", "-")).write_bytes(data)
    return manifest


@dataclass
class Seen:
    """A request the fake received."""

    path: str
    host: str
    authorization: str | None


@dataclass
class _State:
    models: dict[tuple[str, str], dict[str, bytes]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    corrupt: dict[str, bytes] = field(default_factory=dict)
    failures: list[tuple[re.Pattern[str], int, str | None]] = field(default_factory=list)
    delays: list[tuple[re.Pattern[str], float]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    token: str | None = None
    redirect_blobs: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Server(LoopbackServer["_State"]):
    def __init__(self, state: _State) -> None:
        super().__init__(state, _Handler)


class _Handler(QuietHandler):
    def do_GET(self) -> None:
        server = self.server
        assert isinstance(server, _Server)
        state = server.state
        path = self.path.split("?", 1)[0]
        auth = self.headers.get("Authorization")
        with state.lock:
            state.seen.append(Seen(path, self.headers.get("Host", ""), auth))
            failure = next((f for f in state.failures if f[0].search(path)), None)
            delay = next((d for p, d in state.delays if p.search(path)), 0.0)
        if delay:
            time.sleep(delay)
        if failure is not None and failure[2] is not None:
            self.reply(failure[1], b"", "text/plain", {"Location": failure[2]})
            return
        if failure is not None:
            self._error(failure[1], "UNKNOWN", "injected failure")
            return
        if state.token is not None and path.startswith("/v2/") and auth != f"Bearer {state.token}":
            self._error(401, "UNAUTHORIZED", "authentication required")
            return
        if (found := _MANIFEST.match(path)) is not None:
            self._manifest(state, found["ns"], found["model"], found["ref"])
        elif (found := _BLOB.match(path)) is not None:
            self._blob(state, found["digest"], redirect=state.redirect_blobs)
        elif (found := _CDN.match(path)) is not None:
            self._blob(state, found["digest"], redirect=False)
        else:
            self._error(404, "NOT_FOUND", "no such route")

    def _manifest(self, state: _State, ns: str, model: str, ref: str) -> None:
        tags = state.models.get((ns, model))
        if tags is None:
            self._error(404, "NAME_UNKNOWN", f"repository {ns}/{model} not known")
            return
        data = tags.get(ref) if not ref.startswith("sha256:") else None
        if ref.startswith("sha256:"):
            data = next((m for m in tags.values() if digest_of(m) == ref), None)
        if data is None:
            self._error(404, "MANIFEST_UNKNOWN", f"manifest {ref} not known")
            return
        self.reply(200, data, MANIFEST_TYPE, {"Docker-Content-Digest": digest_of(data)})

    def _blob(self, state: _State, digest: str, *, redirect: bool) -> None:
        if digest not in state.blobs:
            self._error(404, "BLOB_UNKNOWN", f"blob {digest} not known")
            return
        if redirect:
            port = self.server.server_port  # type: ignore[attr-defined]
            self.reply(
                307, b"", "text/plain", {"Location": f"http://localhost:{port}/cdn/{digest}"}
            )
            return
        data = state.corrupt.get(digest, state.blobs[digest])
        self.reply(200, data, "application/octet-stream", {})

    def _error(self, status: int, code: str, message: str) -> None:
        body = json.dumps({"errors": [{"code": code, "message": message}]}).encode()
        headers = {"WWW-Authenticate": 'Bearer realm="fake"'} if status == 401 else {}
        self.reply(status, body, "application/json", headers)


class FakeOllamaRegistry(LoopbackFake[_State]):
    """A started loopback registry; `host` is what an `ollama:` name puts first."""

    def __init__(self) -> None:
        super().__init__(_Server(_State()))

    @property
    def host(self) -> str:
        """`127.0.0.1:<port>`."""
        return f"127.0.0.1:{self.port}"

    def add(self, namespace: str, model: str, tag: str, built: BuiltModel) -> str:
        """Serve `built` as namespace/model:tag; its manifest digest."""
        with self.state.lock:
            self.state.models.setdefault((namespace, model), {})[tag] = built.manifest
            self.state.blobs.update(built.blobs)
        return built.digest

    def corrupt(self, digest: str, data: bytes) -> None:
        """Serve `data` for the blob `digest` (bytes that do not hash to it)."""
        self.state.corrupt[digest] = data

    def fail(self, pattern: str, status: int, *, location: str | None = None) -> None:
        """Answer `status` (with a `Location`, when given) to every request whose path
        matches `pattern`."""
        self.state.failures.append((re.compile(pattern), status, location))

    def hang(self, pattern: str, seconds: float) -> None:
        """Wait `seconds` before answering a request whose path matches `pattern`."""
        self.state.delays.append((re.compile(pattern), seconds))

    def require_token(self, token: str) -> None:
        """Refuse /v2 requests without this bearer token."""
        self.state.token = token

    def redirect_blobs(self) -> None:
        """Answer blob requests with a redirect to another host name of this server."""
        self.state.redirect_blobs = True

    def seen(self, pattern: str = "") -> list[Seen]:
        """The requests received so far whose path matches `pattern`."""
        with self.state.lock:
            return [s for s in self.state.seen if re.search(pattern, s.path)]
