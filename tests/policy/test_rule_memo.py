"""Rule outcomes kept by the facts each rule read (policy/rule_memo.py): the kept outcome is
the one evaluating would give, for every preset over many fact sets, and a value that only
looks equal is a different key."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest

from auditor.model.kinds import LicenseKind
from auditor.policy.engine import _FactView, evaluate, evaluate_rule
from auditor.policy.fact_types import FactType
from auditor.policy.load import load_policy
from auditor.policy.rule_memo import RuleMemo, value_key
from auditor.policy.vocabulary import FACTS

PRESETS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "policies").glob("*.yaml"))

_VALUES: Mapping[FactType, tuple[object, ...]] = {
    FactType.STRING: ("", "MIT", "Apache-2.0", "non-commercial", "US", "EU", "local"),
    FactType.BOOL: (True, False),
    FactType.NUMBER: (0, 1, 1.0, 700_000_000, 1e9, -0.0, 0.5, 90),
    FactType.DATE: ("2024-01-01", "2026-11-26", "2030-01-01"),
    FactType.LIST: ((), ["US"], ["EU", "US"], ["medical-advice"], ["non-commercial"]),
    FactType.ANY: ("x", 1, True, ["a"], {"amount": 1, "currency": "USD"}),
}


def _facts(rng: random.Random) -> dict[str, object]:
    """A fact set over the documented facts, each missing, unknown or one of a few values,
    so that many sets agree on the facts a rule reads and differ elsewhere."""
    facts: dict[str, object] = {}
    for path, spec in FACTS.items():
        roll = rng.random()
        if roll < 0.15:
            continue
        if roll < 0.3:
            facts[path] = None
        elif spec.values and rng.random() < 0.7:
            facts[path] = rng.choice(sorted(spec.values))
        else:
            facts[path] = rng.choice(_VALUES[spec.type])
    facts["today"] = rng.choice(["2024-06-01", "2026-11-26"])
    facts["license.kind"] = rng.choice([None, *LicenseKind])
    return facts


@pytest.mark.parametrize("preset", PRESETS)
def test_kept_outcomes_are_the_evaluated_ones(preset: str) -> None:
    policy = load_policy(preset)
    rng = random.Random(preset)
    for _ in range(200):
        facts = _facts(rng)
        view = _FactView(facts, policy.settings)
        expected = [
            outcome
            for rule in policy.rules
            if rule.enabled and (outcome := evaluate_rule(rule, view)) is not None
        ]
        assert evaluate(policy, facts) == expected


def test_values_that_only_look_equal_are_different_keys() -> None:
    assert value_key(True) != value_key(1) != value_key(1.0)
    assert value_key(0.0) != value_key(-0.0)
    assert value_key(["a"]) != value_key(("a",))
    assert value_key(LicenseKind.PERMISSIVE_OSS) != value_key(LicenseKind.PERMISSIVE_OSS.value)
    assert value_key({"a": 1, "b": 2}) != value_key({"b": 2, "a": 1})  # order is read too
    assert value_key(date(2026, 1, 1)) != value_key("2026-01-01")


def test_a_rule_is_kept_by_the_facts_it_read_only() -> None:
    memo, calls = RuleMemo(), []

    def reads_a(rule: str, facts: Mapping[str, object]) -> object:
        calls.append(rule)
        return ("fired", facts.get("a"))

    assert memo.outcome("r", {"a": 1, "b": 1}, reads_a, {}) == ("fired", 1)
    assert memo.outcome("r", {"a": 1, "b": 2}, reads_a, {}) == ("fired", 1)  # b unread
    assert memo.outcome("r", {"a": True, "b": 2}, reads_a, {}) == ("fired", True)
    assert memo.outcome("r", {"b": 2}, reads_a, {}) == ("fired", None)
    assert calls == ["r", "r", "r"]


def test_a_rule_reading_every_fact_is_never_kept() -> None:
    memo, calls = RuleMemo(), []

    def counts(rule: str, facts: Mapping[str, object]) -> object:
        calls.append(rule)
        return len(facts)

    assert memo.outcome("r", {"a": 1}, counts, {}) == 1
    assert memo.outcome("r", {"a": 1}, counts, {}) == 1
    assert calls == ["r", "r"]


def test_a_value_without_an_exact_key_is_never_kept() -> None:
    memo, calls = RuleMemo(), []

    def reads_a(rule: str, facts: Mapping[str, object]) -> object:
        calls.append(rule)
        return facts.get("a")

    odd = object()
    assert memo.outcome("r", {"a": odd}, reads_a, {}) is odd
    assert memo.outcome("r", {"a": odd}, reads_a, {}) is odd
    assert calls == ["r", "r"]
