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


@pytest.mark.parametrize(
    "grant",
    [
        "You may use, copy and modify the Model for non-commercial purposes.",
        "Acme grants you a licence to use the Model for your own non-commercial projects.",
        "The weights are licensed to you for personal, non-commercial use.",
        "Licensees are free to run and adapt the checkpoint for non-commercial ends.",
        "This licence lets you copy the model for educational and non-commercial purposes.",
    ],
)
def test_a_grant_for_non_commercial_purposes_grants_nothing_more(grant: str) -> None:
    """What a licence grants for one kind of purpose it withholds for the others (a false pass
    before: no "only", so the document's grant answered "allowed")."""
    terms = extract_terms(f"Acme Model License\n\n{grant}\n\n", path="LICENSE")
    assert terms["commercial_use"].value == "prohibited", grant


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("You may also use it commercially.", "allowed"),
        ("Licensees can run the weights commercially at no charge.", "allowed"),
        ("Commercial use is free after you register on our site.", "allowed"),
        ("Commercial use of the Model needs the prior written permission of Acme.", "restricted"),
        ("Companies with fewer than 1,000 employees may also use it commercially.", "restricted"),
        # another licence is another grant: this one's confinement stands
        ("For commercial use, a separate commercial licence is required.", "prohibited"),
        ("Nobody may use it commercially.", "prohibited"),
        ("You may use the weights commercially only with a separate licence.", "prohibited"),
    ],
)
def test_what_else_the_text_says_of_commerce_decides(second: str, value: str) -> None:
    text = GRANT + second + "\n"
    assert extract_terms(text, path="LICENSE")["commercial_use"].value == value, second


@pytest.mark.parametrize(
    "grant",
    [
        "You may use the Model for commercial and non-commercial purposes.",
        "You may use the Model for non-commercial purposes and for commercial purposes alike.",
        "You may use the model for any purpose, including non-commercial research.",
        "The Model may be used for non-commercial purposes as well as commercial ones.",
        "You may use it for any non-commercial purpose as well as the commercial purposes below.",
        "You may put it on media, provided that the media be copied for non-commercial use.",
        "This product is licensed under the AVC patent portfolio license for the personal and "
        "non-commercial use of a consumer to encode video.",
    ],
)
def test_non_commercial_purposes_named_beside_commerce_confine_nothing(grant: str) -> None:
    terms = extract_terms(f"Acme Model License\n\n{grant}\n\n", path="LICENSE")
    assert terms["commercial_use"].value != "prohibited", grant


def test_a_route_in_the_grants_own_clause_is_a_condition() -> None:
    """ "unless you have commercial use rights under a separate agreement" in the confined
    grant's own sentence (ScanCode's Windows terms): commercial use depends on that agreement."""
    text = (
        "Acme Terms\n\nThe add-ons are licensed for your personal, non-commercial use, unless "
        "you have commercial use rights under a separate agreement.\n"
    )
    assert extract_terms(text, path="LICENSE")["commercial_use"].value == "restricted"


def test_a_price_for_an_optional_licence_is_no_condition() -> None:
    """A sentence after an abbreviation's dot ("$200 U.S. To purchase the license") is a new
    clause: the purchase is of an optional licence, not a condition of the commercial use the
    grant gives at no cost (ScanCode's CGIC terms, read as restricted by a first version)."""
    text = (
        "Acme Terms\n\nPermission is granted to use it in any application, commercial or "
        "noncommercial, at no cost, provided the credits line appears.\n\n"
        "The price of a nonexclusive commercial license is $200 U.S. To purchase the license, "
        "sign the form below.\n"
    )
    assert extract_terms(text, path="LICENSE")["commercial_use"].value == "allowed"
