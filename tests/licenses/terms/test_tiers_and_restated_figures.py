"""Caps told by a tier table, a class beyond the cap, a figure restated in brackets, and a grant
of both kinds said before its verb (licenses/terms/tables.py `band_row`, thresholds.py
`_named_back`, annex_refs.py `restated_once`, clause rule
commercial_use/commercial-allowed+both-kinds). Each with a twin the old code also reads, or
that must stay unread. Texts are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_TIERS = """HAWTHORN OPEN WEIGHTS TERMS

1. You may run, adapt and redistribute the Hawthorn-9B weights.
2. Whether your organisation may use them commercially for free depends on the tier in
   Table A below. An organisation outside the free tier must sign a paid agreement with
   Hawthorn BV before any commercial use.

Table A
| Tier       | {measure}                        | Commercial use           |
|------------|----------------------------------|--------------------------|
| Community  | up to EUR 2,000,000              | free                     |
| Enterprise | above EUR 2,000,000              | paid agreement required  |
"""


@pytest.mark.parametrize("measure", ["Group annual turnover", "Annual revenue"])
def test_a_bound_in_a_cell_of_its_own_heads_the_row(measure: str) -> None:
    terms = extract_terms(_TIERS.format(measure=measure), path="LICENSE")
    assert terms["revenue_threshold"].value == {
        "amount": 2_000_000,
        "currency": "EUR",
        "period": "year",
        "measure": "revenue",
    }
    # the sentence naming the class beyond the free tier is the cap's consequence only
    assert terms["commercial_use_conditions"].value == ["separate-license-above-threshold"]


def test_without_a_cap_a_paid_agreement_binds_everyone() -> None:
    # Twin: no table states the free tier's bound: the paid agreement is asked of every
    # organisation outside a tier the text never sets, so it is no cap's consequence
    text = _TIERS.split("Table A")[0]
    conditions = extract_terms(text, path="LICENSE")["commercial_use_conditions"].value
    assert conditions != ["separate-license-above-threshold"]


@pytest.mark.parametrize(
    ("annex", "amount", "currency"),
    [
        (
            "Annex 1 - Revenue figure: two million pounds sterling (GBP 2,000,000).",
            2_000_000,
            "GBP",
        ),
        ("Annex 1 - Revenue figure: EUR 20 million (twenty million euros).", 20_000_000, "EUR"),
    ],
)
def test_a_figure_restated_in_brackets_is_one_figure(
    annex: str, amount: int, currency: str
) -> None:
    text = (
        "KESTREL MODEL AGREEMENT\n\n"
        "Clause 1. The licensor grants a worldwide licence to use and modify the model.\n"
        "Clause 2. A licensee whose annual revenue exceeds the figure in Annex 1 may not use the\n"
        "model commercially without a separate written agreement.\n\n" + annex + "\n"
    )
    value = extract_terms(text, path="LICENSE")["revenue_threshold"].value
    assert isinstance(value, dict)
    assert (value["amount"], value["currency"]) == (amount, currency)


def test_two_different_figures_in_an_annex_give_none() -> None:
    # Twin: the annex states two bands, not one figure restated: no figure is put in place
    text = (
        "KESTREL MODEL AGREEMENT\n\n"
        "Clause 2. A licensee whose annual revenue exceeds the figure in Annex 1 may not use the\n"
        "model commercially without a separate written agreement.\n\n"
        "Annex 1 - Revenue figures: EUR 2 million for start-ups, EUR 20 million for others.\n"
    )
    assert extract_terms(text, path="LICENSE")["revenue_threshold"].value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Section 1. Commercial and non-commercial use of the weights is granted to everyone.",
        "Personal and commercial uses are allowed without a fee.",
        "Non-commercial and commercial use of Wren-2B are both permitted.",
    ],
)
def test_both_kinds_named_before_the_permission_grant_commercial_use(sentence: str) -> None:
    assert extract_terms(sentence, path="LICENSE")["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Commercial and non-commercial use are not granted by this notice.",
        "Commercial and non-commercial use is only allowed for members of the foundation.",
    ],
)
def test_both_kinds_denied_or_confined_are_no_grant(sentence: str) -> None:
    assert extract_terms(sentence, path="LICENSE")["commercial_use"].value != "allowed"
