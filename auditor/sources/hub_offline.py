"""Reads a Hub repo (a model's or a dataset's) from the local Hugging Face cache: `--offline`.

Part of the Hub source (`hub`). What the online fetch kept (`hub_cache`) is found through the
client's own `snapshot_download(..., local_files_only=True)`: the revision's `refs/` entry,
then `snapshots/<commit>/`. The file list holds only what was downloaded and the gated state
is unknown, which a finding says.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.errors import TargetError
from auditor.fileio.bounded import read_bounded
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding, LicenseFile, ParsedCard, SourceSnapshot
from auditor.sources.artefact_evidence import with_artefacts
from auditor.sources.base import (
    CARD_FILE,
    MAX_CARD_BYTES,
    card_too_large,
    decode_card,
    license_file_from_bytes,
    too_large,
)
from auditor.sources.card import parse_card
from auditor.sources.extra_evidence import gather_extra_evidence
from auditor.sources.hub_errors import hub_errors
from auditor.sources.hub_files import license_paths, not_fetched, too_many_license_files
from auditor.sources.hub_repo import hub_repo
from auditor.sources.license_sniff import SNIFF_MAX_FILES_HUB

if TYPE_CHECKING:
    from auditor.model import Target
    from auditor.sources.hub import HubOptions

log = logging.getLogger(__name__)

_SHA = lazy_pattern(r"^[0-9a-f]{40}$")


def snapshot_from_cache(target: Target, options: HubOptions) -> SourceSnapshot:
    """The card and license-like files of `target` as cached at its revision (`main` when
    none is named), never a request. Raises TargetError when nothing is cached."""
    from huggingface_hub import snapshot_download

    repo_id, repo = target.location, hub_repo(target)
    revision = target.revision or "main"
    try:
        folder = Path(
            str(
                snapshot_download(
                    repo_id,
                    repo_type=repo.repo_type,
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
    card_data = _read_cached(folder / CARD_FILE, MAX_CARD_BYTES) if CARD_FILE in files else None
    if card_data is not None and len(card_data) > MAX_CARD_BYTES:
        findings.append(card_too_large(CARD_FILE, (folder / CARD_FILE).stat().st_size))
    elif card_data is not None:
        text, problems = decode_card(CARD_FILE, card_data)
        findings.extend(problems)
        if text is not None:
            card = parse_card(text)
            card_path = CARD_FILE
            provenance["card"] = str(folder / CARD_FILE)
    license_files: list[LicenseFile] = []
    wanted, unread = license_paths(files, options.max_license_files)
    for path in wanted:
        cached = folder / path
        data = _read_cached(cached, options.max_file_bytes)
        if data is None:
            license_files.append(LicenseFile(path, None, None, None, str(cached), "not read"))
            continue
        if len(data) > options.max_file_bytes:
            size = cached.stat().st_size
            file, problems = too_large(path, size, str(cached), options.max_file_bytes)
        else:
            file, problems = license_file_from_bytes(
                path, data, str(cached), options.max_file_bytes
            )
        license_files.append(file)
        findings.extend(problems)
    if unread:
        license_files.extend(not_fetched(unread, {}, str(folder) + "/", options.max_license_files))
        findings.append(too_many_license_files(repo_id, unread, len(wanted)))
    extra = gather_extra_evidence(
        dict.fromkeys(files),
        lambda path, cap: _read_cached(folder / path, cap),
        None,
        card=card,
        card_path=card_path or CARD_FILE,
        origin=f"{folder}/",
        sniff_limit=SNIFF_MAX_FILES_HUB,
        repo_id=repo_id,
        pointers=False,  # the cache holds only what was downloaded, not every file
        read_files=license_files,
    )
    license_files.extend(extra.license_files)
    findings.extend(extra.findings)
    findings.append(
        Finding(
            rule="source-offline-cache",
            category=Category.SOURCE,
            severity=observed_severity("source-offline-cache"),
            message=f"offline: {repo_id}@{revision} read from the local cache; "
            "the file list holds only cached files and the gated state is unknown",
        )
    )
    snapshot = SourceSnapshot(
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
        parent_configs=tuple(extra.parent_configs),
    )
    return with_artefacts(snapshot, extra.chat_template)  # the Hub's scan is not cached


def _read_cached(path: Path, cap: int) -> bytes | None:
    """At most `cap + 1` bytes of a cached file; None when it cannot be read as a file."""
    try:
        return read_bounded(path, cap)
    except OSError as err:
        log.warning("could not read %s from the cache: %s", path, err)
        return None
