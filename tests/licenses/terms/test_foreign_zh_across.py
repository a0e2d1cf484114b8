"""Chinese licence shapes read across sentences and in new wordings (session 24): commercial use
counted in, a registration said to be only a notice, the steps of a permission, a non-commercial
grant naming its ends, a cap's counting rule in an article of its own, a territory listed under
its label or referred to by name, outputs barred from training other models, a bare governing
law, definitions, and which language version prevails. Every text is written here; each shape
has a twin that must not read as it.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_precedence import prevailing_language


def _read(text: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(text)
    return dict(reading.values), [p.text for p in reading.unread]


# --- commercial use counted in ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "许可方允许您免费使用、修改和分发本模型，商业用途包括在内。",
        "您可為任何合法目的（商業目的在內）使用及散布本模型。",
        "本公司同意您無償使用、重製及散布本模型，並得為商業目的使用。",
        "准許任何人免費使用及分發本模型，包括作商業用途。",
        "大家都可以免费下载、微调本模型，拿来做产品也没问题。",
    ],
)
def test_commercial_use_counted_in(text: str) -> None:
    values, unread = _read(text)
    assert values.get("commercial_use") == "allowed"
    assert unread == []
    # twins: commercial use left out, banned, or the products refused
    for twin in (
        "商业用途不包括在内，仅限个人学习使用。",
        "您不得为商业目的使用本模型。",
        "做研究可以，做产品不行。",
    ):
        assert _read(twin)[0].get("commercial_use") != "allowed"


# --- registration that is only a notice ---------------------------------------------------------

_REGISTRATION = "您如需商用，应在首次商业使用前发送电子邮件至 reg@example.com 完成登记。\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "这张表只是让我们知道谁在使用，提交后即时生效。",
        "此通知純粹供本公司存檔，本公司不會審批，用戶毋須等候回覆。",
        "登记不收任何费用。",
        "我们不会因为登记内容拒绝任何人。",
    ],
)
def test_registration_notice_read_with_the_route(sentence: str) -> None:
    values, unread = _read(_REGISTRATION + sentence)
    assert values.get("commercial_use_conditions") == ["registration"]
    assert unread == []
    # twin: no registration route in the text, the sentence qualifies nothing
    assert _read("本模型仅供学术研究使用。\n" + sentence)[1] != []


# --- the steps of the licensor's permission -----------------------------------------------------

_PERMISSION = "商业用途须事先获得许可方的书面批准。\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "请将《商业使用申请》发送至 apply@example.com。",
        "申請書請遞交至本公司法務部。",
        "批准以我们签发的授权函为准。",
    ],
)
def test_permission_step_read_with_the_route(sentence: str) -> None:
    values, unread = _read(_PERMISSION + sentence)
    assert values.get("commercial_use_conditions") == ["written-permission"]
    assert unread == []
    assert _read("本模型可免费商用。\n" + sentence)[1] != []  # twin: no permission asked


def test_non_commercial_ends_beside_a_permission_route() -> None:
    text = "一、个人学习、学术研究和公益活动中使用本模型，免费。\n" + _PERMISSION
    values, unread = _read(text)
    assert values.get("commercial_use") == "restricted"
    assert unread == []
    # alone, a grant for those ends withholds commercial use
    assert _read("學術研究與教學用途使用本模型免費。")[0].get("commercial_use") == "prohibited"
    # twin: a list naming a commercial end is no such grant
    assert _read("个人学习、商业用途均可免费使用本模型。")[0].get("commercial_use") == "allowed"


# --- a cap's counting rule in an article of its own ---------------------------------------------

_CAP = "第五条 月活跃用户数超过 100,000,000 的，须另行取得许可方的授权。\n"


@pytest.mark.parametrize(
    "rule",
    [
        "第四条 月活跃用户的计算方式：您及您的关联方提供的全部产品，其月活跃用户数加总计算。\n",
        "第四條 月活躍用戶數以您與您的關係企業合併計算。\n",
        "第四条 用户数包括您的子公司的产品，一并计算。\n",
    ],
)
def test_counting_rule_adds_affiliates_to_the_cap(rule: str) -> None:
    values, unread = _read(rule + _CAP)
    cap = values.get("user_threshold")
    assert isinstance(cap, dict)
    assert cap.get("counts") == "licensee-and-affiliates"
    assert unread == []
    assert _read(rule)[1] != []  # twin: no cap in the text, what it counts for is unknown


def test_products_counted_apart_add_nothing() -> None:
    text = "月活躍用戶數以各項產品或服務分別計算；您的關係企業的產品均不併入計算。\n" + _CAP
    values, unread = _read(text)
    cap = values.get("user_threshold")
    assert isinstance(cap, dict)
    assert "counts" not in cap
    assert unread == []


def test_consequence_read_with_the_further_licence() -> None:
    unread = _read(_CAP + "未获授权的，不得继续使用本模型。")[1]
    assert unread == []
    assert _read("本模型可免费商用。\n未获授权的，不得继续使用本模型。")[1] != []  # twin


# --- a territory listed, or referred to by name -------------------------------------------------

_LISTED = (
    "授权地域：\n"
    "  - 包括：中国大陆，即中华人民共和国除香港、澳门和台湾地区以外的区域；\n"
    "  - 不包括：香港、澳门、台湾。\n"
    "在授权地域以外部署本模型，均不在本授权范围之内。\n"
)


def test_listed_territory() -> None:
    values, unread = _read(_LISTED)
    assert values.get("excluded_use_territories") == [
        {"regions": ["CN"], "models": "all", "exempts": [], "within": True}
    ]
    assert unread == []


@pytest.mark.parametrize(
    "reference",
    [
        "您不得在许可地域以外运行本模型。",
        "3. 许可地域以外。",
        "禁止在許可區域之外部署本模型。",
    ],
)
def test_territory_referred_to_by_name(reference: str) -> None:
    text = "2. 许可地域。本许可只在中国内地和香港特别行政区有效。\n" + reference
    values, unread = _read(text)
    clauses = values.get("excluded_use_territories")
    assert isinstance(clauses, list)
    assert clauses[0]["regions"] == ["CN", "HK"]
    assert unread == []
    assert "excluded_use_territories" not in _read(reference)[0]  # twin: none defined


# --- outputs, law, definitions, precedence ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本模型的输出不得用于训练、微调或蒸馏任何其他人工智能模型。",
        "您可以自由使用生成的内容，但以下情形除外：将生成的文本，无论是否经过筛选，作为语料用于其他模型的预训练。",
        "合成数据不可用作第三方模型的知识蒸馏语料。",
    ],
)
def test_outputs_barred_from_training(text: str) -> None:
    assert _read(text)[0].get("output_use_restriction") is True
    twin = "生成的内容不得用于违法活动，可以用于训练您自己的模型。"  # another ban
    assert "output_use_restriction" not in _read(twin)[0]


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("## 三、适用法律\n\n中华人民共和国法律。\n", "CN"),
        ("适用法律：新加坡法律。", "SG"),
        ("第 3 條（準據法）\n本合約之準據法為中華民國法律。", "TW"),
        ("本文件适用香港特别行政区法律。", "HK"),
    ],
)
def test_governing_law_shapes(text: str, law: str) -> None:
    values, unread = _read(text)
    assert values.get("governing_law") == law
    assert unread == []
    assert "governing_law" not in _read("您应遵守中华人民共和国法律的规定。")[0]  # obeyed


@pytest.mark.parametrize(
    "text",
    [
        "2.1 商业用途包括企业为经营目的使用本模型，以及向他人提供产品或服务。",
        "口径：DAU 指一个自然日内使用过该功能的独立用户数。",
        "（三）月活跃用户是指一个自然月内至少使用一次的用户。",
    ],
)
def test_unquoted_definitions_state_no_term(text: str) -> None:
    assert _read(text) == ({}, [])
    twin = "商业用途是指营利性使用，须另行取得授权。"  # a duty in the definition: read
    assert _read(twin)[0].get("commercial_use") == "restricted"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("如有出入，以中文本为准。", "zh"),
        ("中文本为本协议的正式文本。", "zh"),
        ("英文本係本協議唯一的作準文本。", "en"),
    ],
)
def test_chinese_precedence(text: str, language: str) -> None:
    assert prevailing_language(text) == language
    assert prevailing_language("本协议有中文和英文两个正式文本。") is None  # both versions


def test_table_lead_in_read_with_its_rows() -> None:
    text = (
        "下表所列用途一律禁止。\n\n| 编号 | 禁止的用途 |\n|---|---|\n| A | 军事 |\n"
        "违反本准则，即违反本许可证。\n"
    )
    values, unread = _read(text)
    restrictions = values.get("use_restrictions")
    assert isinstance(restrictions, list)
    assert "military" in restrictions
    assert values.get("acceptable_use_policy_incorporated") is True
    assert unread == []
    assert _read("下表所列用途一律禁止。")[1] != []  # twin: no rows read
