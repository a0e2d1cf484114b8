"""Renders an AuditResult as SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDEs).

One run; one rule per distinct finding rule; one result per finding, waived ones included
with an external suppression. Results point at the model's entry in the manifest; evidence
with a file and a line becomes a related location. Partial fingerprints depend only on the
rule, the model and where the evidence is, never on the time of the run, so code scanning
keeps an alert's identity from one run to the next.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from auditor.fileio.json_text import indented_json
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import (
    AuditResult,
    Finding,
    ModelResult,
    Severity,
    SourceKind,
)
from auditor.report.markdown import escape_markdown, markdown_link
from auditor.report.sanitize import sanitize_text

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "auditorFinding/v1"

LEVELS = {Severity.BLOCK: "error", Severity.WARN: "warning", Severity.INFO: "note"}
SEVERITY_RANK = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}
_WORD = lazy_pattern(r"[A-Za-z0-9]+")
LONE_SURROGATE = lazy_pattern("[\ud800-\udfff]")


def render_sarif(result: AuditResult, *, cwd: Path | None = None) -> str:
    """The SARIF log as indented JSON text with a final newline.

    `cwd` (default: the current directory) decides whether an absolute manifest path can be
    written relative to the checkout root (`%SRCROOT%`); the output does not otherwise depend
    on the machine.
    """
    text = indented_json(sarif_log(result, cwd=cwd), ensure_ascii=False)
    return LONE_SURROGATE.sub("\ufffd", text) + "\n"  # so that it encodes as UTF-8


def sarif_log(result: AuditResult, *, cwd: Path | None = None) -> dict[str, Any]:
    """The SARIF log object (a `sarifLog` with one `run`)."""
    base = cwd if cwd is not None else Path.cwd()
    located = [(None, f) for f in result.findings] + [
        (m, f) for m in result.models for f in m.findings
    ]
    rules = _rules(f for _, f in located)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    seen: Counter[str] = Counter()
    results = []
    for model, finding in located:
        digest = finding_fingerprint(finding, model.ref if model else None)
        seen[digest] += 1
        fingerprint = f"{digest}:{seen[digest]}"
        rule_index = index[finding.rule]
        results.append(sarif_result(result.manifest, model, finding, rule_index, fingerprint, base))
    return sarif_document(result, rules, results, [model_summary(m) for m in result.models])


def sarif_document(
    result: AuditResult,
    rules: list[dict[str, Any]],
    results: list[Any],
    models: list[Any],
) -> dict[str, Any]:
    """The log around its rules, results and model summaries."""
    driver: dict[str, Any] = {"name": result.tool_name, "version": result.tool_version}
    if re.fullmatch(r"\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?", result.tool_version):
        driver["semanticVersion"] = result.tool_version
    driver["rules"] = rules
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", result.generated_at):
        invocation["endTimeUtc"] = result.generated_at
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "policy": None
                    if result.policy is None
                    else {"name": result.policy.name, "sha256": result.policy.sha256},
                    "verdict": str(result.verdict),
                    "manifest": result.manifest,
                    "models": models,
                },
            }
        ],
    }


def model_summary(model: ModelResult) -> dict[str, Any]:
    return {"ref": model.ref, "verdict": str(model.verdict), "manifestLine": model.manifest_line}


def finding_fingerprint(finding: Finding, model_ref: str | None) -> str:
    """sha256 over the rule, the model ref ("" for the run) and the first evidence's `file:line`
    (the message when no evidence names a file): stable while the finding stays put."""
    first = next((e for e in finding.evidence if e.file), None)
    anchor = (
        f"{first.file}:{first.line if first.line is not None else ''}"
        if first is not None
        else finding.message
    )
    payload = json.dumps([finding.rule, model_ref or "", anchor], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def rule_title(rule: str) -> str:
    """`non-commercial-license` -> `Non commercial license`: a rule id as a phrase."""
    words = rule.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else rule


def _rules(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """One descriptor per rule id, sorted; its level is the worst severity it was found at,
    its help the first finding's."""
    first: dict[str, Finding] = {}
    worst: dict[str, Severity] = {}
    for finding in findings:
        first.setdefault(finding.rule, finding)
        known = worst.get(finding.rule, finding.severity)
        worst[finding.rule] = min(known, finding.severity, key=SEVERITY_RANK.__getitem__)
    return [rule_descriptor(first[rule], worst[rule]) for rule in sorted(first)]


def rule_descriptor(finding: Finding, severity: Severity) -> dict[str, Any]:
    title = rule_title(finding.rule)
    category = str(finding.category)
    help_text = [f"{title} ({category} rule; default severity {severity})."]
    help_md = [f"**{escape_markdown(title)}** ({category} rule; default severity {severity})."]
    if finding.remediation:
        help_text.append(f"Remediation: {finding.remediation}")
        help_md.append(f"**Remediation:** {escape_markdown(finding.remediation)}")
    if finding.references:
        help_text.append(
            "References: "
            + "; ".join(f"{r.text} ({r.url})" if r.url else r.text for r in finding.references)
        )
        help_md.append(
            "**References:**\n\n"
            + "\n".join(f"- {markdown_link(r.text, r.url)}" for r in finding.references)
        )
    return {
        "id": finding.rule,
        "name": "".join(w[:1].upper() + w[1:] for w in _WORD.findall(finding.rule)) or "Rule",
        "shortDescription": {"text": _text(title)},
        "fullDescription": {
            "text": _text(f"{title}: a {category} finding of model-license-auditor's policy.")
        },
        "help": {"text": _text("\n\n".join(help_text)), "markdown": "\n\n".join(help_md)},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"tags": [category], "category": category},
    }


def sarif_result(
    manifest: str | None,
    model: ModelResult | None,
    finding: Finding,
    rule_index: int,
    fingerprint: str,
    cwd: Path,
) -> dict[str, Any]:
    subject = model.ref if model is not None else "run"
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": _text(f"{subject}: {finding.message}")},
    }
    if manifest is not None:
        physical: dict[str, Any] = {"artifactLocation": artifact_location(manifest, cwd)}
        if model is not None and model.manifest_line is not None:
            physical["region"] = {"startLine": model.manifest_line}
        elif model is None:
            line = next((e.line for e in finding.evidence if e.file == manifest and e.line), None)
            if line is not None:
                physical["region"] = {"startLine": line}
        entry["locations"] = [{"physicalLocation": physical}]
    related: list[dict[str, Any]] = []
    for evidence in finding.evidence:
        if not evidence.file or evidence.line is None or evidence.line < 1:
            continue
        where = _evidence_location(manifest, model, evidence.file, cwd)
        if where is None:
            continue
        related.append(
            {
                "id": len(related) + 1,
                "physicalLocation": {
                    "artifactLocation": where,
                    "region": {"startLine": evidence.line},
                },
                "message": {"text": _text(evidence.text)},
            }
        )
    if related:
        entry["relatedLocations"] = related
    entry["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    if finding.waived:
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
        waiver = finding.waiver
        if waiver is not None:
            suppression["justification"] = waiver.reason
            suppression["properties"] = {
                "approvedBy": waiver.approved_by,
                "expires": waiver.expires,
                "ticket": waiver.ticket,
            }
        entry["suppressions"] = [suppression]
    properties: dict[str, Any] = {
        "model": model.ref if model is not None else None,
        "category": str(finding.category),
        "severity": str(finding.severity),
        "obligation": finding.obligation,
        "tags": [str(finding.category)],
    }
    if finding.remediation:
        properties["remediation"] = finding.remediation
    if finding.applies_from:
        properties["appliesFrom"] = finding.applies_from
    if finding.needs_input:  # undecided until the deployment states these facts
        properties["needsInput"] = [
            {"fact": i.fact, "manifestKey": i.manifest_key, "option": i.option}
            for i in finding.needs_input
        ]
        properties["tags"].append("needs-input")
    if finding.references:
        properties["references"] = [{"text": r.text, "url": r.url} for r in finding.references]
    if finding.evidence:
        properties["evidence"] = [
            {"file": e.file, "line": e.line, "text": e.text} for e in finding.evidence
        ]
    entry["properties"] = properties
    return entry


def artifact_location(path: str, cwd: Path) -> dict[str, str]:
    """A path as a SARIF artifactLocation: relative to %SRCROOT% when inside `cwd`."""
    pure = PurePath(LONE_SURROGATE.sub("\ufffd", path))
    if pure.is_absolute():
        normal = PurePath(posixpath.normpath(pure.as_posix()))
        try:
            inside = normal.relative_to(PurePath(posixpath.normpath(cwd.as_posix())))
        except ValueError:
            return {"uri": Path(normal).as_uri()}
        return {"uri": _uri(inside.as_posix()), "uriBaseId": SRCROOT}
    normal_text = posixpath.normpath(pure.as_posix())
    if normal_text == ".." or normal_text.startswith("../"):
        return {"uri": _uri(pure.as_posix())}  # outside the checkout: kept as given
    return {"uri": _uri(normal_text), "uriBaseId": SRCROOT}


def _evidence_location(
    manifest: str | None, model: ModelResult | None, file: str, cwd: Path
) -> dict[str, str] | None:
    """Where an evidence file is: the manifest, a file of a local model, a file of a Hub repo
    (as a URL); None when it cannot be placed without misleading."""
    if file == manifest or model is None or PurePath(file).is_absolute():
        return artifact_location(file, cwd)
    source = model.source
    if source is None:
        return None
    if source.kind in (SourceKind.LOCAL, SourceKind.CARD, SourceKind.GGUF):
        folder = PurePath(model.ref)
        if source.kind is not SourceKind.LOCAL:
            folder = folder.parent  # the ref names the card or GGUF file itself
        if not folder.is_absolute() and manifest is not None:
            folder = PurePath(manifest).parent / folder
        return artifact_location((folder / file).as_posix(), cwd)
    if source.kind is SourceKind.HUB and source.endpoint and source.repo_id:
        endpoint = source.endpoint.rstrip("/")
        if re.fullmatch(r"https?://[^\s/?#]+(?:/[^\s?#]*)?", endpoint):
            revision = source.resolved_sha or source.revision or "main"
            path = f"{source.repo_id}/blob/{revision}/{file}"
            return {"uri": f"{endpoint}/{_uri(path)}"}
    return None


def _uri(path: str) -> str:
    # `:` stays encoded: in the first segment of a relative URI it would read as a scheme.
    return quote(LONE_SURROGATE.sub("\ufffd", path), safe="/@!$&'()*+,;=-._~")


def _text(text: str) -> str:
    """Plain SARIF message text: brackets escaped so viewers don't read embedded links."""
    shown = sanitize_text(text)  # controls and direction marks shown, never obeyed
    return shown.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
