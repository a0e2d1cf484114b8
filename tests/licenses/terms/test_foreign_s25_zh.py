"""Session 25, held-out round F, Chinese (simplified and traditional): clauses read by the
general shape of their words, not by one sentence each. Every text here is written for these
tests (none is a scenario's sentence); each `WORDINGS` text fails on the code before this work,
and each `TWINS` text (a negated or conditioned sibling) must keep its reading.

Shapes: commercial use granted in words, in either order or as a topic clause
(`foreign_zh_grant_words`); non-profit ends named free beside such a grant; both kinds named
with any word for "or"; commercial use waiting for the licensor's approval or a contract, and
the licensor's discretion to refuse (`foreign_zh_permission_words`); a registration named in
other words, and what it is; a question and its answer; a cap applied apart from its number,
by a class it defines or a reference to it (`foreign_zh_caps_across`); the Latin "DAU", formal
numerals; a territory with an exception in brackets; a series of multimodal models
(`foreign_zh_models`); sentences stating no term under the document's own name
(`foreign_zh_notes`); the law chosen in more words; affiliates counted in a sentence of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(text: str) -> dict[str, Any]:
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- commercial use granted in words -----------------------------------------------------------

GRANTED = [
    "盈利性质的使用同样被允许。",  # noun ... permission
    "贵方亦可将本模型投入经营性项目。",  # permission ... noun
    "拿它做收费服务，也都可以。",  # topic clause, then the permission
    "本模型亦得用於營利事業。",  # traditional, 得 as "may"
    "许可您免费使用本模型，赚钱的用途也包括在内。",
    # more verbs of putting it to use, the grant's reach, two negations
    "您可以将本模型集成到收费的产品或服务中。",
    "企业可将本模型用于其商业运营。",
    "本许可覆盖商业用途。",
    "可以拿来做生意。",
    "商业场景下使用不受任何限制。",
    "贵司可在自家收费应用中部署本模型。",
    "本模型同样适用于商业环境。",
    "商业用途亦无不可。",
]


@pytest.mark.parametrize("text", GRANTED)
def test_commercial_use_granted_in_words(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "allowed", values
    assert not _unread(text)


NOT_GRANTED = [
    ("盈利性质的使用不被允许。", "prohibited"),
    ("不得将本模型投入经营性项目。", None),
    ("本模型不得用於營利事業。", "prohibited"),
    ("许可方许可您为盈利用途以外的目的使用本模型。", None),
    ("本许可不覆盖商业用途。", None),
    ("不可以拿来做生意。", None),
    ("贵司不可在收费应用中部署本模型。", "prohibited"),
    ("本模型不适用于商业环境。", None),
    ("不得将本模型集成到收费产品中。", "prohibited"),
    ("本条款适用于商业用户。", None),  # applying to commercial users grants nothing
    ("商业场景下使用受到严格限制。", None),
]


@pytest.mark.parametrize(("text", "expected"), NOT_GRANTED)
def test_negated_commercial_grant_is_no_grant(text: str, expected: str | None) -> None:
    assert _values(text).get("commercial_use") != "allowed"
    if expected is not None:
        assert _values(text).get("commercial_use") == expected


def test_paid_service_banned_as_a_topic_stays_banned() -> None:
    assert _values("拿它做收费服务，一律不允许。").get("commercial_use") != "allowed"


# --- non-profit ends beside a grant; both kinds named ------------------------------------------


def test_non_profit_ends_named_free_beside_a_grant_ban_nothing() -> None:
    text = "一、以科研、教学为目的使用本模型的，免费。\n二、营利性的使用也同样可以。\n"
    values = _values(text)
    assert values.get("commercial_use") == "allowed", values
    assert not _unread(text)


def test_non_profit_ends_named_alone_are_a_ban() -> None:
    assert _values("仅限非盈利用途使用本模型。").get("commercial_use") == "prohibited"
    assert _values("以教学、个人学习为目的使用本模型的，免费。").get("commercial_use") == (
        "prohibited"
    )


@pytest.mark.parametrize(
    "text",
    [
        "本授权之使用目的并不局限于非营利用途。",
        "其用途不以非牟利為限。",
        "您可以把本模型用于商业或者非商业目的。",
        "營利或是非營利用途皆可。",
    ],
)
def test_both_kinds_granted(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


def test_limited_to_non_profit_stays_a_ban() -> None:
    assert _values("使用目的限于非营利用途。").get("commercial_use") == "prohibited"


# --- commercial use waiting for the licensor's approval -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "商业部署：请先向我们提出申请，拿到书面批复后再上线。",
        "營利使用者，經本公司核准後始得為之。",
        "还没收到我们的授权书以前，请勿把本模型投入收费产品。",
    ],
)
def test_commercial_use_after_approval(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "restricted", values
    assert "written-permission" in values.get("commercial_use_conditions", []), values


def test_approval_said_unneeded_is_no_condition() -> None:
    values = _values("商业部署无需申请，也不必等我们批复，直接上线即可。")
    assert values.get("commercial_use") != "restricted"


def test_the_licensor_deciding_is_read_with_the_permission() -> None:
    text = (
        "一、非营利用途免费。\n二、营利用途须经本公司核准后方可使用。\n"
        "三、申请能否通过，由本公司视情况决定。\n"
    )
    values = _values(text)
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]
    assert not _unread(text)


def test_a_promise_not_to_refuse_is_no_discretion() -> None:
    text = "我们绝不会拒绝任何人的使用。"
    assert "commercial_use_conditions" not in _values(text)


# --- a registration, named in other words -------------------------------------------------------


def test_registration_before_profit_use_and_what_it_is() -> None:
    text = (
        "第一条 任何人均可免费使用本模型，营利用途亦可。\n"
        "第二条 以营利为目的使用本模型者，应先通过官网填报使用登记。\n"
        "第三条 前条登记不构成授权的条件，本公司不予审核。\n"
    )
    values = _values(text)
    assert values.get("commercial_use") == "allowed", values
    assert values.get("commercial_use_conditions") == ["registration"]
    assert not _unread(text)


def test_registration_said_unneeded_is_no_duty() -> None:
    text = "以营利为目的使用本模型的，同样免费，也无需办理登记或者报备。"
    assert "registration" not in _values(text).get("commercial_use_conditions", [])


def test_an_answer_read_with_its_question() -> None:
    text = "问：公司用它赚钱，要先做什么？\n答：发一封邮件通知我们就行。\n收费产品也一律免费。\n"
    values = _values(text)
    assert values.get("commercial_use_conditions") == ["registration"], values
    assert not _unread(text)


def test_a_question_states_no_ban() -> None:
    assert "commercial_use" not in _values("可不可以商用？")


# --- a cap applied apart from its number --------------------------------------------------------


def test_a_class_defined_by_revenue_is_past_the_cap() -> None:
    text = (
        "第一条 本许可所称「头部企业」，指年营业收入在人民币十亿元以上之企业。\n"
        "第二条 本模型可免费商用。\n"
        "第三条 头部企业商用前须另行签订付费合同。\n"
    )
    values = _values(text)
    assert values.get("revenue_threshold", {}).get("amount") == 1_000_000_000
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]


def test_a_reference_to_the_cap_and_the_clause_after_it() -> None:
    text = (
        "- 收入上限：年营业收入 3 亿元。\n"
        "- 收入超过上述上限的公司，不得免费商用；商用之前须与我们另签授权合同。\n"
    )
    values = _values(text)
    assert values.get("commercial_use") == "restricted", values
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]


def test_a_contract_with_no_cap_stays_a_separate_licence() -> None:
    values = _values("头部企业商用前须另行签订付费合同。")
    assert values.get("commercial_use_conditions") == ["separate-license"]


def test_latin_dau_and_formal_numerals() -> None:
    daily = _values("单一产品 DAU 逾二十万者，须另行取得书面授权。")
    assert daily.get("user_threshold") == {"count": 200_000, "unit": "dau"}
    revenue = _values("營業收入在美金伍仟萬元以上之公司，須另行簽訂授權合約。")
    assert revenue.get("revenue_threshold", {}).get("amount") == 50_000_000
    assert revenue.get("revenue_threshold", {}).get("currency") == "USD"


def test_monthly_users_stay_monthly() -> None:
    values = _values("每月活跃用户超过二十万的，须另行取得书面授权。")
    assert values.get("user_threshold", {}).get("unit") == "mau"


def test_affiliates_counted_in_a_sentence_of_their_own() -> None:
    text = (
        "“用户数”是指一个自然月内使用过相关产品的去重用户数量。\n"
        "统计时，被许可方及其关联方的全部产品应一并计算。\n"
        "月活跃用户超过一千万的，须另行申请授权。\n"
    )
    values = _values(text)
    assert values.get("user_threshold", {}).get("counts") == "licensee-and-affiliates"
    assert not _unread(text)
    apart = text.replace("应一并计算", "分别计算")
    assert _values(apart).get("user_threshold", {}).get("counts") is None


# --- places ------------------------------------------------------------------------------------


def test_a_territory_with_an_exception_in_brackets() -> None:
    text = "本模型只可在中国境内（香港特别行政区、澳门特别行政区及台湾地区除外）部署和运行。"
    clauses = _values(text).get("excluded_use_territories")
    assert clauses == [{"regions": ["CN"], "models": "all", "exempts": [], "within": True}]


FAMILY = (
    "第一条 本协议适用于某公司发布的下列模型：\n"
    "（一）琴-T 系列：仅处理文本的语言模型；\n"
    "（二）琴-V 系列：能够理解图片的多模态模型。\n"
    "第二条 {series}系列模型不得在欧盟境内部署。\n"
)


def test_a_ban_on_the_multimodal_series_covers_multimodal_models() -> None:
    text = FAMILY.format(series="琴-V ")
    clauses = _values(text).get("excluded_use_territories")
    assert clauses and all(c["models"] == "multimodal" for c in clauses)
    assert not _unread(text)


def test_a_ban_on_the_text_series_covers_every_model() -> None:
    clauses = _values(FAMILY.format(series="琴-T ")).get("excluded_use_territories")
    assert clauses and all(c["models"] == "all" for c in clauses)


# --- sentences stating no term, and the law -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "再次分发时，请把这份声明一并附上。",
        "本公司授权所有人免费使用、复制及修改本模型。",
        "模型生成的内容归用户所有。",
        "合作细节请参见《商务合作手册》所列流程办理。",
        "（一）授权方：某某智能科技有限公司。",
    ],
)
def test_sentences_stating_no_term(text: str) -> None:
    assert not _unread(text)
    assert not _values(text)


def test_a_grant_with_a_limit_is_read() -> None:
    values = _values("本公司授权所有人免费使用本模型，但仅限科研。")
    assert values.get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("本声明的解释适用新加坡法律。", "SG"),
        ("丁、管辖法律：日本法律。", "JP"),
        ("答：依照香港法律处理。", "HK"),
        ("本授權依中華民國法令解釋。", "TW"),
    ],
)
def test_the_law_chosen(text: str, law: str) -> None:
    assert _values(text).get("governing_law") == law


def test_obeying_a_law_chooses_none() -> None:
    assert "governing_law" not in _values("您应遵守中华人民共和国法令。")


@pytest.mark.parametrize(
    ("text", "law"), [("本规则依日本法解释。", "JP"), ("本协议受英国法管辖。", "GB")]
)
def test_the_law_named_short(text: str, law: str) -> None:
    assert _values(text).get("governing_law") == law


def test_obeying_a_law_named_short_chooses_none() -> None:
    assert "governing_law" not in _values("您应遵守中国法。")


def test_use_outside_a_place_banned_confines_use_to_it() -> None:
    clauses = _values("您不得在日本境外部署本模型。").get("excluded_use_territories")
    assert clauses == [{"regions": ["JP"], "models": "all", "exempts": [], "within": True}]


def test_use_inside_a_place_banned_withholds_it() -> None:
    clauses = _values("本模型不得在日本境内使用。").get("excluded_use_territories")
    assert clauses == [{"regions": ["JP"], "models": "all", "exempts": []}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("问：能不能商用？\n答：可以，免费。", "allowed"),
        ("Q：可不可以拿来做收费产品？\nA：当然可以。", "allowed"),
        ("问：能不能商用？\n答：不行，只能用于研究。", "prohibited"),
        ("问：可不可以商用？\n答：不可以。", "prohibited"),
    ],
)
def test_an_answer_about_commercial_use(text: str, expected: str) -> None:
    assert _values(text).get("commercial_use") == expected
    assert not _unread(text)


def test_a_class_defined_by_a_cap_at_the_opening() -> None:
    text = "“商业用户”指年收入超过 1 亿元的公司。\n商业用户不享有本许可的免费权利。\n"
    values = _values(text)
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    assert not _unread(text)


@pytest.mark.parametrize(
    "text",
    ["本许可的有效期为一年。", "本须知自发布之日起生效。", "许可方保留对本模型的全部知识产权。"],
)
def test_more_sentences_stating_no_term(text: str) -> None:
    assert not _unread(text)
    assert not _values(text)


def test_a_duty_beside_the_date_is_read_or_reported() -> None:
    assert _unread("本须知自发布之日起生效，使用者须遵守。")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("本模型不得在欧盟境内提供服务。", "EU"),
        ("不得向位于伊朗的用户提供基于本模型的服务。", "IR"),
    ],
)
def test_service_withheld_in_a_place(text: str, region: str) -> None:
    assert _values(text).get("territorial_exclusions") == [region]
    assert not _unread(text)


def test_service_allowed_in_a_place_withholds_nothing() -> None:
    assert "territorial_exclusions" not in _values("本模型可以在欧盟境内提供服务。")


def test_a_vision_series_barred_and_the_text_series_left_out() -> None:
    text = (
        "一、琴声-Lite：纯文本模型。\n二、琴声-Vision：支持图像输入的视觉语言模型。\n"
        "三、琴声-Vision 不得在欧盟境内提供服务；琴声-Lite 不受此限。\n"
    )
    clauses = _values(text).get("excluded_use_territories")
    assert clauses == [{"regions": ["EU"], "models": "multimodal", "exempts": []}]
    assert not _unread(text)


@pytest.mark.parametrize(
    "text",
    ["商業用途須經本公司核准，本公司得不附理由拒絕。", "非經本公司書面同意，不得為商業使用。"],
)
def test_a_duty_to_hold_the_licensors_approval(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]
    assert not _unread(text)


@pytest.mark.parametrize("text", ["商业用途无须经本公司核准。", "您须经过培训后方可使用。"])
def test_no_approval_held_is_no_condition(text: str) -> None:
    assert _values(text).get("commercial_use") != "restricted"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("年營業額逾新台幣十億元之企業，應另行洽談授權。", "TWD"),
        ("年收入超过港币五亿元的企业须另签协议。", "HKD"),
        ("年收入超过人民币五亿元的企业须另签协议。", "CNY"),
    ],
)
def test_the_dollar_of_taiwan_and_hong_kong(text: str, currency: str) -> None:
    assert _values(text).get("revenue_threshold", {}).get("currency") == currency


BOILERPLATE = [
    "感谢您选用本模型。",
    "无论何种情形，发布方均不对使用本模型造成的任何损失负责任。",
    "因使用本模型引起的一切风险由使用者自行承担。",
    "本模型有可能输出错误或带有偏见的内容。",
    "本协议是双方就本模型达成的全部协议。",
    "本协议某一条款无效的，不影响其余条款的效力；其余条款继续有效。",
    "本模型的训练数据取自公开的网页与书籍。",
    "使用者可以自由微调本模型。",
    "您违背本协议的，许可自动终止。",
    "许可终止后，您应当销毁手中的全部副本。",
    "使用时请遵守当地的法律法规。",
    "我们欢迎社区贡献代码与反馈。",
]


@pytest.mark.parametrize("text", BOILERPLATE)
def test_boilerplate_states_no_term(text: str) -> None:
    assert not _unread(text)
    assert not _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("使用者可以自由微调本模型，但不得用于商业用途。", "prohibited"),
        ("您违背本协议的，不得继续商用。", "prohibited"),
        ("欢迎商业使用。", "allowed"),
        ("感谢选用，但禁止商用。", "prohibited"),
    ],
)
def test_boilerplate_beside_a_term_is_read(text: str, expected: str) -> None:
    assert _values(text).get("commercial_use") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们允许学术研究，但商业使用不在此列。", "prohibited"),  # was read as a grant
        ("商业用途：暂不开放。", "prohibited"),
        ("本模型暂不支持商用。", "prohibited"),
        ("商业使用也可以，但前提是取得我们的书面同意。", "restricted"),  # was a grant
        ("除非获得授权，商业使用均不被允许。", "restricted"),
    ],
)
def test_commercial_use_left_out_or_conditioned(text: str, expected: str) -> None:
    assert _values(text).get("commercial_use") == expected


@pytest.mark.parametrize(
    "text",
    ["可用于商业用途的版本请联系我们。", "商业用途将来可能开放。"],  # were read as grants
)
def test_a_version_to_ask_for_or_a_permission_to_come_grants_nothing(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


@pytest.mark.parametrize("text", ["商业用途现已开放。", "本模型支持商用。", "本模型免费，可商用。"])
def test_commercial_use_open_now_is_a_grant(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"
