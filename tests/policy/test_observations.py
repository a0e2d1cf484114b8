"""One rule system: every finding a stage emits is a catalogued observation the policy weighs."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from auditor.model import Severity, Verdict
from auditor.policy.observations import OBSERVATIONS, is_observation
from tests.conftest import ROOT

PACKAGE = ROOT / "auditor"
# Error codes raised here become a model's finding when its fetch fails (pipeline failed_result).
FETCH_ERROR_MODULES = ("sources/", "knowledge/providers.py")
# Policy rules come from presets (rule=rule.id), and the JSON decoder only reads findings back.
POLICY_RULE_MODULES = ("policy/engine", "policy/model", "policy/load", "model/")


def _strings(node: ast.AST | None) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [s for value in node.values for s in _strings(value)]
    return []


def _assigned(scope: ast.AST, name: str) -> list[str]:
    """String constants assigned to `name` anywhere in `scope`."""
    found = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            found += _strings(node.value)
    return found


Emitted = tuple[str, str, Severity | None]


@cache
def _emitted() -> tuple[Emitted, ...]:
    """(rule id, where, literal severity) for every Finding the package's code builds: the
    package's source is parsed once for the tests that read it (it does not change)."""
    return tuple(_scan())


def _scan() -> Iterator[Emitted]:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(POLICY_RULE_MODULES):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for scope in functions:
            for call in ast.walk(scope):
                if not isinstance(call, ast.Call):
                    continue
                keywords = {k.arg: k.value for k in call.keywords}
                name = getattr(call.func, "id", getattr(call.func, "attr", ""))
                severity = _severity(keywords.get("severity"))
                if name == "Finding" and "rule" in keywords:
                    value = keywords["rule"]
                    ids = _strings(value)
                    if isinstance(value, ast.Name):
                        ids = _assigned(scope, value.id) or _assigned(tree, value.id)
                    for rule in ids:
                        yield rule, f"{relative}:{call.lineno}", severity
                elif "code" in keywords and relative.startswith(FETCH_ERROR_MODULES):
                    for code in _strings(keywords["code"]):
                        yield code, f"{relative}:{call.lineno}", None
        for node in ast.walk(tree):  # module constants naming drift and lineage rules
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and "RULE" in t.id for t in node.targets
            ):
                for rule in _strings(node.value):
                    yield rule, f"{relative}:{node.lineno}", None


def test_the_scan_finds_the_emitters() -> None:
    # guards the scan itself: if it found nothing, the tests below would pass vacuously
    found = {rule for rule, _, _ in _emitted()}
    assert {"license-low-confidence", "drift-new-revision", "source-gated-no-access"} <= found
    assert {"lineage-cycle", "lineage-parent-in-text-binding", "waiver-unused"} <= found


def test_every_emitted_finding_is_a_catalogued_observation() -> None:
    unknown = sorted(
        {f"{rule} ({where})" for rule, where, _ in _emitted() if rule not in OBSERVATIONS}
    )
    assert not unknown, f"add these to auditor/policy/observations.py: {unknown}"


def test_every_catalogued_observation_is_emitted_somewhere() -> None:
    emitted = {rule for rule, _, _ in _emitted()} | {"source-unavailable"}
    assert not sorted(set(OBSERVATIONS) - emitted)


def test_no_stage_writes_the_severity_of_an_observation_the_preset_weighs() -> None:
    # the default preset is the one place a default severity is written: an emitter takes it
    # from there (observed_severity), and only an observation the preset does not list (those
    # a policy rule decides) keeps its emitter's weight as the fallback
    listed = {o.id for o in OBSERVATIONS.values() if o.covered_by is None}
    written = sorted(
        f"{rule} at {where}: severity {severity} written at the emitter"
        for rule, where, severity in _emitted()
        if severity is not None and rule in listed
    )
    assert not written


def test_the_scan_sees_a_literal_severity() -> None:
    # guards the test above: a literal `severity=Severity.X` is still recognised
    covered = [(rule, sev) for rule, _, sev in _emitted() if rule == "license-unidentified"]
    assert (("license-unidentified", Severity.BLOCK)) in covered


def test_stages_emit_at_the_default_presets_weight() -> None:
    from auditor.knowledge.observation_weights import observed_severity
    from auditor.policy.load import load_policy

    default = load_policy("default")
    for rule, severity in default.observations.items():
        assert observed_severity(rule) is severity


def test_observation_ids_are_kebab_case_and_distinct_from_policy_rules() -> None:
    from auditor.policy.load import load_policy

    for name in ("default", "strict"):
        rules = {rule.id for rule in load_policy(name).rules}
        assert not {r for r in rules if is_observation(r) and not OBSERVATIONS[r].covered_by}
    for rule in OBSERVATIONS:
        assert rule == rule.lower() and " " not in rule and not rule.startswith("-")


def _severity(node: ast.AST | None) -> Severity | None:
    if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "Severity":
        return Severity[node.attr]
    return None


# --- the policy weighs every observation ---------------------------------------------------


def test_the_default_preset_states_every_observation_explicitly() -> None:
    from auditor.policy.load import load_policy

    default = load_policy("default")
    expected = {o.id for o in OBSERVATIONS.values() if o.covered_by is None}
    missing = sorted(expected - set(default.observations))
    assert not missing, (
        f"add these to the `observations:` block of policies/default.yaml: {missing}"
    )
    assert set(default.observations) == expected
    raw = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
    assert all(
        f"\n  {rule}: {severity.value}\n" in raw for rule, severity in default.observations.items()
    )


def _card_only_model(tmp_path: Path) -> Path:
    """A model whose license is only in its LICENSE file: `license-not-declared` (a warning)."""
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text("# A model with no metadata\n", encoding="utf-8")
    apache = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "licenses"
    (folder / "LICENSE").write_text(
        (apache / "apache-2.0.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return folder


def _policy_file(tmp_path: Path, body: str) -> str:
    path = tmp_path / "policy.yaml"
    path.write_text(
        "version: 1\nname: ours\nextends: default\n" + textwrap.dedent(body), encoding="utf-8"
    )
    return str(path)


@pytest.mark.usefixtures("corpus")
def test_a_policy_raises_an_observation_to_block(tmp_path: Path) -> None:
    from auditor.api import AuditOptions, audit

    folder = _card_only_model(tmp_path)
    (model,) = audit([str(folder)], AuditOptions(use_cache=False)).models
    assert model.verdict is Verdict.WARN
    assert [f.severity for f in model.findings if f.rule == "license-not-declared"] == [
        Severity.WARN
    ]
    raised = _policy_file(tmp_path, "observations:\n  license-not-declared: block\n")
    (model,) = audit([str(folder)], AuditOptions(policy=raised, use_cache=False)).models
    assert model.verdict is Verdict.FAIL
    (finding,) = [f for f in model.findings if f.rule == "license-not-declared"]
    assert finding.severity is Severity.BLOCK


@pytest.mark.usefixtures("corpus")
def test_an_override_lowers_an_observation_like_a_rule(tmp_path: Path) -> None:
    from auditor.api import AuditOptions, audit

    folder = _card_only_model(tmp_path)
    lowered = _policy_file(
        tmp_path, "overrides:\n  - {rule: license-not-declared, severity: info}\n"
    )
    (model,) = audit([str(folder)], AuditOptions(policy=lowered, use_cache=False)).models
    assert model.verdict is Verdict.PASS
    assert [f.severity for f in model.findings if f.rule == "license-not-declared"] == [
        Severity.INFO
    ]


def test_an_unaudited_model_is_weighed_too(tmp_path: Path) -> None:
    from auditor.api import AuditOptions, audit
    from auditor.errors import SourceError
    from auditor.model import SourceKind, SourceSnapshot, Target
    from auditor.sources.hub import HubOptions

    def unreachable(target: Target, hub: HubOptions) -> SourceSnapshot:
        raise SourceError("the backend is down", code="source-unreachable")

    folder = tmp_path / "model"
    folder.mkdir()
    lowered = _policy_file(tmp_path, "observations:\n  source-unreachable: warn\n")
    sources = {SourceKind.LOCAL: unreachable}
    (model,) = audit([str(folder)], AuditOptions(policy=lowered, sources=sources)).models
    assert model.verdict is Verdict.ERROR  # still not audited: the run cannot pass
    assert [(f.rule, f.severity) for f in model.findings] == [("source-unreachable", Severity.WARN)]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("observations:\n  license-not-declard: block\n", "did you mean 'license-not-declared'"),
        ("observations:\n  license-missing: warn\n", "decided by policy rules"),
        ("observations:\n  card-too-large: fatal\n", "'fatal'"),
        (
            "overrides:\n  - {rule: source-gated, enabled: false}\n",
            "cannot be turned off",
        ),
    ],
)
def test_mistakes_about_observations_are_reported_with_their_line(
    tmp_path: Path, body: str, fragment: str
) -> None:
    from auditor.errors import PolicyError
    from auditor.policy.load import load_policy

    with pytest.raises(PolicyError) as caught:
        load_policy(_policy_file(tmp_path, body))
    (line, message), *_ = caught.value.problems
    assert fragment in message
    assert line == 5


def test_strict_blocks_a_changed_license_copy() -> None:
    from auditor.policy.load import load_policy

    strict = load_policy("strict")
    assert strict.observations["license-text-modified"] is Severity.BLOCK
    assert load_policy("default").observations["license-text-modified"] is Severity.WARN


def test_policy_explain_lists_every_observation() -> None:
    from auditor.policy.explain import explain_policy
    from auditor.policy.load import load_policy

    text = explain_policy(load_policy("strict"))
    for observation in OBSERVATIONS.values():
        assert f"    {observation.id} [" in text
    assert "    license-text-modified [block [warn], licenses]" in text


def test_lockfile_drift_is_weighed_by_the_policy(tmp_path: Path) -> None:
    from auditor.api import read_result
    from auditor.gate.drift import with_drift
    from auditor.model import Category, Finding
    from auditor.policy.load import load_policy

    result = read_result(ROOT / "tests" / "golden" / "example" / "result.json")
    ref = result.models[0].ref
    drift = {
        ref: [
            Finding(
                rule="drift-new-revision",
                category=Category.PROVENANCE,
                severity=Severity.BLOCK,
                message="the ref resolves to a new commit",
            )
        ]
    }
    assert with_drift(result, drift, load_policy("default")).models[0].verdict is Verdict.FAIL
    lowered = load_policy(_policy_file(tmp_path, "observations:\n  drift-new-revision: warn\n"))
    drifted = with_drift(result, drift, lowered).models[0]
    assert drifted.verdict is not Verdict.FAIL
    assert [f.severity for f in drifted.findings if f.rule == "drift-new-revision"] == [
        Severity.WARN
    ]
