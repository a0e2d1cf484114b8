"""Rights withheld from licensees based "outside the Territory", a defined territory that
leaves places out: the places its definition leaves out are the excluded domiciles
(`law.territorial_sentences`). Sentences are ours."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.extract import extract_terms

GRANT = "Petrel Labs grants you a licence to use the model for any purpose. "


def _clauses(text: str) -> tuple[Any, Any]:
    terms = extract_terms(GRANT + text, path="LICENSE")
    return terms["excluded_licensee_domiciles"].value, terms["excluded_use_territories"].value


@pytest.mark.parametrize(
    "text",
    [
        '"Territory" means all countries of the world except Iran and Cuba. No rights are granted '
        "to entities whose principal place of business is outside the Territory.",
        "Licensed Territory means the whole world excluding Iran and Cuba. No rights are "
        "granted to persons resident in any place outside the Licensed Territory.",
    ],
)
def test_a_domicile_outside_a_defined_territory_is_its_left_out_places(text: str) -> None:
    domiciles, uses = _clauses(text)
    assert domiciles and domiciles[0]["regions"] == ["CU", "IR"]
    assert uses and uses[0]["regions"] == ["CU", "IR"]


def test_without_the_domicile_sentence_only_use_is_withheld() -> None:
    domiciles, uses = _clauses('"Territory" means the world except Iran and Cuba.')
    assert not domiciles
    assert uses and uses[0]["regions"] == ["CU", "IR"]


def test_outside_a_territory_nobody_defined_names_no_place() -> None:
    domiciles, uses = _clauses(
        "No rights are granted to entities whose principal place of business is outside the "
        "Territory."
    )
    assert not domiciles and not uses
