"""Session 39: a provider that trains on API data by default, and confidential data sent to it.
An opt-out the deployment does not state is a fact the user states, so the rule asks for it
(`needs-input`, docs/policy-facts.md), as an unstated BAA does under `hipaa`. Twins: the opt-out
attested (no finding), stated false (a decided block), unstated with another attestation beside
it (asks for the opt-out), and a provider that does not train by default (no finding)."""

from __future__ import annotations

import pytest

from tests.policy.test_presets import api_model, run

_RULE = "provider-trains-on-api-data"


@pytest.mark.parametrize("preset", ["data-residency-us", "data-residency-eu"])
@pytest.mark.parametrize(
    ("attested", "fires", "asks"),
    [
        ({}, True, True),  # nothing attested: asked
        ({"attestations.zero_data_retention": True}, True, True),  # another attestation only
        ({"attestations.training_opt_out": False}, True, False),  # stated: decided
        ({"attestations.training_opt_out": True}, False, False),
    ],
)
def test_training_opt_out_unstated_is_asked_for(
    preset: str, attested: dict[str, object], fires: bool, asks: bool
) -> None:
    facts = api_model("cohere", deployment__data=["confidential"])
    facts.update(attested)
    outcome = run(preset, facts).get(_RULE)
    assert (outcome is not None) is fires
    if outcome is not None:
        asked = [i.fact for i in outcome.needs_input]
        assert asked == (["attestations.training_opt_out"] if asks else [])


@pytest.mark.parametrize("preset", ["data-residency-us", "data-residency-eu"])
def test_a_provider_not_training_by_default_needs_no_opt_out(preset: str) -> None:
    facts = api_model("openai_api", deployment__data=["confidential"])
    assert run(preset, facts).get(_RULE) is None
