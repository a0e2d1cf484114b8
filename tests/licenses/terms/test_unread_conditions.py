"""A grant made on conditions no rule reads is said (`license-condition-unread`), never taken
for a plain grant; duties that narrow no use (notices, credit, trademarks, marking changes,
warranty) and conditions a term reads are not. Every licence here is written for the tests."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.model_terms import ModelTerms, terms_for_model
from auditor.licenses.terms.unread_conditions import unread_conditions
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

GRANT = "Brackwater Labs grants you a worldwide licence to use, copy and deploy the Model"

UNREAD_LISTS = [
    # a condition in words no reader knows, among harmless duties
    f"{GRANT}, on three conditions:\n(a) you keep this notice with every copy;\n"
    "(b) you keep the weights away from the books of any trading house;\n"
    "(c) you do not use our logo to promote what you build.\n",
    f"{GRANT}, provided that you meet the following requirements:\n"
    "1. Credit Brackwater Labs in your documentation.\n"
    "2. The Model runs on hardware your own members operate together.\n",
    f"{GRANT} subject to these stipulations:\n- mark any file you change;\n"
    "- the licensee is a cooperative owned by its workers.\n",
]
HARMLESS_LISTS = [
    f"{GRANT}, on three conditions:\n(a) you keep this notice with every copy;\n"
    "(b) you credit Brackwater Labs in your documentation;\n"
    "(c) you do not use our logo to promote what you build.\n",
    f"{GRANT}, provided that the following conditions are met:\n"
    "1. Copies retain the above copyright notice.\n"
    "2. Neither our name nor our trademarks may be used to endorse derived products.\n"
    "3. Modified versions are marked as changed.\n",
    f"{GRANT} subject to these conditions:\n- you comply with all applicable laws;\n"
    "- the Model is provided as is, without warranty of any kind.\n",
]


@pytest.mark.parametrize("text", UNREAD_LISTS)
def test_a_condition_no_rule_reads_is_said_with_its_line(text: str) -> None:
    found = unread_conditions(text, extract_terms(text))
    assert len(found) == 1
    grant, conditions = found[0]
    assert grant.line == 1
    lines = text.splitlines()
    assert conditions and all("logo" not in lines[c.line - 1] for c in conditions)
    assert all("notice" not in lines[c.line - 1] for c in conditions)


@pytest.mark.parametrize("text", HARMLESS_LISTS)
def test_duties_that_narrow_no_use_are_not_said(text: str) -> None:
    assert unread_conditions(text, extract_terms(text)) == ()


def test_an_inline_proviso_is_judged_like_a_listed_condition() -> None:
    unread = f"{GRANT} for any purpose, provided that it never sits on a trading house's ledger."
    harmless = f"{GRANT} for any purpose, provided that you keep this notice with every copy."
    assert len(unread_conditions(unread, extract_terms(unread))) == 1
    assert unread_conditions(harmless, extract_terms(harmless)) == ()


def test_a_condition_a_term_reads_is_not_said_again() -> None:
    read = (
        f"{GRANT}, on two conditions:\n(a) you keep this notice;\n"
        "(b) you do not use it commercially.\n"
    )
    terms = extract_terms(read)
    assert terms["commercial_use"].value == "prohibited"
    assert unread_conditions(read, terms) == ()


@pytest.mark.parametrize(
    "condition", ["you make no commercial use of it", "no commercial use is made of it"]
)
def test_use_denied_by_its_object_is_read_as_a_ban(condition: str) -> None:
    text = f"{GRANT}, on two conditions:\n(a) you keep this notice;\n(b) {condition}.\n"
    terms = extract_terms(text)
    assert terms["commercial_use"].value == "prohibited"
    assert unread_conditions(text, terms) == ()
    twin = (
        f"{GRANT}, on two conditions:\n(a) you keep this notice;\n(b) you make no changes to it.\n"
    )
    assert extract_terms(twin)["commercial_use"].value == "allowed"


def test_a_negated_grant_or_a_transfer_is_no_grant_with_conditions() -> None:
    negated = "You may not use the Model unless the following conditions are met:\n(a) x y z.\n"
    transfer = (
        "You may transfer your rights to use the Model to another company, provided that "
        "the other company takes on this licence in writing before the transfer."
    )
    for text in (negated, transfer):
        assert unread_conditions(text, extract_terms(text)) == ()


def test_the_list_stops_at_the_next_section() -> None:
    text = (
        f"1. {GRANT}, provided that:\n(a) you keep this notice with every copy;\n"
        "(b) you credit Brackwater Labs.\n2. Termination\n"
        "2. This licence ends if you break it, and the licensor may stop at any time.\n"
    )
    assert unread_conditions(text, extract_terms(text)) == ()


def _terms(text: str) -> ModelTerms:
    db = load_license_db()
    file = LicenseFile(path="LICENSE.md", sha256=None, size=len(text), text=text, origin="LICENSE")
    identified = [(file, identify_text(text, db=db))]
    return terms_for_model(identified, identified[0][1].match, db)


def test_the_model_terms_carry_the_finding_for_a_licence_of_its_own() -> None:
    text = "# Brackwater Model Licence\n\n" + UNREAD_LISTS[0]
    (finding,) = [f for f in _terms(text).findings if f.rule == "license-condition-unread"]
    assert finding.severity.value == "warn"
    assert "LICENSE.md" in finding.message and "1 condition " in finding.message
    assert "trading house" in " ".join(e.text for e in finding.evidence)
    twin = "# Brackwater Model Licence\n\n" + HARMLESS_LISTS[0]
    assert not [f for f in _terms(twin).findings if f.rule == "license-condition-unread"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("You may use these weights only for gardening.", True),
        ("Brackwater Labs licenses the Model to you solely as a tide-table helper.", True),
        ("You may use these weights only in accordance with this licence.", False),
        ("You may use these weights only for lawful purposes.", False),
        ("You may use these weights only for personal experimentation and study.", False),
        ('Brackwater grants you a licence to use "Brack" (the "Mark") solely to credit us.', False),
        ("You may use the backup copy only to reinstall the Model.", False),
    ],
)
def test_a_grant_confined_to_a_field_no_rule_reads_is_said(text: str, said: bool) -> None:
    assert bool(unread_conditions(text, extract_terms(text))) is said
