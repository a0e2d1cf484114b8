"""Session 26 (held-out g1, west and south Asia): shapes of round G's Arabic, Hebrew, Persian,
Turkish, Hindi, Bengali, Urdu and Tamil licences, read by the general shape of the clause in
every language of the group. Texts written for this test in our own words; each shape has
paraphrases and twins (negated, conditioned or unrelated) that must not read so.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

# --- a grant taking business use in: "also", "including", whatever the purpose, paid products --


@pytest.mark.parametrize(
    "text",
    [
        "يحق لك استخدام النموذج في مشاريعك التجارية أيضاً.",
        "أياً كان الغرض من الاستعمال، يجوز لك تشغيل النموذج ونسخه.",
        "للشركات أن تبيع خدمات مدفوعة مبنية على هذا النموذج.",
        "ההרשאה חלה גם על פעילות עסקית.",
        "מותר להשתמש במודל ולהפיץ אותו, בלי קשר למטרה.",
        "هدف هر چه باشد، استفاده از این مدل آزاد است.",
        "Bu hak ticari kullanımı da kapsar.",
        "Amacınız ne olursa olsun modeli kullanabilirsiniz.",
        "यह अनुमति व्यापारिक कामों पर भी लागू होती है।",
        "उद्देश्य चाहे जो भी हो, आप मॉडल का उपयोग कर सकते हैं।",
        "বাণিজ্যিক প্রকল্পেও আপনি মডেলটি ব্যবহার করতে পারেন।",
        "یہ حق کاروباری استعمال پر بھی لاگو ہے۔",
        "مقصد کچھ بھی ہو، آپ یہ ماڈل استعمال کر سکتے ہیں۔",
        "இந்த உரிமை வணிகப் பயன்பாட்டுக்கும் பொருந்தும்.",
    ],
)
def test_a_grant_taking_business_use_in_allows_it(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "allowed", reading.values
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "لا يحق لك استخدام النموذج في المشاريع التجارية أيضاً.",
        "ההרשאה אינה חלה על פעילות עסקית.",
        "این اجازه شامل کاربردهای تجاری نمی‌شود.",
        "Bu hak ticari kullanımı kapsamaz.",
        "यह अनुमति व्यापारिक कामों पर लागू नहीं होती।",
        "বাণিজ্যিক প্রকল্পে মডেলটি ব্যবহার করা যাবে না।",
        "یہ حق کاروباری استعمال پر لاگو نہیں ہے۔",
        "இந்த உரிமை வணிகப் பயன்பாட்டுக்குப் பொருந்தாது.",
        "Ticari kullanım da yalnızca yazılı onayımızla mümkündür.",
    ],
)
def test_business_use_left_out_or_conditioned_is_no_grant(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


# --- a plain grant of acts: no term ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "רשאים אתם להעתיק את המודל ולהפיץ אותו ללא תשלום.",
        "کمپنی آپ کو ماڈل کے استعمال اور اس میں ترمیم کی اجازت دیتی ہے۔",
        "شرکت اجازه می‌دهد هر کسی این مدل را اجرا و تکثیر کند.",
    ],
)
def test_a_plain_grant_of_acts_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    # a plain grant, nothing narrowing it: every use (session 35), as the English rules read it
    assert not reading.unread and reading.values == {"commercial_use": "allowed"}, reading.values


def test_a_grant_of_acts_for_one_purpose_only_is_no_plain_grant() -> None:
    reading = read_foreign("רשאים אתם להעתיק את המודל ולהפיץ אותו למטרות מחקר בלבד.")
    assert reading.unread or reading.values


# --- business use only once, or only if, the licensor has approved: a permission route -------


@pytest.mark.parametrize(
    "text",
    [
        "تجارتی مقاصد کے لیے استعمال صرف تب ممکن ہے جب کمپنی تحریری اجازت دے۔",
        "کمپنی کی منظوری ملنے کے بعد ہی کاروباری استعمال شروع کیا جا سکتا ہے۔",
        "व्यावसायिक उपयोग केवल तभी किया जा सकता है जब कंपनी लिखित अनुमति दे दे।",
        "কোম্পানি লিখিত অনুমোদন দিলে তবেই বাণিজ্যিক ব্যবহার করা যাবে।",
        "استفادهٔ تجاری تنها زمانی مجاز است که شرکت کتباً موافقت کرده باشد.",
        "Ticari kullanım ancak Lisans Veren yazılı onay verdikten sonra mümkündür.",
        "שימוש מסחרי מותר רק לאחר שהחברה נתנה אישור בכתב.",
        "لا يكون الاستعمال التجاري جائزاً إلا إذا وافقت الشركة كتابةً مسبقاً.",
    ],
)
def test_business_use_only_once_approved_needs_permission(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "restricted", reading.values
    assert reading.values.get("commercial_use_conditions") == ["written-permission"]


def test_an_urdu_refusal_at_discretion_is_read_with_the_permission() -> None:
    reading = read_foreign(
        "تجارتی استعمال کے لیے کمپنی کی منظوری ضروری ہے۔\n\n"
        "کمپنی اپنی صوابدید پر کوئی بھی درخواست رد کر سکتی ہے۔"
    )
    assert reading.values.get("commercial_use") == "restricted"
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "تجارتی استعمال کے لیے کسی منظوری کی ضرورت نہیں۔",
        "Ticari kullanım için onay gerekmez.",
    ],
)
def test_an_approval_said_unneeded_is_no_permission_route(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "restricted"


# --- caps on daily users (fa, he, bn, ur); a cap counted per product, or others not added -----


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("هرگاه تعداد کاربران فعال روزانه از پنجاه هزار بیشتر شود، مجوز تجاری لازم است.", 50000),
        ("שירות שיש לו יותר מ-40,000 משתמשים פעילים ביום חייב ברישיון מסחרי נפרד.", 40000),
        ("দৈনিক সক্রিয় ব্যবহারকারী ২০,০০০ ছাড়িয়ে গেলে আলাদা বাণিজ্যিক লাইসেন্স নিতে হবে।", 20000),
        ("اگر روزانه فعال صارفین کی تعداد 25,000 سے بڑھ جائے تو تجارتی لائسنس ضروری ہے۔", 25000),
    ],
)
def test_a_cap_on_daily_users_is_read_as_dau(text: str, count: int) -> None:
    threshold = read_foreign(text).values.get("user_threshold")
    assert threshold == {"count": count, "unit": "dau"}, threshold


@pytest.mark.parametrize(
    "text",
    [
        "Kullanıcı sayısı her uygulama ve hizmet için ayrı ayrı hesaplanır.",
        "İştiraklerinizin kullanıcıları bu sayıya dahil edilmez.",
        "המספר מחושב לכל יישום בנפרד.",
        "تعداد کاربران هر محصول جداگانه محاسبه می‌شود.",
        "يُحسب عدد المستخدمين لكل تطبيق على حدة.",
        "প্রতিটি অ্যাপের ব্যবহারকারী সংখ্যা আলাদাভাবে গণনা করা হয়।",
    ],
)
def test_a_cap_counted_apart_with_no_number_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and not reading.values, reading.values


def test_a_separate_notice_with_each_product_is_no_counting_rule() -> None:
    reading = read_foreign("হর পণ্যের সাথে আলাদা করে লাইসেন্সের কপি দিতে হবে।")
    assert reading.unread or reading.values


# --- passages stating no term: parties, courts, an offer on the terms below, a document bound in


@pytest.mark.parametrize(
    "text",
    [
        "المرخِّص: هو مؤسسة النموذج التجريبية ومقرها الدوحة؛ والمرخَّص له هو أي شخص يقبل هذه الشروط.",
        "Lisans Veren, Örnek Bilişim A.Ş.'dir.",
        "تمام تنازعات ناشی از این قرارداد در دادگاه‌های تهران رسیدگی می‌شود.",
        "סכסוכים יוכרעו בבית המשפט המחוזי בחיפה.",
        "Uyuşmazlıklarda Ankara Mahkemeleri yetkilidir.",
        "Örnek A.Ş. modeli aşağıdaki koşullarla herkesin kullanımına açar.",
        "این سند جزء لاینفک همین مجوز است.",
        "সংযুক্তি ক এই লাইসেন্সের অবিচ্ছেদ্য অংশ।",
    ],
)
def test_parties_courts_offers_and_documents_bound_in_state_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and not reading.values, reading.values


def test_a_party_with_a_duty_states_a_term() -> None:
    reading = read_foreign("Lisans Veren, Örnek Bilişim A.Ş.'dir; ticari kullanım yasaktır.")
    assert reading.values.get("commercial_use") == "prohibited"


# --- harms: critical infrastructure and fraud -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("استفاده از مدل برای کنترل نیروگاه‌ها و شبکهٔ آب ممنوع است.", "critical-infrastructure"),
        ("يُحظر استخدام النموذج في إدارة شبكات الكهرباء.", "critical-infrastructure"),
        ("Model kritik altyapı sistemlerinin yönetiminde kullanılamaz.", "critical-infrastructure"),
        ("אין להשתמש במודל לניהול רשת החשמל.", "critical-infrastructure"),
        ("মডেলটি বিদ্যুৎ গ্রিড পরিচালনায় ব্যবহার করা যাবে না।", "critical-infrastructure"),
        ("ماڈل کو دھوکہ دہی کے لیے استعمال کرنا ممنوع ہے۔", "fraud"),
        ("استفاده از مدل برای کلاهبرداری ممنوع است.", "fraud"),
        ("אסור להשתמש במודל לפישינג.", "fraud"),
    ],
)
def test_a_banned_harm_of_infrastructure_or_fraud_is_read(text: str, tag: str) -> None:
    assert tag in _tags(text), read_foreign(text)


def test_a_harm_named_with_no_ban_sets_nothing() -> None:
    assert "critical-infrastructure" not in _tags(
        "این مدل به شرکت‌های برق در پایش شبکهٔ برق کمک می‌کند."
    )


def _tags(text: str) -> list[object]:
    tags = read_foreign(text).values.get("use_restrictions")
    return list(tags) if isinstance(tags, list) else []


# --- a territory listed by its places, then use outside it left out --------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "تضم منطقة الاستخدام: المملكة العربية السعودية والبحرين.\n\n"
            "ولا يشمل الترخيص أي استعمال خارجها.",
            ["BH", "SA"],
        ),
        (
            "אזור הרישיון כולל את ישראל וקפריסין.\n\nהרישיון אינו חל על שימוש מחוץ להן.",
            ["CY", "IL"],
        ),
        (
            "Lisans bölgesi Türkiye ve Azerbaycan'dan oluşur.\n\n"
            "Model bu ülkeler dışında kullanılamaz.",
            ["AZ", "TR"],
        ),
    ],
)
def test_a_listed_territory_then_use_outside_it_barred_confines_use(
    text: str, regions: list[str]
) -> None:
    clauses = read_foreign(text).values.get("excluded_use_territories")
    assert isinstance(clauses, list) and clauses[0]["regions"] == regions, clauses


def test_a_listed_territory_with_no_ban_after_it_confines_nothing() -> None:
    text = "تضم منطقة الاستخدام: المملكة العربية السعودية والبحرين.\n\nيجوز تعديل النموذج."
    assert "excluded_use_territories" not in read_foreign(text).values


# --- which version prevails: "the binding version", "referred to on any conflict" ----------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("הנוסח העברי הוא הנוסח הקובע בכל מקרה של סתירה.", "he"),
        ("عند الاختلاف يُرجع إلى النص العربي.", "ar"),
        ("اردو متن کو فوقیت حاصل ہوگی۔", "ur"),
        ("முரண்பாடு ஏற்பட்டால் தமிழ் பதிப்பே மேலோங்கும்.", "ta"),
    ],
)
def test_the_version_said_to_prevail_is_named(text: str, language: str) -> None:
    assert read_foreign(text).prevails == language


# --- licensees left out by where they are based; end users spared -----------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("لا يُمنح هذا الترخيص لأي شركة يقع مقرها الرئيسي في روسيا.", ["RU"]),
        ("הרישיון אינו ניתן לתאגיד שמקום מושבו באיראן.", ["IR"]),
        ("Lisans, merkezi Rusya'da bulunan şirketlere verilmez.", ["RU"]),
        ("इस लाइसेंस का लाभ उन संस्थाओं को नहीं मिलता जिनका मुख्यालय ईरान में है।", ["IR"]),
        ("যেসব প্রতিষ্ঠানের সদর দপ্তর ইরানে, তাদের এই লাইসেন্স দেওয়া হয় না।", ["IR"]),
        ("یہ لائسنس ان کمپنیوں کو نہیں دیا جاتا جن کا صدر دفتر روس میں ہو۔", ["RU"]),
        ("مجوز به اشخاصی که اقامتگاه آنها در روسیه است اعطا نمی‌شود.", ["RU"]),
        ("இந்த உரிமம் சீனாவில் தலைமையகம் கொண்ட நிறுவனங்களுக்கு வழங்கப்படாது.", ["CN"]),
    ],
)
def test_a_grant_withheld_from_those_based_somewhere_excludes_their_domicile(
    text: str, regions: list[str]
) -> None:
    clauses = read_foreign(text).values.get("excluded_licensee_domiciles")
    assert isinstance(clauses, list) and clauses[0]["regions"] == regions, clauses


def test_an_end_user_proviso_after_it_spares_end_users() -> None:
    text = (
        "لا يُمنح هذا الترخيص لأي شركة يقع مقرها الرئيسي في روسيا.\n\n"
        "لا يسري هذا البند على المستخدمين النهائيين."
    )
    reading = read_foreign(text)
    clauses = reading.values.get("excluded_licensee_domiciles")
    assert isinstance(clauses, list) and clauses[0]["exempts"] == ["end-users"]
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "یہ لائسنس پاکستان کے قوانین کے تحت ہے۔",
        "Modelin sunucuları Rusya'da bulunabilir.",
    ],
)
def test_a_place_of_law_or_of_servers_is_no_domicile(text: str) -> None:
    assert "excluded_licensee_domiciles" not in read_foreign(text).values


# --- a counting rule naming no measure, adding the affiliates' users to the cap ----------------


@pytest.mark.parametrize(
    "text",
    [
        "إذا تجاوز عدد المستخدمين النشطين شهرياً خمسة ملايين مستخدم، وجب الحصول على ترخيص مستقل.\n\n"
        "ويُحتسب العدد بجمع مستخدمي المرخص له ومستخدمي الشركات التابعة له.",
        "Aylık aktif kullanıcı sayısı 5 milyonu aşarsa ayrı bir lisans gerekir.\n\n"
        "Bu sayı hesaplanırken bağlı şirketlerinizin kullanıcıları da eklenir.",
    ],
)
def test_a_counting_rule_adding_affiliates_is_read_into_the_cap(text: str) -> None:
    reading = read_foreign(text)
    threshold = reading.values.get("user_threshold")
    assert isinstance(threshold, dict), reading.values
    assert threshold.get("counts") == "licensee-and-affiliates", threshold
    assert not reading.unread


def test_a_counting_rule_leaving_affiliates_out_adds_nothing() -> None:
    text = (
        "Aylık aktif kullanıcı sayısı 5 milyonu aşarsa ayrı bir lisans gerekir.\n\n"
        "Bağlı şirketlerinizin kullanıcıları bu sayıya eklenmez."
    )
    threshold = read_foreign(text).values.get("user_threshold")
    assert isinstance(threshold, dict) and "counts" not in threshold, threshold


# --- Tamil, read now: grants, bans, permission, caps by crore, the law ------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("இந்த மாடலை வணிக மற்றும் வணிகம் சாரா நோக்கங்களுக்குப் பயன்படுத்தலாம்.", "allowed"),
        ("மாடலை வணிக நோக்கங்களுக்காகப் பயன்படுத்தக் கூடாது.", "prohibited"),
        ("இந்த மாடலை ஆராய்ச்சிக்காக மட்டுமே பயன்படுத்தலாம்.", "prohibited"),
        ("வணிகப் பயன்பாட்டுக்கு நிறுவனத்தின் எழுத்துப்பூர்வ ஒப்புதல் பெற வேண்டும்.", "restricted"),
    ],
)
def test_tamil_commercial_use_is_read(text: str, value: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == value, reading.values
    assert not reading.unread


def test_tamil_governing_law_is_read() -> None:
    assert read_foreign("இந்த உரிமம் இந்தியச் சட்டங்களுக்கு உட்பட்டது.").values.get("governing_law") == "IN"


def test_a_tamil_class_defined_by_revenue_in_crore_is_a_revenue_cap() -> None:
    text = (
        '"பெரிய வாடிக்கையாளர் நிறுவனம்" என்பது ஆண்டு வருவாய் ரூ.50 கோடிக்கு மேல் உள்ள நிறுவனத்தைக் '
        "குறிக்கும்.\n\n"
        "பெரிய வாடிக்கையாளர் நிறுவனங்களுக்கு இந்த அனுமதி பொருந்தாது; அவை தனியான உரிம ஒப்பந்தம் "
        "செய்ய வேண்டும்."
    )
    reading = read_foreign(text)
    threshold = reading.values.get("revenue_threshold")
    assert isinstance(threshold, dict), reading.values
    assert (threshold["amount"], threshold["currency"]) == (500000000, "INR")
    assert not reading.unread
