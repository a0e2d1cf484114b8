"""Round H3 shapes of Thai, Vietnamese, Indonesian, Malay, Filipino, Swahili, Amharic and Yoruba
licences, in sentences of our own (never the scenarios'): what states no term, and its twins
that carry a term (they must still be read, or reported unread)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_naming import is_credit_line, read_naming
from auditor.licenses.terms.foreign_no_term_southeast import states_no_term_southeast
from auditor.licenses.terms.foreign_zh import Clause

# a document's title: its name, the model's name, the licensor in brackets
TITLES = [
    "สัญญาอนุญาตใช้งาน ช้างน้อย-2B (บริษัท ตัวอย่างไทย จำกัด)",
    "Điều kiện sử dụng mô hình Sơn Ca-9B (Công ty TNHH Sơn Ca)",
    "Sơn Ca-9B – Giấy phép (Công ty Cổ phần Sơn Ca)",
    "LESENI YA MATUMIZI YA TAUSI-2B (Kampuni ya Tausi)",
    "Syarat Penggunaan Model Rajawali-4B (PT Rajawali Contoh)",
    "Perjanjian Lesen Kenyalang-1B (Kenyalang Contoh Sdn. Bhd.)",
    "Mga Tuntunin ng Paggamit ng Agila-2B (Agila AI, Inc.)",
    "የአንበሳ-3B ሞዴል የአጠቃቀም ውል (ምናባዊ አንበሳ ኃ.የተ.የግ.ማ.)",
    "Ìwé Àṣẹ Ìlò Ẹyẹ-2B (Ilé-iṣẹ́ Ẹyẹ Limited)",
]
# twins: a title-like line that bans, confines or conditions
TITLE_TWINS = [
    "ห้ามใช้ ช้างน้อย-2B เพื่อการค้า (บริษัท ตัวอย่างไทย จำกัด)",
    "Sơn Ca-9B chỉ dùng cho mục đích phi thương mại (Công ty TNHH Sơn Ca)",
    "LESENI YA TAUSI-2B: HAIRUHUSIWI KWA BIASHARA",
    "Lisensi Rajawali-4B hanya untuk penelitian",
    "Lisensiya ng Agila-2B para lamang sa hindi pangkomersiyo",
    "የአንበሳ-3B ሞዴል ፈቃድ ለንግድ አይፈቀድም",
]

# a notice the licensor says it will not review, answer or refuse on
NOTICES = [
    "Taarifa hii ni kwa kumbukumbu zetu tu; hatutaijibu wala hatutaikagua.",
    "Barua pepe hiyo ni ya kutujulisha tu, hatutaikataa matumizi yako kwa sababu yake.",
    "Pemberitahuan itu hanya untuk pencatatan; kami tidak akan menanggapi atau menolaknya.",
    "Thông báo này chỉ để ghi nhận: chúng tôi sẽ không xem xét, không trả lời và không từ chối.",
    "Ang abiso ay para lamang sa aming talaan at hindi namin ito sasagutin o tatanggihan.",
]
NOTICE_TWINS = [
    "Tunaweza kukataa matumizi yako ya kibiashara kwa hiari yetu.",
    "Kami dapat menolak pemberitahuan itu dan melarang pemakaian komersial.",
    "Chúng tôi có quyền từ chối việc sử dụng thương mại sau khi nhận thông báo.",
]

# copies carry the licence's text or its notice
COPIES = [
    "Bản sao phân phối phải kèm theo văn bản giấy phép này.",
    "Khi chia sẻ lại mô hình, xin giữ nguyên thông báo bản quyền.",
    "Setiap salinan yang disebarluaskan wajib disertai teks lisensi ini.",
    "เมื่อแจกจ่ายต่อ ให้แนบข้อตกลงนี้ไปด้วย",
    "Isama ang lisensiyang ito sa bawat kopyang ipapamahagi.",
    "Unaposambaza nakala, ambatisha leseni hii.",
    "Tí o bá pín in kiri, fi àkíyèsí ẹ̀tọ́-àdàkọ kún un.",
]
COPIES_TWINS = [
    "Khi phân phối lại, không được dùng cho mục đích thương mại.",
    "Setiap salinan yang disebarluaskan hanya boleh dipakai untuk penelitian.",
    "Unaposambaza nakala, usiitumie kwa biashara.",
]

# the licensor's discretion over a request for its consent (the need itself is elsewhere)
REFUSALS = [
    "Pemberi lisensi dapat menolak permohonan izin tanpa menyebutkan alasannya.",
    "Bên cấp phép có thể từ chối đề nghị chấp thuận mà không cần nêu lý do.",
    "Maaaring tanggihan ng kompanya ang kahilingan nang walang paliwanag.",
    "Kampuni inaweza kukataa ombi la idhini bila kutoa sababu.",
]
REFUSAL_TWINS = [
    "Pemberi lisensi dapat menolak penggunaan komersial tanpa alasan.",
    "Kampuni inaweza kukataa matumizi ya kibiashara bila kutoa sababu.",
]


@pytest.mark.parametrize("text", TITLES + NOTICES + COPIES + REFUSALS)
def test_states_no_term(text: str) -> None:
    assert states_no_term_southeast(text)


@pytest.mark.parametrize("text", TITLE_TWINS + NOTICE_TWINS + COPIES_TWINS + REFUSAL_TWINS)
def test_twin_states_a_term(text: str) -> None:
    assert not states_no_term_southeast(text)


# a cap on users whose month comes after the count ("users ... over N ... in a month")
CAPS_MONTH_AFTER = [
    (
        "Bidhaa yoyote ikifikisha watumiaji hai zaidi ya milioni mbili kwa mwezi, utahitaji "
        "leseni nyingine kutoka kwetu.",
        2_000_000,
    ),
    (
        "Ikiwa watumiaji hai wa huduma yako watazidi 500,000 katika mwezi wowote, omba leseni "
        "ya kibiashara.",
        500_000,
    ),
    (
        "Apabila pengguna aktif layanan Anda melebihi 2.000.000 dalam satu bulan, Anda wajib "
        "memperoleh lisensi terpisah.",
        2_000_000,
    ),
    (
        "Nếu số người dùng hoạt động vượt quá 1.000.000 trong một tháng, bạn phải xin giấy phép "
        "riêng.",
        1_000_000,
    ),
]
# twins: users counted with no month, or a month with no users, are no monthly cap
CAPS_TWINS = [
    "Watumiaji hai wote wanapaswa kukubali masharti haya; leseni hii inadumu miezi 12.",
    "Pengguna aktif wajib menyetujui ketentuan ini dalam waktu satu bulan.",
]


@pytest.mark.parametrize(("text", "cap"), CAPS_MONTH_AFTER)
def test_cap_with_month_after_count(text: str, cap: int) -> None:
    reading = read_foreign(text)
    assert reading.values.get("mau_threshold") == cap


@pytest.mark.parametrize("text", CAPS_TWINS)
def test_no_monthly_cap(text: str) -> None:
    assert "mau_threshold" not in read_foreign(text).values


# a ban of gambling alone: a use no rule tracks (as the English rules leave it aside)
GAMBLING_ALONE = [
    "ห้ามนำแบบจำลองไปใช้กับเว็บพนันออนไลน์ หรือการออกสลากกินแบ่ง",
    "Không được dùng mô hình cho hoạt động cờ bạc hoặc cá cược.",
    "Dilarang memakai model ini untuk perjudian atau taruhan dalam bentuk apa pun.",
    "Model ini tidak boleh digunakan untuk perjudian.",
    "Bawal gamitin ang modelo sa sugal o pustahan.",
    "Usitumie modeli kwa kamari au michezo ya kubahatisha.",
]
GAMBLING_TWINS = [
    "ห้ามใช้ในการพนัน หรือการผลิตอาวุธ",
    "ห้ามใช้ในการผลิตอาวุธหรือการพนัน",
    "Dilarang memakai model ini untuk perjudian dan untuk tujuan komersial.",
    "Không được dùng mô hình cho cờ bạc, trừ khi có sự chấp thuận của chúng tôi.",
    "Usitumie modeli kwa kamari wala kwa biashara.",
]


@pytest.mark.parametrize("text", GAMBLING_ALONE)
def test_gambling_ban_alone_states_no_term(text: str) -> None:
    assert states_no_term_southeast(text)


@pytest.mark.parametrize("text", GAMBLING_TWINS)
def test_gambling_beside_another_term(text: str) -> None:
    assert not states_no_term_southeast(text)


def _within(text: str) -> list[str]:
    clauses = read_foreign(text).values.get("excluded_use_territories")
    if not isinstance(clauses, list):
        return []
    return sorted({r for c in clauses if c.get("within") for r in c["regions"]})


# use confined to one country, in Filipino: "only within", "not outside"
CONFINED_TL = [
    "Magagamit lamang ang modelo sa loob ng Pilipinas.",
    "Bawal patakbuhin ang modelo sa labas ng Pilipinas.",
    "Ang karapatang ito ay para sa mga user na nasa Pilipinas lamang.",
    "Hindi sakop ng lisensiyang ito ang paggamit sa labas ng Pilipinas.",
]
CONFINED_TL_TWINS = [
    "Ang Halimbawa AI, Inc. ay nakarehistro sa Pilipinas.",
    "Maaari mong gamitin ang modelo sa labas ng Pilipinas.",
]


@pytest.mark.parametrize("text", CONFINED_TL)
def test_confined_to_the_philippines(text: str) -> None:
    assert _within(text) == ["PH"]


@pytest.mark.parametrize("text", CONFINED_TL_TWINS)
def test_place_named_without_confinement(text: str) -> None:
    assert _within(text) == []


# either kind of use granted, "pangkomersiyo" spelt with -yo
BOTH_TL = [
    "Puwede mong gamitin ang modelo nang libre, pangkomersiyo man o hindi.",
    "Malaya kang kopyahin ang modelo, komersiyo man o hindi ang layunin.",
]


@pytest.mark.parametrize("text", BOTH_TL)
def test_filipino_grant_of_either_kind(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


def test_filipino_non_commercial_only_stays_a_ban() -> None:
    text = "Maaari mo lamang gamitin ang modelo para sa hindi pangkomersiyong layunin."
    assert read_foreign(text).values.get("commercial_use") != "allowed"


# commercial use only after the licensor's consent, a long insertion between
CONSENT_AFTER = [
    "Penggunaan komersial, baik oleh perorangan maupun badan usaha, termasuk untuk keperluan "
    "intern kantor dan layanan kepada pelanggan, baru dapat dilakukan setelah mendapat izin "
    "tertulis dari kami.",
    "Pemakaian untuk tujuan komersial, termasuk pemakaian oleh instansi dan unit usaha di "
    "lingkungan grup perusahaan Anda, hanya diperbolehkan dengan persetujuan PT Contoh.",
]
CONSENT_TWINS = [  # consent for something else; commercial use granted
    "Penggunaan komersial diperbolehkan; hanya publikasi hasil uji yang memerlukan izin.",
    "Penggunaan komersial diizinkan, hanya dengan menyertakan salinan lisensi ini.",
]


@pytest.mark.parametrize("text", CONSENT_AFTER)
def test_commercial_use_after_consent(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "restricted"


@pytest.mark.parametrize("text", CONSENT_TWINS)
def test_consent_for_another_act(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "restricted"


# a plain grant to use, copy or change, maybe subject to another article
PLAIN_GRANTS = [
    "Anda dapat menggunakan dan menyalin model ini secara cuma-cuma, tunduk pada Pasal 5.",
    "Bạn có thể sử dụng, sao chép và sửa đổi mô hình miễn phí, theo quy định tại Điều 4.",
    "ผู้ใช้สามารถใช้ ทำซ้ำ และดัดแปลงแบบจำลองได้โดยไม่เสียค่าใช้จ่าย ภายใต้ข้อ 3",
    "Puwede mong gamitin at kopyahin ang modelo nang libre, alinsunod sa Ikatlong Bahagi.",
    "Unaweza kutumia, kunakili na kurekebisha modeli bila malipo, kwa kuzingatia Kifungu 4.",
]
PLAIN_GRANT_TWINS = [
    "Anda dapat menggunakan dan menyalin model ini hanya untuk tujuan penelitian.",
    "Bạn có thể sử dụng và sao chép mô hình cho mục đích phi thương mại.",
    "Unaweza kutumia na kunakili modeli kwa utafiti pekee.",
    "Puwede mong gamitin at kopyahin ang modelo kung may pahintulot kami.",
]


@pytest.mark.parametrize("text", PLAIN_GRANTS)
def test_plain_grant_states_no_term(text: str) -> None:
    assert states_no_term_southeast(text)


@pytest.mark.parametrize("text", PLAIN_GRANT_TWINS)
def test_narrowed_grant_states_a_term(text: str) -> None:
    assert not states_no_term_southeast(text)


# a derived model's name to begin with a word, in Malay, Thai, Filipino and Swahili
NAMING = [
    ('Setiap model terbitan mesti dinamakan dengan nama yang dimulakan dengan "Helang".', "Helang"),
    ('ชื่อของแบบจำลองที่ดัดแปลงต้องขึ้นต้นด้วย "ช้าง"', "ช้าง"),
    ('Ang pangalan ng anumang hinangong modelo ay dapat magsimula sa "Agila".', "Agila"),
    ('Jina la modeli yoyote inayotokana nayo lazima lianze na "Tausi".', "Tausi"),
]
NAMING_TWINS = [  # a name described, no duty
    'Model ini dinamakan "Helang" sempena burung itu.',
    'Ang pangalan ng modelo ay "Agila".',
]
# a quoted credit line to show
CREDIT = [
    'Perkhidmatan anda hendaklah memaparkan kenyataan "Menggunakan Helang-2B" dalam dokumentasi.',
    'ผลิตภัณฑ์ต้องแสดงข้อความ "ขับเคลื่อนโดย ช้าง-2B" ในหน้าเกี่ยวกับ',
    'Kailangang ipakita ng serbisyo ang pahayag na "Pinapagana ng Agila-2B".',
    'Huduma yako lazima ionyeshe maneno "Inaendeshwa na Tausi-2B" kwenye ukurasa wake.',
]
CREDIT_TWINS = [
    'Anda dapat menampilkan tulisan "Dibangun dengan Helang-2B" jika mau.',
]


@pytest.mark.parametrize(("text", "name"), NAMING)
def test_naming_duty(text: str, name: str) -> None:
    assert read_naming(text) == [Clause("naming_requirement", name)]


@pytest.mark.parametrize("text", NAMING_TWINS)
def test_name_described(text: str) -> None:
    assert read_naming(text) == []


@pytest.mark.parametrize("text", CREDIT)
def test_credit_line(text: str) -> None:
    assert is_credit_line(text)


@pytest.mark.parametrize("text", CREDIT_TWINS)
def test_credit_line_offered(text: str) -> None:
    assert not is_credit_line(text)


# a cap defined by an unquoted term, applied by that term in another sentence
BARE_TERM_CAPS = [
    "1. Pengguna Skala Besar adalah badan yang omzet tahunannya melebihi Rp500.000.000.000.\n\n"
    "2. Pengguna Skala Besar harus membeli lisensi komersial terlebih dahulu.",
    "1. Bên nhận phép lớn là tổ chức có doanh thu hằng năm trên 500 tỷ đồng.\n\n"
    "2. Bên nhận phép lớn phải ký hợp đồng cấp phép thương mại riêng trước khi sử dụng.",
]


@pytest.mark.parametrize("text", BARE_TERM_CAPS)
def test_cap_applied_by_unquoted_term(text: str) -> None:
    values = read_foreign(text).values
    assert "revenue_threshold" in values
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]


def test_unquoted_term_without_cap_is_no_cap() -> None:
    text = (
        "1. Pengguna Skala Besar adalah badan yang mempekerjakan banyak karyawan.\n\n"
        "2. Pengguna Skala Besar harus membeli lisensi komersial terlebih dahulu."
    )
    conditions = read_foreign(text).values.get("commercial_use_conditions")
    assert not isinstance(conditions, list) or "separate-license-above-threshold" not in conditions


# a table's unit of money stated once above its rows
ANNEX_UNITS = [
    (
        "PHỤ LỤC\n\nĐơn vị tính: tỷ đồng\n\n| Chỉ tiêu | Giá trị |\n|---|---|\n"
        "| Doanh thu năm gần nhất của Bên nhận phép | 500 |\n",
        500_000_000_000,
        "VND",
    ),
    (
        "LAMPIRAN\n\nSatuan: miliar rupiah\n\n| Uraian | Batas |\n|---|---|\n"
        "| Pendapatan tahunan Penerima Lisensi | 150 |\n",
        150_000_000_000,
        "IDR",
    ),
    (
        "ภาคผนวก\n\nหน่วย: ล้านบาท\n\n| รายการ | จำนวน |\n|---|---|\n| รายได้ต่อปีของผู้รับอนุญาต | 400 |\n",
        400_000_000,
        "THB",
    ),
]


@pytest.mark.parametrize(("text", "amount", "currency"), ANNEX_UNITS)
def test_annex_row_read_with_its_unit(text: str, amount: int, currency: str) -> None:
    cap = read_foreign(text).values.get("revenue_threshold")
    assert isinstance(cap, dict)
    assert (cap["amount"], cap["currency"]) == (amount, currency)


def test_annex_unit_not_given_to_a_count_of_users() -> None:
    text = (
        "PHỤ LỤC\n\nĐơn vị tính: triệu đồng\n\n| Chỉ tiêu | Mức |\n|---|---|\n"
        "| Số người dùng hoạt động hằng tháng | 1.000.000 |\n"
    )
    reading = read_foreign(text)
    assert reading.values.get("mau_threshold") in (None, 1_000_000)
    assert "revenue_threshold" not in reading.values


# Amharic and Yoruba: a grant of either kind, non-commercial only, a ban, the law
AM_YO = [
    ("ሞዴሉን ለንግድ ላልሆነ ዓላማ ብቻ መጠቀም ይችላሉ።", "commercial_use", "prohibited"),
    ("ይህን ሞዴል ለንግድ መጠቀም የተከለከለ ነው።", "commercial_use", "prohibited"),
    ("ሞዴሉን ለንግድ ዓላማዎችም ጭምር መጠቀም ይችላሉ።", "commercial_use", "allowed"),
    ("ይህ ስምምነት በኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ ሕጎች ይተዳደራል።", "governing_law", "ET"),
    ("Ẹ lè lo àwòṣe yìí fún òwò tàbí fún èyí tí kì í ṣe òwò.", "commercial_use", "allowed"),
    ("O le lo awose yii fun ise owo tabi eyi ti ki i se ise owo.", "commercial_use", "allowed"),
    ("Ẹ lè lo àwòṣe yìí fún iṣẹ́ tí kì í ṣe òwò nìkan.", "commercial_use", "prohibited"),
    ("Òfin Nàìjíríà ló ń darí àdéhùn yìí.", "governing_law", "NG"),
]


@pytest.mark.parametrize(("text", "key", "value"), AM_YO)
def test_amharic_and_yoruba(text: str, key: str, value: str) -> None:
    assert read_foreign(text).values.get(key) == value


def test_yoruba_money_is_no_trade() -> None:
    assert "commercial_use" not in read_foreign("Owó kankan kò sí fún lílo àwòṣe yìí rárá.").values
