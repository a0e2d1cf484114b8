"""`licensee-type-excluded` (session 40): a license giving no rights to a kind of organization
(`terms.excluded_licensee_types`) blocks an organization of that kind. Twins: another kind, a
company by default, and a license that leaves no kind out."""

from __future__ import annotations

import pytest

from auditor.model import Severity
from tests.policy.test_presets import apache_saas, run

_RULE = "licensee-type-excluded"


@pytest.mark.parametrize(
    ("excluded", "kind", "fires"),
    [
        (["government"], "government", True),
        (["academic", "government"], "academic", True),
        (["government"], "company", False),
        (["government"], "non-profit", False),
        ([], "government", False),
    ],
)
def test_an_organization_of_an_excluded_kind_is_blocked(
    excluded: list[str], kind: str, fires: bool
) -> None:
    facts = apache_saas(terms__excluded_licensee_types=excluded, organization__type=kind)
    outcome = run("default", facts).get(_RULE)
    assert (outcome is not None) is fires
    if outcome is not None:
        assert outcome.severity is Severity.BLOCK
