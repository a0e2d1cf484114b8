"""English shapes read from round M's misses, each with a twin in the other direction:
definitions after a dashed lead-in that an indented layout joins to them, every ISO 3166
country a territory clause may name, a territory list longer than a few places, and the
clause after a list of places kept out of it. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.places import find_places

_TERRITORY = (
    "KOWHAI MODEL LICENCE\n\n"
    "1  Interpretation\n"
    "   In this licence -\n"
    "   Permitted Area means {places}, and nowhere else:\n"
    "   Model means the Kowhai-2B weights.\n\n"
    "2  Where\n"
    "   You may run the Model, and offer anything built on it, only within\n"
    "   the Permitted Area.\n"
)


def _within(text: str) -> list[str]:
    clauses = extract_terms(text, path="LICENCE.txt")["excluded_use_territories"].value
    assert isinstance(clauses, list) and len(clauses) == 1 and clauses[0]["within"]
    regions = clauses[0]["regions"]
    assert isinstance(regions, list)
    return regions


def test_a_definition_after_a_dashed_lead_in_on_indented_lines() -> None:
    text = _TERRITORY.format(places="Fiji, Samoa, Tonga and the Commonwealth of Australia")
    assert _within(text) == ["AU", "FJ", "TO", "WS"]


def test_twin_without_the_definition_no_territory_is_read() -> None:
    text = _TERRITORY.replace("   Permitted Area means {places}, and nowhere else:\n", "")
    clauses = extract_terms(text, path="LICENCE.txt")["excluded_use_territories"].value
    assert clauses == []


@pytest.mark.parametrize(
    ("name", "code"),
    [("Tajikistan", "TJ"), ("the Cook Islands", "CK"), ("Niue", "NU"), ("Papua New Guinea", "PG")],
)
def test_every_iso_country_is_a_place(name: str, code: str) -> None:
    assert [codes for _, _, codes in find_places(f"the laws of {name}")] == [(code,)]


@pytest.mark.parametrize("word", ["Jordan", "Chad", "Jersey", "Guinea"])
def test_twin_country_names_that_are_common_words_are_not_read_from_the_iso_list(
    word: str,
) -> None:
    assert find_places(f"a note by {word} on the release") == []


def test_a_long_list_of_places_is_read_whole() -> None:
    text = (
        "You may deploy the weights only within Belgium, the Netherlands, Luxembourg, Denmark, "
        "Sweden, Norway, Finland, Iceland, Estonia and Latvia.\n"
    )
    assert _within(text) == ["BE", "DK", "EE", "FI", "IS", "LU", "LV", "NL", "NO", "SE"]


def test_twin_the_clause_after_the_list_is_not_a_place_of_it() -> None:
    text = (
        "You may deploy the weights only within Japan, and disputes go to the courts of "
        "Singapore.\n"
    )
    assert _within(text) == ["JP"]


def _terms(text: str) -> dict[str, object]:
    return {k: v.value for k, v in extract_terms(text, path="LICENSE").items()}


@pytest.mark.parametrize(
    "grant",
    [
        "You can use Wren-7B for anything, including in products you sell.",
        "You can use it in anything, including stuff you charge money for.",
        "Use it. Personal, research, commercial: all fine.",
        "No term of this licence is to be read as preventing you from using Wren-7B in a "
        "business or in a product or service that you sell.",
    ],
)
def test_plain_and_double_negative_grants(grant: str) -> None:
    assert _terms(f"Wren-7B licence\n\n{grant}\n")["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "You can use the weights for anything except a product you sell.",
        "No term of this licence is to be read as preventing you from using the model in a "
        "business unless you pay the fee.",
        "Commercial: not allowed.",
    ],
)
def test_twin_grants_left_out_or_conditioned_are_not_plain(sentence: str) -> None:
    assert _terms(f"Wren-7B licence\n\n{sentence}\n")["commercial_use"] != "allowed"


def test_a_cap_on_calls_to_the_model_is_a_cap_in_requests() -> None:
    text = (
        "Kea-2B licence\n\n1. Use it. Personal, research, commercial: all fine.\n"
        "2. Once a deployment answers more than fifty thousand (50,000) calls to the model in a "
        "single day, that deployment needs a volume licence from Kea AI Limited.\n"
    )
    assert _terms(text)["user_threshold"] == {"count": 50_000, "unit": "requests"}


_SCHEDULE = (
    "TUI-13B LICENCE\n\n1. Grant. You may use the Model and build products on it, for reward or "
    "otherwise.\n2. Scale. Once the monthly active users of all your products and services "
    "that use the Model together pass the figure in Schedule 1, item 2, clause 1 no longer "
    "licenses you and you must arrange a separate licence with us.\n\nSCHEDULE 1\n"
    "Item 1  Model: Tui-13B, all checkpoints\nItem 2  {row}\n"
)


def test_a_cap_pointing_to_an_item_of_a_schedule_takes_that_items_figure() -> None:
    terms = _terms(_SCHEDULE.format(row="Monthly active user figure: one million (1,000,000)"))
    assert terms["mau_threshold"] == 1_000_000
    assert terms["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_an_item_stating_no_figure_leaves_the_cap_unread_but_said() -> None:
    terms = _terms(_SCHEDULE.format(row="Monthly active user figure: as agreed in writing"))
    assert terms["mau_threshold"] is None
    assert terms["commercial_use"] == "restricted"  # the unread cap restricts, never drops


def test_a_ban_on_putting_the_model_to_work_in_a_defence_programme() -> None:
    text = (
        "Marram Licence\n\nMarram Labs lets anyone run, adapt and sell services on Marram-4B.\n\n"
        "Second, do not put Marram-4B or anything made from it to work in designing, aiming or "
        "operating weapons, or in any other armed-forces or defence programme.\n"
    )
    assert _terms(text)["use_restrictions"] == ["military", "weapons"]


def test_twin_an_instruction_in_a_prompt_is_no_ban() -> None:
    text = (
        "Wren-7B chat\n\nSystem prompt: If you don't know the answer to a question, please "
        "don't share false information.\n"
    )
    assert _terms(text)["use_restrictions"] == []


def test_twin_support_requests_are_no_cap_on_the_model() -> None:
    text = (
        "Support. Such support services are, in any event, limited to your making a maximum of "
        "20 requests for assistance during the support period.\n"
    )
    assert _terms(text)["user_threshold"] is None


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("This licence is governed by Kenyan law.", "KE"),
        ("Disputes about this licence are decided under South African law by the courts.", "ZA"),
        ("Disputes are resolved in accordance with the laws of Ghana.", "GH"),
    ],
)
def test_a_law_named_by_its_adjective_or_settling_disputes(sentence: str, code: str) -> None:
    assert (
        _terms(f"Wren licence\n\nYou may use Wren for anything.\n\n{sentence}\n")["governing_law"]
        == code
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Portuguese version prevails over the English summary of the law.",
        "Disputes are decided by the board after hearing both parties.",
    ],
)
def test_twin_a_language_or_a_board_names_no_law(sentence: str) -> None:
    text = f"Wren licence\n\nYou may use Wren for anything.\n\n{sentence}\n"
    assert _terms(text)["governing_law"] is None
