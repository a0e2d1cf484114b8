"""The license documents of a Hub repo: the license-named files, then everything else that
states terms (issue 31), each download bounded and counted against the model's budget.

Part of the Hub source (`hub`). License-named files are fetched once per distinct content
(the Hub's git blob id: 3,000 copies of one LICENSE are one download), at most
`options.max_license_files` distinct ones, top-level first; what is left is reported with its
paths (`source-too-many-files`, which blocks under strict). The other evidence
(`extra_evidence`) is decided from the listing (names and sizes), never by downloading a
weight: small prose files, structured license files, and the header of at most
`MAX_SAFETENSORS_HEADERS` safetensors files through an HTTP Range request.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from auditor.model import Finding, LicenseFile
from auditor.sources.base import is_license_like, license_file_from_bytes, too_large
from auditor.sources.extra_evidence import (
    SHOWN_UNREAD,
    ExtraEvidence,
    gather_extra_evidence,
    too_many_files,
)
from auditor.sources.hub_errors import hub_errors
from auditor.sources.hub_files import not_fetched
from auditor.sources.hub_http import AnswerError, fetch_bounded
from auditor.sources.hub_limits import BudgetExceeded
from auditor.sources.license_sniff import SNIFF_MAX_FILES_HUB
from auditor.sources.referenced_files import with_referenced
from auditor.sources.structured_license import SAFETENSORS_HEADER_CAP, safetensors_header_length

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from auditor.model import ParsedCard
    from auditor.sources.hub import HubOptions
    from auditor.sources.hub_files import FileFetcher

SAFETENSORS_FIRST_READ = 64 * 1024
"""Bytes of a safetensors file asked for first (one Range request): most headers fit; a
longer one is read in a second request up to SAFETENSORS_HEADER_CAP."""


def fetch_license_files(
    files: tuple[str, ...],
    sizes: Mapping[str, int | None],
    blob_ids: Mapping[str, str | None],
    fetch: FileFetcher,
    options: HubOptions,
    base_url: str,
) -> tuple[list[LicenseFile], list[Finding], dict[str, str]]:
    """The license-named files (read, too large, not downloaded or copies of one read), the
    findings, and where each read one came from."""
    named = sorted((p for p in files if is_license_like(p)), key=_top_level_first)
    distinct, copies = _distinct(named, blob_ids)
    cap = options.max_license_files
    wanted, unread = sorted(distinct[:cap]), distinct[cap:]
    license_files: list[LicenseFile] = []
    findings: list[Finding] = []
    provenance: dict[str, str] = {}
    # then the documents those name as part of their terms (`referenced_files`), read after them
    for path in with_referenced(wanted, files, license_files):
        size = sizes.get(path)
        url = base_url + path
        if size is not None and size > options.max_file_bytes:
            file, problems = too_large(path, size, url, options.max_file_bytes)
            license_files.append(replace(file, blob_id=blob_ids.get(path)))
            findings.extend(problems)
            continue
        data, error = fetch.file(path, options.max_file_bytes)
        if data is None:
            findings.append(_fetch_failed(path, error))
            why = error or "not downloaded"
            file = LicenseFile(path, None, size, None, url, skipped=why)
            license_files.append(replace(file, blob_id=blob_ids.get(path)))
            continue
        file, problems = license_file_from_bytes(path, data, url, options.max_file_bytes)
        license_files.append(replace(file, blob_id=blob_ids.get(path)))
        findings.extend(problems)
        provenance[path] = url
    for path, first in copies:
        why = f"identical to {first} (the same git blob), read once"
        file = LicenseFile(path, None, sizes.get(path), None, base_url + path, skipped=why)
        license_files.append(replace(file, blob_id=blob_ids.get(path)))
    if unread:
        license_files.extend(not_fetched(unread, sizes, base_url, options.max_license_files))
        lead = (
            f"{len(distinct):,} distinct license-like files are listed; only {len(wanted)} were "
            "read (top-level first)"
        )
        findings.append(too_many_files(unread, lead))
    return license_files, findings, provenance


def _top_level_first(path: str) -> tuple[int, str]:
    return len(PurePosixPath(path).parts), path


def _distinct(
    paths: list[str], blob_ids: Mapping[str, str | None]
) -> tuple[list[str], list[tuple[str, str]]]:
    """Paths with a content not seen before (in order), and each copy with the path it copies."""
    first: dict[str, str] = {}
    distinct: list[str] = []
    copies: list[tuple[str, str]] = []
    for path in paths:
        blob = blob_ids.get(path)
        if blob is not None and blob in first:
            copies.append((path, first[blob]))
            continue
        if blob is not None:
            first[blob] = path
        distinct.append(path)
    return distinct, copies


def fetch_extra_evidence(
    sizes: Mapping[str, int | None],
    fetch: FileFetcher,
    options: HubOptions,
    *,
    repo_id: str,
    sha: str,
    base_url: str,
    card: ParsedCard | None,
    card_path: str,
    read_files: Sequence[LicenseFile] = (),
) -> ExtraEvidence:
    """`extra_evidence` over the listing: small files downloaded as optional evidence (a
    failure leaves them unread without ending the audit), safetensors headers by Range."""

    failed: list[str] = []

    def read(path: str, cap: int) -> bytes | None:
        data, error = fetch.file(path, cap, optional=True)
        if data is None:
            failed.append(f"{path} ({error})" if error else path)
        return data

    def read_header(path: str) -> bytes | None:
        url = f"{options.client_endpoint}/{fetch.repo.resolve_path}/{sha}/{quote(path, safe='/')}"
        header = _safetensors_header(url, fetch, options)
        if header is None:
            failed.append(f"{path} (its header)")
        return header

    found = gather_extra_evidence(
        sizes,
        read,
        read_header,
        card=card,
        card_path=card_path,
        origin=base_url,
        sniff_limit=SNIFF_MAX_FILES_HUB,
        repo_id=repo_id,
        read_files=read_files,
    )
    if failed:
        found.findings.append(_optional_unavailable(failed))
    return found


def _optional_unavailable(failed: list[str]) -> Finding:
    """Files that might state terms (prose, structured metadata, a safetensors header) that
    could not be downloaded: not the end of the audit, but said."""
    from auditor.knowledge.observation_weights import observed_severity
    from auditor.model import Category

    shown = "; ".join(failed[:SHOWN_UNREAD])
    more = f"; and {len(failed) - SHOWN_UNREAD} more" if len(failed) > SHOWN_UNREAD else ""
    return Finding(
        rule="source-file-unavailable",
        category=Category.SOURCE,
        severity=observed_severity("source-file-unavailable"),
        message=f"{len(failed)} file{'s' if len(failed) != 1 else ''} that may state license "
        f"terms could not be downloaded: {shown}{more}",
        remediation="audit again when the Hub answers, or read these files by hand",
    )


def _safetensors_header(url: str, fetch: FileFetcher, options: HubOptions) -> bytes | None:
    """The header of a safetensors file on the Hub: its first bytes by Range, never the
    tensors (a server ignoring Range is cut at the cap)."""
    prefix = _range(url, 0, SAFETENSORS_FIRST_READ, fetch, options)
    if prefix is None:
        return None  # not downloaded
    length = safetensors_header_length(prefix)
    if length is None:
        return b""  # too short to be a safetensors file: no header to read
    cap = min(length, SAFETENSORS_HEADER_CAP)
    if 8 + cap <= len(prefix):
        return prefix[8 : 8 + cap]
    whole = _range(url, 0, 8 + cap, fetch, options)  # from 0 again: a Range ignored stays aligned
    return whole[8 : 8 + cap] if whole is not None else None


def _range(
    url: str, start: int, size: int, fetch: FileFetcher, options: HubOptions
) -> bytes | None:
    """Bytes `start` to `start + size - 1` of a file (a failure is None: optional evidence)."""
    failures: tuple[type[Exception], ...] = (BudgetExceeded, AnswerError, *hub_errors())
    try:
        data = fetch_bounded(
            url,
            budget=fetch.budget,
            cap=size,
            timeout=options.timeout,
            token=options.token,
            headers={"Range": f"bytes={start}-{start + size - 1}"},
            cut=True,
        )
    except failures:
        return None
    return data


def _fetch_failed(path: str, error: str | None) -> Finding:
    from auditor.knowledge.observation_weights import observed_severity
    from auditor.model import Category

    return Finding(
        rule="source-file-unavailable",
        category=Category.SOURCE,
        severity=observed_severity("source-file-unavailable"),
        message=f"{path} could not be downloaded: {error}",
        remediation="fix access to the repo and audit again; the license could not be verified",
    )
