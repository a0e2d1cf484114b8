"""Defined terms read by their definitions (auditor/licenses/terms/definitions.py): a grant
"for the Approved Purpose" or "to each Eligible Organisation" takes the meaning its
definition gives, however far above the grant it stands. The licences are our own wordings."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.definitions import defined_terms
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.sentences import parse_document

_FILLER = (
    "\n\n## 2. Ownership\nThe licensor keeps every right not granted here.\n\n"
    "## 3. Warranty\nThe model is provided as is, without warranty of any kind.\n\n"
    "## 4. Term\nThis agreement lasts until it is ended.\n\n"
)


def _licence(definition: str, grant: str) -> str:
    return (
        "# Plover Model Licence\n\n## 1. Definitions\n"
        '1.1 "Model" means the weights released by Plover Ltd.\n'
        f"1.2 {definition}\n" + _FILLER + f"## 5. Grant\n{grant}\n"
    )


@pytest.mark.parametrize(
    "definition",
    [
        '"Approved Purpose" means any lawful purpose, whether commercial or not.',
        '"Permitted Use" shall mean any use, commercial uses included.',
        "\u201cAuthorised Purpose\u201d means any purpose, including commercial purposes.",
        "Permitted Field: means any field of use, including commercial products and services.",
    ],
)
def test_a_grant_for_a_defined_purpose_allowing_commercial_use(definition: str) -> None:
    term = definition.split(" means")[0].split(" shall")[0].split(":")[0].strip('"\u201c\u201d')
    text = _licence(definition, f"You may use, copy and modify the Model for the {term}.")
    assert extract_terms(text)["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    "definition",
    [
        '"Approved Purpose" means academic study or research carried out without any aim of '
        "commercial gain.",
        '"Permitted Use" shall mean non-commercial research and teaching only.',
        '"Authorised Purpose" means evaluation and research, and excludes any commercial use.',
    ],
)
def test_a_grant_for_a_defined_purpose_confined_to_research(definition: str) -> None:
    term = definition.split(" means")[0].split(" shall")[0].strip('"')
    text = _licence(definition, f"You may use the Model solely for the {term}.")
    assert extract_terms(text)["commercial_use"].value == "prohibited"


@pytest.mark.parametrize(
    "grant",
    [
        "The licensor grants to each Eligible Organisation, and to no one else, a licence to "
        "use the Model.",
        "This licence is granted only to Eligible Organisations.",
        "A licence to use the Model is hereby given to any Eligible Organisation, but to nobody "
        "else.",
    ],
)
def test_a_grant_reserved_to_a_defined_class_of_non_profits(grant: str) -> None:
    definition = (
        '"Eligible Organisation" means a university, a registered charity or a government body. '
        "A company is never an Eligible Organisation."
    )
    terms = extract_terms(_licence(definition, grant))
    assert terms["use_scope"].value == ["non-commercial-organizations"]
    assert terms["commercial_use"].value != "allowed"


@pytest.mark.parametrize(
    ("definition", "grant"),
    [
        # a term that names its meaning is read as it stands (its own rules read it)
        (
            '"Non-Commercial Purpose" means any purpose, commercial or not.',
            "You may use the Model for the Non-Commercial Purpose.",
        ),
        # a thing, not a purpose or a licensee: not substituted
        (
            '"Approved Materials" means any lawful purpose, commercial or not.',
            "You may use the Approved Materials for research only.",
        ),
        # the term as what a sentence says something is, not a slot of the grant
        (
            '"Eligible Organisation" means a university or a charity.',
            "A company is never an Eligible Organisation.",
        ),
    ],
)
def test_terms_left_as_written(definition: str, grant: str) -> None:
    text = _licence(definition, grant)
    doc = parse_document(text)
    resolved = extract_terms(text)
    if "Non-Commercial" in definition or "Materials" in definition:
        assert "Non-Commercial Purpose" not in defined_terms(doc)
        assert "Approved Materials" not in defined_terms(doc)
    assert resolved["use_scope"].value in (None, [], ["research"])


def test_the_grant_is_quoted_as_written() -> None:
    text = _licence(
        '"Approved Purpose" means any lawful purpose, whether commercial or not.',
        "You may use the Model for the Approved Purpose.",
    )
    quotes = [e.text for e in extract_terms(text)["commercial_use"].evidence]
    assert any("for the Approved Purpose" in q for q in quotes)


@pytest.mark.parametrize(
    ("term", "body"),
    [
        ("Competing Use", "offering the Software to others in a product that replaces it"),
        ("Prohibited Use", "any use listed in Schedule B"),
        ("Restricted Purpose", "a purpose named in the annex"),
        ("Harmful Use", "a use that could injure a person"),
    ],
)
def test_a_term_naming_an_excluded_use_is_read_as_it_stands(term: str, body: str) -> None:
    # resolving it would drop the word ("competing", "prohibited") the rules read
    text = _licence(f'"{term}" means {body}.', f"You may use the Software other than for a {term}.")
    assert term not in defined_terms(parse_document(text))


def test_a_grant_for_any_purpose_but_a_competing_use_stays_restricted() -> None:
    # the shape of the source-available "functional source" licences: the grant is for a
    # permitted purpose, which is any purpose other than a competing (commercial) use
    text = (
        "# Example Source Licence\n\n"
        "We grant you the right to use, copy and modify the Software for any Permitted "
        "Purpose identified below.\n\n"
        "A Permitted Purpose is any purpose other than a Competing Use. A Competing Use means "
        "making the Software available to others in a commercial product or service that "
        "substitutes for the Software.\n"
    )
    assert extract_terms(text)["commercial_use"].value == "restricted"
