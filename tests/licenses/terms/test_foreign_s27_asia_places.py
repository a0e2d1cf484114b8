"""Places, caps and licensees of the languages of Asia and the Middle East read in session 28
(held-out round H3): paraphrases written here, not the scenarios' sentences, and their twins.

Each `positive` case fails on the code before the session; each twin holds on both."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(text: str) -> dict[str, Any]:  # a term's value, whatever its type
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


def _within(text: str) -> list[str]:
    clauses = _values(text).get("excluded_use_territories", [])
    return sorted({r for c in clauses if c.get("within") for r in c["regions"]})


# --- Tamil: use confined to named countries, or banned outside them ---------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("இந்த உரிமம் இந்தியாவில் மட்டுமே செல்லுபடியாகும்.", ["IN"]),
        ("இந்த மாதிரியை இலங்கைக்கு வெளியே பயன்படுத்தக் கூடாது.", ["LK"]),
        (
            "இந்த உரிமம் சிங்கப்பூர், மலேசியா ஆகிய நாடுகளில் மட்டுமே பொருந்தும்.\n"
            "அந்நாடுகளுக்கு வெளியே இதனை இயக்கக் கூடாது.",
            ["MY", "SG"],
        ),
    ],
)
def test_tamil_confined_to_countries(text: str, regions: list[str]) -> None:
    assert _within(text) == regions
    assert not _unread(text)


@pytest.mark.parametrize(
    "text",
    [
        "இந்த உரிமம் இந்தியச் சட்டங்களுக்கு மட்டுமே உட்பட்டது.",
        "இந்த உரிமம் இந்தியாவில் பதிவுசெய்யப்பட்ட ஒரு நிறுவனத்தால் வழங்கப்படுகிறது.",
    ],
)
def test_tamil_place_named_without_confinement(text: str) -> None:
    assert _within(text) == []


# --- caps in local number words: a scale multiplied by a smaller one, crores of thousands ----


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        (
            "직전 연도 매출액이 5천억 원을 초과하는 이용자는 회사의 허가를 받아야 합니다.",
            5e11,
            "KRW",
        ),
        ("연간 매출이 2백억 원 이상인 기업은 별도 라이선스 계약을 체결해야 한다.", 2e10, "KRW"),
        ("年間売上高が1千億円を超える事業者は、当社の許諾を得なければなりません。", 1e11, "JPY"),
        ("यदि आपका वार्षिक राजस्व पाँच हज़ार करोड़ रुपये से अधिक है, तो अलग लाइसेंस लेना होगा।", 5e10, "INR"),
    ],
)
def test_compound_scale_words(text: str, amount: float, currency: str) -> None:
    cap = _values(text)["revenue_threshold"]
    assert (cap["amount"], cap["currency"]) == (amount, currency)


# --- a counting rule leaving the affiliates out: read with the cap, which stays the licensee's


@pytest.mark.parametrize(
    "text",
    [
        "연간 매출액이 1천억 원을 넘는 이용자는 별도 계약이 필요합니다.\n"
        "위 매출액에는 자회사의 매출을 합산하지 아니한다.",
        "年間売上高が100億円を超える利用者は、別途契約が必要です。\n"
        "前項の売上高は利用者単独で算定し、関連会社の売上高は合算しません。",
        "Yıllık cirosu 100 milyon TL'yi aşan lisans alanlar ayrı lisans almalıdır.\n"
        "Ciroya bağlı şirketlerin satışları dahil edilmez.",
        "वार्षिक राजस्व 500 करोड़ रुपये से अधिक होने पर अलग लाइसेंस लेना होगा।\n"
        "इस राजस्व में सहयोगी कंपनियों का राजस्व शामिल नहीं है।",
    ],
)
def test_affiliates_left_out_of_a_cap(text: str) -> None:
    cap = _values(text)["revenue_threshold"]
    assert cap.get("counts") is None
    assert not _unread(text)


def test_affiliates_counted_in_stays_counted() -> None:  # the twin: added, not left out
    text = (
        "연간 매출액이 1천억 원을 넘는 이용자는 별도 계약이 필요합니다.\n"
        "위 매출액에는 계열회사의 매출을 합산한다."
    )
    assert _values(text)["revenue_threshold"].get("counts") == "licensee-and-affiliates"


# --- business use taken into a grant, in Japanese and Korean words for business -------------


@pytest.mark.parametrize(
    "text",
    [
        "이 모델은 사업 목적으로 활용할 수 있습니다.",
        "귀사의 비즈니스에 이 모델을 사용하셔도 됩니다.",
        "本モデルは、営業目的で利用することもできます。",
        "本モデルを事業に使用して差し支えありません。",
    ],
)
def test_business_use_granted(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "이 모델은 영업에 이용할 수 없습니다.",
        "本モデルを事業に利用することはできません。",
        "직전 사업연도 매출액이 1천억 원을 넘는 이용자는 계약을 체결한 뒤에만 이용할 수 있습니다.",
    ],
)
def test_business_use_refused_or_capped_is_no_grant(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


# --- the cap's other side, and an offer on the table below: no term of their own -------------


@pytest.mark.parametrize(
    "text",
    [
        "上記金額以下の利用者は、特段の手続なく利用できます。",
        "এই সীমার নিচের লাইসেন্সগ্রহীতাদের কোনো আবেদন করতে হবে না।",
        "الجهات التي لا تبلغ هذا الحد تستخدم النموذج دون أي إجراءات.",
        "בעל רישיון שמחזורו נמוך מסכום זה משתמש במודל ללא כל הליך.",
        "Bu tutarın altındaki lisans alanlar için başvuru gerekmez.",
        "本公司依下表所列条件向公众提供本模型。",
        "当社は、次の表のとおり本モデルを公開します。",
        "Şirket, modeli aşağıdaki tabloya göre kullanıcılara sunar.",
    ],
)
def test_no_formality_or_offer_below_states_no_term(text: str) -> None:
    assert not _unread(text)
    assert _values(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "上記金額を超える利用者は、当社との契約が必要です。それ以下の利用者は手続なく利用できます。",
        "Bu tutarı aşan lisans alanların lisans alması gerekir; diğerleri için başvuru gerekmez.",
        "Şirket, modeli aşağıdaki tabloya göre yalnızca araştırma amacıyla sunar.",
    ],
)
def test_a_duty_beside_no_formality_is_kept(text: str) -> None:
    assert _unread(text) or _values(text)


# --- licensees left out by where they live or do business; end users not kept from it -------


def _domiciles(text: str) -> list[dict[str, Any]]:
    return list(_values(text).get("excluded_licensee_domiciles", []))


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("הרישיון אינו מעניק זכות לתאגיד שמקום עסקיו העיקרי בבלארוס.", ["BY"]),
        ("סעיף זה אינו מקנה דבר ליחיד שמקום מגוריו בסוריה או בקובה.", ["CU", "SY"]),
        ("لا يمنح هذا الترخيص لمن يقع مقره في سوريا.", ["SY"]),
    ],
)
def test_domicile_left_out(text: str, regions: list[str]) -> None:
    (clause,) = _domiciles(text)
    assert clause["regions"] == regions


def test_end_users_not_kept_from_it() -> None:
    text = (
        "הרישיון אינו מעניק זכות לתאגיד שמקום עסקיו העיקרי ברוסיה.\n"
        "אין באמור כדי למנוע ממשתמשי קצה ברוסיה להשתמש בשירות של בעל רישיון אחר."
    )
    (clause,) = _domiciles(text)
    assert clause["exempts"] == ["end-users"]
    assert not _unread(text)


def test_end_user_proviso_alone_stays_unread() -> None:  # no clause before it to qualify
    assert _unread("אין באמור כדי למנוע ממשתמשי קצה להשתמש בשירות של בעל רישיון אחר.")


# --- a copy of the licence with each copy: no term; a ban beside it is kept -----------------


@pytest.mark.parametrize(
    "text",
    [
        "মডেলটি বিতরণ করলে এই লাইসেন্সের একটি কপি সঙ্গে রাখুন।",
        "再配布する場合は、本規約の写しを同梱してください。",
        "Modeli dağıtırken bu lisansın bir kopyasını ekleyin.",
        "عند إعادة التوزيع يجب إرفاق نسخة من هذا الترخيص.",
    ],
)
def test_licence_copy_states_no_term(text: str) -> None:
    assert not _unread(text)


def test_licence_copy_beside_a_ban_is_kept() -> None:
    text = "মডেলটি বিতরণ করলে এই লাইসেন্সের একটি কপি দিন, তবে বাণিজ্যিক বিতরণ নিষিদ্ধ।"
    assert _unread(text) or _values(text)


# --- a clause for the family's multimodal variant only; use banned in named places ---------


def test_clause_naming_the_image_variant_covers_multimodal_models() -> None:
    text = (
        "| 모델 | 입력 |\n|---|---|\n| 참새-S-3B | 텍스트만 |\n| 참새-V-7B | 이미지와 텍스트 |\n\n"
        "참새-V-7B는 유럽연합 회원국에서 사용할 수 없습니다."
    )
    (clause,) = _values(text)["excluded_use_territories"]
    assert clause["models"] == "multimodal"


def test_clause_naming_the_text_variant_covers_all() -> None:  # the twin
    text = (
        "| 모델 | 입력 |\n|---|---|\n| 참새-S-3B | 텍스트만 |\n| 참새-V-7B | 이미지와 텍스트 |\n\n"
        "참새-S-3B는 유럽연합 회원국에서 사용할 수 없습니다."
    )
    (clause,) = _values(text)["excluded_use_territories"]
    assert clause["models"] == "all"


@pytest.mark.parametrize(
    "text",
    [
        "به کارگیری این مدل در کشورهای عضو اتحادیهٔ اروپا مجاز نیست.",
        "لا يجوز استخدام النموذج أو تقديم خدمة مبنية عليه في دول الاتحاد الأوروبي.",
    ],
)
def test_use_banned_in_places(text: str) -> None:
    (clause,) = _values(text)["excluded_use_territories"]
    assert clause["regions"] == ["EU"] and not clause.get("within")


@pytest.mark.parametrize(
    "text",
    [
        "این مجوز تابع قوانین اتحادیهٔ اروپا است و استفادهٔ غیرمجاز ممنوع است.",
        "لا يجوز استخدام النموذج خارج دول الاتحاد الأوروبي.",  # confined: read as `within`
    ],
)
def test_law_or_confinement_is_no_ban_in_the_place(text: str) -> None:
    clauses = _values(text).get("excluded_use_territories", [])
    assert all(c.get("within") for c in clauses)


# --- turnover in Hebrew; daily users in Turkish by "distinct people in one day" --------------


@pytest.mark.parametrize(
    "text",
    [
        'בעל רישיון שמחזורו השנתי עולה על 30 מיליון ש"ח חייב ברישיון מסחרי נפרד.',
        'השימוש מותנה בכך שהמחזור השנתי של בעל הרישיון אינו עולה על 5,000,000 ש"ח.',
    ],
)
def test_hebrew_turnover_cap(text: str) -> None:
    cap = _values(text)["revenue_threshold"]
    assert cap["currency"] == "ILS" and cap["period"] == "year"


def test_hebrew_cycle_is_no_turnover() -> None:  # the twin: a release cycle, no money
    assert "revenue_threshold" not in _values("מחזור השחרור של המודל הוא 12 חודשים.")


@pytest.mark.parametrize(
    "text",
    [
        "Bir günde uygulamayı kullanan kullanıcı sayısı 10.000'i aşarsa ayrı lisans gerekir.",
        "Aynı gün içinde hizmete erişen farklı kişi sayısı 50.000'i geçerse lisans alınmalıdır.",
    ],
)
def test_turkish_daily_users(text: str) -> None:
    assert _values(text)["user_threshold"]["unit"] == "dau"
