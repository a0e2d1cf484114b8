"""Figures of foreign caps read as written: a Hebrew scale after a count word (never "one
million" when the count is unread), the Arabic thousands separator, the currencies pegged to
the dollar in the Gulf, the rand and the lev; and a permission asked past a size whose figure
sits in an annex no reader reads, which is the cap's and not a condition of every commercial
use. Twins hold the other direction. Sentences are our own."""

from __future__ import annotations

import re

import pytest

from auditor.knowledge.exchange_rates import usd_band
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers, revenue_cap


def _values(text: str) -> list[float]:
    return [value for _, _, value in numbers(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('הסף הוא ארבעים מיליון ש"ח בשנה', 40_000_000),
        ("עד חצי מיליון משתמשים", 500_000),
        ("מעל שבעים מיליון", 70_000_000),
        ("עולה על מיליון", 1_000_000),  # after a preposition a bare scale is one of it
        ("יותר ממיליון משתמשים", 1_000_000),
    ],
)
def test_hebrew_counts_before_a_scale(text: str, value: float) -> None:
    assert value in _values(text)


def test_a_hebrew_scale_after_a_count_no_list_holds_is_not_one() -> None:
    # "three quarters of a million": the count is unread, so the figure is unread, never 1M
    assert _values("שלושת רבעי מיליון משתמשים") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("٣٧٥٬٠٠٠٬٠٠٠ ريال سعودي", 375_000_000),
        ("٢٫٥ مليون", 2_500_000),
        ("١٠ ملايين", 10_000_000),
    ],
)
def test_arabic_digits_with_their_own_separators(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize("code", ["SAR", "AED", "QAR", "ZAR"])
def test_the_new_currencies_have_bands(code: str) -> None:
    band = usd_band(code)
    assert band is not None and 0 < band.low < band.high


def test_the_gulf_pegs_sit_inside_their_bands() -> None:
    for code, peg in (("SAR", 3.75), ("AED", 3.6725), ("QAR", 3.64)):
        band = usd_band(code)
        assert band is not None and band.low < 1 / peg < band.high


_AR = (
    "المادة الأولى: يمنح المرخِّص المرخَّص له حقاً غير حصري في استخدام النموذج لأغراض تجارية.\n\n"
    "المادة الثانية: إذا تجاوزت الإيرادات السنوية للمرخَّص له {}، وجب عليه الحصول على ترخيص"
    " تجاري مستقل قبل الاستمرار في الاستخدام.\n\n"
)


def test_arabic_revenue_cap_in_saudi_riyals() -> None:
    reading = read_foreign(_AR.format("٤٠٠ مليون ريال سعودي"))
    cap = reading.values["revenue_threshold"]
    assert isinstance(cap, dict)
    assert (cap["amount"], cap["currency"], cap["period"]) == (400_000_000, "SAR", "year")
    assert reading.values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_a_licence_asked_past_an_annex_figure_no_reader_reads_is_the_caps() -> None:
    text = _AR.format("الحد المبيَّن في الملحق (أ)") + "الملحق (أ): مبلغ يحدده المرخِّص كل سنة.\n"
    reading = read_foreign(text)
    assert reading.values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_a_permission_asked_of_every_commercial_use_stands() -> None:
    # a second article asks the licensor's written consent for any commercial use at all
    text = (
        _AR.format("الحد المبيَّن في الملحق (أ)")
        + "المادة الثالثة: لا يجوز الاستخدام التجاري إلا بموافقة كتابية مسبقة من المرخِّص.\n\n"
    )
    assert read_foreign(text).values["commercial_use_conditions"] == ["written-permission"]


def test_arabic_commercial_use_only_with_consent_is_a_condition() -> None:
    text = "لا يجوز الاستخدام التجاري إلا بموافقة كتابية مسبقة من المرخِّص."
    reading = read_foreign(text)
    assert reading.values["commercial_use"] == "restricted"
    assert reading.values["commercial_use_conditions"] == ["written-permission"]


def test_twin_an_unrelated_exception_after_a_grant_is_no_condition() -> None:
    text = "يجوز استخدام النموذج لأغراض تجارية إلا أن الدعم الفني غير متوفر."
    assert read_foreign(text).values["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "2. Uma imali engenayo yonyaka yebhizinisi lakho yeqa R500 000 000, kufanele uthole"
            " ilayisensi ehlukile.",
            "ZAR",
        ),
        ("Годишният оборот надхвърля 20 000 000 лв.", "BGN"),
        ("تجاوزت الإيرادات ٥٠ مليون درهم إماراتي", "AED"),
        ("تجاوزت الإيرادات ٥٠ مليون ريال قطري", "QAR"),
    ],
)
def test_currency_words_of_the_new_bands(text: str, currency: str) -> None:
    assert _currency(text) == currency


def test_twin_a_real_sign_is_no_rand() -> None:
    assert _currency("receita acima de R$ 300 milhões") == "BRL"


def _currency(text: str) -> object:
    cap = revenue_cap(text, re.compile("."), None)
    return None if cap is None else cap["currency"]


@pytest.mark.parametrize(
    "text",
    [
        # Austrian: a Werknutzungsbewilligung including trade use
        "§ 1 Die Beispiel GmbH räumt jedermann eine nicht ausschließliche Werknutzungsbewilligung"
        " ein, das Modell auf alle bekannten Nutzungsarten zu verwerten, einschließlich der"
        " gewerbsmäßigen Nutzung.",
        # Swiss French: including for consideration
        "I. Exemple Sàrl concède au preneur le droit d'utiliser et d'exploiter le modèle, y"
        " compris à titre onéreux.",
    ],
)
def test_grants_including_trade_use_or_consideration(text: str) -> None:
    assert read_foreign(text).values["commercial_use"] == "allowed"


def test_twin_non_trade_use_only_is_no_grant() -> None:
    text = "Das Modell darf nur zu nicht gewerbsmäßigen Zwecken genutzt werden."
    assert read_foreign(text).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "제1조 예시랩 주식회사는 이용자에게 본 모델을 상업적으로 이용할 수 있도록"
        " 비독점적으로 허락한다.",
        "1. 회사는 이용자가 본 모델을 영리 목적으로 이용하는 것을 금지하지 아니한다.",
    ],
)
def test_korean_grants_by_ability_and_by_a_ban_denied(text: str) -> None:
    assert read_foreign(text).values["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "이용자는 본 모델을 상업적으로 이용할 수 없다.",
        "회사는 이용자가 본 모델을 영리 목적으로 이용하는 것을 금지한다.",
    ],
)
def test_twin_korean_bans_stay_bans(text: str) -> None:
    assert read_foreign(text).values["commercial_use"] == "prohibited"


def test_a_licence_asked_in_the_clause_after_a_caps_own_is_the_caps() -> None:
    text = (
        "ধারা ১। উদাহরণ লিমিটেড লাইসেন্সধারীকে মডেলটি বাণিজ্যিক উদ্দেশ্যে ব্যবহার করার অনুমতি দেয়।\n"
        "ধারা ২। ধারা ১-এর অনুমতি সেই লাইসেন্সধারীর জন্য প্রযোজ্য নয় যার বার্ষিক আয় ১০০ কোটি টাকার"
        " বেশি; তাকে পৃথক বাণিজ্যিক লাইসেন্স নিতে হবে।\n"
    )
    reading = read_foreign(text)
    assert reading.values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_a_permission_asked_in_a_sentence_of_its_own_stays_a_condition() -> None:
    text = (
        "第1条 被许可人可将本模型用于商业用途。\n"
        "第2条 被许可人上一会计年度营业收入超过人民币1亿元的，须另行与许可方签订商业许可合同。\n"
        "第3条 任何商业使用均须事先取得许可方的书面同意。\n"
    )
    conditions = read_foreign(text).values["commercial_use_conditions"]
    assert isinstance(conditions, list) and "separate-license-above-threshold" in conditions
    assert {"written-permission", "separate-license"} & set(conditions)
