"""Reads a ModelScope model's evidence: its info, card and license files, never its weights.

A source (sources/registry.py): `modelscope:owner/name[@revision]` (or the model page's URL)
is read through ModelScope's HTTP API (modelscope_api.py) at one commit: a commit named is
read as it is; a branch or tag is pinned to the commit the hub's list of revisions gives it
(`CommitId`), and when it gives none the revision name stands and the result is not pinned.
The snapshot carries:

- the card (README.md, its front matter parsed like a Hub card: `license`, `base_model`, and
  ModelScope's own `tasks`, `frameworks`), and every license-like file by the Hub's name rules,
  each bounded and checked against the listed sha256 (modelscope_files.py), plus what the
  same pass as every source finds beyond the names (extra_evidence.py);
- the info's `License` as the declaration, or beside the card's (modelscope_evidence.py);
- the Hugging Face origin the model names: a parent for lineage, and its license text set
  beside the model's (`license-differs-from-origin`, sources/ollama_origin.py).

The token is `MODELSCOPE_API_TOKEN` (never shown), the hub `AUDITOR_MODELSCOPE_ENDPOINT`
(default https://www.modelscope.cn). What is read is kept in the cache (modelscope_cache.py);
`--offline` reads it, a branch or tag at the commit it was last read at, and says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from auditor.errors import SourceError, TargetError
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding, ParsedCard, SourceSnapshot, Target
from auditor.sources.base import (
    CARD_FILE,
    MAX_CARD_BYTES,
    card_too_large,
    decode_card,
    is_safe_repo_path,
    unsafe_path_finding,
)
from auditor.sources.card import parse_card
from auditor.sources.extra_evidence import gather_extra_evidence
from auditor.sources.hub_limits import BudgetExceeded
from auditor.sources.license_sniff import SNIFF_MAX_FILES_HUB
from auditor.sources.modelscope_api import (
    Access,
    commit_of,
    fetch_data,
    model_url,
    parse_files,
    revision_names,
    shape_error,
)
from auditor.sources.modelscope_cache import (
    FILES,
    INFO,
    ModelScopeCache,
    cache_root,
    entry_key,
)
from auditor.sources.modelscope_evidence import (
    MODELFILE,
    hugging_face_origin,
    info_license,
    origin_modelfile,
    with_info_evidence,
)
from auditor.sources.modelscope_files import FileReader, file_unavailable, read_license_files
from auditor.sources.modelscope_ref import (
    COMMIT,
    TOKEN_ENV,
    ModelScopeName,
    endpoint_from_environment,
    name_of_target,
    page_url,
)
from auditor.sources.ollama_origin import origin_findings
from auditor.sources.redact import redact_url, register_secrets

if TYPE_CHECKING:
    from auditor.sources.hub import HubOptions

PROTECTED = 1
"""`ProtectedMode` of a gated model (the client creates one with 1, an open one with 2)."""


@dataclass(frozen=True, slots=True)
class _At:
    """Where the model is read: the cache entry, the commit (if known), the `Revision` asked
    for, the info and file list answers, and whether those were fetched now."""

    key: str
    commit: str | None
    ask: str
    info: dict[str, object]
    listing: object
    notes: tuple[Finding, ...] = ()
    fresh: bool = False


def fetch_modelscope_snapshot(target: Target, hub: HubOptions) -> SourceSnapshot:
    """The evidence of a ModelScope model; raises TargetError (missing model or revision,
    private or gated without access, not cached offline) or SourceError (the hub cannot be
    reached, a bound was reached, content that is not the listed file's)."""
    name = name_of_target(target)
    endpoint = endpoint_from_environment()
    token = os.environ.get(TOKEN_ENV) or None
    register_secrets(token, endpoint)
    access = Access(endpoint, token, hub.timeout, hub.budget())
    cache = ModelScopeCache(cache_root(), endpoint)
    try:
        at = _locate(name, access, cache, offline=hub.offline)
        reader = FileReader(
            name, access, cache, key=at.key, revision=at.ask, files={}, offline=hub.offline
        )
        return _snapshot(target, name, at, reader, hub)
    except BudgetExceeded as err:
        raise SourceError(
            f"{name.ref}: {err.message}; the model was not read",
            hint="ModelScope or a proxy answers too slowly or too much: try again later",
            code="source-limit-reached",
        ) from err


def _locate(name: ModelScopeName, access: Access, cache: ModelScopeCache, *, offline: bool) -> _At:
    """The commit (or revision) to read, and its info and file list."""
    revision = name.wanted
    if offline:
        return _cached(name, cache, revision)
    commit: str | None = revision if name.is_commit else None
    if commit is None:
        url = model_url(access, name, "/revisions")
        answer = fetch_data(name, access, url, "list of revisions")
        listed, commit = commit_of(name, answer)
        if not listed:
            known = ", ".join(revision_names(answer)) or "none listed"
            raise TargetError(
                f"{name.ref}: {name.model_id} has no branch or tag {revision!r}",
                hint=f"name one the model lists ({known}) or a commit",
                code="source-revision-not-found",
            )
    key = entry_key(revision, commit)
    if commit is not None:  # a commit read before is read again without a request
        info, listing = cache.read_answer(name, key, INFO), cache.read_answer(name, key, FILES)
        if isinstance(info, dict) and listing is not None:
            return _At(key, commit, commit, info, listing)
    ask = commit or revision
    info = fetch_data(name, access, model_url(access, name, Revision=ask), "model info")
    if not isinstance(info, dict):
        raise shape_error(name, "model info", "its `Data` is not an object")
    url = model_url(access, name, "/repo/files", Revision=ask, Recursive="True")
    listing = fetch_data(name, access, url, "file list")
    return _At(key, commit, ask, info, listing, fresh=True)


def _cached(name: ModelScopeName, cache: ModelScopeCache, revision: str) -> _At:
    key = revision if name.is_commit else cache.read_ref(name, revision)
    info = cache.read_answer(name, key, INFO) if key else None
    listing = cache.read_answer(name, key, FILES) if key else None
    if key is None or not isinstance(info, dict) or listing is None:
        raise TargetError(
            f"{name.ref}: not in the ModelScope cache ({cache.root}), and the run is offline",
            hint="run once online to cache it",
            code="source-not-cached",
        )
    commit = key if COMMIT.match(key) else None
    if name.is_commit:
        said = "read offline from the ModelScope cache"
    else:
        last = f"commit {commit}" if commit else "the files as they were then (no commit named)"
        said = (
            f"read offline from the ModelScope cache: {revision!r} at {last}, as last read; "
            "the hub may have moved it since"
        )
    note = Finding(
        rule="source-offline-cache",
        category=Category.SOURCE,
        severity=observed_severity("source-offline-cache"),
        message=f"{name.ref}: {said}",
        remediation="pin the model (modelscope:owner/name@<commit>) so every audit reads the "
        "same files",
    )
    return _At(key, commit, commit or revision, info, listing, notes=(note,))


def _snapshot(
    target: Target, name: ModelScopeName, at: _At, reader: FileReader, hub: HubOptions
) -> SourceSnapshot:
    listed, odd = parse_files(name, at.listing)
    findings = list(at.notes)
    for file in listed:
        if is_safe_repo_path(file.path):
            reader.files[file.path] = file
        else:
            findings.append(unsafe_path_finding(file.path))
    if odd:
        reader.incomplete = f"{name.ref}: the file list names {len(odd)} entries without a path"
    shown = redact_url(reader.access.endpoint)
    base_url = f"{shown}/api/v1/models/{name.model_id}/repo?Revision={at.ask}&FilePath="
    provenance = {"model_info": f"{shown}/api/v1/models/{name.model_id}"}
    card, card_path, problems = _card(reader, at.info, base_url, provenance)
    findings.extend(problems)
    files, problems, read_from = read_license_files(
        reader, base_url, hub.max_file_bytes, hub.max_license_files
    )
    findings.extend(problems)
    provenance.update(read_from)
    sizes = {path: file.size for path, file in reader.files.items()}
    extra = gather_extra_evidence(
        sizes,
        reader.reader,
        None,
        card=card,
        card_path=card_path or CARD_FILE,
        origin=base_url,
        sniff_limit=SNIFF_MAX_FILES_HUB,
        repo_id=name.model_id,
        read_files=files,
    )
    files.extend(extra.license_files)
    findings.extend(extra.findings)
    configs = list(extra.parent_configs)
    origin = hugging_face_origin(name, card, card_path or CARD_FILE, at.info)
    if origin is not None:
        if origin.linked and not (card is not None and card.metadata.get("base_model")):
            configs.append((MODELFILE, origin_modelfile(name, at.commit, origin)))
        documents = [f for f in files if "#" not in f.path]
        findings.extend(
            origin_findings(name.ref, documents, origin.repo, hub, document="license file")
        )
    gated = at.info.get("ProtectedMode") == PROTECTED if "ProtectedMode" in at.info else None
    if gated:
        findings.append(_gated(name, shown))
    if at.fresh:
        reader.cache.keep_answer(name, at.key, INFO, at.info)
        reader.cache.keep_answer(name, at.key, FILES, at.listing)
    if reader.incomplete is None and not hub.offline:
        reader.cache.keep_ref(name, name.wanted, at.key)
    snapshot = SourceSnapshot(
        target=target,
        repo_id=f"modelscope:{name.model_id}",
        revision=name.wanted,
        resolved_sha=at.commit,
        endpoint=shown,
        gated=gated,
        card=card,
        card_path=card_path,
        license_files=tuple(files),
        files=tuple(sorted(reader.files)),
        provenance=provenance,
        findings=tuple(findings),
        incomplete=reader.incomplete,
        parent_configs=tuple(configs),
    )
    return with_info_evidence(snapshot, info_license(at.info))


def _card(
    reader: FileReader, info: dict[str, object], base_url: str, provenance: dict[str, str]
) -> tuple[ParsedCard | None, str | None, list[Finding]]:
    """The model card: README.md, else the info's `ReadMeContent` when the file is not had."""
    path = CARD_FILE if CARD_FILE in reader.files else None
    path = path or next((p for p in reader.files if p.lower() == "readme.md"), None)
    findings: list[Finding] = []
    if path is not None:
        size = reader.files[path].size
        if size is not None and size > MAX_CARD_BYTES:
            findings.append(card_too_large(path, size))
        else:
            data, error = reader.read(path, MAX_CARD_BYTES)
            if data is None:
                findings.append(file_unavailable(path, error))
            else:
                text, problems = decode_card(path, data)
                findings.extend(problems)
                if text is not None:
                    provenance["card"] = base_url + path
                    return parse_card(text), path, findings
    content = info.get("ReadMeContent")
    if isinstance(content, str) and content.strip() and len(content) <= MAX_CARD_BYTES:
        card = parse_card(content)
        note = "card text from the model info's ReadMeContent; README.md was not read"
        provenance["card"] = provenance["model_info"] + " (ReadMeContent)"
        return replace(card, problems=(*card.problems, note)), CARD_FILE, findings
    return None, None, findings


def _gated(name: ModelScopeName, endpoint: str) -> Finding:
    return Finding(
        rule="source-gated",
        category=Category.SOURCE,
        severity=observed_severity("source-gated"),
        message=f"{name.model_id} is gated on ModelScope: its terms must be accepted on "
        f"{page_url(endpoint, name)} before download",
    )
