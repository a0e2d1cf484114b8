"""Flattens one ModelResult into the plain values of its report section."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from auditor.model import Finding, LicenseMatch, ModelResult, Severity
from auditor.report.view_items import (
    evidence_view,
    finding_view,
    is_duty,
    license_label,
    safe_href,
    stated_words,
)
from auditor.report.words import (
    KIND_WORDS,
    METHOD_WORDS,
    RELATION_WORDS,
    RESOLVED_BY_WORDS,
    SEVERITY_GROUPS,
    SEVERITY_HINTS,
    SEVERITY_ICONS,
    SOURCE_WORDS,
    TERM_LABELS,
    VERDICT_ICONS,
    VERDICT_LABELS,
    describe_term,
    license_file_state,
)

VERDICT_RANKS = {"fail": 0, "error": 1, "needs-input": 2, "warn": 3, "pass": 4}
"""Sort order of verdicts in the report's tables: the worst first."""
HIGH_CONFIDENCE = 0.9
LOW_CONFIDENCE = 0.6
"""Below this an identification needs confirming by reading the text (as in the pipeline)."""


def model_view(model: ModelResult, index: int) -> dict[str, Any]:
    """The section of one model: identity, licenses, lineage, terms, findings and duties."""
    source = model.source
    declared = model.declared
    lic = model.license
    active = [f for f in model.findings if not f.waived]
    expired = [f for f in active if f.rule == "waiver-expired"]
    revision = (source.revision or "") if source else ""
    resolved = (source.resolved_sha or "") if source else ""
    findings = [finding_view(f) for f in model.findings]
    return {
        "anchor": f"model-{index}",
        "ref": model.ref,
        "verdict": str(model.verdict),
        "verdict_label": VERDICT_LABELS[model.verdict],
        "verdict_icon": VERDICT_ICONS[model.verdict],
        "verdict_rank": VERDICT_RANKS[str(model.verdict)],
        "source_kind": str(source.kind) if source else "",
        "source_words": SOURCE_WORDS.get(str(source.kind), str(source.kind)) if source else "",
        "repo_id": (source.repo_id or "") if source else "",
        "revision": revision,
        "resolved_sha": resolved,
        "revision_trail": resolved or revision,
        "gated": ""
        if source is None or source.gated is None
        else ("yes" if source.gated else "no"),
        "endpoint": (source.endpoint or "") if source else "",
        "manifest_line": "" if model.manifest_line is None else str(model.manifest_line),
        "declared_license": _declared_text(declared.license),
        "license_name": declared.license_name or "",
        "license_link": declared.license_link or "",
        "license_link_href": safe_href(declared.license_link),
        "declared_origin": declared.origin or "",
        "base_models": ", ".join(b.ref for b in declared.base_models),
        "base_model_relation": declared.base_model_relation or "",
        "license": license_label(lic),
        "license_kind": (lic.kind or "") if lic else "",
        "license_method": lic.method if lic else "",
        "license_confidence": f"{lic.confidence:.0%}" if lic else "",
        "effective_license": license_label(model.effective_license),
        "counts": {
            str(s): sum(1 for f in active if f.severity is s and not is_duty(f)) for s in Severity
        },
        "obligation_count": sum(1 for f in active if f.obligation),
        "glance": _glance(active, model.findings),
        "waived_count": sum(1 for f in model.findings if f.waived),
        "licenses": _licenses(model),
        "license_files": [
            {
                "path": f.path,
                "sha256": f.sha256 or license_file_state(f.path, None),
                "identified_as": f.identified_as or "",
                "identified": f.identified_as or "not identified",
                "confidence": f"{f.confidence:.0%}",
            }
            for f in model.license_files
        ],
        "lineage": [_ancestor(entry) for entry in model.lineage],
        "terms": _terms(model),
        "terms_absent": _terms_absent(model.terms),
        "findings": findings,
        "groups": [
            {
                "severity": str(s),
                "label": SEVERITY_GROUPS[s],
                "icon": SEVERITY_ICONS[s],
                "hint": SEVERITY_HINTS[s],
                "findings": [finding_view(f) for f in active if f.severity is s and not is_duty(f)],
            }
            for s in Severity
        ],
        "active_count": sum(1 for f in active if not is_duty(f)),
        "obligations": [finding_view(f) for f in active if f.obligation],
        "waived": [finding_view(f) for f in model.findings if f.waived],
        "expired": [finding_view(f) for f in expired],
    }


def _glance(active: Sequence[Finding], findings: Sequence[Finding]) -> str:
    """`1 blocking · 2 warnings · 3 obligations · 0 waived` for a model's heading."""
    block = sum(1 for f in active if f.severity is Severity.BLOCK and not is_duty(f))
    warn = sum(1 for f in active if f.severity is Severity.WARN and not is_duty(f))
    duties = sum(1 for f in active if f.obligation)
    waived = sum(1 for f in findings if f.waived)
    return " · ".join(
        (
            f"{block} blocking",
            _plural(warn, "warning"),
            _plural(duties, "obligation"),
            f"{waived} waived",
        )
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _licenses(model: ModelResult) -> list[dict[str, str]]:
    """The identified and the effective license (after lineage) as table rows."""
    rows = []
    pairs = (
        ("Identified from the model", model.license),
        ("Effective (with lineage)", model.effective_license),
    )
    for which, match in pairs:
        rows.append(
            {
                "which": which,
                "label": license_label(match),
                "name": _plain_name(match),
                "id": (match.id or "") if match else "",
                "kind": _kind_words(match.kind) if match else "",
                "how": _method_words(match.method) if match else "nothing to identify",
                "method": match.method if match else "",
                "confidence": f"{match.confidence:.0%}" if match else "",
                "confidence_words": _confidence_words(match.confidence) if match else "",
            }
        )
    return rows


def _plain_name(match: LicenseMatch | None) -> str:
    """The license's name for a person to read; its id goes in a details line."""
    if match is None:
        return "none"
    if match.id is None:
        return f"unidentified: {match.name}" if match.name else "unidentified"
    return match.name or match.id


def _kind_words(kind: str | None) -> str:
    if kind is None:
        return ""
    return KIND_WORDS.get(kind, kind)


def _method_words(method: str) -> str:
    parts = [METHOD_WORDS.get(p, p) for p in method.split("+") if p]
    return "; ".join(parts) if parts else "not stated"


def _confidence_words(confidence: float) -> str:
    if confidence >= HIGH_CONFIDENCE:
        return "high"
    if confidence >= LOW_CONFIDENCE:
        return "medium"
    return "low: confirm by reading the license text"


def _ancestor(entry: Mapping[str, object]) -> dict[str, str]:
    lic = entry.get("license")
    label, kind = "unknown", ""
    if isinstance(lic, Mapping):
        ident, name = lic.get("id"), lic.get("name")
        if ident is None:
            label = f"unidentified: {name}" if name else "unidentified"
        elif name is None or name == ident:
            label = str(ident)
        else:
            label = f"{name} ({ident})"
        kind = _kind_words(_text(lic.get("kind")) or None)
    relation = _text(entry.get("relation"))
    resolved_by = _text(entry.get("resolved_by"))
    depth = entry.get("depth")
    return {
        "ref": _text(entry.get("ref")),
        "relation": RELATION_WORDS.get(relation, relation) or "base model (relation not stated)",
        "depth": str(depth) if isinstance(depth, int) else "",
        "parent": _text(entry.get("parent")),
        "license": label,
        "kind": kind,
        "resolved_by": RESOLVED_BY_WORDS.get(resolved_by, resolved_by or "not stated"),
        "resolved": "yes" if resolved_by in ("hub", "declared", "registry") else "no",
        "found": stated_words(entry),
    }


def _terms(model: ModelResult) -> list[dict[str, Any]]:
    rows = []
    terms: Mapping[str, object] = model.terms
    for key in _term_order(terms):
        value = terms[key]
        plain = describe_term(key, value)
        if plain is None:
            continue
        rows.append(
            {
                "key": key,
                "label": TERM_LABELS.get(key, key.replace("_", " ").capitalize()),
                "value": _term_value(value),
                "plain": plain,
                "evidence": evidence_view(model.term_evidence.get(key, ())),
            }
        )
    return rows


def _terms_absent(terms: Mapping[str, object]) -> str:
    """Terms the license does not state, in one line: 'not found' is evidence too."""
    absent = [
        TERM_LABELS.get(key, key.replace("_", " ").capitalize())
        for key in _term_order(terms)
        if describe_term(key, terms[key]) is None
    ]
    return ", ".join(absent)


def _term_order(terms: Mapping[str, object]) -> list[str]:
    known = [key for key in TERM_LABELS if key in terms]
    return known + sorted(key for key in terms if key not in TERM_LABELS)


def _term_value(value: object) -> str:
    if value is True:
        return "yes"
    if value is False or value is None:
        return "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
        return ", ".join(items) if len(items) <= 3 else f"{len(items)} listed"
    return str(value)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _declared_text(value: str | list[str] | None) -> str:
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, list) else value
