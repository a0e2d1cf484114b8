"""Conditions of commercial use and scopes read from the clause around a sentence.

Shapes from real licences, in our words: a permission step said to be absent (a registration
that "takes effect when the form is submitted, with no approval step"); a list of conditions
whose lead-in names commercial use ("Commercial use is permitted only when all of the
following hold: ... (c) you have received our written authorisation"); a sentence naming
back the licensees beyond a cap ("... revenue exceeded USD 50M. Such organisations need a
commercial license"); a grant "only to researchers ... for non-commercial research"; and a
grant "solely for Non-Commercial purposes" whose definition confines to research or
evaluation.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def conditions(text: str) -> list[str]:
    value = extract_terms(text)["commercial_use_conditions"].value
    assert isinstance(value, list)
    return value


def scope(text: str) -> list[str]:
    value = extract_terms(text)["use_scope"].value
    assert isinstance(value, list)
    return value


# --- a permission step said to be absent ----------------------------------------------------

GRANT = "Anyone may use the weights for research. "


@pytest.mark.parametrize(
    "clause",
    [
        "The commercial licence takes effect when the form is submitted, with no approval step.",
        "For commercial use, register on our site; there is no approval process and no fee.",
        "Commercial users must register first, but there is no application procedure.",
        "Commercial users register online and have no need to apply to us.",
        "Commercial users register online and are not required to obtain anything else.",
        "Commercial users register online and need not seek our consent.",
    ],
)
def test_a_permission_said_absent_is_no_condition(clause: str) -> None:
    found = conditions(GRANT + "Commercial use is free. " + clause)
    assert "written-permission" not in found
    assert "separate-license" not in found


@pytest.mark.parametrize(
    "clause",
    [
        "Commercial use requires our written approval, a step that may take a month.",
        "The approval process for commercial users takes four weeks and needs our consent.",
        "Companies are required to apply for a commercial licence.",
    ],
)
def test_a_permission_asked_for_stays_a_condition(clause: str) -> None:
    found = conditions(GRANT + clause)
    assert {"written-permission", "separate-license"} & set(found)


# --- a list of conditions under a lead-in naming commercial use -----------------------------

ITEMS = """
   (a) your products have fewer than 1,000,000 daily active users;
   (b) you do not offer hosting services to third parties;
   (c) you have sent us an application and received our written authorisation. We may refuse.
3. You must keep this notice in every copy.
"""


@pytest.mark.parametrize(
    "lead",
    [
        "2. Commercial use is permitted only when all of the following hold:",
        "2. You may use the model commercially, provided that:",
        "2. Commercial deployments are allowed on condition that:",
        "2. Commercial use is subject to the following conditions:",
    ],
)
def test_items_under_a_commercial_lead_in_are_its_conditions(lead: str) -> None:
    text = "Finch Licence\n\n1. You may use the model for research.\n" + lead + ITEMS
    assert "written-permission" in conditions(text)


def test_items_under_an_unnumbered_lead_in_until_the_list_ends() -> None:
    text = (
        "Finch Licence\n\nYou may use it for research. Commercial use is allowed only if:\n\n"
        "- you must credit Finch Labs in your product;\n"
        "- you obtained our prior written consent.\n\n"
        "Redistributions must keep this notice."
    )
    assert {"attribution-display", "written-permission"} <= set(conditions(text))


@pytest.mark.parametrize(
    "lead",
    [
        # the lead-in names no commercial use: a list of duties of every licensee
        "2. Redistribution is permitted only when all of the following hold:",
        # a colon that introduces no conditions
        "2. Commercial use is permitted. Our contacts are:",
        # non-commercial use is not commercial use
        "2. Non-commercial use is permitted only when all of the following hold:",
    ],
)
def test_items_under_another_lead_in_are_not_conditions_of_commercial_use(lead: str) -> None:
    text = "Finch Licence\n\n1. You may use the model for any purpose.\n" + lead + ITEMS
    assert "written-permission" not in conditions(text)


def test_conditions_of_a_grant_for_any_purpose_are_not_conditions_of_commercial_use() -> None:
    # commercial use named as one purpose among all, far from the lead-in's "subject to"
    text = (
        "Finch Licence\n\nPermission is granted to anyone to use this model for any purpose, "
        "including commercial applications, and to alter and redistribute it freely, subject "
        "to the following restrictions:\n\n"
        "1. Redistributions must retain this notice.\n"
        "2. Altered versions must not be published under the Finch names without the explicit "
        "permission of Finch Labs.\n"
    )
    terms = extract_terms(text)
    assert terms["commercial_use"].value == "allowed"
    assert "written-permission" not in conditions(text)


def test_the_next_item_of_the_lead_ins_own_list_is_not_one_of_its_conditions() -> None:
    text = (
        "Finch Licence\n\n1. You may use the model for any purpose, including commercial ones.\n"
        "2. Commercial use is permitted only when all of the following hold:\n"
        "   (a) you must credit Finch Labs in the product;\n"
        "   (b) you keep this notice.\n"
        "3. Trademark use needs our written permission.\n"
    )
    found = conditions(text)
    assert "attribution-display" in found
    assert "written-permission" not in found


# --- a sentence naming back the licensees beyond a cap --------------------------------------

CAP = (
    "Tern Licence\n\n1. Tern Labs grants you a royalty-free license to use the model for "
    "research and commercial purposes.\n2. This license does not extend to you if your annual "
    "revenue exceeded USD 50,000,000 in the last year. "
)


@pytest.mark.parametrize(
    "after",
    [
        "Such organisations need a commercial license from Tern Labs before any use.",
        "These companies must obtain a separate commercial agreement with us.",
        "For any such licensee, a commercial licence is required.",
        "Those entities need our written permission for commercial use.",
    ],
)
def test_a_licence_asked_of_the_licensees_beyond_a_cap_is_the_caps(after: str) -> None:
    terms = extract_terms(CAP + after)
    found = terms["commercial_use_conditions"].value
    assert found == ["separate-license-above-threshold"]
    assert terms["commercial_use"].value == "restricted"
    revenue = terms["revenue_threshold"].value
    assert isinstance(revenue, dict) and revenue["amount"] == 50_000_000


@pytest.mark.parametrize(
    "after",
    [
        # the anaphor follows no cap: every commercial user is asked
        "Commercial users are welcome. Such users need a commercial license from Tern Labs.",
        # no anaphor: a licence asked of every organisation
        "All organisations need a commercial license from Tern Labs before commercial use.",
    ],
)
def test_a_licence_asked_of_everyone_stays_unconditional(after: str) -> None:
    text = (
        "Tern Licence\n\n1. Tern Labs grants you a royalty-free license to use the model. " + after
    )
    assert "separate-license" in conditions(text)


# --- a grant confined to research, in its own words or through a definition -----------------


@pytest.mark.parametrize(
    "grant",
    [
        "Access is given only to researchers whose application we approved, for "
        "non-commercial research.",
        "The weights are made available only to accredited universities for academic research.",
        "Only enrolled students may run it, and solely for their own research or teaching.",
    ],
)
def test_a_grant_confined_then_given_for_research_is_research_scoped(grant: str) -> None:
    assert "research" in scope("Avian Licence\n\n" + grant)


@pytest.mark.parametrize(
    "grant",
    [
        "Only registered users may use it for research and commercial products.",
        "Not only companies but universities use it for research.",
        "Only the lab maintains the model for research teams across the company.",
    ],
)
def test_research_named_beside_other_uses_is_no_confinement(grant: str) -> None:
    assert "research" not in scope("Avian Licence\n\n" + grant)


DEFINED = '1. Definitions. "Non-Commercial" means for research or evaluation purposes only.\n'


@pytest.mark.parametrize(
    "grant",
    [
        "2. Grant. You may reproduce and modify the Work solely for Non-Commercial purposes.",
        "2. Grant. The licence is given to you only for the purposes of Non-Commercial use.",
        "2. Grant. You may use the Work, exclusively for Non-Commercial purposes, worldwide.",
    ],
)
def test_a_grant_for_a_defined_purpose_takes_the_definitions_scope(grant: str) -> None:
    assert {"evaluation", "research"} <= set(scope("Gallinule Licence\n\n" + DEFINED + grant))


@pytest.mark.parametrize(
    ("definition", "grant"),
    [
        # the definition confines to no scope
        (
            '1. "Non-Commercial" means not directed toward commercial advantage.\n',
            "2. You may use the Work solely for Non-Commercial purposes.",
        ),
        # the grant names the term without confining to it
        (DEFINED, "2. You may use the Work for Non-Commercial purposes and in your products."),
        # a term the text does not define
        (DEFINED, "2. You may use the Work solely for Internal purposes."),
    ],
)
def test_no_scope_without_a_confining_definition_and_a_confined_grant(
    definition: str, grant: str
) -> None:
    found = scope("Gallinule Licence\n\n" + definition + grant)
    assert "research" not in found
    assert "evaluation" not in found
