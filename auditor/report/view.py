"""Flattens an AuditResult into sorted, pre-formatted plain values for templates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from auditor.model import AuditResult, Finding, ModelResult, Severity, Verdict
from auditor.report.sanitize import sanitize_text
from auditor.report.view_items import finding_view, is_duty, license_label, safe_href
from auditor.report.view_model import model_view
from auditor.report.words import (
    NO_POLICY_NOTE,
    SEVERITY_ICONS,
    VERDICT_ICONS,
    VERDICT_LABELS,
    VERDICT_WORDS,
)

__all__ = [
    "NO_POLICY_NOTE",
    "VERDICT_WORDS",
    "build_view",
    "license_label",
    "reveal_controls",
    "safe_href",
]

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Invisible direction controls: shown as visible marks so they cannot reorder or hide text."""

VERDICT_ORDER = (Verdict.FAIL, Verdict.ERROR, Verdict.NEEDS_INPUT, Verdict.WARN, Verdict.PASS)
"""The order verdicts are listed in: the worst first."""

HIGH_CONFIDENCE = 0.9
LOW_CONFIDENCE = 0.6
"""Below this an identification needs confirming by reading the text (as in the pipeline)."""

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
"""No scripts, fonts, frames or fetches: the report is inert even with hostile card text."""


def build_view(result: AuditResult) -> dict[str, Any]:
    """Plain values for the templates: no computing left for them to do."""
    counts = Counter(str(f.severity) for m in result.models for f in m.findings if not f.waived)
    models = [model_view(m, index) for index, m in enumerate(result.models, start=1)]
    everything = [*result.findings, *(f for m in result.models for f in m.findings)]
    view: dict[str, Any] = {
        "title": "Model license audit",
        "verdict": str(result.verdict),
        "verdict_words": VERDICT_WORDS[result.verdict],
        "verdict_label": VERDICT_LABELS[result.verdict],
        "verdict_icon": VERDICT_ICONS[result.verdict],
        "generated_at": result.generated_at,
        "tool": f"{result.tool_name} {result.tool_version}",
        "tool_name": result.tool_name,
        "tool_version": result.tool_version,
        "lineage_knowledge": knowledge_words(result),
        "manifest": result.manifest or "",
        "policy": "none"
        if result.policy is None
        else f"{result.policy.name} (sha256 {result.policy.sha256})",
        "policy_name": result.policy.name if result.policy else "",
        "policy_sha256": result.policy.sha256 if result.policy else "",
        "scope_note": NO_POLICY_NOTE if result.policy is None else "",
        "csp": CSP,
        "counts": [(str(s), counts.get(str(s), 0)) for s in Severity],
        "stats": _stats(everything),
        "model_count": len(result.models),
        "verdict_tally": _verdict_tally(result.models),
        "headline": [
            _headline(m)
            for m in result.models
            if m.verdict in (Verdict.FAIL, Verdict.ERROR, Verdict.NEEDS_INPUT)
        ],
        "review": [_headline(m) for m in result.models if m.verdict is Verdict.WARN],
        "run_findings": [finding_view(f) for f in result.findings],
        "models": models,
        "summary_line": _summary_line(result.models),
        "trail": _trail(models),
    }
    revealed: dict[str, Any] = reveal_all(view)
    return revealed


def reveal_controls(text: str) -> str:
    """Text with invisible direction controls replaced by visible `[U+202E]` marks, and
    control characters by `\\x1b`-style escapes (report/sanitize.py)."""
    return sanitize_text(text)


def reveal_all(value: Any) -> Any:
    """Every string of the view through reveal_controls (hrefs were vetted before)."""
    if isinstance(value, str):
        return reveal_controls(value)
    if isinstance(value, dict):
        return {key: reveal_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [reveal_all(item) for item in value]
    if isinstance(value, tuple):
        return tuple(reveal_all(item) for item in value)
    return value


def _stats(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """Counts for the summary; an info obligation counts as an obligation, not as info."""
    active = [f for f in findings if not f.waived]
    waits = [f for f in active if f.severity is Severity.BLOCK and f.needs_input]
    by_severity = Counter(f.severity for f in active if not is_duty(f) and f not in waits)
    waiting = len(waits)
    rows = [
        (
            "block",
            "Blocking",
            SEVERITY_ICONS[Severity.BLOCK],
            by_severity[Severity.BLOCK],
            "unwaived; each fails the audit",
        ),
        (
            "warn",
            "Warnings",
            SEVERITY_ICONS[Severity.WARN],
            by_severity[Severity.WARN],
            "unwaived; review before adoption",
        ),
        (
            "info",
            "Information",
            SEVERITY_ICONS[Severity.INFO],
            by_severity[Severity.INFO],
            "for the record",
        ),
        (
            "obligation",
            "Obligations",
            "☐",
            sum(1 for f in active if f.obligation),
            "duties to fulfil when adopting",
        ),
        (
            "waived",
            "Waived",
            "–",
            sum(1 for f in findings if f.waived),
            "excused by an approved waiver",
        ),
    ]
    if waiting:  # a row only when some block waits for a deployment fact
        rows.insert(
            1,
            (
                "needs-input",
                "Needs input",
                VERDICT_ICONS[Verdict.NEEDS_INPUT],
                waiting,
                "unwaived; each waits for a deployment fact",
            ),
        )
    return [
        {"key": key, "label": label, "icon": icon, "value": value, "note": note}
        for key, label, icon, value, note in rows
    ]


def _verdict_tally(models: Iterable[ModelResult]) -> list[dict[str, Any]]:
    tally = Counter(m.verdict for m in models)
    return [
        {"verdict": str(v), "label": VERDICT_LABELS[v], "icon": VERDICT_ICONS[v], "count": tally[v]}
        for v in VERDICT_ORDER
        if tally[v]
    ]


def _summary_line(models: Sequence[ModelResult]) -> str:
    if not models:
        return "No models were audited."
    parts = [f"{item['count']} {item['label'].lower()}" for item in _verdict_tally(models)]
    noun = "model" if len(models) == 1 else "models"
    return f"{len(models)} {noun} audited: {', '.join(parts)}."


def _trail(models: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per model the revision audited and the license files read, for the audit trail."""
    return [
        {
            "anchor": m["anchor"],
            "ref": m["ref"],
            "source": m["source_words"],
            "revision": m["revision_trail"],
            "files": [{"path": f["path"], "sha256": f["sha256"]} for f in m["license_files"]],
            "rowspan": max(1, len(m["license_files"])),
        }
        for m in models
    ]


def _headline(model: ModelResult) -> dict[str, str]:
    active = [f for f in model.findings if not f.waived]
    if model.verdict is Verdict.WARN:
        first = next((f for f in active if f.severity is Severity.WARN), None)
    else:
        blocks = [f for f in active if f.severity is Severity.BLOCK]
        # a fail names a decided block first, not one that waits for a deployment fact
        decided = [f for f in blocks if not f.needs_input] if model.verdict is Verdict.FAIL else []
        first = next(iter(decided or blocks), None)
        if first is None and model.verdict is Verdict.ERROR:
            first = next((f for f in active if f.severity is not Severity.INFO), None)
    why = first.message if first else ""
    if not why and model.verdict is Verdict.ERROR:
        why = "the audit of this model did not finish"
    return {
        "ref": model.ref,
        "verdict": str(model.verdict),
        "label": VERDICT_LABELS[model.verdict],
        "icon": VERDICT_ICONS[model.verdict],
        "why": why,
        "rule": first.rule if first else "",
    }


def knowledge_words(result: AuditResult) -> str:
    """`as of 2026-11-20 (bundled)`: the lineage knowledge the audit used ("" if not recorded)."""
    return result.lineage_knowledge.words() if result.lineage_knowledge is not None else ""
