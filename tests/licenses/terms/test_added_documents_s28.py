"""Terms in documents beside the licence, read by their shape (session 28, held-out round H1).

Shapes, each with texts written for this test in our own words and a twin that must not read:
- a grant withheld for commercial use after a long object ("no right is given to run the
  files, or anything trained from them, for a commercial purpose");
- a grant of several acts for a list of unpaid purposes, research among them (a confinement);
- a definition numbered by a list marker ("(i) "Territory" means ...") still defines;
- a document that places itself beside a licence it names ("on top of the Apache License") adds
  to it: a "Terms of Service" so placed is no proprietary licence, and a use condition it adds
  is no disagreement, while a cap, confinement or territory it adds narrows the declared grant;
- a terms page under any file name (READ_BEFORE_USE.txt) is found by its words.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.disagree import TermDocument, disagreements
from auditor.licenses.terms.extract import ExtractedTerm, extract_terms
from auditor.licenses.terms.supplement import supplements_license
from auditor.model import Evidence
from auditor.sources.license_sniff import reads_as_terms


def terms(text: str) -> dict[str, ExtractedTerm]:
    return extract_terms(text, path="TERMS.md")


def listed(value: object) -> list[object]:
    """A list-valued term's items (none when the term is unset)."""
    return list(value) if isinstance(value, list) else []


def first_clause(value: object) -> dict[str, object]:
    """The first clause of a list-valued term of clauses."""
    items = listed(value)
    assert items and isinstance(items[0], dict), value
    return items[0]


@pytest.mark.parametrize(
    "text",
    [
        "No right is granted to run the checkpoints, or any network distilled from them, for a "
        "commercial purpose.",
        "This licence does not give you any right to deploy the adapters, alone or merged into "
        "another model of yours, for commercial purposes.",
        "Heron Labs grants no licence to host the weights, or a service built on top of them, "
        "for commercial use.",
    ],
)
def test_a_grant_withheld_after_a_long_object_bans_commercial_use(text: str) -> None:
    assert terms(text)["commercial_use"].value == "prohibited", text


def test_a_withheld_warranty_is_no_ban() -> None:
    text = (
        "No warranty is given for the checkpoints, or any network distilled from them, when "
        "used for a commercial purpose."
    )
    assert terms(text)["commercial_use"].value != "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "You may download, run and fine-tune the weights for private study, teaching and "
        "academic research.",
        "Licensees may copy, test and modify the model for classroom teaching, evaluation or "
        "scientific research.",
    ],
)
def test_a_grant_for_a_list_of_unpaid_purposes_is_confined(text: str) -> None:
    found = terms(text)
    assert "research" in listed(found["use_scope"].value), text


@pytest.mark.parametrize(
    "text",
    [
        "You may copy and run the weights for teaching, research and commercial products.",
        "You may download and run the weights for research, teaching and client work.",
    ],
)
def test_a_list_with_a_paid_purpose_is_no_confinement(text: str) -> None:
    assert "research" not in listed(terms(text)["use_scope"].value), text


def test_a_definition_numbered_by_a_marker_still_defines_a_place() -> None:
    text = (
        "Territorial limit.\n\n"
        '  (a) "Service Area" means Australia and New Zealand.\n'
        "  (b) You may operate the model only within the Service Area.\n"
    )
    clause = first_clause(terms(text)["excluded_use_territories"].value)
    assert set(listed(clause["regions"])) == {"AU", "NZ"}, clause


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("These rules bind all who host the weights, on top of the Apache License 2.0.", True),
        ("This policy applies in addition to the MIT licence in LICENSE.", True),
        ("This addendum is a supplement to the OpenRAIL-M license.", True),
        ("These terms replace the Apache License 2.0 for the weights.", False),
        ("You may use the model in addition to this licence.", False),
        ("These terms add no condition to the MIT licence.", False),
        ("We added to the docs a licence summary.", False),
    ],
)
def test_a_document_placing_itself_beside_a_licence(text: str, adds: bool) -> None:
    assert supplements_license(text) is adds


def test_terms_of_service_on_top_of_an_open_licence_are_no_proprietary_licence() -> None:
    head = "QUARTZ-2B TERMS OF SERVICE\n\n"
    ban = "1. You must not use Quartz-2B for gambling services.\n"
    placed = "These terms bind anyone who runs the weights, on top of the MIT License.\n"
    assert terms(head + ban)["kind"].value == "proprietary-terms"
    assert terms(head + placed + ban)["kind"].value != "proprietary-terms"


def _doc(path: str, role: str, kind: str | None, **values: object) -> TermDocument:
    found = terms("")
    quote = (Evidence(path, 1, "a clause"),)
    for key, value in values.items():
        found[key] = ExtractedTerm(value, quote)
    return TermDocument(path, role, found, kind, None)


def test_a_supplement_adding_a_use_condition_is_no_disagreement() -> None:
    base = _doc("LICENSE", "license", "permissive-oss", commercial_use="allowed")
    added = _doc("TERMS", "license", "open-weight-restricted", use_restrictions=["military"])
    assert disagreements([base, added], None)  # not placed beside the licence: a rival text
    placed = TermDocument(added.path, added.role, added.terms, added.kind, None, supplement=True)
    assert not disagreements([base, placed], None)


def test_a_document_narrowing_the_grant_is_said_even_within_the_limit() -> None:
    base = _doc("LICENSE", "license", "permissive-oss", commercial_use="allowed")
    territory = [{"regions": ["CA", "US"], "models": "all", "exempts": [], "within": True}]
    narrower = _doc("READ_ME_FIRST.txt", "other", None, excluded_use_territories=territory)
    placed = TermDocument(narrower.path, narrower.role, narrower.terms, None, None, supplement=True)
    for doc in (narrower, placed):
        (found,) = disagreements([base, doc], None)
        assert "narrower" in found.message and "territories" in found.message


def test_a_terms_page_is_found_by_its_words_whatever_its_name() -> None:
    page = (
        "BEFORE YOU DEPLOY: GARNET-1B\n\n"
        "Garnet Labs releases the Garnet-1B weights under the MIT License (see LICENSE) with "
        "the regional limit below.\n"
        '1. "Permitted Region" means Japan.\n'
        "2. You may serve the model only within the Permitted Region. Nothing else is "
        "licensed.\n"
        "3. This limit is governed by the laws of Japan.\n"
    )
    assert reads_as_terms(page, "BEFORE_YOU_DEPLOY.txt") is not None
    notes = (
        "BEFORE YOU DEPLOY: GARNET-1B\n\n"
        "Check that your GPU has 8 GB of memory. Install the requirements, download the "
        "weights and run the server with the default settings. Logs go to the console.\n"
    )
    assert reads_as_terms(notes, "BEFORE_YOU_DEPLOY.txt") is None


@pytest.mark.parametrize(
    "text",
    [
        "Hobby use of the weights is permitted under the MIT file. Commercial deployment of the "
        "weights is not.",
        "Personal and classroom use is licensed here, but commercial use is not.",
        "Study use is covered by LICENSE; commercial exploitation is not.",
    ],
)
def test_commercial_use_left_out_of_a_grant_by_an_ellipsis(text: str) -> None:
    assert terms(f"TERMS\n\n{text}\n")["commercial_use"].value == "prohibited", text


@pytest.mark.parametrize(
    "text",
    [
        "Research use is restricted to registered labs. Commercial use is not.",
        "Personal use is not covered here. Commercial use is not either.",
    ],
)
def test_an_ellipsis_after_a_restriction_bans_nothing(text: str) -> None:
    assert terms(f"TERMS\n\n{text}\n")["commercial_use"].value != "prohibited", text


@pytest.mark.parametrize(
    "text",
    [
        "The Apache-2.0 file at the top of this repository covers commercial deployment of the "
        "adapters as well.",
        "Commercial use of the checkpoint is covered by the MIT licence in LICENSE.",
    ],
)
def test_a_licence_said_to_cover_commercial_use_allows_it(text: str) -> None:
    assert terms(f"TERMS\n\n{text}\n")["commercial_use"].value == "allowed", text


def test_a_licence_said_not_to_cover_commercial_use_does_not_allow_it() -> None:
    text = "The Apache-2.0 file does not cover commercial deployment of the adapters."
    assert terms(f"TERMS\n\n{text}\n")["commercial_use"].value != "allowed"


def test_a_bound_defined_in_a_definition_list() -> None:
    text = (
        "Who may use it\n\nA company whose Yearly Revenue is above the Revenue Limit needs a "
        "separate licence before any use.\n\nDefinitions\n\nRevenue Limit\n   Five million US "
        "dollars (USD 5,000,000).\n\nSupport Hours\n   Nine to five.\n"
    )
    cap = terms(text)["revenue_threshold"].value
    assert isinstance(cap, dict) and cap["amount"] == 5_000_000, cap


@pytest.mark.parametrize(
    "text",
    [
        "Running the weights in a commercial setting, that is inside any company, needs our "
        "say-so in writing first.",
        "Commercial products built on the adapters need the sign-off of Heron Labs.",
        "Any commercial deployment waits for our go-ahead, given by e-mail.",
    ],
)
def test_the_licensors_say_so_is_a_permission(text: str) -> None:
    found = terms(f"TERMS\n\n{text}\n")
    assert "written-permission" in listed(found["commercial_use_conditions"].value), text


def test_a_sign_off_by_the_licensee_is_no_permission_of_the_licensor() -> None:
    text = "Commercial deployments are welcome; keep a record of your team's internal review."
    found = terms(f"TERMS\n\n{text}\n")
    assert "written-permission" not in listed(found["commercial_use_conditions"].value)


@pytest.mark.parametrize(
    ("text", "models"),
    [
        ("You may not put the adapters into service in the European Union.", "all"),
        (
            "The checkpoint shall not be placed on the market of any Member State of the European "
            "Union.",
            "all",
        ),
        (
            "An Image-Capable Member may not be made available to users located in Brazil.",
            "multimodal",
        ),
        ("A vision-enabled variant must not be served in Japan.", "multimodal"),
    ],
)
def test_a_ban_on_bringing_the_model_to_a_place(text: str, models: str) -> None:
    clause = first_clause(terms(f"TERMS\n\n{text}\n")["excluded_use_territories"].value)
    assert clause["models"] == models, (text, clause)


@pytest.mark.parametrize(
    "text",
    [
        "The model may be put into service in the European Union.",
        "Run the model in batch mode to serve in Peak hours.",
    ],
)
def test_no_ban_on_bringing_the_model_to_a_place(text: str) -> None:
    assert not terms(f"TERMS\n\n{text}\n")["excluded_use_territories"].value, text
