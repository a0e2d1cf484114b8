"""English places of held-out round G, read by their shape rather than their sentence.

- A place term a definition or keyed row states by its places ('"Territory" means Australia
  ... and New Zealand', "Licensed Region: Canada"), used where a use is placed ("outside the
  Territory"): a confinement to those places.
- A licensee class defined by whom it leaves out by seat or residence ("is an Eligible
  Licensee unless it is incorporated in P"), and the grant withheld from anyone not of it: a
  domicile exclusion.
- The image-taking members of a family named as such ("Vision Members", "multimodal
  editions"): a domicile clause covering them covers multimodal models only.
- A negation lifting a restriction ("does not limit end users ... outside the EU") confines
  nothing.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "Wren Data Ltd licenses the weights to you for any purpose, commercial or not.\n"


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            '1. "Licensed Region" means Canada and Mexico only.\n'
            "2. You must not run or offer the weights outside the Licensed Region.",
            ["CA", "MX"],
        ),
        (
            "Territory: Japan (its islands included).\n"
            "Deploying the model anywhere beyond the Territory is not licensed; no use outside the "
            "Territory is permitted.",
            ["JP"],
        ),
        (
            "Permitted Countries means Norway, Sweden and Denmark.\n"
            "This licence does not permit use of the model outside the Permitted Countries.",
            ["DK", "NO", "SE"],
        ),
    ],
)
def test_a_defined_territory_confines_use(text: str, regions: list[str]) -> None:
    clauses = extract_terms(_GRANT + text)["excluded_use_territories"].value
    assert isinstance(clauses, list) and clauses
    assert sorted(clauses[0]["regions"]) == regions
    assert clauses[0]["within"] is True


@pytest.mark.parametrize(
    "text",
    [
        # a territory defined but no use placed outside it; a generic territory word
        '"Territory" means Canada.\nThe Licensor has offices in the Territory.',
        "You may not use the model outside the territory of the licensee's own business plan.",
    ],
)
def test_a_territory_no_use_is_confined_to_is_none(text: str) -> None:
    assert not extract_terms(_GRANT + text)["excluded_use_territories"].value


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "A firm is a Qualified Licensee unless it is headquartered in Canada.\n"
            "Any person that is not a Qualified Licensee receives no licence under clause 1.",
            "CA",
        ),
        (
            '"Eligible User" means any person other than one resident in, or incorporated in, '
            "Japan.\nNo licence is granted to anyone who is not an Eligible User.",
            "JP",
        ),
    ],
)
def test_a_class_leaving_out_a_domicile_excludes_it(text: str, region: str) -> None:
    clauses = extract_terms(_GRANT + text)["excluded_licensee_domiciles"].value
    assert isinstance(clauses, list) and clauses
    assert clauses[0]["regions"] == [region]


def test_a_class_leaving_out_no_place_excludes_none() -> None:
    text = (
        _GRANT + "A firm is a Qualified Licensee unless it is based in a sanctioned country.\n"
        "No licence is granted to anyone who is not a Qualified Licensee."
    )
    assert not extract_terms(text)["excluded_licensee_domiciles"].value


@pytest.mark.parametrize(
    "text",
    [
        "No rights in a Vision Member are granted to a company headquartered in Freedonia, "
        "or in any member state of the European Union.",
        "The multimodal editions of the family are not licensed to residents of the European "
        "Union.",
    ],
)
def test_a_domicile_clause_over_image_members_covers_multimodal_models(text: str) -> None:
    clauses = extract_terms(_GRANT + text)["excluded_licensee_domiciles"].value
    assert isinstance(clauses, list) and clauses
    assert clauses[0]["models"] == "multimodal"


def test_a_domicile_clause_over_every_model_covers_all() -> None:
    text = _GRANT + "No rights are granted to residents of the European Union."
    clauses = extract_terms(text)["excluded_licensee_domiciles"].value
    assert isinstance(clauses, list) and clauses[0]["models"] == "all"


@pytest.mark.parametrize(
    "text",
    [
        "Clause 4 does not limit end users of a service that a licensee outside the European "
        "Union has built.",
        "These terms do not restrict customers outside Japan who use your product.",
    ],
)
def test_a_negation_lifting_a_restriction_confines_nothing(text: str) -> None:
    assert not extract_terms(_GRANT + text)["excluded_use_territories"].value


def test_a_ban_outside_a_place_still_confines() -> None:
    text = _GRANT + "You may not use or host the weights outside the European Union."
    clauses = extract_terms(text)["excluded_use_territories"].value
    assert isinstance(clauses, list) and clauses[0]["regions"] == ["EU"]
