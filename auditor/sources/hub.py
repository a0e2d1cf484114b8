"""Fetches a model's card and license-like files from a Hugging Face Hub, never its weights."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, replace
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
from auditor.sources.hub_errors import hub_errors, translate_hub_error
from auditor.sources.redact import redact_url, register_secrets

if TYPE_CHECKING:
    from huggingface_hub import HfApi

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
_SHA = re.compile(r"^[0-9a-f]{40}$")


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
        """The endpoint as shown and recorded (results, caches, messages): credentials in it
        replaced by `***`, without a trailing slash."""
        return redact_url(self.client_endpoint)

    @property
    def client_endpoint(self) -> str:
        """The endpoint the client connects to, credentials included: never shown."""
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

    register_secrets(options.token, options.endpoint)
    return HfApi(
        endpoint=options.client_endpoint,
        token=options.token,
        library_name="model-license-auditor",
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
        raise translate_hub_error(err, target, options.endpoint_url) from err
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
                endpoint=options.client_endpoint,
                token=options.token,
                etag_timeout=options.timeout,
            )
        except hub_errors() as err:
            translated = translate_hub_error(err, target, options.endpoint_url, file=path)
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

    gguf_metadata = None
    ggufs = [p for p in files if p.lower().endswith(".gguf")]
    if ggufs:  # the header's first bytes only, never the tensors
        from auditor.sources.hub_gguf import fetch_gguf_metadata

        client_url = f"{options.client_endpoint.rstrip('/')}/{repo_id}/resolve/{sha}/{ggufs[0]}"
        gguf_metadata, problems = fetch_gguf_metadata(
            client_url, ggufs[0], token=options.token, timeout=options.timeout
        )
        findings.extend(problems)
        if gguf_metadata is not None:
            provenance["gguf"] = base_url + ggufs[0]

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
        gguf_metadata=gguf_metadata,
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
