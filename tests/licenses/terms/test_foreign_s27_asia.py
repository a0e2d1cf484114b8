"""Shapes of the languages of Asia and the Middle East read in session 28 (held-out round H3):
paraphrases written here, not the scenarios' sentences, and the twins that must not change.

Each `positive` case fails on the code before the session; each twin holds on both."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.model_terms import _priority


def _values(text: str) -> dict[str, Any]:  # a term's value, whatever its type
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- a licence file named in the group's languages, or in Latin letters for them ------------


@pytest.mark.parametrize(
    "name",
    [
        "授权协议.md", "使用條款.txt", "利用規約.md", "이용약관.md", "이용허락서.txt",
        "शर्तें.md", "শর্তাবলী.md", "உரிமம்.md", "الترخيص.md", "TARKHIS.md", "SHURUT.txt",
        "רישיון.md", "RISHAYON.md", "TENAIM.md", "مجوز.md", "EJAZEH.md", "KOSULLAR.md",
        "İzin.md".lower(), "ANUMATI.md", "URIMAM.txt",
    ],
)  # fmt: skip
def test_licence_file_named_in_the_languages(name: str) -> None:
    assert _priority(f"docs/{name}") == 0


@pytest.mark.parametrize(
    "name", ["README.md", "config.json", "kullanim_kilavuzu.md", "NOTICE", "说明.md", "모델카드.md"]
)
def test_other_files_are_no_licence(name: str) -> None:
    assert _priority(name) != 0


# --- a grant for any purpose (commercial ends among them) in Chinese, Japanese, Korean --------


@pytest.mark.parametrize(
    "text",
    [
        "某公司授予您非专属之权利，得为任何目的使用、复制及修改本模型。",
        "本模型可用于任何用途，包括修改和再分发。",
        "无论出于何种目的，您均可免费使用本模型。",
        "許可方准許任何人將本模型用於一切目的。",
        "本模型之使用目的不限，任何人皆可自由下載及使用。",
        "本モデルは、目的を問わず、誰でも無償で利用できます。",
        "利用者は、いかなる目的のためにも本モデルを使用し、改変することができます。",
        "あらゆる用途で本モデルを自由に使っていただけます。利用することができます。",
        "누구든지 어떤 목적으로든 이 모델을 자유롭게 사용할 수 있습니다.",
        "귀하는 목적을 불문하고 이 모델을 복제하고 배포할 수 있다.",
    ],
)
def test_any_purpose_grant_zh_ja_ko(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "任何目的之使用，均须事先取得本公司书面同意。",
        "本模型不得为任何目的用于军事活动。",
        "本模型仅可用于研究目的，不论用途均须登记。",
        "いかなる目的であっても、当社の事前の承諾なく本モデルを利用することはできません。",
        "本モデルは研究目的に限り、どのような用途でも利用できます。",
        "어떤 목적으로든 회사의 사전 동의 없이 이 모델을 사용할 수 없습니다.",
        "모든 목적의 이용은 연구에 한하여 허용됩니다.",
    ],
)
def test_any_purpose_with_a_limit_is_no_grant(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


# --- "the same applies" to a case: read with the grant before it -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本公司准许您为任何目的使用本模型。以营利为目的者，亦同。",
        "本公司準許您為任何目的使用本模型。營業上之使用，亦適用之。",
        "本モデルは、いかなる目的にも利用できます。営利目的で利用する場合も、同様とします。",
        "누구든지 어떤 목적으로든 이 모델을 사용할 수 있다. 영리 목적으로 이용하는 경우에도 같다.",
        "Modeli her amaçla kullanabilirsiniz. Ticari kullanımda da aynı hüküm uygulanır.",
    ],
)
def test_likewise_extends_a_grant(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"
    assert not _unread(text)


@pytest.mark.parametrize(
    "text",
    [
        "您不得将本模型用于军事目的。以营利为目的者，亦同。",  # a ban extended: not a grant
        "本モデルの利用には当社の書面による承諾が必要です。営利目的の場合も、同様とします。",
        "라이선스 조건은 다음과 같다.",  # "as follows": no case named
    ],
)
def test_likewise_beside_no_grant_is_no_grant(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"
    assert _unread(text)


# --- no further limit on use: states no term; a limit added keeps it for the readers ---------


@pytest.mark.parametrize(
    "text",
    [
        "除本款外，授权人对用途不设其他限制。",
        "除上述情形外，本模型之使用不受其他限制。",
        "前条に定める場合を除き、利用目的に制限はありません。",
        "제2조의 경우를 제외하고는 사용에 아무런 제한이 없습니다.",
        "इस धारा के अतिरिक्त उपयोग पर कोई अन्य प्रतिबंध नहीं है।",
        "এই ধারা ছাড়া ব্যবহারের উপর আর কোনো বিধিনিষেধ নেই।",
        "لا توجد أي قيود أخرى على الاستخدام غير ما ذكر أعلاه.",
        "מלבד האמור בסעיף 2, אין הגבלה נוספת על השימוש.",
        "جز آنچه در ماده ۳ آمده، هیچ محدودیت دیگری بر استفاده وجود ندارد.",
        "Madde 2 dışında kullanıma başka hiçbir kısıtlama getirilmemiştir.",
    ],
)
def test_no_other_limit_states_no_term(text: str) -> None:
    assert not _unread(text)
    assert _values(text).get("commercial_use") is None


@pytest.mark.parametrize(
    ("text", "commercial"),
    [
        ("除本款外，不设其他限制，但不得用于商业目的。", "prohibited"),
        ("除本款外，不设其他限制，但使用者须事先向本公司登记。", None),
        (
            "前条の場合を除き、利用目的に制限はありませんが、研究目的に限り利用できます。",
            "prohibited",
        ),
        ("제2조 외에는 제한이 없으나, 연구 목적으로만 사용할 수 있다.", "prohibited"),
        ("لا توجد قيود أخرى، ولكن لا يجوز الاستخدام التجاري.", "prohibited"),
    ],
)
def test_no_other_limit_with_a_limit_added(text: str, commercial: str | None) -> None:
    values = _values(text)
    assert values.get("commercial_use") == commercial
    assert commercial is not None or _unread(text)


# --- traditional characters folded: a ban read in either script ------------------------------


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("貴方不得將本模型用於軍事用途，包括作戰與軍事情報。", "military"),
        ("本模型嚴禁用於戰爭相關之任何活動。", "military"),
        ("禁止將本模型用於監視他人之行蹤。", "surveillance"),
    ],
)
def test_traditional_ban_read(text: str, harm: str) -> None:
    assert harm in _values(text).get("use_restrictions", [])
