"""The engine on plain values: three-valued logic, fail-closed, dates, placeholders, allow/deny."""

from __future__ import annotations

import textwrap

import pytest

from auditor.model import Category, Evidence, NeededInput, Severity
from auditor.policy.engine import RuleOutcome, evaluate, fill_template, render_value, to_finding
from auditor.policy.load import parse_policy
from auditor.policy.model import (
    AllOf,
    AnyOf,
    Comparison,
    Condition,
    FactRef,
    Not,
    Op,
    Policy,
)
from auditor.policy.truth import Result, Truth, evaluate_condition

T = Comparison("t", Op.EQ, True)
F = Comparison("f", Op.EQ, True)
U = Comparison("u", Op.EQ, True)
LEAF_FACTS = {"t": True, "f": False, "u": None}
LEAVES = {"T": T, "F": F, "U": U}
TRUTH = {"T": Truth.TRUE, "F": Truth.FALSE, "U": Truth.UNKNOWN}


def policy(rules_yaml: str, extra: str = "") -> Policy:
    text = "version: 1\nname: t\n" + textwrap.dedent(extra) + "rules:\n"
    text += textwrap.indent(textwrap.dedent(rules_yaml), "  ")
    return parse_policy(text)


def by_id(outcomes: list[RuleOutcome]) -> dict[str, RuleOutcome]:
    return {o.rule: o for o in outcomes}


# --- three-valued logic ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "all_", "any_"),
    [
        ("T", "T", "T", "T"),
        ("T", "F", "F", "T"),
        ("T", "U", "U", "T"),
        ("F", "F", "F", "F"),
        ("F", "U", "F", "U"),
        ("U", "U", "U", "U"),
        ("U", "T", "U", "T"),
        ("U", "F", "F", "U"),
    ],
)
def test_all_and_any_truth_table(a: str, b: str, all_: str, any_: str) -> None:
    items = (LEAVES[a], LEAVES[b])
    assert evaluate_condition(AllOf(items), LEAF_FACTS).truth is TRUTH[all_]
    assert evaluate_condition(AnyOf(items), LEAF_FACTS).truth is TRUTH[any_]


@pytest.mark.parametrize(("inner", "expected"), [("T", "F"), ("F", "T"), ("U", "U")])
def test_not_swaps_true_and_false_only(inner: str, expected: str) -> None:
    assert evaluate_condition(Not(LEAVES[inner]), LEAF_FACTS).truth is TRUTH[expected]


def test_unknown_facts_are_recorded_only_when_they_decide() -> None:
    assert evaluate_condition(AllOf((T, U)), LEAF_FACTS) == Result(Truth.UNKNOWN, ("u",))
    assert evaluate_condition(AllOf((F, U)), LEAF_FACTS) == Result(Truth.FALSE)
    nested = AnyOf((AllOf((T, U)), Not(Comparison("v", Op.GT, 1))))
    assert evaluate_condition(nested, LEAF_FACTS) == Result(Truth.UNKNOWN, ("u", "v"))


def test_missing_and_null_facts_are_the_same_unknown() -> None:
    cond = Comparison("deployment.mau", Op.GT, FactRef("terms.mau_threshold"))
    assert evaluate_condition(cond, {}) == Result(
        Truth.UNKNOWN, ("deployment.mau", "terms.mau_threshold")
    )
    assert evaluate_condition(cond, {"deployment.mau": 5, "terms.mau_threshold": None}) == Result(
        Truth.UNKNOWN, ("terms.mau_threshold",)
    )


# --- operators ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cond", "facts", "expected"),
    [
        (Comparison("a", Op.EQ, "eu"), {"a": "EU"}, Truth.TRUE),  # case-insensitive
        (Comparison("a", Op.NE, "eu"), {"a": "US"}, Truth.TRUE),
        (Comparison("a", Op.EQ, 1), {"a": 1.0}, Truth.TRUE),
        (Comparison("a", Op.EQ, 1), {"a": True}, Truth.FALSE),  # a bool is not a number
        (Comparison("a", Op.EQ, FactRef("b")), {"a": "us", "b": "US"}, Truth.TRUE),
        (Comparison("a", Op.IN, ("de", "fr")), {"a": "DE"}, Truth.TRUE),
        (Comparison("a", Op.NOT_IN, ("de", "fr")), {"a": "US"}, Truth.TRUE),
        (Comparison("a", Op.IN, FactRef("b")), {"a": "x", "b": ["X", "y"]}, Truth.TRUE),
        (Comparison("a", Op.IN, ("x",)), {"a": ["x"]}, Truth.UNKNOWN),  # a list is no scalar
        (Comparison("a", Op.CONTAINS, "phi"), {"a": ["PHI", "public"]}, Truth.TRUE),
        (Comparison("a", Op.CONTAINS, "phi"), {"a": []}, Truth.FALSE),
        (
            Comparison("a", Op.CONTAINS, FactRef("k")),
            {"a": ["openai_api"], "k": "openai_api"},
            Truth.TRUE,
        ),
        (Comparison("a", Op.CONTAINS_ANY, ("eu", "eea")), {"a": ["US", "EU"]}, Truth.TRUE),
        (Comparison("a", Op.CONTAINS_ANY, ("eu",)), {"a": ["US"]}, Truth.FALSE),
        (
            Comparison("a", Op.CONTAINS_ANY, FactRef("b")),
            {"a": ["EU"], "b": ["de", "eu", "eea"]},
            Truth.TRUE,
        ),
        (Comparison("a", Op.CONTAINS_ANY, FactRef("b")), {"a": ["EU"], "b": []}, Truth.FALSE),
        (Comparison("a", Op.CONTAINS_ALL, ("us", "eu")), {"a": ["EU", "US", "GB"]}, Truth.TRUE),
        (Comparison("a", Op.CONTAINS_ALL, ("us", "eu")), {"a": ["EU"]}, Truth.FALSE),
        (Comparison("a", Op.GT, 700), {"a": 900}, Truth.TRUE),
        (Comparison("a", Op.GT, 900), {"a": 900}, Truth.FALSE),
        (Comparison("a", Op.GTE, 900), {"a": 900.0}, Truth.TRUE),
        (Comparison("a", Op.LT, 0.5), {"a": 0.4}, Truth.TRUE),
        (Comparison("a", Op.LTE, 1), {"a": 2}, Truth.FALSE),
        (Comparison("a", Op.GT, 1), {"a": "2"}, Truth.UNKNOWN),  # text is no number
        (Comparison("a", Op.EXISTS, True), {"a": []}, Truth.TRUE),
        (Comparison("a", Op.EXISTS, True), {"a": None}, Truth.FALSE),
        (Comparison("a", Op.EXISTS, False), {}, Truth.TRUE),
        (Comparison("a", Op.BEFORE, "2027-12-02"), {"a": "2026-11-22"}, Truth.TRUE),
        (Comparison("a", Op.AFTER, "2027-12-02"), {"a": "2026-11-22"}, Truth.FALSE),
        (
            Comparison("a", Op.AFTER, FactRef("b")),
            {"a": "2026-01-02", "b": "2026-01-01"},
            Truth.TRUE,
        ),
        (Comparison("a", Op.BEFORE, "2027-12-02"), {"a": "soon"}, Truth.UNKNOWN),
    ],
)
def test_operators(cond: Condition, facts: dict[str, object], expected: Truth) -> None:
    assert evaluate_condition(cond, facts).truth is expected


# --- firing, fail-closed, effective dates ------------------------------------------------------

RULES = """\
- id: blocker
  severity: block
  category: term
  when: {fact: deployment.mau, gt: {fact: terms.mau_threshold}}
  message: "{deployment.mau} users > {terms.mau_threshold}"
  evidence: [terms.mau_threshold]
- id: warner
  severity: warn
  category: term
  when: {fact: deployment.mau, gt: {fact: terms.mau_threshold}}
  message: warn
- id: noter
  severity: info
  category: term
  obligation: true
  when: {fact: deployment.mau, gt: {fact: terms.mau_threshold}}
  message: note
"""


def test_true_condition_fires_every_severity() -> None:
    outcomes = by_id(evaluate(policy(RULES), {"deployment.mau": 9, "terms.mau_threshold": 5}))
    assert set(outcomes) == {"blocker", "warner", "noter"}
    assert outcomes["blocker"].message == "9 users > 5"
    assert outcomes["blocker"].unknown_facts == ()
    assert outcomes["noter"].obligation and not outcomes["blocker"].obligation
    assert outcomes["blocker"].evidence == ("terms.mau_threshold",)


def test_false_condition_fires_nothing() -> None:
    assert evaluate(policy(RULES), {"deployment.mau": 1, "terms.mau_threshold": 5}) == []


def test_unknown_fails_closed_for_block_only() -> None:
    outcomes = evaluate(policy(RULES), {"deployment.mau": 9, "terms.mau_threshold": None})
    assert [o.rule for o in outcomes] == ["blocker"]
    blocker = outcomes[0]
    assert blocker.severity is Severity.BLOCK
    assert blocker.unknown_facts == ("terms.mau_threshold",)
    assert blocker.needs_input == ()  # a license fact: a plain fail-closed block
    assert blocker.message == (
        "This could not be checked, so it counts against the model until reviewed: the"
        " license's monthly-active-user threshold not known"
    )


def test_an_unstated_deployment_fact_asks_for_it() -> None:
    outcomes = evaluate(policy(RULES), {"deployment.mau": None, "terms.mau_threshold": 5})
    assert [o.rule for o in outcomes] == ["blocker"]
    blocker = outcomes[0]
    assert blocker.severity is Severity.BLOCK
    assert blocker.unknown_facts == ("deployment.mau",)
    assert blocker.needs_input == (NeededInput("deployment.mau", "deployment.mau", "--mau"),)
    assert blocker.message == (
        "Needs input: the product's monthly active user count (manifest `deployment.mau`, or "
        "`--mau`) not stated, so this rule could not be checked"
    )
    assert blocker.remediation == "State it and audit again."
    finding = to_finding(blocker, lambda _: ())
    assert finding.needs_input == blocker.needs_input


def test_a_license_fact_among_the_unknowns_keeps_the_plain_fail_closed_block() -> None:
    (blocker,) = evaluate(policy(RULES), {"deployment.mau": None, "terms.mau_threshold": None})
    assert blocker.unknown_facts == ("deployment.mau", "terms.mau_threshold")
    assert blocker.needs_input == ()
    assert "Needs input" not in blocker.message


def test_a_derived_fact_names_the_input_it_is_built_from() -> None:
    rules = """\
- id: commercial
  severity: block
  category: license
  when: {fact: deployment.commercial, eq: true}
  message: "commercial use"
  remediation: "buy a license"
"""
    (outcome,) = evaluate(policy(rules), {"deployment.commercial": None})
    assert outcome.needs_input == (
        NeededInput("deployment.commercial", "deployment.distribution", "--distribution"),
    )
    assert outcome.message.startswith("commercial use (needs input: ")
    assert "`--distribution`" in outcome.message
    assert (
        outcome.remediation == "State it and audit again; if the rule then applies: buy a license"
    )


DATED = """\
- id: dated-block
  severity: block
  category: regulation
  effective_from: 2027-12-02
  when: {fact: deployment.use_cases, contains: employment}
  message: high-risk
- id: dated-info
  severity: info
  category: regulation
  obligation: true
  effective_from: 2027-12-02
  when: {fact: deployment.use_cases, contains: employment}
  message: duties
"""


@pytest.mark.parametrize(
    ("today", "severity", "applies_from"),
    [
        ("2026-11-22", Severity.WARN, "2027-12-02"),
        ("2027-12-01", Severity.WARN, "2027-12-02"),
        ("2027-12-02", Severity.BLOCK, None),
        ("2030-01-01", Severity.BLOCK, None),
        (None, Severity.BLOCK, None),  # an unknown date means the rule is in force
    ],
)
def test_effective_from_downgrades_before_the_date(
    today: str | None, severity: Severity, applies_from: str | None
) -> None:
    facts: dict[str, object] = {"deployment.use_cases": ["employment"], "today": today}
    outcomes = by_id(evaluate(policy(DATED), facts))
    block = outcomes["dated-block"]
    assert block.severity is severity
    assert block.applies_from == applies_from
    assert block.message.endswith("(applies from 2027-12-02)") == (applies_from is not None)
    info = outcomes["dated-info"]
    assert info.severity is Severity.INFO  # a downgrade never raises an info
    assert info.applies_from == applies_from


def test_block_firing_on_unknown_before_its_date_reports_both() -> None:
    outcomes = evaluate(policy(DATED), {"today": "2026-01-01"})
    assert [o.rule for o in outcomes] == ["dated-block"]
    assert outcomes[0].severity is Severity.WARN
    assert outcomes[0].message == (
        "high-risk (needs input: the declared use cases (manifest `deployment.use_cases`, or "
        "`--use-case`) not stated) (applies from 2027-12-02)"
    )


def test_disabled_rules_do_not_fire() -> None:
    p = policy(RULES, extra="overrides: [{rule: blocker, enabled: false}]\n")
    outcomes = evaluate(p, {"deployment.mau": 9, "terms.mau_threshold": 5})
    assert "blocker" not in by_id(outcomes)


def test_evaluate_does_not_change_the_facts() -> None:
    facts: dict[str, object] = {"deployment.mau": 9, "terms.mau_threshold": 5}
    before = dict(facts)
    evaluate(policy(RULES), facts)
    assert facts == before


# --- placeholders and settings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "unknown"),
        (1200000, "1,200,000"),
        (0.25, "0.25"),
        (3.0, "3"),
        (True, "true"),
        (["EU", "EEA"], "EU, EEA"),
        ([], "none"),
        ("US-CA", "US-CA"),
        ({"b": 1, "a": 2}, '{"a": 2, "b": 1}'),
    ],
)
def test_render_value(value: object, text: str) -> None:
    assert render_value(value) == text


def test_fill_template_and_literal_braces() -> None:
    facts = {"effective.id": "Llama", "deployment.regions": ["EU", "US"]}
    assert fill_template("{effective.id} in {deployment.regions}: {{x}}", facts) == (
        "Llama in EU, US: {x}"
    )
    assert fill_template("{terms.mau_threshold}", facts) == "unknown"


def test_references_and_remediation_are_filled() -> None:
    p = policy(
        """\
        - id: r
          severity: warn
          category: term
          message: m
          remediation: "Write to the licensor of {effective.id}"
          references: [{clause: "2", document: "{effective.id}", url: "https://x.test/{provider.key}"}]
        """
    )
    (outcome,) = evaluate(p, {"effective.id": "LicenseRef-x", "provider.key": "openai_api"})
    assert outcome.remediation == "Write to the licensor of LicenseRef-x"
    ref = outcome.references[0]
    assert (ref.document, ref.clause, ref.url) == ("LicenseRef-x", "2", "https://x.test/openai_api")
    assert ref.text() == "clause 2, LicenseRef-x <https://x.test/openai_api>"


def test_policy_settings_are_facts_unless_given() -> None:
    p = policy(
        """\
        - id: r
          severity: block
          category: regulation
          when: {fact: provider.default_retention_days, gt: {fact: policy.max_days}}
          message: "{provider.default_retention_days} > {policy.max_days}"
        """,
        extra="settings: {max_days: 30}\n",
    )
    (outcome,) = evaluate(p, {"provider.default_retention_days": 55})
    assert outcome.message == "55 > 30"
    assert evaluate(p, {"provider.default_retention_days": 55, "policy.max_days": 60}) == []


# --- allow / deny ------------------------------------------------------------------------------


def lic(ids: list[str] | None, kinds: list[str] | None) -> dict[str, object]:
    return {"effective.ids": ids, "effective.kinds": kinds, "effective.id": " AND ".join(ids or [])}


@pytest.mark.parametrize(
    ("allow", "facts", "fires", "unknown"),
    [
        ("{kinds: [permissive-oss]}", lic(["MIT"], ["permissive-oss"]), False, ()),
        (
            "{kinds: [permissive-oss]}",
            lic(["MIT", "L"], ["open-weight-restricted", "permissive-oss"]),
            True,
            (),
        ),
        ("{kinds: [permissive-oss]}", lic([], []), True, ("effective.kinds",)),
        ("{licenses: [MIT, Apache-2.0]}", lic(["apache-2.0"], None), False, ()),
        ("{licenses: [MIT]}", lic(["MIT", "GPL-3.0-only"], None), True, ()),
        ("{licenses: [MIT]}", lic(None, None), True, ("effective.ids",)),
        (
            "{licenses: [llama3.1], kinds: [permissive-oss]}",  # a Hub tag, resolved at load
            lic(
                ["LicenseRef-llama-3.1-community", "MIT"],
                ["open-weight-restricted", "permissive-oss"],
            ),
            True,
            (),
        ),
        (
            "{licenses: [llama3.1], kinds: [permissive-oss]}",
            lic(["MIT"], ["permissive-oss"]),
            False,
            (),
        ),
    ],
)
def test_allow_list(
    allow: str, facts: dict[str, object], fires: bool, unknown: tuple[str, ...]
) -> None:
    outcomes = evaluate(parse_policy(f"version: 1\nname: a\nallow: {allow}\n"), facts)
    assert bool(outcomes) is fires
    if fires:
        assert outcomes[0].rule == "license-not-allowed"
        assert outcomes[0].severity is Severity.BLOCK
        assert outcomes[0].category is Category.LICENSE
        assert outcomes[0].unknown_facts == unknown


def test_allow_with_no_license_known_fails_closed_with_a_plain_message() -> None:
    p = parse_policy("version: 1\nname: a\nallow: {licenses: [MIT]}\n")
    (outcome,) = evaluate(p, lic([], []))
    assert outcome.message == (
        "The licenses binding the model are not known, so the allow list was not met "
        "(could not be checked: the licenses binding the model not known)"
    )


def test_allow_message_names_what_is_not_covered() -> None:
    p = parse_policy("version: 1\nname: a\nallow: {kinds: [permissive-oss]}\n")
    (outcome,) = evaluate(p, lic(["LicenseRef-llama-3.1-community"], ["open-weight-restricted"]))
    assert outcome.message == (
        "LicenseRef-llama-3.1-community is not allowed by the policy: open-weight-restricted not "
        "covered (allowed: permissive-oss)"
    )


@pytest.mark.parametrize(
    ("facts", "fires", "unknown"),
    [
        (lic(["MIT"], ["permissive-oss"]), False, ()),
        (lic(["AGPL-3.0-only"], ["copyleft-oss"]), True, ()),
        (lic(["X"], ["non-commercial"]), True, ()),
        (lic(None, None), True, ("effective.ids", "effective.kinds")),
    ],
)
def test_deny_list(facts: dict[str, object], fires: bool, unknown: tuple[str, ...]) -> None:
    p = parse_policy(
        "version: 1\nname: d\ndeny: {licenses: [AGPL-3.0-only], kinds: [non-commercial]}\n"
    )
    outcomes = evaluate(p, facts)
    assert bool(outcomes) is fires
    if fires:
        assert outcomes[0].rule == "license-denied"
        assert outcomes[0].unknown_facts == unknown


# --- findings ----------------------------------------------------------------------------------


def test_to_finding_attaches_evidence_once() -> None:
    quote = Evidence(file="LICENSE", line=12, text="700 million monthly active users")
    outcome = RuleOutcome(
        rule="mau-above-threshold",
        category=Category.TERM,
        severity=Severity.BLOCK,
        message="too many users",
        remediation="ask",
        evidence=("terms.mau_threshold", "terms.mau_threshold", "terms.other"),
    )
    finding = to_finding(outcome, lambda path: (quote,) if path == "terms.mau_threshold" else ())
    assert finding.rule == "mau-above-threshold"
    assert finding.severity is Severity.BLOCK and finding.category is Category.TERM
    assert finding.evidence == (quote,)
    assert finding.remediation == "ask" and finding.message == "too many users"
