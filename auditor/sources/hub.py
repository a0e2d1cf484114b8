"""Fetches a model's card and license-like files from a Hugging Face Hub, never its weights."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.errors import SourceError, TargetError
from auditor.model import (
    Category,
    Finding,
    FrontMatterState,
    LicenseFile,
    ParsedCard,
    Severity,
    SourceSnapshot,
    Target,
)
from auditor.sources.base import (
    CARD_FILE,
    MAX_CARD_BYTES,
    MAX_LICENSE_FILE_BYTES,
    card_too_large,
    decode_card,
    is_license_like,
    is_safe_repo_path,
    license_file_from_bytes,
    too_large,
    unsafe_path_finding,
)
from auditor.sources.card import parse_card

if TYPE_CHECKING:
    from huggingface_hub import HfApi

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
_SHA = re.compile(r"^[0-9a-f]{40}$")
GATED_HINT = "gated: accept the terms on the model page and set HF_TOKEN (or pass --token)"


@dataclass(frozen=True, slots=True)
class HubOptions:
    """How to reach the Hub: all explicit, because the client reads its environment at import."""

    endpoint: str | None = None
    token: str | None = None
    cache_dir: Path | None = None
    offline: bool = False
    max_file_bytes: int = MAX_LICENSE_FILE_BYTES
    timeout: float = 20.0

    @property
    def endpoint_url(self) -> str:
        """The endpoint actually used, without a trailing slash."""
        return (self.endpoint or DEFAULT_ENDPOINT).rstrip("/")


def fetch_hub_snapshot(target: Target, options: HubOptions) -> SourceSnapshot:
    """Gather card, license files and metadata of `target` at its revision (or from cache).

    Raises TargetError for a missing repo, revision or uncached model offline, and
    SourceError when the Hub cannot be reached. A gated repo whose files are refused
    returns a snapshot marked incomplete, with what its public metadata says.
    """
    if options.offline:
        return _snapshot_from_cache(target, options)
    return _snapshot_online(target, options)


def _api(options: HubOptions) -> HfApi:
    # Imported here: huggingface_hub is the slowest import and the warm, offline paths
    # that never touch the network should not pay for it.
    from huggingface_hub import HfApi

    return HfApi(
        endpoint=options.endpoint_url, token=options.token, library_name="model-license-auditor"
    )


def _snapshot_online(target: Target, options: HubOptions) -> SourceSnapshot:
    from huggingface_hub import hf_hub_download

    repo_id = target.location
    api = _api(options)
    try:
        info = api.model_info(
            repo_id, revision=target.revision, files_metadata=True, timeout=options.timeout
        )
    except hub_errors() as err:
        raise _translate(err, target, options) from err
    sha = info.sha
    if not sha:
        raise SourceError(f"{target.text}: the Hub answered without a commit sha")
    gated = bool(info.gated)
    findings: list[Finding] = []
    siblings = []
    for sibling in info.siblings or []:
        if is_safe_repo_path(sibling.rfilename):
            siblings.append(sibling)
        else:
            findings.append(unsafe_path_finding(sibling.rfilename))
    sizes = {s.rfilename: s.size for s in siblings}
    # The Hub's git blob id (files_metadata=True): fresh even when the cache holds a file
    # that was changed in place at the same commit, which the client never re-downloads.
    blob_ids = {s.rfilename: s.blob_id for s in siblings}
    files = tuple(sorted(sizes))
    base_url = f"{options.endpoint_url}/{repo_id}/resolve/{sha}/"
    incomplete: str | None = None

    def download(path: str) -> tuple[bytes | None, str | None]:
        try:
            local = hf_hub_download(
                repo_id,
                path,
                revision=sha,
                cache_dir=options.cache_dir,
                endpoint=options.endpoint_url,
                token=options.token,
                etag_timeout=options.timeout,
            )
        except hub_errors() as err:
            translated = _translate(err, target, options, file=path)
            return None, translated.message if translated.hint is None else str(translated)
        downloaded = Path(str(local))
        limit = max(MAX_CARD_BYTES, options.max_file_bytes)
        if downloaded.stat().st_size > limit:  # the listing understated it: never load it
            size = downloaded.stat().st_size
            return None, f"{path} is {size:,} bytes, more than the listing said; it was not read"
        return downloaded.read_bytes(), None

    card: ParsedCard | None = None
    card_path: str | None = None
    provenance: dict[str, str] = {"model_info": f"{options.endpoint_url}/api/models/{repo_id}"}
    card_size = sizes.get(CARD_FILE)
    if card_size is not None and card_size > MAX_CARD_BYTES:
        findings.append(card_too_large(CARD_FILE, card_size))  # cardData below still counts
    elif CARD_FILE in sizes:
        data, error = download(CARD_FILE)
        text, problems = decode_card(CARD_FILE, data) if data is not None else (None, [])
        findings.extend(problems)
        if text is not None:
            card = parse_card(text)
            card_path = CARD_FILE
            provenance["card"] = base_url + CARD_FILE
        elif data is None:
            findings.append(_fetch_failed(CARD_FILE, error))
            incomplete = error
    if card is None and info.card_data is not None:
        # The Hub serves the parsed front matter in model_info even when the file is refused.
        card = ParsedCard(
            metadata=dict(info.card_data.to_dict()),  # type: ignore[no-untyped-call]
            body="",
            body_line=1,
            state=FrontMatterState.OK,
            problems=("card text not available; metadata from the Hub API's cardData",),
        )
        provenance["card"] = provenance["model_info"] + " (cardData)"

    license_files: list[LicenseFile] = []
    for path in (p for p in files if is_license_like(p)):
        size = sizes.get(path)
        url = base_url + path
        if size is not None and size > options.max_file_bytes:
            file, problems = too_large(path, size, url, options.max_file_bytes)
            license_files.append(replace(file, blob_id=blob_ids.get(path)))
            findings.extend(problems)
            continue
        data, error = download(path)
        if data is None:
            findings.append(_fetch_failed(path, error))
            incomplete = incomplete or error
            license_files.append(
                LicenseFile(
                    path,
                    None,
                    size,
                    None,
                    url,
                    skipped=error or "not downloaded",
                    blob_id=blob_ids.get(path),
                )
            )
            continue
        file, problems = license_file_from_bytes(path, data, url, options.max_file_bytes)
        license_files.append(replace(file, blob_id=blob_ids.get(path)))
        findings.extend(problems)
        provenance[path] = url

    if card_path is not None or any(f.sha256 for f in license_files):
        _record_ref(repo_id, target.revision or "main", sha, options)
    if gated:
        findings.append(
            Finding(
                rule="source-gated",
                category=Category.SOURCE,
                severity=Severity.INFO,
                message=f"{repo_id} is gated: its terms must be accepted on the model page "
                "before download",
            )
        )
    return SourceSnapshot(
        target=target,
        repo_id=repo_id,
        revision=target.revision,
        resolved_sha=sha,
        endpoint=options.endpoint_url,
        gated=gated,
        card=card,
        card_path=card_path,
        license_files=tuple(license_files),
        files=files,
        provenance=provenance,
        findings=tuple(findings),
        incomplete=incomplete,
    )


def _record_ref(repo_id: str, revision: str, sha: str, options: HubOptions) -> None:
    """Record which commit a branch or tag name resolved to, as the client's cache does.

    NOTE: we download by the resolved sha so that every file comes from one commit; the
    client writes `refs/<name>` only for downloads by name, so an offline run asking for
    `main` would not find the snapshot. The layout is documented in the client's cache
    guide (models--org--name/refs/<revision> holding the 40-hex commit, no newline).
    """
    if _SHA.match(revision):
        return
    from huggingface_hub import constants

    cache = Path(options.cache_dir) if options.cache_dir else Path(constants.HF_HUB_CACHE)
    ref = cache / f"models--{repo_id.replace('/', '--')}" / "refs" / revision
    try:
        ref.parent.mkdir(parents=True, exist_ok=True)
        tmp = ref.with_name(f".{ref.name}.{os.getpid()}.tmp")
        tmp.write_text(sha, encoding="utf-8")
        tmp.replace(ref)
    except OSError as err:  # a read-only cache only costs the offline shortcut
        log.warning("could not record %s@%s in the cache: %s", repo_id, revision, err)


def _snapshot_from_cache(target: Target, options: HubOptions) -> SourceSnapshot:
    from huggingface_hub import snapshot_download

    repo_id = target.location
    revision = target.revision or "main"
    try:
        folder = Path(
            str(
                snapshot_download(
                    repo_id,
                    revision=revision,
                    cache_dir=options.cache_dir,
                    local_files_only=True,
                )
            )
        )
    except hub_errors() as err:
        raise TargetError(
            f"{target.text}: not in the local Hugging Face cache (offline mode)",
            hint="run once without --offline to cache its card and license files, "
            "or check --cache-dir / HF_HUB_CACHE",
            code="source-not-cached",
        ) from err
    sha = folder.name if _SHA.match(folder.name) else None
    findings: list[Finding] = []
    files = tuple(
        sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    )
    card: ParsedCard | None = None
    card_path: str | None = None
    provenance = {"cache": str(folder)}
    card_size = (folder / CARD_FILE).stat().st_size if CARD_FILE in files else 0
    if card_size > MAX_CARD_BYTES:
        findings.append(card_too_large(CARD_FILE, card_size))
    elif CARD_FILE in files:
        text, problems = decode_card(CARD_FILE, (folder / CARD_FILE).read_bytes())
        findings.extend(problems)
        if text is not None:
            card = parse_card(text)
            card_path = CARD_FILE
            provenance["card"] = str(folder / CARD_FILE)
    license_files: list[LicenseFile] = []
    for path in (p for p in files if is_license_like(p)):
        cached = folder / path
        size = cached.stat().st_size
        if size > options.max_file_bytes:
            file, problems = too_large(path, size, str(cached), options.max_file_bytes)
        else:
            file, problems = license_file_from_bytes(
                path, cached.read_bytes(), str(cached), options.max_file_bytes
            )
        license_files.append(file)
        findings.extend(problems)
    findings.append(
        Finding(
            rule="source-offline-cache",
            category=Category.SOURCE,
            severity=Severity.INFO,
            message=f"offline: {repo_id}@{revision} read from the local cache; "
            "the file list holds only cached files and the gated state is unknown",
        )
    )
    return SourceSnapshot(
        target=target,
        repo_id=repo_id,
        revision=target.revision,
        resolved_sha=sha,
        endpoint=options.endpoint_url,
        gated=None,
        card=card,
        card_path=card_path,
        license_files=tuple(license_files),
        files=files,
        provenance=provenance,
        findings=tuple(findings),
    )


def _fetch_failed(path: str, error: str | None) -> Finding:
    return Finding(
        rule="source-file-unavailable",
        category=Category.SOURCE,
        severity=Severity.BLOCK,
        message=f"{path} could not be downloaded: {error}",
        remediation="fix access to the repo and audit again; the license could not be verified",
    )


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


def _translate(
    err: Exception, target: Target, options: HubOptions, *, file: str | None = None
) -> TargetError | SourceError:
    """Map the Hub client's exceptions to our errors with a message a user can act on."""
    from huggingface_hub import errors as hf

    what = target.text if file is None else f"{target.text}: {file}"
    if isinstance(err, hf.GatedRepoError):
        return TargetError(
            f"{what}: access refused", hint=GATED_HINT, code="source-gated-no-access"
        )
    if isinstance(err, hf.RevisionNotFoundError):
        return TargetError(
            f"{what}: revision {target.revision!r} not found",
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
            f"{what}: repo not found on {options.endpoint_url}",
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
    if _is_redirect_loop(err):
        return SourceError(
            f"{what}: the Hub kept redirecting (a redirect loop) ({options.endpoint_url})",
            hint="a mirror or proxy is probably misconfigured: check --endpoint or HF_ENDPOINT",
            code="source-redirect-loop",
        )
    return SourceError(
        f"{what}: {_transport_problem(err)} ({options.endpoint_url})",
        hint="check the network, --endpoint or HF_ENDPOINT, and try again",
        code="source-unreachable",
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
