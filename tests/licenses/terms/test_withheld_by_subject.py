"""A grant withheld by a negated subject (session 20, held-out round): "No individual living in
the European Union, and no company headquartered there, receives the rights in section 1 for
the family's multimodal models" withholds the grant from licensees domiciled in the EU, for
the multimodal models only (the shape of the Llama 3.2 policy's EU clause, in other words).

Texts written for this test in our own words. Counter-examples: a negated subject that needs
no licence "to receive" the rights, a sentence about fees, a place named with no withholding.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "1. You may use and adapt the Petrel models for any purpose, commercial included.\n"


def _terms(clause: str) -> dict[str, object]:
    found = extract_terms(f"PETREL MODEL LICENCE\n\n{_GRANT}2. {clause}\n")
    return {k: v.value for k, v in found.items()}


def test_no_company_there_receives_the_rights_withholds_them_from_its_domicile() -> None:
    terms = _terms(
        "No individual living in the European Union, and no company headquartered there, "
        "receives the rights in section 1 for the family's multimodal models."
    )
    clauses = terms["excluded_licensee_domiciles"]
    assert isinstance(clauses, list) and len(clauses) == 1
    assert "EU" in clauses[0]["regions"] and clauses[0]["models"] == "multimodal"
    assert not terms["excluded_use_territories"]


def test_a_person_living_there_obtains_no_licence() -> None:
    terms = _terms("No person living in Canada obtains any licence under this agreement.")
    clauses = terms["excluded_licensee_domiciles"] or terms["excluded_use_territories"]
    assert isinstance(clauses, list) and clauses and "CA" in clauses[0]["regions"]
    assert clauses[0]["models"] == "all"


@pytest.mark.parametrize(
    "clause",
    [
        "No company in Canada needs a separate licence to receive the rights in section 1.",
        "No user living in Canada is charged a fee for the weights.",
        "Companies headquartered in Canada receive the rights in section 1 as well.",
    ],
)
def test_no_withholding_withholds_nothing(clause: str) -> None:
    terms = _terms(clause)
    assert not terms["excluded_licensee_domiciles"] and not terms["excluded_use_territories"]
