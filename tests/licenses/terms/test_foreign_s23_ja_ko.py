"""Japanese and Korean licence sentences of session 23 (sentences are our own): commercial use
allowed within the terms ("商用利用も本規約の範囲内で認められます"), a copy of the terms to attach
("本利用条件の写しを添付してください"), the outputs free for any purpose, training other models
included (a permission, no ban), an end-user proviso after a licensee-domicile exclusion, and a
ban on medical diagnosis whose proviso keeps it under a physician's supervision or lifts it
there (`foreign_provisos`). Each with twins that must not read as the term."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_ja_definitions import is_output_freedom

# --- commercial use allowed within these terms ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "商用利用も本規約の範囲内で認められます。",
        "商用利用は本ライセンスの条件に従って可能です。",
        "商業目的での利用も、本規約の定めに従い、許可されます。",
        "商用利用も本規約に従って行うことができます。",
    ],
)
def test_commercial_use_allowed_within_the_terms_is_read(sentence: str) -> None:
    reading = read_foreign(sentence)
    assert reading.values.get("commercial_use") == "allowed"
    assert reading.unread == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "商用利用は本規約の範囲内でも認められません。",
        "商用利用も本規約に基づき行うことができません。",
        "非商用目的での利用も、本規約の定めに従い、許可されます。",
        "商用利用は当社の許諾を得た場合に限り認められます。",
    ],
)
def test_commercial_use_refused_or_conditioned_is_not_allowed(sentence: str) -> None:
    assert read_foreign(sentence).values.get("commercial_use") != "allowed"


# --- a copy of the terms (利用条件) to attach: a notice duty -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "再配布の際は、本利用条件の写しを添付してください。",
        "複製物には本使用条件の全文を同梱しなければなりません。",
        "再配布物には本条件の写しを含めるものとします。",
    ],
)
def test_a_copy_of_the_terms_to_attach_is_a_notice_duty(sentence: str) -> None:
    reading = read_foreign(sentence)
    assert reading.values.get("attribution_required") is True
    assert reading.unread == ()


def test_a_copy_said_unnecessary_is_no_duty() -> None:
    reading = read_foreign("再配布の際に本利用条件の写しを添付する必要はありません。")
    assert "attribution_required" not in reading.values


# --- the outputs free for any purpose: a permission --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "利用者は、出力を他のAIモデルの学習、蒸留又は評価に使うことを含め、いかなる目的にも自由に"
        "利用できます。",
        "生成物は、他のモデルの訓練を含むあらゆる目的に使用することができます。",
        "本モデルの出力は、目的を問わず自由に活用することが可能です。",
        "출력물은 다른 AI 모델의 학습을 포함하여 어떠한 목적으로도 자유롭게 이용할 수 있습니다.",
        "이용자는 생성물을 모든 목적으로 자유롭게 사용할 수 있다.",
        "결과물은 용도에 관계없이 활용할 수 있습니다.",
    ],
)
def test_outputs_free_for_any_purpose_state_no_term(sentence: str) -> None:
    assert is_output_freedom(sentence)
    reading = read_foreign(sentence)
    assert reading.unread == ()
    assert "output_use_restriction" not in reading.values


@pytest.mark.parametrize(
    "sentence",
    [
        "出力は、他のモデルの学習を除き、自由に利用できます。",
        "出力は、当社の許諾を得た場合に限り自由に利用できます。",
        "出力を他のAIモデルの学習に使うことは、目的を問わず禁止します。",
        "출력물은 다른 모델의 학습을 제외하고 자유롭게 이용할 수 있습니다.",
        "출력물은 어떠한 목적으로도 이용할 수 없습니다.",
        "本モデルは、いかなる目的にも自由に利用できます。",
    ],
)
def test_outputs_with_an_exception_ban_or_condition_are_no_freedom(sentence: str) -> None:
    assert not is_output_freedom(sentence)


def test_a_ban_on_training_other_models_with_outputs_is_still_read() -> None:
    reading = read_foreign("出力を他のAIモデルの学習に使用してはなりません。")
    assert reading.values.get("output_use_restriction")


# --- an end-user proviso after a territorial clause ---------------------------------------------

_JA_GRANT = "第1条 当社は、お客様に対し本モデルを使用、複製する権利を許諾します。\n"


@pytest.mark.parametrize(
    "text",
    [
        _JA_GRANT + "第2条 欧州連合に本店を置く法人には、本規約に基づくいかなる権利も許諾しない。"
        "ただし、本モデルを組み込んだ第三者の製品をエンドユーザーとして利用する場合は、この限りでない。",
        _JA_GRANT + "第2条 欧州連合に本店を置く法人には、本規約に基づくいかなる権利も許諾しない。"
        "但し、最終利用者として第三者のサービスを利用する場合は、本条は適用しない。",
        "제2조 유럽연합에 본사를 둔 법인에는 이 약관에 따른 어떠한 권리도 부여되지 않습니다. "
        "다만, 제3자의 서비스를 최종 이용자로서 이용하는 경우에는 그러하지 아니하다.",
        "第二条 住所位于欧盟的个人或企业不得使用本模型。但作为最终用户使用第三方产品的除外。",
    ],
)
def test_an_end_user_proviso_exempts_end_users(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values["excluded_licensee_domiciles"] == [
        {"regions": ["EU"], "models": "all", "exempts": ["end-users"]}
    ]
    assert reading.unread == ()


@pytest.mark.parametrize(
    "text",
    [
        # no territorial clause before it: what it spares is unknown
        "ただし、最終利用者として第三者のサービスを利用する場合は、この限りでない。",
        # after a clause of another kind
        "本モデルを軍事目的に使用してはなりません。ただし、エンドユーザーとして利用する場合は、"
        "この限りでない。",
    ],
)
def test_an_end_user_proviso_elsewhere_stays_unread(text: str) -> None:
    reading = read_foreign(text)
    assert any("限り" in p.text for p in reading.unread)


def test_a_proviso_naming_no_end_user_exempts_nobody() -> None:
    reading = read_foreign(
        "欧州連合に本店を置く法人には、本規約に基づくいかなる権利も許諾しない。"
        "ただし、当社が書面で承諾した場合は、この限りでない。"
    )
    assert reading.values["excluded_licensee_domiciles"] == [
        {"regions": ["EU"], "models": "all", "exempts": []}
    ]


# --- a ban on medical diagnosis, and a physician's part -----------------------------------------

_KO_LIST = "제3조(금지 행위) 이용자는 모델 또는 그 출력을 다음 각 호의 용도로 사용해서는 안 된다.\n"


@pytest.mark.parametrize(
    "text",
    [
        _KO_LIST + "  1. 질병의 진단, 치료 방법의 결정 또는 의학적 소견의 제공. 의료인이 "
        "감독하거나 최종 확인하는 경우에도 같다.\n  2. 법령을 위반하는 행위.\n",
        _KO_LIST + "  1. 질환을 진단하거나 처방전을 발급하는 행위. 의사가 최종 확인하더라도 "
        "마찬가지이다.\n",
        "本モデルを疾患の診断又は治療方針の決定に使用してはなりません。医師が監修する場合であっても"
        "同様とします。",
        "이용자는 모델을 의학적 소견의 제공에 이용해서는 안 된다. 전문의가 검토하는 경우에도 같다.",
    ],
)
def test_a_diagnosis_ban_kept_under_supervision_is_outright(text: str) -> None:
    reading = read_foreign(text)
    tags = reading.values["use_restrictions"]
    assert isinstance(tags, list)
    assert "medical-advice" in tags
    assert "unlicensed-professional-practice" not in tags
    assert reading.unread == ()


@pytest.mark.parametrize(
    "text",
    [
        _KO_LIST + "  1. 질병의 진단 또는 의학적 소견의 제공. 다만, 의료인이 감독하는 경우에는 "
        "그러하지 아니하다.\n",
        "本モデルを病気の診断に使用してはなりません。ただし、医師の監督の下で行う場合は、この限りで"
        "ない。",
    ],
)
def test_a_diagnosis_ban_lifted_under_supervision_bans_unlicensed_practice(text: str) -> None:
    tags = read_foreign(text).values["use_restrictions"]
    assert isinstance(tags, list)
    assert {"medical-advice", "unlicensed-professional-practice"} <= set(tags)


@pytest.mark.parametrize(
    "text",
    [
        # a supervision proviso after a ban on another harm: what it qualifies is unknown
        "本モデルを軍事目的に使用してはなりません。医師が監修する場合であっても同様とします。",
        # no ban before it
        "의료인이 감독하는 경우에도 같다.",
    ],
)
def test_a_supervision_proviso_elsewhere_stays_unread(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread
    tags = reading.values.get("use_restrictions") or []
    assert isinstance(tags, list)
    assert "unlicensed-professional-practice" not in tags


@pytest.mark.parametrize(
    "sentence",
    [
        "본 모델은 질병의 진단에 사용할 수 있습니다.",
        "本モデルは疾患の診断を支援する研究に利用できます。",
    ],
)
def test_diagnosis_named_without_a_ban_is_no_restriction(sentence: str) -> None:
    tags = read_foreign(sentence).values.get("use_restrictions") or []
    assert isinstance(tags, list)
    assert "medical-advice" not in tags
