"""The library's face: each function runs one job of the CLI, which mirrors it.

    from auditor import api
    result = api.audit(["org/model@<40-hex commit>"], api.AuditOptions(policy="strict"))
    print(api.render(result, "markdown"))

The stages live in their packages (sources -> licenses -> lineage -> policy -> report);
these functions only wire them together. Each imports what it needs when called, so that
`import auditor.api` stays cheap for the commands that never audit (licenses, policy,
history): `AuditOptions`, `audit`, `audit_manifest` and `deployment_from_options` are
imported from their modules on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from auditor.discover.refs import ModelReference
    from auditor.discover.scan import DiscoveryResult
    from auditor.gate.history import AuditSummary
    from auditor.gate.history_diff import AuditDiff
    from auditor.gate.lock import LockWrite
    from auditor.gate.manifest import deployment_from_options
    from auditor.knowledge.license_db import LicenseDB, LicenseRecord
    from auditor.licenses.files import FileIdentity
    from auditor.model import AuditResult
    from auditor.model.deployment import Deployment
    from auditor.pipeline.run import AuditOptions, audit, audit_manifest
    from auditor.policy.model import Policy
    from auditor.sources.hub_options import HubOptions

__all__ = [
    "AuditOptions",
    "Checked",
    "Discovery",
    "Locked",
    "audit",
    "audit_manifest",
    "audit_options",
    "check_manifest",
    "deployment_from_options",
    "discover",
    "find_license",
    "history_audit",
    "history_audits",
    "history_diff",
    "identify_files",
    "iter_identify_files",
    "license_db",
    "listings_ahead",
    "load_policy",
    "lock_manifest",
    "policy_presets",
    "read_result",
    "render",
    "validate_policy",
    "write_starter_manifest",
]

_LAZY = {
    "AuditOptions": "auditor.pipeline.run",
    "audit": "auditor.pipeline.run",
    "audit_manifest": "auditor.pipeline.run",
    "deployment_from_options": "auditor.gate.manifest",  # a deployment from loose facts
}

Progress = Callable[[str], None]
"""Called with each model's reference when its audit is done (a progress bar)."""


def __getattr__(name: str) -> object:
    """The names `_LAZY` lists, imported from their modules on first use."""
    if name in _LAZY:
        from importlib import import_module

        value: object = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_result(path: Path) -> AuditResult:
    """A saved JSON result, checked against the result contract."""
    from auditor.model.decode import read_result as _read

    return _read(path)


def render(result: AuditResult, fmt: str) -> str:
    """The result in one report format (`auditor report --format` names them)."""
    from auditor.report.formats import ReportFormat
    from auditor.report.render import render as _render

    return _render(result, ReportFormat(fmt))


# --- audits -----------------------------------------------------------------------------------


def audit_options(
    policy: str = "default",
    *,
    offline: bool = False,
    endpoint: str | None = None,
    token: str | None = None,
    cache_dir: Path | None = None,
    deployment: Deployment | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
) -> AuditOptions:
    """Options of a run from what a user gives: Hub access (blank endpoint or token count as
    unset), the policy, the deployment (default: all facts unknown), the analysis cache and
    the processes for local targets (None: one per core)."""
    from auditor.model.deployment import Deployment
    from auditor.pipeline.run import AuditOptions

    return AuditOptions(
        hub=_hub_options(offline=offline, endpoint=endpoint, token=token, cache_dir=cache_dir),
        policy=policy,
        deployment=deployment or Deployment(),
        use_cache=use_cache,
        jobs=jobs,
    )


def _hub_options(
    *, offline: bool, endpoint: str | None, token: str | None, cache_dir: Path | None
) -> HubOptions:
    from auditor.sources.hub_options import HubOptions

    return HubOptions(
        endpoint=endpoint or None, token=token or None, cache_dir=cache_dir, offline=offline
    )


def listings_ahead(
    manifest: Path,
    *,
    offline: bool = False,
    endpoint: str | None = None,
    token: str | None = None,
    cache_dir: Path | None = None,
) -> AbstractContextManager[None]:
    """For `check_manifest(..., locked=True)` with `audit_options` of the same Hub access: the
    Hub's listings of the manifest's cached pinned commits asked for now, while the caller
    loads the pipeline and the run its knowledge; the run within the block takes them
    (pipeline/ahead.py). Asks nothing offline or without a readable lock beside the manifest."""
    from auditor.pipeline.ahead import listings_ahead as _ahead

    hub = _hub_options(offline=offline, endpoint=endpoint, token=token, cache_dir=cache_dir)
    return _ahead(manifest, hub)


@dataclass(frozen=True, slots=True)
class Checked:
    """What the CI gate found, and the history id when it was recorded."""

    result: AuditResult
    audit_id: int | None = None


def check_manifest(
    manifest: Path,
    options: AuditOptions,
    *,
    locked: bool = False,
    trust_commits: bool = False,
    record: bool = False,
    history_db: Path | None = None,
    on_done: Progress | None = None,
) -> Checked:
    """The CI gate: audit every model a manifest lists.

    With `locked`, auditor.lock beside the manifest is read before any network call, a
    cached analysis is used only after the Hub lists the same files at the commit (one
    request a model; none with `trust_commits`: a commit's files cannot change on a git
    Hub, only on a mirror that rewrites them) and drift from the lock is added as findings.
    With `record`, the result is stored in the history database (`history_db`, default: the
    user's).
    """
    from dataclasses import replace

    from auditor.pipeline.run import audit_manifest

    lock = None
    if locked:
        from auditor.gate.lock import lock_path_for
        from auditor.gate.lock_memo import read_lock_remembered
        from auditor.resources import default_cache_dir

        memo = (options.cache_dir or default_cache_dir()) if options.use_cache else None
        lock = read_lock_remembered(lock_path_for(manifest), memo)
        options = replace(options, confirm_cache=not trust_commits)
    result = audit_manifest(manifest, options, on_done=on_done)
    if lock is not None:
        from auditor.gate.drift import detect_drift, with_drift

        drift = detect_drift(lock, result)  # the policy weighs drift findings: none, no load
        result = with_drift(result, drift, load_policy(options.policy) if drift else None)
    if not record:
        return Checked(result)
    from auditor.gate import history

    audit_id = history.record(
        result,
        db_path=history_db or history.default_db_path(),
        manifest_sha256=history.read_file_sha256(manifest),
    )
    return Checked(result, audit_id)


@dataclass(frozen=True, slots=True)
class Locked:
    """Where the lock was written and what writing it did."""

    path: Path
    status: LockWrite


def lock_manifest(
    manifest: Path,
    options: AuditOptions,
    *,
    update: bool = False,
    on_done: Progress | None = None,
) -> Locked:
    """Audit a manifest and write auditor.lock beside it; an existing lock that differs is
    replaced only with `update`. The lock records what upstream says now, so a cached
    analysis is used only after the Hub lists the same files at the commit."""
    from dataclasses import replace

    from auditor.gate.lock import build_lock, lock_path_for
    from auditor.gate.lock_file import write_lock
    from auditor.pipeline.run import audit_manifest

    result = audit_manifest(manifest, replace(options, confirm_cache=True), on_done=on_done)
    path = lock_path_for(manifest)
    return Locked(path, write_lock(path, build_lock(result, manifest_path=manifest), update=update))


# --- licenses ---------------------------------------------------------------------------------


def identify_files(paths: Sequence[Path], *, threshold: float) -> list[FileIdentity]:
    """Identify license files and cards; a folder stands for its README.md and license files."""
    from auditor.licenses.files import identify_paths

    return identify_paths(paths, threshold=threshold)


def iter_identify_files(paths: Sequence[Path], *, threshold: float) -> Iterator[FileIdentity]:
    """`identify_files` a file at a time (every path is read and decoded before the first)."""
    from auditor.licenses.files import iter_identify_paths

    return iter_identify_paths(paths, threshold=threshold)


def license_db() -> LicenseDB:
    """The bundled license knowledge base (loaded once)."""
    from auditor.knowledge.license_db import load_license_db

    return load_license_db()


def find_license(license_id: str) -> LicenseRecord:
    """A license by its id, SPDX id, Hub tag or name; UsageError when the database lacks it."""
    from auditor.errors import UsageError

    db = license_db()
    record = db.get(license_id) or db.lookup(license_id)
    if record is None:
        raise UsageError(
            f"no license {license_id!r} in the knowledge base; `auditor licenses list` "
            "shows them all"
        )
    return record


# --- policies ---------------------------------------------------------------------------------


def validate_policy(path: Path) -> list[str]:
    """Every problem of a policy file, each with its line; UsageError when there is no file."""
    from auditor.errors import UsageError
    from auditor.policy.load import validate_policy_file

    if path.is_dir():
        raise UsageError(f"{path}: is a directory, not a policy file")
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    return validate_policy_file(path)


def load_policy(name_or_path: str) -> Policy:
    """A bundled preset by name, or a policy YAML file by path."""
    from auditor.policy.load import load_policy as _load

    return _load(name_or_path)


def policy_presets() -> list[tuple[str, str]]:
    """The bundled presets: name and the first line of the description."""
    from auditor.policy.load import preset_names

    return [
        (name, load_policy(name).description.strip().splitlines()[0]) for name in preset_names()
    ]


# --- history ----------------------------------------------------------------------------------


def history_audits(history_db: Path | None = None, *, limit: int = 20) -> list[AuditSummary]:
    """The most recent recorded audits, newest first (default database: the user's)."""
    from auditor.gate import history

    return history.list_audits(history_db or history.default_db_path(), limit=limit)


def history_audit(audit_id: int, history_db: Path | None = None) -> AuditResult:
    """A recorded audit's full result."""
    from auditor.gate import history

    return history.get_audit(history_db or history.default_db_path(), audit_id)


def history_diff(first: int, second: int, history_db: Path | None = None) -> AuditDiff:
    """What changed from one recorded audit to another."""
    from auditor.gate import history
    from auditor.gate.history_diff import diff_audits

    return diff_audits(history_db or history.default_db_path(), first, second)


# --- discovery --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Discovery:
    """Model references found in a codebase; `missing`: those a manifest lacks (None: no
    manifest was given)."""

    result: DiscoveryResult
    missing: list[ModelReference] | None = None


def discover(path: Path, *, manifest: Path | None = None) -> Discovery:
    """Find model references in code and configs, and those missing from `manifest`."""
    from auditor.discover.scan import discover as discover_refs
    from auditor.discover.scan import missing_from_manifest
    from auditor.gate.manifest import load_manifest

    result = discover_refs(path)
    if manifest is None:
        return Discovery(result)
    return Discovery(
        result, missing_from_manifest(result.references, load_manifest(manifest), root=result.root)
    )


def write_starter_manifest(result: DiscoveryResult, path: Path) -> None:
    """Write a manifest listing what was discovered; UsageError when `path` exists."""
    from auditor.discover.scan import starter_manifest
    from auditor.errors import UsageError
    from auditor.fileio.atomic import write_text_atomic

    if path.exists():
        raise UsageError(f"{path}: exists; refusing to overwrite it")
    text = starter_manifest(
        result.references, root=result.root, manifest_dir=path.resolve().parent, name=path.name
    )
    write_text_atomic(path, text)
