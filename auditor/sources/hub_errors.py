"""Turns the Hub client's exceptions into our errors, with a message and hint a user can act on.

Part of the Hub source (`hub`): every request the client makes is wrapped in these.
"""

from __future__ import annotations

from functools import cache

from auditor.errors import SourceError, TargetError
from auditor.model import Target
from auditor.sources.hub_repo import hub_repo

GATED_HINT = "gated: accept the terms on the model page and set HF_TOKEN (or pass --token)"


def gated_hint(target: Target) -> str:
    """GATED_HINT, naming the dataset page for a dataset repo."""
    return GATED_HINT.replace("model page", hub_repo(target).page)


@cache
def hub_errors() -> tuple[type[Exception], ...]:
    """What the Hub client may raise for a failed request: its own errors and its backend's.

    NOTE: connection resets and truncated bodies reach us as the HTTP backend's transport
    errors (httpx2 in huggingface_hub 2.x, httpx in 1.x), not as hub errors; the backend's
    base class is found through HfHubHTTPError's bases, so no backend is imported by name.
    """
    from huggingface_hub import errors as hf

    backend = tuple(
        base
        for base in hf.HfHubHTTPError.__mro__
        if base.__name__ == "HTTPError" and base.__module__.split(".")[0].startswith("httpx")
    )
    return (OSError, ValueError, hf.HfHubHTTPError, *backend)


@cache
def retryable_errors() -> tuple[type[Exception], ...]:
    """Failures worth one more try: the backend's transport errors (a refused or reset
    connection, a timeout, a body cut short), never a redirect loop or an error answer."""
    import importlib

    from huggingface_hub import errors as hf

    backends = {
        base.__module__.split(".")[0]
        for base in hf.HfHubHTTPError.__mro__
        if base.__name__ == "HTTPError" and base.__module__.split(".")[0].startswith("httpx")
    }
    found = [getattr(importlib.import_module(name), "TransportError", None) for name in backends]
    return (ConnectionError, *(kind for kind in found if isinstance(kind, type)))


def translate_hub_error(
    err: Exception, target: Target, endpoint_url: str, *, file: str | None = None
) -> TargetError | SourceError:
    """Map the Hub client's exceptions to our errors with a message a user can act on."""
    from huggingface_hub import errors as hf

    what = target.text if file is None else f"{target.text}: {file}"
    if isinstance(err, hf.GatedRepoError):
        return TargetError(
            f"{what}: access refused", hint=gated_hint(target), code="source-gated-no-access"
        )
    if isinstance(err, hf.RevisionNotFoundError):
        return TargetError(
            f"{what}: revision {target.revision or 'main'!r} not found",
            hint="check the branch, tag or commit sha after '@'",
            code="source-revision-not-found",
        )
    # NOTE: in huggingface_hub 2.x LocalEntryNotFoundError ("could not reach the Hub and no
    # cached copy") subclasses EntryNotFoundError, so it must be told apart first.
    if isinstance(err, hf.LocalEntryNotFoundError):
        return SourceError(
            f"{what}: the Hub could not be reached and no cached copy exists",
            hint="check the network or --endpoint",
            code="source-unreachable",
        )
    if isinstance(err, hf.EntryNotFoundError):
        return TargetError(f"{what}: file not found in the repo", code="source-file-not-found")
    if isinstance(err, hf.DisabledRepoError):
        return TargetError(
            f"{what}: the repo has been disabled on the Hub", code="source-repo-disabled"
        )
    if isinstance(err, hf.RepositoryNotFoundError):
        return TargetError(
            f"{what}: repo not found on {endpoint_url}",
            hint="check the repo id; a private repo needs HF_TOKEN or --token",
            code="source-repo-not-found",
        )
    if isinstance(err, hf.OfflineModeIsEnabled):
        return SourceError(
            f"{what}: HF_HUB_OFFLINE is set in the environment",
            hint="pass --offline to read from the cache, or unset HF_HUB_OFFLINE",
            code="source-offline",
        )
    if isinstance(err, hf.HfHubHTTPError):
        status = err.response.status_code if err.response is not None else "?"
        return SourceError(
            f"{what}: the Hub answered HTTP {status}",
            hint="try again later",
            code="source-http-error",
        )
    if _is_invalid_answer(err):
        return SourceError(
            f"{what}: the Hub's answer was not valid JSON ({endpoint_url})",
            hint="a proxy or mirror may be answering instead of the Hub: check --endpoint or "
            "HF_ENDPOINT, and try again",
            code="source-http-error",
        )
    if _is_redirect_loop(err):
        return SourceError(
            f"{what}: the Hub kept redirecting (a redirect loop) ({endpoint_url})",
            hint="a mirror or proxy is probably misconfigured: check --endpoint or HF_ENDPOINT",
            code="source-redirect-loop",
        )
    return SourceError(
        f"{what}: {_transport_problem(err)} ({endpoint_url})",
        hint="check the network, --endpoint or HF_ENDPOINT, and try again",
        code="source-unreachable",
    )


def _is_invalid_answer(err: Exception) -> bool:
    """The Hub (or what answers in its place) sent a body that is not the JSON it promises."""
    import json

    return isinstance(err, json.JSONDecodeError) or (
        isinstance(err, ValueError) and "JSONDecodeError" in type(err).__name__
    )


def _is_redirect_loop(err: Exception) -> bool:
    """The HTTP backend gave up following redirects (httpx's TooManyRedirects, requests')."""
    return type(err).__name__ == "TooManyRedirects" or "redirects" in str(err).lower()


def _transport_problem(err: Exception) -> str:
    """What went wrong on the wire, in words (the backend's class names mean little to users)."""
    name = type(err).__name__
    text = str(err)
    if "Consistency check failed" in text or ("size" in text.lower() and "expected" in text):
        return "the downloaded file's size did not match what the Hub announced"
    if "Timeout" in name:
        return "the Hub did not answer in time"
    if name in {"ConnectError", "ConnectionRefusedError"}:
        return "the connection to the Hub was refused"
    if name in {"ReadError", "RemoteProtocolError", "WriteError", "ConnectionResetError"}:
        return "the connection to the Hub broke off mid-answer"
    return "could not reach the Hub"
