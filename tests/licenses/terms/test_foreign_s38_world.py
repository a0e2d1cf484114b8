"""Session 38, languages of Asia, Africa and the Americas: passages stating no term (Chinese
output duty and a licensor's refusal, Persian consent unneeded, Arabic "this is the licence",
a Korean standalone counting basis: `foreign_no_term_s38w`), an Uzbek message before
commercial use (`foreign_routes_s38w`), a cap pointed back at in Spanish and Portuguese
(`foreign_cap_anaphora_s38w`), weekly user caps (`foreign_weekly_caps_s38w`), Arabic internal
use not commercial (`foreign_passages_s38w`), a card or a sole annex made part of a licence
(`foreign_parts_s38w`), a Spanish pointer proviso. Each shape has a paraphrase that reads the
same and a twin differing in one fact that must read differently. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.disagree import incorporates
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_cap_anaphora_s38w import points_back_to_cap
from auditor.licenses.terms.foreign_no_term_s38w import states_no_term_s38w
from auditor.licenses.terms.foreign_parts_s38w import card_taken_in_foreign, sole_annex_named
from auditor.licenses.terms.foreign_passages_s38w import read_s38w
from auditor.licenses.terms.foreign_routes_s38w import uz_notice_route
from auditor.licenses.terms.foreign_weekly_caps_s38w import read_weekly_caps
from auditor.licenses.text.language import Passage


def _read(text: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(text)
    return dict(reading.values), [p.text for p in reading.unread]


# --- no term ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "用户应对其利用本模型输出的结果承担全部责任。",  # zh: outputs' duty
        "你对通过本模型生成的文本自行负责。",  # paraphrase
        "许可方可以拒绝或另行附加条件。",  # zh: may refuse or attach conditions
        "我们有权拒绝或附加条件。",  # paraphrase
        "برای این ثبت‌نام به تأیید ما نیازی نیست.",  # fa: no approval needed
        "اطلاع‌رسانی شما به پاسخ یا اجازه ما نیاز نیست.",  # paraphrase
        "هذا النص هو الترخيص نفسه وليس ملخصاً له.",  # ar: the licence itself
        "매출액은 연결재무제표가 아닌 이용자의 개별 재무제표 기준으로 산정한다.",  # ko: own
    ],
)
def test_states_no_term(text: str) -> None:
    assert states_no_term_s38w(text)


@pytest.mark.parametrize(
    "text",
    [
        "用户不得利用本模型生成的内容从事商业活动，并自行负责。",  # zh: a ban beside it
        "许可方可以拒绝商业使用的申请或附加条件。",  # zh: names commercial use
        "استفاده تجاری بدون موافقت ما مجاز نیست.",  # fa: consent needed: a condition
        "هذا النص هو الترخيص نفسه، ولا يجوز الاستخدام التجاري إلا بإذن.",  # ar: a ban inside
        "매출액은 계열회사를 포함한 연결재무제표 기준으로 산정한다.",  # ko: consolidated
    ],
)
def test_twin_states_a_term(text: str) -> None:
    assert not states_no_term_s38w(text)


def test_chinese_refusal_read_beside_its_consent_route() -> None:
    text = "许可条款\n\n商业用途：应事先取得本公司之书面同意；本公司得拒绝或附加条件。\n"
    values, unread = _read(text)
    assert values.get("commercial_use") == "restricted"
    assert unread == []


# --- Uzbek notice -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Modelni tijorat maqsadida ishlatishdan oldin info@misol.example manziliga xabar yuboring.",
        "Tijorat mahsulotida foydalanishdan avval bizga qisqa xat yuboring.",
    ],
)
def test_uzbek_message_before_commercial_use_is_a_notice(text: str) -> None:
    assert uz_notice_route(text) == "registration"


@pytest.mark.parametrize(
    "text",
    [
        # the licensee waits for permission: a decision, no notice
        "Tijorat maqsadida ishlatishdan oldin bizga xabar yuboring va ruxsatimizni kuting.",
        # no commercial use named
        "Modelni tarqatishdan oldin bizga xabar yuboring.",
    ],
)
def test_uzbek_twin_is_no_notice(text: str) -> None:
    assert uz_notice_route(text) is None


# --- a cap pointed back at ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Acima disso, é necessário contratar uma licença comercial."),
        ("pt", "Ultrapassado esse valor, fale conosco para uma licença própria."),
        ("es", "Dichas empresas deberán firmar un contrato comercial aparte."),
        ("es", "Por encima de esa cifra, se requiere una licencia comercial."),
    ],
)
def test_points_back_to_cap(language: str, text: str) -> None:
    assert points_back_to_cap(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Além disso, é necessário contratar uma licença comercial."),  # moreover
        ("es", "Las empresas deberán firmar un contrato comercial aparte."),  # all companies
    ],
)
def test_twin_points_nowhere(language: str, text: str) -> None:
    assert not points_back_to_cap(language, text)


def test_portuguese_cap_then_anaphora_reads_above_the_cap_only() -> None:
    text = (
        "Licença\n\nVocê pode usar o modelo, inclusive comercialmente, desde que a receita bruta "
        "anual da sua empresa não passe de R$ 50.000.000,00. Acima disso, é preciso contratar "
        "uma licença comercial.\n"
    )
    twin = text.replace("Acima disso", "Além disso")
    values, _ = _read(text)
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    twin_values, _ = _read(twin)
    twin_conditions = twin_values.get("commercial_use_conditions") or []
    assert isinstance(twin_conditions, list) and "separate-license" in twin_conditions


# --- weekly caps --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("hi", "यदि साप्ताहिक सक्रिय उपयोगकर्ता 3,00,000 से अधिक हों, तो अलग लाइसेंस लें।", 300000),
        ("hi", "प्रति सप्ताह के सक्रिय उपयोगकर्ता पाँच लाख (5,00,000) से ऊपर जाने पर लाइसेंस लें।", 500000),
        ("ja", "週間アクティブユーザー数が20万人を超える場合は別途契約が必要です。", 200000),
        ("ko", "주간 활성 사용자가 30만 명을 넘으면 별도 계약이 필요하다.", 300000),
    ],
)
def test_weekly_cap(language: str, text: str, count: int) -> None:
    (clause,) = read_weekly_caps(language, text)
    assert clause.value == {"count": count, "unit": "wau"}


def test_twin_monthly_cap_is_not_weekly() -> None:
    text = "यदि मासिक सक्रिय उपयोगकर्ता 3,00,000 से अधिक हों, तो अलग लाइसेंस लें।"
    assert read_weekly_caps("hi", text) == []


# --- Arabic internal use ------------------------------------------------------------------------


def _ar(text: str) -> bool:
    return bool(read_s38w([Passage(line=1, text=text, language="ar", heading=False)]))


@pytest.mark.parametrize(
    "text",
    [
        "لا يُعتبر الاستخدام الداخلي داخل شركتك استخداماً تجارياً.",
        "الاستخدام الداخلي ليس استخداماً تجارياً حتى لو كانت جهتك ربحية.",
        "س: هل يعد استخدام مؤسستي للنموذج داخلياً استخداماً تجارياً؟ ج: لا.",
        "س: ما المقصود بالاستخدام التجاري؟ ج: إتاحة النموذج أو خدمة قائمة عليه للغير مقابل مال.",
    ],
)
def test_arabic_internal_use_not_commercial(text: str) -> None:
    assert _ar(text)


@pytest.mark.parametrize(
    "text",
    [
        "الاستخدام الداخلي داخل شركتك استخدام تجاري.",  # it is commercial
        "س: هل يعد استخدام مؤسستي للنموذج داخلياً استخداماً تجارياً؟ ج: نعم.",  # yes
        "الاستخدام الداخلي ليس استخداماً تجارياً إلا بموافقتنا المسبقة.",  # an exception
        # a definition reaching further: any other use
        "س: ما المقصود بالاستخدام التجاري؟ ج: إتاحة النموذج للغير أو أي استخدام آخر يحقق ربحاً.",
    ],
)
def test_arabic_twin_is_not_internal_scope(text: str) -> None:
    assert not _ar(text)


# --- parts of a licence -------------------------------------------------------------------------


def test_card_made_part_of_a_portuguese_licence() -> None:
    assert card_taken_in_foreign(
        "As cláusulas da seção Licença do README fazem parte desta licença."
    )
    assert card_taken_in_foreign(
        "La sección Licencia de la tarjeta del modelo forma parte integrante de esta licencia."
    )
    assert not card_taken_in_foreign("O README não faz parte desta licença.")


def test_sole_annex_named_by_a_spanish_licence() -> None:
    licence = "PRIMERA. Se concede el uso no exclusivo, sujeto a lo previsto en el Anexo Único."
    annex = "ANEXO ÚNICO - Límite\n\nTexto."
    assert sole_annex_named(licence, "ANEXO-UNICO.md", annex)
    assert incorporates(licence, "ANEXO-UNICO.md", annex)
    assert not sole_annex_named("El Anexo Único no forma parte de esta licencia.", "a.md", annex)
    assert not sole_annex_named(licence, "NOTAS.md", "Notas\n\nTexto.")  # no sole annex


def test_spanish_pointer_proviso_is_cut_before_reading() -> None:
    text = (
        "LICENCIA\n\nSe le concede el derecho de usar y modificar el Modelo, incluso con fines "
        "comerciales, sujeto a lo previsto en el Anexo 2.\n"
    )
    values, _ = _read(text)
    assert values.get("commercial_use") != "restricted"
    twin = text.replace(
        "sujeto a lo previsto en el Anexo 2", "sujeto a nuestra autorización previa"
    )
    twin_values, _ = _read(twin)
    assert twin_values.get("commercial_use") == "restricted"


# --- Swahili: a company's work deemed commercial; a route to a separate licence ------------------


def _sw(text: str) -> list[object]:
    found = read_s38w([Passage(line=1, text=text, language="sw", heading=False)])
    return [(c.key, c.value) for clauses in found.values() for c in clauses]


def test_swahili_company_work_deemed_commercial_leaves_companies_out() -> None:
    scope = [("use_scope", ["non-commercial-organizations"])]
    assert _sw("Matumizi ya kibiashara ni pamoja na kazi za ndani za kampuni yoyote.") == scope
    assert (
        _sw('"Kibiashara" maana yake ni matumizi yanayolenga faida, yakiwemo shughuli za kampuni.')
        == scope
    )
    # twin: a company's work said NOT to be commercial
    assert _sw("Matumizi ya kibiashara hayajumuishi shughuli za ndani za kampuni.") == []


def test_swahili_route_to_a_separate_licence() -> None:
    route = [
        ("commercial_use", "restricted"),
        ("commercial_use_conditions", ["separate-license"]),
    ]
    assert _sw("Kwa matumizi ya kibiashara, wasiliana nasi kwa leseni tofauti.") == route
    assert _sw("Kwa matumizi yoyote ya kibiashara, omba leseni ya kibiashara kwetu.") == route
    # twin: no licence needed
    assert _sw("Kwa matumizi ya kibiashara, wasiliana nasi; hakuna haja ya leseni tofauti.") == []


def test_swahili_noncommercial_grant_with_its_route_stays_noncommercial() -> None:
    text = (
        "LESENI\n\n1. Unaruhusiwa kutumia modeli hii kwa madhumuni yasiyo ya kibiashara pekee.\n"
        "2. Kwa matumizi ya kibiashara, wasiliana nasi kwa leseni tofauti.\n"
    )
    values, unread = _read(text)
    assert values.get("commercial_use") == "prohibited"
    assert unread == []


# --- Burmese ------------------------------------------------------------------------------------

_MY = (
    "ကျောက်ငါး-3B မော်ဒယ် လိုင်စင်\n\n"
    "၁။ ဤမော်ဒယ်ကို စီးပွားဖြစ် ရည်ရွယ်ချက်များ အပါအဝင် မည်သည့် ရည်ရွယ်ချက်အတွက်မဆို "
    "အသုံးပြုနိုင်သည်။ ၂။ လူများကို ခြေရာခံခြင်းအတွက် ဤမော်ဒယ်ကို အသုံးမပြုရ။ "
    "၃။ ဤလိုင်စင်ကို မြန်မာနိုင်ငံ၏ ဥပဒေများဖြင့် အုပ်ချုပ်သည်။\n"
)


def test_burmese_numbered_licence_read_clause_by_clause() -> None:
    values, unread = _read(_MY)
    assert values.get("commercial_use") == "allowed"
    assert values.get("use_restrictions") == ["surveillance"]
    assert values.get("governing_law") == "MM"
    assert unread == []


def test_burmese_twin_non_commercial_grant_is_not_allowed() -> None:
    twin = _MY.replace("စီးပွားဖြစ် ရည်ရွယ်ချက်များ အပါအဝင်", "စီးပွားဖြစ်မဟုတ်သော ရည်ရွယ်ချက်များအတွက်သာ")
    values, _ = _read(twin)
    assert values.get("commercial_use") != "allowed"
