"""English clause shapes a held-out round found unread (round L, session 31), each with its
twin in the other direction. Sentences are our own.

- a clause numbered "1." or "2.1" read as its words (rules anchored at a sentence's start);
- several definitions in one sentence after a lead-in ('In this Agreement, "A" means ..., and
  "Territory" means Canada and the United States'), the territory then confining use;
- a bound defined by a pointer to the schedule that states it ("the sum stated at paragraph 2
  of Schedule 1"), the schedule's keyed row giving the amount;
- amounts in the currencies the exchange-rate bands know, Indian crore and lakh, "Rs." not
  ending a sentence;
- the deal to make first ("without first executing a separate commercial agreement");
- an FAQ answer read with its question ("... anything commercial? Only once we have said yes
  in writing.").
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def terms(text: str) -> dict[str, object]:
    return {key: found.value for key, found in extract_terms(text, path="LICENSE").items()}


@pytest.mark.parametrize("marker", ["1. ", "2.1 ", "(a) ", "iv. ", "- "])
def test_a_numbered_grant_is_read_by_its_words(marker: str) -> None:
    assert terms(f"Heron Licence\n\n{marker}You may use Heron-7B commercially.\n")[
        "commercial_use"
    ] == ("allowed")
    banned = terms(f"Heron Licence\n\n{marker}You may not use Heron-7B commercially.\n")
    assert banned["commercial_use"] == "prohibited"


_SEVERAL = (
    'Article 1. In this Agreement, "Licensor" means Example Corp., "Model" means the weights,'
    ' and "Territory" means {places}, and no other country.\n\n'
    "Article 2. The Licensor grants a royalty-free licence to use the Model, whether or not for"
    " profit.\n\nArticle 3. The rights in Article 2 may be exercised in the Territory only.\n"
)


def test_a_territory_defined_among_several_definitions_confines_use() -> None:
    found = terms(_SEVERAL.format(places="Canada and the United States of America"))
    clauses = found["excluded_use_territories"]
    assert isinstance(clauses, list) and len(clauses) == 1
    clause = clauses[0]
    assert clause["within"] is True and sorted(clause["regions"]) == ["CA", "US"]


def test_a_lead_in_definition_of_the_world_confines_nothing() -> None:
    found = terms(_SEVERAL.format(places="the whole world").replace(", and no other country", ""))
    assert found["excluded_use_territories"] == []


_POINTED = (
    '1.1 "Turnover" means the Licensee\'s income in its last financial year.\n'
    '1.2 "Threshold" means the sum stated at paragraph 2 of Schedule 1.\n\n'
    "2.1 The Licensor grants the Licensee a licence to use the Model for any purpose,"
    " commercial purposes included.\n\n"
    "4.1 Clause 2 shall not extend to a Licensee whose Turnover exceeds the Threshold.\n\n"
    "SCHEDULE 1\n1. Address: 4 High Street, Guildford.\n2. Threshold: {amount}.\n"
)


def test_a_bound_defined_by_a_pointer_takes_the_schedules_amount() -> None:
    cap = terms(_POINTED.format(amount="£20,000,000 (twenty million pounds sterling)"))
    assert cap["revenue_threshold"] == {
        "amount": 20_000_000,
        "currency": "GBP",
        "period": None,
        "measure": "revenue",
    }


def test_a_schedule_row_without_an_amount_states_no_cap() -> None:
    assert terms(_POINTED.format(amount="to be agreed"))["revenue_threshold"] is None


@pytest.mark.parametrize(
    ("said", "amount", "currency"),
    [
        ("Rs. 500 crore (Rupees Five Hundred Crore only)", 5_000_000_000, "INR"),
        ("INR 75,00,00,000", 750_000_000, "INR"),
        ("CHF 5 million", 5_000_000, "CHF"),
        ("KRW 10 billion", 10_000_000_000, "KRW"),
        ("R$ 20 million", 20_000_000, "BRL"),
        ("SEK 100 million", 100_000_000, "SEK"),
        ("PLN 40 million", 40_000_000, "PLN"),
        ("TRY 100 million", 100_000_000, "TRY"),
        ("NIS 30 million", 30_000_000, "ILS"),
        ("Rp 50 billion", 50_000_000_000, "IDR"),
        ("BGN 20 million", 20_000_000, "BGN"),
    ],
)
def test_revenue_caps_in_the_currencies_the_bands_know(
    said: str, amount: int, currency: str
) -> None:
    text = (
        "1. The Licensor grants you a licence to use the Model commercially.\n"
        f"2. A Licensee whose annual revenue exceeds {said} must obtain a separate commercial"
        " licence from the Licensor.\n"
    )
    cap = terms(text)["revenue_threshold"]
    assert isinstance(cap, dict) and (cap["amount"], cap["currency"]) == (amount, currency)


def test_a_verb_spelled_like_a_currency_is_no_amount() -> None:
    text = "You may use the Model commercially. Try 3 prompts before you file an issue.\n"
    assert terms(text)["revenue_threshold"] is None


_PROVISO = (
    "2.1 The Licensor grants the Licensee a licence to use and commercially exploit the Model.\n"
    "6.2 Provided that where the annual revenue of the Licensee exceeds Rs. 500 crore, the"
    " Licensee shall not exercise any right under Clause 2 {then}.\n"
)


def test_the_deal_to_make_first_is_the_consequence_of_the_cap() -> None:
    found = terms(_PROVISO.format(then="without first executing a separate commercial agreement"))
    assert found["commercial_use_conditions"] == ["separate-license-above-threshold"]
    assert found["revenue_threshold"] == {
        "amount": 5_000_000_000,
        "currency": "INR",
        "period": "year",
        "measure": "revenue",
    }


_FAQ = (
    "# Example FAQ licence\n\n**Can I download and play with it?**\nSure.\n\n"
    "**Can I build it into something my customers pay for, or use it commercially?**\n{answer}\n"
)


def test_an_faq_answer_is_read_with_its_question() -> None:
    found = terms(_FAQ.format(answer="Only once we have said yes in writing."))
    assert found["commercial_use"] == "restricted"
    assert found["commercial_use_conditions"] == ["written-permission"]


def test_an_answer_stating_its_own_subject_is_read_alone() -> None:
    found = terms(_FAQ.format(answer="Commercial use is allowed; no permission is needed."))
    assert found["commercial_use"] == "allowed"
    assert found["commercial_use_conditions"] == []


def test_a_yes_said_of_the_past_is_no_condition() -> None:
    found = terms("You may use the Model commercially. We said yes to every request last year.\n")
    assert found["commercial_use"] == "allowed"
    assert found["commercial_use_conditions"] == []


_SIZED = (
    "2.1 You may use the Model commercially.\n\n"
    "3.1 The figure is forty million (40,000,000).\n"
    "3.3 If that total is {compared} the figure in clause 3.1 in any calendar month, Part 2"
    " stops applying to you, and you need a separate licence from us to keep going.\n"
)


def test_a_further_licence_past_a_size_no_cap_reader_read_restricts_commercial_use() -> None:
    # never silence: the figure is not read, but the clause is a cap (commercial-cap-unread)
    found = terms(_SIZED.format(compared="more than"))
    assert found["commercial_use"] == "restricted"
    assert found["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_a_consequence_without_a_size_is_no_cap() -> None:
    text = (
        "2.1 You may use the Model commercially.\n3.3 On a breach, Part 2 stops applying to you.\n"
    )
    found = terms(text)
    assert found["commercial_use_conditions"] != ["separate-license-above-threshold"]


@pytest.mark.parametrize(
    "grant",
    [
        "You can run, change, sell access to and build products on Corvid-8B.",
        "Section A. You may deploy the model in commercial clinical software.",
    ],
)
def test_a_grant_naming_sale_or_commercial_products_allows_commercial_use(grant: str) -> None:
    assert terms(f"Example Terms\n\n{grant}\n")["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "twin",
    [
        "You may not sell access to Corvid-8B.",
        "You may sell the images you generate with Corvid-8B.",
        "Section A. You may deploy the model in commercial software only with our consent.",
    ],
)
def test_its_twins_allow_nothing_by_these_words(twin: str) -> None:
    assert terms(f"Example Terms\n\n{twin}\n")["commercial_use"] != "allowed"


_MEDICAL = (
    "Section A. You may deploy the model in commercial clinical software.\n\n"
    "Section B. {lead}no diagnosis, treatment recommendation or other medical advice may be"
    " produced with the model.\n"
)


def test_a_ban_said_as_no_thing_may_be_produced_is_a_ban() -> None:
    assert terms(_MEDICAL.format(lead=""))["use_restrictions"] == ["medical-advice"]


def test_a_licensed_professionals_exception_is_read_with_the_ban() -> None:
    lead = "Unless a licensed healthcare professional gives it or supervises it, "
    found = terms(_MEDICAL.format(lead=lead))["use_restrictions"]
    assert found == ["medical-advice", "unlicensed-professional-practice"]


@pytest.mark.parametrize(
    "label",
    [
        "Commercial use: Permitted",
        "- Commercial use: Yes",
        "| Item | Detail |\n|---|---|\n| Commercial use | Permitted |",
    ],
)
def test_a_label_keyed_by_commercial_use_with_a_plain_yes_allows_it(label: str) -> None:
    assert terms(f"{label}\n")["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "label",
    ["Commercial use: No", "Commercial use: Yes, with our written consent"],
)
def test_a_commercial_use_label_saying_no_or_more_allows_nothing_by_itself(label: str) -> None:
    assert terms(f"{label}\n")["commercial_use"] != "allowed"


_FOOTNOTED = (
    "- Commercial use: Permitted[^1]\n- Warranty: None\n\n"
    "[^1]: Per product, up to 2,000,000 monthly active users. A product that goes past that\n"
    "figure needs its own licence from Example Labs Ltd before it keeps using the model.\n"
)


def test_a_footnote_after_a_label_list_is_read_not_taken_for_its_warranty_section() -> None:
    found = terms(_FOOTNOTED)
    assert found["commercial_use"] == "restricted"
    assert found["user_threshold"] == {"count": 2_000_000, "unit": "mau"}


def test_a_heading_named_warranty_still_heads_its_section() -> None:
    text = "## Warranty\n\nUp to 2,000,000 monthly active users are covered by this warranty.\n"
    assert terms(text)["user_threshold"] is None
