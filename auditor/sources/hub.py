"""Fetches a model's (or a dataset's) card and license-like files from a Hub, never its weights.

A model repo and a dataset repo are read alike; where the Hub serves each is decided once, from
the target's kind (hub_repo.py). `--offline` reads the local cache (hub_offline.py).
"""

from __future__ import annotations

from auditor.knowledge.observation_weights import observed_severity
from auditor.model import (
    Category,
    Finding,
    FrontMatterState,
    ParsedCard,
    SourceSnapshot,
    Target,
)
from auditor.sources.artefact_evidence import with_artefacts
from auditor.sources.base import (
    CARD_FILE,
    MAX_CARD_BYTES,
    card_too_large,
    decode_card,
    is_safe_repo_path,
    unsafe_path_finding,
)
from auditor.sources.card import parse_card
from auditor.sources.evidence import with_evidence
from auditor.sources.hub_cache import record_ref
from auditor.sources.hub_digest import hub_listing_digest as hub_listing_digest
from auditor.sources.hub_digest import read_listing
from auditor.sources.hub_evidence import fetch_extra_evidence, fetch_license_files
from auditor.sources.hub_files import FileFetcher
from auditor.sources.hub_info import listing_digest
from auditor.sources.hub_offline import snapshot_from_cache
from auditor.sources.hub_options import DEFAULT_ENDPOINT as DEFAULT_ENDPOINT
from auditor.sources.hub_options import HubOptions as HubOptions
from auditor.sources.hub_repo import dataset_target as dataset_target
from auditor.sources.hub_repo import hub_repo
from auditor.sources.hub_revision import (
    revision_mismatch,
)
from auditor.sources.hub_security import read_scan
from auditor.sources.redact import register_secrets


def fetch_hub_snapshot(target: Target, options: HubOptions) -> SourceSnapshot:
    """Gather card, license files and metadata of `target` at its revision (or from cache):
    a model repo's, or a dataset repo's for a `hub-dataset` target (`dataset_target`).

    Raises TargetError for a missing repo, revision or uncached model offline, and
    SourceError when the Hub cannot be reached. A gated repo whose files are refused
    returns a snapshot marked incomplete, with what its public metadata says.
    """
    if options.offline:
        return with_evidence(snapshot_from_cache(target, options))
    return with_evidence(_snapshot_online(target, options))


def _snapshot_online(target: Target, options: HubOptions) -> SourceSnapshot:
    repo_id, repo = target.location, hub_repo(target)
    register_secrets(options.token, options.endpoint)
    budget = options.budget()
    info = read_listing(target, options, budget)
    sha = info.sha
    findings: list[Finding] = []
    mismatch = revision_mismatch(target, sha)
    if mismatch is not None:  # files are read at the pin; the verdict blocks on the mismatch
        findings.append(mismatch)
        sha = target.revision or sha
    siblings = []
    for sibling in info.siblings:
        if is_safe_repo_path(sibling.rfilename):
            siblings.append(sibling)
        else:
            findings.append(unsafe_path_finding(sibling.rfilename))
    sizes = {s.rfilename: s.size for s in siblings}
    # The Hub's git blob id (files_metadata=True): fresh even when the cache holds a file
    # that was changed in place at the same commit, which is never downloaded again.
    blob_ids = {s.rfilename: s.blob_id for s in siblings}
    files = tuple(sorted(sizes))
    base_url = f"{options.endpoint_url}/{repo.resolve_path}/{sha}/"
    fetch = FileFetcher(target, options, budget, sha, sizes)
    card: ParsedCard | None = None
    card_path: str | None = None
    info_key = f"{repo.repo_type}_info"  # model_info, dataset_info: the listing read
    provenance: dict[str, str] = {info_key: f"{options.endpoint_url}/{repo.api_path}"}
    card_size = sizes.get(CARD_FILE)
    if card_size is not None and card_size > MAX_CARD_BYTES:
        findings.append(card_too_large(CARD_FILE, card_size))  # cardData below still counts
    elif CARD_FILE in sizes:
        data, error = fetch.file(CARD_FILE, MAX_CARD_BYTES)
        text, problems = decode_card(CARD_FILE, data) if data is not None else (None, [])
        findings.extend(problems)
        if text is not None:
            card = parse_card(text)
            card_path = CARD_FILE
            provenance["card"] = base_url + CARD_FILE
        elif data is None:
            findings.append(_fetch_failed(CARD_FILE, error))
    if card is None and info.card_data is not None:
        # The Hub serves the parsed front matter in model_info even when the file is refused.
        card = ParsedCard(
            metadata=info.card_data,
            body="",
            body_line=1,
            state=FrontMatterState.OK,
            problems=("card text not available; metadata from the Hub API's cardData",),
        )
        provenance["card"] = provenance[info_key] + " (cardData)"

    license_files, problems, read_from = fetch_license_files(
        files, sizes, blob_ids, fetch, options, base_url
    )
    findings.extend(problems)
    provenance.update(read_from)

    gguf_metadata = None
    ggufs = [p for p in files if p.lower().endswith(".gguf")]
    if ggufs:  # the header's first bytes only, never the tensors
        from auditor.sources.hub_gguf import fetch_gguf_metadata

        client_url = f"{options.client_endpoint}/{repo.resolve_path}/{sha}/{ggufs[0]}"
        gguf_metadata, problems = fetch_gguf_metadata(
            client_url, ggufs[0], token=options.token, timeout=options.timeout, budget=budget
        )
        findings.extend(problems)
        if gguf_metadata is not None:
            provenance["gguf"] = base_url + ggufs[0]
    extra = fetch_extra_evidence(
        sizes,
        fetch,
        options,
        repo_id=repo_id,
        sha=sha,
        base_url=base_url,
        card=card,
        card_path=card_path or CARD_FILE,
        read_files=license_files,
    )
    license_files.extend(extra.license_files)
    findings.extend(extra.findings)
    scan, problems = read_scan(  # the Hub's security scan: the listing's, the tree's reports
        info.security,
        tree_url=f"{options.client_endpoint}/{repo.api_path}/tree/{sha}",
        options=options,
        budget=budget,
        paths=files,
        repo_id=repo_id,
    )
    findings.extend(problems)

    if mismatch is None and (card_path is not None or any(f.sha256 for f in license_files)):
        record_ref(options.cache_dir, repo, target.revision or "main", sha)
    if info.gated:
        findings.append(
            Finding(
                rule="source-gated",
                category=Category.SOURCE,
                severity=observed_severity("source-gated"),
                message=f"{repo_id} is gated: its terms must be accepted on the {repo.page} "
                "before download",
            )
        )
    snapshot = SourceSnapshot(
        target=target,
        repo_id=repo_id,
        revision=target.revision,
        resolved_sha=sha if mismatch is None else info.sha,  # the commit the Hub answered
        endpoint=options.endpoint_url,
        gated=info.gated,
        card=card,
        card_path=card_path,
        license_files=tuple(license_files),
        gguf_metadata=gguf_metadata,
        files=files,
        provenance=provenance,
        findings=tuple(findings),
        incomplete=fetch.incomplete,
        listing_digest=listing_digest(info),
        model_config=info.model_config,
        parent_configs=tuple(extra.parent_configs),
    )
    return with_artefacts(snapshot, extra.chat_template, scan, provenance[info_key])


def _fetch_failed(path: str, error: str | None) -> Finding:
    return Finding(
        rule="source-file-unavailable",
        category=Category.SOURCE,
        severity=observed_severity("source-file-unavailable"),
        message=f"{path} could not be downloaded: {error}",
        remediation="fix access to the repo and audit again; the license could not be verified",
    )
