"""A licence asking the licensor's permission for commercial use, whose own definition makes
that use offering the model to others (`internal-use-by-anyone`): a company's internal use
needs no permission, its SaaS product does (docs/policy-facts.md, `terms.use_scope`)."""

from __future__ import annotations

import pytest

from auditor.model import Severity
from tests.policy.test_presets import apache_saas, run

RULE = "commercial-use-needs-licensor-permission"


def _permission(distribution: str, scope: list[str]) -> dict[str, object]:
    return apache_saas(
        **{
            "terms.commercial_use": "restricted",
            "terms.commercial_use_conditions": ["separate-license"],
            "terms.use_scope": scope,
            "deployment.distribution": distribution,
            "deployment.commercial": True,
        }
    )


@pytest.mark.parametrize("distribution", ["internal", "research"])
def test_internal_use_defined_out_of_commercial_use_needs_no_permission(distribution: str) -> None:
    assert RULE not in run("default", _permission(distribution, ["internal-use-by-anyone"]))


@pytest.mark.parametrize(
    ("distribution", "scope"),
    [
        ("saas", ["internal-use-by-anyone"]),
        ("internal", []),
        ("on-device", ["internal-use-by-anyone"]),
    ],
)
def test_twin_a_product_or_a_licence_without_the_definition_still_needs_it(
    distribution: str, scope: list[str]
) -> None:
    assert run("default", _permission(distribution, scope))[RULE].severity is Severity.BLOCK
