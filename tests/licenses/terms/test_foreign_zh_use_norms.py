"""Chinese use norms bound into a licence, and the sentences around a cap (session 23).

A use-norms file the licence makes part of itself lists its bans as numbered items (一、 二、):
covert monitoring of people or staff is surveillance; providing the service to minors at all
is `serving-minors`, a different clause from the usual ban on harming them. The licence's duty
to write the restrictions into the agreement with a third party is a flow-down; the norms
declared part of the agreement incorporate them. Around a cap: a sentence counting each product
apart from affiliates adds nothing to the cap; one pointing elsewhere in the text ("见上方说明")
states no term.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign import read_foreign


def _norms(item: str) -> str:
    lead_in = "您及您的用户不得将本模型用于以下任何用途："
    return f"# 某模型使用规范\n\n{lead_in}\n\n一、{item}；\n二、其他违反法律法规的用途。\n"


def _listed(value: object) -> list[str]:
    return [str(tag) for tag in value] if isinstance(value, list) else []


def _tags(text: str) -> list[str]:
    reading = read_foreign(text)
    assert reading.unread == (), [p.text for p in reading.unread]
    return _listed(reading.values.get("use_restrictions"))


def _english_tags(text: str) -> list[str]:
    return _listed(extract_terms(text)["use_restrictions"].value)


# --- watching people -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "在未取得当事人同意的情况下对特定个人进行跟踪、定位或监控，包括对员工的通讯、位置或电脑操作进行秘密监控",
        "秘密監控員工的電腦操作或聊天記錄",
        "未經他人同意追蹤其行蹤",
        "对司机的位置进行暗中定位",
        "偷拍或窃听他人",
    ],
)
def test_covert_monitoring_of_people_is_surveillance(item: str) -> None:
    assert "surveillance" in _tags(_norms(item))


@pytest.mark.parametrize(
    "item",
    [
        "关闭对用户输入的安全监控",  # the model's safety monitoring, not people watched
        "监控模型运行状态以外的目的",
        "定位模型中的故障以外的用途",
    ],
)
def test_monitoring_a_system_is_no_surveillance(item: str) -> None:
    assert "surveillance" not in _listed(read_foreign(_norms(item)).values.get("use_restrictions"))


# --- serving minors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "向未满十八周岁的未成年人提供服务，包括面向中小学生的学习辅导、作业批改等产品",
        "為未滿18週歲的兒童提供本模型或基於本模型的應用",
        "面向中小学生的作业辅导产品",
        "供青少年使用的聊天应用",
    ],
)
def test_providing_the_service_to_minors_is_serving_minors(item: str) -> None:
    assert "serving-minors" in _tags(_norms(item))


@pytest.mark.parametrize(
    "item",
    [
        "向未成年人提供色情内容",  # content given to them: the harm's ban
        "侵害未成年人的合法权益",
        "利用儿童进行任何形式的剥削",
    ],
)
def test_a_ban_on_harming_minors_is_not_serving_minors(item: str) -> None:
    tags = read_foreign(_norms(item)).values.get("use_restrictions", [])
    assert isinstance(tags, list)
    assert "minors" in tags
    assert "serving-minors" not in tags


def test_a_permission_to_serve_pupils_bans_nothing() -> None:
    values = read_foreign("第五条 您可以向中小学生提供基于本模型的服务。\n").values
    assert "serving-minors" not in _listed(values.get("use_restrictions"))


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not provide the Model or any service based on it to persons under 18.",
        "You shall not offer the chatbot to children.",
        "You must not make the Model available in any form to anyone under the age of eighteen.",
        "You may not use the Model in apps aimed at primary school pupils.",
    ],
)
def test_english_bans_on_serving_minors(sentence: str) -> None:
    assert "serving-minors" in _english_tags(f"Model Licence\n\nProhibited uses. {sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not use the Model to exploit or harm minors.",
        "You may not provide obscene material to minors without legally required age-gating.",
        "You may not use the Model to target children with advertising.",
    ],
)
def test_english_bans_on_harming_minors_are_not_serving_minors(sentence: str) -> None:
    text = f"Model Licence\n\nProhibited uses. {sentence}\n"
    assert "serving-minors" not in _english_tags(text)


@pytest.mark.parametrize(
    "name",
    [
        "llama-2-aup",
        "llama-3.1-aup",
        "llama-4-aup",
        "gemma-prohibited-use",
        "creativeml-openrail-m",
    ],
)
def test_the_usual_use_policies_do_not_ban_serving_minors(name: str, corpus: Path) -> None:
    path = corpus / "licenses" / f"{name}.txt"
    tags = _english_tags(path.read_text("utf-8"))
    assert "minors" in tags
    assert "serving-minors" not in tags


# --- the norms bound into the licence, and passed on -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "该规范是本协议不可分割的组成部分。",
        "《某模型可接受使用政策》構成本許可的一部分。",
        "使用准则通过引用并入本协议。",
    ],
)
def test_norms_declared_part_of_the_licence_are_incorporated(sentence: str) -> None:
    reading = read_foreign(f"第二条 {sentence}\n")
    assert reading.values.get("acceptable_use_policy_incorporated") is True
    assert reading.unread == ()


def test_an_annex_declared_part_of_the_licence_is_no_use_policy() -> None:
    reading = read_foreign("第九条 附件一构成本协议不可分割的一部分。\n")
    assert "acceptable_use_policy_incorporated" not in reading.values


@pytest.mark.parametrize(
    "sentence",
    [
        "您以任何方式向第三方提供本模型时，应在您与第三方之间的协议中写入不少于《使用规范》所列的使用限制，并要求第三方遵守。",
        "您與用戶簽訂的服務條款中應包含同等的使用限制。",
        "提供服务时，须在与下游用户的用户协议中载明上述禁止性规定。",
    ],
)
def test_restrictions_written_into_the_recipients_agreement_flow_down(sentence: str) -> None:
    reading = read_foreign(f"第三条 {sentence}\n")
    assert reading.values.get("downstream_propagation") is True
    assert reading.unread == ()


@pytest.mark.parametrize(
    "sentence",
    ["第三条 本协议中规定的使用限制适用于您。", "第三条 您应要求用户遵守适用的法律法规。"],
)
def test_restrictions_on_the_licensee_or_the_law_obeyed_are_no_flow_down(sentence: str) -> None:
    assert "downstream_propagation" not in read_foreign(sentence + "\n").values


# --- around a cap -----------------------------------------------------------------------------

_GROUP = "licensee-and-affiliates"
_CAP = "单个产品或服务的月活跃用户超过5000万的，该产品或服务须另行取得许可方的商业许可。"


@pytest.mark.parametrize(
    "counting",
    [
        "月活跃用户按单个产品或服务分别计算，不与您的关联方的产品或您的其他产品合并计算。",
        "月活躍用戶數以每款產品單獨統計。",
        "计算月活跃用户时，关联公司的产品不计入。",
        "用户数量不包括您关联方的产品的用户。",
    ],
)
def test_a_cap_counted_per_product_is_read_with_the_cap(counting: str) -> None:
    reading = read_foreign(f"第二条 {counting}{_CAP}\n")
    assert reading.unread == ()
    cap = reading.values["user_threshold"]
    assert isinstance(cap, dict)
    assert cap.get("counts") != "licensee-and-affiliates"


def test_a_cap_counting_affiliates_in_a_sentence_of_its_own_is_read_with_the_cap() -> None:
    # session 24: read into the cap the text states (`foreign_zh_across`); alone it stays unread
    reading = read_foreign(f"第二条 月活跃用户与您的关联方的产品合并计算。{_CAP}\n")
    assert reading.unread == ()
    cap = reading.values["user_threshold"]
    assert isinstance(cap, dict)
    assert cap.get("counts") == _GROUP
    alone = read_foreign("第二条 月活跃用户与您的关联方的产品合并计算。\n")
    assert [p.text for p in alone.unread] == ["第二条 月活跃用户与您的关联方的产品合并计算。"]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("您的产品月活跃用户（不与关联方合并计算）超过5000万的，须另行取得许可。", None),
        ("您的产品月活跃用户超过5000万的（关联方的用户不计入），须另行取得许可。", None),
        (
            "您及您的关联方的产品月活跃用户合计超过5000万的，须另行取得许可。",
            "licensee-and-affiliates",
        ),
    ],
)
def test_affiliates_named_in_the_caps_sentence(sentence: str, counts: str | None) -> None:
    cap = read_foreign(f"第二条 {sentence}\n").values["user_threshold"]
    assert isinstance(cap, dict)
    assert cap.get("counts") == counts


@pytest.mark.parametrize("sentence", ["见上方说明。", "詳見本協議第三條。", "参见第5条的规定。"])
def test_a_pointer_to_another_part_of_the_text_states_no_term(sentence: str) -> None:
    assert read_foreign(f"# 某模型许可\n\n4. 语言。{sentence}\n").unread == ()


def test_a_pointer_followed_by_a_term_is_not_a_pointer() -> None:
    reading = read_foreign("见本协议第三条，您须向许可方支付使用费后方可部署。\n")
    assert reading.unread != () or reading.values
