"""The SARIF report: valid against the OASIS schema, placed in the manifest, stable identities."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
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
from auditor.model.decode import read_result
from auditor.report.sarif import (
    FINGERPRINT_KEY,
    SRCROOT,
    artifact_location,
    finding_fingerprint,
    render_sarif,
    rule_title,
)
from auditor.report.sarif_stream import SarifStream
from tests.conftest import ROOT

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
CWD = Path("/work/checkout")


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid_sarif(text: str) -> dict[str, Any]:
    """Parse SARIF text and check it against the OASIS 2.1.0 schema (draft-04, with formats)."""
    document: dict[str, Any] = json.loads(text)
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    return document


def test_the_schema_is_the_official_one() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_output_is_valid_sarif() -> None:
    log = assert_valid_sarif(render_sarif(_result(), cwd=CWD))
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "model-license-auditor"
    assert driver["version"] == "1.2.3"
    assert "informationUri" not in driver
    assert run["properties"]["policy"] == {"name": "default", "sha256": "a" * 64}
    assert run["properties"]["verdict"] == "fail"


def test_schema_check_catches_a_broken_log() -> None:
    log = json.loads(render_sarif(_result(), cwd=CWD))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError, match="level"):
        assert_valid_sarif(json.dumps(log))


def test_one_rule_per_distinct_rule_id() -> None:
    run = json.loads(render_sarif(_result(), cwd=CWD))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == ["attribution-required", "gated-model", "no-commercial-use", "waiver-unused"]
    by_id = {r["id"]: r for r in rules}
    commercial = by_id["no-commercial-use"]
    assert commercial["name"] == "NoCommercialUse"
    assert commercial["shortDescription"]["text"] == "No commercial use"
    assert commercial["defaultConfiguration"]["level"] == "error"
    assert commercial["properties"]["tags"] == ["license"]
    assert "Remediation: buy a license" in commercial["help"]["text"]
    assert "**Remediation:** buy a license" in commercial["help"]["markdown"]
    assert "<https://licenses.example/bad>" in commercial["help"]["markdown"]
    assert by_id["gated-model"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["attribution-required"]["defaultConfiguration"]["level"] == "note"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_a_rule_takes_its_worst_severity() -> None:
    low = Finding("same-rule", Category.TERM, Severity.INFO, "low")
    high = replace(low, severity=Severity.BLOCK)
    result = _result_with([_model("a/b", (low,)), _model("c/d", (high,))])
    rules = json.loads(render_sarif(result, cwd=CWD))["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["defaultConfiguration"]["level"] == "error"


def test_one_result_per_finding_with_level_message_and_location() -> None:
    results = json.loads(render_sarif(_result(), cwd=CWD))["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [
        "waiver-unused",  # the run's findings come first
        "no-commercial-use",
        "gated-model",
        "attribution-required",
        "no-commercial-use",
    ]
    assert [r["level"] for r in results] == ["warning", "error", "warning", "note", "error"]
    blocking = results[1]
    assert blocking["message"]["text"] == "org/bad: commercial use is prohibited \\[see\\]"
    assert blocking["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "deploy/models.yaml", "uriBaseId": SRCROOT},
                "region": {"startLine": 12},
            }
        }
    ]
    assert blocking["properties"]["model"] == "org/bad"
    assert blocking["properties"]["category"] == "license"
    run_level = results[0]
    assert run_level["message"]["text"].startswith("run: ")
    assert run_level["locations"][0]["physicalLocation"]["region"] == {"startLine": 30}


def test_waived_findings_are_suppressed_not_dropped() -> None:
    results = json.loads(render_sarif(_result(), cwd=CWD))["runs"][0]["results"]
    waived = [r for r in results if "suppressions" in r]
    assert len(waived) == 1
    assert waived[0]["suppressions"] == [
        {
            "kind": "external",
            "status": "accepted",
            "justification": "signed deal",
            "properties": {"approvedBy": "legal", "expires": "2027-01-01", "ticket": "LEG-1"},
        }
    ]
    assert all("suppressions" not in r for r in results if r is not waived[0])


def test_evidence_with_file_and_line_becomes_related_locations() -> None:
    results = json.loads(render_sarif(_result(), cwd=CWD))["runs"][0]["results"]
    related = results[1]["relatedLocations"]
    assert related == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {
                    "uri": "https://hub.example/org/bad/blob/0123456789abcdef/LICENSE",
                },
                "region": {"startLine": 3},
            },
            "message": {"text": "You may not use it commercially."},
        }
    ]
    assert "relatedLocations" not in results[2]  # evidence without a line


def test_local_model_evidence_is_placed_beside_the_manifest() -> None:
    finding = Finding(
        "clause", Category.TERM, Severity.WARN, "m", evidence=(Evidence("LICENSE", 4, "q"),)
    )
    local = replace(
        _model("./models/mine", (finding,)),
        source=SourceInfo(SourceKind.LOCAL, None, None, None, None, None),
    )
    card = replace(
        _model("cards/README.md", (finding,)),
        source=SourceInfo(SourceKind.CARD, None, None, None, None, None),
    )
    api = replace(
        _model("api:openai_api/gpt-4o", (finding,)),
        source=SourceInfo(SourceKind.API, None, None, None, None, None),
    )
    results = json.loads(render_sarif(_result_with([local, card, api]), cwd=CWD))["runs"][0][
        "results"
    ]
    uris = [
        [loc["physicalLocation"]["artifactLocation"] for loc in r.get("relatedLocations", [])]
        for r in results
    ]
    assert uris == [
        [{"uri": "deploy/models/mine/LICENSE", "uriBaseId": SRCROOT}],
        [{"uri": "deploy/cards/LICENSE", "uriBaseId": SRCROOT}],
        [],  # nowhere to point for an API model
    ]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("models.yaml", {"uri": "models.yaml", "uriBaseId": SRCROOT}),
        ("./deploy/../models.yaml", {"uri": "models.yaml", "uriBaseId": SRCROOT}),
        ("/work/checkout/ci/models.yaml", {"uri": "ci/models.yaml", "uriBaseId": SRCROOT}),
        ("/elsewhere/models.yaml", {"uri": "file:///elsewhere/models.yaml"}),
        ("../outside/models.yaml", {"uri": "../outside/models.yaml"}),
        ("my models#1.yaml", {"uri": "my%20models%231.yaml", "uriBaseId": SRCROOT}),
        ("a:b.yaml", {"uri": "a%3Ab.yaml", "uriBaseId": SRCROOT}),
    ],
)
def test_artifact_locations(path: str, expected: dict[str, str]) -> None:
    assert artifact_location(path, CWD) == expected


def test_default_cwd_is_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = replace(_result(), manifest=str(tmp_path / "ci" / "models.yaml"))
    results = json.loads(render_sarif(result))["runs"][0]["results"]
    location = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "ci/models.yaml", "uriBaseId": SRCROOT}


def test_without_a_manifest_results_have_no_location() -> None:
    log = assert_valid_sarif(render_sarif(replace(_result(), manifest=None), cwd=CWD))
    assert all("locations" not in r for r in log["runs"][0]["results"])


def test_fingerprints_are_stable_and_distinct() -> None:
    first = json.loads(render_sarif(_result(), cwd=CWD))
    later = json.loads(
        render_sarif(replace(_result(), generated_at="2031-05-06T07:08:09Z"), cwd=CWD)
    )
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in first["runs"][0]["results"]]
    assert prints == [
        r["partialFingerprints"][FINGERPRINT_KEY] for r in later["runs"][0]["results"]
    ]
    assert len(set(prints)) == len(prints)
    assert first["runs"][0]["invocations"][0]["endTimeUtc"] == "2026-01-02T03:04:05Z"


def test_fingerprint_formula() -> None:
    finding = Finding(
        "r",
        Category.TERM,
        Severity.WARN,
        "message",
        evidence=(Evidence(None, None, "x"), Evidence("LICENSE", 3, "y")),
    )
    assert finding_fingerprint(finding, "org/m") == _sha256('["r", "org/m", "LICENSE:3"]')
    bare = replace(finding, evidence=())
    assert finding_fingerprint(bare, None) == _sha256('["r", "", "message"]')
    no_line = replace(finding, evidence=(Evidence("README.md", None, "z"),))
    assert finding_fingerprint(no_line, "org/m") == _sha256('["r", "org/m", "README.md:"]')


def test_identical_findings_get_numbered_fingerprints() -> None:
    same = Finding("dup", Category.TERM, Severity.WARN, "same")
    result = _result_with([_model("a/b", (same, same))])
    results = json.loads(render_sarif(result, cwd=CWD))["runs"][0]["results"]
    digest = finding_fingerprint(same, "a/b")
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in results] == [
        f"{digest}:1",
        f"{digest}:2",
    ]


def test_hostile_strings_stay_valid_and_inert() -> None:
    nasty = "[x](https://evil.example) <b>|`{0}`</b> \\ \n\x00 \ud800 @me"
    finding = Finding(
        rule=nasty,
        category=Category.LICENSE,
        severity=Severity.BLOCK,
        message=nasty,
        remediation=nasty,
        evidence=(Evidence(nasty, 1, nasty),),
        references=(Reference(nasty, nasty),),
        waived=True,
        waiver=AppliedWaiver(nasty, nasty, nasty, nasty),
    )
    result = replace(
        _result_with([_model(nasty, (finding,))]),
        manifest=nasty,
        policy=PolicyRef(nasty, nasty),
    )
    text = render_sarif(result, cwd=CWD)
    text.encode("utf-8")  # a lone surrogate would make this raise
    log = assert_valid_sarif(text)
    [entry] = log["runs"][0]["results"]
    assert entry["message"]["text"].startswith("\\[x\\](https://evil.example)")
    help_markdown = log["runs"][0]["tool"]["driver"]["rules"][0]["help"]["markdown"]
    assert "<b>" not in help_markdown
    assert "](https://evil" not in help_markdown


def test_rule_title() -> None:
    assert rule_title("non-commercial-license") == "Non commercial license"
    assert rule_title("") == ""


def _sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def _model(ref: str, findings: tuple[Finding, ...]) -> ModelResult:
    return ModelResult(
        ref=ref,
        source=SourceInfo(
            SourceKind.HUB, ref, None, "0123456789abcdef", False, "https://hub.example"
        ),
        declared=Declared(),
        license=None,
        effective_license=None,
        license_files=(),
        findings=findings,
        verdict=Verdict.FAIL,
        manifest_line=12,
    )


def _result_with(models: list[ModelResult], findings: tuple[Finding, ...] = ()) -> AuditResult:
    return AuditResult(
        tool_name="model-license-auditor",
        tool_version="1.2.3",
        generated_at="2026-01-02T03:04:05Z",
        verdict=Verdict.FAIL,
        models=tuple(models),
        policy=PolicyRef("default", "a" * 64),
        manifest="deploy/models.yaml",
        findings=findings,
    )


def _result() -> AuditResult:
    bad = Finding(
        rule="no-commercial-use",
        category=Category.LICENSE,
        severity=Severity.BLOCK,
        message="commercial use is prohibited [see]",
        remediation="buy a license",
        evidence=(Evidence("LICENSE", 3, "You may not use it commercially."),),
        references=(Reference("Bad License clause 2", "https://licenses.example/bad"),),
    )
    gated = Finding(
        "gated-model",
        Category.SOURCE,
        Severity.WARN,
        "the model is gated",
        evidence=(Evidence("README.md", None, "gated: true"),),
    )
    duty = Finding(
        "attribution-required", Category.TERM, Severity.INFO, "credit the authors", obligation=True
    )
    waived = replace(
        bad,
        waived=True,
        waiver=AppliedWaiver("signed deal", "legal", "2027-01-01", "LEG-1"),
        evidence=(),
    )
    unused = Finding(
        "waiver-unused",
        Category.WAIVER,
        Severity.WARN,
        "waiver matches no finding",
        evidence=(Evidence("deploy/models.yaml", 30, "rule: x"),),
    )
    return _result_with(
        [_model("org/bad", (bad, gated, duty)), _model("org/other", (waived,))], (unused,)
    )


def _streamed(result: AuditResult, cwd: Path = CWD) -> str:
    pieces: list[str] = []
    stream = SarifStream(manifest=result.manifest, cwd=cwd)
    for model in result.models:
        stream.add(model)
    stream.write(replace(result, models=()), pieces.append)
    return "".join(pieces)


def _saved(name: str) -> AuditResult:
    return read_result(ROOT / "tests" / "golden" / name / "result.json")


@pytest.mark.parametrize("name", ["example", "failing", "hostile"])
def test_streamed_log_is_the_whole_log_byte_for_byte(name: str) -> None:
    """The log a scan streams (models spooled as they come) is the text of the whole result."""
    result = _saved(name)
    assert _streamed(result) == render_sarif(result, cwd=CWD)


def test_streamed_log_with_run_findings_sharing_rules_with_models() -> None:
    """A rule found first by the run takes its help from the run's finding, as in the whole
    log; a rule's level is the worst of all; fingerprints count as in the whole log."""
    base = _result()
    shared = replace(base.models[0].findings[0], message="run-level [x]", remediation="ask")
    worse = replace(base.models[0].findings[1], severity=Severity.BLOCK)  # gated-model
    result = replace(base, findings=(*base.findings, shared, worse, worse))
    text = _streamed(result)
    assert text == render_sarif(result, cwd=CWD)
    assert_valid_sarif(text)


def test_streamed_log_edge_cases() -> None:
    base = _result()
    lone = replace(base.models[0].findings[0], message="bad \ud800 surrogate")
    cases = [
        replace(base, models=(), findings=()),  # nothing at all: empty lists
        replace(base, findings=()),  # no run finding
        replace(base, models=(_model("org/clean", ()),), findings=()),  # a model, no result
        replace(base, models=(), manifest=None),  # run findings only, no manifest
        replace(base, models=(_model("org/odd", (lone, lone)),)),  # lone surrogates
    ]
    for result in cases:
        text = _streamed(result)
        assert text == render_sarif(result, cwd=CWD)
        assert_valid_sarif(text)


def test_streamed_log_keeps_no_spool_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stream = SarifStream()
    stream.add(_result().models[0])

    def broken(_piece: str) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):  # a writer that fails half-way still lets the spool go
        stream.write(_result(), broken)
    assert stream._results.closed and stream._models.closed
    assert list(tmp_path.iterdir()) == []
