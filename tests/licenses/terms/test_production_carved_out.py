"""A grant that carves production out of its purposes (session 22, held-out round): a licence
"to copy and adapt the model for purposes other than commercial or production use" leaves
production use outside the grant, so its scope is `non-production` (rules
use-scope-excludes-operations and use-scope-confined), not only non-commercial. The shape: a
carve-out word (other than, except, excluding, save for) before production use, alone or with
commercial or business use.

Texts written for this test in our own words. Lawful twins: a carve-out of commercial use
alone, one production use carved out of a grant that allows production, production allowed.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _scope(grant: str) -> list[str]:
    value = extract_terms(f"HERON VIDEO MODEL LICENCE\n\n1. {grant}\n")["use_scope"].value
    return list(value) if isinstance(value, list) else []


@pytest.mark.parametrize(
    ("grant", "twin"),
    [
        (
            "Heron Labs grants you a licence to copy, adapt and share the model for purposes "
            "other than commercial or production use.",
            "Heron Labs grants you a licence to copy, adapt and share the model for purposes "
            "other than commercial use.",
        ),
        (
            "You may run and modify the weights for any purpose except production use.",
            "You may run the weights in production, except production use in medical devices.",
        ),
        (
            "Heron Labs licenses the model to you for all purposes, excluding business and "
            "production purposes.",
            "Heron Labs licenses the model to you for all purposes, production use included.",
        ),
        (
            "You are granted a licence to use the model, save for production deployments.",
            "You are granted a licence to use the model, save for military deployments.",
        ),
    ],
)
def test_production_carved_out_of_the_grant_confines_it_to_non_production(
    grant: str, twin: str
) -> None:
    assert "non-production" in _scope(grant)
    assert "non-production" not in _scope(twin)
