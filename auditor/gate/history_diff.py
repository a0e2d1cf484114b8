"""Compares two recorded audits: new and resolved findings, license drift, models in and out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor.gate.history import AuditSummary, all_findings, get_audit, get_summary
from auditor.model import AuditResult, Finding, ModelResult


@dataclass(frozen=True, slots=True)
class DiffFinding:
    """A finding that appeared or went away between two audits, keyed by model ref and rule."""

    ref: str | None  # None: about the run itself
    rule: str
    severity: str
    message: str
    now_waived: bool = False  # resolved only because a waiver now covers it


@dataclass(frozen=True, slots=True)
class Change:
    """One field of a model that differs between two audits."""

    field: str  # resolved_sha | license | effective_license | verdict
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class ModelDrift:
    """What changed for one model present in both audits."""

    ref: str
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class AuditDiff:
    """Audit `a` (older) against audit `b` (newer)."""

    a: AuditSummary
    b: AuditSummary
    new_findings: tuple[DiffFinding, ...]
    resolved_findings: tuple[DiffFinding, ...]
    drift: tuple[ModelDrift, ...]
    added_models: tuple[str, ...]
    removed_models: tuple[str, ...]

    @property
    def verdict_changed(self) -> bool:
        """The overall verdict differs."""
        return self.a.verdict is not self.b.verdict

    @property
    def is_empty(self) -> bool:
        """Nothing that the diff reports changed."""
        return not (
            self.verdict_changed
            or self.new_findings
            or self.resolved_findings
            or self.drift
            or self.added_models
            or self.removed_models
        )


def diff_audits(db_path: Path, a: int, b: int) -> AuditDiff:
    """What changed from audit `a` to audit `b`: findings by (model ref, rule), license drift
    per model (resolved sha, license, effective license, verdict) and the overall verdict."""
    older, newer = get_audit(db_path, a), get_audit(db_path, b)
    return diff_results(get_summary(db_path, a), older, get_summary(db_path, b), newer)


def diff_results(
    summary_a: AuditSummary, a: AuditResult, summary_b: AuditSummary, b: AuditResult
) -> AuditDiff:
    """The diff of two results already loaded (pure)."""
    active_a, _ = _finding_keys(a)
    active_b, waived_b = _finding_keys(b)
    new = [_diff_finding(key, active_b[key]) for key in active_b if key not in active_a]
    resolved = [
        _diff_finding(key, active_a[key], now_waived=key in waived_b)
        for key in active_a
        if key not in active_b
    ]
    models_a = _models_by_ref(a)
    models_b = _models_by_ref(b)
    drift = []
    for ref, model_b in models_b.items():
        model_a = models_a.get(ref)
        if model_a is None:
            continue
        changes = _model_changes(model_a, model_b)
        if changes:
            drift.append(ModelDrift(ref, changes))
    return AuditDiff(
        a=summary_a,
        b=summary_b,
        new_findings=tuple(sorted(new, key=_finding_order)),
        resolved_findings=tuple(sorted(resolved, key=_finding_order)),
        drift=tuple(drift),
        added_models=tuple(ref for ref in models_b if ref not in models_a),
        removed_models=tuple(ref for ref in models_a if ref not in models_b),
    )


_Key = tuple[str | None, str]
_SEVERITY_RANK = {"block": 0, "warn": 1, "info": 2}


def _finding_keys(result: AuditResult) -> tuple[dict[_Key, Finding], set[_Key]]:
    """Unwaived findings by (model ref, rule), the first of each; and the waived keys."""
    active: dict[_Key, Finding] = {}
    waived: set[_Key] = set()
    for ref, finding in all_findings(result):
        key = (ref, finding.rule)
        if finding.waived:
            waived.add(key)
        else:
            active.setdefault(key, finding)
    return active, waived - set(active)


def _diff_finding(key: _Key, finding: Finding, *, now_waived: bool = False) -> DiffFinding:
    return DiffFinding(key[0], key[1], str(finding.severity), finding.message, now_waived)


def _finding_order(item: DiffFinding) -> tuple[int, str, str]:
    return (_SEVERITY_RANK.get(item.severity, 3), item.ref or "", item.rule)


def _models_by_ref(result: AuditResult) -> dict[str, ModelResult]:
    models: dict[str, ModelResult] = {}
    for model in result.models:
        models.setdefault(model.ref, model)
    return models


def _model_changes(a: ModelResult, b: ModelResult) -> tuple[Change, ...]:
    pairs = (
        (
            "resolved_sha",
            a.source.resolved_sha if a.source else None,
            b.source.resolved_sha if b.source else None,
        ),
        ("license", a.license.id if a.license else None, b.license.id if b.license else None),
        (
            "effective_license",
            a.effective_license.id if a.effective_license else None,
            b.effective_license.id if b.effective_license else None,
        ),
        ("verdict", str(a.verdict), str(b.verdict)),
    )
    return tuple(Change(name, before, after) for name, before, after in pairs if before != after)
