"""Session 39, helper wa: a Chinese grant including commercial ends with its object named, a
Chinese cap's consequence after a line break, Japanese commercial use only where permitted and
Japanese Q&A sentences, Korean, Filipino, Punjabi and Kyrgyz grants, a Vietnamese ban on profit,
a Thai ban on credit scoring, a Filipino campaign ban, Khmer research only, copies of the licence
passed on, an Arabic row past a cap, a Punjabi daily cap, a Kyrgyz territory. Each shape has a
paraphrase that reads the same and a twin differing in one fact that must read differently.
Sentences are our own."""

from __future__ import annotations

from typing import Any, cast

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_clauses_s39wa import read_clause_s39wa
from auditor.licenses.terms.foreign_passages_s39wa import _read


def _values(text: str) -> dict[str, object]:
    return dict(read_foreign(text).values)


def _one(text: str) -> dict[str, object] | None:
    clauses = _read(text, None)
    clauses = read_clause_s39wa(text) if clauses is None else clauses
    return None if clauses is None else {c.key: c.value for c in clauses}


# --- zh: "包括将其用于商业目的" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "许可方授予您非独占的许可，允许您使用、修改本软件，包括将其用于商业目的。\n",
        "甲方许可乙方复制和分发该作品，包括把它用于商业用途。\n",
    ],
)
def test_zh_grant_including_commercial_with_object(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


def test_zh_grant_not_including_commercial_is_no_grant() -> None:
    text = "许可方授予您非独占的许可，允许您使用本软件，但不包括将其用于商业目的。\n"
    assert _values(text).get("commercial_use") != "allowed"


# --- zh: a cap's consequence after "；" and a line break --------------------------------------


_ZH_CAP = (
    "二、您可以将本软件用于商业用途。\n\n"
    "三、如贵公司上一年度营业收入超过人民币十亿元，须另行向我们申请授权；\n"
    "在{}之前，不得继续将本软件用于商业用途。\n"
)


@pytest.mark.parametrize("got", ["取得该授权", "获得上述授权"])
def test_zh_cap_sequel_on_next_line_is_past_the_cap(got: str) -> None:
    values = _values(_ZH_CAP.format(got))
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]


def test_zh_cap_sentence_ended_with_full_stop_is_not_continued() -> None:
    text = _ZH_CAP.format("取得该授权").replace("申请授权；", "申请授权。")
    assert _values(text).get("commercial_use") == "prohibited"


# --- ja: commercial use only where the licensor permitted it ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "商用目的での利用は、弊社が書面で事前に許諾した場合に限ります。",
        "営利目的の使用は、ライセンサーの承諾を得た場合に限り認められます。",
    ],
)
def test_ja_commercial_only_where_permitted(text: str) -> None:
    assert _values(text).get("commercial_use") == "restricted"


def test_ja_non_commercial_only_where_permitted_is_no_permission_route() -> None:
    text = "非商用目的での利用は、弊社が事前に許諾した場合に限ります。"
    assert _values(text).get("commercial_use") != "restricted"


# --- ja: questions and answers ------------------------------------------------------------


_JA_FAQ = (
    "**Q1. 会社のサービスで使えますか。**\n"
    "A. はい。商用でお使いになる前に、弊社サイトで利用者登録をしてください。\n"
    "登録後は、別途の許諾を得ることなく商用利用できます。\n\n"
    "**Q2. モデルを改変して公開できますか。**\n"
    "A. 可能です。\n"
    "その際は本ライセンスの全文を添付してください。\n\n"
    "**Q3. 準拠法は何ですか。**\n"
    "A. 日本法です。\n"
)


def test_ja_faq_sentences_read() -> None:
    reading = read_foreign(_JA_FAQ)
    assert reading.values.get("commercial_use") == "allowed"
    assert reading.values.get("commercial_use_conditions") == ["registration"]
    assert reading.values.get("attribution_required") is True
    assert reading.values.get("governing_law") == "JP"
    assert reading.unread == ()


def test_ja_registration_with_review_is_not_read_as_registration_alone() -> None:
    text = "登録後は、別途の許諾を得ることなく商用利用できます。ただし当社の審査があります。"
    assert _one(text) is None or _one(text) == {}


def test_ja_bare_yes_to_commercial_question_is_not_this_reader() -> None:
    text = "**Q. 自社の有料サービスで使えますか。**\nA. 可能です。\n"
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") != "prohibited"


# --- ko: a grant naming commercial ends; "the same applies even when" -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "이용자는 모델을 수정할 수 있으며, 영리 목적의 서비스에 포함하여 제공할 수 있다.",
        "이용자는 소프트웨어를 상업적 목적으로 사용할 수 있습니다.",
    ],
)
def test_ko_commercial_grant(text: str) -> None:
    assert _one(text) == {"commercial_use": "allowed"}


@pytest.mark.parametrize(
    "text",
    [
        "이용자는 소프트웨어를 비영리 목적으로 사용할 수 있습니다.",
        "이용자는 회사의 서면 승인을 받은 경우에 한하여 영리 목적으로 사용할 수 있다.",
    ],
)
def test_ko_narrowed_grant_is_not_read(text: str) -> None:
    assert _one(text) is None


def test_ko_likewise_after_ban_states_no_term() -> None:
    text = (
        "제4조 이용자는 모델을 사용하여 특정 개인을 감시하여서는 아니 된다.\n"
        "본인이 동의한 경우에도 마찬가지이다.\n"
    )
    assert read_foreign(text).unread == ()
    twin = text.replace(
        "본인이 동의한 경우에도 마찬가지이다.", "본인이 동의한 경우에는 그러하지 아니하다."
    )
    assert read_foreign(twin).unread != ()


# --- vi: use for profit outside the licence ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mọi hoạt động sử dụng nhằm thu lợi nhuận đều nằm ngoài phạm vi giấy phép này.",
        "Việc dùng phần mềm cho mục đích kinh doanh không thuộc phạm vi của giấy phép.",
    ],
)
def test_vi_profit_outside_scope(text: str) -> None:
    assert _one(text) == {"commercial_use": "prohibited"}


def test_vi_profit_with_route_is_not_a_ban() -> None:
    text = (
        "Việc dùng cho mục đích kinh doanh không thuộc phạm vi giấy phép này, trừ khi được"
        " chấp thuận bằng văn bản."
    )
    assert _one(text) is None


# --- th: credit scoring banned -------------------------------------------------------------


def test_th_credit_ban_even_if_reviewed() -> None:
    text = "ผู้ใช้ต้องไม่ใช้ซอฟต์แวร์เพื่อพิจารณาอนุมัติสินเชื่อ ไม่ว่าผลจะผ่านการทบทวนโดยพนักงานหรือไม่ก็ตาม"
    tags = _one(text)
    assert tags == {"use_restrictions": ["automated-decision-making", "decisions-even-if-reviewed"]}


def test_th_credit_ban_without_review_clause() -> None:
    text = "ห้ามใช้ซอฟต์แวร์ให้คะแนนเครดิตของบุคคล"
    assert _one(text) == {"use_restrictions": ["automated-decision-making"]}


def test_th_credit_line_kept_is_no_credit_scoring() -> None:
    assert _one("ห้ามลบเครดิตของผู้พัฒนาออกจากซอฟต์แวร์") is None


def test_th_credit_ban_with_exception_is_not_read() -> None:
    text = "ห้ามใช้ซอฟต์แวร์ให้คะแนนเครดิตของบุคคล เว้นแต่ได้รับอนุญาตเป็นหนังสือ"
    assert _one(text) is None


# --- tl: a grant naming business use; a campaign ban; no-term clauses ------------------------


def test_tl_grant_including_business() -> None:
    text = (
        "Ang kumpanya ay nagbibigay sa iyo ng karapatang gamitin at kopyahin ang software,"
        " kabilang ang paggamit sa negosyo."
    )
    assert _one(text) == {"commercial_use": "allowed"}
    only = text.replace(
        "kabilang ang paggamit sa negosyo", "kasama ang paggamit sa negosyo kung may pahintulot"
    )
    assert _one(only) is None


def test_tl_campaign_ban() -> None:
    text = "Hindi mo maaaring gamitin ang software sa pangangampanya para sa anumang halalan."
    assert _one(text) == {"use_restrictions": ["election-interference"]}
    assert _one("Maaari mong gamitin ang software sa pangangampanya.") is None


def test_tl_no_term_clauses() -> None:
    assert _one("Walang anumang garantiya ang software.") == {}
    duty = "Ang Tagapaglisensya ay maaaring maglabas ng bagong bersyon, at dapat mo itong gamitin."
    assert _one(duty) is None


# --- km: research only -------------------------------------------------------------------


def test_km_research_only() -> None:
    text = "កម្មវិធីនេះ ផ្តល់ជូនសម្រាប់តែការស្រាវជ្រាវប៉ុណ្ណោះ។"
    assert _one(text) == {"commercial_use": "prohibited", "use_scope": ["research"]}
    assert _one("កម្មវិធីនេះ អាចប្រើសម្រាប់ពាណិជ្ជកម្ម។") is None


# --- ka / pa / ky: the licence passed on ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "პროგრამის გავრცელებისას თან დაურთეთ ეს ლიცენზია.",
        "ਸਾਫਟਵੇਅਰ ਵੰਡਣ ਸਮੇਂ ਇਸ ਲਾਇਸੈਂਸ ਦੀ ਕਾਪੀ ਸ਼ਾਮਲ ਕਰਨੀ ਲਾਜ਼ਮੀ ਹੈ।",
        "Программаны таратканда лицензиянын текстин кошо берүү милдеттүү.",
    ],
)
def test_copy_of_licence_passed_on(text: str) -> None:
    assert _one(text) == {"attribution_required": True}


def test_ka_copy_only_in_some_case_is_not_read() -> None:
    assert _one("მხოლოდ გავრცელებისას თან დაურთეთ ეს ლიცენზია.") is None


# --- pa: grant and a daily cap ------------------------------------------------------------


def test_pa_grant_and_its_narrowed_twin() -> None:
    grant = "ਕੰਪਨੀ ਤੁਹਾਨੂੰ ਸਾਫਟਵੇਅਰ ਵਰਤਣ ਅਤੇ ਵਪਾਰਕ ਕੰਮਾਂ ਵਿੱਚ ਲਾਉਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ।"
    assert _one(grant) == {"commercial_use": "allowed"}
    assert _one(grant.replace("ਵਪਾਰਕ", "ਗੈਰ-ਵਪਾਰਕ")) is None


def test_pa_daily_cap_and_its_sequel() -> None:
    text = (
        "੧. ਕੰਪਨੀ ਤੁਹਾਨੂੰ ਸਾਫਟਵੇਅਰ ਵਪਾਰਕ ਸੇਵਾਵਾਂ ਵਿੱਚ ਲਾਉਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ।\n\n"
        "੨. ਜੇ ਤੁਹਾਡੇ ਰੋਜ਼ਾਨਾ ਸਰਗਰਮ ਵਰਤੋਂਕਾਰ 50,000 ਤੋਂ ਵੱਧ ਹੋਣ, ਤਾਂ ਵੱਖਰਾ ਲਾਇਸੈਂਸ ਲੈਣਾ ਪਵੇਗਾ;\n"
        "ਉਸ ਤੋਂ ਬਿਨਾਂ ਵਰਤੋਂ ਨਹੀਂ ਹੋ ਸਕਦੀ।\n"
    )
    values = _values(text)
    assert values.get("user_threshold") == {"count": 50000, "unit": "dau"}
    assert values.get("commercial_use") == "restricted"
    assert read_foreign(text).unread == ()
    monthly = _values(text.replace("ਰੋਜ਼ਾਨਾ", "ਮਾਸਿਕ").replace("50,000", "੫,੦੦,੦੦੦"))
    assert monthly.get("user_threshold") == {"count": 500000, "unit": "mau"}
    notice = _one("ਜੇ ਰੋਜ਼ਾਨਾ ਸਰਗਰਮ ਵਰਤੋਂਕਾਰ 50,000 ਤੋਂ ਵੱਧ ਹੋਣ, ਤਾਂ ਸਾਨੂੰ ਸੂਚਿਤ ਕਰੋ।")
    assert notice is None


# --- ky: grant, territory, law ------------------------------------------------------------


def test_ky_grant_non_exclusive_is_no_negation() -> None:
    text = "Компания программаны коммерциялык максатта колдонууга өзгөчө эмес укук берет."
    assert _one(text) == {"commercial_use": "allowed"}
    only = (
        "Компания программаны коммерциялык максатта колдонууга жазуу жүзүндөгү макулдук менен"
        " гана укук берет."
    )
    assert _one(only) is None


def test_ky_territory_and_its_restatement() -> None:
    text = (
        "3-берене. Укуктар Кыргыз Республикасынын жана Казакстан Республикасынын аймагында гана"
        " берилет.\nПрограмманы башка өлкөлөрдө колдонууга жол берилбейт.\n"
    )
    reading = read_foreign(text)
    (within,) = cast(list[dict[str, Any]], reading.values["excluded_use_territories"])
    assert within["regions"] == ["KG", "KZ"]
    assert reading.unread == ()


def test_ky_law() -> None:
    assert _one("Бул лицензия Кыргыз Республикасынын мыйзамдары менен жөнгө салынат.") == {
        "governing_law": "KG"
    }


# --- ar: the row past a cap ---------------------------------------------------------------


def test_ar_row_past_cap() -> None:
    text = (
        "| البند | الحكم |\n|---|---|\n"
        "| حدّ المستخدمين | ١٠٠٬٠٠٠ مستخدم نشط شهريًا |\n"
        "| ما فوق الحد | يلزم الحصول على ترخيص منفصل من المرخِّص |\n"
    )
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "restricted"
    assert reading.unread == ()
    free = text.replace("يلزم الحصول على ترخيص منفصل", "لا يلزم الحصول على ترخيص منفصل")
    assert read_foreign(free).unread != ()
