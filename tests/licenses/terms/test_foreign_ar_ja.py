"""Arabic terms read by their cues (`foreign_cues_ar`), and the Japanese research-only and
refusal cues generalised (particle runs between a purpose and its limit; polite negatives).

Every sentence is written here, in the general shape of such clauses as cards write them;
the counter-examples share their words but state no restriction (experiments, instructions,
a refusal denied, commercial use allowed)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.language import language_of


def _values(sentence: str) -> dict[str, object]:
    reading = read_foreign(f"Terms\n\n{sentence}\n")
    assert not reading.unread, sentence
    return reading.values


# --- Arabic -------------------------------------------------------------------------------------

AR_BANS = [
    "يُحظر الاستخدام التجاري لهذا النموذج.",
    "الاستخدام التجاري غير مسموح به.",
    "هذا النموذج للاستخدام غير التجاري فقط.",
    "لا يسمح باستخدام النموذج لأغراض ربحية.",
    "يُمنع بيع النموذج أو تقديمه كخدمة مقابل رسوم.",
    "ولا يجوز استخدامه في أي منتج أو خدمة تجارية.",
]
AR_RESEARCH = [
    "يُتاح هذا النموذج لأغراض البحث العلمي فقط.",
    "أوزان النموذج مخصّصة للبحث الأكاديمي فقط، ولا يجوز استخدامها لأي غرض تجاري.",
    "لا يُستخدم هذا النموذج إلا لأغراض البحث العلمي.",
    "يقتصر استخدام النموذج على البحث الأكاديمي.",
    "النموذج متاح للاستخدام الأكاديمي والتعليمي فقط.",
]
AR_PERMISSION = [
    "يتطلب الاستخدام التجاري الحصول على موافقة خطية مسبقة من المرخِّص.",
    "لا يجوز استخدام النموذج تجارياً دون الحصول على إذن كتابي مسبق.",
    "للاستخدام التجاري، يرجى التواصل معنا عبر البريد الإلكتروني.",
]
AR_ALLOWED = [
    "النموذج مرخّص بموجب رخصة MIT، ويجوز استخدامه تجارياً وتعديله وإعادة توزيعه.",
    "يُسمح بالاستخدام التجاري دون أي قيود.",
    "يمكن استخدام النموذج للأغراض التجارية وغير التجارية.",
    "لا توجد أي قيود على الاستخدام التجاري.",
    "يجوز الاستخدام التجاري دون الحاجة إلى إذن.",
    "الاستخدام البحثي والتجاري مسموح.",
]


def test_arabic_script_is_told_apart_from_persian_and_urdu() -> None:
    assert language_of("لا يجوز استخدام هذا النموذج لأي غرض تجاري.") == "ar"
    assert language_of("استفاده تجاری از این مدل ممنوع است.") == "fa"


@pytest.mark.parametrize("sentence", AR_BANS)
def test_an_arabic_ban_on_commercial_use_reads_prohibited(sentence: str) -> None:
    values = _values(sentence)
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == "non-commercial"


@pytest.mark.parametrize("sentence", AR_RESEARCH)
def test_arabic_research_only_is_a_scope(sentence: str) -> None:
    values = _values(sentence)
    assert values["use_scope"] == ["research"]
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == "research-only"


@pytest.mark.parametrize("sentence", AR_PERMISSION)
def test_arabic_commercial_use_needing_permission_is_restricted(sentence: str) -> None:
    assert _values(sentence)["commercial_use"] == "restricted"


@pytest.mark.parametrize("sentence", AR_ALLOWED)
def test_arabic_commercial_use_stated_as_allowed(sentence: str) -> None:
    assert _values(sentence)["commercial_use"] == "allowed"


def test_arabic_personal_use_only() -> None:
    values = _values("هذا النموذج مخصص للاستخدام الشخصي فقط.")
    assert values["use_scope"] == ["personal"]


def test_arabic_vowel_marks_are_read_as_the_bare_words() -> None:
    bare = _values("يحظر الاستخدام التجاري لهذا النموذج.")
    marked = _values("يُحْظَرُ الاِسْتِخْدَامُ التِّجَارِيُّ لِهَذَا النَّمُوذَجِ.")
    assert bare == marked


@pytest.mark.parametrize(
    "sentence",
    [
        "أجرينا تجارب عديدة على النموذج لقياس الأداء.",  # تجارب: experiments, not commerce
        "اتبع التعليمات فقط عند تشغيل النموذج.",  # التعليمات: instructions, not teaching
        "الاستخدام البحثي للنموذج يساعد المجتمع العلمي.",  # research named, not confined
    ],
)
def test_arabic_words_that_look_alike_state_no_term(sentence: str) -> None:
    values = read_foreign(f"Terms\n\n{sentence}\n").values
    assert "commercial_use" not in values and "use_scope" not in values


def test_arabic_prose_about_the_code_is_not_the_models_term() -> None:
    prose = "الشيفرة البرمجية مرخّصة بموجب MIT ويجوز استخدامها تجارياً."
    assert not read_foreign(prose, prose=True).values


# --- Japanese: particle runs and polite refusals -------------------------------------------------

JA_RESEARCH = [
    "研究目的での利用に限ります。",
    "本モデルは学術研究目的での使用に限られます。",
    "教育用途のための利用に限定します。",
    "研究目的以外での利用は認められません。",
    "研究のための利用のみ可能です。",
]
JA_REFUSED = [
    "営利を目的とする利用は認めていません。",
    "商用利用は認めておりません。",
    "営利目的での使用は許可しておりません。",
    "商用利用はご遠慮ください。",
    "商用でのご利用はいただけません。",
    "商用利用は認めないものとします。",
]


@pytest.mark.parametrize("sentence", JA_RESEARCH)
def test_japanese_research_only_with_particles_between(sentence: str) -> None:
    values = _values(sentence)
    assert values["use_scope"] == ["research"]
    assert values["commercial_use"] == "prohibited"


@pytest.mark.parametrize("sentence", JA_REFUSED)
def test_japanese_polite_refusals_of_commercial_use(sentence: str) -> None:
    assert _values(sentence)["commercial_use"] == "prohibited"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("商用利用も認めています。", "allowed"),  # allowed, not refused
        ("商用利用は可能です。", "allowed"),
        ("商用利用を認めないものではありません。", None),  # a refusal denied
        ("研究開発の成果を製品に活かしています。", None),  # research named, not confined
    ],
)
def test_japanese_counter_examples(sentence: str, value: str | None) -> None:
    values = read_foreign(f"Terms\n\n{sentence}\n").values
    assert values.get("commercial_use") == value
    assert "use_scope" not in values
