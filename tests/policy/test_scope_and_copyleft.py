"""Scope confinement against an organization's own operations, and the duties copyleft passes on.

Expectations from the texts: a grant confined to research, evaluation, non-production or
personal use does not reach an organization's internal operations whoever the organization is
(a non-profit's office assistant is not research); internal research stays a confirmation.
Copyleft (GPL-3.0 §5-6, CC BY-SA 4.0 §3(b)) passes its own license to whoever receives a copy
or a modified version; running the model as a service conveys no copy, except that AGPL-3.0
§13 asks a modified version's network users to be offered its source. A flow-down of use
restrictions is said only when there are restrictions to pass on.
"""

from __future__ import annotations

import pytest

from auditor.errors import PolicyError
from auditor.model import Severity
from auditor.policy.load import parse_policy
from tests.policy.test_presets import apache_saas, blocks, run


def _research_only(distribution: str, use_cases: list[str], org: str) -> dict[str, object]:
    return apache_saas(
        effective__name="Kestrel Research License",
        terms__commercial_use="prohibited",
        terms__use_scope=["research"],
        deployment__distribution=distribution,
        deployment__commercial=False,
        deployment__use_cases=use_cases,
        organization__type=org,
    )


@pytest.mark.parametrize("org", ["non-profit", "government", "academic"])
def test_internal_operations_are_outside_a_research_grant(org: str) -> None:
    outcomes = run("default", _research_only("internal", ["general-assistant"], org))
    assert "use-scope-excludes-operations" in blocks(outcomes)


def test_internal_research_and_research_distribution_stay_a_confirmation() -> None:
    for facts in (
        _research_only("internal", ["research"], "academic"),
        _research_only("research", ["general-assistant"], "academic"),
    ):
        outcomes = run("default", facts)
        assert "use-scope-excludes-operations" not in outcomes
        assert outcomes["use-scope-confined"].severity is Severity.WARN


def _licensed(ids: list[str], kinds: list[str], distribution: str) -> dict[str, object]:
    return apache_saas(
        effective__ids=ids,
        effective__kinds=kinds,
        terms__downstream_propagation=True,
        terms__use_restrictions=[],
        deployment__distribution=distribution,
    )


def test_copyleft_passes_its_license_to_recipients_of_copies_only() -> None:
    shipped = run("default", _licensed(["GPL-3.0-only"], ["copyleft-oss"], "redistribute-weights"))
    assert shipped["copyleft-same-license-downstream"].obligation
    served = run("default", _licensed(["GPL-3.0-only"], ["copyleft-oss"], "saas"))
    assert "copyleft-same-license-downstream" not in served
    assert "network-use-source-offer" not in served


def test_agpl_asks_network_users_to_be_offered_the_source() -> None:
    outcomes = run("default", _licensed(["AGPL-3.0-only"], ["copyleft-oss"], "saas"))
    assert outcomes["network-use-source-offer"].severity is Severity.INFO


def test_a_flow_down_is_said_only_when_there_are_restrictions() -> None:
    none = run("default", _licensed(["GPL-3.0-only"], ["copyleft-oss"], "saas"))
    assert "use-restrictions-flow-down" not in none
    rail = apache_saas(
        terms__downstream_propagation=True,
        terms__use_restrictions=["military"],
        deployment__distribution="saas",
    )
    assert "use-restrictions-flow-down" in run("default", rail)


def test_a_list_fact_may_be_compared_with_the_empty_list_only() -> None:
    text = """\
version: 1
name: mine
rules:
  - id: empty-scope
    severity: warn
    category: term
    when: {fact: terms.use_scope, eq: []}
    message: no scope
"""
    assert parse_policy(text, path="mine.yaml").rules
    with pytest.raises(PolicyError, match=r"mine.yaml:7: `eq` must be .* or \[\]"):
        parse_policy(text.replace("eq: []", "eq: [research]"), path="mine.yaml")


def test_a_use_policy_of_which_nothing_was_read_warns() -> None:
    # a policy at a URL (Falcon's, a bespoke license's): whatever it forbids binds, unread
    unread = apache_saas(terms__acceptable_use_policy_incorporated=True, terms__use_restrictions=[])
    assert run("default", unread)["acceptable-use-policy-unread"].severity is Severity.WARN
    known = apache_saas(
        terms__acceptable_use_policy_incorporated=True, terms__use_restrictions=["military"]
    )
    assert "acceptable-use-policy-unread" not in run("default", known)


def test_a_cap_the_text_states_but_no_rule_read_warns() -> None:
    capped = apache_saas(
        terms__commercial_use="restricted",
        terms__commercial_use_conditions=["separate-license-above-threshold"],
    )
    assert run("default", capped)["commercial-cap-unread"].severity is Severity.WARN
    read = {**capped, "terms.mau_threshold": 700_000_000}
    assert "commercial-cap-unread" not in run("default", read)
