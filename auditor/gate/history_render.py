"""Shows recorded audits and their diffs: plain text for the terminal, plain values for JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from auditor.gate.history import AuditSummary
from auditor.gate.history_diff import AuditDiff, Change, DiffFinding


def render_history_list(audits: Sequence[AuditSummary]) -> str:
    """Recorded audits as given (newest first), two lines each: outcome, then provenance."""
    if not audits:
        return "No audits recorded yet.\n"
    width = max(len(str(item.id)) for item in audits) + 1
    verdict_width = max(5, *(len(str(item.verdict)) for item in audits))  # NEEDS-INPUT: 11
    lines = []
    for item in audits:
        counts = (
            f"{item.models} model{'' if item.models == 1 else 's'}, "
            f"{item.blocking} blocking, {item.warnings} warning{'' if item.warnings == 1 else 's'}"
        )
        label = f"#{item.id}"
        verdict = f"{item.verdict.upper():<{verdict_width}}"
        lines.append(f"{label:<{width}}  {item.recorded_at}  {verdict}  {counts}")
        lines.append(
            f"{'':<{width}}  by {item.who}; policy {_input(item.policy, item.policy_sha256)}; "
            f"manifest {_input(item.manifest, item.manifest_sha256)}"
        )
    return "\n".join(lines) + "\n"


_FIELD_WORDS = {
    "resolved_sha": "revision",
    "license": "license",
    "effective_license": "effective license",
    "verdict": "verdict",
}


def render_audit_diff(diff: AuditDiff) -> str:
    """The diff in plain text: verdict, inputs, models, license drift, findings."""
    a, b = diff.a, diff.b
    lines = [
        f"Audit #{a.id} ({a.recorded_at}, {a.who}) -> #{b.id} ({b.recorded_at}, {b.who})",
        f"Verdict: {a.verdict} -> {b.verdict}"
        + (" (changed)" if diff.verdict_changed else " (unchanged)"),
    ]
    if (a.manifest, a.manifest_sha256) != (b.manifest, b.manifest_sha256):
        lines.append(
            f"Manifest: {_input(a.manifest, a.manifest_sha256)} -> "
            f"{_input(b.manifest, b.manifest_sha256)}"
        )
    if (a.policy, a.policy_sha256) != (b.policy, b.policy_sha256):
        lines.append(
            f"Policy: {_input(a.policy, a.policy_sha256)} -> {_input(b.policy, b.policy_sha256)}"
        )
    if a.tool_version != b.tool_version:
        lines.append(f"Auditor version: {a.tool_version} -> {b.tool_version}")
    if diff.added_models:
        lines.append("Models added: " + ", ".join(diff.added_models))
    if diff.removed_models:
        lines.append("Models removed: " + ", ".join(diff.removed_models))
    if diff.drift:
        lines.append("License drift:")
        for item in diff.drift:
            described = "; ".join(
                f"{_FIELD_WORDS.get(c.field, c.field)} {_short(c)}" for c in item.changes
            )
            lines.append(f"  {item.ref}: {described}")
    for title, findings in (
        ("New findings", diff.new_findings),
        ("Resolved findings", diff.resolved_findings),
    ):
        if findings:
            lines.append(f"{title} ({len(findings)}):")
            lines.extend(
                f"  {f.severity.upper()} {f.ref or '(run)'} {f.rule}: {f.message}"
                + (" (now waived)" if f.now_waived else "")
                for f in findings
            )
    if diff.is_empty:
        lines.append("No changes in findings, licenses or models.")
    return "\n".join(lines) + "\n"


def _input(name: str | None, sha: str | None) -> str:
    return f"{name or '-'}" + (f" (sha256 {sha[:12]})" if sha else "")


def _short(change: Change) -> str:
    def show(value: str | None) -> str:
        if value is None:
            return "none"
        return value[:12] if change.field == "resolved_sha" else value

    return f"{show(change.before)} -> {show(change.after)}"


def summary_to_dict(summary: AuditSummary) -> dict[str, Any]:
    """A summary as plain JSON values (for `history list --format json`)."""
    return {
        "id": summary.id,
        "recorded_at": summary.recorded_at,
        "who": summary.who,
        "manifest": summary.manifest,
        "manifest_sha256": summary.manifest_sha256,
        "policy": summary.policy,
        "policy_sha256": summary.policy_sha256,
        "verdict": str(summary.verdict),
        "tool_version": summary.tool_version,
        "models": summary.models,
        "blocking": summary.blocking,
        "warnings": summary.warnings,
    }


def audit_diff_to_dict(diff: AuditDiff) -> dict[str, Any]:
    """A diff as plain JSON values (for `history diff --format json`)."""

    def finding(item: DiffFinding) -> dict[str, Any]:
        return {
            "ref": item.ref,
            "rule": item.rule,
            "severity": item.severity,
            "message": item.message,
            "now_waived": item.now_waived,
        }

    return {
        "a": summary_to_dict(diff.a),
        "b": summary_to_dict(diff.b),
        "verdict_changed": diff.verdict_changed,
        "new_findings": [finding(f) for f in diff.new_findings],
        "resolved_findings": [finding(f) for f in diff.resolved_findings],
        "drift": [
            {
                "ref": item.ref,
                "changes": [
                    {"field": c.field, "before": c.before, "after": c.after} for c in item.changes
                ],
            }
            for item in diff.drift
        ],
        "added_models": list(diff.added_models),
        "removed_models": list(diff.removed_models),
    }
