"""Session 24 (held-out s24e1): shapes of round D's Japanese, Korean, Vietnamese, Indonesian,
Turkish and Dutch licences in new wordings. Texts written for this test in our own words; each
shape has paraphrases and twins (negated, conditional or unrelated) that must not read so.
"""

from __future__ import annotations

import pytest

from auditor.knowledge.exchange_rates import usd_band
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.translations import translated_paths
from auditor.licenses.text.title_shapes import find_title

# --- a duty to keep the licence with copies, in the imperative (tr, nl) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Voeg deze licentie toe aan elke kopie die u verspreidt.",
        "Neem de licentietekst op in iedere kopie van het model die u doorgeeft.",
        "Elk exemplaar dat u verspreidt, bevat een afschrift van deze licentie.",
        "Dağıttığınız kopyalarda bu metni muhafaza edin.",
        "Modelin her kopyasına bu lisansın bir suretini ekleyin.",
        "Modeli dağıtırken bu lisansı da birlikte verin.",
    ],
)
def test_the_licence_kept_with_copies_is_a_notice_duty(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "U hoeft deze licentie niet toe te voegen aan kopieën die u verspreidt.",
        "Deze licentie geldt voor alle kopieën van het model.",
        "Kopyalara bu lisansı eklemeyin.",
        "Bu lisans modelin tüm kopyaları için geçerlidir.",
    ],
)
def test_a_licence_merely_named_beside_copies_is_no_duty(text: str) -> None:
    assert "attribution_required" not in read_foreign(text).values


# --- a plain grant of the acts themselves (ja, ko) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "第1条（利用許諾）当社は、利用者に対し、本モデルを無償で利用、複製、改変及び再頒布することを許諾します。",
        "当社は、お客様が本モデルを使用し、複製し、改変することを許可します。",
        "ライセンサーは、利用者が本モデルを利用、複製及び配布することを許諾する。",
        "회사는 이용자가 본 모델을 이용하는 것을 허락한다.",
    ],
)
def test_a_plain_grant_of_the_acts_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    # a plain grant, nothing narrowing it: every use (session 35), as the English rules read it
    assert reading.values == {"commercial_use": "allowed"}


@pytest.mark.parametrize(
    "text",
    [
        "当社は、本モデルを研究目的で利用することを許諾します。",
        "当社は、本モデルを利用、複製することを許諾しません。",
    ],
)
def test_a_grant_for_a_purpose_or_denied_stays_unread(text: str) -> None:
    assert read_foreign(text).unread


# --- routes to commercial use: a notice vs the licensor's permission (ja, ko) -------------------

_NC_JA = "非営利の研究・教育のためであれば、どなたでも無償でご利用いただけます。\n"
_NC_KO = "비영리 연구와 교육 목적이라면 누구나 무상으로 이용할 수 있습니다.\n"


@pytest.mark.parametrize(
    "route",
    [
        "商用目的でのご利用をご希望の場合は、申請書を提出し、当社の許可を受けてください。\n",
        "営利目的で使う場合には、あらかじめ当社の承認を得る必要があります。\n",
        "영리 목적으로 이용하려면 사전에 당사의 승인을 받아야 합니다.\n",
    ],
)
def test_a_permission_route_beside_a_non_commercial_grant_restricts(route: str) -> None:
    base = _NC_KO if route[0] in "영상" else _NC_JA
    values = read_foreign(base + route).values
    assert values["commercial_use"] == "restricted"
    assert values["commercial_use_conditions"] == ["written-permission"]


def test_a_route_to_a_separate_licence_agreement_keeps_the_ban() -> None:
    text = (
        _NC_JA
        + "商用利用を希望する場合は、当社と別途ライセンス契約を締結し、その許諾を得てください。\n"
    )
    assert read_foreign(text).values["commercial_use"] == "prohibited"


@pytest.mark.parametrize(
    "refusal",
    [
        "申請をお断りする場合があります。",
        "承諾するかどうかは当社の裁量で判断します。",
        "당사는 신청을 거절할 수 있습니다.",
    ],
)
def test_a_refusal_is_read_with_the_permission_and_unread_without(refusal: str) -> None:
    korean = refusal[0] == "당"
    route = (
        "영리 목적으로 이용하려면 사전에 당사의 승인을 받아야 합니다.\n"
        if korean
        else "営利目的で使う場合には、あらかじめ当社の承認を得る必要があります。\n"
    )
    base = _NC_KO if korean else _NC_JA
    assert not read_foreign(base + route + refusal + "\n").unread
    assert read_foreign(base + refusal + "\n").unread  # no permission asked: said unread


@pytest.mark.parametrize(
    "text",
    [
        "本モデルは商用目的でも利用できます。\n"
        "商用で使うときは、事前に会社名を当社に届け出るものとします。\n"
        "この届出について当社の審査又は承認は不要です。\n",
        "本モデルは商用目的でも利用できます。\n商用利用は、当社への届出だけで可能です。\n",
        "영리 목적의 이용도 허용됩니다.\n"
        "상업적으로 이용하려면 이용 전에 회사명을 당사에 신고하여야 합니다.\n"
        "이 신고에는 당사의 심사나 승인이 필요하지 않습니다.\n",
    ],
)
def test_a_notice_is_a_registration_not_a_permission(text: str) -> None:
    values = read_foreign(text).values
    assert values["commercial_use"] == "allowed"
    assert values["commercial_use_conditions"] == ["registration"]


def test_a_notice_the_licensor_then_approves_is_a_permission() -> None:
    text = _NC_JA + "商用で使うときは、事前に当社に届け出て、当社の承認を得なければなりません。\n"
    values = read_foreign(text).values
    assert values["commercial_use"] == "restricted"
    assert "registration" not in str(values.get("commercial_use_conditions"))


# --- a revenue cap in 억 원 whose ban reaches only those past it (ko) -----------------------------


@pytest.mark.parametrize(
    "cap",
    [
        "직전 사업연도 매출액이 500억 원을 넘는 법인은 영리 목적으로 이용할 수 없습니다.",
        "연간 매출이 1,000억 원을 초과하는 기업은 상업적 이용이 금지됩니다.",
        "직전 사업연도 매출이 3,000억 원을 초과하는 사업자는 영리 목적으로 사용해서는 안 됩니다.",
    ],
)
def test_a_ban_past_a_revenue_cap_is_the_cap(cap: str) -> None:
    values = read_foreign("영리 목적의 이용도 허용됩니다.\n" + cap + "\n").values
    assert values["commercial_use"] == "restricted"
    cap_term = values["revenue_threshold"]
    assert isinstance(cap_term, dict) and cap_term["currency"] == "KRW"
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_a_ban_with_no_cap_stays_a_ban() -> None:
    assert (
        read_foreign("영리 목적으로 이용할 수 없습니다.\n").values["commercial_use"] == "prohibited"
    )


def test_the_won_has_an_exchange_rate_band() -> None:
    band = usd_band("KRW")
    assert band is not None
    assert band.low <= 1 / 1500 and band.high >= 1 / 1050  # the won's range since 2015


# --- daily active users (vi, ja, ko, id, tr, nl) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Nếu số người dùng hoạt động hằng ngày của ứng dụng vượt quá 2 triệu, "
            "bạn cần giấy phép riêng.",
            2_000_000,
        ),
        (
            "1日あたりのアクティブユーザー数が50万人を超える場合は、別途ライセンス契約が必要です。",
            500_000,
        ),
        ("일일 활성 사용자가 100만 명을 넘는 경우 별도의 라이선스 계약이 필요합니다.", 1_000_000),
        (
            "Jika pengguna aktif harian melebihi 1 juta, Anda memerlukan lisensi terpisah.",
            1_000_000,
        ),
        ("Günlük aktif kullanıcı sayısı 1 milyonu aşarsa ayrı bir lisans gerekir.", 1_000_000),
        (
            "Bij meer dan 300.000 dagelijkse actieve gebruikers is een aparte licentie vereist.",
            300_000,
        ),
    ],
)
def test_a_daily_active_user_cap_is_read_as_such(text: str, count: int) -> None:
    values = read_foreign(text).values
    assert values["user_threshold"] == {"count": count, "unit": "dau"}
    assert "mau_threshold" not in values


@pytest.mark.parametrize(
    "text",
    [
        "Ngưỡng quy mô: tính riêng cho từng sản phẩm.",
        "利用者数は製品ごとに個別に計算します。",
        "이용자 수는 제품별로 각각 산정합니다.",
    ],
)
def test_a_cap_counted_per_product_with_no_number_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and not reading.values


def test_a_monthly_cap_is_no_daily_one() -> None:
    text = "Nếu số người dùng hoạt động hằng tháng vượt quá 2 triệu, bạn cần giấy phép riêng."
    cap_term = read_foreign(text).values["user_threshold"]
    assert isinstance(cap_term, dict) and cap_term["unit"] == "mau"


# --- a non-commercial grant through a definition naming companies (id) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Penggunaan Komersial" berarti setiap penggunaan oleh badan usaha, termasuk '
        "penggunaan internal.\nAnda boleh menggunakan model, sepanjang penggunaan tersebut "
        "bukan Penggunaan Komersial.\n",
        "Penggunaan oleh perusahaan, termasuk untuk keperluan internal, dianggap sebagai "
        "penggunaan komersial.\nModel ini boleh digunakan untuk tujuan nonkomersial saja.\n",
    ],
)
def test_a_definition_deeming_companies_commercial_leaves_them_out(text: str) -> None:
    values = read_foreign(text).values
    assert values["commercial_use"] == "prohibited"
    assert values["use_scope"] == ["non-commercial-organizations"]


def test_a_non_profit_or_a_use_not_deemed_commercial_leaves_no_one_out() -> None:
    text = "Penggunaan oleh yayasan nirlaba tidak dianggap sebagai penggunaan komersial.\n"
    assert "use_scope" not in read_foreign(text).values


# --- titles and translations --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# ウグイス-4B 利用許諾契約\n\n第1条 ...\n", "ウグイス-4B 利用許諾契約"),
        ("ヒバリ-3B ライセンス条件\n\n1. ...\n", "ヒバリ-3B ライセンス条件"),
        ("# 꾀꼬리-7B 라이선스 (정본)\n\n가. ...\n", "꾀꼬리-7B 라이선스 (정본)"),
        ("## 까치 모델 이용허락계약서\n\n제1조 ...\n", "까치 모델 이용허락계약서"),
    ],
)
def test_japanese_and_korean_agreement_titles(text: str, title: str) -> None:
    assert find_title(text) == title


def test_a_translation_is_set_aside_whatever_its_file_name() -> None:
    original = (
        "# 꾀꼬리-7B 라이선스\n\n"
        "가. 누구나 상업적 목적을 포함한 모든 목적으로 사용할 수 있습니다.\n"
        "나. 한국어본이 정본이며, 번역본과 내용이 다를 경우 한국어본이 우선합니다.\n"
    )
    translation = (
        "# Oriole-7B License (English translation)\n\nThe Korean text prevails over this "
        "translation.\n\n(a) You may use the model for non-commercial purposes only.\n"
    )
    assert translated_paths({"라이선스.md": original, "LICENSE.md": translation}) == {"LICENSE.md"}
    assert translated_paths({"LICENSE.md": translation}) == frozenset()
