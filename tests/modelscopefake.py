"""Loopback fake of ModelScope's HTTP API, for tests.

Written from the documented formats (ModelScope's public Python client: github.com/modelscope/
modelscope, `modelscope/hub/api.py` `get_model`, `get_model_branches_and_tags_details`,
`get_model_files`, `file_download.py` `get_file_download_url`, `errors.py`; and
github.com/modelscope/modelscope_hub, `_legacy_api.py`), not from the auditor's code:

- JSON answers are an envelope `{"Code": 200, "Data": ..., "Message": "success", "Success":
  true, "RequestId": ...}`; an error is an HTTP 4xx with the same envelope, `Code` the status
  and `Success` false.
- `GET /api/v1/models/<owner>/<name>[?Revision=]`: `Data` the model info (`Id`, `Name`,
  `Path` (the owner), `ChineseName`, `License`, `Tags`, `Tasks`, `Visibility` (5 public, 1
  private), `ProtectedMode` (1 gated, 2 open), plus `extra` fields).
- `GET .../revisions`: `Data.RevisionMap.Branches` and `.Tags`, each `{"Revision", "CreatedAt",
  "CommitId"}` (`CommitId` left out with `commit_ids=False`).
- `GET .../repo/files?Revision=<branch, tag or commit>&Recursive=True`: `Data.Files`, each
  `{"Name", "Path", "Type": "blob"|"tree", "Size", "Sha256", "Revision", "IsLFS"}`; an unknown
  revision is a 404.
- `GET .../repo?Revision=&FilePath=`: the file's bytes (404 when the file is not there).
- A private model answers 403 unless the request carries the token as the client sends it
  (cookie `m_session_id=<token>`, or `Authorization: Bearer <token>`).

Hostile answers for tests: `corrupt(model, path, data)` serves other bytes than the listing's
sha256; `flood(model, path, size)` answers a file with `size` bytes; `redirect_files()` answers
files with a 302 to another host name of the same server (`localhost`); `rewrite(route, fn)`
changes a JSON answer before it is sent (fields left out); `fail(pattern, status)`. Every
request is recorded with its host and credential headers.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from tests.loopback import LoopbackFake, LoopbackServer, QuietHandler

Json = dict[str, Any]
_MODEL = re.compile(r"^/api/v1/models/(?P<owner>[^/]+)/(?P<name>[^/]+)(?P<tail>/.*)?$")
_CDN = re.compile(r"^/cdn/(?P<commit>[0-9a-f]{40})/(?P<owner>[^/]+)/(?P<name>[^/]+)/(?P<path>.+)$")


@dataclass
class Seen:
    """A request the fake received."""

    path: str
    query: str
    host: str
    cookie: str | None
    authorization: str | None


@dataclass
class FakeModel:
    """A model as the hub holds it: its info, and the files of each commit and revision."""

    info: Json
    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)  # name -> commit
    tags: dict[str, str] = field(default_factory=dict)
    private: bool = False
    commit_ids: bool = True


@dataclass
class _State:
    models: dict[str, FakeModel] = field(default_factory=dict)
    corrupt: dict[tuple[str, str], bytes] = field(default_factory=dict)
    floods: dict[tuple[str, str], int] = field(default_factory=dict)
    rewrites: dict[str, Callable[[Json], Json]] = field(default_factory=dict)
    failures: list[tuple[re.Pattern[str], int]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    token: str | None = None
    redirect: bool = False
    counter: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def commit_id(seed: str) -> str:
    """A deterministic 40-hex commit id."""
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()


class _Server(LoopbackServer["_State"]):
    def __init__(self, state: _State) -> None:
        super().__init__(state, _Handler)


class _Handler(QuietHandler):
    def do_GET(self) -> None:
        server = self.server
        assert isinstance(server, _Server)
        state = server.state
        parts = urlsplit(self.path)
        path, query = unquote(parts.path), parse_qs(parts.query)
        with state.lock:
            state.seen.append(
                Seen(
                    path,
                    parts.query,
                    self.headers.get("Host", ""),
                    self.headers.get("Cookie"),
                    self.headers.get("Authorization"),
                )
            )
            failure = next((s for p, s in state.failures if p.search(path)), None)
        if failure is not None:
            self._envelope(failure, None, "injected failure")
            return
        if (found := _CDN.match(path)) is not None:
            model_id = f"{found['owner']}/{found['name']}"
            self._file(state, model_id, found["commit"], found["path"], redirect=False)
            return
        found = _MODEL.match(path)
        if found is None:
            self._envelope(404, None, "no such route")
            return
        model_id = f"{found['owner']}/{found['name']}"
        model = state.models.get(model_id)
        if model is None:
            self._envelope(404, None, f"model {model_id} not found")
            return
        if model.private and not self._authorised(state):
            self._envelope(403, None, "no permission to access the model")
            return
        tail = found["tail"] or ""
        revision = (query.get("Revision") or ["master"])[0]
        if tail == "":
            self._json(state, "info", model.info)
        elif tail == "/revisions":
            self._json(state, "revisions", {"RevisionMap": _revision_map(model)})
        elif tail == "/repo/files":
            commit = _resolve(model, revision)
            if commit is None:
                self._envelope(404, None, f"revision {revision} not found")
                return
            self._json(state, "files", {"Files": _listing(model.commits[commit], commit)})
        elif tail == "/repo":
            commit = _resolve(model, revision)
            file_path = (query.get("FilePath") or [""])[0]
            if commit is None:
                self._envelope(404, None, f"revision {revision} not found")
                return
            self._file(state, model_id, commit, file_path, redirect=state.redirect)
        else:
            self._envelope(404, None, "no such route")

    def _authorised(self, state: _State) -> bool:
        token = state.token
        cookie = self.headers.get("Cookie") or ""
        bearer = self.headers.get("Authorization") or ""
        return token is not None and (
            f"m_session_id={token}" in cookie.split("; ") or bearer == f"Bearer {token}"
        )

    def _file(
        self, state: _State, model_id: str, commit: str, path: str, *, redirect: bool
    ) -> None:
        files = state.models[model_id].commits[commit]
        if path not in files:
            self._envelope(404, None, f"file {path} not found")
            return
        if redirect:
            port = self.server.server_port  # type: ignore[attr-defined]
            where = f"http://localhost:{port}/cdn/{commit}/{model_id}/{quote(path)}"
            self.reply(302, b"", "text/plain", {"Location": where})
            return
        flood = state.floods.get((model_id, path))
        if flood is not None:
            self.reply(200, b"x" * flood, "application/octet-stream", {})
            return
        data = state.corrupt.get((model_id, path), files[path])
        self.reply(200, data, "application/octet-stream", {})

    def _json(self, state: _State, route: str, data: Json) -> None:
        with state.lock:
            state.counter += 1
            request_id = f"req-{state.counter}"
        doc: Json = {
            "Code": 200,
            "Data": data,
            "Message": "success",
            "Success": True,
            "RequestId": request_id,
        }
        rewrite = state.rewrites.get(route)
        if rewrite is not None:
            doc = rewrite(json.loads(json.dumps(doc)))
        self.reply(200, json.dumps(doc).encode(), "application/json", {})

    def _envelope(self, status: int, data: Json | None, message: str) -> None:
        doc = {"Code": status, "Data": data, "Message": message, "Success": False}
        self.reply(status, json.dumps(doc).encode(), "application/json", {})


def _resolve(model: FakeModel, revision: str) -> str | None:
    if revision in model.commits:
        return revision
    return model.tags.get(revision) or model.branches.get(revision)


def _revision_map(model: FakeModel) -> Json:
    def entries(names: dict[str, str]) -> list[Json]:
        out = []
        for index, (name, commit) in enumerate(names.items()):
            entry: Json = {"Revision": name, "CreatedAt": 1_700_000_000 + index}
            if model.commit_ids:
                entry["CommitId"] = commit
            out.append(entry)
        return out

    return {"Branches": entries(model.branches), "Tags": entries(model.tags)}


def _listing(files: dict[str, bytes], commit: str) -> list[Json]:
    entries: list[Json] = []
    folders = sorted({p.rsplit("/", 1)[0] for p in files if "/" in p})
    for folder in folders:
        entries.append({"Name": folder.rsplit("/", 1)[-1], "Path": folder, "Type": "tree"})
    for path, data in sorted(files.items()):
        entries.append(
            {
                "Name": path.rsplit("/", 1)[-1],
                "Path": path,
                "Type": "blob",
                "Size": len(data),
                "Sha256": hashlib.sha256(data).hexdigest(),
                "Revision": commit,
                "IsLFS": False,
            }
        )
    return entries


class FakeModelScope(LoopbackFake[_State]):
    """A started loopback ModelScope; `url` is what `AUDITOR_MODELSCOPE_ENDPOINT` takes."""

    def __init__(self) -> None:
        super().__init__(_Server(_State()))

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`."""
        return f"http://127.0.0.1:{self.port}"

    def add_model(
        self,
        model_id: str,
        files: Mapping[str, str | bytes],
        *,
        license: str | None = None,
        private: bool = False,
        gated: bool = False,
        commit_ids: bool = True,
        extra: Json | None = None,
    ) -> str:
        """Serve `model_id` with `files` on its `master` branch; the commit id."""
        owner, name = model_id.split("/")
        info: Json = {
            "Id": len(self.state.models) + 1,
            "Name": name,
            "Path": owner,
            "ChineseName": "",
            "License": license if license is not None else "",
            "Tags": [],
            "Tasks": [{"Name": "text-generation"}],
            "Visibility": 1 if private else 5,
            "ProtectedMode": 1 if gated else 2,
            **(extra or {}),
        }
        model = FakeModel(info, private=private, commit_ids=commit_ids)
        with self.state.lock:
            self.state.models[model_id] = model
        return self.add_revision(model_id, "master", files)

    def add_revision(
        self, model_id: str, revision: str, files: Mapping[str, str | bytes], *, tag: bool = False
    ) -> str:
        """A new commit holding `files`, named by the branch (or tag) `revision`; its id."""
        model = self.state.models[model_id]
        data = {p: v.encode() if isinstance(v, str) else v for p, v in files.items()}
        commit = commit_id(f"{model_id}\0{revision}\0{len(model.commits)}\0{sorted(data)}")
        with self.state.lock:
            model.commits[commit] = data
            (model.tags if tag else model.branches)[revision] = commit
        return commit

    def require_token(self, token: str) -> None:
        """The token a private model's requests must carry."""
        self.state.token = token

    def corrupt(self, model_id: str, path: str, data: bytes) -> None:
        """Serve `data` for the file (bytes that are not the listed sha256's)."""
        self.state.corrupt[(model_id, path)] = data

    def flood(self, model_id: str, path: str, size: int) -> None:
        """Serve `size` bytes for the file, whatever the listing says."""
        self.state.floods[(model_id, path)] = size

    def redirect_files(self) -> None:
        """Answer file requests with a 302 to another host name of this server."""
        self.state.redirect = True

    def rewrite(self, route: str, change: Callable[[Json], Json]) -> None:
        """Change the JSON answer of a route ("info", "revisions", "files") before it is sent."""
        self.state.rewrites[route] = change

    def fail(self, pattern: str, status: int) -> None:
        """Answer `status` to every request whose path matches `pattern`."""
        self.state.failures.append((re.compile(pattern), status))

    def seen(self, pattern: str = "") -> list[Seen]:
        """The requests received so far whose path matches `pattern`."""
        with self.state.lock:
            return [s for s in self.state.seen if re.search(pattern, s.path)]
