"""One rule system: every finding a stage emits is a catalogued observation the policy weighs."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from auditor.model import Severity
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


def _emitted() -> Iterator[tuple[str, str, Severity | None]]:
    """(rule id, where, literal severity) for every Finding the package's code builds."""
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


def test_the_built_in_severity_is_the_one_the_stage_emits() -> None:
    wrong = sorted(
        f"{rule} at {where}: emits {severity}, catalog says {OBSERVATIONS[rule].severity}"
        for rule, where, severity in _emitted()
        if severity is not None
        and rule in OBSERVATIONS
        and severity is not OBSERVATIONS[rule].severity
    )
    assert not wrong


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
