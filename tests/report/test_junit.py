"""The JUnit XML report: one test case per model, counts that add up, and safe escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from auditor.model import (
    AppliedWaiver,
    AuditResult,
    Category,
    Declared,
    Evidence,
    Finding,
    ModelResult,
    PolicyRef,
    Reference,
    Severity,
    SourceInfo,
    SourceKind,
    Verdict,
)
from auditor.report.junit import render_junit
from auditor.report.sanitize import sanitize_text


def parse(text: str) -> ET.Element:
    """Parse the report back and check that every count attribute matches its test cases."""
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    expected = {
        "tests": len(cases),
        "failures": sum(c.find("failure") is not None for c in cases),
        "errors": sum(c.find("error") is not None for c in cases),
        "skipped": 0,
    }
    for element in (root, suite):
        assert {key: int(element.attrib[key]) for key in expected} == expected
    return root


def test_one_case_per_model_and_one_for_the_run() -> None:
    root = parse(render_junit(_result()))
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.attrib["name"] == "model-license-auditor"
    assert suite.attrib["timestamp"] == "2026-01-02T03:04:05"
    cases = suite.findall("testcase")
    assert [(c.attrib["classname"], c.attrib["name"]) for c in cases] == [
        ("default", "org/bad"),
        ("default", "org/waived"),
        ("default", "org/broken"),
        ("default", "org/fine"),
        ("default", "run"),
    ]
    assert cases[0].attrib["file"] == "deploy/models.yaml"
    assert cases[0].attrib["line"] == "12"
    properties = {p.attrib["name"]: p.attrib["value"] for p in suite.iter("property")}
    assert properties["policy"] == "default"
    assert properties["policy_sha256"] == "a" * 64
    assert properties["verdict"] == "error"
    assert (root.attrib["tests"], root.attrib["failures"], root.attrib["errors"]) == ("5", "1", "1")


def test_each_unwaived_blocking_finding_is_a_failure() -> None:
    suite = parse(render_junit(_result())).find("testsuite")
    assert suite is not None
    bad, waived, _broken, fine, run = suite.findall("testcase")
    failures = bad.findall("failure")
    assert [(f.attrib["type"], f.attrib["message"]) for f in failures] == [
        ("no-commercial-use", "commercial use is prohibited"),
        ("revenue-cap", "revenue above the cap"),
    ]
    assert failures[0].text == (
        "no-commercial-use: commercial use is prohibited\n"
        "  Remediation: buy a license\n"
        "  Evidence (LICENSE:3): You may not use it commercially.\n"
        "  Reference: Bad License clause 2 <https://licenses.example/bad>"
    )
    assert waived.find("failure") is None  # a waived block is not a failure
    waived_out = waived.findtext("system-out") or ""
    assert waived_out.startswith("WAIVED (block) no-commercial-use")
    assert "Waiver: signed deal; approved by legal until 2027-01-01; ticket LEG-1" in waived_out
    assert fine.find("failure") is None and fine.find("error") is None
    assert fine.find("system-out") is None
    assert run.find("failure") is None


def test_a_model_that_could_not_be_audited_is_an_error_not_a_failure() -> None:
    suite = parse(render_junit(_result())).find("testsuite")
    assert suite is not None
    broken = suite.findall("testcase")[2]
    assert broken.find("failure") is None
    [error] = broken.findall("error")
    assert error.attrib == {"type": "source-unavailable", "message": "the Hub did not answer"}
    assert "Remediation: retry later" in (error.text or "")


def test_an_incomplete_model_without_a_blocking_finding_still_errors() -> None:
    incomplete = _model("org/gated", (_warning(),), Verdict.ERROR)
    suite = parse(render_junit(_result_with([incomplete]))).find("testsuite")
    assert suite is not None
    error = suite.findall("testcase")[0].find("error")
    assert error is not None
    assert error.attrib["type"] == "audit-incomplete"


def test_warnings_and_obligations_go_to_system_out() -> None:
    suite = parse(render_junit(_result())).find("testsuite")
    assert suite is not None
    bad = suite.findall("testcase")[0]
    out = bad.findtext("system-out") or ""
    assert "WARNING gated-model: the model is gated" in out
    assert "OBLIGATION attribution-required: credit the authors" in out
    assert "just a note" not in out
    run = suite.findall("testcase")[-1]
    assert (run.findtext("system-out") or "").startswith("WARNING waiver-unused")


def test_no_run_case_without_run_findings_and_no_policy() -> None:
    result = replace(_result_with([_model("a/b", (), Verdict.PASS)]), policy=None)
    suite = parse(render_junit(result)).find("testsuite")
    assert suite is not None
    [case] = suite.findall("testcase")
    assert case.attrib["classname"] == "no-policy"


def test_empty_result() -> None:
    root = parse(render_junit(_result_with([])))
    assert root.attrib["tests"] == "0"


@pytest.mark.parametrize(
    "nasty",
    [
        '<testcase name="x"/>]]><!-- & "quotes" \'apos\'',
        "line\nbreaks\r\nand\ttabs",
        "controls \x00\x01\x08\x0b\x0c\x1b\x7f and \ud800 lone \udfff surrogates \ufffe",
        "astral 😀 and bidi \u202e ok",
    ],
)
def test_hostile_strings_are_escaped(nasty: str) -> None:
    finding = Finding(
        rule=nasty,
        category=Category.LICENSE,
        severity=Severity.BLOCK,
        message=nasty,
        remediation=nasty,
        evidence=(Evidence(nasty, 1, nasty),),
        references=(Reference(nasty, nasty),),
    )
    result = replace(
        _result_with(
            [_model(nasty, (finding, replace(finding, severity=Severity.WARN)), Verdict.FAIL)]
        ),
        policy=PolicyRef(nasty, nasty),
        manifest=nasty,
        generated_at=nasty,
    )
    text = render_junit(result)
    text.encode("utf-8")
    root = parse(text)
    case = root.find("testsuite/testcase")
    assert case is not None
    failure = case.find("failure")
    assert failure is not None
    # controls, direction marks and surrogates shown as escapes; what XML cannot hold: U+FFFD
    cleaned = "".join(
        c
        if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff"
        else "\ufffd"
        for c in sanitize_text(nasty.replace("\r\n", "\n").replace("\r", "\n"))
    )
    assert "\x1b" not in case.attrib["name"] and "\u202e" not in case.attrib["name"]
    assert case.attrib["name"] == cleaned
    assert failure.attrib["type"] == case.attrib["name"]
    assert len(root.findall(".//testcase")) == 1


def test_attribute_newlines_survive_the_round_trip() -> None:
    finding = replace(_blocking(), message="two\nlines")
    case = parse(render_junit(_result_with([_model("a/b", (finding,), Verdict.FAIL)]))).find(
        "testsuite/testcase"
    )
    assert case is not None
    failure = case.find("failure")
    assert failure is not None
    assert failure.attrib["message"] == "two\nlines"


# --- helpers -------------------------------------------------------------------------------


def _blocking() -> Finding:
    return Finding(
        rule="no-commercial-use",
        category=Category.LICENSE,
        severity=Severity.BLOCK,
        message="commercial use is prohibited",
        remediation="buy a license",
        evidence=(Evidence("LICENSE", 3, "You may not use it commercially."),),
        references=(Reference("Bad License clause 2", "https://licenses.example/bad"),),
    )


def _warning() -> Finding:
    return Finding("gated-model", Category.SOURCE, Severity.WARN, "the model is gated")


def _model(ref: str, findings: tuple[Finding, ...], verdict: Verdict) -> ModelResult:
    return ModelResult(
        ref=ref,
        source=SourceInfo(SourceKind.HUB, ref, None, None, None, None),
        declared=Declared(),
        license=None,
        effective_license=None,
        license_files=(),
        findings=findings,
        verdict=verdict,
        manifest_line=12,
    )


def _result_with(models: list[ModelResult], findings: tuple[Finding, ...] = ()) -> AuditResult:
    return AuditResult(
        tool_name="model-license-auditor",
        tool_version="1.2.3",
        generated_at="2026-01-02T03:04:05Z",
        verdict=Verdict.ERROR,
        models=tuple(models),
        policy=PolicyRef("default", "a" * 64),
        manifest="deploy/models.yaml",
        findings=findings,
    )


def _result() -> AuditResult:
    duty = Finding(
        "attribution-required", Category.TERM, Severity.INFO, "credit the authors", obligation=True
    )
    note = Finding("note-only", Category.SOURCE, Severity.INFO, "just a note")
    second = Finding("revenue-cap", Category.TERM, Severity.BLOCK, "revenue above the cap")
    waived = replace(
        _blocking(),
        waived=True,
        waiver=AppliedWaiver("signed deal", "legal", "2027-01-01", "LEG-1"),
    )
    unavailable = Finding(
        "source-unavailable",
        Category.SOURCE,
        Severity.BLOCK,
        "the Hub did not answer",
        remediation="retry later",
    )
    unused = Finding("waiver-unused", Category.WAIVER, Severity.WARN, "waiver matches no finding")
    return _result_with(
        [
            _model("org/bad", (_blocking(), second, _warning(), duty, note), Verdict.FAIL),
            _model("org/waived", (waived,), Verdict.PASS),
            _model("org/broken", (unavailable,), Verdict.ERROR),
            _model("org/fine", (), Verdict.PASS),
        ],
        (unused,),
    )
