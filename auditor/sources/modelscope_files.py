"""Reads a ModelScope model's card and license-like files, from the cache or the hub, bounded.

Part of the ModelScope source (`modelscope`). A file comes from the cache entry of the commit
(or revision) being read when it holds it, else through one bounded GET capped at the smaller
of the cap and the listed size, checked against the listed sha256, then kept. Once the model's
budget is spent no further request is made: every file left is reported as not downloaded (the
audit is then incomplete). License-like files are chosen by the same name rules as the Hub's,
each distinct content (listed sha256) read once, at most `max_license_files` of them.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding, LicenseFile
from auditor.sources.base import license_file_from_bytes, too_large
from auditor.sources.extra_evidence import too_many_files
from auditor.sources.hub_files import license_paths
from auditor.sources.hub_limits import BudgetExceeded
from auditor.sources.modelscope_api import (
    Access,
    RepoFile,
    check_sha256,
    fetch_file,
)
from auditor.sources.modelscope_cache import ModelScopeCache
from auditor.sources.modelscope_ref import ModelScopeName
from auditor.sources.ollama_http import ErrorAnswer, TooLargeError


class FileReader:
    """Reads files of one model at one commit or revision; `incomplete` says why one that
    mattered could not be had."""

    def __init__(
        self,
        name: ModelScopeName,
        access: Access,
        cache: ModelScopeCache,
        *,
        key: str,
        revision: str,
        files: dict[str, RepoFile],
        offline: bool,
    ) -> None:
        self.name = name
        self.access = access
        self.cache = cache
        self.key = key
        self.revision = revision
        self.files = files
        self.offline = offline
        self.incomplete: str | None = None
        self._spent: str | None = None

    def read(
        self, path: str, cap: int, *, optional: bool = False
    ) -> tuple[bytes | None, str | None]:
        """The file's bytes, or None and why not. A file that is not `optional` and could not
        be had makes the audit incomplete. Raises SourceError for content that is not the
        listed file's (`source-digest-mismatch`)."""
        data, error = self._read(path, cap)
        if error is not None and not optional:
            self.incomplete = self.incomplete or error
        return data, error

    def reader(self, path: str, cap: int) -> bytes | None:
        """`read` for optional evidence, as `extra_evidence` asks for files."""
        return self.read(path, cap, optional=True)[0]

    def _read(self, path: str, cap: int) -> tuple[bytes | None, str | None]:
        what = f"{self.name.ref}: {path}"
        file = self.files.get(path, RepoFile(path, None, None))
        cached = self.cache.read_file(self.name, self.key, path, cap)
        if cached is not None and len(cached) <= cap:
            check_sha256(self.name, file, cached)
            return cached, None
        if self.offline:
            return None, f"{what}: not in the ModelScope cache, and the run is offline"
        if self._spent is not None:
            return None, f"{what}: not downloaded: {self._spent}"
        try:
            data = fetch_file(self.name, self.access, self.revision, file, cap)
        except TooLargeError:
            if file.size is not None and file.size <= cap:
                return None, f"{what}: the hub sent more than the {file.size:,} bytes it listed; "
                "it was not read"
            return None, f"{what}: larger than the {cap:,}-byte cap; it was not read"
        except BudgetExceeded as err:
            self._spent = err.message
            return None, f"{what}: not downloaded: {err.message}"
        except ErrorAnswer as err:
            return None, f"{what}: the hub answered HTTP {err.status}"
        if file.size is not None and len(data) != file.size:
            return None, (
                f"{what}: the downloaded file's size did not match the listing ({len(data):,} "
                f"bytes, listed {file.size:,})"
            )
        self.cache.keep_file(self.name, self.key, path, data)
        return data, None


def read_license_files(
    reader: FileReader, base_url: str, cap: int, most: int
) -> tuple[list[LicenseFile], list[Finding], dict[str, str]]:
    """The license-like files (read, too large, not downloaded, or copies of one read), the
    findings, and where each read one came from."""
    first: dict[str, str] = {}  # sha256 -> the path read for it
    distinct: list[str] = []
    copies: list[tuple[str, str]] = []
    named, _ = license_paths(reader.files, len(reader.files))
    for path in sorted(named, key=lambda p: (len(PurePosixPath(p).parts), p)):
        digest = reader.files[path].sha256
        if digest is not None and digest in first:
            copies.append((path, first[digest]))
            continue
        if digest is not None:
            first[digest] = path
        distinct.append(path)
    wanted, unread = sorted(distinct[:most]), distinct[most:]
    files: list[LicenseFile] = []
    findings: list[Finding] = []
    provenance: dict[str, str] = {}
    for path in wanted:
        size, url = reader.files[path].size, base_url + path
        if size is not None and size > cap:  # refused before any byte is asked for
            file, problems = too_large(path, size, url, cap)
        else:
            data, error = reader.read(path, cap)
            if data is None:
                files.append(LicenseFile(path, None, size, None, url, skipped=error))
                findings.append(file_unavailable(path, error))
                continue
            file, problems = license_file_from_bytes(path, data, url, cap)
            provenance[path] = url
        files.append(file)
        findings.extend(problems)
    for path, original in copies:
        why = f"identical to {original} (the same sha256), read once"
        files.append(LicenseFile(path, None, reader.files[path].size, None, base_url + path, why))
    if unread:
        why = f"not read: more than {most} license-like files"
        sizes = {p: reader.files[p].size for p in unread}
        files.extend(LicenseFile(p, None, sizes[p], None, base_url + p, why) for p in unread)
        lead = f"{len(distinct):,} distinct license-like files are listed; only {most} were read"
        findings.append(too_many_files(unread, lead))
    return files, findings, provenance


def file_unavailable(path: str, error: str | None) -> Finding:
    """A file that matters (the card, a license) could not be had."""
    return Finding(
        rule="source-file-unavailable",
        category=Category.SOURCE,
        severity=observed_severity("source-file-unavailable"),
        message=f"{path} could not be downloaded: {error}",
        remediation="fix access to the model and audit again; the license could not be verified",
    )
