"""A list of bans whose lead-in is left open at its end: "You must not use the Model, or any
output of it," (a comma, a dash or no mark at all, rather than a colon) then items that go on
with its sentence ("(a) to diagnose ..."). The items are restricted uses; items after a lead-in
that bans nothing, or that do not go on with its sentence, are not."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.sentences import parse_document

_GRANT = (
    "Kestrel Weights Licence\n\n"
    "1. Kestrel Labs grants you a worldwide licence to use and modify the weights, "
    "including for commercial purposes.\n\n"
)


def _restrictions(text: str) -> list[str]:
    value = extract_terms(_GRANT + text)["use_restrictions"].value
    return sorted(value) if isinstance(value, list) else []


@pytest.mark.parametrize(
    "lead",
    [
        "2. You must not use the weights, or any output of them,",
        "2. You shall not use the weights or their outputs -",
        "2. You agree that you will not use the weights or anything they generate",
        "2. Licensee may not deploy the weights,",
    ],
)
def test_items_going_on_with_an_open_ban_are_restricted_uses(lead: str) -> None:
    text = (
        f"{lead}\n"
        "   (a) to diagnose, treat or advise on the medical condition of a patient;\n"
        "   (b) for any military purpose.\n\n"
        "3. Law. Ontario.\n"
    )
    assert _restrictions(text) == ["medical-advice", "military"]


def test_a_lead_in_that_bans_nothing_makes_no_ban_of_its_items() -> None:
    text = (
        "2. Subject to this licence, you may use the weights,\n"
        "   (a) to diagnose, treat or advise on the medical condition of a patient;\n"
        "   (b) for any military purpose.\n"
    )
    assert _restrictions(text) == []


def test_items_that_do_not_go_on_with_the_lead_in_are_not_its_bans() -> None:
    # the items are sentences of their own: a feature list, not the ban's objects
    text = (
        "2. The weights must not be used without reading the model card\n"
        "- Diagnoses medical conditions from patient notes.\n"
        "- Plans military logistics.\n"
    )
    doc = parse_document(_GRANT + text)
    items = [s for s in doc.sentences if s.list_item and s.text.startswith("-")]
    assert items
    assert not any(s.restrictive for s in items)


def test_the_zone_of_an_open_lead_in_ends_with_its_list() -> None:
    text = (
        "2. You must not use the weights,\n"
        "   (a) to target weapons;\n\n"
        "the following paragraph, lowercase, is no item of the list.\n"
    )
    doc = parse_document(_GRANT + text)
    after = [s for s in doc.sentences if s.text.startswith("the following")]
    assert after and not after[0].restrictive


def test_a_ban_ending_with_a_comma_before_a_paragraph_opens_no_zone() -> None:
    text = (
        "2. You must not remove the notices,\n\n"
        "3. You may diagnose your own systems with the tools, and plan as you like.\n"
    )
    doc = parse_document(_GRANT + text)
    third = [s for s in doc.sentences if "diagnose your own" in s.text]
    assert third and not third[0].restrictive
