"""Reads an Ollama model's manifest and its small layers from a registry, or offline from cache.

Part of the Ollama source (`ollama`). The registry API is the OCI distribution API the Ollama
client speaks (github.com/ollama/ollama, `server/images.go`): `GET /v2/<namespace>/<model>/
manifests/<tag or digest>` and `GET /v2/<namespace>/<model>/blobs/<digest>`, over https (http
only for a registry on this machine). Only the layers the source asks for are fetched, each
bounded by its declared size and cap and checked against its digest before it is used or kept;
the weights are never asked for. What is fetched is kept in the auditor's cache, laid out as an
Ollama store (ollama_store.py): a pinned manifest (`model:tag@sha256:...`) already there is read
without a request, online or not.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import SourceError, TargetError
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding
from auditor.resources import default_cache_dir
from auditor.sources.hub_limits import BudgetExceeded, ModelBudget
from auditor.sources.ollama_http import ErrorAnswer, TooLargeError, fetch
from auditor.sources.ollama_ref import (
    MAX_MANIFEST_BYTES,
    Layer,
    ManifestError,
    OllamaManifest,
    OllamaName,
    is_loopback,
    parse_manifest,
)
from auditor.sources.ollama_store import (
    check_digest,
    keep_blob,
    keep_manifest,
    manifest_path,
    read_blob,
    read_store_file,
    sha256_digest,
)
from auditor.sources.redact import register_secrets

TOKEN_ENV = "AUDITOR_OLLAMA_TOKEN"
"""A bearer token for a private registry; for `hf.co` models the Hub token serves when unset."""
CACHE_ENV = "AUDITOR_OLLAMA_CACHE"
"""Where fetched manifests and layers are kept; default: `ollama/` in the auditor's cache."""
_ACCEPT = (
    "application/vnd.docker.distribution.manifest.v2+json, "
    "application/vnd.oci.image.manifest.v1+json"
)

LayerReader = Callable[[Layer, int], bytes]
"""A layer's checked bytes, at most the cap given; raises SourceError or TargetError."""


@dataclass(frozen=True, slots=True)
class RegistryAccess:
    """How to reach one model's registry: cache, token, offline switch, timeout and budget."""

    cache: Path
    token: str | None
    offline: bool
    timeout: float
    budget: ModelBudget

    @staticmethod
    def from_environment(
        name: OllamaName,
        *,
        hub_token: str | None,
        offline: bool,
        timeout: float,
        budget: ModelBudget,
    ) -> RegistryAccess:
        """The access `name` gets: the token from `AUDITOR_OLLAMA_TOKEN` (for a model the
        Hugging Face Hub serves, the Hub's token when that is unset), the cache from
        `AUDITOR_OLLAMA_CACHE` or the auditor's cache folder."""
        token = os.environ.get(TOKEN_ENV) or (hub_token if name.is_hugging_face else None)
        register_secrets(token, None)
        configured = os.environ.get(CACHE_ENV)
        cache = Path(configured).expanduser() if configured else default_cache_dir() / "ollama"
        return RegistryAccess(cache, token or None, offline, timeout, budget)


def registry_base(name: OllamaName) -> str:
    """`https://<host>`, or `http://` for a registry on this machine."""
    scheme = "http" if is_loopback(name.host) else "https"
    return f"{scheme}://{name.host}"


def fetch_manifest(
    name: OllamaName, access: RegistryAccess
) -> tuple[OllamaManifest, list[Finding]]:
    """The manifest `name` names (its pinned digest, else its tag), checked and kept.

    Raises TargetError for a missing model or tag, a refused token or an uncached model
    offline, SourceError for a digest that does not match, an invalid or oversized manifest
    and a registry that cannot be reached."""
    findings: list[Finding] = []
    where = f"{registry_base(name)}/{name.repository}"
    data = None
    if name.digest is not None:
        data = read_blob(access.cache, name.digest, MAX_MANIFEST_BYTES, where=str(access.cache))
    if data is None and access.offline:
        if name.digest is None:
            data = read_store_file(manifest_path(access.cache, name), MAX_MANIFEST_BYTES)
        if data is None:
            raise TargetError(
                f"{name.ref}: not in the Ollama cache ({access.cache}), and the run is offline",
                hint="run once online to cache it, or scan the manifest file of a local store",
                code="source-not-cached",
            )
        findings.append(_offline_note(name, access.cache))
    elif data is None:
        url = f"{registry_base(name)}/v2/{name.repository}/manifests/{name.digest or name.tag}"
        data = _get(name, url, access, MAX_MANIFEST_BYTES, what="manifest")
        if name.digest is not None:
            check_digest(data, name.digest, where)
            keep_blob(access.cache, name.digest, data)
        else:
            keep_manifest(access.cache, name, data)
    if len(data) > MAX_MANIFEST_BYTES:
        raise SourceError(
            f"{name.ref}: the manifest is larger than {MAX_MANIFEST_BYTES:,} bytes; not read",
            code="source-limit-reached",
        )
    try:
        return parse_manifest(data, sha256_digest(data)), findings
    except ManifestError as err:
        raise SourceError(
            f"{name.ref}: the registry's manifest is not valid ({err})",
            hint="a proxy may be answering instead of the registry: check the registry name",
            code="source-http-error",
        ) from err


def registry_layer_reader(name: OllamaName, access: RegistryAccess) -> LayerReader:
    """Reads a layer from the cache, else from the registry (then keeps it), checked."""
    where = f"{registry_base(name)}/{name.repository}"

    def read(layer: Layer, cap: int) -> bytes:
        cached = read_blob(access.cache, layer.digest, cap, where=str(access.cache))
        if cached is not None:
            return cached
        if access.offline:
            raise TargetError(
                f"{name.ref}: layer {layer.digest} is not in the Ollama cache, and the run "
                "is offline",
                hint="run once online to cache the model",
                code="source-not-cached",
            )
        url = f"{registry_base(name)}/v2/{name.repository}/blobs/{layer.digest}"
        data = _get(name, url, access, min(cap, layer.size), what=f"layer {layer.digest}")
        check_digest(data, layer.digest, where)
        keep_blob(access.cache, layer.digest, data)
        return data

    return read


def _get(name: OllamaName, url: str, access: RegistryAccess, cap: int, *, what: str) -> bytes:
    """One bounded GET, its failures as the auditor's errors."""
    try:
        return fetch(
            url,
            budget=access.budget,
            cap=cap,
            timeout=access.timeout,
            token=access.token,
            accept=_ACCEPT if what == "manifest" else None,
        )
    except BudgetExceeded as err:
        raise SourceError(
            f"{name.ref}: {err.message}; the model was not read",
            hint="the registry or a proxy answers too slowly or too much: try again later",
            code="source-limit-reached",
        ) from err
    except TooLargeError as err:
        if what == "manifest":
            raise SourceError(
                f"{name.ref}: the registry's manifest is {err.size:,} bytes or more, over the "
                f"cap of {err.cap:,}; not read",
                hint="a proxy may be answering instead of the registry",
                code="source-limit-reached",
            ) from err
        raise SourceError(  # the manifest's size is part of what the digest vouches for
            f"{name.ref}: the registry answered {what} with {err.size:,} bytes or more, where "
            f"the manifest says {err.cap:,}; it was not used",
            hint="the registry or a proxy answered substituted content: report the registry",
            code="source-digest-mismatch",
        ) from err
    except ErrorAnswer as err:
        raise _answer_error(name, what, err) from err


def _answer_error(name: OllamaName, what: str, err: ErrorAnswer) -> TargetError | SourceError:
    codes = _oci_codes(err.body)
    if err.status in (401, 403):
        return TargetError(
            f"{name.ref}: the registry refused access to {name.repository} (HTTP {err.status})",
            hint=f"set {TOKEN_ENV} to a token the registry accepts",
            code="source-gated-no-access",
        )
    if err.status == 404 and what == "manifest":
        if "NAME_UNKNOWN" in codes:
            return TargetError(
                f"{name.ref}: the registry {name.host} has no model {name.repository}",
                hint="check the name on the registry's site (ollama.com/library for the "
                "library); a model made with `ollama create` is on no registry: scan its "
                "manifest file in the local store instead",
                code="source-repo-not-found",
            )
        if "MANIFEST_UNKNOWN" in codes or "TAG_INVALID" in codes:
            pinned = f"no manifest {name.digest}" if name.digest else f"no tag {name.tag!r}"
            return TargetError(
                f"{name.ref}: {name.repository} on {name.host} has {pinned}",
                hint="list the model's tags on the registry's site and name one of them",
                code="source-revision-not-found",
            )
        return TargetError(
            f"{name.ref}: the registry {name.host} has no model {name.repository} with tag "
            f"{name.tag!r}",
            hint="check the model name and tag",
            code="source-repo-not-found",
        )
    if err.status == 404:
        return SourceError(
            f"{name.ref}: the registry lists {what} but does not serve it (HTTP 404)",
            hint="try again later; the registry may be mid-update",
            code="source-file-not-found",
        )
    return SourceError(
        f"{name.ref}: the registry answered HTTP {err.status} for the {what}",
        hint="try again later",
        code="source-http-error",
    )


def _oci_codes(body: bytes) -> set[str]:
    """The `errors[].code` words of an OCI error answer (none when it is not one)."""
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):
        return set()
    errors = doc.get("errors") if isinstance(doc, dict) else None
    if not isinstance(errors, list):
        return set()
    return {str(e.get("code")) for e in errors if isinstance(e, dict)}


def _offline_note(name: OllamaName, cache: Path) -> Finding:
    return Finding(
        rule="source-offline-cache",
        category=Category.SOURCE,
        severity=observed_severity("source-offline-cache"),
        message=f"{name.ref}: read offline from the Ollama cache ({cache}); the registry may "
        "have moved the tag since",
        remediation="pin the model (name:tag@sha256:...) so every audit reads the same manifest",
    )
