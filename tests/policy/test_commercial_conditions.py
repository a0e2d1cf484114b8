"""The conditions a license puts on commercial use reach the policy as `terms.*` facts.

Expectations from what the conditions mean: registering before commercial use is a duty the
licensee fulfils alone (listed, never a failure); the licensor's permission or a separate
license every commercial licensee needs is something a commercial deployment must have first
(a block a waiver lifts once it is held), and a research deployment does not need it; one
asked only of some businesses is listed for the organization to place itself.
"""

from __future__ import annotations

import json

import pytest

from auditor.errors import PolicyError
from auditor.model import Severity
from auditor.model.terms import COMMERCIAL_USE_CONDITIONS
from auditor.policy.load import parse_policy
from auditor.policy.vocabulary import FACTS
from tests.conftest import ROOT
from tests.policy.test_presets import apache_saas, blocks, run


def _model(commercial: str, conditions: list[str], **changes: object) -> dict[str, object]:
    return apache_saas(
        effective__name="Kestrel Model License",
        terms__commercial_use=commercial,
        terms__commercial_use_conditions=conditions,
        **changes,
    )


def test_registration_is_listed_as_a_duty_and_blocks_nothing() -> None:
    outcomes = run("default", _model("allowed", ["registration"]))
    assert blocks(outcomes) == set()
    registration = outcomes["commercial-use-registration"]
    assert registration.severity is Severity.INFO
    assert registration.obligation
    assert "Kestrel Model License allows commercial use once" in registration.message
    assert registration.evidence == ("terms.commercial_use_conditions",)


def test_registration_under_a_license_that_bars_commercial_use_is_no_duty() -> None:
    # a union over the lineage: the model's license asks for registration, its base bars
    # commercial use; the ban decides, and there is nothing to register for
    outcomes = run("default", _model("prohibited", ["registration"]))
    assert "commercial-use-registration" not in outcomes
    assert "non-commercial-license-in-commercial-use" in blocks(outcomes)


def test_a_permission_every_commercial_licensee_needs_blocks_a_commercial_deployment() -> None:
    # "commercial use requires our prior written permission" / "a separate commercial license":
    # the grant does not reach commercial use until the organization holds it, which only the
    # organization knows (a waiver records it)
    for condition in ("written-permission", "separate-license"):
        outcomes = run("default", _model("restricted", [condition]))
        assert blocks(outcomes) == {"commercial-use-needs-licensor-permission"}
        finding = outcomes["commercial-use-needs-licensor-permission"]
        assert "Kestrel Model License allows commercial use only with" in finding.message
        assert finding.evidence == ("terms.commercial_use_conditions", "terms.commercial_use")


def test_a_research_deployment_needs_no_commercial_permission() -> None:
    research = _model(
        "restricted",
        ["written-permission"],
        deployment__distribution="research",
        deployment__commercial=False,
    )
    assert blocks(run("default", research)) == set()


def test_a_companys_research_under_research_by_anyone_needs_no_commercial_permission() -> None:
    # "research by anyone is welcome, companies' in-house labs included; a product needs a
    # commercial licence": a company's own research (commercial by who does it) is licensed
    research = _model(
        "restricted",
        ["separate-license"],
        deployment__distribution="research",
        deployment__commercial=True,
        deployment__research=True,
        terms__use_scope=["research", "research-by-anyone"],
    )
    assert "commercial-use-needs-licensor-permission" not in run("default", research)


def test_twin_a_companys_research_without_research_by_anyone_still_needs_it() -> None:
    research = _model(
        "restricted",
        ["separate-license"],
        deployment__distribution="research",
        deployment__commercial=True,
        deployment__research=True,
        terms__use_scope=["research"],
    )
    assert "commercial-use-needs-licensor-permission" in blocks(run("default", research))


def test_a_permission_asked_of_some_businesses_only_is_listed_not_blocked() -> None:
    # Qwen 1.0 §2: a separate license only for a model-as-a-service or AI work-assistant
    # business; whether the organization runs one is its to say (a customer-support chatbot
    # does not: tests/scenarios)
    outcomes = run("default", _model("restricted", ["separate-license-for-some-licensees"]))
    assert blocks(outcomes) == set()
    listed = outcomes["commercial-use-permission-for-some-licensees"]
    assert listed.severity is Severity.INFO
    assert listed.obligation


def test_a_ban_is_judged_as_a_ban_not_as_a_permission() -> None:
    outcomes = run("default", _model("prohibited", ["separate-license"]))
    assert "commercial-use-needs-licensor-permission" not in outcomes
    assert "non-commercial-license-in-commercial-use" in blocks(outcomes)


def test_a_cap_is_judged_by_the_cap_rules_not_as_a_permission() -> None:
    outcomes = run("default", _model("restricted", ["separate-license-above-threshold"]))
    assert "commercial-use-registration" not in outcomes


def test_the_fact_is_a_list_of_the_closed_vocabulary() -> None:
    spec = FACTS["terms.commercial_use_conditions"]
    assert spec.values == frozenset(COMMERCIAL_USE_CONDITIONS)
    listed = json.loads((ROOT / "policies" / "schema.json").read_text(encoding="utf-8"))
    assert "terms.commercial_use_conditions" in json.dumps(listed)


def test_a_policy_naming_an_unknown_condition_fails_to_load() -> None:
    text = """\
version: 1
name: mine
extends: default
rules:
  - id: no-registration
    severity: warn
    when: {fact: terms.commercial_use_conditions, contains: registraton}
    message: registration needed
"""
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, path="mine.yaml")
    problems = " ".join(message for _, message in caught.value.problems)
    assert "registraton" in problems
    assert "registration" in problems.replace("registraton", "")  # did you mean ...
