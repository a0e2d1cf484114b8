"""English shapes read from round O's misses, each with a twin in the other direction: grants
in the words of a permissive licence retold (whoever holds a copy may deal in it; acts
"permitted on these conditions"; put out "for anybody to use"; "you can use, copy and share"),
a grant with a disclaimer run on after a semicolon or a comma, products the reader sells
named inside or outside a grant, and a cap whose consequence is "you first get a separate
licence". Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _terms(body: str) -> dict[str, object]:
    return {k: v.value for k, v in extract_terms(f"Tui Model Licence\n\n{body}\n").items()}


@pytest.mark.parametrize(
    "grant",
    [
        "Anyone who gets a copy of the Tui weights may deal in them without restriction: use,"
        " copy, merge, publish and sell copies, on one condition: keep this notice.",
        "Use and redistribution of the weights, changed or not, are permitted on these"
        " conditions: keep this notice.",
        "Tui Labs puts the weights out for anyone to run for anything, for money or not.",
        "**What you get.** You can use, copy and share the weights and build products with"
        " them, including products you sell.",
        "Do what you like with the Tui weights, commercially or not; no warranty.",
        "Tui Labs puts the weights out for everybody to use for anything, no fee, no warranty.",
    ],
)
def test_a_permissive_grant_retold_allows_commercial_use(grant: str) -> None:
    terms = _terms(grant)
    assert terms["commercial_use"] == "allowed"
    assert terms["kind"] == "permissive-oss"


@pytest.mark.parametrize(
    "twin",
    [
        # the same subjects and verbs, the grant negated or narrowed
        "Anyone who gets a copy of the Tui weights may not deal in them.",
        "Anyone who gets a copy may copy the weights, but not for money.",
        # an instruction, no grant
        "You can use GGUF files from Python with the llama-cpp-python package.",
        "You can run the weights on a GPU with the code below.",
        # a disclaimer alone, the semicolon and the comma list holding no grant
        "The weights are provided as is; the authors are not liable for anything.",
    ],
)
def test_twin_a_grant_negated_or_an_instruction_allows_nothing(twin: str) -> None:
    assert _terms(twin)["commercial_use"] != "allowed"


@pytest.mark.parametrize(
    "carve_out",
    [
        "You can use the weights for anything except a product you sell.",
        "You may run the weights anywhere but in services you charge for.",
    ],
)
def test_a_grant_that_leaves_out_what_the_reader_sells_withholds_commercial_use(
    carve_out: str,
) -> None:
    assert _terms(carve_out)["commercial_use"] == "prohibited"


def test_a_cap_whose_consequence_is_getting_a_separate_licence() -> None:
    text = (
        "You may use the Tui weights. If any product of yours ever exceeds 5,000,000 monthly"
        " active users, you first get a separate licence from Tui Labs."
    )
    terms = _terms(text)
    assert terms["mau_threshold"] == 5_000_000
    assert terms["commercial_use"] == "restricted"


def test_twin_getting_the_weights_past_a_figure_is_no_cap() -> None:
    text = (
        "You may use the Tui weights. If you have more than 5,000,000 monthly active users,"
        " you get the weights from our faster mirror."
    )
    terms = _terms(text)
    assert terms["mau_threshold"] is None


@pytest.mark.parametrize(
    ("grant", "tag"),
    [
        (
            "Tui-3B: free for any use, commercial included, except operating or controlling"
            " critical infrastructure such as power grids.",
            "critical-infrastructure",
        ),
        ("You may use the weights for any purpose other than military uses.", "military"),
    ],
)
def test_the_use_a_grant_leaves_out_is_banned(grant: str, tag: str) -> None:
    terms = _terms(grant)
    assert terms["use_restrictions"] == [tag]
    assert terms["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "twin",
    [
        "You may use the weights for any purpose, except as the law of your country forbids.",
        # "but not limited to" names no exception
        "No other licence is granted, including but not limited to any patent right.",
    ],
)
def test_twin_an_exception_naming_no_use_bans_nothing(twin: str) -> None:
    assert _terms(twin)["use_restrictions"] == []


def test_a_cap_counting_related_bodies_corporate_counts_affiliates() -> None:
    text = (
        "You may use the Tui weights commercially. If the products made available by you and"
        " by your related bodies corporate, counted together, have more than 1,500,000 monthly"
        " active users, this licence does not cover you and you must ask us for a separate"
        " licence."
    )
    terms = extract_terms(f"Tui Model Licence\n\n{text}\n")
    assert terms["mau_threshold"].value == 1_500_000
    threshold = terms["user_threshold"].value
    assert isinstance(threshold, dict) and threshold["counts"] == "licensee-and-affiliates"


def test_twin_a_cap_counting_the_licensee_alone() -> None:
    text = (
        "You may use the Tui weights commercially. If the products made available by you have"
        " more than 1,500,000 monthly active users, this licence does not cover you and you"
        " must ask us for a separate licence."
    )
    threshold = extract_terms(f"Tui Model Licence\n\n{text}\n")["user_threshold"].value
    assert isinstance(threshold, dict) and threshold.get("counts") != "licensee-and-affiliates"


_HOSTING = (
    "Tui Labs grants you a free license to use and modify the Tui-34B model and to build and"
    " sell applications on it.\n\n{clause} offering the model itself to third parties as a"
    " hosted inference API or a managed model endpoint. An app that uses the model behind the"
    " scenes is fine."
)


def test_a_model_service_the_licence_does_not_cover_needs_another_licence() -> None:
    terms = _terms(_HOSTING.format(clause="There is one thing this license does not cover:"))
    assert "separate-license-for-model-service" in terms["commercial_use_conditions"]  # type: ignore[operator]


def test_twin_a_model_service_the_licence_covers() -> None:
    terms = _terms(_HOSTING.format(clause="This license also covers"))
    assert terms["commercial_use_conditions"] == []
    assert terms["commercial_use"] == "allowed"


def test_a_notice_naming_who_releases_it_before_the_licence() -> None:
    from auditor.licenses.text.identify import identify_text

    text = (
        "=======\nLicence\n=======\n\nEverything here, the weights included, is released by"
        " Tui Labs Ltd under the MIT License. The full text is in LICENSE.\n"
    )
    match = identify_text(text).match
    assert match is not None and match.id == "MIT"


def test_twin_a_notice_about_the_base_model_names_no_licence_of_this_one() -> None:
    from auditor.licenses.text.identify import identify_text

    text = (
        "=======\nLicence\n=======\n\nThe base model, which was released by Kea Labs under the"
        " MIT License, is not covered here; these weights are under the Tui Research Terms.\n"
    )
    match = identify_text(text).match
    assert match is None or match.id != "MIT"


_PLACES_TABLE = (
    "<html><body><h1>Tui Model Licence</h1><p>Tui Labs grants you a licence to use the model"
    " for any lawful purpose, including commercial purposes, where the table below allows.</p>"
    "<table><tr><th>{header}</th><th>May the model be deployed or made available there?</th>"
    "</tr><tr><td>Asia-Pacific</td><td>Yes</td></tr><tr><td>Member states of the European"
    " Union</td><td>No</td></tr><tr><td>United Kingdom</td><td>No</td></tr></table>"
    "</body></html>"
)


def test_a_table_of_places_answering_no_excludes_them() -> None:
    terms = _terms(_PLACES_TABLE.format(header="Territory"))
    assert terms["territorial_exclusions"] == ["EU", "GB"]


def test_twin_a_table_of_uses_answering_no_names_no_place() -> None:
    terms = _terms(_PLACES_TABLE.format(header="Use"))
    assert terms["territorial_exclusions"] == []


def test_a_grant_that_cannot_be_taken_back_including_commercial_purposes_allows() -> None:
    grant = (
        "Tui Labs gives you a copyright licence that never ends and cannot be taken back, to"
        " copy and adapt the weights, for any purpose, including commercial purposes."
    )
    assert _terms(grant)["commercial_use"] == "allowed"


def test_twin_a_licence_whose_weights_cannot_serve_commercial_purposes_withholds() -> None:
    twin = (
        "Tui Labs gives you a licence to copy the weights, which cannot serve commercial purposes."
    )
    assert _terms(twin)["commercial_use"] == "prohibited"
