"""Territorial clauses keep their shape: whom they withhold rights from or where use is barred,
which models they cover, and whom they exempt. The sentences are our own wordings of the
shapes real licenses use (never their text)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.combine import TermSource, combine_terms, union_clauses
from auditor.licenses.terms.extract import extract_terms
from auditor.model.term_words import describe_term
from auditor.model.terms import clause_regions


def clauses(text: str) -> tuple[object, object]:
    terms = extract_terms(text)
    return terms["excluded_licensee_domiciles"].value, terms["excluded_use_territories"].value


@pytest.mark.parametrize(
    "text",
    [
        "No license is granted to persons domiciled in the European Union.",
        "The rights above are not granted to a company whose principal place of business is in "
        "the European Union.",
        "Licensees headquartered in the European Union may not use the Model.",
        "Companies incorporated in the European Union are not licensed under this Agreement.",
    ],
)
def test_a_clause_about_the_licensee_seat_is_a_domicile_exclusion(text: str) -> None:
    domiciles, territories = clauses(text)
    assert domiciles == [{"regions": ["EU"], "models": "all", "exempts": []}]
    assert territories == []


@pytest.mark.parametrize(
    "text",
    [
        "The Model may not be used in Iran.",
        "You shall not deploy the Model within the Russian Federation.",
        "'Territory' means the whole world, excluding the European Union, the United Kingdom "
        "and South Korea.",
    ],
)
def test_a_clause_about_where_the_model_runs_is_a_use_territory(text: str) -> None:
    domiciles, territories = clauses(text)
    assert domiciles == []
    assert isinstance(territories, list) and len(territories) == 1
    assert territories[0]["models"] == "all"


def test_a_territory_defined_to_leave_places_out_names_those_places_only() -> None:
    _, territories = clauses(
        "'Territory' means the whole world, excluding the European Union, the United Kingdom "
        "and South Korea."
    )
    assert territories == [{"regions": ["EU", "GB", "KR"], "models": "all", "exempts": []}]


def test_a_clause_on_multimodal_models_with_an_end_user_exemption_keeps_both() -> None:
    text = (
        "For the multimodal models of this release, the grant in Section 2 is not given to "
        "anyone domiciled in the European Union. People who only use a product built on those "
        "models are end users, and this paragraph does not apply to end users."
    )
    domiciles, territories = clauses(text)
    assert domiciles == [{"regions": ["EU"], "models": "multimodal", "exempts": ["end-users"]}]
    assert territories == []


def test_an_export_control_clause_is_not_a_territorial_exclusion() -> None:
    domiciles, territories = clauses(
        "You may not export the Model to persons located in Iran in breach of export control "
        "and sanctions laws."
    )
    assert domiciles == [] and territories == []


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "You may not use the Model, or offer it, in any country under comprehensive United "
            "States sanctions (today Cuba, Iran, North Korea and Syria), nor for anyone on a U.S. "
            "or non-U.S. restricted parties list.",
            ["CU", "IR", "KP", "SY"],
        ),
        ("The weights shall not be exported or re-exported to North Korea or Syria.", ["KP", "SY"]),
        (
            "The Model must not be made available in Belarus or Russia, which are subject to "
            "European Union sanctions and the laws of the United Kingdom.",
            ["BY", "RU"],
        ),
    ],
)
def test_a_sanctions_ban_naming_places_excludes_them_but_not_the_sanctioning_state(
    text: str, regions: list[str]
) -> None:
    domiciles, territories = clauses(text)
    assert domiciles == []
    assert territories == [{"regions": regions, "models": "all", "exempts": []}]


@pytest.mark.parametrize(
    "text",
    [
        "You may not ship the weights to Syria without first obtaining an export licence.",
        "The Model may not be provided to Cuba except as authorised by United States law.",
        "You shall comply with the export laws of the United States and of the European Union.",
    ],
)
def test_a_sanctions_clause_that_restates_the_law_excludes_no_place(text: str) -> None:
    assert clauses(text) == ([], [])


def test_clauses_combine_as_a_union_each_keeping_its_scope() -> None:
    text_wide = {
        "excluded_licensee_domiciles": [
            {"regions": ["EU"], "models": "multimodal", "exempts": ["end-users"]}
        ]
    }
    ancestor = {
        "excluded_licensee_domiciles": [
            {"regions": ["EU"], "models": "all", "exempts": ["end-users"]}
        ]
    }
    values, _ = combine_terms([TermSource(text_wide, {}), TermSource(ancestor, {}, 1)])
    assert values["excluded_licensee_domiciles"] == [
        {"regions": ["EU"], "models": "all", "exempts": ["end-users"]},
        {"regions": ["EU"], "models": "multimodal", "exempts": ["end-users"]},
    ]
    assert union_clauses([ancestor["excluded_licensee_domiciles"]] * 2) == [
        {"regions": ["EU"], "models": "all", "exempts": ["end-users"]}
    ]


def test_clause_regions_follow_the_model_modality() -> None:
    value = [
        {"regions": ["EU"], "models": "multimodal", "exempts": []},
        {"regions": ["KR"], "models": "all", "exempts": []},
    ]
    assert clause_regions(value, multimodal=False) == ["KR"]
    assert clause_regions(value, multimodal=True) == ["EU", "KR"]
    assert clause_regions(value) == ["EU", "KR"]
    assert clause_regions(None) is None


def test_a_clause_is_described_with_its_scope_and_exemption() -> None:
    sentence = describe_term(
        "excluded_licensee_domiciles",
        [{"regions": ["EU"], "models": "multimodal", "exempts": ["end-users"]}],
    )
    assert sentence == (
        "No rights to the multimodal models for licensees domiciled in: EU. "
        "End users of a product built on them are not affected."
    )
    assert describe_term("excluded_use_territories", []) is None


@pytest.mark.parametrize(
    "text",
    [
        # a choice-of-law clause that keeps a convention out: a place, a "does not apply", no
        # territory (in capitals too, as many licenses print it)
        "CALIFORNIA LAW GOVERNS THIS AGREEMENT; THE VIENNA SALES CONVENTION DOES NOT APPLY TO "
        "THIS AGREEMENT.",
        "If you obtained the software in Germany, Section 7 does not apply; the vendor instead "
        "warrants the functions set out in the Documentation.",
        "If you are a California resident, you waive the rule that a general release does not "
        "extend to claims you do not know of.",
        "You represent that you are not located in any such country or on any such list, and you "
        "will not use the software for purposes prohibited by U.S. laws.",
    ],
)
def test_clauses_that_name_a_place_but_withhold_nothing_there_are_no_territory(text: str) -> None:
    assert clauses(text) == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "Where a Wren model accepts images, video or audio as input, no rights under section 1 "
        "are granted for that model to companies whose principal place of business is in the "
        "European Union.",
        "If a checkpoint of the family takes text and images, no rights are granted to companies "
        "headquartered in the European Union.",
        # the clause says nothing of modality; the next sentence leaves text-only models out
        "No rights are granted to companies whose principal place of business is in the "
        "European Union. Text-only models of the family are not affected by this section.",
        "No rights are granted to companies whose principal place of business is in the "
        "European Union. This restriction does not apply to text-only models.",
    ],
)
def test_a_clause_for_models_taking_images_covers_multimodal_models_only(text: str) -> None:
    domiciles, _ = clauses(text)
    assert domiciles == [{"regions": ["EU"], "models": "multimodal", "exempts": []}]


@pytest.mark.parametrize(
    "text",
    [
        "No rights are granted to companies whose principal place of business is in the "
        "European Union. You may not use the model to process images of people.",
        "No rights are granted to companies whose principal place of business is in the "
        "European Union. This restriction applies to text-only models too.",
        "No rights are granted to companies whose principal place of business is in the "
        "European Union. Text-only models are licensed under section 1.",
    ],
)
def test_a_clause_naming_no_modality_covers_every_model(text: str) -> None:
    domiciles, _ = clauses(text)
    assert domiciles == [{"regions": ["EU"], "models": "all", "exempts": []}]
