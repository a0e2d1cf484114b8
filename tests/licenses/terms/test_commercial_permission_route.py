"""A non-commercial grant beside a route into commercial use through the licensor's permission
reads as commercial use needing that permission, not as a ban (a false block before): the
English twin of the Chinese routes (foreign_zh_routes.py)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

GRANT = (
    "Acme Model License\n\nYou may use, copy and modify the Model for non-commercial purposes.\n\n"
)


@pytest.mark.parametrize(
    "route",
    [
        "Commercial use of the Model requires the prior written permission of Acme.",
        "Any commercial exploitation of the Model is subject to the express approval of Acme.",
        "Using the Model commercially needs the written consent of Acme.",
        "Commercial deployments remain subject to authorisation by Acme.",
    ],
)
def test_a_permission_route_beside_a_non_commercial_grant_is_a_condition(route: str) -> None:
    terms = extract_terms(GRANT + route + "\n", path="LICENSE")
    assert terms["commercial_use"].value == "restricted", route
    conditions = terms["commercial_use_conditions"].value
    assert isinstance(conditions, list) and "written-permission" in conditions, route


@pytest.mark.parametrize(
    "twin",
    [
        "Commercial use does not require our permission but is not licensed here.",
        "The permission notice must be kept in every copy.",
        "Acme has given its consent to this licence.",
    ],
)
def test_no_route_leaves_the_grant_non_commercial(twin: str) -> None:
    grant = GRANT.replace("purposes.", "purposes only.")
    terms = extract_terms(grant + twin + "\n", path="LICENSE")
    assert terms["commercial_use"].value == "prohibited", twin


@pytest.mark.xfail(
    strict=True,
    reason="known gap (session 23): a grant for non-commercial purposes without 'only' reads as "
    "commercial use allowed (the document's grant rule answers); a first fix in commercial.py "
    "made 'You may also use it commercially' a ban and was withdrawn",
)
def test_a_grant_for_non_commercial_purposes_grants_nothing_more() -> None:
    terms = extract_terms(GRANT, path="LICENSE")
    assert terms["commercial_use"].value == "prohibited"
