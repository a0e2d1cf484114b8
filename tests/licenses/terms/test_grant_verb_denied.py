"""A grant denied by its own verb (session 22, held-out round): "This agreement grants no rights
to any entity organised under the laws of, or headquartered in, <a place>" withholds the grant
from licensees whose seat is there, whatever file the agreement stands in (a terms file in a
subfolder is read like LICENSE). The shape: a grant verb (grants, confers, gives, extends)
followed by "no rights / no licence / no permission", in a sentence naming a licensee's seat.

Texts written for this test in our own words. Lawful twins: a grant of rights in every country,
a denial about trademarks naming no seat, a place named as the law of the agreement only.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "1. Petrel Labs grants you a royalty-free licence to use the weights, commercially too.\n"


def _terms(clause: str) -> dict[str, object]:
    found = extract_terms(f"PETREL WEIGHTS AGREEMENT\n\n{_GRANT}2. {clause}\n")
    return {k: v.value for k, v in found.items()}


@pytest.mark.parametrize(
    ("clause", "region", "twin"),
    [
        (
            "This agreement grants no rights to any entity organised under the laws of, or "
            "headquartered in, Canada, or to any entity such an entity controls.",
            "CA",
            "The licence gives you rights to use the weights in every country, Canada included.",
        ),
        (
            "These terms confer no licence on a company incorporated under the laws of Brazil.",
            "BR",
            "This agreement grants no rights in the Petrel trademarks.",
        ),
        (
            "The licence gives no permission to businesses headquartered in Mexico.",
            "MX",
            "This agreement is governed by the laws of Mexico and grants rights worldwide.",
        ),
        (
            "Petrel Labs extends no rights to residents of Chile or to companies based there.",
            "CL",
            "Petrel Labs extends its rights to residents of Chile and to companies based there.",
        ),
    ],
)
def test_a_grant_verb_denied_to_a_seat_withholds_the_grant_from_it(
    clause: str, region: str, twin: str
) -> None:
    terms = _terms(clause)
    clauses = terms["excluded_licensee_domiciles"]
    assert isinstance(clauses, list) and clauses, terms
    assert region in clauses[0]["regions"] and clauses[0]["models"] == "all"
    lawful = _terms(twin)
    assert not lawful["excluded_licensee_domiciles"] and not lawful["excluded_use_territories"]
