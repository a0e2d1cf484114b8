"""Reports drift: a fresh audit of a manifest compared with its auditor.lock, as findings."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from auditor.gate.drift_artefacts import artefact_drift
from auditor.gate.lock import LOCK_FILE_NAME, Lock, LockedModel, lock_entry
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import AuditResult, Category, Evidence, Finding, Verdict

if TYPE_CHECKING:
    from auditor.policy.model import Policy

_LICENSE_FIELDS = ("license", "license_name", "license_link")
_SHORT = 12  # hex digits of a digest shown in messages

RULE_NEW_REVISION = "drift-new-revision"
RULE_TEXT_CHANGED = "drift-license-text-changed"
RULE_TAG_CHANGED = "drift-license-tag-changed"
RULE_BASE_MODEL_CHANGED = "drift-base-model-changed"
RULE_LICENSE_CHANGED = "drift-license-changed"
RULE_TERMS_CHANGED = "drift-terms-changed"
RULE_NOT_LOCKED = "drift-model-not-locked"
RULE_REMOVED = "drift-model-removed"


def detect_drift(lock: Lock, result: AuditResult) -> dict[str, list[Finding]]:
    """Compare a fresh audit of the manifest with its lock: ref -> drift findings; pure.

    Models in the result are compared with their locked entry (block findings); a model
    that could not be audited is skipped, its own findings already block. Refs locked but
    absent from the result get one `drift-model-removed` warning each: they belong to the
    run, not to a model (with_drift puts them there). Refs without drift are left out.
    """
    drift: dict[str, list[Finding]] = {}
    seen: set[str] = set()
    for model in result.models:
        if model.ref in seen:
            continue
        seen.add(model.ref)
        locked = lock.models.get(model.ref)
        if locked is None:
            findings = [_not_locked(lock)]
        elif model.verdict is Verdict.ERROR:
            continue
        else:
            findings = compare_locked(
                locked, lock_entry(model), lock=lock, tool_version=result.tool_version
            )
        if findings:
            drift[model.ref] = findings
    for ref in sorted(lock.models):
        if ref not in seen:
            drift[ref] = [_removed(lock.models[ref], lock)]
    return drift


def compare_locked(
    old: LockedModel, new: LockedModel, *, lock: Lock, tool_version: str | None = None
) -> list[Finding]:
    """Drift findings between a locked entry and the same model now; pure."""
    ctx = _Context(old, lock, tool_version)
    findings: list[Finding] = []
    same_revision = old.resolved_sha == new.resolved_sha
    if not same_revision:
        findings.append(
            ctx.finding(
                RULE_NEW_REVISION,
                f"new sha: resolved sha changed {_show(old.resolved_sha)} -> "
                f"{_show(new.resolved_sha)}",
                f"resolved_sha: {_show(old.resolved_sha)}",
            )
        )
    findings.extend(_file_drift(ctx, old, new, same_revision=same_revision))
    findings.extend(_card_drift(ctx, old, new))
    changes = [
        f"{label} {_show(before)} -> {_show(after)}"
        for label, before, after in (
            ("license", old.license, new.license),
            ("effective license", old.effective_license, new.effective_license),
        )
        if before != after
    ]
    if changes:
        findings.append(
            ctx.finding(
                RULE_LICENSE_CHANGED,
                "license changed: " + "; ".join(changes),
                f"license: {_show(old.license)}; effective_license: {_show(old.effective_license)}",
                why_same_sha=same_revision,
            )
        )
    if old.terms_sha256 != new.terms_sha256 and _stated(old.terms) != _stated(new.terms):
        details = _term_changes(old.terms, new.terms) or [
            f"terms_sha256 {old.terms_sha256[:_SHORT]} -> {new.terms_sha256[:_SHORT]}"
        ]
        findings.append(
            ctx.finding(
                RULE_TERMS_CHANGED,
                "extracted terms changed: " + "; ".join(details),
                f"terms_sha256: {old.terms_sha256}",
                why_same_sha=same_revision,
            )
        )
    findings.extend(artefact_drift(old, new, ctx.finding))  # the hub's scan, the chat template
    return findings


def with_drift(
    result: AuditResult, drift: Mapping[str, Sequence[Finding]], policy: Policy | None = None
) -> AuditResult:
    """The result with drift findings added to its models (and run), verdicts recomputed.

    Findings under a ref that is not a model of the result (a removed model) become run
    findings. Drift findings are added after waivers, so no waiver excuses them; the policy,
    when given, weighs them like every other observation.
    """
    from auditor.policy.judge import (
        model_verdict,
        overall_verdict,
        sort_findings,
        weigh_observations,
    )

    if policy is not None:
        drift = {ref: weigh_observations(found, policy) for ref, found in drift.items()}

    refs = {m.ref for m in result.models}
    models = []
    for model in result.models:
        extra = drift.get(model.ref, ())
        if extra:
            findings = sort_findings([*model.findings, *extra])
            verdict = model.verdict if model.verdict is Verdict.ERROR else model_verdict(findings)
            model = replace(model, findings=tuple(findings), verdict=verdict)
        models.append(model)
    run = [
        *result.findings,
        *(f for ref in sorted(drift) if ref not in refs for f in drift[ref]),
    ]
    verdicts = [m.verdict for m in models]
    if run:
        verdicts.append(model_verdict(run))
    return replace(
        result,
        models=tuple(models),
        findings=tuple(run),
        verdict=overall_verdict(verdicts),
    )


@dataclass(frozen=True, slots=True)
class _Context:
    """What every drift finding of one model shares: the lock entry and its line."""

    old: LockedModel
    lock: Lock
    tool_version: str | None

    def finding(
        self, rule: str, message: str, locked: str, *, why_same_sha: bool = False
    ) -> Finding:
        remediation = (
            "review the change; if it is acceptable, record it with "
            f"`auditor lock {self.lock.manifest or 'MANIFEST'} --update`"
        )
        upgraded = self.lock.tool_version is not None and self.tool_version is not None
        if why_same_sha and upgraded and self.lock.tool_version != self.tool_version:
            remediation += (
                f" (the auditor changed from {self.lock.tool_version} to {self.tool_version} "
                "since the lock was written, which can change what it reads from the same text)"
            )
        return Finding(
            rule=rule,
            category=Category.PROVENANCE,
            severity=observed_severity(rule),
            message=message,
            evidence=(Evidence(self.lock.path or LOCK_FILE_NAME, self.old.line, locked),),
            remediation=remediation,
        )


def _file_drift(
    ctx: _Context, old: LockedModel, new: LockedModel, *, same_revision: bool
) -> list[Finding]:
    before = {f.path: f for f in old.license_files}
    after = {f.path: f for f in new.license_files}
    changes: list[str] = []
    stale: list[str] = []
    for path in sorted(before.keys() | after.keys()):
        was, now = before.get(path), after.get(path)
        if was is None:
            changes.append(f"{path} added")
            continue
        if now is None:
            changes.append(f"{path} removed")
            continue
        parts = []
        if was.blob_id and now.blob_id and was.blob_id != now.blob_id:
            parts.append(f"blob id {was.blob_id[:_SHORT]} -> {now.blob_id[:_SHORT]}")
            if was.sha256 and was.sha256 == now.sha256:
                stale.append(path)
        if was.sha256 and now.sha256 and was.sha256 != now.sha256:
            parts.append(f"sha256 {was.sha256[:_SHORT]} -> {now.sha256[:_SHORT]}")
        if parts:
            changes.append(f"{path} ({', '.join(parts)})")
    if not changes:
        return []
    where = (
        f"license text changed in place at the same sha {_show(new.resolved_sha)}"
        if same_revision
        else "license text changed with the new revision"
    )
    finding = ctx.finding(
        RULE_TEXT_CHANGED,
        f"{where}: {'; '.join(changes)}",
        "; ".join(
            f"{f.path}: sha256 {_show(f.sha256)}, blob_id {_show(f.blob_id)}"
            for f in old.license_files
        )
        or "license_files: []",
    )
    if stale:
        note = (
            f"; the local cache still holds the old text of {', '.join(stale)} (the Hub client "
            "does not re-download a file changed at the same commit): audit with a fresh "
            "--cache-dir to read the new text"
        )
        finding = replace(finding, remediation=(finding.remediation or "") + note)
    return [finding]


def _card_drift(ctx: _Context, old: LockedModel, new: LockedModel) -> list[Finding]:
    findings = []
    tag_changes = [
        f"{key} {_show(old.card.get(key))} -> {_show(new.card.get(key))}"
        for key in _LICENSE_FIELDS
        if old.card.get(key) != new.card.get(key)
    ]
    base_changed = (old.card.get("base_model") or []) != (new.card.get("base_model") or [])
    if tag_changes or (old.card_sha256 != new.card_sha256 and not base_changed):
        details = tag_changes or [
            f"card_sha256 {old.card_sha256[:_SHORT]} -> {new.card_sha256[:_SHORT]}"
        ]
        findings.append(
            ctx.finding(
                RULE_TAG_CHANGED,
                "card license metadata changed: " + "; ".join(details),
                "card: "
                + ", ".join(f"{key} {_show(old.card.get(key))}" for key in _LICENSE_FIELDS),
            )
        )
    base_details = []
    if base_changed:
        base_details.append(
            f"declared base_model {_show(old.card.get('base_model'))} -> "
            f"{_show(new.card.get('base_model'))}"
        )
    if old.lineage_roots != new.lineage_roots:
        base_details.append(
            f"lineage roots {_show(list(old.lineage_roots))} -> {_show(list(new.lineage_roots))}"
        )
    if base_details:
        findings.append(
            ctx.finding(
                RULE_BASE_MODEL_CHANGED,
                "base model changed: " + "; ".join(base_details),
                f"base_model: {_show(old.card.get('base_model'))}; lineage_roots: "
                f"{_show(list(old.lineage_roots))}",
            )
        )
    return findings


def _term_changes(old: Mapping[str, object], new: Mapping[str, object]) -> list[str]:
    changes = []
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if isinstance(before, list) and isinstance(after, list):
            added = [f"+{_show(item)}" for item in after if item not in before]
            removed = [f"-{_show(item)}" for item in before if item not in after]
            if added or removed:
                changes.append(f"{key} {', '.join(removed + added)}")
                continue
        changes.append(f"{key} {_show(before)} -> {_show(after)}")
    return changes


def _not_locked(lock: Lock) -> Finding:
    manifest = lock.manifest or "MANIFEST"
    return Finding(
        rule=RULE_NOT_LOCKED,
        category=Category.PROVENANCE,
        severity=observed_severity(RULE_NOT_LOCKED),
        message=f"the model is in the manifest but not in {lock.path or LOCK_FILE_NAME}",
        remediation=f"review the audit, then record it with `auditor lock {manifest} --update`",
    )


def _removed(old: LockedModel, lock: Lock) -> Finding:
    manifest = lock.manifest or "MANIFEST"
    where = lock.path or LOCK_FILE_NAME
    return Finding(
        rule=RULE_REMOVED,
        category=Category.PROVENANCE,
        severity=observed_severity(RULE_REMOVED),
        message=f"{old.ref} is locked in {where} but no longer in the manifest",
        evidence=(Evidence(where, old.line, f"{old.ref}: resolved_sha {_show(old.resolved_sha)}"),),
        remediation=f"drop it from the lock with `auditor lock {manifest} --update`",
    )


def _show(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _stated(terms: Mapping[str, object]) -> dict[str, object]:
    """The terms a text states: a key whose value is unstated (null, an empty list, false) is
    the same as no key, so a term key added by a newer version of the tool, or dropped, is no
    drift until a license states it."""
    return {k: v for k, v in terms.items() if v not in (None, [], {}, False, "")}
