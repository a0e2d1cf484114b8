"""Every scenario under cases/: the verdict the license text or the law gives, end to end.

Each scenario's model folder and manifest are built in tmp_path and audited offline (no Hub)
with the clock fixed at 2026-11-25 12:00 UTC. A failure prints the scenario's legal reason and
every finding, so a reader can tell a wrong tool from a wrong scenario.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from auditor.api import AuditOptions, audit_manifest, load_policy
from auditor.errors import AuditorError
from auditor.model import Finding, ModelResult
from auditor.policy.load import preset_names
from auditor.report.view_rules import RULE_TITLES
from auditor.sources.hub import HubOptions
from tests.scenarios.loader import (
    CORPUS,
    LAWFUL,
    PRESETS,
    Scenario,
    ScenarioError,
    build,
    corpus_paths,
    load_all,
    parse,
    planned_rules,
    policy_argument,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SCENARIOS = load_all()


def _findings(model: ModelResult) -> str:
    lines = [
        f"  {f.rule} [{f.severity}{', waived' if f.waived else ''}]: {f.message}"
        for f in model.findings
    ]
    return "\n".join(lines) or "  (none)"


def _explain(scenario: Scenario, model: ModelResult, problem: str) -> str:
    return (
        f"{scenario.file}: {scenario.id}: {problem}\n"
        f"reason: {scenario.reason}\n"
        f"verdict: {model.verdict} (expected {scenario.verdict})\n"
        f"findings:\n{_findings(model)}"
    )


def _verdict(model: ModelResult) -> str:
    return str(model.verdict.value).replace("_", "-")


def _has(findings: tuple[Finding, ...], rule: str, severity: str) -> bool:
    return any(f.rule == rule and str(f.severity.value) == severity for f in findings)


def _param(scenario: Scenario) -> Any:  # pytest.param's ParameterSet is not public
    """A scenario whose `known_gap` names a miss of the tool runs as a strict xfail: its
    expectation (the law's) stays, the suite stays green, and the day the tool gets it right
    the unexpected pass fails the run until the note is removed."""
    if scenario.known_gap is None:
        return pytest.param(scenario, id=scenario.id)
    mark = pytest.mark.xfail(strict=True, reason=f"known gap: {scenario.known_gap}")
    return pytest.param(scenario, id=scenario.id, marks=mark)


@pytest.mark.parametrize("scenario", [_param(s) for s in SCENARIOS])
def test_scenario(scenario: Scenario, tmp_path: Path) -> None:
    if scenario.needs_corpus and not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (it lives beside the checkout)")
    manifest = build(scenario, tmp_path)
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        policy=policy_argument(scenario, tmp_path),
        clock=lambda: NOW,
        cache_dir=tmp_path / "analysis",
        use_cache=False,
        jobs=1,
        suggest_alternatives=False,
    )
    try:
        result = audit_manifest(manifest, options)
    except AuditorError as err:
        pytest.fail(f"{scenario.file}: {scenario.id}: {err}\nreason: {scenario.reason}")
    (model,) = result.models
    # the run's own findings (an unused or expired waiver) are the scenario's too
    findings = (*model.findings, *result.findings)
    problems: list[str] = []
    if _verdict(model) != scenario.verdict:
        problems.append(f"verdict {_verdict(model)}, expected {scenario.verdict}")
    problems.extend(
        f"{fire.rule} did not fire at {fire.severity}"
        for fire in scenario.fires
        if not _has(findings, fire.rule, fire.severity)
    )
    fired = {f.rule for f in findings}
    problems.extend(f"{rule} fired" for rule in scenario.not_fires if rule in fired)
    assert not problems, _explain(scenario, model, "; ".join(problems))


# --- the scenario files themselves ----------------------------------------------------------


def test_a_known_gap_runs_as_a_strict_xfail_and_a_plain_case_does_not() -> None:
    entry = {"id": "x", "model": {"ref": "api:openai_api/gpt-4.1"}, "expect": {"verdict": "pass"}}
    plain = parse({**entry, "reason": "r"}, "f.yaml", 0)
    gap = parse({**entry, "reason": "r", "known_gap": "the Swedish grant is unread"}, "f.yaml", 0)
    assert not _param(plain).marks
    (mark,) = _param(gap).marks
    assert mark.name == "xfail" and mark.kwargs["strict"] is True
    assert "Swedish grant" in mark.kwargs["reason"]
    with pytest.raises(ScenarioError, match="known_gap"):
        parse({**entry, "reason": "r", "known_gap": ""}, "f.yaml", 0)


def _known_rules() -> set[str]:
    # every rule a preset judges or observes, and every rule the pipeline itself reports (each
    # has a title in the report's table, e.g. `license-missing`)
    known: set[str] = set(RULE_TITLES)
    for name in preset_names():
        policy = load_policy(name)
        known |= {rule.id for rule in policy.rules} | set(policy.observations)
    return known


def _own_rules(policy: object) -> set[str]:
    """The rule ids an inline policy defines itself (an organisation's own rules)."""
    rules = policy.get("rules") if isinstance(policy, Mapping) else None
    return {str(r["id"]) for r in rules or [] if isinstance(r, Mapping) and "id" in r}


def test_scenario_files_are_well_formed() -> None:
    assert len(SCENARIOS) >= 150, f"only {len(SCENARIOS)} scenarios"
    duplicates = [i for i, n in Counter(s.id for s in SCENARIOS).items() if n > 1]
    assert not duplicates, f"duplicate scenario ids: {duplicates}"
    known = _known_rules() | planned_rules()
    unknown = sorted(
        f"{s.file}: {s.id}: {rule}"
        for s in SCENARIOS
        for rule in [f.rule for f in s.fires] + list(s.not_fires)
        if rule not in known and rule not in _own_rules(s.policy)
    )
    assert not unknown, "rule ids in no preset and not planned:\n" + "\n".join(unknown)
    missing = sorted(
        f"{s.id}: {p}"
        for s in SCENARIOS
        for p in corpus_paths(s)
        if not p.startswith(("licenses/", "cards/"))
    )
    assert not missing, f"corpus paths are licenses/<name>.txt or cards/<name>.md: {missing}"


def test_scenarios_cover_both_directions_and_every_preset() -> None:
    lawful = [s for s in SCENARIOS if s.verdict in LAWFUL]
    assert 2 * len(lawful) >= len(SCENARIOS), f"{len(lawful)} lawful of {len(SCENARIOS)}"
    used = {s.preset for s in SCENARIOS}
    assert set(PRESETS) <= used, f"presets without a scenario: {set(PRESETS) - used}"
    assert set(PRESETS) == set(preset_names()), "the suite's preset list is out of date"
    for preset in PRESETS:
        verdicts = {s.verdict for s in SCENARIOS if s.preset == preset}
        assert verdicts & set(LAWFUL) and verdicts - set(LAWFUL), f"{preset}: one direction only"


def test_corpus_files_named_by_scenarios_exist() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (it lives beside the checkout)")
    absent = sorted({p for s in SCENARIOS for p in corpus_paths(s) if not (CORPUS / p).is_file()})
    assert not absent, f"corpus files named by scenarios but absent: {absent}"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"model": {"ref": "api:openai_api/gpt-5.4"}, "expect": {"verdict": "pass"}}, "missing"),
        (
            {"id": "x", "model": {"ref": "api:a/b"}, "expect": {"verdict": "ok"}, "reason": "r"},
            "verdict 'ok'",
        ),
        (
            {"id": "x", "model": {"ref": "org/name"}, "expect": {"verdict": "pass"}, "reason": "r"},
            "api:<provider>",
        ),
        (
            {
                "id": "x",
                "model": {"ref": "api:a/b"},
                "expect": {"verdict": "pass"},
                "reason": "a\nb",
            },
            "one non-empty line",
        ),
        (
            {
                "id": "x",
                "model": {"ref": "api:a/b"},
                "expect": {"verdict": "pass", "fires": [{"rule": "r", "severity": "fatal"}]},
                "reason": "r",
            },
            "severity 'fatal'",
        ),
        (
            {
                "id": "x",
                "model": {"ref": "api:a/b"},
                "policy": "lenient",
                "expect": {"verdict": "pass"},
                "reason": "r",
            },
            "not a preset",
        ),
    ],
)
def test_a_bad_scenario_is_an_error_naming_file_and_scenario(entry: object, message: str) -> None:
    with pytest.raises(ScenarioError, match=r"bad\.yaml: scenario") as err:
        parse(entry, "bad.yaml", 0)
    assert message in str(err.value)
