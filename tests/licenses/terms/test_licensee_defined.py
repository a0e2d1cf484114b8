"""The licensee defined as only some kinds of body (session 22, held-out round): a grant to
"You", where '"You" means an Eligible Institution ...' and '"Eligible Institution" means an
accredited school, college or university, or an educational charity', reaches those bodies
only, so a company gets nothing (`non-commercial-organizations`, rule
license-excludes-companies). The class may be named in the definition of You itself or in a
definition of its own that the definition of You opens with.

Texts written for this test in our own words. Lawful twins: a definition of You that reaches
companies or any person or entity too, and a class of eligible bodies that includes companies.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_GRANT = "3. The Licensor grants You a free licence to use and adapt the Model for teaching.\n"


def _scope(definitions: str) -> list[str]:
    text = f"WREN MODEL LICENCE\n\n1. Definitions\n{definitions}\n\n{_GRANT}"
    value = extract_terms(text)["use_scope"].value
    return list(value) if isinstance(value, list) else []


@pytest.mark.parametrize(
    ("definitions", "twin"),
    [
        (
            '1.1 "Qualifying Body" means a college or university recognised by a national\n'
            "    accreditation agency, or a registered charity whose objects include teaching.\n"
            '1.2 "You" means a Qualifying Body that accepts this licence; nobody else may.',
            '1.1 "Qualifying Body" means a university, a registered charity or a company.\n'
            '1.2 "You" means a Qualifying Body that accepts this licence.',
        ),
        (
            '1.1 "You" means an accredited university or a non-profit research institute that\n'
            "    signs this licence, acting through its staff.",
            '1.1 "You" means a university, company or individual that accepts this licence.',
        ),
        (
            '1.1 "Licensee" means a school, college or government body that downloads the Model.',
            '1.1 "Licensee" means a school or any other legal entity that downloads the Model.',
        ),
        (
            '1.1 "Participating Organisation" means a public research institution or a\n'
            "    registered charity.\n"
            '1.2 "You" or "Your" means any Participating Organisation accepting these terms.',
            '1.1 "You" means any person or entity exercising the rights, a university included.',
        ),
    ],
)
def test_a_licensee_defined_as_non_commercial_bodies_leaves_companies_out(
    definitions: str, twin: str
) -> None:
    assert "non-commercial-organizations" in _scope(definitions)
    assert "non-commercial-organizations" not in _scope(twin)
