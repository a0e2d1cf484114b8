"""Countries a licence excludes by domicile are read whichever they are (session 22, held-out
round C): Venezuela, Myanmar, Afghanistan and others were missing from the place list, so
"resident, incorporated or headquartered in Cuba or Venezuela" excluded Cuba alone. Texts
written for this test in our own words; twins name no exclusion.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.places import region_codes


def _excluded(text: str) -> object:
    return extract_terms(f"GULL TERMS\n\n{text}\n")["territorial_exclusions"].value


@pytest.mark.parametrize(
    ("clause", "code"),
    [
        ("No licence is granted to any organisation incorporated in Cuba or Venezuela.", "VE"),
        ("Persons resident in Myanmar are not licensed to use the weights.", "MM"),
        ("No rights are granted to anyone headquartered in Afghanistan, Iran or Syria.", "AF"),
        ("You may not use the model if you are located in Sudan or Yemen.", "YE"),
    ],
)
def test_a_domicile_exclusion_names_each_country(clause: str, code: str) -> None:
    found = _excluded(clause) or []
    assert isinstance(found, list) and code in found


def test_a_country_named_without_exclusion_excludes_nothing() -> None:
    text = "Our download counter records visitors' countries, such as Venezuela or Peru."
    assert not _excluded(text)
    assert region_codes("Venezuela or South Sudan") == ["VE", "SS"]
