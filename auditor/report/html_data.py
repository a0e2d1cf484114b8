"""The HTML report's data block: the models table, the findings table and each model's details
as one JSON document, which the page's script lays out a page at a time.

Plain, pre-formatted values only (the script lays out, it does not word anything). Text that
repeats across models (license names, messages, fixes, the deployment lines) is stored once in
`strings` and referred to by its index; the fields holding such an index are named in
reports/html.js. The block sits in a `<template>` as HTML-escaped text: inert, never parsed as
markup, and every untrusted character was revealed (report/sanitize.py) before.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup

from auditor.model import AuditResult, Finding, ModelResult, Severity, Verdict
from auditor.model.inputs import inputs_list
from auditor.report.html_parts import lineage_tree, one_evidence
from auditor.report.html_training import training_data
from auditor.report.html_words import ProseNamer
from auditor.report.view import VERDICT_ORDER, reveal_all
from auditor.report.view_items import is_duty, safe_href
from auditor.report.view_reasons import Reason, severity_key
from auditor.report.view_rules import rule_title
from auditor.report.words import (
    NEEDS_INPUT_LABEL,
    SEVERITY_ICONS,
    SEVERITY_LABELS,
    VERDICT_ICONS,
    VERDICT_LABELS,
)

RANKS = {"block": 0, "needs-input": 1, "warn": 2, "info": 3, "duty": 4}
"""The findings table's order: blocking first, obligations last."""
SEVERITY_WORDS = {
    "block": [SEVERITY_LABELS[Severity.BLOCK], SEVERITY_ICONS[Severity.BLOCK]],
    "needs-input": [NEEDS_INPUT_LABEL, VERDICT_ICONS[Verdict.NEEDS_INPUT]],
    "warn": [SEVERITY_LABELS[Severity.WARN], SEVERITY_ICONS[Severity.WARN]],
    "info": [SEVERITY_LABELS[Severity.INFO], SEVERITY_ICONS[Severity.INFO]],
    "duty": ["Obligation", "☐"],
}
"""Each severity key of the data block: its label and icon."""


class Strings:
    """Text stored once: `strings(text)` is its index in `strings.items`."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self.items)
            self.items.append(text)
        return found


def build_data(
    result: AuditResult,
    base_models: Sequence[Mapping[str, Any]],
    extras: Sequence[Mapping[str, Any]],
    namer: ProseNamer,
    reasons: Sequence[Reason],
) -> dict[str, Any]:
    """The data block: strings, the rules for the filters, models and findings (in the order of
    the reasons tables within each severity)."""
    s = Strings()
    reason_order = {(r.rule, r.severity): n for n, r in enumerate(reasons)}
    usual = {(r.rule, r.severity): r.fix for r in reasons}
    keyed: list[tuple[tuple[int, int, int, int], dict[str, Any]]] = [
        ((RANKS[severity_key(f)], 0, -1, p), _finding(f, -1, s, namer))
        for p, f in enumerate(result.findings)
    ]
    for index, model in enumerate(result.models):
        for position, finding in enumerate(model.findings):
            key = severity_key(finding)
            order = reason_order.get((finding.rule, key), len(reason_order))
            row = _finding(finding, index, s, namer)
            if finding.remediation and namer(finding.remediation) == usual.get((finding.rule, key)):
                row["usual"] = 1  # the fix its reasons row gives: print leaves it out
            keyed.append(((RANKS[key], order, index, position), row))
    keyed.sort(key=lambda item: item[0])
    number = {(k[2], k[3]): n for n, (k, _) in enumerate(keyed)}
    findings = [row for _, row in keyed]
    models = []
    for index, (model, base, extra) in enumerate(
        zip(result.models, base_models, extras, strict=True)
    ):
        row = _model(model, base, extra, s)
        row["cards"], row["waivers"] = _cards(model, index, number)
        training = training_data(model, s, namer)
        if training is not None:  # absent, not null: a report without training data is unchanged
            row["training"] = training
        models.append(row)
    rules = sorted({(f.rule, rule_title(f.rule)) for f in _every(result)}, key=lambda r: r[1])
    data = {
        "verdicts": {str(v): [VERDICT_LABELS[v], VERDICT_ICONS[v]] for v in VERDICT_ORDER},
        "severities": SEVERITY_WORDS,
        "models": models,
        "findings": findings,
        "rules": [[s(rule), s(title)] for rule, title in rules],
    }
    revealed: dict[str, Any] = reveal_all({**data, "strings": s.items})
    return revealed


def _every(result: AuditResult) -> list[Finding]:
    return [*result.findings, *(f for m in result.models for f in m.findings)]


def data_markup(data: Mapping[str, Any]) -> Markup:
    """The data as HTML text: one model or finding a line (for readable diffs), with `&`, `<`,
    `>` and `'` as character references as everywhere on the page, so nothing in it can end the
    element or open a tag (`"`, JSON's own quote, needs none in element text)."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n".join(_dump(item) for item in value)
            parts.append(f"{_dump(key)}: [\n{items}\n]")
        else:
            parts.append(f"{_dump(key)}: {_dump(value)}")
    text = "{\n" + ",\n".join(parts) + "\n}"
    escaped = (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
    )
    return Markup(escaped)  # escaped just above: JSON text, no markup


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _finding(finding: Finding, model: int, s: Strings, namer: ProseNamer) -> dict[str, Any]:
    key = severity_key(finding)
    row: dict[str, Any] = {
        "model": model,
        "sev": key,
        "rule": s(finding.rule),
        "title": s(rule_title(finding.rule)),
        "message": s(namer(finding.message)),
    }
    if finding.remediation:
        row["fix"] = s(namer(finding.remediation))
    if finding.waived:
        row["waived"] = 1
        waiver = finding.waiver
        if waiver is not None:
            ticket = f", ticket {waiver.ticket}" if waiver.ticket else ""
            row["waiver"] = s(
                f"{waiver.reason}; approved by {waiver.approved_by}, expires {waiver.expires}"
                f"{ticket}."
            )
    evidence = None if key == "duty" else one_evidence(finding)  # a duty shows no card
    if evidence is not None:
        row["evidence"] = [s(evidence["text"]), s(evidence["where"]), evidence["more"]]
    if finding.needs_input:
        row["needs"] = s(inputs_list(finding.needs_input))
    if finding.applies_from:
        row["from"] = finding.applies_from
    if finding.references:
        row["refs"] = [
            [s(r.text), s(r.url or ""), 1 if safe_href(r.url) else 0] for r in finding.references
        ]
    return row


def _model(
    model: ModelResult, base: Mapping[str, Any], extra: Mapping[str, Any], s: Strings
) -> dict[str, Any]:
    active = [f for f in model.findings if not f.waived]
    terms = extra["terms"]
    row: dict[str, Any] = {
        "ref": model.ref,
        "verdict": base["verdict"],
        "rank": base["verdict_rank"],
        "license": s(extra["license_plain"]),
        "kind": s(extra["kind_plain"]),
        "block": base["counts"]["block"],
        "warn": base["counts"]["warn"],
        "duties": base["obligation_count"],
        "waived": base["waived_count"],
        "openness": s(extra["openness_short"]),
        "rules": sorted({s(f.rule) for f in model.findings}),
        "glance": base["glance"],
        "identity": [[s(a), s(b), s(c), d] for a, b, c, d in _identity(base, extra)],
        "licenses": [[s(a), s(b), s(c), d] for a, b, c, d in _licenses(base)],
        "tree": [_node(n) for n in lineage_tree(model.ref, model.lineage, base["lineage"])],
        "relation": base["base_model_relation"],
        "terms": None
        if terms is None
        else {
            "anchor": terms["anchor"],
            "name": s(terms["name"]),
            "absent": s(base["terms_absent"]),
            "differs": [[s(d["label"]), s(d["plain"]), s(d["usual"])] for d in terms["differs"]],
        },
        "obligations": [s(d) for d in extra["duties"]],
        "expired": [s(f.message) for f in active if f.rule == "waiver-expired"],
        "alternatives": [[s(part) for part in _alternative(a)] for a in model.alternatives],
        "judged": [s(line) for line in extra["judged_under"]],
        "openness_lines": [s(line) for line in extra["openness_lines"]],
        "revision": s(base["revision_trail"]),
        "files": [[s(f["path"]), s(f["sha256"])] for f in base["license_files"]],
    }
    return row


def _cards(
    model: ModelResult, index: int, number: Mapping[tuple[int, int], int]
) -> tuple[list[int], list[int]]:
    """The model's findings as cards, worst first (a finding repeated word for word once;
    duties are listed apart), and its waived findings: rows of the findings list."""
    seen: set[tuple[str, str]] = set()
    cards = []
    for position, finding in enumerate(model.findings):
        if finding.waived or is_duty(finding) or (finding.rule, finding.message) in seen:
            continue
        seen.add((finding.rule, finding.message))
        cards.append(number[(index, position)])
    waived = [number[(index, p)] for p, f in enumerate(model.findings) if f.waived]
    return sorted(cards), waived


Row = tuple[str, str, str, int]
"""A row of a details table: label, value, a line under it, and 1 when the value is code."""


def _identity(base: Mapping[str, Any], extra: Mapping[str, Any]) -> list[Row]:
    rows: list[Row] = [("Reference", base["ref"], "", 1)]
    rows.append(("Source", base["source_words"] or "unknown", "", 0))
    if base["repo_id"]:
        rows.append(("Repository", base["repo_id"], "", 1))
    if base["endpoint"]:
        rows.append(("Endpoint", base["endpoint"], "", 1))
    sha, revision = base["resolved_sha"], base["revision"]
    if sha:
        asked = f"requested as {revision}" if revision and revision != sha else ""
        rows.append(("Revision", sha, asked, 1))
    elif revision:
        rows.append(("Revision", revision, "not resolved to a commit", 1))
    else:
        rows.append(("Revision", "no revision reported", "", 0))
    if base["gated"]:
        rows.append(("Gated", base["gated"], "", 0))
    if base["manifest_line"]:
        rows.append(("Judged under", extra["judged_where"], "", 0))
    if extra["registry_self"]:
        rows.append(("Known to the registry as", " ".join(extra["registry_self"]), "", 1))
    return rows


def _licenses(base: Mapping[str, Any]) -> list[Row]:
    subs = []
    if base["license_name"]:
        subs.append(f"name: {base['license_name']}")
    if base["license_link"]:
        vetted = "" if base["license_link_href"] else " (not a web link)"
        subs.append(f"link: {base['license_link']}{vetted}")
    declared = base["declared_license"] or "none declared"
    rows: list[Row] = [
        ("Declared", declared, "; ".join(subs), 1 if base["declared_license"] else 0)
    ]
    for lic in base["licenses"]:
        value = lic["name"]
        if lic["kind"]:
            value += f" · {lic['kind']}"
        if lic["confidence"]:
            value += f" · confidence {lic['confidence']} ({lic['confidence_words']})"
        sub = lic["how"] + (f" · id {lic['id']}" if lic["id"] else "")
        rows.append((lic["which"], value, sub, 0))
    for file in base["license_files"]:
        rows.append(("File", f"{file['path']}: {file['identified']} · {file['confidence']}", "", 0))
    return rows


def _node(node: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rel": node["relation"],
        "ref": node["ref"],
        "lic": node["license"],
        "by": node["resolved_by"],
    }
    if node["resolved"] == "no":
        out["unresolved"] = 1
    if node["found"]:
        out["found"] = node["found"]
    if node["again"]:
        out["again"] = 1
    if node["children"]:
        out["children"] = [_node(c) for c in node["children"]]
    return out


def _alternative(item: Mapping[str, Any]) -> list[str]:
    warnings = ", ".join(map(str, item.get("warnings") or []))
    verdict = "Pass with warnings" if item.get("verdict") == "warn" else "Pass"
    head = f"{item.get('license_name') or item.get('license_id') or ''}, {verdict}"
    if warnings:
        head += f" ({warnings})"
    sub = str(item.get("why") or "")
    if item.get("note"):
        sub += f" {item['note']}"
    if item.get("is_pattern"):
        sub = f"a registry pattern. {sub}"
    return [str(item.get("repo", "")), head, sub]
