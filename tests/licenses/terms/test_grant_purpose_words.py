"""Grants whose reach lies in how their purpose is worded (session 24, E2): a grant for research
or evaluation without "only" confines the use; a grant naming profit "whether or not", any
lawful purpose by an active verb, or "nothing here limits commercial use" reaches commerce; a
use policy made part of the text in other words than "by reference" is incorporated."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _terms(body: str) -> dict[str, object]:
    terms = extract_terms(f"Acme Model Licence\n\n{body}\n", path="LICENSE")
    return {key: term.value for key, term in terms.items()}


@pytest.mark.parametrize(
    ("grant", "scope"),
    [
        ("The Acme-7B weights are licensed to you for academic research.", "research"),
        (
            (
                "Acme grants you a licence to run and study the weights for your own scientific "
                "research."
            ),
            "research",
        ),
        ("The checkpoint is made available to registered users for research purposes.", "research"),
        (
            (
                "Acme grants You a free licence to install and run the model for Your internal "
                "evaluation of the model."
            ),
            "evaluation",
        ),
        ("The adapters are provided to you for benchmarking, subject to section 2.", "evaluation"),
        ("Acme licenses the weights to you for testing purposes.", "evaluation"),
    ],
)
def test_a_grant_for_research_or_evaluation_confines_the_use(grant: str, scope: str) -> None:
    scopes = _terms(grant)["use_scope"]
    assert isinstance(scopes, list) and scope in scopes, grant


@pytest.mark.parametrize(
    "twin",
    [
        "The weights are licensed to you for research and in commercial products.",
        "The checkpoint is licensed to you for any purpose, including research.",
        "Acme grants you a licence to use the model for evaluation and in production.",
        "Acme grants you a licence to run the model for testing, training and serving customers.",
        "The model is not licensed for research.",
    ],
)
def test_research_among_other_purposes_confines_nothing(twin: str) -> None:
    scopes = _terms(twin)["use_scope"]
    assert not ({"research", "evaluation"} & set(scopes if isinstance(scopes, list) else [])), twin


DEFINED = (
    '"You" means the individual or the organisation, companies included, that accepts these terms.'
)


@pytest.mark.parametrize(
    "definition",
    [
        DEFINED,
        "Licensee means any person or legal entity, including a corporation, that downloads it.",
        '"Recipient" refers to an individual, a university or a company using the model.',
    ],
)
def test_evaluation_granted_to_a_licensee_with_companies_is_anyones(definition: str) -> None:
    grant = "Acme grants You a licence to run the model for Your internal evaluation of the model."
    scopes = _terms(f"{definition}\n\n{grant}")["use_scope"]
    assert isinstance(scopes, list) and "research-by-anyone" in scopes, definition


@pytest.mark.parametrize(
    ("definition", "grant"),
    [
        # companies left out: evaluation is not theirs
        (
            '"You" means an individual or a non-profit organisation, but never a company.',
            "Acme grants You a licence to run the model for Your internal evaluation of the model.",
        ),
        # research of one kind (academic): a company's research is not within it
        (DEFINED, "The weights are licensed to you for academic research."),
        # no confinement at all: the definition alone says nothing of the scope
        (DEFINED, "Acme grants You a licence to use the model for any lawful purpose."),
    ],
)
def test_no_research_by_anyone_without_both(definition: str, grant: str) -> None:
    scopes = _terms(f"{definition}\n\n{grant}")["use_scope"]
    assert "research-by-anyone" not in (scopes if isinstance(scopes, list) else []), grant


@pytest.mark.parametrize(
    "grant",
    [
        (
            "Acme licenses the model to you for personal and professional use, whether or not for"
            " profit."
        ),
        "Acme licenses the weights to you for any use, whether commercial or not.",
        "The checkpoint is licensed to members for their work, whether for profit or not.",
        "Acme licenses the weights to you without charge for any lawful purpose.",
        "Acme makes the adapters available to everyone for any purpose.",
        (
            "Acme permits anyone who obtains the weights to use and redistribute them. Nothing "
            "here limits commercial use."
        ),
        (
            "Acme permits anyone who obtains the weights to use and redistribute them. Nothing in"
            " this licence shall be construed to limit your right to deploy them commercially."
        ),
        (
            "Acme permits anyone who obtains the weights to use them. Nothing herein restricts "
            "commercial use of the weights."
        ),
    ],
)
def test_commerce_reached_in_other_words(grant: str) -> None:
    assert _terms(grant)["commercial_use"] == "allowed", grant


@pytest.mark.parametrize(
    "twin",
    [
        "You may use it for teaching, but not for profit.",
        "Acme never licenses the weights for any purpose without a signed agreement.",
        (
            "You may share the weights for non-commercial purposes only. Nothing here limits the "
            "ban on commercial use."
        ),
    ],
)
def test_twins_do_not_reach_commerce(twin: str) -> None:
    assert _terms(twin)["commercial_use"] != "allowed", twin


@pytest.mark.parametrize(
    "clause",
    [
        (
            "You agree to use the model in line with the Acme Use Policy posted at "
            "https://acme.example/policy, which is incorporated into this Agreement."
        ),
        "The Acme usage guidelines form part of this licence.",
        "Licensees must deploy the adapters only in accordance with our acceptable use policy.",
    ],
)
def test_a_use_policy_made_part_of_the_text(clause: str) -> None:
    assert _terms(clause)["acceptable_use_policy_incorporated"] is True, clause


@pytest.mark.parametrize(
    "twin",
    [
        (
            "Your data is used in line with our privacy policy, which is incorporated into this "
            "Agreement."
        ),
        "This licence does not include a use policy.",
    ],
)
def test_no_use_policy_incorporated(twin: str) -> None:
    assert _terms(twin)["acceptable_use_policy_incorporated"] is False, twin


NC_GRANT = (
    "Acme grants you a licence to use and modify the Model for research and for personal projects."
)


@pytest.mark.parametrize(
    "route",
    [
        # a company form's dot is no clause end
        (
            "Commercial use of the Model is permitted once Acme Models Inc. has given its prior "
            "written approval."
        ),
        "Commercial use is allowed once Heron S.A. has given its written approval.",
        (
            "Commercial use of the Model, meaning use in or for a product, a service or the "
            "running of a business, is permitted once Acme Cognition Inc. has given its prior "
            "written approval."
        ),
        "Commercial deployments are permitted after Wren Ltd. has given its written consent.",
    ],
)
def test_the_licensors_approval_read_past_a_company_form_or_a_definition(route: str) -> None:
    terms = _terms(f"{NC_GRANT}\n\n{route}")
    assert terms["commercial_use"] == "restricted", route
    conditions = terms["commercial_use_conditions"]
    assert isinstance(conditions, list) and "written-permission" in conditions, route


@pytest.mark.parametrize(
    "notice",
    [
        (
            "Before your first commercial use, e-mail notice@acme.example with your "
            "organisation's name."
        ),
        "Commercial users must give us written notice before launch.",
        "For commercial deployments, write to licensing@acme.example first.",
    ],
)
def test_a_notice_of_commercial_use_is_a_registration(notice: str) -> None:
    grant = (
        "Acme grants you a licence to use the Model for commercial ends as well as non-commercial"
        " ones."
    )
    conditions = _terms(f"{grant}\n\n{notice}")["commercial_use_conditions"]
    assert isinstance(conditions, list) and "registration" in conditions, notice


@pytest.mark.parametrize(
    "twin",
    [
        "Questions about the weights? E-mail help@acme.example.",
        "We may give notice of termination at any time.",
    ],
)
def test_an_address_or_a_notice_of_termination_is_no_registration(twin: str) -> None:
    grant = (
        "Acme grants you a licence to use the Model for commercial ends as well as non-commercial"
        " ones."
    )
    conditions = _terms(f"{grant}\n\n{twin}")["commercial_use_conditions"]
    assert "registration" not in (conditions if isinstance(conditions, list) else []), twin
