"""Session 39, helper wb: grants naming commercial use in Lao, Tongan, Hawaiian, Mongolian,
Kazakh, Burmese and Rioplatense Spanish; a Zulu revenue cap and a Mongolian user cap; Afrikaans
weights clauses; Kazakh licensee domiciles; a voseo surveillance ban; a Burmese credit line; laws
and no-term sentences. Each shape has a paraphrase that reads the same and a twin differing in one
fact that must read differently. Sentences are our own."""

from __future__ import annotations

from typing import cast

import pytest

from auditor.licenses.terms.foreign_clauses_s39wb import read_clause_s39wb


def _values(text: str) -> dict[str, object] | None:
    clauses = read_clause_s39wb(text)
    return None if clauses is None else {c.key: c.value for c in clauses}


# --- grants naming commercial use ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # lo (paraphrase: other rights listed, the same inclusion)
        "ບໍລິສັດ ກ ອະນຸຍາດໃຫ້ທ່ານນຳໃຊ້ ແລະ ແບ່ງປັນໂປຣແກຣມນີ້ ລວມທັງໃຊ້ເພື່ອການຄ້າ ໂດຍບໍ່ເສຍຄ່າ.",
        # to
        "ʻOku ʻoatu ʻe he kautaha kiate koe ʻa e ngofua taʻetotongi ke ngāueʻaki mo liliu ʻa e"
        " polokalama, kau ai ʻa e ngāueʻaki fakakomēsiale.",
        # haw
        "Hāʻawi ka hui iā ʻoe i ka ʻae manuahi e hoʻohana a e kope i kēia polokalamu, no ka"
        " ʻoihana kālepa pū kekahi.",
        # mn
        "Компани танд энэ программыг үнэ төлбөргүй ашиглах, түгээх, арилжааны зорилгоор хэрэглэх"
        " эрхийг олгоно.",
        # kk
        "Компания бағдарламаны пайдалануға және коммерциялық мақсатта қолдануға тегін, айрықша"
        " емес құқық береді.",
        # my
        "ကုမ္ပဏီသည် ဤဆော့ဖ်ဝဲကို မိတ္တူကူးရန်နှင့် စီးပွားရေးလုပ်ငန်းများတွင် အသုံးချရန် အခမဲ့ ခွင့်ပြုသည်။",
        # es (voseo)
        "Podés usarlo para lo que quieras, también para ganar dinero con tu app.",
    ],
)
def test_grants_naming_commercial_use(text: str) -> None:
    assert _values(text) == {"commercial_use": "allowed"}


@pytest.mark.parametrize(
    "text",
    [
        # lo: banned ("ຫ້າມ") for trade
        "ບໍລິສັດ ກ ອະນຸຍາດໃຫ້ທ່ານນຳໃຊ້ໂປຣແກຣມນີ້ ແຕ່ຫ້າມໃຊ້ ລວມທັງເພື່ອການຄ້າ.",
        # to: "ʻikai" (not) commercial
        "ʻOku ʻoatu ʻa e ngofua ke ngāueʻaki ʻa e polokalama, kau ai ka ʻoku ʻikai ke"
        " fakakomēsiale.",
        # haw: "wale nō" (only) when not for trade
        "Hāʻawi ka hui iā ʻoe i ka ʻae e hoʻohana wale nō, no ka ʻoihana kālepa pū kekahi ʻaʻole.",
        # mn: with the licensor's consent ("зөвшөөрөлтэйгээр")
        "Компани танд зөвшөөрөлтэйгээр арилжааны зорилгоор хэрэглэх эрхийг олгоно.",
        # kk: only ("тек") with permission
        "Компания коммерциялық мақсатта тек рұқсатымен қолдануға құқық береді.",
        # my: a negated verb ("မသုံးရ")
        "စီးပွားရေးလုပ်ငန်းများတွင် မသုံးရ အသုံးချရန် ခွင့်ပြုသည်။",
        # es: a condition ("si") beside it
        "Podés usarlo para lo que quieras, también para ganar plata si pagás la cuota.",
    ],
)
def test_narrowed_grants_unread(text: str) -> None:
    assert _values(text) != {"commercial_use": "allowed"}


# --- caps -------------------------------------------------------------------------------------


def test_zulu_revenue_cap() -> None:
    text = (
        "Uma imali engenayo yonyaka yenkampani yakho idlula u-R50 000 000, kufanele uthole"
        " ilayisensi ehlukile ngaphambi kokuqhubeka."
    )
    values = _values(text)
    assert values is not None
    assert values["revenue_threshold"] == {
        "amount": 50000000, "currency": "ZAR", "period": "year", "measure": "revenue"
    }  # fmt: skip
    assert values["commercial_use"] == "restricted"
    twin = text.replace("idlula u-R50 000 000", "idlula u-R5 000 000")  # another amount
    twin_values = _values(twin)
    assert twin_values is not None
    assert twin_values["revenue_threshold"]["amount"] == 5000000  # type: ignore[index]
    # only a notice past the amount: no cap read
    assert _values(text.replace("idlula", "idlula, akudingeki")) is None


def test_mongolian_user_cap() -> None:
    text = (
        "Таны үйлчилгээг нэг сард идэвхтэй ашигласан хэрэглэгчийн тоо 2 саяас давбал тусдаа"
        " лиценз авах шаардлагатай."
    )
    values = _values(text)
    assert values is not None and values["mau_threshold"] == 2_000_000
    thousands = _values(text.replace("2 саяас", "500 мянгаас"))
    assert thousands is not None and thousands["mau_threshold"] == 500_000
    # no licence needed past it ("шаардлагагүй"): no cap
    assert _values(text.replace("шаардлагатай", "шаардлагагүй")) is None


# --- af weights, kk domiciles, es surveillance, my credit -----------------------------------


def test_afrikaans_weights_ban_and_app_exception() -> None:
    ban = "Jy mag nie die gewigte van die model aan ander versprei of oplaai nie."
    assert _values(ban) == {"use_scope": ["no-weight-redistribution"]}
    assert _values("Jy mag nie die gewigte sonder ons toestemming versprei nie.") is None
    app = (
        "Jy mag die gewigte as deel van jou eie app op die toestelle van jou gebruikers"
        " installeer, mits hulle nie as 'n afsonderlike lêer aangebied word nie."
    )
    assert _values(app) == {"use_scope": ["on-device-shipping"]}
    banned_app = "Jy mag die gewigte nie in jou eie app op toestelle installeer nie."
    assert _values(banned_app) != {"use_scope": ["on-device-shipping"]}


def test_kazakh_licensee_domiciles() -> None:
    text = "Ресей Федерациясында тіркелген заңды тұлғаларға ешқандай құқық берілмейді."
    values = _values(text)
    assert values is not None
    assert values["excluded_licensee_domiciles"] == [
        {"regions": ["RU"], "models": "all", "exempts": []}
    ]
    # withheld only without permission: left to the other readers
    assert _values(text.replace("ешқандай", "рұқсатсыз ешқандай")) is None
    # the end users spared: left to `foreign_excluded`, which reads them as exempt
    # (tests/licenses/terms/test_foreign_s36b.py)
    spared = "Бұл шектеу соңғы пайдаланушыларға, олар қай елде болса да, қолданылмайды."
    assert _values(spared) is None


def test_voseo_surveillance_ban() -> None:
    text = "Lo único que no podés hacer: usarlo para espiar a personas sin que lo sepan."
    assert _values(text) == {"use_restrictions": ["surveillance"]}
    more = "Lo único que no podés hacer: usarlo para espiar a personas ni para ganar plata."
    assert _values(more) is None  # commercial use banned too: left to the other readers


def test_burmese_credit_shown() -> None:
    text = '"X ဖြင့် ဖန်တီးထားသည်" ဟူသော စာသားကို အသုံးပြုသူများ မြင်နိုင်သည့်နေရာတွင် ဖော်ပြရမည်။'
    assert _values(text) == {"attribution_required": True}
    assert _values(text.replace("ဖော်ပြရမည်", "ဖော်ပြရမည် ခွင့်ပြုချက်")) is None


# --- laws and no term -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hierdie ooreenkoms is onderhewig aan die wette van Suid-Afrika.", "ZA"),
        ("Slegs die howe van Suid-Afrika beheer geskille oor hierdie lisensie.", None),
        ("Hierdie lisensie word deur die reg van Suid-Afrika beheer.", "ZA"),
        ("Энэхүү гэрээнд Монгол Улсын хууль үйлчилнэ.", "MN"),
        ("Осы шартқа Қазақстан Республикасының заңнамасы қолданылады.", "KZ"),
        ("Ma lalo o nā kānāwai o Hawaiʻi kēia palapala.", "US"),
        ("Осы шартқа Қазақстан Республикасының заңнамасы тек қолданылады.", None),  # "only"
    ],
)
def test_laws(text: str, code: str | None) -> None:
    values = _values(text)
    found = None if values is None else values.get("governing_law")
    assert found == code


@pytest.mark.parametrize(
    "text",
    [
        "Kātaki ʻo tauhi ʻa e fakatokanga ko ʻeni ʻi he ngaahi tatau.",
        "Ua like ka mana o nā mana ʻōlelo ʻelua.",
        "இரண்டு பதிப்புகளும் சமமாகச் செல்லுபடியாகும்.",
        "Kredietvermelding word waardeer, maar is nie verpligtend nie.",
        "Загварыг түгээхдээ энэхүү лицензийг хавсаргана.",
    ],
)
def test_no_term(text: str) -> None:
    assert _values(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Kredietvermelding word waardeer, maar jy mag nie die model verkoop nie.",  # a ban
        "Загварыг зөвхөн судалгаанд ашиглаж, лицензийг хавсаргана.",  # only research
    ],
)
def test_no_term_twins(text: str) -> None:
    assert _values(text) is None


# --- tr internal use, mr research by anyone, ar questions and answers, fa annex harms ---------


def test_turkish_internal_use_not_commercial() -> None:
    text = "Şirketin modeli kendi personeliyle iç işlerinde kullanması ticari kullanım sayılmaz."
    assert _values(text) == {"use_scope": ["internal-use-by-anyone"]}
    # internal use not commercial, but banned: left to the other readers
    assert _values(text.replace("sayılmaz.", "sayılmaz, ancak yasaktır.")) is None
    assert _values("Madde 7 - Sorumluluk.") == {}  # a clause's title
    assert _values("Madde 7 - Ticari kullanım yasaktır.") is None  # a ban, not a title


def test_marathi_research_by_anyone() -> None:
    text = "संशोधन कोणीही करू शकतो, खाजगी कंपनीसुद्धा, आणि त्यामुळे ते व्यावसायिक ठरत नाही."
    assert _values(text) == {"use_scope": ["research-by-anyone"]}
    # research by anyone, but only with permission: left to the other readers
    assert _values(text.replace("कोणीही", "परवानगीने कोणीही")) is None


def test_gulf_arabic_answers() -> None:
    yes = "س: أقدر أبيع خدمة مبنية على النموذج بشكل تجاري؟ ج: إي طبعاً."
    assert _values(yes) == {"commercial_use": "allowed"}
    no = "س: أقدر أبيع خدمة مبنية على النموذج بشكل تجاري؟ ج: لا."
    assert _values(no) is None
    banned = "س: هل الاستخدام التجاري ممنوع؟ ج: نعم."  # "is it banned? yes": no grant
    assert _values(banned) != {"commercial_use": "allowed"}
    cap = "س: فيه حد؟ ج: إذا الدخل السنوي عدّى 20 مليون درهم إماراتي، لازم تاخذ رخصة ثانية."
    values = _values(cap)
    assert values is not None and values["commercial_use"] == "restricted"
    assert values["revenue_threshold"]["amount"] == 20_000_000  # type: ignore[index]
    assert _values(cap.replace("لازم", "ما تحتاج")) is None  # no licence needed past it
    register = "قبل لا تبدأ، سجّل شركتك عندنا في الموقع."
    assert _values(register) == {"commercial_use_conditions": ["registration"]}
    approved = "قبل لا تبدأ، سجّل شركتك عندنا وانتظر موافقتنا."
    assert _values(approved) is None  # an approval asked: not a registration only


def test_persian_annex_rows_name_harms() -> None:
    from auditor.licenses.terms.foreign import read_foreign

    annex = (
        "# پیوست ب — کاربردهای ممنوع\n\n| ردیف | کاربرد ممنوع |\n|---|---|\n"
        "| ۱ | ردیابی اشخاص بدون رضایت آنان |\n| ۲ | شناسایی افراد از روی چهره |\n"
    )
    values = read_foreign(annex).values
    assert {"surveillance", "biometric-identification"} <= set(
        cast(list[str], values["use_restrictions"])
    )
    allowed = annex.replace("کاربردهای ممنوع", "کاربردهای مجاز").replace("کاربرد ممنوع", "کاربرد")
    assert "use_restrictions" not in read_foreign(allowed).values
