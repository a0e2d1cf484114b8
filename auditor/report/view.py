"""Flattens an AuditResult into sorted, pre-formatted plain values for templates."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from auditor.knowledge.explain import KIND_WORDS, describe_term
from auditor.model import (
    AuditResult,
    Evidence,
    Finding,
    LicenseMatch,
    ModelResult,
    Reference,
    Severity,
    Verdict,
)

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

VERDICT_LABELS = {
    Verdict.PASS: "Pass",
    Verdict.WARN: "Pass with warnings",
    Verdict.FAIL: "Fail",
    Verdict.ERROR: "Incomplete",
}
"""Short words for a verdict badge; the badge never relies on its colour alone."""

VERDICT_ICONS = {Verdict.PASS: "✔", Verdict.WARN: "▲", Verdict.FAIL: "✖", Verdict.ERROR: "?"}

SEVERITY_LABELS = {Severity.BLOCK: "Block", Severity.WARN: "Warning", Severity.INFO: "Info"}
SEVERITY_ICONS = {Severity.BLOCK: "✖", Severity.WARN: "▲", Severity.INFO: "i"}
SEVERITY_GROUPS = {
    Severity.BLOCK: "Blocking findings",
    Severity.WARN: "Warnings",
    Severity.INFO: "Information",
}
SEVERITY_HINTS = {
    Severity.BLOCK: "The model may not be used until these are resolved or waived.",
    Severity.WARN: "Review these before adoption; they do not fail the audit.",
    Severity.INFO: "For the record; no action is required by the policy.",
}

TERM_LABELS = {
    "kind": "License kind",
    "commercial_use": "Commercial use",
    "mau_threshold": "Monthly-active-user cap",
    "revenue_threshold_usd": "Annual revenue cap (USD)",
    "acceptable_use_policy_incorporated": "Acceptable-use policy",
    "licensor_may_update_terms": "Licensor may change the terms",
    "downstream_propagation": "Restrictions pass downstream",
    "output_use_restriction": "Restriction on using outputs",
    "attribution_required": "Attribution",
    "naming_requirement": "Naming of derivatives",
    "patent_termination": "Patent termination",
    "territorial_exclusions": "Territorial exclusions",
    "governing_law": "Governing law",
    "venue": "Venue for disputes",
    "use_restrictions": "Prohibited uses",
}
"""Every term key of the result contract, in the order the report lists them."""

METHOD_WORDS = {
    "declared-tag": "from the license tag the card declares",
    "declared-license-name": "from the license name the card declares",
    "declared-license-link": "from the license link the card declares",
    "declared-other": "declared as a custom license, not recognised",
    "declared-tag-unknown": "declared tag not recognised",
    "spdx-expression-unsupported": "declared expression not recognised",
    "text-exact": "license text matches the reference exactly",
    "text-similar": "license text closely matches the reference",
    "text-modified": "license text is a modified copy of the reference",
    "text-title": "named by the license text's title only",
    "text-title-known": "recognised from the license text's title",
    "known-model": "from the known-models registry",
    "provider-catalog": "from the provider's published terms",
    "lineage": "combined with the base models' licenses (lineage)",
}

RESOLVED_BY_WORDS = {
    "hub": "license read from the parent's Hub repository",
    "declared": "license declared on the parent's Hub card",
    "registry": "known-models registry",
    "unresolved": "could not be resolved",
    "cycle": "not followed: already in the chain (cycle)",
    "depth-limit": "not followed: beyond the depth limit",
}

RELATION_WORDS = {
    "finetune": "fine-tune of",
    "adapter": "adapter on",
    "merge": "merge including",
    "quantized": "quantized copy of",
}

SOURCE_WORDS = {
    "hub": "Hugging Face Hub repository",
    "local": "local model folder",
    "card": "model card file",
    "gguf": "GGUF file header",
    "api": "provider API (judged by the provider's terms)",
}

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Invisible direction controls: shown as visible marks so they cannot reorder or hide text."""

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
    models = [_model(m, index) for index, m in enumerate(result.models, start=1)]
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
            _headline(m) for m in result.models if m.verdict in (Verdict.FAIL, Verdict.ERROR)
        ],
        "review": [_headline(m) for m in result.models if m.verdict is Verdict.WARN],
        "run_findings": [_finding(f) for f in result.findings],
        "models": models,
        "summary_line": _summary_line(result.models),
        "trail": _trail(models),
    }
    revealed: dict[str, Any] = _reveal(view)
    return revealed


def license_label(match: LicenseMatch | None) -> str:
    """`Name (id)`, or a plain word when unknown."""
    if match is None:
        return "none declared"
    if match.id is None:
        return f"unidentified: {match.name}" if match.name else "unidentified"
    return match.name if match.name == match.id else f"{match.name} ({match.id})"


def safe_href(url: str | None) -> str | None:
    """The URL when it is plain http(s), else None: only those become links."""
    if not url or not url.lower().startswith(("https://", "http://")):
        return None
    # Spaces, control and format characters (bidi overrides among them): show, never follow.
    if any(unicodedata.category(c)[0] in "CZ" for c in url):
        return None
    return url


def reveal_controls(text: str) -> str:
    """Text with invisible direction controls replaced by visible `[U+202E]` marks."""
    if not BIDI_CONTROLS.intersection(text):
        return text
    return "".join(f"[U+{ord(c):04X}]" if c in BIDI_CONTROLS else c for c in text)


def _reveal(value: Any) -> Any:
    """Every string of the view through reveal_controls (hrefs were vetted before)."""
    if isinstance(value, str):
        return reveal_controls(value)
    if isinstance(value, dict):
        return {key: _reveal(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_reveal(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_reveal(item) for item in value)
    return value


def _stats(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """Counts for the summary; an info obligation counts as an obligation, not as info."""
    active = [f for f in findings if not f.waived]
    by_severity = Counter(f.severity for f in active if not _is_duty(f))
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
    return [
        {"key": key, "label": label, "icon": icon, "value": value, "note": note}
        for key, label, icon, value, note in rows
    ]


def _verdict_tally(models: Iterable[ModelResult]) -> list[dict[str, Any]]:
    tally = Counter(m.verdict for m in models)
    return [
        {"verdict": str(v), "label": VERDICT_LABELS[v], "icon": VERDICT_ICONS[v], "count": tally[v]}
        for v in (Verdict.FAIL, Verdict.ERROR, Verdict.WARN, Verdict.PASS)
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
        first = next((f for f in active if f.severity is Severity.BLOCK), None)
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


def _model(model: ModelResult, index: int) -> dict[str, Any]:
    source = model.source
    declared = model.declared
    lic = model.license
    active = [f for f in model.findings if not f.waived]
    expired = [f for f in active if f.rule == "waiver-expired"]
    revision = (source.revision or "") if source else ""
    resolved = (source.resolved_sha or "") if source else ""
    findings = [_finding(f) for f in model.findings]
    return {
        "anchor": f"model-{index}",
        "ref": model.ref,
        "verdict": str(model.verdict),
        "verdict_label": VERDICT_LABELS[model.verdict],
        "verdict_icon": VERDICT_ICONS[model.verdict],
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
            str(s): sum(1 for f in active if f.severity is s and not _is_duty(f)) for s in Severity
        },
        "obligation_count": sum(1 for f in active if f.obligation),
        "glance": _glance(active, model.findings),
        "waived_count": sum(1 for f in model.findings if f.waived),
        "licenses": _licenses(model),
        "license_files": [
            {
                "path": f.path,
                "sha256": f.sha256 or "not read",
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
                "findings": [_finding(f) for f in active if f.severity is s and not _is_duty(f)],
            }
            for s in Severity
        ],
        "active_count": sum(1 for f in active if not _is_duty(f)),
        "obligations": [_finding(f) for f in active if f.obligation],
        "waived": [_finding(f) for f in model.findings if f.waived],
        "expired": [_finding(f) for f in expired],
    }


def _glance(active: Sequence[Finding], findings: Sequence[Finding]) -> str:
    """`1 blocking · 2 warnings · 3 obligations · 0 waived` for a model's heading."""
    block = sum(1 for f in active if f.severity is Severity.BLOCK and not _is_duty(f))
    warn = sum(1 for f in active if f.severity is Severity.WARN and not _is_duty(f))
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


def _is_duty(finding: Finding) -> bool:
    """An info obligation is listed as a duty to fulfil, not among the findings."""
    return finding.obligation and finding.severity is Severity.INFO


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
                "kind": _kind_words(match.kind) if match else "",
                "how": _method_words(match.method) if match else "nothing to identify",
                "method": match.method if match else "",
                "confidence": f"{match.confidence:.0%}" if match else "",
                "confidence_words": _confidence_words(match.confidence) if match else "",
            }
        )
    return rows


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
    }


def _terms(model: ModelResult) -> list[dict[str, Any]]:
    rows = []
    for key in _term_order(model.terms):
        value = model.terms[key]
        plain = describe_term(key, value)
        if plain is None:
            continue
        rows.append(
            {
                "key": key,
                "label": TERM_LABELS.get(key, key.replace("_", " ").capitalize()),
                "value": _term_value(value),
                "plain": plain,
                "evidence": _evidence(model.term_evidence.get(key, ())),
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


def _finding(finding: Finding) -> dict[str, Any]:
    waiver = finding.waiver
    return {
        "severity": str(finding.severity),
        "severity_label": SEVERITY_LABELS[finding.severity],
        "severity_icon": SEVERITY_ICONS[finding.severity],
        "rule": finding.rule,
        "category": str(finding.category),
        "message": finding.message,
        "remediation": finding.remediation or "",
        "waived": finding.waived,
        "obligation": finding.obligation,
        "applies_from": finding.applies_from or "",
        "evidence": _evidence(finding.evidence),
        "references": _references(finding.references),
        "waiver": None
        if waiver is None
        else {
            "reason": waiver.reason,
            "approved_by": waiver.approved_by,
            "expires": waiver.expires,
            "ticket": waiver.ticket or "",
        },
    }


def _evidence(items: Iterable[Evidence]) -> list[dict[str, str]]:
    return [
        {"where": f"{e.file or ''}{':' + str(e.line) if e.line else ''}", "text": e.text}
        for e in items
    ]


def _references(items: Iterable[Reference]) -> list[dict[str, str | None]]:
    return [{"text": r.text, "url": r.url or "", "href": safe_href(r.url)} for r in items]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _declared_text(value: str | list[str] | None) -> str:
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, list) else value
