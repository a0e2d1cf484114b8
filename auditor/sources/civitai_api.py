"""Reads a Civitai model and the version a reference names from the REST API, or offline from
the auditor's cache.

Part of the Civitai source (`civitai`). `GET <endpoint>/api/v1/models/<id>` gives the model,
its permissions and its published versions; a pinned version the model does not list is asked
for at `GET /api/v1/model-versions/<id>`, to tell a version of another model (a clear error)
from an unpublished or missing one. Every request is bounded like the Ollama source's (requests,
bytes and a deadline per model, ollama_http.py); an API answer is never taken from another
address: a redirect is refused. What was read is kept in the cache keyed by version id (the
model's fields and that version only), with the last version read for each model id, so an
offline run reads a pinned version, or an unpinned model's last version with a finding saying
so.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import SourceError, TargetError
from auditor.fileio.bounded import read_bounded
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding
from auditor.resources import default_cache_dir
from auditor.sources.civitai_model import (
    CivitaiModel,
    CivitaiVersion,
    ShapeError,
    model_id_of_version,
    parse_model,
)
from auditor.sources.civitai_ref import CivitaiRef
from auditor.sources.hub_limits import MAX_ERROR_BODY_BYTES, BudgetExceeded, ModelBudget
from auditor.sources.ollama_http import (
    REDIRECT_STATUSES,  # the statuses a redirect answers with: refused here, never followed
    ErrorAnswer,
    TooLargeError,
    exchange,
    read_body,
)
from auditor.sources.ollama_store import keep_file
from auditor.sources.redact import redact_url, register_secrets

ENDPOINT_ENV = "AUDITOR_CIVITAI_ENDPOINT"
TOKEN_ENV = "CIVITAI_API_TOKEN"
CACHE_ENV = "AUDITOR_CIVITAI_CACHE"
DEFAULT_ENDPOINT = "https://civitai.com"
MAX_MODEL_BYTES = 16 * 1024 * 1024
"""A model answer lists every version with its files and sample images: a few MB at most."""


@dataclass(frozen=True, slots=True)
class CivitaiAccess:
    """How to reach Civitai for one model: endpoint, token, cache, offline switch and budget."""

    endpoint: str
    token: str | None
    cache: Path
    offline: bool
    timeout: float
    budget: ModelBudget

    @staticmethod
    def from_environment(*, offline: bool, timeout: float, budget: ModelBudget) -> CivitaiAccess:
        """The endpoint from `AUDITOR_CIVITAI_ENDPOINT` (default https://civitai.com), the
        token from `CIVITAI_API_TOKEN`, the cache from `AUDITOR_CIVITAI_CACHE` (default:
        `civitai/` in the auditor's cache folder)."""
        endpoint = (os.environ.get(ENDPOINT_ENV) or DEFAULT_ENDPOINT).rstrip("/")
        token = os.environ.get(TOKEN_ENV) or None
        register_secrets(token, None)
        configured = os.environ.get(CACHE_ENV)
        cache = Path(configured).expanduser() if configured else default_cache_dir() / "civitai"
        return CivitaiAccess(endpoint, token, cache, offline, timeout, budget)

    @property
    def shown(self) -> str:
        """The endpoint as results and messages show it (no credentials)."""
        return redact_url(self.endpoint)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A model, the version chosen, and what to say about how they were read."""

    model: CivitaiModel
    version: CivitaiVersion
    findings: tuple[Finding, ...] = ()


def fetch_version(ref: CivitaiRef, access: CivitaiAccess) -> Fetched:
    """The model `ref` names and its version (the pinned one, else the latest published).

    Raises TargetError for a missing model or version, a version of another model, a refused
    token or an uncached model offline; SourceError for an answer that is not the documented
    shape, too large, redirected, or a server that cannot be reached."""
    if access.offline:
        return _from_cache(ref, access)
    data = _get(ref, f"/api/v1/models/{ref.model_id}", access, what="model")
    model = _parse(ref, data)
    if model.id != ref.model_id:
        raise SourceError(
            f"{ref.text}: the Civitai API answered model {model.id} for model {ref.model_id}",
            hint="a proxy may be answering instead of Civitai: check AUDITOR_CIVITAI_ENDPOINT",
            code="source-http-error",
        )
    version = _chosen(ref, model, access)
    _keep_version(access.cache, data, model.id, version.id)
    return Fetched(model, version)


def _chosen(ref: CivitaiRef, model: CivitaiModel, access: CivitaiAccess) -> CivitaiVersion:
    if ref.version_id is None:
        latest = model.latest()
        if latest is None:
            raise TargetError(
                f"{ref.text}: model {model.id} has no published version",
                code="source-revision-not-found",
            )
        return latest
    version = model.version(ref.version_id)
    if version is not None:
        return version
    owner = _owner_of(ref, access)
    if owner is not None and owner != ref.model_id:
        raise TargetError(
            f"{ref.text}: version {ref.version_id} is a version of Civitai model {owner}, not "
            f"of model {ref.model_id}",
            hint=f"write civitai:{owner}@{ref.version_id}, or name a version of model "
            f"{ref.model_id}",
            code="target-invalid",
        )
    raise TargetError(
        f"{ref.text}: model {ref.model_id} has no published version {ref.version_id}",
        hint="list the model's versions on its page and name one of them",
        code="source-revision-not-found",
    )


def _owner_of(ref: CivitaiRef, access: CivitaiAccess) -> int | None:
    """The model a version belongs to, per `/api/v1/model-versions/<id>` (None: not found)."""
    try:
        data = _get(ref, f"/api/v1/model-versions/{ref.version_id}", access, what="version")
    except TargetError:
        return None
    return model_id_of_version(data)


def _parse(ref: CivitaiRef, data: bytes) -> CivitaiModel:
    try:
        return parse_model(data)
    except ShapeError as err:
        raise SourceError(
            f"{ref.text}: the Civitai API's answer is not a model as documented ({err})",
            hint="a proxy may be answering instead of Civitai: check AUDITOR_CIVITAI_ENDPOINT",
            code="source-http-error",
        ) from err


def _get(ref: CivitaiRef, path: str, access: CivitaiAccess, *, what: str) -> bytes:
    """One bounded GET of the API; a redirect is refused, failures are the auditor's errors."""
    url = access.endpoint + path
    headers = {"User-Agent": "model-license-auditor", "Accept": "application/json"}
    if access.token:
        headers["Authorization"] = f"Bearer {access.token}"
    try:
        status, response = exchange(url, headers, access.budget, access.timeout)
        with contextlib.closing(response):
            if status in REDIRECT_STATUSES:
                target = redact_url(str(response.headers.get("Location") or "nowhere"))[:200]
                raise SourceError(
                    f"{ref.text}: the Civitai API redirected the {what} to {target}; an API "
                    "answer is read only from the endpoint itself",
                    hint="check AUDITOR_CIVITAI_ENDPOINT (https://civitai.com)",
                    code="source-http-error",
                )
            if 200 <= status < 300:
                return read_body(response, MAX_MODEL_BYTES, access.budget)
            body = read_body(response, MAX_ERROR_BODY_BYTES, access.budget, cut=True)
            raise ErrorAnswer(status, body)
    except BudgetExceeded as err:
        raise SourceError(
            f"{ref.text}: {err.message}; the model was not read",
            hint="Civitai or a proxy answers too slowly or too much: try again later",
            code="source-limit-reached",
        ) from err
    except TooLargeError as err:
        raise SourceError(
            f"{ref.text}: the Civitai API answered the {what} with {err.size:,} bytes or more, "
            f"over the cap of {err.cap:,}; not read",
            hint="a proxy may be answering instead of Civitai",
            code="source-limit-reached",
        ) from err
    except ErrorAnswer as err:
        raise _answer_error(ref, what, err.status, access.shown) from err


def _answer_error(ref: CivitaiRef, what: str, status: int, shown: str) -> AuditorErrors:
    if status in (401, 403):
        return TargetError(
            f"{ref.text}: Civitai refused access to the {what} (HTTP {status})",
            hint=f"the creator may require a login: set {TOKEN_ENV} to a Civitai API key",
            code="source-gated-no-access",
        )
    if status == 404:
        missing = f"model {ref.model_id}" if what == "model" else f"version {ref.version_id}"
        return TargetError(
            f"{ref.text}: Civitai ({shown}) has no {missing}",
            hint="check the id in the model page's address (civitai.com/models/<id>)",
            code="source-repo-not-found" if what == "model" else "source-revision-not-found",
        )
    return SourceError(
        f"{ref.text}: the Civitai API answered HTTP {status} for the {what}",
        hint="try again later",
        code="source-http-error",
    )


AuditorErrors = TargetError | SourceError


# --- the cache ------------------------------------------------------------------------------


def _version_file(cache: Path, version_id: int) -> Path:
    return cache / "versions" / f"{version_id}.json"


def _latest_file(cache: Path, model_id: int) -> Path:
    return cache / "models" / f"{model_id}.latest"


def _keep_version(cache: Path, data: bytes, model_id: int, version_id: int) -> None:
    """Keep the model's fields with this version only (its images and the other versions
    left out), and note it as the model's last version read (best effort)."""
    doc = json.loads(data)
    kept = {key: value for key, value in doc.items() if key != "modelVersions"}
    versions = [
        v for v in doc["modelVersions"] if isinstance(v, dict) and v.get("id") == version_id
    ]
    kept["modelVersions"] = [{k: v for k, v in versions[0].items() if k != "images"}]
    keep_file(_version_file(cache, version_id), json.dumps(kept).encode())
    keep_file(_latest_file(cache, model_id), str(version_id).encode())


def _from_cache(ref: CivitaiRef, access: CivitaiAccess) -> Fetched:
    version_id = ref.version_id
    if version_id is None:
        latest = _read_cache(_latest_file(access.cache, ref.model_id), 32)
        text = latest.decode("ascii", errors="replace").strip() if latest else ""
        version_id = int(text) if text.isdigit() else None
    data = (
        _read_cache(_version_file(access.cache, version_id), MAX_MODEL_BYTES)
        if version_id
        else None
    )
    if data is None or version_id is None:
        raise TargetError(
            f"{ref.text}: not in the Civitai cache ({access.cache}), and the run is offline",
            hint="run once online to cache it",
            code="source-not-cached",
        )
    model = _parse(ref, data)
    version = model.version(version_id)
    if model.id != ref.model_id or version is None:
        raise TargetError(
            f"{ref.text}: the Civitai cache holds version {version_id} of model {model.id}, not "
            f"of model {ref.model_id}",
            code="target-invalid",
        )
    return Fetched(model, version, (_offline_note(ref, version_id, access.cache),))


def _read_cache(path: Path, cap: int) -> bytes | None:
    try:
        data = read_bounded(path, cap)
    except OSError:
        return None
    return data if len(data) <= cap else None


def _offline_note(ref: CivitaiRef, version_id: int, cache: Path) -> Finding:
    unpinned = ref.version_id is None
    what = f"the last version cached for it ({version_id})" if unpinned else "the cache"
    return Finding(
        rule="source-offline-cache",
        category=Category.SOURCE,
        severity=observed_severity("source-offline-cache"),
        message=f"{ref.text}: read offline from {what} ({cache}); the creator may have "
        "published a newer version or changed the permissions since",
        remediation=f"pin the version (civitai:{ref.model_id}@<version id>) so every audit "
        "reads the same one, and audit online to see the permissions as they are now",
    )
