"""Session 25, Hindi, Indonesian, Malay, Vietnamese and Thai: shapes of held-out round F read by
their general form (each wording here is written for the test, none a scenario's sentence)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers

_CONDITIONS = "commercial_use_conditions"
_ABOVE = "separate-license-above-threshold"


# --- a grant whether for profit or not; commercial ends in plain words ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # hi: whether or not the work earns, whether business or not
        "हम आपको इस मॉडल को चलाने और बदलने की अनुमति देते हैं, भले ही आपका काम मुनाफ़े के लिए हो या न हो।",
        "यह मॉडल हर किसी के लिए मुफ़्त है, उपयोग व्यवसाय में हो या नहीं।",
        # vi: whether business or not
        "Bạn được dùng mô hình này miễn phí, dù là hoạt động kinh doanh hay không.",
        # ms: for business or otherwise
        "Anda boleh menggunakan model ini untuk tujuan komersial atau sebaliknya.",
        # id: business or not
        "Model ini boleh dipakai oleh siapa saja, untuk usaha maupun tidak.",
    ],
)
def test_a_grant_whether_for_profit_or_not_allows_commercial_use(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        # hi: commercial use named, then a verb granting it
        "इस मॉडल का व्यावसायिक उपयोग भी बिना शुल्क के किया जा सकता है।",
        "आप इस मॉडल को कमाई के कामों में भी लगा सकते हैं।",
        # th: business use with its object between, and earning included
        "ผู้ใช้สามารถใช้ ดัดแปลง และเผยแพร่แบบจำลองนี้ในงานธุรกิจได้",
        "อนุญาตให้ใช้และแจกจ่ายได้ รวมทั้งการนำไปสร้างรายได้",
        # vi: including business activity
        "Bạn có thể sử dụng mô hình, bao gồm cả cho các hoạt động kinh doanh.",
    ],
)
def test_commercial_ends_in_plain_words_are_allowed(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "इस मॉडल का व्यावसायिक उपयोग नहीं किया जा सकता है।",
        "व्यावसायिक उपयोग वर्जित है, चाहे आप इसे मुफ़्त में दें या नहीं।",
        "ห้ามใช้แบบจำลองนี้ในงานเชิงพาณิชย์",
        "Không được sử dụng mô hình cho mục đích thương mại.",
        "Model ini tidak boleh digunakan untuk tujuan komersial.",
    ],
)
def test_a_ban_on_commercial_use_stays_a_ban(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


# --- a notice before commercial use (hi) ---------------------------------------------------


def test_a_hindi_notice_before_commercial_use_is_a_registration() -> None:
    text = (
        "1. आप इस मॉडल का उपयोग किसी भी उद्देश्य के लिए कर सकते हैं।\n\n"
        "2. व्यापार में इस्तेमाल शुरू करने से पहले हमें info@example.org पर सूचना भेजें।\n\n"
        "3. हम इस सूचना पर कोई स्वीकृति नहीं देते।"
    )
    values = read_foreign(text).values
    assert values["commercial_use"] == "allowed"
    assert values[_CONDITIONS] == ["registration"]


def test_a_hindi_approval_needed_stays_the_licensors_permission() -> None:
    text = (
        "1. आप इस मॉडल का उपयोग शोध के लिए कर सकते हैं।\n\n"
        "2. व्यावसायिक उपयोग के लिए हमारी लिखित अनुमति आवश्यक है।"
    )
    values = read_foreign(text).values
    assert values["commercial_use"] == "restricted"
    assert values[_CONDITIONS] == ["written-permission"]


# --- a cap stated in one sentence, applied in another ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # id: the threshold defined, then applied by its term and "exceeds"
        '1. "Batas Omzet" adalah omzet tahunan sebesar Rp100.000.000.000.\n\n'
        "2. Pengguna yang omzetnya lebih dari Batas Omzet harus memperoleh lisensi komersial"
        " tersendiri dari kami.",
        # vi: the mark named, then exceeding it needs a licence
        "1. Mức trần doanh thu là 200 tỷ đồng mỗi năm.\n\n"
        "2. Công ty có doanh thu trên mức đó phải ký giấy phép thương mại với chúng tôi.",
        # th: the ceiling in one row, the consequence in another
        "เพดานรายได้ต่อปี: 500,000,000 บาท\n\nผู้ใช้ที่มีรายได้เกินเพดานนี้ต้องทำสัญญาอนุญาตเชิงพาณิชย์กับเรา",
        # hi: a defined class of licensee, then the class named
        '1. "विशाल संस्था" वह कंपनी है जिसका वार्षिक राजस्व 500 करोड़ रुपये से अधिक है।\n\n'
        "2. कोई विशाल संस्था इस मॉडल को तभी चला सकती है जब उसने हमसे अलग अनुबंध किया हो।",
    ],
)
def test_a_licence_past_a_cap_stated_elsewhere_is_the_caps(text: str) -> None:
    values = read_foreign(text).values
    assert values["commercial_use"] == "restricted"
    assert values[_CONDITIONS] == [_ABOVE]


@pytest.mark.parametrize(
    "text",
    [
        "Penggunaan komersial harus memperoleh lisensi komersial tersendiri dari kami.",
        "Sử dụng thương mại phải ký giấy phép thương mại với chúng tôi.",
    ],
)
def test_a_licence_with_no_cap_anywhere_is_every_commercial_uses(text: str) -> None:
    values = read_foreign(text).values
    assert values["commercial_use"] == "restricted"
    assert values[_CONDITIONS] == ["separate-license"]


# --- numbers: lakhs and crores, Thai scales; the dong ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("₹5,00,00,000 का राजस्व", 5e7),
        ("तीन सौ करोड़ रुपये", 3e9),
        ("25 लाख उपयोगकर्ता", 2.5e6),
        ("รายได้ 300 ล้านบาท", 3e8),
    ],
)
def test_indian_and_thai_numbers(text: str, value: float) -> None:
    assert numbers(text)[0][2] == value


def test_a_revenue_cap_in_dong() -> None:
    text = "Doanh nghiệp có doanh thu hằng năm vượt 300 tỷ đồng phải mua giấy phép thương mại."
    cap = read_foreign(text).values["revenue_threshold"]
    assert isinstance(cap, dict)
    assert (cap["amount"], cap["currency"]) == (300_000_000_000, "VND")


# --- caps on daily users (hi, th) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("यदि दैनिक सक्रिय उपयोगकर्ता 5 लाख से अधिक हों तो अलग लाइसेंस लेना अनिवार्य है।", 500_000),
        ("หากมีผู้ใช้งานต่อวันมากกว่า 50,000 คน ต้องขอใบอนุญาตเชิงพาณิชย์", 50_000),
    ],
)
def test_a_cap_on_daily_users(text: str, count: int) -> None:
    values = read_foreign(text).values
    assert values["user_threshold"] == {"count": count, "unit": "dau"}
    assert values[_CONDITIONS] == [_ABOVE]


# --- passages stating no term --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Pemilik Model" ialah PT Contoh Sejahtera yang beralamat di Bandung.',
        '"Đơn vị phát hành" có nghĩa là Công ty Cổ phần Ví Dụ Sao Mai.',
        '"लाइसेंसदाता" का अर्थ है उदाहरण डेटा प्राइवेट लिमिटेड।',
        '"ผู้พัฒนา" หมายถึง บริษัท ตัวอย่าง จำกัด',
        "Dalam Lesen ini, yang dimaksud dengan:",
        "Perkara 7",
        "Điều 9. Hiệu lực",
        "CÁC ĐIỀU KHOẢN KHÁC",
        "सभी विवाद मुंबई की अदालतों में सुने जाएँगे।",
        "Sengketa diselesaikan di Pengadilan Negeri Surabaya.",
        "Mọi tranh chấp do Tòa án nhân dân Thành phố Hà Nội giải quyết.",
        "अधिक जानकारी के लिए legal@example.org पर संपर्क करें।",
    ],
)
def test_passages_stating_no_term_are_not_unread(text: str) -> None:
    assert read_foreign(text).unread == ()


@pytest.mark.parametrize(
    "text",
    [
        '"Penggunaan Komersial" adalah setiap penggunaan oleh perusahaan, termasuk internal.',
        '"Mục đích được phép" là nghiên cứu của trường đại học.',
    ],
)
def test_a_definition_of_a_use_is_not_set_aside(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread or reading.values


# --- a licence confined to a territory defined by its places or its group --------------------

_ASEAN = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"]


@pytest.mark.parametrize(
    "text",
    [
        # ms: the territory defined by a group, use outside it banned
        '1. "Wilayah Dibenarkan" bermaksud negara-negara ASEAN.\n\n'
        "2. Pelesen dilarang menggunakan model di luar Wilayah Dibenarkan.",
        # vi: a territory defined by two countries, service outside it banned
        '1. "Lãnh thổ" có nghĩa là Việt Nam và Lào.\n\n'
        "2. Bạn không được cung cấp dịch vụ cho người dùng ở ngoài Lãnh thổ.",
        # id: use confined to named places, no grant in the sentence
        "Model hanya boleh dijalankan di Indonesia dan Singapura.",
        # th: use outside the country banned
        "ห้ามติดตั้งหรือเรียกใช้โมเดลนอกประเทศไทย",
    ],
    ids=["ms-group", "vi-defined", "id-only", "th-outside"],
)
def test_use_confined_to_a_territory(text: str) -> None:
    clauses = read_foreign(text).values["excluded_use_territories"]
    assert isinstance(clauses, list)
    assert clauses[0]["within"] is True


def test_the_group_stands_for_its_members() -> None:
    text = (
        '1. Dalam Lesen ini, "Kawasan Berlesen" ertinya wilayah semua negara anggota ASEAN.\n\n'
        "2. Anda tidak boleh menjalankan model di luar Kawasan Berlesen."
    )
    clauses = read_foreign(text).values["excluded_use_territories"]
    assert isinstance(clauses, list)
    assert clauses[0]["regions"] == _ASEAN


@pytest.mark.parametrize(
    "text",
    [
        # a ban outside a territory nobody defines names no place
        "Anda tidak boleh menjalankan model di luar Kawasan Berlesen.",
        # a ban on use in a place is no confinement to it
        "Dilarang menggunakan Model di wilayah Krimea.",
    ],
)
def test_no_confinement_without_its_places(text: str) -> None:
    clauses = read_foreign(text).values.get("excluded_use_territories") or []
    assert isinstance(clauses, list)
    assert not any(c.get("within") for c in clauses)


# --- vi: training other models with the outputs banned ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nghiêm cấm sử dụng đầu ra của mô hình để huấn luyện các mô hình cạnh tranh.",
        "Người dùng không được chưng cất kết quả thành một mô hình nhỏ hơn.",
    ],
)
def test_vi_output_training_ban(text: str) -> None:
    assert read_foreign(text).values.get("output_use_restriction") is True


@pytest.mark.parametrize(
    "text",
    [
        "Bạn được dùng kết quả để huấn luyện bất kỳ mô hình nào, kể cả mô hình khác.",
        "Bạn không được phân phối lại trọng số của mô hình.",
    ],
)
def test_vi_outputs_free_or_another_ban_is_no_output_ban(text: str) -> None:
    assert read_foreign(text).values.get("output_use_restriction") is not True


# --- a use policy bound in; a table of banned uses under a lead-in ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Setiap pengguna wajib mematuhi Pedoman Penggunaan yang dilampirkan.",
        "Người dùng phải tuân thủ Chính sách sử dụng đính kèm giấy phép này.",
        "इस मॉडल के हर उपयोग में स्वीकार्य उपयोग नीति का पालन करना होगा।",
    ],
)
def test_a_use_policy_bound_in(text: str) -> None:
    assert read_foreign(text).values.get("acceptable_use_policy_incorporated") is True


def test_a_privacy_policy_mentioned_binds_no_use_policy() -> None:
    text = "Informasi lebih lanjut tersedia dalam kebijakan privasi kami di situs web."
    assert "acceptable_use_policy_incorporated" not in read_foreign(text).values


def test_a_table_of_banned_uses_under_a_lead_in_below() -> None:
    text = (
        "Model ini tidak boleh digunakan untuk hal-hal di bawah ini.\n\n"
        "| No | Bidang | Uraian |\n|---|---|---|\n"
        "| 1 | Senjata | merakit bahan peledak |\n"
        "| 2 | Pengenalan wajah | mengenali orang dari foto tanpa izin |\n"
    )
    reading = read_foreign(text)
    assert {"weapons", "biometric-identification"} <= set(
        reading.values.get("use_restrictions") or []  # type: ignore[call-overload]
    )
    assert reading.unread == ()


# --- end users spared; a clause for the multimodal variant; copies carry the licence --------


def test_end_users_spared_after_a_domicile_exclusion() -> None:
    text = (
        "Lisensi ini tidak berlaku bagi perusahaan yang berkantor pusat di Uni Eropa.\n\n"
        "Ketentuan di atas tidak mencakup pengguna akhir aplikasi yang dibangun dengan model."
    )
    entries = read_foreign(text).values["excluded_licensee_domiciles"]
    assert isinstance(entries, list)
    assert entries[0]["exempts"] == ["end-users"]


def test_a_clause_naming_the_variant_taking_pictures_covers_multimodal_models() -> None:
    text = (
        "1. Keluarga model ini terdiri atas Kenari-Kata, yang hanya memproses teks, dan"
        " Kenari-Lihat, yang juga memproses gambar dan video.\n\n"
        "2. Untuk Kenari-Lihat, lisensi ini tidak berlaku bagi badan usaha yang berkedudukan"
        " di Uni Eropa."
    )
    entries = read_foreign(text).values["excluded_licensee_domiciles"]
    assert isinstance(entries, list)
    assert entries[0]["models"] == "multimodal"


def test_a_clause_naming_the_text_variant_stays_for_all_models() -> None:
    text = (
        "1. Keluarga model ini terdiri atas Kenari-Kata, yang hanya memproses teks, dan"
        " Kenari-Lihat, yang juga memproses gambar dan video.\n\n"
        "2. Lisensi ini tidak berlaku bagi badan usaha yang berkedudukan di Uni Eropa, baik"
        " untuk Kenari-Kata maupun Kenari-Lihat."
    )
    entries = read_foreign(text).values["excluded_licensee_domiciles"]
    assert isinstance(entries, list)
    assert entries[0]["models"] == "all"


@pytest.mark.parametrize(
    "text",
    [
        "Setiap salinan model yang Anda distribusikan harus disertai lisensi ini.",
        "Khi chia sẻ bản sao mô hình, hãy đính kèm bản giấy phép này.",
        "เมื่อแจกจ่ายโมเดล ต้องแนบสัญญาอนุญาตนี้ไปด้วยทุกครั้ง",
    ],
)
def test_copies_carry_this_licence(text: str) -> None:
    assert read_foreign(text).values.get("attribution_required") is True


def test_no_need_to_attach_the_licence_binds_nothing() -> None:
    text = "Anda tidak perlu menyertakan lisensi ini pada salinan untuk penggunaan internal."
    assert read_foreign(text).values.get("attribution_required") is not True


# --- which version prevails ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("अनुवादों में अंतर होने पर हिंदी पाठ ही मान्य होगा।", "hi"),
        ("หากมีข้อความขัดแย้งกัน ให้ยึดตามฉบับภาษาไทย", "th"),
        ("Trường hợp có mâu thuẫn, bản tiếng Việt được ưu tiên áp dụng.", "vi"),
        ("Apabila terdapat perbedaan, versi bahasa Indonesia yang berlaku.", "id"),
        ("Only the Thai text is binding; this English rendering is for convenience.", "th"),
    ],
)
def test_the_prevailing_version_named(text: str, code: str) -> None:
    from auditor.licenses.terms.foreign_precedence import prevailing_language

    assert prevailing_language(text) == code


# --- business and earning words in bans and needs ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("इसका उपयोग कमाई के लिए नहीं किया जा सकता।", "prohibited"),
        ("व्यवसाय में उपयोग के लिए हमारी लिखित अनुमति आवश्यक है।", "restricted"),
        ("Không được dùng mô hình vào hoạt động kinh doanh.", "prohibited"),
        ("Muốn sử dụng cho mục đích kinh doanh, bạn phải xin phép bằng văn bản.", "restricted"),
        ("ห้ามนำโมเดลไปใช้ทำธุรกิจ", "prohibited"),
        ("หากต้องการใช้ในเชิงธุรกิจ ต้องได้รับอนุญาตเป็นลายลักษณ์อักษรจากบริษัทก่อน", "restricted"),
        ("Model dilarang digunakan untuk kegiatan bisnis.", "prohibited"),
        ("Penggunaan untuk tujuan bisnis memerlukan izin tertulis dari kami.", "restricted"),
        ("Model ini boleh digunakan secara bebas untuk tujuan bisnis.", "allowed"),
        ("Model ini tidak boleh digunakan untuk tujuan bisnis.", "prohibited"),
    ],
)
def test_business_words_in_bans_needs_and_grants(text: str, value: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == value


# --- no permission needed for commercial use; a notice before it (id, ms, vi, hi) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Penggunaan komersial tidak memerlukan izin dari kami.",
        "Anda dapat menggunakan model untuk tujuan komersial tanpa perlu meminta izin.",
        "Penggunaan perniagaan tidak memerlukan kebenaran daripada kami.",
        "Bạn không cần xin phép khi dùng mô hình cho hoạt động kinh doanh.",
        "Sử dụng thương mại không cần sự chấp thuận của chúng tôi.",
        "व्यावसायिक उपयोग के लिए किसी अनुमति की आवश्यकता नहीं है।",
    ],
)
def test_no_permission_needed_allows_commercial_use(text: str) -> None:
    values = read_foreign(text).values
    assert values.get("commercial_use") == "allowed"
    assert _CONDITIONS not in values


@pytest.mark.parametrize(
    "text",
    [
        "Penggunaan komersial tanpa izin tertulis dari kami dilarang.",
        "Penggunaan perniagaan memerlukan kebenaran bertulis daripada kami.",
        "Không được sử dụng thương mại nếu không có sự chấp thuận của chúng tôi.",
        "हमारी अनुमति के बिना व्यावसायिक उपयोग नहीं किया जा सकता।",
    ],
)
def test_permission_as_the_condition_stays_needed(text: str) -> None:
    values = read_foreign(text).values
    assert values.get("commercial_use") == "restricted"
    assert values[_CONDITIONS] == ["written-permission"]


def test_an_indonesian_notice_before_commercial_use_is_a_registration() -> None:
    text = (
        "1. Model ini boleh digunakan untuk tujuan apa pun.\n\n"
        "2. Sebelum menggunakan model secara komersial, kirimkan email ke lisensi@contoh.id"
        " berisi nama perusahaan Anda."
    )
    values = read_foreign(text).values
    assert values["commercial_use"] == "allowed"
    assert values[_CONDITIONS] == ["registration"]
