"""Reads a saved JSON result back into an AuditResult, so any format renders from it later."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from auditor.errors import InputFileError
from auditor.fileio.bounded import read_bounded
from auditor.model import (
    AppliedWaiver,
    AuditResult,
    BaseModelRef,
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseDuty,
    LicenseFacts,
    LicenseFileResult,
    LicenseMatch,
    LicenseTerm,
    ModelResult,
    NeededInput,
    Openness,
    PolicyRef,
    Reference,
    Severity,
    SourceInfo,
    SourceKind,
    StatedParent,
    Verdict,
)
from auditor.model.artefacts import Artefacts
from auditor.model.codec import SCHEMA_VERSION
from auditor.model.document_options import DocumentOption
from auditor.model.kinds import parse_kind
from auditor.model.knowledge_stamp import stamp_from_dict
from auditor.model.lineage import AlternativeSuggestion, LineageStep, ParentLicense
from auditor.model.terms import as_terms
from auditor.model.training import DataCard, TrainingDataEntry

MAX_RESULT_BYTES = 256 * 1024 * 1024


def read_result(path: Path) -> AuditResult:
    """Load `auditor ... --format json` output; problems name the file (and line for JSON).

    Bounded: a regular file of at most MAX_RESULT_BYTES (a FIFO or device is refused, never
    waited on), nesting the JSON parser can take, integers of at most the interpreter's digit
    limit; anything else is an InputFileError, never an internal error.
    """
    try:
        raw = read_bounded(path, MAX_RESULT_BYTES)
    except FileNotFoundError as err:
        raise InputFileError(str(path), [(None, "no such file")]) from err
    except OSError as err:
        raise InputFileError(str(path), [(None, f"cannot read ({err.strerror or err})")]) from err
    if len(raw) > MAX_RESULT_BYTES:
        raise InputFileError(str(path), [(None, "larger than 256 MiB; not a result file")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputFileError(str(path), [(line, "not valid UTF-8 text")]) from err
    if text.startswith(('{"model"', '{"run"')):  # --format jsonl
        return result_from_dict(_lines_document(text, str(path)), name=str(path))
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputFileError(str(path), [(err.lineno, f"invalid JSON: {err.msg}")]) from err
    except RecursionError as err:
        raise InputFileError(
            str(path), [(None, "JSON nested too deeply; not a result file")]
        ) from err
    except ValueError as err:  # an integer longer than the interpreter converts
        limit = sys.get_int_max_str_digits()
        problem = f"invalid JSON: a number longer than {limit:,} digits"
        raise InputFileError(str(path), [(None, problem)]) from err
    return result_from_dict(document, name=str(path))


def _lines_document(text: str, name: str) -> dict[str, Any]:
    """A JSON-lines result (report/jsonl.py) as the JSON result's document: the `model`
    lines in order, the `run` line's fields (which must come last: without it the run that
    wrote the file did not finish)."""
    models: list[Any] = []
    run: dict[str, Any] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if run is not None:
            raise InputFileError(name, [(number, "a line after the run's line")])
        try:
            item = json.loads(line)
        except (json.JSONDecodeError, RecursionError, ValueError) as err:
            raise InputFileError(name, [(number, "invalid JSON line")]) from err
        if isinstance(item, dict) and set(item) == {"model"}:
            models.append(item["model"])
        elif isinstance(item, dict) and set(item) == {"run"} and isinstance(item["run"], dict):
            run = {k: v for k, v in item["run"].items() if k not in _RUN_ONLY}
        else:
            raise InputFileError(name, [(number, 'not a {"model": ...} or {"run": ...} line')])
    if run is None:
        raise InputFileError(name, [(None, "no run line at the end: the run did not finish")])
    return {**run, "models": models}


_RUN_ONLY = frozenset({"model_verdicts", "model_count"})  # counts the models restate


def result_from_dict(document: Any, *, name: str = "<result>") -> AuditResult:
    """The inverse of report.json.result_to_dict; a wrong shape is an InputFileError."""
    try:
        return _result(document)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as err:
        raise InputFileError(
            name, [(None, f"not an auditor result of schema {SCHEMA_VERSION}: {err!r}")]
        ) from err


def _result(doc: Mapping[str, Any]) -> AuditResult:
    version = str(doc["schema_version"])
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ValueError(f"schema_version {version} (this auditor reads {SCHEMA_VERSION})")
    policy = doc.get("policy")
    facts = doc.get("license_facts")  # absent before 1.1: the result did not record them
    digest = doc.get("knowledge_digest")
    return AuditResult(
        tool_name=str(doc["tool"]["name"]),
        tool_version=str(doc["tool"]["version"]),
        generated_at=str(doc["generated_at"]),
        verdict=Verdict(doc["verdict"]),
        models=tuple(model_from_dict(m) for m in doc["models"]),
        policy=None if policy is None else PolicyRef(str(policy["name"]), str(policy["sha256"])),
        manifest=doc.get("manifest"),
        findings=tuple(_finding(f) for f in doc.get("findings", [])),
        license_facts=None
        if facts is None
        else {str(key): facts_from_dict(item) for key, item in facts.items()},
        knowledge_digest=None if digest is None else str(digest),
        lineage_knowledge=stamp_from_dict(doc.get("lineage_knowledge")),
    )


def facts_from_dict(doc: Mapping[str, Any]) -> LicenseFacts:
    """One license's recorded facts in a saved result."""
    return LicenseFacts(
        id=str(doc["id"]),
        name=str(doc["name"]),
        kind=str(doc["kind"]),
        links=tuple(str(link) for link in doc.get("links", [])),
        related=tuple(str(item) for item in doc.get("related", [])),
        obligations=tuple(
            LicenseDuty(tag=str(o["tag"]), text=str(o["text"]), clause=o.get("clause"))
            for o in doc.get("obligations", [])
        ),
        terms={
            str(key): LicenseTerm(value=term.get("value"), clause=term.get("clause"))
            for key, term in doc.get("terms", {}).items()
        },
    )


def model_from_dict(doc: Mapping[str, Any]) -> ModelResult:
    """One model of a saved result."""
    source = doc.get("source")
    declared = doc["declared"]
    return ModelResult(
        ref=str(doc["ref"]),
        source=None
        if source is None
        else SourceInfo(
            kind=SourceKind(source["kind"]),
            repo_id=source.get("repo_id"),
            revision=source.get("revision"),
            resolved_sha=source.get("resolved_sha"),
            gated=source.get("gated"),
            endpoint=source.get("endpoint"),
        ),
        declared=Declared(
            license=declared.get("license"),
            license_name=declared.get("license_name"),
            license_link=declared.get("license_link"),
            base_models=tuple(BaseModelRef(str(b)) for b in declared.get("base_models", [])),
            base_model_relation=declared.get("base_model_relation"),
            origin=declared.get("origin"),
        ),
        license=_license(doc.get("license")),
        effective_license=_license(doc.get("effective_license")),
        license_files=tuple(
            LicenseFileResult(
                path=str(f["path"]),
                sha256=f.get("sha256"),
                identified_as=f.get("identified_as"),
                confidence=float(f.get("confidence", 0.0)),
                blob_id=f.get("blob_id"),
            )
            for f in doc.get("license_files", [])
        ),
        findings=tuple(_finding(f) for f in doc.get("findings", [])),
        verdict=Verdict(doc["verdict"]),
        terms=as_terms(doc.get("terms", {})),
        term_evidence={
            str(key): tuple(_evidence(e) for e in items)
            for key, items in doc.get("term_evidence", {}).items()
        },
        lineage=tuple(cast(LineageStep, dict(entry)) for entry in doc.get("lineage", [])),
        manifest_line=doc.get("manifest_line"),
        alternatives=tuple(
            cast(AlternativeSuggestion, dict(a)) for a in doc.get("alternatives", [])
        ),
        stated_parents=tuple(
            StatedParent(
                ref=str(p["ref"]),
                relation=p.get("relation"),
                method=str(p["method"]),
                confidence=float(p.get("confidence", 0.0)),
                evidence=_evidence(p["evidence"]),
                of=str(p["of"]) if p.get("of") is not None else None,
            )
            for p in doc.get("stated_parents", [])
        ),
        parent_licenses=tuple(
            ParentLicense(str(p["ref"]), str(p["license"]), _evidence(p["evidence"]))
            for p in doc.get("parent_licenses", [])
        ),
        openness=_openness(doc.get("openness")),
        judged_under=doc.get("deployment") if isinstance(doc.get("deployment"), dict) else None,
        modality=doc.get("modality") if isinstance(doc.get("modality"), str) else None,
        modality_evidence=_evidence(doc["modality_evidence"])
        if isinstance(doc.get("modality_evidence"), dict)
        else None,
        training_data=tuple(
            cast(TrainingDataEntry, dict(entry)) for entry in doc.get("training_data", [])
        ),
        data_card=cast(DataCard, dict(doc["data_card"]))
        if isinstance(doc.get("data_card"), dict)
        else None,
        artefacts=cast(Artefacts, dict(doc["artefacts"]))
        if isinstance(doc.get("artefacts"), dict)
        else None,
        document_options=tuple(_document_option(o) for o in doc.get("document_options", [])),
    )


def _document_option(doc: Mapping[str, Any]) -> DocumentOption:
    offered = doc.get("offered_by")
    return DocumentOption(
        path=str(doc["path"]),
        kind=doc.get("kind"),
        terms=as_terms(doc.get("terms", {})),
        term_evidence={
            str(key): tuple(_evidence(e) for e in items)
            for key, items in doc.get("term_evidence", {}).items()
        },
        offered_by=_evidence(offered) if isinstance(offered, dict) else None,
    )


def _openness(doc: Mapping[str, Any] | None) -> Openness | None:
    if doc is None:
        return None
    mof = doc.get("mof_class")
    return Openness(
        osi_approved=doc.get("osi_approved"),
        osaid_fit=doc.get("osaid_fit"),
        mof_class=None if mof is None else int(mof),
        missing=tuple(str(m) for m in doc.get("missing", [])),
        components={str(k): str(v) for k, v in doc.get("components", {}).items()},
    )


def _license(doc: Mapping[str, Any] | None) -> LicenseMatch | None:
    if doc is None:
        return None
    return LicenseMatch(
        id=doc.get("id"),
        name=doc.get("name"),
        spdx=doc.get("spdx"),
        scancode=doc.get("scancode"),
        hf=doc.get("hf"),
        kind=parse_kind(doc.get("kind")),
        confidence=float(doc.get("confidence", 0.0)),
        method=str(doc.get("method", "")),
        derived_from=doc.get("derived_from"),  # absent before 1.2
    )


def _finding(doc: Mapping[str, Any]) -> Finding:
    waiver = doc.get("waiver")
    return Finding(
        rule=str(doc["rule"]),
        category=Category(doc["category"]),
        severity=Severity(doc["severity"]),
        message=str(doc["message"]),
        evidence=tuple(_evidence(e) for e in doc.get("evidence", [])),
        remediation=doc.get("remediation"),
        waived=bool(doc.get("waived", False)),
        waiver=None
        if waiver is None
        else AppliedWaiver(
            reason=str(waiver["reason"]),
            approved_by=str(waiver["approved_by"]),
            expires=str(waiver["expires"]),
            ticket=waiver.get("ticket"),
        ),
        references=tuple(
            Reference(text=str(r["text"]), url=r.get("url")) for r in doc.get("references", [])
        ),
        obligation=bool(doc.get("obligation", False)),
        applies_from=doc.get("applies_from"),
        needs_input=tuple(  # absent before 1.3
            NeededInput(
                fact=str(i["fact"]),
                manifest_key=str(i["manifest_key"]),
                option=None if i.get("option") is None else str(i["option"]),
            )
            for i in doc.get("needs_input", [])
        ),
    )


def _evidence(doc: Mapping[str, Any]) -> Evidence:
    line = doc.get("line")
    return Evidence(
        file=doc.get("file"), line=None if line is None else int(line), text=str(doc["text"])
    )
