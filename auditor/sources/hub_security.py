"""The Hub's security scan of a model repo, read without downloading a weight (issue 37).

Part of the Hub source (`hub`). Two answers of the Hub API say what its scanners found:

- the model info asked with `securityStatus=true` (the client's `model_info(...,
  securityStatus=True)`; sent with the listing request, so no extra round trip) carries
  `securityRepoStatus`: `scansDone` (a boolean) and `filesWithIssues`, a list of
  `{path, level}` where a level is one of `unscanned`, `safe`, `queued`, `error`, `caution`,
  `suspicious`, `unsafe`;
- the tree listing asked with `expand=true` carries, per file, `securityFileStatus`: a
  `status` (the same words) and each scanner's report (`avScan`, `pickleImportScan`,
  `jFrogScan`, `protectAiScan`, `virusTotalScan`: a `status`, a `message`, and the pickle
  imports found, `pickleImports: [{module, name, safety}]`, safety `innocuous`, `suspicious`
  or `dangerous`; an older `avScan` shape has `virusFound` and `virusNames`).

The tree is asked for (one bounded request, its first page) only when the repo status has
something to explain: a file with issues, or scans not done. The Hub's words are mapped onto
model/artefacts.py SCAN_STATES (`queued` is not scanned yet, `caution` is suspicious; a word
we do not know, or a value of the wrong type, is `unknown`). Everything is bounded: at most
MAX_FLAGGED_FILES files are kept (the worst first), each detail at most MAX_DETAIL_CHARS.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import Finding
from auditor.sources.base import is_safe_repo_path
from auditor.sources.hub_errors import hub_errors
from auditor.sources.hub_http import AnswerError, TooLargeError, fetch_bounded
from auditor.sources.hub_limits import BudgetExceeded

if TYPE_CHECKING:
    from auditor.sources.hub import HubOptions
    from auditor.sources.hub_limits import ModelBudget

SCAN_PARAMS = {"securityStatus": "true"}
"""Added to a model's listing request: the repo's scan status comes with the listing."""

MAX_FLAGGED_FILES = 200
"""Files kept from a scan (the worst first); a longer list is cut and the cut said."""
MAX_TREE_BYTES = 4 * 1024 * 1024
"""Size of the expanded tree listing read for the per-file reports (its first page)."""
MAX_DETAIL_CHARS = 400
"""Length of what one file's scanners found, as reported."""
MAX_IMPORTS_SHOWN = 8

HUB_SCANNER = "huggingface-hub"
_SCANNERS = {
    "pickleImportScan": ("pickle-import-scan", "pickle import scan"),
    "avScan": ("malware-scan", "malware scan"),
    "jFrogScan": ("jfrog-scan", "JFrog scan"),
    "protectAiScan": ("protect-ai-scan", "Protect AI scan"),
    "virusTotalScan": ("virustotal-scan", "VirusTotal scan"),
}
_LEVELS = {
    "safe": "safe",
    "unsafe": "unsafe",
    "suspicious": "suspicious",
    "caution": "suspicious",
    "unscanned": "unscanned",
    "queued": "unscanned",
    "error": "error",
}
_WORST_FIRST = ("unsafe", "suspicious", "error", "unscanned", "unknown", "safe")
_FLAGGED = frozenset({"unsafe", "suspicious", "error"})
"""Statuses kept for any file; `unscanned` and `unknown` only for weight files."""

WEIGHT_SUFFIXES = frozenset(
    {
        ".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle", ".joblib", ".safetensors", ".gguf",
        ".ggml", ".h5", ".hdf5", ".keras", ".onnx", ".msgpack", ".npy", ".npz", ".tflite",
        ".pb", ".nemo", ".mar", ".llamafile", ".model", ".ot",
    }
)  # fmt: skip
"""Files whose loading runs or carries the model: the ones a scan matters for."""

_CONTROL = lazy_pattern(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def is_weight_file(path: str) -> bool:
    """Whether a repo file holds weights (or a pickled object) by its suffix."""
    return PurePosixPath(path.lower()).suffix in WEIGHT_SUFFIXES


def scan_state(value: object) -> str:
    """A Hub status or level word as a SCAN_STATES word; `unknown` for anything else."""
    return _LEVELS.get(value.strip().lower(), "unknown") if isinstance(value, str) else "unknown"


def _rank(status: str) -> int:
    return _WORST_FIRST.index(status) if status in _WORST_FIRST else _WORST_FIRST.index("unknown")


@dataclass(frozen=True, slots=True)
class RepoScan:
    """The repo's scan status as the listing gave it."""

    done: bool | None  # `scansDone`; None when not stated as a boolean
    flagged: tuple[tuple[str, str], ...]  # (path, SCAN_STATES word), the worst first
    dropped: tuple[str, ...] = ()  # files past MAX_FLAGGED_FILES (the first few named)
    dropped_count: int = 0
    readable: bool = True  # False: `securityRepoStatus` was not an object

    def plain(self) -> list[object]:
        """The scan as plain values (for the listing's digest)."""
        flagged = [list(item) for item in self.flagged]
        return [self.done, flagged, list(self.dropped), self.dropped_count, self.readable]


def parse_repo_scan(data: Mapping[str, object]) -> RepoScan | None:
    """`securityRepoStatus` of a listing; None when the answer has none (not asked, a mirror
    that does not scan)."""
    raw = data.get("securityRepoStatus")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        return RepoScan(done=None, flagged=(), readable=False)
    done = raw.get("scansDone")
    issues = raw.get("filesWithIssues")
    found: dict[str, str] = {}
    if isinstance(issues, list):
        for item in issues:
            if not isinstance(item, dict):
                continue
            path = item.get("path")
            if not isinstance(path, str) or not is_safe_repo_path(path):
                continue
            status = scan_state(item.get("level", item.get("status")))
            kept = status in _FLAGGED or (status != "safe" and is_weight_file(path))
            if kept and (path not in found or _rank(status) < _rank(found[path])):
                found[path] = status
    ordered = sorted(found.items(), key=lambda item: (_rank(item[1]), item[0]))
    return RepoScan(
        done=done if isinstance(done, bool) else None,
        flagged=tuple(ordered[:MAX_FLAGGED_FILES]),
        dropped=tuple(path for path, _ in ordered[MAX_FLAGGED_FILES : MAX_FLAGGED_FILES + 5]),
        dropped_count=max(0, len(ordered) - MAX_FLAGGED_FILES),
        readable=issues is None or isinstance(issues, list),
    )


@dataclass(frozen=True, slots=True)
class FileReport:
    """One file's scan from the expanded tree listing."""

    status: str
    detail: str | None
    scanners: tuple[str, ...]  # the scanners that reported on it


def fetch_file_reports(
    url: str, options: HubOptions, budget: ModelBudget
) -> dict[str, FileReport] | None:
    """The per-file reports of the expanded tree at `url` (first page, bounded); None when it
    cannot be had: the repo status stands alone then."""
    failures: tuple[type[BaseException], ...] = (
        BudgetExceeded,
        TooLargeError,
        AnswerError,
        RecursionError,
        *hub_errors(),
    )
    try:
        body = fetch_bounded(
            url,
            budget=budget,
            cap=MAX_TREE_BYTES,
            timeout=options.timeout,
            token=options.token,
            params={"recursive": "true", "expand": "true"},
        )
        data = json.loads(body)
    except failures:
        return None
    return parse_file_reports(data)


def parse_file_reports(data: object) -> dict[str, FileReport]:
    """Each listed file's `securityFileStatus`; entries of the wrong shape are left out."""
    reports: dict[str, FileReport] = {}
    if not isinstance(data, list):
        return reports
    for entry in data:
        if not isinstance(entry, dict) or entry.get("type", "file") != "file":
            continue
        path, status = entry.get("path"), entry.get("securityFileStatus")
        if not isinstance(path, str) or not is_safe_repo_path(path) or status is None:
            continue
        reports[path] = _file_report(status)
    return reports


def _file_report(raw: object) -> FileReport:
    if not isinstance(raw, dict):
        return FileReport("unknown", "the Hub's scan status could not be read", ())
    parts: list[str] = []
    scanners: list[str] = []
    for key, (name, label) in _SCANNERS.items():
        sub = raw.get(key)
        if not isinstance(sub, dict):
            continue
        status = scan_state(sub.get("status"))
        if sub.get("status") is None and "virusFound" in sub:  # the older malware-scan shape
            status = "unsafe" if sub.get("virusFound") is True else "safe"
        if status != "unscanned":
            scanners.append(name)
        found = _found(sub)
        if status in _FLAGGED or found:
            parts.append(f"{label}: {status}" + (f", {found}" if found else ""))
    detail = _one_line("; ".join(parts))[:MAX_DETAIL_CHARS] or None
    return FileReport(scan_state(raw.get("status")), detail, tuple(scanners))


def _found(sub: Mapping[str, object]) -> str:
    """What one scanner reports finding: imports not innocuous, malware names, its message."""
    words: list[str] = []
    imports = sub.get("pickleImports")
    if isinstance(imports, list):
        risky = [
            f"{item.get('module')}.{item.get('name')} ({item.get('safety')})"
            for item in imports
            if isinstance(item, dict)
            and isinstance(item.get("module"), str)
            and isinstance(item.get("name"), str)
            and item.get("safety") != "innocuous"
        ]
        if risky:
            extra = len(risky) - MAX_IMPORTS_SHOWN
            more = f" and {extra} more" if extra > 0 else ""
            words.append("imports " + ", ".join(risky[:MAX_IMPORTS_SHOWN]) + more)
    viruses = sub.get("virusNames")
    if isinstance(viruses, list) and viruses:
        words.append("malware " + ", ".join(str(v) for v in viruses[:MAX_IMPORTS_SHOWN]))
    for key in ("message", "reportLabel"):
        text = sub.get(key)
        if isinstance(text, str) and text.strip():
            words.append(text.strip()[:MAX_DETAIL_CHARS])
            break
    return ", ".join(words)


def _one_line(text: str) -> str:
    return _CONTROL.sub(" ", text).strip()


def scan_summary(
    repo: RepoScan, reports: Mapping[str, FileReport] | None, paths: Sequence[str]
) -> dict[str, object]:
    """The scan as the analysis reads it (model/artefacts.py: `scan_status`, `scanned_by`,
    `files`): the flagged files, the tree's reports over them (the worse status wins), and,
    while the Hub has not finished (or did not say), each weight file with no verdict."""
    files: dict[str, tuple[str, str | None]] = {path: (s, None) for path, s in repo.flagged}
    scanners = {HUB_SCANNER}
    for path, report in (reports or {}).items():
        scanners.update(report.scanners)
        kept = report.status in _FLAGGED or (report.status != "safe" and is_weight_file(path))
        before = files.get(path)
        if before is not None or kept:
            status = report.status
            if before is not None and _rank(before[0]) < _rank(status):
                status = before[0]
            files[path] = (status, report.detail)
    if repo.done is not True:
        waiting = "unscanned" if repo.done is False else "unknown"
        why = (
            "the Hub has not finished scanning the repo"
            if repo.done is False
            else "the Hub's scan status could not be read"
        )
        for path in paths:
            listed = (reports or {}).get(path)
            verdict = listed is not None and listed.status == "safe"
            if is_weight_file(path) and path not in files and not verdict:
                files[path] = (waiting, why)
    ordered = sorted(files.items(), key=lambda item: (_rank(item[1][0]), item[0]))
    ordered = ordered[:MAX_FLAGGED_FILES]
    overall = ordered[0][1][0] if ordered else _overall(repo)
    return {
        "scan_status": overall,
        "scanned_by": sorted(scanners),
        "files": [{"path": p, "status": s, "detail": d} for p, (s, d) in ordered],
    }


def _overall(repo: RepoScan) -> str:
    """The repo's status when no file is reported: what `scansDone` says."""
    if not repo.readable or repo.done is None:
        return "unknown"
    return "safe" if repo.done else "unscanned"


def read_scan(
    repo: RepoScan | None,
    *,
    tree_url: str,
    options: HubOptions,
    budget: ModelBudget,
    paths: Sequence[str],
    repo_id: str,
) -> tuple[dict[str, object] | None, list[Finding]]:
    """The scan summary of a listing's repo status, with the tree's per-file reports when the
    status has something to explain; None when the listing carried no scan."""
    if repo is None:
        return None, []
    reports = None
    if repo.flagged or repo.done is not True:
        reports = fetch_file_reports(tree_url, options, budget)
    findings: list[Finding] = []
    if repo.dropped_count:
        findings.append(_cut(repo, repo_id))
    return scan_summary(repo, reports, paths), findings


def _cut(repo: RepoScan, repo_id: str) -> Finding:
    """`source-too-many-files`: the scan lists more files than are reported."""
    from auditor.knowledge.observation_weights import observed_severity
    from auditor.model import Category

    total = len(repo.flagged) + repo.dropped_count
    shown = ", ".join(repo.dropped)
    more = repo.dropped_count - len(repo.dropped)
    return Finding(
        rule="source-too-many-files",
        category=Category.SOURCE,
        severity=observed_severity("source-too-many-files"),
        message=f"the Hub's security scan of {repo_id} lists {total:,} files with issues; only "
        f"the {len(repo.flagged)} worst are reported; not reported: {shown}"
        + (f" and {more:,} more" if more > 0 else ""),
        remediation="review the repo's files on its page on the Hub",
    )
