"""Loopback fake of Civitai's public REST API, for tests.

Written from the documented routes and shapes (developer.civitai.com; the public handlers
github.com/civitai/civitai `src/pages/api/v1/models/[id].ts` and `model-versions/[id].ts`), not
from the auditor's code:

- `GET /api/v1/models/<id>` answers the model: `id`, `name`, `description` (HTML), `type`,
  `poi`, `nsfw`, the creator's permissions `allowNoCredit`, `allowCommercialUse` (a list),
  `allowDerivatives`, `allowDifferentLicense`, `creator {username, image}`, `tags`, `stats`,
  and `modelVersions` (published ones, newest first), each with `id`, `modelId`, `name`,
  `baseModel`, `baseModelType`, `publishedAt`, `trainedWords`, `files` (`id`, `sizeKB`,
  `name`, `type`, `metadata`, `pickleScanResult`, `pickleScanMessage`, `virusScanResult`,
  `virusScanMessage`, `scannedAt`, `hashes` by kind, `primary`, `downloadUrl`), `images` and
  a `downloadUrl`; an unknown id is a 404 `{"error": "No model with id <id>"}`.
- `GET /api/v1/model-versions/<id>` answers one version with its `modelId` and a `model`
  summary (`name`, `type`, `nsfw`, `poi`); unknown: 404 `{"error": "Model not found"}`.
- With `token` set, a request without `Authorization: Bearer <token>` is a 401.

`answer(pattern, body, status)` serves other bytes for matching paths (huge, wrong types,
missing fields), `fail(pattern, status, location=...)` answers a status or a redirect;
every request is recorded with its headers.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from tests.loopback import LoopbackFake, LoopbackServer, QuietHandler

_MODEL = re.compile(r"^/api/v1/models/(?P<id>[0-9]+)$")
_VERSION = re.compile(r"^/api/v1/model-versions/(?P<id>[0-9]+)$")

SAFE_SCAN = {"pickleScanResult": "Success", "virusScanResult": "Success"}


def version(
    version_id: int,
    model_id: int,
    base_model: str,
    *,
    name: str = "v1.0",
    published: str = "2025-01-10T12:00:00.000Z",
    files: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A published version as the API lists it."""
    listed = files if files is not None else [lora_file(f"model_{version_id}.safetensors")]
    return {
        "id": version_id,
        "modelId": model_id,
        "name": name,
        "createdAt": published,
        "updatedAt": published,
        "status": "Published",
        "publishedAt": published,
        "trainedWords": ["a trigger"],
        "trainingStatus": None,
        "baseModel": base_model,
        "baseModelType": "Standard",
        "earlyAccessEndsAt": None,
        "description": "<p>version notes</p>",
        "stats": {"downloadCount": 10, "thumbsUpCount": 2},
        "files": listed,
        "images": [{"url": "https://image.example/1.jpeg", "nsfwLevel": 1, "width": 512}],
        "downloadUrl": f"https://civitai.com/api/download/models/{version_id}",
    }


def lora_file(
    name: str, *, pickle: str = "Success", virus: str = "Success", sha256: str = "AB" * 32
) -> dict[str, Any]:
    """A file of a version with the scans Civitai ran on it."""
    return {
        "id": abs(hash(name)) % 10_000_000,
        "sizeKB": 18_542.3,
        "name": name,
        "type": "Model",
        "pickleScanResult": pickle,
        "pickleScanMessage": "No Pickle imports" if pickle == "Success" else "Dangerous import",
        "virusScanResult": virus,
        "virusScanMessage": None,
        "scannedAt": "2025-01-10T12:05:00.000Z",
        "metadata": {"format": "SafeTensor", "size": "full", "fp": "fp16"},
        "hashes": {"AutoV2": "ABCDEF0123", "SHA256": sha256, "CRC32": "0A1B2C3D"},
        "primary": True,
        "downloadUrl": "https://civitai.com/api/download/models/1",
    }


def model(
    model_id: int,
    versions: list[dict[str, Any]],
    *,
    type: str = "LORA",
    commercial: list[str] | str = "Sell",
    no_credit: bool = True,
    derivatives: bool = True,
    different_license: bool = True,
    description: str = "<p>A style LoRA.</p>",
    name: str = "Test Model",
) -> dict[str, Any]:
    """A model as `GET /api/v1/models/<id>` answers it."""
    return {
        "id": model_id,
        "name": name,
        "description": description,
        "type": type,
        "poi": False,
        "nsfw": False,
        "allowNoCredit": no_credit,
        "allowCommercialUse": [commercial] if isinstance(commercial, str) else commercial,
        "allowDerivatives": derivatives,
        "allowDifferentLicense": different_license,
        "stats": {"downloadCount": 10, "favoriteCount": 1, "commentCount": 0, "rating": 5},
        "creator": {"username": "maker", "image": None},
        "tags": ["style"],
        "modelVersions": versions,
    }


@dataclass
class Seen:
    """A request the fake received."""

    path: str
    authorization: str | None


@dataclass
class _State:
    models: dict[int, dict[str, Any]] = field(default_factory=dict)
    answers: list[tuple[re.Pattern[str], int, bytes]] = field(default_factory=list)
    failures: list[tuple[re.Pattern[str], int, str | None]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    token: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


JSON = "application/json; charset=utf-8"


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
            state.seen.append(Seen(path, auth))
            failure = next((f for f in state.failures if f[0].search(path)), None)
            answer = next((a for a in state.answers if a[0].search(path)), None)
        if failure is not None:
            headers = {"Location": failure[2]} if failure[2] else {}
            self.reply(failure[1], b'{"error": "injected"}', JSON, headers)
        elif state.token is not None and auth != f"Bearer {state.token}":
            self.reply(401, b'{"error": "Unauthorized"}', JSON, {})
        elif answer is not None:
            self.reply(answer[1], answer[2], JSON, {})
        elif (found := _MODEL.match(path)) is not None:
            self._model(state, int(found["id"]))
        elif (found := _VERSION.match(path)) is not None:
            self._version(state, int(found["id"]))
        else:
            self.reply(404, b'{"error": "Not found"}', JSON, {})

    def _model(self, state: _State, model_id: int) -> None:
        doc = state.models.get(model_id)
        if doc is None:
            self.reply(
                404, json.dumps({"error": f"No model with id {model_id}"}).encode(), JSON, {}
            )
            return
        self.reply(200, json.dumps(doc).encode(), JSON, {})

    def _version(self, state: _State, version_id: int) -> None:
        for doc in state.models.values():
            for listed in doc["modelVersions"]:
                if listed["id"] == version_id:
                    summary = {k: doc[k] for k in ("name", "type", "nsfw", "poi")}
                    body = {**listed, "model": summary}
                    self.reply(200, json.dumps(body).encode(), JSON, {})
                    return
        self.reply(404, b'{"error": "Model not found"}', JSON, {})


class FakeCivitai(LoopbackFake[_State]):
    """A started loopback Civitai API; `endpoint` is what AUDITOR_CIVITAI_ENDPOINT takes."""

    def __init__(self) -> None:
        super().__init__(_Server(_State()))

    @property
    def endpoint(self) -> str:
        """`http://127.0.0.1:<port>`."""
        return f"http://127.0.0.1:{self.port}"

    def add(self, doc: dict[str, Any]) -> None:
        """Serve a model document (see `model`)."""
        with self.state.lock:
            self.state.models[doc["id"]] = doc

    def answer(self, pattern: str, body: bytes, status: int = 200) -> None:
        """Answer `body` to every request whose path matches `pattern`."""
        self.state.answers.append((re.compile(pattern), status, body))

    def fail(self, pattern: str, status: int, *, location: str | None = None) -> None:
        """Answer `status` (a redirect to `location`, when given) to matching requests."""
        self.state.failures.append((re.compile(pattern), status, location))

    def require_token(self, token: str) -> None:
        """Refuse requests without this bearer token."""
        self.state.token = token

    def seen(self, pattern: str = "") -> list[Seen]:
        """The requests received so far whose path matches `pattern`."""
        with self.state.lock:
            return [s for s in self.state.seen if re.search(pattern, s.path)]
