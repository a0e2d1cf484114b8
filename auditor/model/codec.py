"""The stable machine output: an AuditResult as JSON with a schema_version."""

from __future__ import annotations

from typing import Any

from auditor.fileio.json_text import indented_json
from auditor.model import (
    AuditResult,
    Declared,
    Evidence,
    Finding,
    LicenseFacts,
    LicenseMatch,
    ModelResult,
    SourceInfo,
)
from auditor.model.document_options import DocumentOption
from auditor.model.knowledge_stamp import stamp_to_dict

SCHEMA_VERSION = "1.5"
"""Bumped on any change to the shape below; changes go in CHANGELOG.md.

1.1 added `knowledge_digest` and `license_facts`; a 1.0 result still reads (without them).
1.2 added `derived_from` to every license (null unless the text is a license of its own built
on a known one); 1.0 and 1.1 results still read (as null).
1.3 added the verdict `needs-input` and each finding's `needs_input` (the deployment facts a
blocking rule waits for, with their manifest key and option); older results read with none.
1.4 added `lineage_knowledge`: the lineage snapshot's date and origin (bundled or refreshed by
the user); older results read as null.
1.5 added each model's `training_data` (model/training.py): the datasets its evidence names,
their role, and once resolved their license and data-card terms, and `data_card` (what a
dataset's own card says beyond its license), and `artefacts` (the hub's security scan of the
repo and its files, the chat template's digest); older results read with none. Within 1.5:
`parent_licenses` (present when the card states a license for one of its parents).
"""


def render_json(result: AuditResult) -> str:
    """The result document as indented JSON text with a final newline."""
    return indented_json(result_to_dict(result), ensure_ascii=False) + "\n"


def result_to_dict(result: AuditResult) -> dict[str, Any]:
    """The result contract documented in reports/schema/result.schema.json."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": result.tool_name, "version": result.tool_version},
        "generated_at": result.generated_at,
        "manifest": result.manifest,
        "policy": (
            None
            if result.policy is None
            else {"name": result.policy.name, "sha256": result.policy.sha256}
        ),
        "verdict": str(result.verdict),
        "findings": [_finding(f) for f in result.findings],
        "models": [model_to_dict(m) for m in result.models],
        "knowledge_digest": result.knowledge_digest,
        "lineage_knowledge": stamp_to_dict(result.lineage_knowledge),
        "license_facts": None
        if result.license_facts is None
        else {
            key: facts_to_dict(result.license_facts[key]) for key in sorted(result.license_facts)
        },
    }


def model_to_dict(model: ModelResult) -> dict[str, Any]:
    """One model of the result contract."""
    return {
        "ref": model.ref,
        "source": _source(model.source),
        "declared": _declared(model.declared),
        "license": license_to_dict(model.license),
        "effective_license": license_to_dict(model.effective_license),
        "license_files": [
            {
                "path": f.path,
                "sha256": f.sha256,
                "identified_as": f.identified_as,
                "confidence": round(f.confidence, 4),
                "blob_id": f.blob_id,
            }
            for f in model.license_files
        ],
        "terms": dict(model.terms),
        "term_evidence": {
            key: [_evidence(e) for e in items] for key, items in model.term_evidence.items()
        },
        "lineage": [dict(entry) for entry in model.lineage],
        "findings": [_finding(f) for f in model.findings],
        "verdict": str(model.verdict),
        "manifest_line": model.manifest_line,
        "alternatives": [dict(a) for a in model.alternatives],
        "stated_parents": [
            {
                "ref": p.ref,
                "relation": p.relation,
                "method": p.method,
                "confidence": round(p.confidence, 4),
                "evidence": _evidence(p.evidence),
                **({"of": p.of} if p.of is not None else {}),
            }
            for p in model.stated_parents
        ],
        **(
            {
                "parent_licenses": [
                    {"ref": p.ref, "license": p.license, "evidence": _evidence(p.evidence)}
                    for p in model.parent_licenses
                ]
            }
            if model.parent_licenses
            else {}
        ),
        **(
            {"document_options": [_document_option(o) for o in model.document_options]}
            if model.document_options
            else {}
        ),
        "deployment": None if model.judged_under is None else dict(model.judged_under),
        "modality": model.modality,
        "modality_evidence": None
        if model.modality_evidence is None
        else _evidence(model.modality_evidence),
        "training_data": [dict(entry) for entry in model.training_data],
        "data_card": None if model.data_card is None else dict(model.data_card),
        "artefacts": None if model.artefacts is None else dict(model.artefacts),
        "openness": None
        if model.openness is None
        else {
            "osi_approved": model.openness.osi_approved,
            "osaid_fit": model.openness.osaid_fit,
            "mof_class": model.openness.mof_class,
            "missing": list(model.openness.missing),
            "components": dict(model.openness.components),
        },
    }


def facts_to_dict(facts: LicenseFacts) -> dict[str, Any]:
    """One license's recorded facts: identity, links, related documents, duties and terms."""
    return {
        "id": facts.id,
        "name": facts.name,
        "kind": facts.kind,
        "links": list(facts.links),
        "related": list(facts.related),
        "obligations": [
            {"tag": o.tag, "text": o.text, "clause": o.clause} for o in facts.obligations
        ],
        "terms": {
            key: {"value": term.value, "clause": term.clause} for key, term in facts.terms.items()
        },
    }


def _source(source: SourceInfo | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {
        "kind": str(source.kind),
        "repo_id": source.repo_id,
        "revision": source.revision,
        "resolved_sha": source.resolved_sha,
        "gated": source.gated,
        "endpoint": source.endpoint,
    }


def _declared(declared: Declared) -> dict[str, Any]:
    return {
        "license": declared.license,
        "license_name": declared.license_name,
        "license_link": declared.license_link,
        "base_models": [b.ref for b in declared.base_models],
        "base_model_relation": declared.base_model_relation,
        "origin": declared.origin,
    }


def license_to_dict(match: LicenseMatch | None) -> dict[str, Any] | None:
    """A license match in the contract's shape (id, name, spdx, scancode, hf, kind, ...)."""
    if match is None:
        return None
    return {
        "id": match.id,
        "name": match.name,
        "spdx": match.spdx,
        "scancode": match.scancode,
        "hf": match.hf,
        "kind": match.kind,
        "confidence": round(match.confidence, 4),
        "method": match.method,
        "derived_from": match.derived_from,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "category": str(finding.category),
        "severity": str(finding.severity),
        "message": finding.message,
        "evidence": [_evidence(e) for e in finding.evidence],
        "remediation": finding.remediation,
        "waived": finding.waived,
        "waiver": None
        if finding.waiver is None
        else {
            "reason": finding.waiver.reason,
            "approved_by": finding.waiver.approved_by,
            "expires": finding.waiver.expires,
            "ticket": finding.waiver.ticket,
        },
        "references": [{"text": r.text, "url": r.url} for r in finding.references],
        "obligation": finding.obligation,
        "applies_from": finding.applies_from,
        "needs_input": [
            {"fact": i.fact, "manifest_key": i.manifest_key, "option": i.option}
            for i in finding.needs_input
        ],
    }


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"file": evidence.file, "line": evidence.line, "text": evidence.text}


def _document_option(option: DocumentOption) -> dict[str, Any]:
    return {
        "path": option.path,
        "kind": option.kind,
        "terms": dict(option.terms),
        "term_evidence": {
            key: [_evidence(e) for e in items] for key, items in option.term_evidence.items()
        },
        "offered_by": None if option.offered_by is None else _evidence(option.offered_by),
    }
