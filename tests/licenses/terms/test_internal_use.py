"""A license whose withheld commercial use is only offering the model (or a service on it) to
others, or which says internal use is not commercial use (`use_scope` internal-use-by-anyone):
read from its definitions, widening a combination only when every confining source says it,
and judged by the default preset so that a company's internal use is no commercial use while
its paid service still is. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.combine import TermSource, combine_terms
from auditor.licenses.terms.extract import extract_terms
from tests.policy.test_presets import apache_saas, blocks, run

WORD = "internal-use-by-anyone"
GRANT = "Kittiwake Ltd allows you to use the Model for any purpose except Commercial Use. "


def _scope(text: str) -> list[str]:
    value = extract_terms(GRANT + text, path="LICENSE")["use_scope"].value
    return list(value) if isinstance(value, list) else []


@pytest.mark.parametrize(
    "definition",
    [
        '"Commercial Use" means offering the Model, or a product relying on it, to third parties '
        "against a fee.",
        "Commercial Use: means renting or selling access to the Model to customers.",
        '"Commercial Use" refers to making the Model available for a charge to any person other '
        "than you.",
        "In this licence, commercial use means using the model to deliver paid services to "
        "clients.",
        "Use of the Model inside your organisation is fine: internal use is not commercial use.",
        "Internal business purposes of a company are never deemed a commercial use.",
        "Commercial Use does not cover your own internal operations.",
    ],
)
def test_commercial_use_confined_to_offers_to_others_is_read(definition: str) -> None:
    assert WORD in _scope(definition)


@pytest.mark.parametrize(
    "definition",
    [
        '"Commercial Use" means any use intended for commercial advantage, including selling the '
        "Model to third parties.",
        '"Commercial Use" means providing the Model to customers and all other use in a business.',
        "Commercial use means making use of the Model in a company, for example serving customers.",
        "Commercial Use does not include internal evaluation of the Model.",
        "Internal use for testing is not commercial use.",
        "You must not make the Model available to third parties for a fee.",
        '"Commercial Use" means use for monetary gain.',
    ],
)
def test_a_wider_or_other_definition_is_not(definition: str) -> None:
    assert WORD not in _scope(definition)


def _source(scope: list[str], commercial: str | None = "prohibited", depth: int = -1) -> TermSource:
    return TermSource({"use_scope": scope, "commercial_use": commercial}, {}, depth)


def test_it_widens_a_combination_only_when_every_confining_source_says_it() -> None:
    values, _ = combine_terms([_source([WORD]), _source([WORD], depth=1)])
    assert values["use_scope"] == [WORD]
    values, _ = combine_terms([_source([WORD]), _source([], depth=1)])
    assert values["use_scope"] == []
    values, _ = combine_terms([_source([WORD]), _source([], "allowed", 1)])
    assert values["use_scope"] == [WORD]


RULE = "non-commercial-license-in-commercial-use"


def _withheld(**changes: object) -> dict[str, object]:
    return apache_saas(
        license__kind="non-commercial",
        effective__kinds=["non-commercial"],
        terms__commercial_use="prohibited",
        **changes,
    )


@pytest.mark.parametrize("distribution", ["internal", "research"])
def test_a_companys_own_use_is_within_such_a_grant(distribution: str) -> None:
    facts = _withheld(terms__use_scope=[WORD], deployment__distribution=distribution)
    assert RULE not in run("default", facts)


@pytest.mark.parametrize("distribution", ["saas", "on-device", "redistribute-weights"])
def test_offering_it_to_others_is_still_the_commercial_use_withheld(distribution: str) -> None:
    facts = _withheld(terms__use_scope=[WORD], deployment__distribution=distribution)
    assert RULE in blocks(run("default", facts))


def test_without_the_definition_internal_use_by_a_company_stays_commercial() -> None:
    facts = _withheld(terms__use_scope=[], deployment__distribution="internal")
    assert RULE in blocks(run("default", facts))
