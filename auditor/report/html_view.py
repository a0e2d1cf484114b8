"""The HTML report's view: the shared view plus tables, charts, roll-ups and shared licenses.

Everything a person reads is in plain words (license names, places, yes/no); ids stay in a
details line. Data repeated across models (a license's terms and duties) is laid out once.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from auditor.model import (
    AuditResult,
    Finding,
    LicenseMatch,
    ModelResult,
    Openness,
    Severity,
    Verdict,
)
from auditor.model.inputs import inputs_list
from auditor.model.terms import CLAUSE_KEYS
from auditor.report.html_parts import bar_chart, lineage_tree, one_evidence
from auditor.report.html_words import ProseNamer, judged_under_lines, license_names, place_words
from auditor.report.view import VERDICT_ORDER, build_view, reveal_all
from auditor.report.view_items import is_duty, safe_href
from auditor.report.words import (
    KIND_WORDS,
    VERDICT_ICONS,
    VERDICT_LABELS,
    describe_term,
    finding_label,
)
from auditor.resources import reports_dir

PLACE_TERMS = ("governing_law", "territorial_exclusions")
RANKS = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}
MOF_WORDS = {1: "Class I: Open Science", 2: "Class II: Open Tooling", 3: "Class III: Open Model"}


def _clause_in_words(clause: object) -> object:
    """A territorial clause with its regions as place names."""
    if not isinstance(clause, Mapping):
        return clause
    regions = clause.get("regions")
    named = [place_words(str(r)) for r in regions] if isinstance(regions, list) else regions
    return {**clause, "regions": named}


@cache
def script() -> tuple[str, str]:
    """The report's one script and its CSP source (`'sha256-...'`)."""
    text = (reports_dir() / "html.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


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
    shared = _shared_licenses(result, namer)
    models = [
        _model_extras(model, base, namer, shared)
        for model, base in zip(result.models, view["models"], strict=True)
    ]
    rows = [
        _finding_row(f, m, index, row, namer)
        for index, (m, row) in enumerate(zip(result.models, models, strict=True), start=1)
        for f in m.findings
    ]
    text, source = script()
    extras: dict[str, Any] = {
        "csp": csp(source),
        "charts": _charts(result, models, namer),
        "options": _options(result, models, rows),
        "finding_rows": rows,
        "duty_rollup": _duty_rollup(result, models, namer),
        "waiver_rollup": [r for r in rows if r["waived"] == "yes"],
        "licenses": list(shared.values()),
        "knowledge_digest": result.knowledge_digest or "",
        "headline": [
            _headline(m, i, namer)
            for i, m in enumerate(result.models, start=1)
            if m.verdict in (Verdict.FAIL, Verdict.ERROR, Verdict.NEEDS_INPUT)
        ],
        "review": [
            _headline(m, i, namer)
            for i, m in enumerate(result.models, start=1)
            if m.verdict is Verdict.WARN
        ],
    }
    extras = reveal_all(extras)
    for base, extra in zip(view["models"], reveal_all(models), strict=True):
        base.update(extra)
    view.update(extras)
    view["script"] = text
    return view


def _headline(model: ModelResult, index: int, namer: ProseNamer) -> dict[str, str]:
    """A blocked or warned model with every distinct reason, worst first (not just the first)."""
    severity = Severity.WARN if model.verdict is Verdict.WARN else Severity.BLOCK
    reasons = list(
        dict.fromkeys(
            namer(f.message)
            for f in model.findings
            if not f.waived and f.severity is severity and not is_duty(f)
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


def _kind(match: LicenseMatch | None) -> str:
    if match is None or match.kind is None:
        return "unknown"
    return KIND_WORDS.get(str(match.kind), str(match.kind))


def _terms_key(model: ModelResult) -> str:
    lic = model.effective_license
    evidence = {k: [(e.file, e.line, e.text) for e in v] for k, v in model.term_evidence.items()}
    body = json.dumps([dict(model.terms), evidence], sort_keys=True, default=str)
    return f"{lic.id if lic else ''}\n{body}"


def _shared_licenses(result: AuditResult, namer: ProseNamer) -> dict[str, dict[str, Any]]:
    """Each distinct effective license (with the same terms) once: terms, clauses, duties."""
    shared: dict[str, dict[str, Any]] = {}
    facts = result.license_facts or {}
    for model in result.models:
        lic = model.effective_license
        if lic is None or not any(describe_term(k, v) for k, v in model.terms.items()):
            continue
        key = _terms_key(model)
        if key in shared:
            shared[key]["count"] += 1
            continue
        fact = facts.get(lic.id or "")
        shared[key] = {
            "anchor": f"license-{len(shared) + 1}",
            "name": namer.name(lic),
            "id": lic.id or "",
            "kind": _kind(lic),
            "count": 1,
            "links": [{"text": u, "href": safe_href(u)} for u in (fact.links if fact else ())],
            "terms": _terms(model, fact.terms if fact else {}),
            "duties": [
                {"text": d.text, "clause": d.clause or ""}
                for d in (fact.obligations if fact else ())
            ],
        }
    return shared


def _terms(model: ModelResult, clauses: Mapping[str, Any]) -> list[dict[str, str]]:
    rows = []
    terms: Mapping[str, object] = model.terms
    for key, value in terms.items():
        shown = value
        if key in PLACE_TERMS and isinstance(value, str):
            shown = place_words(value)
        elif key in PLACE_TERMS and isinstance(value, list):
            shown = [place_words(str(v)) for v in value]
        elif key in CLAUSE_KEYS and isinstance(value, list):
            shown = [_clause_in_words(c) for c in value]
        plain = describe_term(key, shown)
        if plain is None or key == "kind":
            continue
        evidence = model.term_evidence.get(key, ())
        clause = clauses.get(key)
        rows.append(
            {
                "key": key.replace("_", " "),
                "plain": plain,
                "clause": (clause.clause or "") if clause is not None else "",
                "quote": evidence[0].text if evidence else "",
                "where": (evidence[0].file or "") if evidence else "",
            }
        )
    return rows


def _model_extras(
    model: ModelResult, base: Mapping[str, Any], namer: ProseNamer, shared: Mapping[str, Any]
) -> dict[str, Any]:
    active = [f for f in model.findings if not f.waived]
    lic = model.effective_license
    entry = shared.get(_terms_key(model))
    seen: set[tuple[str, str]] = set()
    cards = []
    for finding in active:
        if is_duty(finding) or (finding.rule, finding.message) in seen:
            continue
        seen.add((finding.rule, finding.message))
        cards.append(_card(finding, namer))
    return {
        "license_plain": namer.name(lic),
        "license_id": (lic.id or "") if lic else "",
        "kind_plain": _kind(lic),
        "rules": " ".join(sorted({f.rule for f in model.findings})),
        "any_waived": "yes" if any(f.waived for f in model.findings) else "no",
        "terms_anchor": entry["anchor"] if entry else "",
        "terms_name": entry["name"] if entry else "",
        "tree": lineage_tree(model.ref, model.lineage, base["lineage"]),
        "registry_self": [
            e["ref"] for e in model.lineage if e.get("depth") == 0 or e.get("ref") == model.ref
        ],
        "cards": cards,
        "duties": sorted({namer(f.message) for f in active if f.obligation}),
        "alternatives": [_alternative(a) for a in model.alternatives],
        "openness": _openness(model.openness),
        "openness_short": _openness_short(model.openness),
        "judged_under": judged_under_lines(model.judged_under),
    }


def _card(finding: Finding, namer: ProseNamer) -> dict[str, Any]:
    return {
        "severity": str(finding.severity),
        "severity_label": finding_label(finding),
        "rule": finding.rule,
        "message": namer(finding.message),
        "needs_input": inputs_list(finding.needs_input) if finding.needs_input else "",
        "evidence": one_evidence(finding),
        "remediation": namer(finding.remediation or ""),
        "applies_from": finding.applies_from or "",
        "references": [
            {"text": r.text, "url": r.url or "", "href": safe_href(r.url)}
            for r in finding.references
        ],
    }


def _finding_row(
    finding: Finding, model: ModelResult, index: int, extras: Mapping[str, Any], namer: ProseNamer
) -> dict[str, Any]:
    waiver = finding.waiver
    duty = is_duty(finding)
    return {
        "anchor": f"model-{index}",
        "ref": model.ref,
        "model_verdict": str(model.verdict),
        "license": extras["license_plain"],
        "kind": extras["kind_plain"],
        "severity": "duty" if duty else str(finding.severity),
        "severity_label": "Obligation" if duty else finding_label(finding),
        "rank": 3 if duty else RANKS[finding.severity],
        "rule": finding.rule,
        "message": namer(finding.message),
        "waived": "yes" if finding.waived else "no",
        "reason": waiver.reason if waiver else "",
        "approved_by": waiver.approved_by if waiver else "",
        "expires": waiver.expires if waiver else "",
        "ticket": (waiver.ticket or "") if waiver else "",
    }


def _duty_rollup(
    result: AuditResult, models: Sequence[Mapping[str, Any]], namer: ProseNamer
) -> list[dict[str, Any]]:
    """Each obligation once, with the models it binds."""
    groups: dict[str, dict[str, Any]] = {}
    for index, model in enumerate(result.models):
        for finding in model.findings:
            if finding.waived or not finding.obligation:
                continue
            text = namer(finding.message)
            group = groups.setdefault(
                text,
                {
                    "text": text,
                    "how": namer(finding.remediation or ""),
                    "rule": finding.rule,
                    "models": [],
                },
            )
            ref = {"ref": model.ref, "anchor": f"model-{index + 1}"}
            if ref not in group["models"]:
                group["models"].append(ref)
    del models
    return sorted(groups.values(), key=lambda g: (-len(g["models"]), g["text"]))


def _charts(
    result: AuditResult, models: Sequence[Mapping[str, Any]], namer: ProseNamer
) -> list[dict[str, Any]]:
    verdicts = Counter(str(m.verdict) for m in result.models)
    kinds = Counter(str(m["kind_plain"]) for m in models)
    rules = Counter(f.rule for m in result.models for f in m.findings if not f.waived)
    del namer
    return [
        bar_chart(
            "Models by verdict",
            [
                (VERDICT_LABELS[v], verdicts[str(v)], str(v))
                for v in VERDICT_ORDER
                if verdicts[str(v)]
            ],
        ),
        bar_chart("Models by license kind", [(k, n, "kind") for k, n in kinds.most_common()]),
        bar_chart(
            "Findings by rule (unwaived, obligations included)",
            [(r, n, "rule") for r, n in rules.most_common()],
        ),
    ]


def _options(
    result: AuditResult, models: Sequence[Mapping[str, Any]], rows: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    present = {m.verdict for m in result.models}
    return {
        "verdict": [(str(v), VERDICT_LABELS[v]) for v in VERDICT_ORDER if v in present],
        "license": sorted({str(m["license_plain"]) for m in models}),
        "kind": sorted({str(m["kind_plain"]) for m in models}),
        "rules": sorted({str(r["rule"]) for r in rows}),
    }


def _alternative(item: Mapping[str, Any]) -> dict[str, str]:
    warnings = item.get("warnings") or []
    return {
        "repo": str(item.get("repo", "")),
        "pattern": "yes" if item.get("is_pattern") else "",
        "license": str(item.get("license_name") or item.get("license_id") or ""),
        "verdict": "Pass with warnings" if item.get("verdict") == "warn" else "Pass",
        "warnings": ", ".join(map(str, warnings)),
        "why": str(item.get("why") or ""),
        "note": str(item.get("note") or ""),
    }


def _yes_no(value: bool | None) -> str:
    return "not known" if value is None else ("yes" if value else "no")


def _openness(openness: Openness | None) -> dict[str, Any] | None:
    if openness is None:
        return None
    return {
        "osi": _yes_no(openness.osi_approved),
        "osaid": _yes_no(openness.osaid_fit),
        "mof": MOF_WORDS.get(openness.mof_class or 0, "below Class III (not an open model)"),
        "missing": list(openness.missing),
        "components": [{"name": k, "license": v} for k, v in openness.components.items()],
    }


def _openness_short(openness: Openness | None) -> str:
    if openness is None:
        return "not assessed"
    if openness.mof_class is None:
        return "below MOF III"
    return f"MOF {'I' * (openness.mof_class)}" if openness.mof_class else "not assessed"
