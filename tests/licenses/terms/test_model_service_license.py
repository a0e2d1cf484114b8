"""A further license asked of the licensees who offer the model itself to others as a service.

Expectations from what the sentences mean (our own wording, not any license's): a clause
making a business that offers the model to third parties as a service, through an API or a
hosted endpoint (a "model-as-a-service" or inference-API business, hosting the weights for
others) get the licensor's license or permission is `separate-license-for-model-service`, beside
`separate-license-for-some-licensees` (it names a class of licensees), whether or not it names
commercial use; an application built on the model and offered to users is not the model
offered, and a permission said not needed asks nothing. The policy blocks a commercial
deployment that states it serves the model itself (`serves_model_api`), lists the condition
when that is unstated, and passes one that states it does not.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.model import Severity
from tests.policy.test_presets import apache_saas, blocks, run

_SERVICE = "separate-license-for-model-service"
_SOME = "separate-license-for-some-licensees"


def _conditions(text: str) -> list[str]:
    value = extract_terms(text, path="LICENSE")["commercial_use_conditions"].value
    assert isinstance(value, list)
    return [str(v) for v in value]


@pytest.mark.parametrize(
    "text",
    [
        # the Qwen Community 1.0 shape, in other words
        "If the licensee or its affiliates run a model-as-a-service business, the licensee must "
        "obtain a separate license from Heron Labs before any commercial use of the weights.",
        # no word of commercial use: the service is the condition
        "You may use, copy and modify the model for any purpose, commercial use included. If "
        "you provide the model to third parties via an API, you must first obtain our "
        "authorization.",
        "Permission is granted to use the Model for any purpose, including commercial purposes. "
        "Companies that sell access to the Model through a hosted inference endpoint must sign "
        "a separate agreement with Heron Labs beforehand.",
        "You may use the weights commercially. Anyone who operates an inference API platform "
        "on these weights for paying customers needs a commercial licence from the authors.",
    ],
)
def test_a_license_asked_of_those_offering_the_model_as_a_service_is_read(text: str) -> None:
    conditions = _conditions(text)
    assert _SERVICE in conditions and _SOME in conditions


@pytest.mark.parametrize(
    "text",
    [
        # an application built on it, offered to users: not the model offered
        "Permission is granted to use the Model for any purpose, including commercial purposes. "
        "You may offer applications built on the Model as a service to anyone.",
        # a permission said not needed
        "Permission is granted to use the Model for any purpose, including commercial purposes. "
        "No license from us is needed to provide the model to others through an API.",
        # a class named by another business
        "If your company runs an AI office-assistant business, it must obtain a separate license "
        "from us before commercial use.",
        # every commercial licensee: not scoped
        "Commercial use of the model requires a separate license from the lab.",
    ],
)
def test_an_app_a_permission_unneeded_or_another_class_is_no_model_service(text: str) -> None:
    assert _SERVICE not in _conditions(text)


def _licensed(**changes: object) -> dict[str, object]:
    return apache_saas(
        effective__name="Heron Community License",
        terms__commercial_use="restricted",
        terms__commercial_use_conditions=[_SOME, _SERVICE],
        **changes,
    )


def test_a_deployment_serving_the_model_itself_is_blocked() -> None:
    outcomes = run("default", _licensed(deployment__serves_model_api=True))
    assert blocks(outcomes) == {"license-forbids-hosting-use"}
    finding = outcomes["license-forbids-hosting-use"]
    assert "Heron Community License does not license offering the model" in finding.message
    assert "terms.commercial_use_conditions" in finding.evidence


def test_an_application_on_the_model_passes_with_the_listing() -> None:
    # the lawful twin: the organization states it offers an application, not the model
    outcomes = run("default", _licensed(deployment__serves_model_api=False))
    assert blocks(outcomes) == set()
    assert outcomes["commercial-use-permission-for-some-licensees"].severity is Severity.INFO


def test_unstated_the_scoped_condition_is_listed_not_asked() -> None:
    outcomes = run("default", _licensed())
    assert "license-forbids-hosting-use" not in outcomes
    assert outcomes["commercial-use-permission-for-some-licensees"].severity is Severity.INFO


def test_a_non_commercial_deployment_serving_the_model_is_not_blocked_by_it() -> None:
    research = _licensed(
        deployment__serves_model_api=True,
        deployment__distribution="research",
        deployment__commercial=False,
    )
    assert "license-forbids-hosting-use" not in run("default", research)
