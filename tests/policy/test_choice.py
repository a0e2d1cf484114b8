"""An `A OR B` is judged option by option; the most favourable option is kept and named."""

from __future__ import annotations

from dataclasses import replace

from auditor.lineage.effective import LicenseOption
from auditor.model import Category, Declared, Finding, LicenseMatch, ModelResult, Severity, Verdict
from auditor.model.kinds import LicenseKind
from auditor.policy.choice import Judge, judge_choice
from auditor.policy.facts import LineageFacts
from auditor.policy.judge import model_verdict
from auditor.policy.load import load_policy


def _match(id_: str, kind: LicenseKind) -> LicenseMatch:
    return LicenseMatch(id_, id_, id_, None, None, kind, 0.8, "licensee-choice")


def _option(id_: str, kind: LicenseKind) -> LicenseOption:
    match = _match(id_, kind)
    return LicenseOption(match, match, {"kind": str(kind)}, {})


def _judge(rules: dict[str, list[Severity]]) -> Judge:
    """A judge whose findings under each option are given."""

    def judge(model: ModelResult, facts: LineageFacts) -> tuple[ModelResult, dict[str, object]]:
        assert model.license is not None and model.license.id is not None
        findings = tuple(
            Finding(f"rule-{i}", Category.LICENSE, severity, f"under {model.license.id}")
            for i, severity in enumerate(rules[model.license.id])
        )
        judged = replace(model, findings=findings, verdict=model_verdict(findings))
        return judged, {"effective.id": facts.effective.id if facts.effective else None}

    return judge


MODEL = ModelResult(
    ref="./m",
    source=None,
    declared=Declared(license="x OR y OR z"),
    license=_match("X OR Y OR Z", LicenseKind.PERMISSIVE_OSS),
    effective_license=None,
    license_files=(),
    findings=(),
    verdict=Verdict.PASS,
)
OPTIONS = [
    _option("X", LicenseKind.PERMISSIVE_OSS),
    _option("Y", LicenseKind.NON_COMMERCIAL),
    _option("Z", LicenseKind.COPYLEFT_OSS),
]


def _chosen(rules: dict[str, list[Severity]]) -> tuple[str | None, ModelResult]:
    result, facts = judge_choice(
        MODEL, OPTIONS, lineage=LineageFacts(), policy=load_policy("default"), judge=_judge(rules)
    )
    assert result.license == MODEL.license  # the own license stays the declared expression
    return str(facts["effective.id"]), result


def test_fewest_blocking_findings_win_over_the_least_restrictive_kind() -> None:
    chosen, result = _chosen({"X": [Severity.BLOCK], "Y": [], "Z": [Severity.BLOCK]})
    assert chosen == "Y"
    assert result.verdict is Verdict.PASS


def test_then_fewest_warnings_then_the_least_restrictive_kind() -> None:
    assert _chosen({"X": [Severity.WARN], "Y": [], "Z": []})[0] == "Z"
    assert _chosen({"X": [], "Y": [], "Z": []})[0] == "X"


def test_when_no_option_passes_the_verdict_fails_and_every_option_is_named() -> None:
    chosen, result = _chosen(
        {"X": [Severity.BLOCK, Severity.BLOCK], "Y": [Severity.BLOCK], "Z": [Severity.BLOCK] * 3}
    )
    assert chosen == "Y"
    assert result.verdict is Verdict.FAIL
    (finding,) = [f for f in result.findings if f.rule == "license-choice"]
    assert "no option passes this policy" in finding.message
    assert all(f"{name} fails on" in finding.message for name in ("X", "Y", "Z"))


def test_without_a_choice_the_model_is_judged_as_it_is() -> None:
    result, _ = judge_choice(
        MODEL,
        OPTIONS[:1],
        lineage=LineageFacts(),
        policy=load_policy("default"),
        judge=_judge({"X OR Y OR Z": [Severity.WARN]}),
    )
    assert result.verdict is Verdict.WARN
    assert not [f for f in result.findings if f.rule == "license-choice"]
