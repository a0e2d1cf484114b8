"""Command line: the run's last line, the verdict in words and where the report went.

"Pass with warnings: 1 model needs review. Report: report.html" reads as the outcome; the
older "WARN: report written to report.html" read as a warning about the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from auditor.model import AuditResult, Verdict

_HEADLINE = {
    Verdict.PASS: "Pass",
    Verdict.WARN: "Pass with warnings",
    Verdict.NEEDS_INPUT: "Needs input",
    Verdict.FAIL: "Fail",
    Verdict.ERROR: "Incomplete",
}


def _models(count: int) -> str:
    return f"{count} model" if count == 1 else f"{count} models"


def _part(count: int, total: int, singular: str, plural: str) -> str:
    """`2 of 3 models are blocked`, or `1 model is blocked` when it is every model."""
    verb = singular if count == 1 else plural
    if count == total:
        return f"{_models(count)} {verb}"
    return f"{count} of {_models(total)} {verb}"


def verdict_line(result: AuditResult, counts: Mapping[Verdict, int] | None = None) -> str:
    """The verdict of a (rejudged) result in one sentence, counts of models per outcome
    (`counts`: of a streamed run, whose result holds no models)."""
    counts = Counter(counts if counts is not None else (m.verdict for m in result.models))
    total = sum(counts.values())
    parts: list[str] = []
    if counts[Verdict.ERROR]:
        parts.append(_part(counts[Verdict.ERROR], total, "was not audited", "were not audited"))
    if counts[Verdict.FAIL]:
        parts.append(_part(counts[Verdict.FAIL], total, "is blocked", "are blocked"))
    if counts[Verdict.NEEDS_INPUT]:
        parts.append(
            _part(
                counts[Verdict.NEEDS_INPUT],
                total,
                "waits for a deployment fact",
                "wait for deployment facts",
            )
        )
    if counts[Verdict.WARN]:
        parts.append(_part(counts[Verdict.WARN], total, "needs review", "need review"))
    worst_counted = next(
        (v for v in (Verdict.ERROR, Verdict.FAIL, Verdict.NEEDS_INPUT, Verdict.WARN) if counts[v]),
        Verdict.PASS,
    )
    if result.verdict is not worst_counted and result.verdict is not Verdict.PASS:
        parts.insert(0, "the run itself has findings")  # e.g. a manifest-level finding
    if not parts and total:
        parts.append(_part(counts[Verdict.PASS], total, "passes", "pass"))
    text = ", ".join(parts) or "no models to audit"
    return f"{_HEADLINE[result.verdict]}: {text}."


def final_line(
    result: AuditResult,
    output: Path | None,
    *,
    noun: str = "Report",
    counts: Mapping[Verdict, int] | None = None,
) -> str:
    """The verdict sentence, then where the file is when one was written."""
    line = verdict_line(result, counts)
    return f"{line} {noun}: {output}" if output is not None else line
