"""A grant that leaves out use competing with the licensor (`use_scope` no-competing-use): read
from the text, and judged by the default preset as a question for the organization (warn),
never a block on a commercial deployment that does not compete. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.model import Severity
from tests.policy.test_presets import apache_saas, blocks, run


def _scope(value: object) -> list[object]:
    return value if isinstance(value, list) else []


GRANT = "Heron Labs grants you a worldwide, royalty-free license to use and modify the model. "


@pytest.mark.parametrize(
    "clause",
    [
        "You may not use the model to offer a product or service that competes with Heron Labs.",
        "The licensee shall not deploy the weights in any competing commercial offering.",
        "You must not run the adapters in a business in competition with the licensor.",
        "The license covers every purpose except a Competing Use.",
    ],
)
def test_a_competing_use_left_out_is_read(clause: str) -> None:
    terms = extract_terms(GRANT + clause, path="LICENSE")
    assert "no-competing-use" in _scope(terms["use_scope"].value)
    assert terms["commercial_use"].value != "prohibited"
    assert terms["kind"].value != "permissive-oss"


@pytest.mark.parametrize(
    "clause",
    [
        "You may use the model in products that compete with ours.",
        "You may not use the model's outputs to train a competing language model.",
        "Startups compete to build the best products with the model.",
    ],
)
def test_other_sentences_about_competition_leave_no_such_scope(clause: str) -> None:
    terms = extract_terms(GRANT + clause, path="LICENSE")
    assert "no-competing-use" not in _scope(terms["use_scope"].value)


RULE = "license-forbids-competing-use"


@pytest.mark.parametrize("distribution", ["saas", "internal", "on-device"])
def test_a_commercial_deployment_is_asked_whether_it_competes(distribution: str) -> None:
    outcomes = run(
        "default",
        apache_saas(terms__use_scope=["no-competing-use"], deployment__distribution=distribution),
    )
    assert outcomes[RULE].severity is Severity.WARN
    assert RULE not in blocks(outcomes)


def test_a_non_commercial_deployment_is_not_asked() -> None:
    outcomes = run(
        "default",
        apache_saas(
            terms__use_scope=["no-competing-use"],
            deployment__distribution="research",
            deployment__commercial=False,
        ),
    )
    assert RULE not in outcomes
