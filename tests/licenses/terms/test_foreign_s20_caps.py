"""Session 20 foreign caps: a further licence needed only past a revenue or user cap, in
Indonesian (Rp ... miliar, a later sentence naming "such a licensee"), Hindi (₹ ... करोड़ in an
"if ..., then" sentence) and Turkish (a scale word carrying a case ending, "10 milyonu aşarsa",
with the licensee's affiliates counted); rupiah and rupee amounts converted through their
bands. Counter-examples: a need for permission with no cap stays one, a locative scale word
("milyonda bir": one in a million) is no cap, "Rs" names no Indian rupee, and a cap the
licensee is under decides nothing against it. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.knowledge.exchange_rates import usd_band
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import needed_condition, numbers, revenue_cap
from auditor.licenses.terms.foreign_cues_hi_th import HI
from auditor.licenses.terms.foreign_cues_more import ID
from auditor.policy.cap_facts import converted

_ABOVE = "separate-license-above-threshold"

_ID_CAP = (
    "Pasal 1. Pemilik memberi Anda hak tanpa biaya untuk memakai Model untuk tujuan apa pun,"
    " termasuk tujuan komersial.\n"
    "Pasal 2. Hak dalam Pasal 1 tidak berlaku bagi perusahaan yang pendapatan tahunannya lebih"
    " dari Rp 40 miliar; perusahaan tersebut harus memperoleh lisensi komersial dari Pemilik.\n"
)


def test_indonesian_cap_in_rupiah_then_such_a_licensee_needs_a_licence() -> None:
    values = read_foreign(_ID_CAP).values
    assert values["revenue_threshold"] == {
        "amount": 40_000_000_000,
        "currency": "IDR",
        "period": "year",
        "measure": "revenue",
    }
    assert values["commercial_use_conditions"] == [_ABOVE]


@pytest.mark.parametrize(
    "text",
    [
        "Penggunaan komersial wajib memperoleh izin tertulis dari Pemilik.",
        # "Model tersebut": the said model, not a licensee singled out by a cap
        "Penggunaan komersial Model tersebut memerlukan izin tertulis dari Pemilik.",
    ],
)
def test_indonesian_permission_without_a_cap_stays_permission(text: str) -> None:
    values = read_foreign(text).values
    assert values["commercial_use"] == "restricted"
    conditions = values["commercial_use_conditions"]
    assert isinstance(conditions, list)
    assert _ABOVE not in conditions


def test_hindi_if_revenue_exceeds_crore_then_a_separate_licence() -> None:
    text = (
        "धारा 4. यदि आपकी कंपनी का वार्षिक राजस्व ₹250 करोड़ से अधिक है, तो आपको अलग व्यावसायिक"
        " लाइसेंस लेना होगा।"
    )
    values = read_foreign(text).values
    cap = values["revenue_threshold"]
    assert isinstance(cap, dict)
    assert cap["amount"] == 2_500_000_000
    assert cap["currency"] == "INR"
    assert values["commercial_use_conditions"] == [_ABOVE]


def test_hindi_lakh_after_the_number_and_rupees_after_it() -> None:
    text = "यदि वार्षिक राजस्व 50 लाख रुपये से अधिक हो, तो व्यावसायिक लाइसेंस आवश्यक है।"
    assert HI.revenue is not None
    assert revenue_cap(text, HI.revenue, HI.annual) == {
        "amount": 5_000_000,
        "currency": "INR",
        "period": "year",
        "measure": "revenue",
    }


def test_hindi_commercial_licence_without_a_cap_is_no_cap() -> None:
    values = read_foreign("व्यावसायिक उपयोग के लिए लिखित अनुमति आवश्यक है।").values
    assert values["commercial_use"] == "restricted"
    assert "revenue_threshold" not in values
    conditions = values["commercial_use_conditions"]
    assert isinstance(conditions, list)
    assert _ABOVE not in conditions


def test_rs_is_no_indian_rupee() -> None:
    # Pakistan, Sri Lanka and Nepal write "Rs" too: no currency is read, no cap
    assert ID.revenue is not None
    assert revenue_cap("Pendapatan tahunan Rs 500 juta.", ID.revenue, ID.annual) is None


def test_turkish_group_cap_with_a_case_ending_counts_affiliates() -> None:
    text = (
        "Madde 4 - Lisans Alan ile bağlı şirketlerinin toplam aylık aktif kullanıcı sayısı"
        " 20 milyonu geçerse ayrı bir lisans gerekir."
    )
    values = read_foreign(text).values
    assert values["user_threshold"] == {
        "count": 20_000_000,
        "unit": "mau",
        "counts": "licensee-and-affiliates",
    }
    assert values["commercial_use_conditions"] == [_ABOVE]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 milyarın üzerinde", 5e9),
        ("100 binden fazla", 1e5),
        ("2 milyona kadar", 2e6),
        ("1 milyonluk", 1e6),
    ],
)
def test_turkish_scale_words_with_case_endings(text: str, value: float) -> None:
    assert [v for _, _, v in numbers(text)] == [value]


@pytest.mark.parametrize("text", ["1 milyonda 1 olasılıkla", "binde 5 oranında"])
def test_turkish_locative_scale_word_is_no_scale(text: str) -> None:
    assert all(v < 1000 for _, _, v in numbers(text))


def test_turkish_group_under_the_cap_is_read_not_decided_here() -> None:
    # the cap is read; a group of 500,000 is under it (the policy compares): no user count
    # in the sentence is taken for the cap
    text = "Lisans Alan ile bağlı şirketlerinin aylık aktif kullanıcı sayısı 10 milyonu aşarsa."
    cap = read_foreign(text).values["user_threshold"]
    assert isinstance(cap, dict)
    assert cap["count"] == 10_000_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalam hal demikian, Anda wajib memperoleh lisensi komersial.", _ABOVE),
        ("Bu durumda Lisans Alan'ın ayrı bir lisans alması gerekir.", _ABOVE),
        ("ऐसी स्थिति में अलग लाइसेंस लेना होगा।", _ABOVE),
        ("Anda wajib memperoleh lisensi komersial dari Pemilik.", "separate-license"),
        ("Anda wajib memperoleh izin tertulis dari Pemilik.", "written-permission"),
        # the licensor or licensee named by the licence is no further licence
        (
            "Penggunaan komersial memerlukan izin tertulis dari Pemberi Lisensi.",
            "written-permission",
        ),
        ("Ticari kullanım için Lisans Veren'in yazılı izni gereklidir.", "written-permission"),
        ("व्यावसायिक उपयोग के लिए लाइसेंसदाता की लिखित अनुमति आवश्यक है।", "written-permission"),
        ("Ticari kullanım için ayrı bir lisans alınması gerekir.", "separate-license"),
        (
            "Ticari kullanım için Lisans Veren ile ayrı bir sözleşme yapılması gerekir.",
            "separate-license",
        ),
    ],
)
def test_what_a_need_asks_for(text: str, expected: str) -> None:
    assert needed_condition(text) == expected


@pytest.mark.parametrize(
    ("currency", "amount", "revenue_under", "revenue_over"),
    [("IDR", 15_000_000_000, 150_000, 30_000_000), ("INR", 1_000_000_000, 1_000_000, 50_000_000)],
)
def test_rupiah_and_rupee_caps_convert_through_their_bands(
    currency: str, amount: int, revenue_under: int, revenue_over: int
) -> None:
    band = usd_band(currency)
    assert band is not None and 0 < band.low < band.high
    facts = converted(
        {"amount": amount, "currency": currency, "period": "year", "measure": "revenue"}
    )
    low, high = facts["terms.revenue_threshold.usd_low"], facts["terms.revenue_threshold.usd_high"]
    assert isinstance(low, int) and isinstance(high, int)
    assert revenue_under <= low  # under the cap at any plausible rate
    assert revenue_over > high  # over it at any plausible rate
