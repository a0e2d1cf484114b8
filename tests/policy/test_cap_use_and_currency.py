"""Caps that bind commercial use only, and money caps in another currency.

A cap whose clause is conditioned on commercial use (Tongyi Qianwen 4: above 100 million
monthly active users, but only for a licensee commercially using the materials) does not reach
a deployment that is not commercial; a cap for every use
(Llama 2: 700 million monthly active users, whoever the licensee) still does. A yearly revenue
cap in euros is compared with US-dollar revenue through a band of plausible rates: over the
cap at the band's top is over, at or under it at the bottom is under, between is undecided.
"""

from __future__ import annotations

from auditor.knowledge.exchange_rates import usd_band
from auditor.policy.cap_facts import cap_facts, converted
from tests.policy.test_presets import apache_saas, blocks, run


def _mau_cap(applies_to: str | None, **changes: object) -> dict[str, object]:
    cap: dict[str, object] = {"count": 100_000_000, "unit": "mau"}
    if applies_to:
        cap["applies_to"] = applies_to
    return apache_saas(
        terms__mau_threshold=100_000_000,
        terms__user_threshold=cap,
        terms__user_threshold__count=100_000_000,
        terms__user_threshold__unit="mau",
        terms__user_threshold__applies_to=applies_to,
        deployment__mau=150_000_000,
        **changes,
    )


def test_a_commercial_only_cap_does_not_bind_a_free_non_profit_service() -> None:
    facts = _mau_cap(
        "commercial-use", organization__type="non-profit", deployment__commercial=False
    )
    assert "mau-above-threshold" not in run("default", facts)


def test_a_commercial_only_cap_binds_a_company() -> None:
    assert "mau-above-threshold" in blocks(run("default", _mau_cap("commercial-use")))


def test_a_cap_for_every_use_binds_a_non_commercial_deployment_too() -> None:
    facts = _mau_cap(None, organization__type="non-profit", deployment__commercial=False)
    assert "mau-above-threshold" in blocks(run("default", facts))


def test_the_record_facts_carry_which_use_a_cap_binds() -> None:
    facts = cap_facts(
        {"user_threshold": {"count": 5, "unit": "mau", "applies_to": "commercial-use"}}
    )
    assert facts["terms.user_threshold.applies_to"] == "commercial-use"
    assert (
        cap_facts({"user_threshold": {"count": 5, "unit": "mau"}})[
            "terms.user_threshold.applies_to"
        ]
        is None
    )


EUR_CAP = {"amount": 10_000_000, "currency": "EUR", "period": "year", "measure": "revenue"}


def _eur_cap(revenue: int | None) -> dict[str, object]:
    facts = {f"terms__revenue_threshold__{k}": v for k, v in EUR_CAP.items()}
    conversion = {k.replace(".", "__"): v for k, v in converted(EUR_CAP).items()}
    return apache_saas(
        terms__revenue_threshold=EUR_CAP,
        deployment__annual_revenue_usd=revenue,
        **facts,
        **conversion,
    )


def test_the_band_is_dated_and_sourced() -> None:
    band = usd_band("EUR")
    assert band is not None and 0 < band.low <= band.high
    assert band.as_of and "ECB" in band.source
    phrase = converted(EUR_CAP)["terms.revenue_threshold.rate_band"]
    assert isinstance(phrase, str) and band.as_of in phrase and "EUR 1 = USD" in phrase


def test_revenue_over_the_cap_at_the_most_favourable_rate_is_over() -> None:
    outcomes = run("default", _eur_cap(50_000_000))
    assert "revenue-above-threshold-converted" in blocks(outcomes)
    assert "revenue-cap-unchecked" not in outcomes
    assert "EUR 1 = USD" in outcomes["revenue-above-threshold-converted"].message


def test_revenue_under_the_cap_at_the_least_favourable_rate_is_under() -> None:
    outcomes = run("default", _eur_cap(2_000_000))
    assert "revenue-above-threshold-converted" not in outcomes
    assert "revenue-cap-unchecked" not in outcomes


def test_revenue_inside_the_band_stays_undecided_and_says_the_band() -> None:
    outcomes = run("default", _eur_cap(11_000_000))
    assert "revenue-above-threshold-converted" not in outcomes
    assert "EUR 1 = USD" in outcomes["revenue-cap-unchecked"].message


def test_unstated_revenue_stays_a_warning() -> None:
    outcomes = run("default", _eur_cap(None))
    assert "revenue-cap-unchecked" in outcomes
    assert "revenue-above-threshold-converted" not in outcomes


def test_no_conversion_for_dollars_funding_months_or_unknown_currencies() -> None:
    for cap in (
        EUR_CAP | {"currency": "USD"},
        EUR_CAP | {"measure": "funding"},
        EUR_CAP | {"period": "month"},
        EUR_CAP | {"currency": "XYZ"},
    ):
        assert converted(cap)["terms.revenue_threshold.usd_high"] is None
