"""Groups a run's unwaived findings by rule: why models are blocked or to be reviewed, and
what to do, one row a reason, for the HTML and Markdown reports' reasons tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from auditor.model import AuditResult, Finding, Severity
from auditor.model.inputs import inputs_list
from auditor.report.view_items import is_duty
from auditor.report.view_rules import rule_title

BLOCKING = ("block", "needs-input")
"""The severities of the blocking reasons table: a decided block, and one waiting for a fact."""
LABELS = {"block": "Block", "needs-input": "Needs input", "warn": "Warning"}
NAMED = 3
"""Models a reasons row names in Markdown; the rest are counted."""


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule's unwaived findings at one severity across the run's models."""

    rule: str
    title: str
    severity: str  # "block", "needs-input" or "warn"
    models: tuple[tuple[int, str], ...]  # (1-based position in the result, ref), in that order
    findings: int
    fix: str  # the remediation most of the group's findings give ("" when none gives one)
    fix_varies: bool  # the findings give more than one remediation (one per license, say)
    needs: str  # for needs-input: the facts to state, and where

    @property
    def filter(self) -> str:
        """The findings table's deep link to this reason's (unwaived) findings."""
        return f"#findings?severity={self.severity}&rule={self.rule}&waived=no"


def severity_key(finding: Finding) -> str:
    """`block`, `needs-input`, `warn`, `info`, or `duty` for an information obligation."""
    if is_duty(finding):
        return "duty"
    if finding.severity is Severity.BLOCK and finding.needs_input:
        return "needs-input"
    return str(finding.severity)


def group_reasons(
    result: AuditResult, severities: tuple[str, ...], words: Callable[[str], str] = str
) -> list[Reason]:
    """The reasons at these severities, the most models first; `words` rewrites prose (license
    ids as names, places as places) in the fixes."""
    groups: dict[tuple[str, str], list[tuple[int, str, Finding]]] = {}
    for index, model in enumerate(result.models, start=1):
        for finding in model.findings:
            key = severity_key(finding)
            if finding.waived or key not in severities:
                continue
            groups.setdefault((finding.rule, key), []).append((index, model.ref, finding))
    reasons = [_reason(rule, key, items, words) for (rule, key), items in groups.items()]
    order = {key: rank for rank, key in enumerate(severities)}
    return sorted(reasons, key=lambda r: (order[r.severity], -len(r.models), r.title, r.rule))


def _reason(
    rule: str, severity: str, items: list[tuple[int, str, Finding]], words: Callable[[str], str]
) -> Reason:
    models = tuple(dict.fromkeys((index, ref) for index, ref, _ in items))
    fixes = Counter(words(f.remediation) for _, _, f in items if f.remediation)
    needs = dict.fromkeys(inputs_list(f.needs_input) for _, _, f in items if f.needs_input)
    return Reason(
        rule=rule,
        title=rule_title(rule),
        severity=severity,
        models=models,
        findings=len(items),
        fix=fixes.most_common(1)[0][0] if fixes else "",
        fix_varies=len(fixes) > 1,
        needs="; ".join(needs),
    )


def reason_rows(
    result: AuditResult, words: Callable[[str], str], cut: Callable[[str, int], str]
) -> dict[str, list[dict[str, str]]]:
    """The blocking reasons and the warnings to review as table rows of plain text (for the
    Markdown report, which escapes them): `cut(text, limit)` shortens untrusted text."""
    tables = {"blocking": BLOCKING, "warnings": ("warn",)}
    out: dict[str, list[dict[str, str]]] = {}
    for name, severities in tables.items():
        rows = []
        for reason in group_reasons(result, severities, words):
            names = [cut(ref, 80) for _, ref in reason.models[:NAMED]]
            more = len(reason.models) - len(names)
            fix = cut(reason.fix, 400) if reason.fix else "see each finding"
            rows.append(
                {
                    "label": LABELS[reason.severity],
                    "title": cut(reason.title, 160),
                    "rule": cut(reason.rule, 160),
                    "needs": cut(reason.needs, 300),
                    "models": f"{len(reason.models)}: {', '.join(names)}"
                    + (f" and {more} more" if more else ""),
                    "fix": fix + (" (worded per license)" if reason.fix_varies else ""),
                }
            )
        out[name] = rows
    return out
