"""A cap whose number stands apart from the clause applying it, in the languages of Asia read
by `foreign_cap_places_asia`: in the definition of a quoted term the clause uses, in an annex or
schedule it names, or in another numbered clause it names; and "such licensees" in the next
sentence asks of those past the cap. Lawful twins: the same places with no clause applying them
(no word of exceeding), or an annex without a number, read no cap. Texts written for these
tests."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_cap_places_asia import with_placed_caps
from auditor.licenses.terms.foreign_gate import may_be_foreign
from auditor.licenses.text.language import passages_where


def _cap(text: str) -> tuple[str, float] | None:
    values = read_foreign(text).values
    revenue, users = values.get("revenue_threshold"), values.get("user_threshold")
    if isinstance(revenue, dict):
        return "revenue", float(revenue["amount"])
    if isinstance(users, dict):
        return "users", float(users["count"])
    return None


DEFINED = [
    (  # Simplified Chinese: a users' threshold defined, used by name
        "第一条 定义\n\n1.1 “用户上限”是指每月活跃用户三百万人。\n\n"
        "第二条 授权\n\n许可方允许您为任何目的（包括商业目的）免费使用本模型。\n\n"
        "第三条 规模\n\n您的服务的月活跃用户数超过用户上"
        "限时，第二条的授权即告终止，您须另行取得商业许可。\n",
        ("users", 3_000_000),
    ),
    (  # Japanese
        "第1条（定義）\n\n「基準売上高」とは、年間売上高十億円をいう。\n\n"
        "第2条（許諾）\n\n当社は、利用者に対し、営利目的を含むあ"
        "らゆる目的で本モデルを無償で利用することを許諾します。\n\n"
        "第3条（大規模事業者）\n\n利用者の年間売上高が基準売上高を超える場"
        "合、前条は適用されず、利用者は別途当社と契約しなければなりません。\n",
        ("revenue", 1_000_000_000),
    ),
    (  # Vietnamese
        'Điều 1. Định nghĩa\n\n(a) "Ngưỡng doanh thu" là doanh thu hằng năm 200 tỷ đồng.\n\n'
        "Điều 2. Công ty cho phép bạn sử dụng mô hình miễn phí"
        " cho mọi mục đích, kể cả thương mại.\n\n"
        "Điều 3. Nếu doanh thu hằng năm của bạn vượt Ngưỡng doanh"
        " thu, Điều 2 không áp dụng và bạn phải ký "
        "một giấy phép thương mại riêng.\n",
        ("revenue", 200_000_000_000),
    ),
]

ANNEX = [
    (  # Korean: 별표
        "제1조(허락) 회사는 이용자에게 본 모델을 상업적 목적을"
        " 포함한 모든 목적으로 무상 이용하도록 허락합니다.\n\n"
        "제2조(규모) 이용자의 월간 활성 이용자 수가 별표에"
        " 정한 한도를 초과하면 제1조의 허락은 효력을 잃고, "
        "이용자는 회사와 별도의 계약을 체결하여야 합니다.\n\n"
        "별표\n\n| 항목 | 내용 |\n|---|---|\n| 세는 "
        "대상 | 이용자와 그 계열사의 월간 활성 이용자 수 합계 |\n"
        "| 한도 | 300만 명 |\n",
        ("users", 3_000_000),
    ),
    (  # Japanese, the annex before the clause's number: 別表第一
        "第1条（許諾）当社は、利用者に対し、営利・非営利"
        "を問わず本モデルの無償利用を許諾します。\n\n"
        "第2条（制限）利用者の月間アクティブユーザー数が別表第"
        "一の上限を上回るときは、前条の許諾は失効します。\n\n"
        "別表第一\n\n| 区分 | 数値 |\n|---|---|\n| 上限 | 五百万人 |\n",
        ("users", 5_000_000),
    ),
]

ANNEX += [
    (  # Thai: ภาคผนวก ก, a revenue ceiling in baht
        "ข้อ ๑ บริษัทอนุญาตให้ท่านใช้แบบจำลองได้ทุกวัตถุประสงค์ รวมถึงเชิงพาณิชย์ โดยไม่มีค่าใช้จ่าย\n\n"
        "ข้อ ๒ หากรายได้ต่อปีของท่านเกินเพดานตามภาคผนวก ก สิทธิตามข้อ ๑ สิ้นสุดลง\n\n"
        "ภาคผนวก ก\n\n| รายการ | ค่า |\n|---|---|\n| เพดานรายได้ต่อปี | 500 ล้านบาท |\n",
        ("revenue", 500_000_000),
    ),
    (  # Bengali: তফসিল, monthly users in lakh
        "১. অনুমতি: কোম্পানি আপনাকে মডেলটি বাণিজ্যিক ও অবাণিজ্যিক উভয় কাজে "
        "বিনামূল্যে ব্যবহারের অনুমতি দিচ্ছে।\n\n"
        "২. তফসিলে উল্লিখিত সীমার বেশি মাসিক সক্রিয় ব্যবহারকারী থাকলে ১ নম্বর ধারা প্রযোজ্য হবে না।\n\n"
        "তফসিল\n\n| বিষয় | মান |\n|---|---|\n| সীমা | ২০ লাখ মাসিক সক্রিয় ব্যবহারকারী |\n",
        ("users", 2_000_000),
    ),
]

CLAUSE = [
    (  # Japanese: the number in another article
        "第1条（許諾）当社は、利用者に対し、営利目的を含め"
        "本モデルを無償で利用することを許諾します。\n\n"
        "第2条（大口利用者）年間売上高が第4条に定める上限"
        "を超える利用者には、前条は適用されません。\n\n"
        "第3条（準拠法）本書は日本法に準拠します。\n\n"
        "第4条（上限）上限は年間売上高三十億円とします。\n",
        ("revenue", 3_000_000_000),
    ),
    (  # Hindi: खंड 4
        "खंड 1 — हम आपको मॉडल का वाणिज्यिक और गैर-वाणिज्यिक दोनों प्रकार"
        " से निःशुल्क उपयोग करने की अनुमति देते हैं।\n\n"
        "खंड 2 — जिन संस्थाओं का वार्षिक राजस्व खंड 4 में दी गई सीमा"
        " से अधिक है, उन पर खंड 1 लागू नहीं होता।\n\n"
        "खंड 3 — यह अनुज्ञप्ति भारत की विधि के अधीन है।\n\n"
        "खंड 4 — सीमा: वार्षिक राजस्व ₹500 करोड़।\n",
        ("revenue", 5_000_000_000),
    ),
    (  # Tamil: பிரிவு 4, the cap's word inflected ("வரம்பை மீறினால்")
        "பிரிவு 1. நிறுவனம் உங்களுக்கு இந்த மாதிரியை வணிக நோக்கம் உட்பட எந்த "
        "நோக்கத்திற்கும் இலவசமாகப் பயன்படுத்த அனுமதி வழங்குகிறது.\n\n"
        "பிரிவு 2. உங்கள் ஆண்டு வருவாய் பிரிவு 4 இல் கூறப்பட்ட வரம்பை மீறினால், "
        "பிரிவு 1 பொருந்தாது.\n\n"
        "பிரிவு 3. இந்த உரிமம் இந்திய சட்டத்தின்படி ஆளப்படும்.\n\n"
        "பிரிவு 4. வரம்பு: ஆண்டு வருவாய் ரூ.100 கோடி.\n",
        ("revenue", 1_000_000_000),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED + ANNEX + CLAUSE)
def test_a_cap_placed_apart_is_read_where_it_is_applied(
    text: str, expected: tuple[str, float]
) -> None:
    assert _cap(text) == expected


SUCH = [
    (  # Korean: 해당
        "1. 회사는 모든 목적으로 본 모델의 무상 이용을 허락합니다.\n\n"
        "2. 연 매출이 1,000억 원을 초과하는 이용자에게는 제1항이 적용되지 않습니다.\n"
        "해당 이용자는 회사와 별도의 상용 계약을 체결하여야 합니다.\n"
    ),
    (  # Hindi: ऐसे
        "1. हम आपको मॉडल का किसी भी प्रयोजन के लिए निःशुल्क उपयोग करने की अनुमति देते हैं।\n\n"
        "2. जिन संस्थाओं का वार्षिक राजस्व ₹100 करोड़ से अधिक है, उन पर खंड 1 लागू नहीं होता; "
        "ऐसे संस्थानों को हमसे अलग वाणिज्यिक अनुज्ञप्ति लेनी होगी।\n"
    ),
]


@pytest.mark.parametrize("text", SUCH)
def test_such_licensees_after_a_cap_ask_for_the_caps_licence(text: str) -> None:
    conditions = read_foreign(text).values.get("commercial_use_conditions")
    assert isinstance(conditions, list)
    assert "separate-license-above-threshold" in conditions
    assert "written-permission" not in conditions
    assert not [p for p in read_foreign(text).unread if "1,000" not in p.text]


TWINS = [
    # the defined threshold named with no word of exceeding: it states nothing applied
    "第一条 定义\n\n1.1 “用户上限”是指每月活跃用户三百万人。\n\n"
    "第二条 授权\n\n许可方允许您为任何目的（包括商业目的）免费使用本模型。\n\n"
    "第三条 公布\n\n用户上限由许可方在官网上公布。\n",
    # a clause naming another with no cap in it
    "第1条（許諾）当社は、利用者に対し、本モデルの利用を許諾します。\n\n"
    "第2条（再配布）第3条に定める条件を超えない範囲で、再配布できます。\n\n"
    "第3条（条件）再配布の際は本書の写しを添付してください。\n",
    # an annex with no number: nothing to read into the clause
    "제1조(허락) 회사는 이용자에게 본 모델을 모든 목적으로 무상 이용하도록 허락합니다.\n\n"
    "제2조(규모) 이용자의 규모가 별표에 정한 한도를 초과하면 회사와 협의합니다.\n\n"
    "별표\n\n| 항목 | 내용 |\n|---|---|\n| 한도 | 회사가 따로 정함 |\n",
]


@pytest.mark.parametrize("text", TWINS)
def test_a_place_no_clause_applies_is_read_into_no_clause(text: str) -> None:
    passages = list(passages_where(text, may_be_foreign))
    assert with_placed_caps(passages, text) == passages
