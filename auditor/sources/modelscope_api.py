"""ModelScope's HTTP API: model info, revisions, the file list and one file, each bounded.

Part of the ModelScope source (`modelscope`). The routes and fields are those ModelScope's
public client uses (github.com/modelscope/modelscope, `modelscope/hub/api.py`: `get_model`,
`get_model_branches_and_tags_details`, `get_model_files`; `file_download.py`:
`get_file_download_url`; `errors.py`: `raise_on_error`):

- `GET /api/v1/models/<owner>/<name>?Revision=<rev>`: the model's info, `Data` holding
  `License`, `Tags`, `Tasks`, `ProtectedMode`, `Visibility`, `BaseModel` ...;
- `GET /api/v1/models/<owner>/<name>/revisions`: `Data.RevisionMap.Branches` and `.Tags`, each
  with its `Revision` (name) and, where the hub gives it, `CommitId`;
- `GET /api/v1/models/<owner>/<name>/repo/files?Revision=<rev>&Recursive=True`: `Data.Files`,
  each with `Path`, `Name`, `Type` (`blob` or `tree`), `Size` and `Sha256`;
- `GET /api/v1/models/<owner>/<name>/repo?Revision=<rev>&FilePath=<path>`: the file's bytes.

JSON answers come in an envelope, `{"Code": 200, "Data": ..., "Message": ..., "Success": true}`;
a `Code` other than 200 is a refusal whatever the HTTP status. The token goes as the client
sends it (the `m_session_id` cookie and an `Authorization: Bearer` header), to the hub's own
host only: a file redirected to storage elsewhere gets no credential. Requests, bytes and time
count against the model's budget (hub_limits); a body is read in pieces up to its cap.

NOTE: the exchange, redirect and body helpers are the Ollama source's (ollama_http.py): the
same bounded GET, with the credential headers ModelScope wants.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

from auditor.errors import SourceError, TargetError
from auditor.sources.hub_limits import MAX_ERROR_BODY_BYTES, MAX_MODEL_INFO_BYTES, ModelBudget
from auditor.sources.modelscope_ref import (
    DEFAULT_ENDPOINT,
    ENDPOINT_ENV,
    TOKEN_ENV,
    ModelScopeName,
)
from auditor.sources.ollama_http import (
    MAX_REDIRECTS,
    REDIRECT_STATUSES,
    ErrorAnswer,
    TooLargeError,
    exchange,
    next_hop,
    read_body,
)

_SHOWN_MESSAGE = 200
"""Characters of the hub's own `Message` quoted in an error."""


@dataclass(frozen=True, slots=True)
class Access:
    """How to reach the hub for one model: its address, token, timeout and budget."""

    endpoint: str
    token: str | None
    timeout: float
    budget: ModelBudget


@dataclass(frozen=True, slots=True)
class RepoFile:
    """One file the listing names: its path, and the size and sha256 it states (if any)."""

    path: str
    size: int | None
    sha256: str | None


def get(url: str, access: Access, cap: int) -> bytes:
    """The body of a successful GET of `url`, at most `cap` bytes. Raises ErrorAnswer,
    TooLargeError, BudgetExceeded, and SourceError for a failed connection or redirect."""
    home = urlsplit(access.endpoint).netloc
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        headers = {"User-Agent": "model-license-auditor"}
        if access.token and urlsplit(current).netloc == home:
            headers["Authorization"] = f"Bearer {access.token}"
            headers["Cookie"] = f"m_session_id={access.token}"
        try:
            status, response = exchange(current, headers, access.budget, access.timeout)
        except SourceError as err:
            if err.code != "source-unreachable":
                raise
            raise SourceError(
                f"{urlsplit(current).netloc}: ModelScope could not be reached",
                hint=f"check {ENDPOINT_ENV} (default {DEFAULT_ENDPOINT}) and the network, "
                "then try again",
                code="source-unreachable",
            ) from err
        with contextlib.closing(response):
            if status in REDIRECT_STATUSES:
                current = next_hop(url, current, response.headers.get("Location"))
                continue
            if 200 <= status < 300:
                return read_body(response, cap, access.budget)
            body = read_body(response, MAX_ERROR_BODY_BYTES, access.budget, cut=True)
            raise ErrorAnswer(status, body)
    raise SourceError(
        f"{url}: more than {MAX_REDIRECTS} redirects",
        hint="a proxy or the hub redirects in a loop: try again later",
        code="source-redirect-loop",
    )


def model_url(access: Access, name: ModelScopeName, tail: str = "", **query: str) -> str:
    """The address of one of the model's API routes."""
    path = f"{access.endpoint}/api/v1/models/{quote(name.owner)}/{quote(name.name)}{tail}"
    return f"{path}?{urlencode(query)}" if query else path


def fetch_data(name: ModelScopeName, access: Access, url: str, what: str) -> object:
    """The `Data` of a JSON answer, its envelope checked. Raises TargetError (missing model,
    refused token) and SourceError (anything not in the documented shape)."""
    try:
        body = get(url, access, MAX_MODEL_INFO_BYTES)
    except ErrorAnswer as err:
        raise answer_error(name, what, err.status, _message(err.body)) from err
    except TooLargeError as err:
        raise SourceError(
            f"{name.ref}: the hub's {what} is {err.size:,} bytes or more, over the cap of "
            f"{err.cap:,}; not read",
            hint="a proxy may be answering instead of ModelScope: check the endpoint",
            code="source-limit-reached",
        ) from err
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError) as err:
        raise shape_error(name, what, "it is not JSON") from err
    if not isinstance(doc, dict) or "Code" not in doc:
        raise shape_error(name, what, "it has no `Code` envelope")
    if doc.get("Code") not in (200, "200") or doc.get("Success") is False:
        code = doc.get("Code")
        status = code if isinstance(code, int) and not isinstance(code, bool) else 0
        raise answer_error(name, what, status, _text(doc.get("Message")), refused=True)
    return doc.get("Data")


def commit_of(name: ModelScopeName, data: object) -> tuple[bool, str | None]:
    """Whether the revisions answer lists the revision asked for, and the commit it names
    (None when the hub gives none). Raises SourceError when `RevisionMap` is missing."""
    revision_map = data.get("RevisionMap") if isinstance(data, dict) else None
    if not isinstance(revision_map, dict):
        raise shape_error(name, "list of revisions", "it has no `RevisionMap`")
    for kind in ("Tags", "Branches"):
        entries = revision_map.get(kind)
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict) and entry.get("Revision") == name.wanted:
                commit = entry.get("CommitId")
                valid = isinstance(commit, str) and len(commit) == 40
                return True, commit.lower() if valid and isinstance(commit, str) else None
    return False, None


def revision_names(data: object, most: int = 8) -> list[str]:
    """A few of the branch and tag names a revisions answer lists (for a hint)."""
    revision_map = data.get("RevisionMap") if isinstance(data, dict) else None
    names: list[str] = []
    for kind in ("Branches", "Tags"):
        entries = revision_map.get(kind) if isinstance(revision_map, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict) and isinstance(entry.get("Revision"), str):
                names.append(entry["Revision"])
    return names[:most]


def parse_files(name: ModelScopeName, data: object) -> tuple[list[RepoFile], list[str]]:
    """The listed files (not folders) and the paths of entries that could not be read.
    Raises SourceError when `Files` is missing."""
    entries = data.get("Files") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise shape_error(name, "file list", "it has no `Files` list")
    files: list[RepoFile] = []
    odd: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("Type") == "tree":
            continue
        path = entry.get("Path")
        if not isinstance(path, str) or not path:
            odd.append(str(entry.get("Name") or "?")[:80])
            continue
        size = entry.get("Size")
        digest = entry.get("Sha256")
        files.append(
            RepoFile(
                path,
                size
                if isinstance(size, int) and not isinstance(size, bool) and size >= 0
                else None,
                digest.lower() if isinstance(digest, str) and len(digest) == 64 else None,
            )
        )
    return files, odd


def fetch_file(
    name: ModelScopeName, access: Access, revision: str, file: RepoFile, cap: int
) -> bytes:
    """A file's bytes at `revision`, at most `cap` (or its listed size), checked against the
    listed sha256. Raises ErrorAnswer, TooLargeError, BudgetExceeded, SourceError (a redirect
    gone wrong; `source-digest-mismatch` for bytes that are not the listed file's)."""
    limit = cap if file.size is None else min(cap, file.size)
    url = model_url(access, name, "/repo", Revision=revision, FilePath=file.path)
    data = get(url, access, limit)
    check_sha256(name, file, data)
    return data


def check_sha256(name: ModelScopeName, file: RepoFile, data: bytes) -> None:
    """SourceError (`source-digest-mismatch`) unless `data` hashes to the listed sha256."""
    if file.sha256 is None:
        return
    actual = hashlib.sha256(data).hexdigest()
    if actual != file.sha256:
        raise SourceError(
            f"{name.ref}: {file.path} hashes to sha256 {actual}, but the hub lists "
            f"{file.sha256}: the content is not the listed file's, so it was not used",
            hint="the hub, a proxy or the cache answered corrupted or substituted content: "
            "try again, and report it to ModelScope if it stays",
            code="source-digest-mismatch",
        )


def answer_error(
    name: ModelScopeName, what: str, status: int, message: str, *, refused: bool = False
) -> TargetError | SourceError:
    """The auditor's error for an error answer (an HTTP status, or a refusing envelope)."""
    said = f": {message}" if message else ""
    shown = f"code {status}" if refused else f"HTTP {status}"
    if status in (401, 403):
        return TargetError(
            f"{name.ref}: ModelScope refused access to {name.model_id} ({shown}{said}); the "
            "model is private or gated",
            hint=f"set {TOKEN_ENV} to an access token of an account that may read the model "
            "(accept its terms on the model page first)",
            code="source-gated-no-access",
        )
    if status == 404 or (refused and what == "model info"):
        if what in ("model info", "list of revisions"):
            return TargetError(
                f"{name.ref}: ModelScope has no model {name.model_id} ({shown}{said})",
                hint="check the owner and name on the model's page; a private model also "
                f"answers so without {TOKEN_ENV}",
                code="source-repo-not-found",
            )
        return TargetError(
            f"{name.ref}: {name.model_id} has no revision {name.wanted!r} ({shown}{said})",
            hint="name a branch, a tag or a commit the model's Files tab lists",
            code="source-revision-not-found",
        )
    return SourceError(
        f"{name.ref}: ModelScope answered {shown} for the {what}{said}",
        hint="try again later",
        code="source-http-error",
    )


def shape_error(name: ModelScopeName, what: str, why: str) -> SourceError:
    return SourceError(
        f"{name.ref}: the hub's {what} is not in the documented shape ({why})",
        hint="a proxy may be answering instead of ModelScope: check the endpoint",
        code="source-http-error",
    )


def _message(body: bytes) -> str:
    """The `Message` (or `message`) of an error body, when it is JSON."""
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):
        return ""
    if not isinstance(doc, dict):
        return ""
    return _text(doc.get("Message") or doc.get("message"))


def _text(value: object) -> str:
    if not isinstance(value, str):
        return ""
    shown = " ".join(value.split())
    return shown if len(shown) <= _SHOWN_MESSAGE else shown[: _SHOWN_MESSAGE - 1] + "…"
