"""Chinese, Japanese and Korean shapes read in session 26 (held-out round G1): paraphrases
written here, not the scenarios' sentences, and the twins that must not change.

Each `positive` case fails on the code before the session; each twin holds on both."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_precedence import prevailing_language


def _values(text: str) -> dict[str, Any]:  # a term's value, whatever its type
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- both kinds of purpose paired, as the purpose of a grant ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "当社は、利用者が本モデルを営利・非営利の目的で利用することを許諾します。",
        "本モデルは非商用又は商用の用途にかかわりなくご利用になれます。利用者は非営利・営利いずれの用途でも使用できます。",
        "회사는 귀하가 본 모델을 영리 또는 비영리 목적으로 쓸 수 있도록 허락합니다.",
        "이용자는 비상업적·상업적 용도로 본 모델을 사용할 수 있습니다.",
    ],
)
def test_both_kinds_paired_grant(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "商用・非商用の目的で本モデルを使用することはできません。",
        "영리 또는 비영리 목적의 이용은 허용되지 않습니다.",
    ],
)
def test_both_kinds_paired_refused_twin(text: str) -> None:
    assert _values(text).get("commercial_use") == "prohibited"


# --- a limit to non-profit ends denied, business use named after it ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本模型的使用范围并不局限于教学科研，企业的日常业务同样适用。",
        "模型用途不仅限于个人学习，还涵盖公司的经营活动。",
        "使い道は学術研究に限定されず、企業の業務でも利用できます。",
        "본 모델은 교육 목적에 한정되지 않고 기업의 영업 활동에도 쓸 수 있습니다.",
    ],
)
def test_limit_denied_is_no_confinement(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "allowed"
    assert "use_scope" not in values


@pytest.mark.parametrize(
    "text",
    [
        "本模型仅限于教学科研使用。",
        "本モデルの利用は学術研究に限ります。",
        "본 모델은 연구 목적에 한정하여 이용할 수 있습니다.",
    ],
)
def test_limit_said_still_confines_twin(text: str) -> None:
    assert _values(text).get("commercial_use") == "prohibited"


# --- one who keeps the licence is not the terms that may change --------------------------------


def test_keeper_of_the_licence_changes_no_terms() -> None:
    values = _values("凡接受本协议之人，均可修改并再发布本模型的权重。")
    assert "licensor_may_update_terms" not in values
    assert _values("本协议可能不时被更新。").get("licensor_may_update_terms") is True


# --- a company's use defined as commercial (Chinese) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本模型不得用于商业目的。所谓商业用途，系指以获利为目的之使用，包含企业为其经营而在内部使用本模型。",
        "本模型限非商业使用；公司內部使用本模型亦視為商業使用。",
    ],
)
def test_company_use_deemed_commercial_zh(text: str) -> None:
    values = _values(text)
    assert "non-commercial-organizations" in values.get("use_scope", [])
    assert _unread(text) == []


# --- the authentic text named by the bare language ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("この規約は英語を正文とし、訳文は参考にとどまる。", "en"),
        ("両者に食い違いがあるときは、日本語の正文が優先します。", "ja"),
        ("本契約は韓国語を正本とする。", "ko"),
    ],
)
def test_bare_language_prevails(text: str, code: str) -> None:
    assert prevailing_language(text) == code


def test_language_spoken_names_no_version_twin() -> None:
    assert prevailing_language("日本語を話せる担当者が対応します。") is None


# --- sentences stating no term ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本协议由某某科技公司制定，适用于该公司公开的全部模型权重与代码。",
        "この規約は、当社が公開するすべてのモデルに適用されます。",
        "본 약관은 회사가 공개하는 모든 모델과 그 가중치에 적용됩니다.",
        "该登记仅作备查之用。",
        "届出は、当社が利用状況を把握するためのものにすぎません。",
        "신고는 회사가 이용 현황을 파악하기 위한 것일 뿐이며 심사는 하지 않습니다.",
        "利用者数は製品ごとに数え、子会社の製品の利用者は算入しません。",
        "이용자 수는 서비스별로 산정하며 자회사 서비스의 이용자는 포함하지 않습니다.",
    ],
)
def test_states_no_term(text: str) -> None:
    assert _unread(text) == []
    assert "commercial_use" not in _values(text)


def test_scope_with_a_ban_stays_a_term_twin() -> None:
    values = _values("この規約は全モデルに適用され、商用利用は禁止します。")
    assert values.get("commercial_use") == "prohibited"


# --- a counting rule adding affiliates, in an article of its own ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "第2条 月間アクティブユーザー数が300万人を超える場合は、"
        "別途ライセンスを取得しなければならない。\n\n"
        "第3条 前条の人数には、利用者の子会社が運営するサービスの利用者も合算する。",
        "제2조 월간 활성 이용자 수가 300만 명을 넘으면 별도 라이선스를 받아야 합니다.\n\n"
        "제3조 제2조의 인원은 귀하의 자회사가 제공하는 서비스의 이용자까지 더하여 계산합니다.",
    ],
)
def test_counting_rule_adds_affiliates(text: str) -> None:
    cap = _values(text).get("user_threshold")
    assert isinstance(cap, dict)
    assert cap.get("counts") == "licensee-and-affiliates"
    assert _unread(text) == []


# --- the sign ¥ read by the currency the amount is named in ------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("年营业收入超过人民币伍亿元（¥500,000,000）的，须另行取得商业授权。", "CNY"),
        ("年度营收高于¥3亿元者，应另签商业许可合同。", "CNY"),
        ("年間売上高が¥5,000,000,000を超える場合は、別途ライセンスが必要です。", "JPY"),
    ],
)
def test_yen_sign_read_by_its_currency(text: str, currency: str) -> None:
    cap = _values(text).get("revenue_threshold")
    assert isinstance(cap, dict)
    assert cap.get("currency") == currency


# --- a law said to regulate the licence ---------------------------------------------------------


def test_law_regulating_the_licence_zh() -> None:
    values = _values("凡涉及本协议的一切事项，均由新加坡法律调整。")
    assert values.get("governing_law") == "SG"
    assert _unread("凡涉及本协议的一切事项，均由新加坡法律调整。") == []


# --- use without the contract asked for falls outside the licence (ja, ko) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "商用利用には当社の書面による許諾が必要です。許諾を得ないで行う利用は本規約の範囲外です。",
        "상업적 이용에는 회사와의 라이선스 계약이 필요합니다. "
        "계약을 체결하지 않고 하는 이용에는 이 라이선스가 적용되지 않습니다.",
    ],
)
def test_use_without_it_restates_the_condition(text: str) -> None:
    assert _values(text).get("commercial_use") == "restricted"
    assert _unread(text) == []


# --- profit-making ends counted in by a verb phrase (ja) ----------------------------------------


def test_profit_purpose_counted_in_ja() -> None:
    assert _values("商用を目的とした使用もこれに含まれます。").get("commercial_use") == "allowed"
    assert _values("営利を目的とした使用は含まれません。").get("commercial_use") != "allowed"
