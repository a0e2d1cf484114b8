"""A known license whose text says otherwise than our record (`license-text-differs`): maybe
a changed copy, or another version. Moved out of model_terms.py (the module was at its line
limit); pure."""

from __future__ import annotations

from collections.abc import Mapping

from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.extract import ExtractedTerm, compare_with_record
from auditor.licenses.terms.judge_text import single_record
from auditor.licenses.terms.record import POLICY_KIND
from auditor.model import Category, Finding, LicenseMatch

__all__ = ["record_disagreements", "stated"]


def stated(value: object) -> bool:
    """Does a term's value state something (not unknown, false or empty)?"""
    return value not in (None, False, [], {})


def record_disagreements(
    path: str,
    terms: Mapping[str, ExtractedTerm],
    match: LicenseMatch | None,
    db: LicenseDB,
    *,
    by_text: bool = True,
) -> list[Finding]:
    """A known license whose text says otherwise than our record: maybe a changed copy. A
    document named by its title alone (`by_text` False: a card's `License: CC BY-NC 4.0`
    line) is no copy of the text, so only what it states itself can differ; its silence
    does not."""
    record = single_record(match, db)
    if record is None or record.kind == POLICY_KIND:
        return []
    # A copy of the license that carries its use policy (a gating prompt usually quotes both)
    # states the policy's terms too: those are combined, most restrictive first, not a sign
    # of a changed copy.
    policies = [db.get(r) for r in record.related]
    policy_keys = {
        key
        for policy in policies
        if policy is not None and policy.kind == POLICY_KIND
        for key in policy.terms
    }
    findings = []
    for key, stored, found in compare_with_record(terms, record):
        if key == "kind" or key in policy_keys or not (by_text or stated(found)):
            continue
        clause = record.terms[key].clause if key in record.terms else None
        findings.append(
            Finding(
                rule="license-text-differs",
                category=Category.TERM,
                severity=observed_severity("license-text-differs"),
                message=f"{path} says {key} = {found!r}, but {record.name}"
                f"{f' (clause {clause})' if clause else ''} says {stored!r}; the file may be a "
                "modified copy or a different version",
                evidence=terms[key].evidence[:2],
                remediation="compare the file with the published license and have counsel "
                "review the difference",
            )
        )
    return findings
