"""Session 25 (held-out s25f3, west Asia): shapes of round F's Arabic, Hebrew, Persian,
Turkish, Bengali and Swahili licences, read by the general shape of the clause in each
language. Texts written for this test in our own words; each shape has paraphrases and twins
(negated, confined or unrelated) that must not read so.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import ForeignReading, read_foreign

# --- commercial use granted with the other kind, or for profit or not ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "يحق لك تشغيل النموذج وتعديله سواء كان الاستعمال تجارياً أو غير ذلك.",
        "يجوز نشر النموذج لأغراض ربحية أم غير ربحية على حد سواء.",
        "يُتاح النموذج للجميع للاستعمال في الأنشطة التجارية وغيرها دون مقابل.",
        "אתה רשאי להפעיל את המודל בין בהקשר עסקי ובין בהקשר פרטי.",
        "מותר להשתמש במודל ולהפיץ אותו, לרבות לצרכים עסקיים.",
        "Model, kâr amaçlı olsun olmasın, herkes tarafından ücretsiz kullanılabilir.",
        "Modeli hangi amaçla dilerseniz o amaçla kullanabilirsiniz.",
        "اجازه داده میشود مدل به کار رود، چه هدف درآمد باشد و چه نه.",
        "این مدل را میتوانید برای مقاصد تجاری یا غیرتجاری به کار ببرید.",
        "মডেলটি মুনাফার উদ্দেশ্যে হোক বা না হোক, যে কেউ ব্যবহার করতে পারেন।",
        "এই অনুমতিতে বাণিজ্যিক কাজও অন্তর্ভুক্ত।",
        "Unaweza kuitumia modeli hii ikiwa ni kwa biashara au sivyo.",
        "Ruhusa hii inahusu shughuli za biashara na zisizo za biashara.",
    ],
)
def test_either_kind_or_business_included_is_allowed(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "allowed", reading.values
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "لا يجوز استعمال النموذج في الأعمال التجارية وغيرها.",
        "يقتصر استعمال النموذج على الأغراض غير التجارية فقط.",
        "אסור להשתמש במודל למטרה מסחרית.",
        "Model ticari amaçla kullanılamaz.",
        "این مدل فقط برای استفاده غیرتجاری مجاز است.",
        "মডেলটি বাণিজ্যিক কাজে ব্যবহার করা যাবে না।",
        "Matumizi ya kibiashara hayaruhusiwi.",
    ],
)
def test_a_ban_or_a_non_commercial_grant_stays_so(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "এই অনুমতিতে বাণিজ্যিক কাজ অন্তর্ভুক্ত নয়।",
        "Araştırma için bizden izin almanız gerekmez.",
    ],
)
def test_business_use_left_out_or_a_purpose_named_is_no_grant(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


# --- copies carrying the licence's text (fa, tr); a plain grant of rights (tr) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "هر رونوشت از مدل که به دیگران میدهید باید همراه با متن اجازهنامه باشد.",
        "Modelin kopyalarını dağıtacaksanız bu lisansın metnini de beraberinde sunun.",
    ],
)
def test_copies_carrying_the_licence_are_a_notice_duty(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "این اجازهنامه برای همه رونوشتها معتبر است.",
        "Bu metin modelin tüm kopyaları için geçerlidir.",
    ],
)
def test_a_licence_merely_valid_for_copies_is_no_duty(text: str) -> None:
    assert "attribution_required" not in read_foreign(text).values


def test_a_turkish_grant_of_rights_with_the_verb_last_states_no_term() -> None:
    for text in (
        "Lisans Veren size modeli kullanma ve değiştirme hakkını süresiz olarak verir.",
        "Şirket bu hakları tüm kullanıcılara geri alınamaz biçimde tanır.",
    ):
        reading = read_foreign(text)
        assert not reading.unread, text
        # a plain grant, nothing narrowing it: every use (session 35), as the English rules read it
        assert reading.values == {"commercial_use": "allowed"}


def test_a_turkish_grant_for_research_only_is_no_plain_grant() -> None:
    text = "Lisans Veren modeli kullanma hakkını yalnızca araştırma amacıyla tanır."
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "prohibited"


# --- routes: commercial use on the licensor's permission or agreement (ar, tr) ------------------

_NC_AR = "يُسمح باستعمال النموذج مجاناً للأغراض التعليمية والبحثية غير التجارية.\n"
_NC_TR = "Model, ticari olmayan amaçlarla ücretsiz kullanılabilir.\n"


@pytest.mark.parametrize(
    "route",
    [
        "ولا يُستعمل النموذج استعمالاً تجارياً إلا بعد الحصول على إذن كتابي من المرخِّص.",
        "يمتنع على المرخص له الاستغلال التجاري للنموذج قبل أن يحصل على موافقة الشركة.",
    ],
)
def test_arabic_commercial_use_only_after_permission_is_restricted(route: str) -> None:
    reading = read_foreign(_NC_AR + route)
    assert reading.values.get("commercial_use") == "restricted"
    assert reading.values.get("commercial_use_conditions") == ["written-permission"]


@pytest.mark.parametrize(
    "route",
    [
        "Ticari kullanım için Lisans Veren ile yazılı bir sözleşme imzalanması şarttır.",
        "Ticari amaçlı her kullanım, Lisans Verenin önceden vereceği yazılı onaya tabidir.",
    ],
)
def test_turkish_commercial_use_on_an_agreement_or_approval_is_restricted(route: str) -> None:
    reading = read_foreign(_NC_TR + route)
    assert reading.values.get("commercial_use") == "restricted"
    assert reading.values.get("commercial_use_conditions") == ["written-permission"]


def test_a_ban_with_no_route_stays_a_ban() -> None:
    for text in (
        _NC_AR + "ولا يجوز الاستعمال التجاري للنموذج بأي حال.",
        _NC_TR + "Ticari kullanım hiçbir koşulda yapılamaz.",
    ):
        assert read_foreign(text).values.get("commercial_use") == "prohibited", text


@pytest.mark.parametrize(
    "qualifier",
    [
        "يُرسل طلب الإذن إلى عنوان البريد المخصص لذلك مع وصف موجز للمشروع.",
        "للشركة أن ترفض الطلب وفق تقديرها دون إبداء الأسباب.",
        "الإذن: موافقة مكتوبة يوقعها ممثل الشركة.",
    ],
)
def test_arabic_request_refusal_or_definition_of_the_permission_is_read_with_it(
    qualifier: str,
) -> None:
    route = "لا يجوز الاستعمال التجاري إلا بعد الحصول على إذن من الشركة.\n"
    reading = read_foreign(_NC_AR + route + qualifier)
    assert not reading.unread
    assert reading.values.get("commercial_use") == "restricted"


def test_turkish_this_licence_named_is_no_further_licence() -> None:
    text = _NC_TR + (
        "Ticari kullanım, Lisans Veren ile yazılı bir sözleşme imzalanmasına tabidir.\n"
        "Sözleşme olmadan yapılan ticari kullanım bu lisansın ihlalidir."
    )
    assert read_foreign(text).values.get("commercial_use_conditions") == ["written-permission"]


@pytest.mark.parametrize(
    "deemed",
    [
        "Bir şirketin modeli kendi çalışanları için kullanması da ticari kullanım sayılır.",
        "Firmaların modeli iç işlerinde kullanması ticari kullanımdır.",
    ],
)
def test_a_company_deemed_commercial_under_a_route_needs_the_permission(deemed: str) -> None:
    route = "Ticari kullanım için Lisans Verenin yazılı onayı gerekir.\n"
    with_route = read_foreign(_NC_TR + route + deemed)
    assert not with_route.unread
    assert with_route.values.get("commercial_use") == "restricted"
    assert "non-commercial-organizations" not in _scope(with_route)
    banned = read_foreign(_NC_TR + deemed)  # beside a plain non-commercial grant: left out
    assert "non-commercial-organizations" in _scope(banned)


# --- a notice before commercial use, no approval (bn) -------------------------------------------

_FREE_BN = "যে কেউ মডেলটি বিনামূল্যে ব্যবহার করতে পারেন, মুনাফার জন্য হোক বা না হোক।\n"


@pytest.mark.parametrize(
    "notice",
    [
        "ব্যবসায়িক ব্যবহার শুরু করার আগে আমাদের ই-মেইলে জানান।",
        "বাণিজ্যিক কাজে ব্যবহারের পূর্বে ওয়েবসাইটে আপনার প্রতিষ্ঠানের নিবন্ধন করুন।",
    ],
)
def test_bengali_notice_before_commercial_use_is_registration(notice: str) -> None:
    reading = read_foreign(_FREE_BN + notice + "\nএর জন্য কোনো অনুমোদন লাগবে না।")
    assert reading.values.get("commercial_use") == "allowed"
    assert reading.values.get("commercial_use_conditions") == ["registration"]
    assert not reading.unread


def test_bengali_notice_awaiting_approval_is_no_registration() -> None:
    text = _FREE_BN + "বাণিজ্যিক ব্যবহারের আগে ই-মেইলে জানান এবং আমাদের অনুমোদনের জন্য অপেক্ষা করুন।"
    assert read_foreign(text).values.get("commercial_use_conditions") != ["registration"]


# --- caps in lira, taka and number words (tr, bn, ar, fa) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Yıllık cirosu 40 milyon TL'yi aşan şirketler ayrı bir lisans almalıdır.", 4e7, "TRY"),
        ("Yıllık hasılatı 2 milyar Türk lirasının üzerinde olanlar ayrı lisans alır.", 2e9, "TRY"),
        ("বার্ষিক আয় ২০০ কোটি টাকার বেশি হলে আলাদা লাইসেন্স নিতে হবে।", 2e9, "BDT"),
        ("যাদের বার্ষিক আয় ৫০ লাখ টাকার বেশি, তাদের আলাদা লাইসেন্স নিতে হবে।", 5e6, "BDT"),
    ],
)
def test_a_revenue_cap_in_lira_or_taka_is_read(text: str, amount: float, currency: str) -> None:
    cap = read_foreign(text).values.get("revenue_threshold")
    assert isinstance(cap, dict), text
    assert (cap["amount"], cap["currency"]) == (int(amount), currency)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "إذا زاد عدد المستخدمين النشطين شهرياً على عشرة ملايين مستخدم وجب الحصول على ترخيص"
            " منفصل.",
            10_000_000,
        ),
        ("اگر کاربران فعال ماهانه از پنج میلیون بیشتر شود، مجوز جداگانه لازم است.", 5_000_000),
    ],
)
def test_a_user_cap_in_number_words_is_read(text: str, count: int) -> None:
    assert read_foreign(text).values.get("mau_threshold") == count


def test_a_number_with_no_currency_is_no_revenue_cap() -> None:
    text = "Yıllık cirosu 40 milyon olan şirketler ayrı bir lisans almalıdır."
    assert "revenue_threshold" not in read_foreign(text).values


# --- a licence confined to a territory defined by its places or group (ar, he, tr, sw) ---------


def _within(text: str) -> list[str]:
    clauses = read_foreign(text).values.get("excluded_use_territories")
    assert isinstance(clauses, list) and len(clauses) == 1, clauses
    assert clauses[0]["within"] is True
    return list(clauses[0]["regions"])


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            '"المنطقة المرخصة" تعني أراضي دول مجلس التعاون الخليجي.\n'
            "يحظر تشغيل النموذج خارج المنطقة المرخصة.",
            ["AE", "BH", "KW", "OM", "QA", "SA"],
        ),
        ("لا يجوز تقديم أي خدمة تعتمد على النموذج خارج المملكة العربية السعودية.", ["SA"]),
        ('"האזור המורשה" פירושו מדינת ישראל.\nאסור להפעיל את המודל מחוץ לאזור המורשה.', ["IL"]),
        ("אין להציע שירות המבוסס על המודל מחוץ לישראל.", ["IL"]),
        (
            '"Lisans Bölgesi": Türkiye Cumhuriyeti toprakları.\n'
            "Model, Lisans Bölgesi dışında kullanılamaz.",
            ["TR"],
        ),
        (
            '"Eneo la Leseni" maana yake ni Kenya na Tanzania.\n'
            "Hairuhusiwi kutumia modeli nje ya Eneo la Leseni.",
            ["KE", "TZ"],
        ),
    ],
)
def test_use_outside_a_defined_or_named_territory_is_confined(
    text: str, regions: list[str]
) -> None:
    assert _within(text) == regions
    assert not read_foreign(text).unread


@pytest.mark.parametrize(
    "text",
    [
        "אין להריץ את המודל מחוץ לשעות הפעילות של השרת.",
        "لا يجوز استخدام النموذج خارج نطاق هذا الترخيص.",
        '"الإقليم" هو أراضي دول مجلس التعاون الخليجي.\nيجوز نشر النموذج خارج الإقليم أيضاً.',
    ],
)
def test_outside_something_else_or_allowed_outside_confines_nothing(text: str) -> None:
    assert "excluded_use_territories" not in read_foreign(text).values


def test_arabic_imperative_to_attach_the_terms_to_copies_is_a_notice_duty() -> None:
    reading = read_foreign("أرفق نص الترخيص مع كل نسخة توزعها من النموذج.")
    assert reading.values.get("attribution_required") is True
    assert "attribution_required" not in read_foreign("لا ترفق الشروط بالنسخ.").values


# --- daily caps, counted per product, and the prevailing version (sw, ar, he, tr, fa, bn) ------


@pytest.mark.parametrize(
    "text",
    [
        "Ikiwa Watumiaji Hai wa Siku wa huduma yako watazidi 50,000, utahitaji leseni nyingine.",
        "Kwa siku moja, huduma ikitumiwa na watumiaji zaidi ya 50,000, utahitaji leseni mpya.",
    ],
)
def test_a_swahili_cap_on_users_a_day_is_a_daily_cap(text: str) -> None:
    assert read_foreign(text).values.get("user_threshold") == {"count": 50_000, "unit": "dau"}


@pytest.mark.parametrize(
    "text",
    [
        "تُحتسب أعداد المستخدمين لكل تطبيق على حدة.",
        "Kila huduma ya mpokeaji leseni inahesabiwa peke yake.",
    ],
)
def test_a_cap_counted_per_product_with_no_number_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert "user_threshold" not in reading.values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("عند التعارض تسود النسخة العربية على أي ترجمة.", "ar"),
        ("במקרה של סתירה יגבר הנוסח העברי.", "he"),
        ("Herhangi bir farklılıkta Türkçe metin esas alınır.", "tr"),
        ("در صورت تفاوت، متن فارسی معتبر است.", "fa"),
        ("অমিল থাকলে বাংলা সংস্করণ প্রাধান্য পাবে।", "bn"),
        ("Endapo kuna tofauti, maandishi ya Kiswahili ndiyo yatatumika.", "sw"),
        ("The Hebrew version governs if the two texts differ.", "he"),
    ],
)
def test_the_prevailing_version_is_read(text: str, language: str) -> None:
    assert read_foreign(text).prevails == language


def test_a_version_merely_named_prevails_not() -> None:
    assert read_foreign("مرفق أيضاً النص العربي للترخيص.").prevails is None


# --- outputs for training other models (he, ar, fa, bn, sw) --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "חל איסור להשתמש בפלט של המודל כדי לאמן מודל שפה אחר.",
        "يُحظر استخدام مخرجات النموذج في تدريب أي نموذج آخر.",
        "استفاده از خروجی مدل برای آموزش مدل دیگر ممنوع است.",
        "মডেলের আউটপুট দিয়ে অন্য কোনো মডেল প্রশিক্ষণ দেওয়া নিষিদ্ধ।",
        "Hairuhusiwi kutumia matokeo ya modeli kufunza modeli nyingine.",
    ],
)
def test_outputs_banned_for_training_another_model(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("output_use_restriction") is True
    assert not reading.unread


def test_outputs_used_to_improve_this_model_ban_nothing() -> None:
    text = "מותר להשתמש בפלט של המודל לכל מטרה."
    assert "output_use_restriction" not in read_foreign(text).values


# --- passages stating no term: definitions, captions, outputs yours (ar, he, fa, sw) -----------


@pytest.mark.parametrize(
    "text",
    [
        "يُقصد بالكلمات التالية المعاني الواردة قرين كل منها:",
        "المرخِّص: شركة مثال للبرمجيات ومقرها جدة.",
        'בעל הזכויות: דוגמה מערכות בע"מ.',
        '"Mtoa Leseni" maana yake ni Mfano Teknolojia Limited.',
        "مادهٔ ۴ - تعاریف و اصطلاحات ۴-۱.",
        "المخرجات التي يولدها النموذج ملك لك.",
        "כל מה שהמודל מפיק שייך לך ולא לנו.",
    ],
)
def test_a_plain_definition_caption_or_outputs_yours_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread, text
    assert not reading.values


@pytest.mark.parametrize(
    "text",
    [
        "الاستعمال المسموح: الأغراض البحثية فقط.",
        "المرخص له: لا يجوز له إعادة بيع النموذج.",
        '"Matumizi ya Kibiashara" maana yake ni matumizi yoyote ya kupata faida.',
    ],
)
def test_a_definition_of_a_use_or_holding_a_term_is_no_plain_definition(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread or reading.values, text


# --- a company's use deemed commercial, a grant confined to non-commercial use (ar, fa) --------


def test_arabic_company_use_deemed_commercial_leaves_companies_out_of_a_non_commercial_grant() -> (
    None
):
    text = (
        "يُسمح باستعمال النموذج للأغراض غير التجارية فقط.\n"
        "الاستعمال التجاري: أي استعمال يهدف إلى الربح، ويدخل في ذلك استخدامه داخل الشركة لأعمالها."
    )
    reading = read_foreign(text)
    assert "non-commercial-organizations" in _scope(reading)
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "استفاده از مدل آزاد است، به شرط آنکه استفاده تجاری نباشد.",
        "مدل را میتوان رایگان به کار برد مشروط بر اینکه بهرهبرداری تجاری نباشد.",
    ],
)
def test_persian_grant_on_condition_the_use_is_not_commercial_is_non_commercial(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


# --- a use policy bound in; Arabic bans on covert monitoring and impersonation -----------------


@pytest.mark.parametrize(
    "text",
    [
        "يجب على المستخدم الالتزام بسياسة الاستخدام المرفقة بهذه الرخصة.",
        "Kullanıcı, ekteki kullanım politikasına uymak zorundadır.",
        "על המשתמש לפעול לפי מדיניות השימוש המצורפת, המהווה חלק בלתי נפרד מרישיון זה.",
    ],
)
def test_a_use_policy_bound_in_is_incorporated(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("acceptable_use_policy_incorporated") is True
    assert not reading.unread


def test_a_privacy_policy_mentioned_binds_no_use_policy() -> None:
    text = "للاطلاع على كيفية معالجة البيانات راجع سياسة الخصوصية على موقعنا."
    assert "acceptable_use_policy_incorporated" not in read_foreign(text).values


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("يُمنع استخدام النموذج لمراقبة الموظفين دون علمهم.", "surveillance"),
        ("لا يجوز استعمال النموذج في تعقب تحركات الأفراد.", "surveillance"),
        ("لا يجوز استخدام النموذج في انتحال شخصية أي فرد.", "impersonation"),
        ("يحظر استعمال النموذج في تزوير الوثائق الحكومية.", "impersonation"),
    ],
)
def test_arabic_bans_on_monitoring_people_and_impersonation(text: str, tag: str) -> None:
    assert tag in _tags(read_foreign(text))


def test_arabic_quality_monitoring_allowed_is_no_surveillance_ban() -> None:
    text = "يجوز استخدام النموذج لمراقبة جودة المنتجات في المصنع."
    assert "surveillance" not in _tags(read_foreign(text))


# --- a cap defining a class of licensee, applied by its name in another sentence (tr, bn) ------


@pytest.mark.parametrize(
    "text",
    [
        'Bu lisansta "Büyük Şirket", yıllık cirosu 500 milyon TL\'yi aşan şirkettir.\n'
        "Büyük Şirketler bu izinden yararlanamaz ve ayrı bir sözleşme yapmalıdır.",
        '"সীমা" বলতে বার্ষিক আয় ১০০ কোটি টাকা বোঝায়।\n'
        "যে প্রতিষ্ঠানের আয় সীমা ছাড়িয়ে যায়, তাকে আলাদা লাইসেন্স নিতে হবে।",
    ],
)
def test_a_class_defined_by_a_cap_and_named_later_continues_the_cap(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    assert not reading.unread


def test_a_class_named_with_no_cap_stated_is_no_cap() -> None:
    reading = read_foreign(
        "Büyük Şirketler bu izinden yararlanamaz ve ayrı bir sözleşme yapmalıdır."
    )
    assert "revenue_threshold" not in reading.values
    assert reading.values.get("commercial_use_conditions") != ["separate-license-above-threshold"]


# --- commercial use allowed in plain words (sw, bn, fa, he), and its negated twins --------------


@pytest.mark.parametrize(
    "text",
    [
        "Unaweza kutumia modeli kwa madhumuni ya kibiashara.",
        "Matumizi ya kibiashara yanaruhusiwa bila malipo.",
        "এই মডেল বাণিজ্যিকভাবে ব্যবহার করা যাবে।",
        "استفاده تجاری از مدل مجاز است.",
        "شما میتوانید مدل را برای مقاصد تجاری به کار ببرید.",
        "אפשר להשתמש במודל גם למטרות רווח.",
    ],
)
def test_commercial_use_allowed_in_plain_words(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Huwezi kutumia modeli kwa madhumuni ya kibiashara.", "prohibited"),
        ("এই মডেল বাণিজ্যিকভাবে ব্যবহার করা যাবে না।", "prohibited"),
        ("استفاده تجاری از مدل مجاز نیست.", "prohibited"),
        ("شما نمیتوانید مدل را برای مقاصد تجاری به کار ببرید.", "prohibited"),
        (
            "Matumizi ya kibiashara yanaruhusiwa tu baada ya kupata idhini ya maandishi.",
            "restricted",
        ),
    ],
)
def test_commercial_use_refused_or_conditioned_stays_so(text: str, value: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == value


# --- use confined to named places by "only", or outside the places just named -------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("لا يُرخَّص باستخدام النموذج إلا داخل دولة الإمارات العربية المتحدة.", ["AE"]),
        ("Model yalnızca Türkiye sınırları içinde kullanılabilir.", ["TR"]),
        ("מותר להשתמש במודל רק בישראל.", ["IL"]),
        ("Leseni hii inatumika ndani ya Kenya tu.", ["KE"]),
        (
            "يسري الترخيص في دول مجلس التعاون الخليجي فقط.\n"
            "ولا يجوز استعمال النموذج خارج هذه الدول.",
            ["AE", "BH", "KW", "OM", "QA", "SA"],
        ),
    ],
)
def test_use_confined_by_only_or_outside_the_places_named(text: str, regions: list[str]) -> None:
    assert _within(text) == regions


@pytest.mark.parametrize(
    "text",
    [
        "يخضع هذا الترخيص لأنظمة المملكة العربية السعودية فقط.",
        "ولا يجوز استعمال النموذج خارج هذه الدول.",  # no places named before
        "شركة مثال للبرمجيات مقرها مصر وتعمل في الإمارات.",
    ],
)
def test_a_law_a_seat_or_no_place_before_confines_nothing(text: str) -> None:
    assert "excluded_use_territories" not in read_foreign(text).values


def test_a_place_named_outside_a_choice_of_law_is_no_governing_law() -> None:
    text = "شركة مثال للبرمجيات مقرها مصر وتعمل في الإمارات."
    assert "governing_law" not in read_foreign(text).values
    law = "تسري على هذه الشروط القوانين الاتحادية لدولة الإمارات العربية المتحدة."
    assert read_foreign(law).values.get("governing_law") == "AE"


@pytest.mark.parametrize(
    "text",
    [
        "استفاده تجاری منوط به دریافت اجازه کتبی از شرکت است.",
        "بهره‌برداری تجاری از مدل مشروط به موافقت مکتوب مجوزدهنده است.",
    ],
)
def test_persian_commercial_use_on_condition_of_permission_is_restricted(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "restricted"


def _scope(reading: ForeignReading) -> list[str]:
    value = reading.values.get("use_scope", [])
    return [str(v) for v in value] if isinstance(value, list) else []


def _tags(reading: ForeignReading) -> list[str]:
    value = reading.values.get("use_restrictions", [])
    return [str(v) for v in value] if isinstance(value, list) else []
