"""The facts of a licence's cap that are not the cap's own words: which use it binds, and a
money cap in another currency converted to US dollars through a band of plausible rates.

`terms.<cap>.applies_to` is `commercial-use` when the cap's clause binds commercial use only
("if you are commercially using the materials and your product has more than ..."): the cap
rules then leave a deployment that is not commercial alone. A cap in euros, pounds, yuan ...
is compared with the manifest's US dollars at both ends of the band
(license_db/exchange_rates.yaml): `usd_high` (the cap at the rate most favourable to the
licensee) and `usd_low` (at the least favourable); between them nothing is decided.
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.knowledge.exchange_rates import usd_band
from auditor.model.terms import CAP_APPLIES_TO, CAP_COUNTS, CAP_MEASURED
from auditor.policy.fact_types import FactSpec, FactType

_N, _S = FactType.NUMBER, FactType.STRING

CAP_FACTS: Mapping[str, FactSpec] = {
    "terms.user_threshold.counts": FactSpec(
        _S, "whom the license's user cap counts", frozenset(CAP_COUNTS)
    ),
    "terms.user_threshold.measured": FactSpec(
        _S, "when the license's user cap is measured", frozenset(CAP_MEASURED)
    ),
    "terms.revenue_threshold.counts": FactSpec(
        _S, "whom the license's money cap counts", frozenset(CAP_COUNTS)
    ),
    "terms.revenue_threshold.measured": FactSpec(
        _S, "when the license's money cap is measured", frozenset(CAP_MEASURED)
    ),
    "terms.user_threshold.applies_to": FactSpec(
        _S, "which use the license's user cap binds (null: every use)", frozenset(CAP_APPLIES_TO)
    ),
    "terms.revenue_threshold.applies_to": FactSpec(
        _S, "which use the license's money cap binds (null: every use)", frozenset(CAP_APPLIES_TO)
    ),
    "terms.revenue_threshold.usd_low": FactSpec(
        _N, "the money cap in USD at the least favourable plausible exchange rate"
    ),
    "terms.revenue_threshold.usd_high": FactSpec(
        _N, "the money cap in USD at the most favourable plausible exchange rate"
    ),
    "terms.revenue_threshold.rate_band": FactSpec(
        _S, "the exchange-rate band a money cap in another currency was converted with"
    ),
}
"""The facts, merged into the policy vocabulary (vocabulary.py FACTS)."""


def cap_facts(terms: Mapping[str, object]) -> dict[str, object]:
    """The facts above for one model's merged terms (None where they do not apply)."""
    facts: dict[str, object] = {}
    for key in ("user_threshold", "revenue_threshold"):
        cap = terms.get(key)
        applies = cap.get("applies_to") if isinstance(cap, Mapping) else None
        facts[f"terms.{key}.applies_to"] = applies if applies in CAP_APPLIES_TO else None
    facts |= converted(terms.get("revenue_threshold"))
    return facts


def converted(cap: object) -> dict[str, object]:
    """A yearly revenue cap in another currency at both ends of its band, and a quarterly cap
    against a year's revenue (none for a yearly cap in US dollars, funding, a monthly cap or
    a currency without a band: those stay unchecked)."""
    facts: dict[str, object] = dict.fromkeys(
        ("terms.revenue_threshold.usd_low", "terms.revenue_threshold.usd_high")
    )
    facts["terms.revenue_threshold.rate_band"] = ""
    if not isinstance(cap, Mapping):
        return facts
    amount, currency = cap.get("amount"), cap.get("currency")
    if not isinstance(amount, int | float) or not isinstance(currency, str):
        return facts
    if cap.get("measure") != "revenue" or cap.get("period") == "month":
        return facts
    if cap.get("period") == "quarter":
        return _quarterly(facts, amount, currency)
    if currency == "USD":
        return facts
    band = usd_band(currency)
    if band is None:
        facts["terms.revenue_threshold.rate_band"] = (
            f"; no exchange-rate band to USD is recorded for {currency}"
        )
        return facts
    low, high = round(amount * band.low), round(amount * band.high)
    facts["terms.revenue_threshold.usd_low"] = low
    facts["terms.revenue_threshold.usd_high"] = high
    facts["terms.revenue_threshold.rate_band"] = (
        f"; at {currency} 1 = USD {band.low:g}-{band.high:g} (the plausible band of "
        f"{band.as_of}, {band.source_name}) the cap is USD {low:,}-{high:,}"
    )
    return facts


def _quarterly(facts: dict[str, object], amount: float, currency: str) -> dict[str, object]:
    """A cap on each quarter's revenue against the manifest's annual figure: a year at or
    under the cap keeps every quarter under it (`usd_low`), a year over four times the cap
    puts some quarter over it (`usd_high`); between them nothing is decided. A cap in another
    currency takes its band's ends too."""
    if currency == "USD":
        low_rate = high_rate = 1.0
        rates = ""
    else:
        band = usd_band(currency)
        if band is None:
            facts["terms.revenue_threshold.rate_band"] = (
                f"; no exchange-rate band to USD is recorded for {currency}"
            )
            return facts
        low_rate, high_rate = band.low, band.high
        rates = (
            f" at {currency} 1 = USD {band.low:g}-{band.high:g} ({band.as_of}, {band.source_name})"
        )
    low, high = round(amount * low_rate), round(4 * amount * high_rate)
    facts["terms.revenue_threshold.usd_low"] = low
    facts["terms.revenue_threshold.usd_high"] = high
    facts["terms.revenue_threshold.rate_band"] = (
        f"; the cap counts each quarter{rates}: a year's revenue at or under USD {low:,} keeps "
        f"every quarter under it, one over USD {high:,} (four quarters at the cap) puts a "
        "quarter over it"
    )
    return facts
