"""The library's face: each function runs one job of the CLI, which mirrors it.

    from auditor import api
    result = api.audit(["org/model@<40-hex commit>"], api.AuditOptions(policy="strict"))
    print(api.render(result, "markdown"))

The stages live in their packages (sources -> licenses -> lineage -> policy -> report);
these functions only wire them together.
"""

from __future__ import annotations

from pathlib import Path

from auditor.model import AuditResult
from auditor.pipeline.run import AuditOptions, audit, audit_manifest

__all__ = ["AuditOptions", "audit", "audit_manifest", "read_result", "render"]


def read_result(path: Path) -> AuditResult:
    """A saved JSON result, checked against the result contract."""
    from auditor.model.decode import read_result as _read

    return _read(path)


def render(result: AuditResult, fmt: str) -> str:
    """The result in one report format (`auditor report --format` names them)."""
    from auditor.report.formats import ReportFormat
    from auditor.report.render import render as _render

    return _render(result, ReportFormat(fmt))
