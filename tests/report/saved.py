"""Saved results for the renderer tests, with the license facts an audit would record."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from auditor.knowledge.license_db import load_license_db
from auditor.model import AuditResult
from auditor.model.decode import read_result
from auditor.pipeline.license_facts import record_license_facts

LINEAGE = Path(__file__).resolve().parents[1] / "data" / "spdx3" / "lineage-result.json"
"""A schema 1.0 result (no license facts): lineage, a license choice, RAIL, an unknown."""


def with_license_facts(result: AuditResult) -> AuditResult:
    """The result with the license facts today's knowledge base gives its models."""
    return replace(result, license_facts=record_license_facts(result.models, load_license_db()))


def read_lineage() -> AuditResult:
    """tests/data/spdx3/lineage-result.json, its license facts recorded as an audit would."""
    return with_license_facts(read_result(LINEAGE))
