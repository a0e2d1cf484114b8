"""Shapes found in session 40's held-out round U (English), each with a twin (sentences are ours).

- "Nothing in this licence lets you make <the model> ... available to others as a model: an
  inference API ..." bans hosting use; the same words with "stops you" do not.
- "<Licensor> lets you use <it> in commercial products" grants commercial use; the same grant
  "on condition that" a cap holds is no plain grant; a daily cap counted in "people served on
  any single day" is read as daily users.
- A ceiling of seats with "a seat is one person using the model in a month" is a cap on monthly
  users; concurrent seats, or a seat defined as an installation, stay unread.
- "ship it inside your app ... and charge for the app" grants commercial use; "may not charge"
  does not.
- '"commercial" means offering the model ... to people outside your own organisation' makes
  internal use anyone's; a definition reaching any business use does not.
- "Who may use it: anyone - ... company research labs alike" lets a company's research in;
  "anyone except company research labs" does not.
- A grant made available "for your own tinkering, study and unpaid research" is confined to
  research; adding "paid client work" confines nothing.
- "keep the weights off anything you sell" bans commercial use; "anything you give away for
  free" does not.
- "say in your documentation that your work uses X" is a credit duty.
- "use outside the Territory is not licensed" is a place, not a named product.
"""

from __future__ import annotations

from auditor.licenses.terms.extract import extract_terms


def _terms(text: str) -> dict[str, object]:
    return {key: found.value for key, found in extract_terms(text, path="LICENSE").items()}


_GRANT = "1. Heron Labs grants you a licence to use, copy and modify the weights for any purpose.\n"


# --- hosting use ------------------------------------------------------------------------------


def test_nothing_lets_you_offer_the_model_as_a_model_bans_hosting() -> None:
    text = _GRANT + (
        "2. Nothing in these terms allows you to make the weights, or a model derived from "
        "them, available to others as a model: a hosted inference endpoint or a tuning API.\n"
    )
    assert "no-hosting-use" in _terms(text)["use_scope"]  # type: ignore[operator]


def test_nothing_stops_you_offering_the_model_is_no_ban() -> None:
    text = _GRANT + (
        "2. Nothing in these terms stops you making the weights available to others as a "
        "model: a hosted inference endpoint or a tuning API.\n"
    )
    assert "no-hosting-use" not in _terms(text)["use_scope"]  # type: ignore[operator]


# --- a licensor's "lets you", daily caps ---------------------------------------------------------


def test_licensor_lets_you_use_it_in_commercial_products() -> None:
    terms = _terms("Wagtail Ltd lets you run and adapt the checkpoint in commercial services.\n")
    assert terms["commercial_use"] == "allowed"


def test_licensor_lets_you_on_condition_of_a_daily_cap_is_a_cap() -> None:
    text = (
        "Wagtail Ltd lets you run the checkpoint in commercial services on condition that no "
        "more than 8,000 (eight thousand) people are reached by it on any single day; past that, "
        "you need a paid licence.\n"
    )
    terms = _terms(text)
    assert terms["commercial_use"] == "restricted"
    assert terms["user_threshold"] == {"count": 8000, "unit": "dau"}


def test_a_monthly_figure_is_no_daily_cap() -> None:
    text = (
        "You may run the checkpoint in commercial services on condition that no more than "
        "8,000 people use it in any month; past that, you need a paid licence.\n"
    )
    terms = _terms(text)
    cap = terms["user_threshold"]
    assert cap is None or (isinstance(cap, dict) and cap["unit"] != "dau")
    assert terms["commercial_use"] != "allowed"  # the condition keeps it from a plain grant


# --- seats defined as people a month -------------------------------------------------------------


_SEATS = "Kite Software grants your firm a licence to use the model internally for up to 40 seats."


def test_seat_defined_as_a_person_a_month_is_a_monthly_user_cap() -> None:
    text = _SEATS + (
        ' "Seat" means an individual user of the model during any calendar month. '
        "Further seats need an order form.\n"
    )
    assert _terms(text)["user_threshold"] == {"count": 40, "unit": "mau"}


def test_seat_defined_as_a_person_a_week_is_a_weekly_user_cap() -> None:
    text = _SEATS + " Each seat is one named person who uses the model in a week.\n"
    assert _terms(text)["user_threshold"] == {"count": 40, "unit": "wau"}


def test_seat_defined_as_an_installation_stays_unread() -> None:
    text = _SEATS + " A seat is one installation of the model on a workstation.\n"
    terms = _terms(text)
    assert terms["user_threshold"] is None
    assert terms["commercial_use"] == "restricted"


def test_concurrent_seats_are_no_monthly_users() -> None:
    text = (
        "Kite Software grants your firm a licence to use the model internally for up to 40 "
        "concurrent seats. A seat is one person using the model in any month.\n"
    )
    assert _terms(text)["user_threshold"] is None


def test_seat_said_not_to_be_a_monthly_person_stays_unread() -> None:
    text = _SEATS + " A seat is not a person who uses the model in a month, but a workstation.\n"
    assert _terms(text)["user_threshold"] is None


# --- shipping in a paid app ----------------------------------------------------------------------


def test_ship_inside_your_app_and_charge_for_it_is_commercial() -> None:
    text = (
        "You can ship Heron-2B inside your game, on your players' consoles, "
        "and charge for the game.\n"
    )
    assert _terms(text)["commercial_use"] == "allowed"


def test_ship_inside_your_app_but_not_charge_is_no_commercial_grant() -> None:
    text = "You can ship Heron-2B inside your game, but you may not charge for the game.\n"
    assert _terms(text)["commercial_use"] != "allowed"


# --- commercial defined as offering to outsiders -----------------------------------------------


_NC = "You may use the checkpoint for non-commercial purposes only.\n"


def test_commercial_defined_as_offering_outside_makes_internal_use_anyones() -> None:
    text = _NC + (
        'In these terms, "commercial" means offering the checkpoint, or a service resting on '
        "it, to anyone outside your own company, paid or not.\n"
    )
    assert "internal-use-by-anyone" in _terms(text)["use_scope"]  # type: ignore[operator]


def test_commercial_defined_as_any_business_use_keeps_internal_use_out() -> None:
    text = _NC + (
        'In these terms, "commercial" means any use of the checkpoint in a business, including '
        "offering it to anyone outside your own company.\n"
    )
    assert "internal-use-by-anyone" not in _terms(text)["use_scope"]  # type: ignore[operator]


# --- research by anyone, in a who-may-use row --------------------------------------------------


_RESEARCH = "| What for | Evaluation and research only: benchmarks and papers |\n"


def test_anyone_with_company_research_teams_is_research_by_anyone() -> None:
    text = "| | |\n|---|---|\n| Who | Anyone: students, hospitals and corporate R&D teams alike |\n"
    assert "research-by-anyone" in _terms(text + _RESEARCH)["use_scope"]  # type: ignore[operator]


def test_anyone_but_company_research_teams_is_not() -> None:
    text = "| | |\n|---|---|\n| Who | Anyone but company research teams |\n"
    assert "research-by-anyone" not in _terms(text + _RESEARCH)["use_scope"]  # type: ignore[operator]


# --- unpaid purposes ----------------------------------------------------------------------------


def test_made_available_for_tinkering_and_unpaid_research_is_research_only() -> None:
    text = (
        "Finch Collective makes the adapters available to you only for tinkering, study and "
        "unpaid research.\n"
    )
    terms = _terms(text)
    assert terms["commercial_use"] == "prohibited"
    assert "research" in terms["use_scope"]  # type: ignore[operator]


def test_a_paid_purpose_in_the_list_confines_nothing() -> None:
    text = (
        "Finch Collective makes the adapters available to you for tinkering, study, unpaid "
        "research and paid client work.\n"
    )
    terms = _terms(text)
    assert terms["commercial_use"] != "prohibited"
    assert "research" not in terms["use_scope"]  # type: ignore[operator]


# --- kept off what is sold ----------------------------------------------------------------------


def test_keep_the_weights_off_what_you_sell_bans_commercial_use() -> None:
    text = (
        _GRANT
        + "2. Leave the weights, and any model built on them, out of any service you charge for.\n"
    )
    assert _terms(text)["commercial_use"] == "prohibited"


def test_keep_the_weights_off_free_giveaways_is_no_commercial_ban() -> None:
    text = _GRANT + "2. Keep the weights out of anything you give away at trade fairs.\n"
    assert _terms(text)["commercial_use"] != "prohibited"


# --- credit said in the documentation -------------------------------------------------------------


def test_say_in_your_documentation_that_you_use_it_is_credit() -> None:
    text = _GRANT + "2. State in your release notes that your product is built on Heron-2B.\n"
    assert _terms(text)["attribution_required"] is True


def test_never_say_it_in_your_documentation_is_no_credit() -> None:
    text = (
        _GRANT + "2. Do not state in your release notes that your product is built on Heron-2B.\n"
    )
    assert _terms(text)["attribution_required"] is not True


# --- outside a defined territory ------------------------------------------------------------------


def test_use_outside_the_territory_is_no_product_confinement() -> None:
    text = (
        "1. Kite Ltd licenses you to use and commercially exploit the model within the Licensed "
        "Territory.\n2. Use of the model outside the Licensed Territory is not licensed.\n"
    )
    terms = _terms(text)
    assert "with-product-only" not in terms["use_scope"]  # type: ignore[operator]


def test_use_outside_a_named_product_is_product_confinement() -> None:
    text = _GRANT + "2. Use of the model outside Kite Studio is not licensed.\n"
    assert "with-product-only" in _terms(text)["use_scope"]  # type: ignore[operator]
