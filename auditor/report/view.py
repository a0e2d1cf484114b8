"""Flattens an AuditResult into sorted, pre-formatted plain values for templates."""

from __future__ import annotations

from collections import Counter
from typing import Any

from auditor.models import AuditResult, LicenseMatch, ModelResult, Severity, Verdict

NO_POLICY_NOTE = (
    "No policy was applied: this verdict covers evidence and license identification only. "
    "License terms (commercial use, user caps, use restrictions) were not judged against a "
    "deployment."
)

VERDICT_WORDS = {
    Verdict.PASS: "Pass: no blocking or warning findings",
    Verdict.WARN: "Pass with warnings: review the warnings before adoption",
    Verdict.FAIL: "Fail: at least one model has a blocking finding",
    Verdict.ERROR: "Incomplete: at least one model could not be audited",
}


def build_view(result: AuditResult) -> dict[str, Any]:
    """Plain values for the templates: no computing left for them to do."""
    counts = Counter(str(f.severity) for m in result.models for f in m.findings if not f.waived)
    return {
        "title": "Model license audit",
        "verdict": str(result.verdict),
        "verdict_words": VERDICT_WORDS[result.verdict],
        "generated_at": result.generated_at,
        "tool": f"{result.tool_name} {result.tool_version}",
        "manifest": result.manifest or "",
        "policy": "none"
        if result.policy is None
        else f"{result.policy.name} (sha256 {result.policy.sha256})",
        "scope_note": NO_POLICY_NOTE if result.policy is None else "",
        "counts": [(str(s), counts.get(str(s), 0)) for s in Severity],
        "model_count": len(result.models),
        "headline": [
            _headline(m) for m in result.models if m.verdict in (Verdict.FAIL, Verdict.ERROR)
        ],
        "models": [_model(m) for m in result.models],
    }


def license_label(match: LicenseMatch | None) -> str:
    """`Name (id)`, or a plain word when unknown."""
    if match is None:
        return "none declared"
    if match.id is None:
        return f"unidentified: {match.name}" if match.name else "unidentified"
    return match.name if match.name == match.id else f"{match.name} ({match.id})"


def _headline(model: ModelResult) -> dict[str, str]:
    first = next((f for f in model.findings if f.severity is Severity.BLOCK and not f.waived), None)
    return {"ref": model.ref, "verdict": str(model.verdict), "why": first.message if first else ""}


def _model(model: ModelResult) -> dict[str, Any]:
    source = model.source
    declared = model.declared
    lic = model.license
    return {
        "ref": model.ref,
        "verdict": str(model.verdict),
        "source_kind": str(source.kind) if source else "",
        "repo_id": (source.repo_id or "") if source else "",
        "revision": (source.revision or "") if source else "",
        "resolved_sha": (source.resolved_sha or "") if source else "",
        "gated": ""
        if source is None or source.gated is None
        else ("yes" if source.gated else "no"),
        "endpoint": (source.endpoint or "") if source else "",
        "declared_license": _declared_text(declared.license),
        "license_name": declared.license_name or "",
        "license_link": declared.license_link or "",
        "base_models": ", ".join(b.ref for b in declared.base_models),
        "license": license_label(lic),
        "license_kind": (lic.kind or "") if lic else "",
        "license_method": lic.method if lic else "",
        "license_confidence": f"{lic.confidence:.0%}" if lic else "",
        "effective_license": license_label(model.effective_license),
        "license_files": [
            {
                "path": f.path,
                "sha256": f.sha256 or "not read",
                "identified_as": f.identified_as or "",
            }
            for f in model.license_files
        ],
        "findings": [
            {
                "severity": str(f.severity),
                "rule": f.rule,
                "category": str(f.category),
                "message": f.message,
                "remediation": f.remediation or "",
                "waived": f.waived,
                "evidence": [
                    {
                        "where": f"{e.file or ''}{':' + str(e.line) if e.line else ''}",
                        "text": e.text,
                    }
                    for e in f.evidence
                ],
            }
            for f in model.findings
        ],
    }


def _declared_text(value: str | list[str] | None) -> str:
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, list) else value
