"""Renders an AuditResult as JUnit XML, for CI systems that show test results.

One <testsuite>, one <testcase> per model (classname: the policy, name: the model ref) and
one named "run" for findings about the run itself. Each unwaived blocking finding is a
<failure> (one that waits for a deployment fact says "Needs input" and names it); a model
that could not be audited is an <error> instead; warnings, waivers and
obligations are listed in <system-out>. The XML is built with ElementTree, never by pasting
strings, and characters XML 1.0 cannot carry are replaced.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import AuditResult, Finding, Severity, Verdict
from auditor.model.inputs import inputs_list
from auditor.report.sanitize import sanitize_text

SUITE_NAME = "model-license-auditor"
RUN_CASE = "run"
NO_POLICY = "no-policy"

# Everything outside XML 1.0's Char production, lone surrogates included.
_NOT_XML = lazy_pattern("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render_junit(result: AuditResult) -> str:
    """The JUnit XML document as text, with an XML declaration and a final newline."""
    root = junit_tree(result)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def junit_tree(result: AuditResult) -> ET.Element:
    """The <testsuites> element; counts are of test cases (a case fails once, however often)."""
    classname = result.policy.name if result.policy is not None else NO_POLICY
    cases = [_model_case(result, classname, i) for i in range(len(result.models))]
    if result.findings:
        cases.append(
            _case(
                classname, RUN_CASE, result.findings, error=False, file=result.manifest, line=None
            )
        )
    counts = {
        "tests": str(len(cases)),
        "failures": str(sum(case.find("failure") is not None for case in cases)),
        "errors": str(sum(case.find("error") is not None for case in cases)),
        "skipped": "0",
        "time": "0",
    }
    root = ET.Element("testsuites", _attrs({"name": SUITE_NAME, **counts}))
    suite = ET.SubElement(
        root,
        "testsuite",
        _attrs(
            {
                "name": SUITE_NAME,
                **counts,
                # JUnit timestamps carry no zone; generated_at is UTC.
                "timestamp": result.generated_at.removesuffix("Z"),
            }
        ),
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("tool", f"{result.tool_name} {result.tool_version}"),
        ("generated_at", result.generated_at),
        ("verdict", str(result.verdict)),
        ("policy", result.policy.name if result.policy is not None else ""),
        ("policy_sha256", result.policy.sha256 if result.policy is not None else ""),
        ("manifest", result.manifest or ""),
    ):
        ET.SubElement(properties, "property", _attrs({"name": name, "value": value}))
    suite.extend(cases)
    return root


def _model_case(result: AuditResult, classname: str, index: int) -> ET.Element:
    model = result.models[index]
    return _case(
        classname,
        model.ref,
        model.findings,
        error=model.verdict is Verdict.ERROR,
        file=result.manifest,
        line=model.manifest_line,
    )


def _case(
    classname: str,
    name: str,
    findings: Sequence[Finding],
    *,
    error: bool,
    file: str | None,
    line: int | None,
) -> ET.Element:
    attrs = {"classname": classname, "name": name, "time": "0"}
    if file is not None:
        attrs["file"] = file
    if file is not None and line is not None:
        attrs["line"] = str(line)
    case = ET.Element("testcase", _attrs(attrs))
    blocking = [f for f in findings if f.severity is Severity.BLOCK and not f.waived]
    if error:
        first = blocking[0] if blocking else None
        element = ET.SubElement(
            case,
            "error",
            _attrs(
                {
                    "type": first.rule if first else "audit-incomplete",
                    "message": first.message if first else "the audit of this model is incomplete",
                }
            ),
        )
        element.text = _clean("\n\n".join(_details(f) for f in blocking) or "no finding says why")
    else:
        for finding in blocking:
            element = ET.SubElement(
                case, "failure", _attrs({"type": finding.rule, "message": finding.message})
            )
            element.text = _clean(_details(finding))
    out = _system_out(findings)
    if out:
        ET.SubElement(case, "system-out").text = _clean(out)
    return case


def _details(finding: Finding) -> str:
    """A finding as plain text: message, remediation, evidence, references, waiver."""
    lines = [f"{finding.rule}: {finding.message}"]
    if finding.applies_from:
        lines.append(f"  Applies from: {finding.applies_from}")
    if finding.needs_input:
        lines.append(f"  Needs input: {inputs_list(finding.needs_input)}")
    if finding.remediation:
        lines.append(f"  Remediation: {finding.remediation}")
    for evidence in finding.evidence:
        where = evidence.file or ""
        if evidence.file and evidence.line is not None:
            where += f":{evidence.line}"
        lines.append(f"  Evidence{f' ({where})' if where else ''}: {evidence.text}")
    for reference in finding.references:
        url = f" <{reference.url}>" if reference.url else ""
        lines.append(f"  Reference: {reference.text}{url}")
    if finding.waiver is not None:
        waiver = finding.waiver
        ticket = f"; ticket {waiver.ticket}" if waiver.ticket else ""
        lines.append(
            f"  Waiver: {waiver.reason}; approved by {waiver.approved_by} "
            f"until {waiver.expires}{ticket}"
        )
    return "\n".join(lines)


def _system_out(findings: Sequence[Finding]) -> str:
    warnings = [f for f in findings if f.severity is Severity.WARN and not f.waived]
    waived = [f for f in findings if f.waived]
    duties = [f for f in findings if f.obligation and not f.waived and f.severity is Severity.INFO]
    blocks = [
        *(f"WARNING {_details(f)}" for f in warnings),
        *(f"WAIVED ({f.severity}) {_details(f)}" for f in waived),
        *(f"OBLIGATION {_details(f)}" for f in duties),
    ]
    return "\n\n".join(blocks)


def _attrs(values: dict[str, str]) -> dict[str, str]:
    return {key: _clean(value) for key, value in values.items()}


def _clean(text: str) -> str:
    """Text XML 1.0 can hold: control characters and lone surrogates become U+FFFD, and line
    ends are `\n` (a parser would turn a raw `\r\n` in element text into `\n` anyway)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("\ufffd", sanitize_text(lines))
