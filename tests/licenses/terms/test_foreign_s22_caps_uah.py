"""Session 22: a revenue cap in Ukrainian hryvnias ("400 мільйонів гривень", "250 млн грн",
"₴ 1 мільярд"): a further licence needed only past it, the cap converted to US dollars through
the hryvnia's band, so a company far under it is not taken for one needing the licensor's
permission. Counter-examples: a further licence with no amount of money stays one asked of every
commercial user, and a hryvnia amount that is no revenue cap (a fee) sets no cap. Sentences are
our own."""

from __future__ import annotations

import pytest

from auditor.knowledge.exchange_rates import usd_band
from auditor.licenses.terms.foreign import read_foreign
from auditor.policy.cap_facts import converted

_ABOVE = "separate-license-above-threshold"
_GRANT = (
    "Стаття 1. Ліцензіар надає вам право використовувати Модель, зокрема з комерційною метою.\n"
)


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "Стаття 2. Якщо річний дохід Ліцензіата перевищує 400 мільйонів гривень, Ліцензіат"
            " зобов'язаний укласти з Ліцензіаром окремий ліцензійний договір.",
            400_000_000,
        ),
        (
            "Стаття 2. Компанії з річним доходом понад 250 млн грн мають отримати окрему"
            " комерційну ліцензію.",
            250_000_000,
        ),
        (
            "Стаття 2. Ліцензіат, чий дохід за рік перевищує ₴ 1 мільярд, повинен отримати"
            " окрему ліцензію.",
            1_000_000_000,
        ),
    ],
)
def test_ukrainian_revenue_cap_in_hryvnias_is_a_cap(sentence: str, amount: int) -> None:
    values = read_foreign(_GRANT + sentence).values
    cap = values["revenue_threshold"]
    assert isinstance(cap, dict)
    assert cap["currency"] == "UAH" and cap["amount"] == amount
    assert values["commercial_use_conditions"] == [_ABOVE]


def test_russian_revenue_cap_in_hryvnias() -> None:
    text = (
        "Если годовой доход Лицензиата превышает 300 миллионов гривен, для коммерческого"
        " использования требуется отдельная лицензия."
    )
    cap = read_foreign(text).values["revenue_threshold"]
    assert isinstance(cap, dict) and cap["currency"] == "UAH" and cap["amount"] == 300_000_000


def test_further_licence_without_an_amount_stays_asked_of_all() -> None:
    text = _GRANT + (
        "Стаття 2. Для комерційного використання Моделі Ліцензіат зобов'язаний укласти з"
        " Ліцензіаром окремий ліцензійний договір."
    )
    values = read_foreign(text).values
    assert "revenue_threshold" not in values
    conditions = values["commercial_use_conditions"]
    assert isinstance(conditions, list) and _ABOVE not in conditions


def test_hryvnia_cap_converts_through_its_band() -> None:
    band = usd_band("UAH")
    assert band is not None and 0 < band.low < band.high
    facts = converted(
        {"amount": 400_000_000, "currency": "UAH", "period": "year", "measure": "revenue"}
    )
    low, high = facts["terms.revenue_threshold.usd_low"], facts["terms.revenue_threshold.usd_high"]
    assert isinstance(low, int) and isinstance(high, int)
    assert low >= 2_000_000  # a company with USD 2 million is under it at any plausible rate
    assert high < 60_000_000  # one with USD 60 million is over it at any plausible rate
