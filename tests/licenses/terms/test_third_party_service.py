"""A ban on offering the model to third parties through the licensee's hosted service or API
(`use_scope` no-third-party-service), read from the text and judged by the default preset.

In our words: the Stability AI Non-Commercial Research Community License (1.b) forbids using
the models to let third parties use them as part of the licensee's hosted service or through
its APIs, and says that merely distributing them for download is no violation. So a service
offered to others is blocked however non-commercial, while internal use, research and copies
shipped for download stay within that term.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.model import Severity
from tests.policy.test_presets import apache_saas, blocks, run

WORD = "no-third-party-service"
RULE = "license-forbids-third-party-service"


def _scope(value: object) -> list[object]:
    return value if isinstance(value, list) else []


@pytest.mark.parametrize(
    "name", ["stability-noncommercial-research", "stability-sv3d-noncommercial"]
)
def test_the_stability_research_texts_and_records_state_it(corpus: Path, name: str) -> None:
    text = (corpus / "licenses" / f"{name}.txt").read_text(encoding="utf-8")
    assert WORD in _scope(extract_terms(text)["use_scope"].value)
    record = load_license_db().records[f"LicenseRef-{name}"]
    assert WORD in _scope(record.terms["use_scope"].value)


@pytest.mark.parametrize(
    "text",
    [
        "You may not use the model to enable third parties to use it as part of your hosted "
        "service or via your APIs.",
        "The licensee must not offer the model to others as a hosted service.",
        "You shall not make the weights available through an API.",
    ],
)
def test_bans_on_a_service_for_others_are_read(text: str) -> None:
    assert WORD in _scope(extract_terms(text)["use_scope"].value)


@pytest.mark.parametrize(
    "text",
    [
        "You may offer the model as a hosted service.",
        "You may not offer the model through an API unless you include this notice.",
        "Distributing the models for download without offering any related service is allowed.",
        "You may not use the model to send spam to third parties.",
    ],
)
def test_no_ban_is_read_where_none_is_stated(text: str) -> None:
    assert WORD not in _scope(extract_terms(text)["use_scope"].value)


def test_a_service_for_others_is_blocked() -> None:
    outcomes = run("default", apache_saas(terms__use_scope=[WORD], deployment__distribution="saas"))
    assert outcomes[RULE].severity is Severity.BLOCK


@pytest.mark.parametrize(
    "distribution", ["internal", "research", "redistribute-weights", "on-device"]
)
def test_own_use_and_copies_are_not(distribution: str) -> None:
    outcomes = run(
        "default", apache_saas(terms__use_scope=[WORD], deployment__distribution=distribution)
    )
    assert RULE not in outcomes and RULE not in blocks(outcomes)


@pytest.mark.parametrize(
    "text",
    [
        "You may not let any third party send inputs to the weights or receive their outputs "
        "through a hosted service or an API that you operate for them, unless Wren Labs has "
        "signed a separate hosting agreement with you.",
        "Licensees must not offer the model to others as a hosted service without a separate "
        "commercial licence from the developer.",
        "You shall not make the checkpoint available through an API unless you hold a separate "
        "written agreement with us.",
    ],
)
def test_a_ban_lifted_only_by_a_separate_agreement_is_still_read(text: str) -> None:
    assert WORD in _scope(extract_terms(text)["use_scope"].value)


@pytest.mark.parametrize(
    "text",
    [
        "The MIT licence is granted to you for the weights only together with the following "
        "condition: you may not offer them to others as a hosted service.",
        "You may use the checkpoint only in combination with these additional terms.",
        "This grant applies solely together with the terms below.",
    ],
)
def test_a_grant_held_together_with_conditions_names_no_product(text: str) -> None:
    assert "with-product-only" not in _scope(extract_terms(text)["use_scope"].value)


def test_a_product_named_after_together_with_still_confines() -> None:
    text = "The weights may only be used together with the Lumen Studio software."
    assert "with-product-only" in _scope(extract_terms(text)["use_scope"].value)
