"""EU AI Act preset: the Act reaches deployments within its territorial scope (Art. 2(1):
an organization established in the EU, or output used in the EU; compliance-facts.md
EUAI-SCOPE-01). A deployment that states it is outside (a US company serving only US users)
gets none of its findings; anything unstated keeps the deployment in scope.
"""

from __future__ import annotations

from datetime import date

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.model import Declared, ModelResult, Verdict
from auditor.model.deployment import Deployment
from auditor.policy.facts import LineageFacts, build_facts
from tests.policy.test_presets import apache_saas, run


def _outside(organization: dict[str, str], fields: dict[str, object]) -> object:
    facts = build_facts(
        ModelResult("acme/model", None, Declared(), None, None, (), (), Verdict.PASS),
        db=load_license_db(),
        deployment=Deployment(organization=organization, fields=fields),
        lineage=LineageFacts(),
        provider={},
        settings={},
        today=date(2026, 11, 25),
    )
    return facts["deployment.outside_eu_ai_act"]


_US_SAAS = {"regions": ["US"], "distribution": "saas"}


@pytest.mark.parametrize(
    ("organization", "fields", "outside"),
    [
        ({"domicile": "US"}, _US_SAAS, True),
        ({"domicile": "JP"}, {"regions": ["JP", "KR"], "distribution": "internal"}, True),
        ({"domicile": "US"}, {"regions": ["US", "EU"], "distribution": "saas"}, False),
        ({"domicile": "US"}, {"regions": ["US", "FR"], "distribution": "saas"}, False),
        ({"domicile": "DE"}, _US_SAAS, False),  # established in the EU
        ({"domicile": "NO"}, {"regions": ["NO"], "distribution": "saas"}, False),  # EEA
        ({"domicile": "US"}, {"distribution": "saas"}, False),  # whom it serves unstated
        ({}, _US_SAAS, False),  # domicile unstated
        ({"domicile": "US"}, {"regions": ["US"], "distribution": "redistribute-weights"}, False),
        ({"domicile": "US"}, {"regions": ["US"]}, False),  # distribution unstated
    ],
)
def test_outside_only_when_every_fact_says_so(
    organization: dict[str, str], fields: dict[str, object], outside: bool
) -> None:
    assert _outside(organization, fields) is outside


def _employment(**changes: object) -> dict[str, object]:
    return apache_saas(
        deployment__use_cases=["employment", "social-scoring"],
        deployment__annex_iii_points=["employment (Annex III point 4)"],
        **changes,
    )


def test_a_deployment_outside_the_act_gets_none_of_its_findings() -> None:
    outcomes = run("eu-ai-act", _employment(deployment__outside_eu_ai_act=True, today="2028-01-10"))
    assert not [rule for rule in outcomes if rule.startswith("eu-ai-act-")]


def test_a_deployment_inside_the_act_is_judged_by_it() -> None:
    outcomes = run("eu-ai-act", _employment(today="2028-01-10"))
    assert {
        "eu-ai-act-prohibited-practice",
        "eu-ai-act-high-risk-use",
        "eu-ai-act-ai-literacy",
    } <= set(outcomes)
