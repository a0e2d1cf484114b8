"""Japanese, Korean and Hebrew territory clauses (a grant withheld from those based in named
places; use banned in named places or for users there) and a Korean use policy bound in by
reference that the licensor may change (`foreign_ja_ko_he`). Counter-examples: a sentence naming
the EU without excluding it, a grant said to reach EU residents, the state whose export laws a
ban invokes, use allowed in a place, a duty to obey the law or the licence, a policy the
licensor may not change. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_ja_ko_he import read_ja_ko_he


def _keys(language: str, text: str) -> dict[str, object]:
    return {c.key: c.value for c in read_ja_ko_he(language, text)}


@pytest.mark.parametrize(
    ("language", "text", "regions"),
    [
        (
            "ja",
            "本許諾は、欧州連合に住所を有する個人及び欧州連合内に本社を置く企業には与えられません。",
            ["EU"],
        ),
        (
            "ja",
            "ロシア又はベラルーシに設立された法人は、本ライセンスの対象外とします。",
            ["BY", "RU"],
        ),
        ("ko", "유럽연합에 본사를 둔 법인에는 본 라이선스가 부여되지 않습니다.", ["EU"]),
        ("ko", "북한 또는 이란에 거주하는 개인은 본 모델을 이용할 수 없습니다.", ["IR", "KP"]),
    ],
)
def test_grant_withheld_from_those_based_in_places(
    language: str, text: str, regions: list[str]
) -> None:
    keys = _keys(language, text)
    assert keys["excluded_licensee_domiciles"] == [
        {"regions": regions, "models": "all", "exempts": []}
    ]
    assert "excluded_use_territories" not in keys


@pytest.mark.parametrize(
    ("language", "text", "regions"),
    [
        ("ja", "ロシア連邦内での本モデルの使用を禁止します。", ["RU"]),
        ("ja", "中国国内において本モデルを利用したサービスを提供してはなりません。", ["CN"]),
        ("ko", "러시아에서 본 모델을 사용하거나 배포할 수 없습니다.", ["RU"]),
        (
            "he",
            "אין להשתמש במודל בשטח הפדרציה הרוסית, ואין להפעילו עבור משתמשים הנמצאים בה.",
            ["RU"],
        ),
        ("he", "אסור להפעיל את המודל בתחומי איראן או סוריה.", ["IR", "SY"]),
    ],
)
def test_use_banned_in_places(language: str, text: str, regions: list[str]) -> None:
    keys = _keys(language, text)
    assert keys["excluded_use_territories"] == [
        {"regions": regions, "models": "all", "exempts": []}
    ]
    assert "excluded_licensee_domiciles" not in keys


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the EU named, nothing excluded
        (
            "ja",
            "本ライセンスに基づく個人データは欧州連合の一般データ保護規則に従って取り扱います。",
        ),
        ("ja", "欧州連合に居住する利用者にも本ライセンスは適用されます。"),
        ("ko", "EU 거주자에게도 본 라이선스가 적용됩니다."),
        ("ko", "유럽연합의 개인정보 보호 규정을 준수하여 모델을 사용하십시오."),
        # the state whose export rules the ban invokes is no excluded place
        ("ja", "米国の輸出管理法令に違反して本モデルを使用することはできません。"),
        ("ko", "미국의 수출 통제 규정을 위반하여 본 모델을 사용할 수 없습니다."),
        ("he", "אין להשתמש במודל בניגוד לחוקי הייצוא של ארצות הברית."),
        # use allowed, or no place
        ("he", "מותר להשתמש במודל ברוסיה ובכל מדינה אחרת."),
        ("ja", "本モデルは日本国内でも海外でも利用できます。"),
        ("ko", "이 모델이란 무엇인지 설명합니다."),
    ],
)
def test_places_named_without_an_exclusion(language: str, text: str) -> None:
    assert _keys(language, text) == {}


def test_japanese_eu_exclusion_read_in_a_licence() -> None:
    text = (
        "第1条 許諾者は、本モデルを商用目的を含むあらゆる目的で使用する権利を許諾します。\n\n"
        "第2条 前条の許諾は、欧州連合の加盟国に居住する個人及び欧州連合域内に主たる事業所を"
        "有する法人には与えられません。\n"
    )
    reading = read_foreign(text)
    assert reading.values["excluded_licensee_domiciles"] == [
        {"regions": ["EU"], "models": "all", "exempts": []}
    ]
    assert reading.unread == ()


@pytest.mark.parametrize(
    "text",
    [
        "이용자는 라이선스 제공자가 홈페이지에 게시하는 「학 이용 정책」을 준수하여야 합니다.",
        "모델을 사용할 때에는 당사의 책임 있는 이용 가이드라인을 따라야 합니다.",
    ],
)
def test_korean_use_policy_bound_in_by_reference(text: str) -> None:
    assert _keys("ko", text).get("acceptable_use_policy_incorporated") is True


@pytest.mark.parametrize(
    "text",
    [
        "이용자는 관련 법령을 준수하여야 합니다.",
        "이용자는 본 라이선스의 조건을 준수하여야 합니다.",
    ],
)
def test_korean_duty_to_obey_the_law_binds_no_policy(text: str) -> None:
    assert "acceptable_use_policy_incorporated" not in _keys("ko", text)


def test_korean_licensor_may_change_the_policy() -> None:
    text = "라이선스 제공자는 이 정책을 수시로 변경할 수 있습니다."
    assert _keys("ko", text) == {"licensor_may_update_terms": True}


@pytest.mark.parametrize(
    "text",
    [
        "이 정책은 라이선스 제공자가 단독으로 변경할 수 없습니다.",  # fixed, not updatable
        "이용자는 본 모델을 수정할 수 있습니다.",  # the licensee modifies the model
    ],
)
def test_korean_fixed_policy_is_not_updatable(text: str) -> None:
    assert "licensor_may_update_terms" not in _keys("ko", text)


def test_japanese_and_korean_places_only_for_their_languages() -> None:
    assert read_ja_ko_he("de", "ロシア連邦内での本モデルの使用を禁止します。") == []


def test_hebrew_grant_withheld_names_the_place_after_who_is_based_there() -> None:
    text = "הרישיון אינו מעניק זכויות לתושבי האיחוד האירופי או לחברות שמושבן ברוסיה."
    assert _keys("he", text)["excluded_licensee_domiciles"] == [
        {"regions": ["EU", "RU"], "models": "all", "exempts": []}
    ]
    assert _keys("he", "רישיון זה חל גם על תושבי האיחוד האירופי.") == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a language, not a place: Chinese, Japanese, Russian text
        ("ja", "中国語で出力を生成するために本モデルを使用することは禁止します。"),
        ("ja", "日本語での利用を禁止するものではありません。"),
        ("ko", "중국어로 된 문서를 생성하는 데 본 모델을 사용할 수 없습니다."),
        ("he", "אין להשתמש במודל ליצירת טקסט בסינית."),
    ],
)
def test_a_language_named_is_no_place(language: str, text: str) -> None:
    assert _keys(language, text) == {}


def test_japanese_use_policy_bound_in_by_reference() -> None:
    text = "利用者は、当社がウェブサイトに掲載する「サギ利用ポリシー」を遵守しなければなりません。"
    assert _keys("ja", text) == {"acceptable_use_policy_incorporated": True}
    assert _keys("ja", "利用者は、適用される法令を遵守しなければなりません。") == {}
