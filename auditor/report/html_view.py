"""The HTML report's view: the shared view plus reasons, roll-ups, licenses and the data block.

Everything a person reads is in plain words (license names, places, yes/no); ids stay in a
details line. What the page shows without its script (the summary, the reasons tables, the
roll-ups, the licenses and the audit trail) is laid out by the template; the tables of models
and findings and each model's details, which grow with the portfolio, travel as one data block
(html_data.py) that the script lays out a page at a time.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from auditor.model import AuditResult, ModelResult, Openness, Verdict
from auditor.report.html_data import build_data, data_markup
from auditor.report.html_licenses import kind_words, license_sections
from auditor.report.html_parts import bar_chart
from auditor.report.html_words import ProseNamer, judged_under_lines, license_names
from auditor.report.view import VERDICT_ORDER, build_view, reveal_all
from auditor.report.view_items import is_duty
from auditor.report.view_reasons import BLOCKING, Reason, group_reasons
from auditor.report.view_rules import rule_title
from auditor.report.words import VERDICT_ICONS, VERDICT_LABELS
from auditor.resources import reports_dir

MOF_WORDS = {1: "Class I: Open Science", 2: "Class II: Open Tooling", 3: "Class III: Open Model"}
HEADLINES = 10
"""Blocked (or to-review) models named one by one in the summary; the rest are counted."""
NAMED = 3
"""Models a reasons row names; the rest are counted (the link lists them all)."""
DUTY_TEXTS = 5
"""Wordings of one obligation listed (one a license); the rest are counted."""
DUTY_MODELS = 6
"""Models an obligation names; the rest are counted (its link lists them all)."""
REASON_LABELS = {
    "block": ("Block", "✖"),
    "needs-input": ("Needs input", "✎"),
    "warn": ("Warning", "▲"),
}


@cache
def script() -> tuple[str, str]:
    """The report's one script and its CSP source (`'sha256-...'`)."""
    text = _compact_script((reports_dir() / "html.js").read_text(encoding="utf-8"))
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def _compact_script(text: str) -> str:
    """The script as shipped: no indentation, no comment-only lines (it is written with
    neither template literals nor line continuations, so neither changes what it does; a
    portfolio page carries it once, and a 500-model page must stay under 2.5 MB)."""
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//")) + "\n"


def csp(script_source: str) -> str:
    """No fetch, frame, font or form; styles inline; only the report's own script runs."""
    return (
        f"default-src 'none'; script-src {script_source}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def build_html_view(result: AuditResult) -> dict[str, Any]:
    """The shared view, extended with what only the HTML page lays out."""
    view = build_view(result)
    matches = [m for model in result.models for m in (model.license, model.effective_license) if m]
    namer = ProseNamer(license_names(result.license_facts, matches))
    sections, per_model = license_sections(result, namer)
    extras = [
        _model_extras(model, index, view, namer, per_model.get(index))
        for index, model in enumerate(result.models)
    ]
    blocking = group_reasons(result, BLOCKING, namer)
    warnings = group_reasons(result, ("warn",), namer)
    data = build_data(result, view["models"], extras, namer, [*blocking, *warnings])
    text, source = script()
    headline = [
        _headline(m, i, namer)
        for i, m in enumerate(result.models, start=1)
        if m.verdict in (Verdict.FAIL, Verdict.ERROR, Verdict.NEEDS_INPUT)
    ]
    review = [
        _headline(m, i, namer)
        for i, m in enumerate(result.models, start=1)
        if m.verdict is Verdict.WARN
    ]
    html: dict[str, Any] = {
        "csp": csp(source),
        "charts": _charts(result, extras, blocking),
        "blocking_reasons": [_reason(r, result) for r in blocking],
        "warning_reasons": [_reason(r, result) for r in warnings],
        "duty_rollup": _duty_rollup(result, namer),
        "waiver_rollup": _waiver_rollup(result, namer),
        "licenses": sections,
        "knowledge_digest": result.knowledge_digest or "",
        "headline": headline[:HEADLINES],
        "headline_more": len(headline) - len(headline[:HEADLINES]),
        "review": review[:HEADLINES],
        "review_more": len(review) - len(review[:HEADLINES]),
        "finding_count": len(data["findings"]),
    }
    view.update(reveal_all(html))
    view["data"] = data_markup(data)
    view["script"] = text
    return view


def _reason(reason: Reason, result: AuditResult) -> dict[str, Any]:
    shown = reason.models[:NAMED]
    return {
        "rule": reason.rule,
        "title": reason.title,
        "severity": reason.severity,
        "label": REASON_LABELS[reason.severity][0],
        "icon": REASON_LABELS[reason.severity][1],
        "count": len(reason.models),
        "findings": reason.findings,
        "named": [{"ref": ref, "anchor": f"model-{i}"} for i, ref in shown],
        "more": len(reason.models) - len(shown),
        "fix": reason.fix,
        "fix_varies": reason.fix_varies,
        "needs": reason.needs,
        "href": reason.filter,
        "share": f"{len(reason.models) / max(1, len(result.models)):.0%}",
    }


def _headline(model: ModelResult, index: int, namer: ProseNamer) -> dict[str, str]:
    """A blocked or warned model with every distinct reason, worst first (not just the first)."""
    wanted = "warn" if model.verdict is Verdict.WARN else "block"
    reasons = list(
        dict.fromkeys(
            namer(f.message)
            for f in model.findings
            if not f.waived and str(f.severity) == wanted and not is_duty(f)
        )
    )
    if not reasons and model.verdict is Verdict.ERROR:
        reasons = ["the audit of this model did not finish"]
    return {
        "ref": model.ref,
        "anchor": f"model-{index}",
        "verdict": str(model.verdict),
        "label": VERDICT_LABELS[model.verdict],
        "icon": VERDICT_ICONS[model.verdict],
        "why": "; ".join(reasons),
    }


def _model_extras(
    model: ModelResult,
    index: int,
    view: Mapping[str, Any],
    namer: ProseNamer,
    terms: Mapping[str, Any] | None,
) -> dict[str, Any]:
    active = [f for f in model.findings if not f.waived]
    manifest = view["manifest"] or "manifest"
    line = view["models"][index]["manifest_line"]
    return {
        "license_plain": namer.name(model.effective_license),
        "kind_plain": kind_words(model.effective_license),
        "openness_short": _openness_short(model.openness),
        "openness_lines": _openness_lines(model.openness),
        "terms": terms,
        "duties": sorted({namer(f.message) for f in active if f.obligation}),
        "judged_under": judged_under_lines(model.judged_under),
        "judged_where": f"the deployment of {manifest}:{line} and policy "
        f"{view['policy_name'] or 'none'}",
        "registry_self": [
            str(e["ref"]) for e in model.lineage if e.get("depth") == 0 or e.get("ref") == model.ref
        ],
    }


def _waiver_rollup(result: AuditResult, namer: ProseNamer) -> list[dict[str, Any]]:
    rows = []
    for index, model in enumerate(result.models, start=1):
        for finding in model.findings:
            if not finding.waived:
                continue
            waiver = finding.waiver
            rows.append(
                {
                    "anchor": f"model-{index}",
                    "ref": model.ref,
                    "rule": finding.rule,
                    "title": rule_title(finding.rule),
                    "message": namer(finding.message),
                    "reason": waiver.reason if waiver else "",
                    "approved_by": waiver.approved_by if waiver else "",
                    "expires": waiver.expires if waiver else "",
                    "ticket": (waiver.ticket or "") if waiver else "",
                }
            )
    return rows


def _duty_rollup(result: AuditResult, namer: ProseNamer) -> list[dict[str, Any]]:
    """Each obligation once (by rule), the duty as each license words it, and its models."""
    groups: dict[str, dict[str, Any]] = {}
    for index, model in enumerate(result.models, start=1):
        for finding in model.findings:
            if finding.waived or not finding.obligation:
                continue
            group = groups.setdefault(
                finding.rule, {"texts": Counter(), "how": Counter(), "models": {}}
            )
            group["texts"][namer(finding.message)] += 1
            if finding.remediation:
                group["how"][namer(finding.remediation)] += 1
            group["models"].setdefault(index, model.ref)
    rows = []
    for rule, group in groups.items():
        texts = group["texts"].most_common()
        refs = list(group["models"].items())
        rows.append(
            {
                "rule": rule,
                "title": rule_title(rule),
                "href": f"#findings?severity=duty&rule={rule}&waived=no",
                "count": len(refs),
                "texts": [{"text": t, "count": n} for t, n in texts[:DUTY_TEXTS]],
                "texts_more": max(0, len(texts) - DUTY_TEXTS),
                "how": group["how"].most_common(1)[0][0] if group["how"] else "",
                "how_varies": len(group["how"]) > 1,
                "named": [{"ref": r, "anchor": f"model-{i}"} for i, r in refs[:DUTY_MODELS]],
                "more": max(0, len(refs) - DUTY_MODELS),
            }
        )
    return sorted(rows, key=lambda g: (-g["count"], g["title"]))


def _charts(
    result: AuditResult, models: Sequence[Mapping[str, Any]], blocking: Sequence[Reason]
) -> list[dict[str, Any]]:
    verdicts = Counter(str(m.verdict) for m in result.models)
    kinds = Counter(str(m["kind_plain"]) for m in models)
    return [
        bar_chart(
            "Models by verdict",
            [
                (VERDICT_LABELS[v], verdicts[str(v)], str(v))
                for v in VERDICT_ORDER
                if verdicts[str(v)]
            ],
        ),
        bar_chart(
            "Blocked models by reason",
            [(r.title, len(r.models), "fail") for r in blocking],
        ),
        bar_chart("Models by license kind", [(k, n, "kind") for k, n in kinds.most_common()]),
    ]


def _yes_no(value: bool | None) -> str:
    return "not known" if value is None else ("yes" if value else "no")


def _openness_lines(openness: Openness | None) -> list[str]:
    if openness is None:
        return []
    mof = MOF_WORDS.get(openness.mof_class or 0, "below Class III (not an open model)")
    lines = [
        f"OSI approved: {_yes_no(openness.osi_approved)} · fits the OSI Open Source AI "
        f"Definition: {_yes_no(openness.osaid_fit)} · Model Openness Framework: {mof} (estimate)"
    ]
    if openness.missing:
        lines.append("The next class needs: " + "; ".join(openness.missing))
    if openness.components:
        lines.append(
            "Components: " + "; ".join(f"{k}: {v}" for k, v in openness.components.items())
        )
    return lines


def _openness_short(openness: Openness | None) -> str:
    if openness is None:
        return "not assessed"
    if openness.mof_class is None:
        return "below MOF III"
    return f"MOF {'I' * (openness.mof_class)}" if openness.mof_class else "not assessed"
