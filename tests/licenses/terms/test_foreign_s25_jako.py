"""Japanese and Korean shapes read in session 25 (held-out round F1): paraphrases written here,
not the scenarios' sentences, and the twins that must not change.

Each `positive` case fails on the code before the session; each `twin` holds on both."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_precedence import prevailing_language


def _values(text: str) -> dict[str, Any]:  # a term's value, whatever its type
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- a full stop closing an aside ends no sentence --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "第2条 商用目的で本モデルを使うには、例示ソフト株式会社(以下「当社」という。)"
        "の書面による承諾を得なければならない。",
        "営利目的での利用については、ライセンサー(例示ラボ合同会社をいう。)から事前に許可を取得する必要があります。",
    ],
)
def test_aside_full_stop_keeps_the_clause_whole(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "restricted"
    assert _unread(text) == []


# --- a number with two CJK scales ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("売上高が3億2,000万円を超える場合", 320_000_000.0),
        ("매출액 2억 5천만 원 이상", 250_000_000.0),
    ],
)
def test_two_scales_add_up(text: str, value: float) -> None:
    assert value in [v for _, _, v in numbers(text)]


def test_two_amounts_apart_stay_apart() -> None:
    assert [v for _, _, v in numbers("1億円と5万円")] == [100_000_000.0, 50_000.0]


# --- plain grants, commercial use allowed in more words ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "例示ロボ株式会社は、利用者に対し、本モデルを使用し、改変し、再配布することができる権利を与えます。",
        "주식회사 예시는 이용자에게 본 모델의 사용, 복제 및 배포를 무상으로 허락합니다.",
        "회사는 누구에게나 본 모델을 쓰고, 고치고, 나누어 주도록 허락한다.",
    ],
)
def test_plain_grant_is_read(text: str) -> None:
    assert _unread(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "영리 목적의 사용도 허락됩니다.",
        "본 모델은 무상으로 배포됩니다. 상업적 이용도 마찬가지입니다.",
        "法人のお客様も、自社の製品や事業でご利用いただけます。",
        "商用でもお使いになれます。",
    ],
)
def test_commercial_use_allowed_in_more_words(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("상업적 이용은 허락되지 않습니다.", "prohibited"),
        ("商用ではご利用いただけません。", "prohibited"),
        ("비상업적 이용만 허락됩니다.", "prohibited"),
    ],
)
def test_commercial_use_refused_stays_refused(text: str, value: str) -> None:
    assert _values(text).get("commercial_use") == value


def test_products_refused_are_not_allowed() -> None:
    assert _values("商品やサービスにはご利用いただけません。").get("commercial_use") != "allowed"


# --- Korean formal negation ------------------------------------------------------------------


def test_korean_formal_negation_bans() -> None:
    assert _values("영리 목적의 이용은 허용되지 아니한다.").get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "영리 목적으로 본 모델을 이용하고자 하는 사업자는 그 이용을 개시하기에"
        " 앞서 회사가 홈페이지에 게시한 서식에 따라 상호, 대표자 및 이용 목적을"
        " 적은 신고서를 회사에 제출하여야 하며, 이 신고는 회사의 승인을 요하지 아니한다.",
        "상업적으로 이용하려는 경우에는 서비스를 출시하기 전에 회사가 운영하는 접수 창구를 통하여"
        " 회사명, 담당자 연락처와 예상 이용 규모를 회사에 알려 주시기 바랍니다.",
    ],
)
def test_korean_notice_is_registration(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]
    assert _unread(text) == []


def test_korean_approval_needed_stays_permission() -> None:
    values = _values("영리 목적으로 사용하려면 회사의 사전 승인을 받아야 한다.")
    assert values.get("commercial_use") == "restricted"


# --- licensees domiciled in a place hold no right --------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "중화인민공화국에 본사를 둔 기업은 이 라이선스에 따른 어떠한 권리도 갖지 아니합니다.",
            "CN",
        ),
        ("ロシア連邦に本店を有する法人は、本契約に基づくいかなる権利も有しません。", "RU"),
    ],
)
def test_no_right_for_those_based_there(text: str, region: str) -> None:
    clauses = _values(text).get("excluded_licensee_domiciles")
    assert isinstance(clauses, list) and clauses[0]["regions"] == [region]


def test_a_right_held_excludes_no_one() -> None:
    text = "미국에 본사를 둔 기업도 이 라이선스에 따른 권리를 갖습니다."
    assert "excluded_licensee_domiciles" not in _values(text)


# --- a licence confined to a place ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("本ライセンスは日本国内でのみ有効です。", "JP"),
        ("日本国外の利用者へのサービス提供は、本許諾の対象外とします。", "JP"),
        ("이 라이선스는 대한민국 내에서만 효력을 가집니다.", "KR"),
        ("대한민국 바깥의 서버에서 본 모델을 실행하는 것은 허락 범위를 벗어납니다.", "KR"),
    ],
)
def test_confined_to_a_place(text: str, region: str) -> None:
    clauses = _values(text).get("excluded_use_territories")
    assert isinstance(clauses, list)
    assert clauses[0]["regions"] == [region] and clauses[0]["within"] is True


@pytest.mark.parametrize(
    "text",
    [
        "本モデルは研究目的での利用に限ります。",
        "日本国外でも利用できます。",
        "해외에서도 이용할 수 있습니다.",
    ],
)
def test_no_place_confined(text: str) -> None:
    assert "excluded_use_territories" not in _values(text)


# --- notices in Japanese, in more words -------------------------------------------------------

_JA_NOTICE = (
    "営利目的でご利用の際は、事前にメールで会社名と用途をお伝えください。\n\n"
    "これは届出であり、許可の手続きではありません。\n\n"
    "送付した時点から利用を開始できます。\n"
)


def test_japanese_notice_and_its_qualifiers() -> None:
    values = _values(_JA_NOTICE)
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]
    assert _unread(_JA_NOTICE) == []


def test_japanese_permission_stays_permission() -> None:
    text = "商用でご利用の際は、事前に当社の書面による許可を得てください。"
    values = _values(text)
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]


def test_a_qualifier_alone_stays_unread() -> None:
    assert _unread("これは届出であり、許可の手続きではありません。") != []


_JA_DECLINE = (
    "1. 非営利目的であれば、無償で利用できます。\n\n"
    "2. 営利目的での利用には、当社の事前の書面による許可が必要です。\n\n"
    "3. ご要望にお応えできない場合もあります。\n"
)


def test_japanese_polite_decline_is_read_with_the_permission() -> None:
    values = _values(_JA_DECLINE)
    assert values.get("commercial_use") == "restricted"
    assert _unread(_JA_DECLINE) == []


# --- a cap's consequence in a passage of its own ---------------------------------------------

_JA_CAP = (
    "第1条 本規約において「基準売上高」とは、年間20億円をいう。\n\n"
    "第2条 売上高が基準売上高を上回る事業者は、当社と別途ライセンス契約を締結しなければならない。\n"
)
_KO_CAP = (
    "1. 기준: 월간 활성 이용자 200만 명\n\n"
    "2. 기준을 초과하는 서비스는 회사와 별도의 라이선스 계약을 체결한 뒤에 이용할 수 있습니다.\n"
)


@pytest.mark.parametrize("text", [_JA_CAP, _KO_CAP])
def test_cap_consequence_apart_is_read(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    assert _unread(text) == []


def test_consequence_without_a_cap_stays_unread() -> None:
    text = "売上高が基準売上高を上回る事業者は、当社と別途ライセンス契約を締結しなければならない。"
    assert _unread(text) != []


# --- a company's use deemed commercial --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「商用利用」とは、会社がその事業のために本モデルを使用することをいい、社内での試用も含む。",
        "기업이 내부 업무에 본 모델을 사용하는 경우도 영리 이용으로 본다.",
    ],
)
def test_company_use_deemed_commercial(text: str) -> None:
    assert "non-commercial-organizations" in (_values(text).get("use_scope") or [])


# --- decisions about people -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "担当者の確認を経ずに、本モデルの出力のみで保険の引受けの可否を判定することを禁止します。",
        "본 모델의 결과만으로 지원자의 채용 여부를 결정하는 것은 금지됩니다.",
    ],
)
def test_decisions_banned(text: str) -> None:
    assert "automated-decision-making" in (_values(text).get("use_restrictions") or [])


def test_decisions_allowed_are_no_ban() -> None:
    text = "保険の引受けの可否の判定にも、本モデルをご利用いただけます。"
    assert "automated-decision-making" not in (_values(text).get("use_restrictions") or [])


_JA_TABLE = (
    "次に掲げる用途での利用は禁止します。\n\n"
    "| 分野 | 用途 |\n|---|---|\n"
    "| 金融 | 本モデルだけで融資の可否を決めること |\n"
    "| 武器 | 武器の設計 |\n"
)


def test_table_under_a_ban_of_what_follows() -> None:
    tags = _values(_JA_TABLE).get("use_restrictions") or []
    assert {"automated-decision-making", "weapons"} <= set(tags)


@pytest.mark.parametrize(
    "text",
    [
        "本ポリシーは、この契約の一部をなすものとします。",
        "위 정책은 이 계약의 일부로 편입됩니다.",
        "본 가이드라인은 이 라이선스의 일부가 됩니다.",
    ],
)
def test_policy_part_of_the_licence(text: str) -> None:
    assert _values(text).get("acceptable_use_policy_incorporated") is True


# --- which version prevails, no-term passages, captions --------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("이 계약은 영어로 작성된 본문을 정본으로 한다.", "en"),
        ("두 본문의 내용이 다른 경우에는 한국어 본문에 따릅니다.", "ko"),
    ],
)
def test_korean_text_named_prevails(text: str, code: str) -> None:
    assert prevailing_language(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "琴-3B は、例示琴株式会社が開発した小型の言語モデルです。",
        "次の条件に従って、どなたでも無料でご利用いただけます。",
        "이 약관에서 쓰는 용어의 뜻은 다음과 같다.",
        '"제품"이란 이용자가 본 모델을 넣어 제공하는 앱 또는 웹서비스를 말한다.',
        "ここでいう月間利用者数とは、アプリごとに一か月間に本モデルの機能を使った重複しない利用者の数をいいます。",
        "이 경우 자회사가 운영하는 서비스의 이용자 수는 합산하지 않는다.",
    ],
)
def test_passages_stating_no_term(text: str) -> None:
    assert _unread(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "本モデルは、研究目的に限り利用できる言語モデルです。",
        '"영리 이용"이란 법인이 본 모델을 사용하는 모든 경우를 말한다.',
    ],
)
def test_limits_beside_those_shapes_are_no_plain_passage(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread or reading.values


def test_bold_numbered_caption_is_a_heading() -> None:
    text = "**3. 이용 범위**\n상업적 이용도 허락된다.\n"
    assert _unread(text) == []


# --- second pass: more wordings of the same shapes --------------------------------------------


def test_ban_outside_a_place_confines_use_to_it() -> None:
    clauses = _values("本サービスを韓国国外の利用者に提供することはできません。").get(
        "excluded_use_territories"
    )
    assert isinstance(clauses, list) and clauses[0] == {
        "regions": ["KR"],
        "models": "all",
        "exempts": [],
        "within": True,
    }


def test_ban_inside_a_place_stays_a_ban_there() -> None:
    clauses = _values("ロシア国内で本モデルを提供することはできません。").get(
        "excluded_use_territories"
    )
    assert isinstance(clauses, list) and "within" not in clauses[0]


@pytest.mark.parametrize(
    "text",
    [
        "事業で本モデルをお使いになる場合は、あらかじめ弊社にご一報ください。審査はございません。",
        "사업 목적으로 쓰는 경우에는 미리 회사에 신고하여 주시기 바랍니다."
        " 별도의 승인 절차는 없습니다.",
    ],
)
def test_business_notice_with_no_review(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use_conditions") == ["registration"]
    assert _unread(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "商用でご利用の場合は、事前に当社の了承を得てください。",
        "営利目的で使いたい方は、まず当社とご相談ください。",
        "영리 목적으로 이용하려면 사전에 회사와 협의하여야 합니다.",
    ],
)
def test_consent_or_consultation_is_a_permission_route(text: str) -> None:
    assert _values(text).get("commercial_use") == "restricted"


_JA_CLASS = (
    "第2条 「特定事業者」とは、前事業年度の年商が30億円以上の者をいう。\n\n"
    "第3条 特定事業者には、第1条の許諾は及ばないものとする。\n"
)
_KO_CLASS = (
    '1. "대형 사업자"란 직전 연도 매출액이 1,000억 원 이상인 자를 말한다.\n\n'
    "2. 대형 사업자는 회사와 별도의 라이선스 계약을 체결하여야 한다.\n"
)


@pytest.mark.parametrize("text", [_JA_CLASS, _KO_CLASS])
def test_consequence_for_a_class_the_cap_defines(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    assert _unread(text) == []


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "本規約に関して生じた紛争については、京都地方裁判所を専属的管轄裁判所とする。",
            "京都地方裁判所",
        ),
        ("이 약관에 관한 소송은 부산지방법원을 전속 관할로 한다.", "부산지방법원"),
    ],
)
def test_the_court_named_for_disputes(text: str, court: str) -> None:
    assert _values(text).get("venue") == court


@pytest.mark.parametrize(
    ("text", "unit", "count"),
    [
        ("1日あたりの利用者数が20万人を超えるアプリは、別途契約が必要です。", "dau", 200_000),
        ("일 평균 이용자 수가 5만 명을 초과하면 별도 계약이 필요합니다.", "dau", 50_000),
    ],
)
def test_daily_users_active_unsaid(text: str, unit: str, count: int) -> None:
    assert _values(text).get("user_threshold") == {"count": count, "unit": unit}


@pytest.mark.parametrize(
    "text",
    [
        "本モデルを搭載したアプリを有料で提供することができます。",
        "본 모델을 넣은 제품을 판매할 수 있습니다.",
    ],
)
def test_selling_products_is_commercial_use(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


def test_selling_refused_is_not_allowed() -> None:
    text = "本モデルを組み込んだ製品を販売することはできません。"
    assert _values(text).get("commercial_use") != "allowed"


def test_korean_formal_ban_leads_a_list() -> None:
    text = (
        "이용자는 다음 각 호의 행위를 하여서는 아니 된다.\n"
        "1. 타인의 목소리를 분석하여 그 사람을 특정하는 행위\n"
        "2. 무기의 설계\n"
    )
    tags = _values(text).get("use_restrictions") or []
    assert {"biometric-identification", "weapons"} <= set(tags)


@pytest.mark.parametrize(
    "text",
    [
        "本規約は、当社が定める利用ポリシーと一体のものとして適用されます。",
        "利用者は、当社が別途定めるガイドラインを遵守して本モデルを利用するものとします。",
    ],
)
def test_policy_bound_in_more_words(text: str) -> None:
    assert _values(text).get("acceptable_use_policy_incorporated") is True


@pytest.mark.parametrize(
    "text",
    [
        "利用者が本規約の条項に違反したときは、本規約に基づく許諾は直ちに終了します。",
        "이용자가 본 라이선스를 위반한 경우 라이선스는 자동으로 종료된다.",
        "본 계약과 관련된 분쟁은 관할 법원에서 해결한다.",
    ],
)
def test_more_passages_stating_no_term(text: str) -> None:
    assert _unread(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "회사는 상업적 목적을 포함하여 본 모델을 사용할 수 있는 무상의 권리를 부여합니다.",
        "상업적 고객 상담 서비스에도 이용할 수 있습니다.",
        "本モデルは、商用の相談窓口でもご利用いただけます。",
    ],
)
def test_consult_words_inside_other_words_ask_nothing(text: str) -> None:
    assert _values(text).get("commercial_use") != "restricted"


# --- third pass: labels, Q and A, who may use it, passages stating no term ---------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Q. 御社のモデルを業務で使っても構いませんか？\nA. はい、問題ありません。\n", "allowed"),
        ("Q: 영리 목적으로 써도 되나요?\nA: 예, 가능합니다.\n", "allowed"),
        ("Q. 商用サービスに組み込めますか？\nA. いいえ。\n", "prohibited"),
        ("Q: 회사에서 상업적으로 사용할 수 있습니까?\nA: 아니요, 불가합니다.\n", "prohibited"),
    ],
)
def test_a_question_answered(text: str, value: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == value
    assert reading.unread == ()


def test_a_question_on_something_else_answers_nothing() -> None:
    text = "Q. 学習データは公開されていますか？\nA. いいえ、公開していません。\n"
    assert "commercial_use" not in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "商業利用: ○\n",
        "영리 목적 사용: 허용\n",
        "法人・個人の別なく、どなたでもお使いになれます。",
        "개인이나 법인 구분 없이 누구나 사용할 수 있습니다.",
        "営利目的でのご利用に、当社の許可は必要ありません。",
        "영리 목적으로 쓸 때 회사의 허락은 필요 없습니다.",
        "非営利の団体だけでなく、営利企業もご利用いただけます。",
        "비상업적 용도는 물론 상업적 용도로도 쓰실 수 있습니다.",
    ],
)
def test_commercial_use_allowed_in_other_words(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("商業利用: ×\n", "prohibited"),
        ("個人・法人を問わず、非商用目的に限りご利用いただけます。", "prohibited"),
        ("영리 목적으로 쓸 때에는 회사의 허락이 필요합니다.", "restricted"),
    ],
)
def test_limits_beside_those_words_hold(text: str, value: str) -> None:
    assert _values(text).get("commercial_use") == value


@pytest.mark.parametrize(
    "text",
    [
        "利用者は、本モデルを複製し、改変したものを頒布することができます。",
        "이용자는 본 모델을 복제하여 배포할 수 있다.",
        "ご利用にあたり、当社への登録や連絡は一切不要です。",
        "本モデルは全世界でご利用いただけます。",
        "본 모델은 국내외 어디에서나 쓸 수 있습니다.",
        "利用者が作成した文章について、当社は一切の権利を主張いたしません。",
        "회사는 이용자가 생성한 결과물에 대하여 권리를 주장하지 않습니다.",
        "本規約は2027年1月1日より施行します。",
        "이 라이선스는 2027년 1월 1일부터 적용된다.",
    ],
)
def test_third_pass_no_term(text: str) -> None:
    assert _unread(text) == []


# --- fourth pass: scopes, caps in words, evaluation and personal use --------------------------


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("モデルのパラメータを外部に公開することを禁じます。", "no-weight-redistribution"),
        ("모델 파라미터를 인터넷에 공개하여서는 아니 된다.", "no-weight-redistribution"),
        ("ファインチューニングした重みの配布はできません。", "no-adaptation-sharing"),
        ("본 모델을 외부에 API로 제공하는 것은 허용되지 않습니다.", "no-hosting-use"),
        ("弊社の製品と競合するアプリの開発には利用できません。", "no-competing-use"),
        ("회사의 서비스와 경쟁하는 제품에 본 모델을 사용할 수 없다.", "no-competing-use"),
    ],
)
def test_scopes_banned(text: str, scope: str) -> None:
    assert scope in (_values(text).get("use_scope") or [])


@pytest.mark.parametrize(
    "text",
    [
        "本モデルの重みは自由に再配布できます。",
        "모델 가중치를 공개하는 것은 금지되지 않습니다.",
        "本モデルの出力を用いて、競合するモデルを学習させることを禁止します。",
    ],
)
def test_no_scope_where_none_is_banned(text: str) -> None:
    scopes = _values(text).get("use_scope") or []
    assert "no-weight-redistribution" not in scopes and "no-competing-use" not in scopes


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("本モデルは検証目的でのみ使用できます。", "research"),
        ("이 모델은 테스트 용도로만 쓸 수 있습니다.", "research"),
        ("개인적인 목적으로만 이용할 수 있습니다.", "personal"),
    ],
)
def test_narrow_grants_ban_commercial_use(text: str, scope: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "prohibited"
    assert scope in (values.get("use_scope") or [])


@pytest.mark.parametrize(
    "text",
    [
        "월 이용자 수가 백만 명을 넘는 서비스는 별도 계약이 필요합니다.",
        "월간 사용자 수가 1,000,000명을 초과하면 회사와 계약을 체결하여야 합니다.",
    ],
)
def test_korean_monthly_users_without_active(text: str) -> None:
    assert _values(text).get("mau_threshold") == 1_000_000


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("매출액이 2조 원을 넘는 기업은 상용 라이선스를 별도로 구매하여야 합니다.", 2e12),
        ("年間売上高が1兆円を超える企業は、別途ライセンス契約が必要です。", 1e12),
    ],
)
def test_trillions(text: str, amount: float) -> None:
    revenue = _values(text).get("revenue_threshold")
    assert isinstance(revenue, dict) and revenue["amount"] == amount


def test_an_article_number_is_no_trillion() -> None:
    assert [v for _, _, v in numbers("제1조 이 약관은 회사가 정한다")] == [1.0]


def test_no_unreasonable_refusal_is_read_with_the_permission() -> None:
    text = (
        "상업적으로 이용하려면 회사의 서면 승인을 받아야 합니다.\n\n"
        "회사는 정당한 사유 없이 승인을 거절하지 않습니다.\n"
    )
    assert _values(text).get("commercial_use_conditions") == ["written-permission"]
    assert _unread(text) == []


# --- fifth pass: a whole terms-of-use document ------------------------------------------------

_JA_TERMS = (
    "## 第3条（禁止事項）\n"
    "利用者は、次の各号に該当する目的で本モデルを使用してはなりません。\n"
    "- 法令に違反し、又は公序良俗を害する目的\n"
    "- 第三者の著作権その他の権利を侵害する目的\n"
    "- 他人の名誉を毀損する目的\n"
)
_KO_TERMS = (
    "제3조(금지 행위) 이용자는 다음 각 호의 목적으로 모델을 사용하여서는 아니 된다.\n"
    "1. 법률에 위반되는 행위\n"
    "2. 타인의 저작권 등 권리를 침해하는 행위\n"
    "3. 사람의 생명이나 신체에 위험을 초래하는 행위\n"
)


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        (_JA_TERMS, {"illegal-activity", "social-ethics", "ip-infringement", "defamation"}),
        (_KO_TERMS, {"illegal-activity", "ip-infringement", "harm-others"}),
    ],
)
def test_terms_of_use_harms_under_a_heading(text: str, tags: set[str]) -> None:
    reading = read_foreign(text)
    assert tags <= set(_values(text).get("use_restrictions") or [])
    assert reading.unread == ()


@pytest.mark.parametrize(
    "text",
    [
        "当社は、利用者が本規約に従うことを条件として、本モデルを複製し、改変する権利を許諾します。",
        "회사는 본 라이선스를 따르는 것을 조건으로, 이용자에게"
        " 모델의 복제 및 수정을 무상으로 허락합니다.",
    ],
)
def test_a_grant_on_these_terms_is_plain(text: str) -> None:
    assert _unread(text) == []


def test_a_grant_on_another_condition_is_no_plain_grant() -> None:
    text = "当社は、研究目的に限ることを条件として、本モデルを複製する権利を許諾します。"
    reading = read_foreign(text)
    assert reading.unread or reading.values.get("commercial_use") == "prohibited"


def test_the_licensor_may_change_the_terms_far_apart() -> None:
    text = (
        "弊社は、事業上の理由により必要があると認めたときは、"
        "いつでも本契約の内容を改定することができます。"
    )
    assert _values(text).get("licensor_may_update_terms") is True


# --- sixth pass: fresh wordings of the round's shapes -----------------------------------------


def test_korean_casual_notice_and_decision_unneeded() -> None:
    text = (
        "상업적으로 쓰시려면 쓰기 전에 담당 메일로 회사 이름을 알려 주세요.\n\n"
        "회사의 승인을 받을 필요는 없습니다.\n"
    )
    assert _values(text).get("commercial_use_conditions") == ["registration"]
    assert _unread(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '1. "한도 금액"이란 500억 원을 말한다.\n\n2. 연간 매출액이 한도 금액을 초과하는 법인은 '
        "상업적 이용 허락을 받을 수 없다.\n",
        "第1条 「上限額」とは、50億円をいう。\n\n"
        "第2条 年間の売上高が上限額を超える企業は、"
        "当社とライセンス契約を締結しなければならない。\n",
    ],
)
def test_a_revenue_cap_by_a_named_amount(text: str) -> None:
    values = _values(text)
    revenue = values.get("revenue_threshold")
    assert isinstance(revenue, dict) and revenue["amount"] in (5e10, 5e9)
    assert values.get("commercial_use") == "restricted"
    assert _unread(text) == []


def test_a_named_amount_without_revenue_caps_nothing() -> None:
    text = '1. "기본 요금"이란 10만 원을 말한다.\n\n2. 기본 요금을 넘는 사용료는 따로 청구한다.\n'
    assert "revenue_threshold" not in _values(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("本契約は日本語版を正本であるものとし、英語版は参考にすぎない。", "ja"),
        ("この利用規約は、英語版が正本であり、日本語訳は便宜上のものです。", "en"),
    ],
)
def test_japanese_version_named_original(text: str, code: str) -> None:
    assert prevailing_language(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "本サービスの許諾は、日本国内でのご利用に限って有効となります。",
    ],
)
def test_confined_by_kagitte(text: str) -> None:
    clauses = _values(text).get("excluded_use_territories")
    assert isinstance(clauses, list) and clauses[0]["regions"] == ["JP"]


def test_output_training_ban_by_kinjiru() -> None:
    text = "生成結果を他社のモデルの学習に用いることは禁じられています。"
    assert _values(text).get("output_use_restriction") is True


def test_rejecting_applicants_is_a_decision() -> None:
    text = "応募者を本モデルの判定だけで不採用とすることを禁止します。"
    assert "automated-decision-making" in (_values(text).get("use_restrictions") or [])


# --- seventh pass ------------------------------------------------------------------------------


def test_notice_for_profit_making_with_approval_not_needed() -> None:
    text = (
        "利益を上げる目的で本モデルを使う会社は、事前に利用届を当社へ提出してください。\n\n"
        "提出された届出に当社の承認は要りません。\n"
    )
    assert _values(text).get("commercial_use_conditions") == ["registration"]
    assert _unread(text) == []


def test_consent_that_must_be_there() -> None:
    text = "영리 목적의 이용에는 회사의 서면 동의가 있어야 합니다."
    assert _values(text).get("commercial_use") == "restricted"


def test_licensor_decides_after_review_with_the_permission() -> None:
    text = "商用でのご利用には当社の許可が必要です。\n\n許可は当社内の審査を経て決定します。\n"
    assert _values(text).get("commercial_use_conditions") == ["written-permission"]
    assert _unread(text) == []


def test_confined_with_no_particle_before_the_limit() -> None:
    clauses = _values("本規約に基づく使用は、日本国内に限ります。").get("excluded_use_territories")
    assert isinstance(clauses, list) and clauses[0]["regions"] == ["JP"]


def test_legal_force_only_in_one_version() -> None:
    text = "번역본은 참고용이며, 법적 효력은 영문본에만 있습니다."
    assert prevailing_language(text) == "en"
