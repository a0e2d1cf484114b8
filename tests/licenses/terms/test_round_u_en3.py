"""Session 40 (round U, helper en3): English shapes, each with a paraphrase read the same and a
twin differing in one fact read otherwise (the sentences are ours).

- A hosting ban whose exception gives back only the licensee's own application keeps the ban
  (`hosting_carveback_s40en3`); one giving back the model itself does not.
- A ban on making the model available to others with such a carve-back is a hosting ban.
- The acts named as nouns and said permitted ("Use, modification and hosting are permitted")
  are a grant (document.yaml `document/grant`); with a narrowing word they are not.
- A short note placing the weights under another file of the model is read with that file
  (`pointed_terms_files_s40en3`); a file that grants nothing is not joined.
- For-profit entities needing a separate agreement leave companies out of the grant
  (licensees.yaml); a class not organised for profit, or no agreement, does not.
- A grant to every licensee except one seated in a place withholds it from licensees
  domiciled there (law.yaml `territorial_exclusions/withheld`); "including" does not.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.pointed_terms_files_s40en3 import pointed_terms_files


def _value(text: str, key: str) -> object:
    return extract_terms(text)[key].value


_BAN_HEAD = (
    "You must not provide the checkpoint to outside parties as a model they could query, "
    "such as a hosted inference API"
)


@pytest.mark.parametrize(
    "text",
    [
        _BAN_HEAD + ", except that you may still integrate the checkpoint into your own "
        "product, whose customers see only the product's functions.",
        "The licensee shall not offer the weights to others as a model that customers can "
        "call (an API or endpoint), save that it may embed them in its own software, provided "
        "its users never reach the weights themselves.",
        "You may not make the weights available to anyone; except that you can let clients "
        "use an app you develop with the weights, so long as they cannot query the weights "
        "directly.",
    ],
)
def test_carve_back_for_own_application_keeps_the_hosting_ban(text: str) -> None:
    scope = _value(text, "use_scope")
    assert isinstance(scope, list) and "no-hosting-use" in scope


@pytest.mark.parametrize(
    "text",
    [
        # the exception gives the model itself back
        _BAN_HEAD + ", except that you may offer the checkpoint as an inference API to your "
        "own customers.",
        "You may not make the weights available to anyone; except that your clients may "
        "download the weights.",
        # a proviso that keeps nobody from the model: a condition left unread
        "You may not make the weights available to anyone; except that you can let clients "
        "use an app you develop with the weights, provided you pay our fee.",
        # no carve-back at all: a broad ban this reader does not take for a hosting ban
        "You may not make the weights available to anyone.",
    ],
)
def test_carve_back_twins_are_no_hosting_ban(text: str) -> None:
    scope = _value(text, "use_scope")
    assert not (isinstance(scope, list) and "no-hosting-use" in scope)


@pytest.mark.parametrize(
    "text",
    [
        "Use, copying and redistribution of the adapters are allowed.",
        "Otherwise, use of the checkpoint for any purpose is permitted.",
    ],
)
def test_nominal_acts_permitted_are_a_grant(text: str) -> None:
    assert _value(text, "commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Use for evaluation is permitted.",
        "Use and copying are not permitted.",
        "Use and hosting are permitted only with our written consent.",
    ],
)
def test_nominal_acts_with_narrowing_are_no_plain_grant(text: str) -> None:
    assert _value(text, "commercial_use") != "allowed"


_TERMS = "HERON TERMS\n\nHeron Labs lets you use, copy and host the weights, for profit or not.\n"


@pytest.mark.parametrize(
    "note",
    [
        "The weights are governed by the Heron Terms in legal/heron-terms.md.",
        "Our scripts are MIT licensed. For the weights, see heron-terms.md.",
    ],
)
def test_note_pointing_to_a_terms_file_is_read_with_it(note: str) -> None:
    texts = {"LICENSE": note, "legal/heron-terms.md": _TERMS}
    assert pointed_terms_files(texts) == {"LICENSE": ["legal/heron-terms.md"]}


@pytest.mark.parametrize(
    ("note", "terms"),
    [
        # the file named grants nothing: the note stays unread (fail closed)
        ("The weights are governed by the Heron Terms in legal/heron-terms.md.", "Changelog.\n"),
        # another file named, not the one held
        ("The weights are governed by the Heron Terms in legal/other-terms.md.", _TERMS),
    ],
)
def test_note_twins_are_not_joined(note: str, terms: str) -> None:
    assert pointed_terms_files({"LICENSE": note, "legal/heron-terms.md": terms}) == {}


_GRANT = "You may use, copy and modify the weights. "


@pytest.mark.parametrize(
    "text",
    [
        _GRANT + "Organisations run for profit may use the weights only with a separate signed "
        "licence from Heron Labs; anyone else needs nothing more.",
        _GRANT + "Profit-making companies must first sign a separate commercial licence with us.",
    ],
)
def test_for_profit_class_needing_an_agreement_leaves_companies_out(text: str) -> None:
    scope = _value(text, "use_scope")
    assert isinstance(scope, list) and "non-commercial-organizations" in scope


@pytest.mark.parametrize(
    "text",
    [
        _GRANT + "Organisations not run for profit may use the weights only with a separate "
        "signed licence.",
        _GRANT + "Organisations run for profit may use the weights without any further licence.",
        _GRANT + "Companies with over 2,000,000 users may use the weights only under a separate "
        "licence.",
    ],
)
def test_for_profit_class_twins_leave_no_one_out(text: str) -> None:
    scope = _value(text, "use_scope")
    assert not (isinstance(scope, list) and "non-commercial-organizations" in scope)


@pytest.mark.parametrize(
    "text",
    [
        "The rights in clause 1 are granted to every licensee except one incorporated in Chile.",
        "These permissions are available to all licensees other than those headquartered in Chile.",
    ],
)
def test_grant_to_all_but_one_seated_in_a_place_excludes_that_domicile(text: str) -> None:
    clauses = _value(text, "excluded_licensee_domiciles")
    assert isinstance(clauses, list) and any("CL" in c["regions"] for c in clauses)


def test_grant_to_all_including_a_place_excludes_nothing() -> None:
    text = (
        "The rights in clause 1 are granted to every licensee, including one incorporated in Chile."
    )
    assert not _value(text, "excluded_licensee_domiciles")
