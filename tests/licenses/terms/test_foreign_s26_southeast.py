"""Session 26 (held-out round G, south-east Asia and Swahili): shapes of Indonesian, Malay,
Vietnamese, Thai, Filipino and Swahili licence clauses, read by the general shape of the clause
in each language. Texts written for this test in our own words; each shape has paraphrases in
several of the six languages and twins (negated, confined or unrelated) that must not read so.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.text.language import language_of

# --- Filipino is told and read ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ang modelong ito ay maaaring gamitin ng sinuman para sa kanilang sariling proyekto.",
        "Hindi mo maaaring ibenta ang modelo nang walang nakasulat na kasunduan.",
        "Ang mga batas ng Pilipinas ang susundin sa lahat ng usapin tungkol dito.",
    ],
)
def test_filipino_is_told(text: str) -> None:
    assert language_of(text) == "tl"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bawal gamitin ang modelo sa anumang negosyo.", "prohibited"),
        ("Ipinagbabawal ang paggamit na pangkomersiyal ng modelong ito.", "prohibited"),
        (
            "Para sa paggamit sa negosyo, kailangan munang kumuha ng nakasulat na pahintulot mula"
            " sa kumpanya.",
            "restricted",
        ),
        (
            "Maaari ninyong gamitin ang modelo, pang-negosyo man o hindi, nang walang bayad.",
            "allowed",
        ),
        ("Libre itong gamitin sa anumang layunin, kasama na ang negosyo.", "allowed"),
    ],
)
def test_filipino_commercial_cues(text: str, value: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == value


def test_filipino_research_only_is_no_grant_of_business() -> None:
    reading = read_foreign("Ang modelo ay para lamang sa pananaliksik at pag-aaral sa paaralan.")
    assert reading.values.get("commercial_use") == "prohibited"
    assert "research" in reading.values.get("use_scope", [])  # type: ignore[operator]


# --- a grant taking business use in, or for any purpose, in the six languages --------------------


@pytest.mark.parametrize(
    "text",
    [
        # id: uses listed with trade among them, then an invitation
        "Mau dipakai untuk berdagang, mengajar di kelas, atau hobi di rumah, silakan saja.",
        "Anda boleh menggunakan model ini untuk keperluan apa pun, termasuk bisnis Anda.",
        # ms: any purpose, intensified, and trade named
        "Sesiapa pun dibenarkan memakai model ini bagi sebarang tujuan, berniaga atau belajar.",
        "Syarikat kami membenarkan anda menggunakan model untuk apa jua maksud.",
        # vi: business taken in by "kể cả" / "bao gồm"
        "Bạn được phép sử dụng và sửa đổi mô hình, bao gồm cả cho hoạt động kinh doanh.",
        "Công ty đồng ý cho bạn dùng mô hình vào bất kỳ mục đích nào.",
        # tl: business taken in, any purpose
        "Puwede mong gamitin ang modelo sa kahit anong layunin.",
        # sw: business taken in, any purpose
        "Unaruhusiwa kutumia modeli hii kwa madhumuni yoyote, ikiwemo biashara.",
    ],
)
def test_grant_taking_business_in_is_allowed(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Anda boleh menggunakan model untuk apa saja kecuali bisnis.",  # an exception
        "Bạn được phép dùng mô hình cho mọi mục đích trừ kinh doanh.",
        "Kwa madhumuni yoyote isipokuwa biashara, unaruhusiwa kutumia modeli.",
        "Puwede mong gamitin ang modelo sa anumang layunin maliban sa negosyo.",
        "Anda hanya boleh memakainya untuk keperluan pribadi, bukan untuk berjualan.",
    ],
)
def test_grant_with_exception_or_only_is_not_allowed(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


# --- the governing law named by a place after a law noun ---------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Perjanjian ini diatur oleh hukum yang berlaku di Negara Kesatuan Republik Indonesia.",
            "ID",
        ),
        ("Hukum: Indonesia.", "ID"),
        ("7. Undang-undang yang terpakai: Singapura", "SG"),
        ("Kontrak ini tertakluk kepada undang-undang Malaysia.", "MY"),
        ("Ang kasunduang ito ay sumasaklaw sa ilalim ng batas ng Pilipinas.", "PH"),
        ("Batas: Pilipinas", "PH"),
        ("Mkataba huu unasimamiwa na sheria za Kikenya.", "KE"),
        ("Masharti haya yanafuata sheria za Kitanzania.", "TZ"),
    ],
)
def test_law_by_place(text: str, code: str) -> None:
    assert read_foreign(text).values.get("governing_law") == code


@pytest.mark.parametrize(
    "text",
    [
        "Anda wajib mematuhi hukum Indonesia saat memakai model ini.",  # a law to obey
        "Sumunod ka sa mga batas ng Pilipinas habang ginagamit ang modelo.",
        "Lazima ufuate sheria za Kenya unapotumia modeli.",  # "ufuate", obey: no choice
    ],
)
def test_law_to_obey_is_no_choice(text: str) -> None:
    assert read_foreign(text).values.get("governing_law") is None


# --- a notice before business use, said not to be an approval (Filipino) ------------------------


def test_filipino_notice_route_is_registration() -> None:
    reading = read_foreign(
        "Bago simulan ang paggamit sa negosyo, magpadala ng abiso sa aming email.\n\n"
        "Ang abiso ay para sa aming talaan lamang.\n\n"
        "Hindi namin ito inaaprubahan o sinusuri, kaya hindi mo kailangang maghintay."
    )
    assert reading.values.get("commercial_use") == "allowed"
    assert reading.values.get("commercial_use_conditions") == ["registration"]
    assert not reading.unread


def test_filipino_notice_with_approval_is_permission() -> None:
    reading = read_foreign(
        "Bago gamitin sa negosyo, magpadala ng abiso at kailangan mong hintayin ang aming"
        " pahintulot."
    )
    assert reading.values.get("commercial_use") == "restricted"
    assert reading.values.get("commercial_use_conditions") != ["registration"]


# --- no fee, no permission to ask: no term ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "PT Contoh Kreasi tidak mengenakan biaya dan Anda tidak perlu meminta izin.",
        "Công ty không thu phí và bạn không cần xin phép.",
        "Syarikat Contoh tidak memungut sebarang bayaran.",
    ],
)
def test_free_and_unasked_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert reading.values.get("commercial_use") is None


def test_free_but_banned_is_read_as_ban() -> None:
    reading = read_foreign("Model ini gratis, tetapi dilarang digunakan untuk tujuan komersial.")
    assert reading.values.get("commercial_use") == "prohibited"


# --- numbers: a scale of scales, Thai and Filipino counts in words ------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hai nghìn tỷ đồng", 2e12),
        ("1 ngàn tỷ", 1e12),
        ("Rp 3 triliun", 3e12),
        ("เกินห้าล้านราย", 5e6),
        ("ไม่เกินสองแสนคน", 2e5),
        ("limampung libong tao", 5e4),
        ("dalawang milyong piso", 2e6),
    ],
)
def test_scale_words(text: str, value: float) -> None:
    assert any(found == value for _, _, found in numbers(text))


def test_vietnamese_cap_of_a_thousand_billion() -> None:
    reading = read_foreign(
        "Doanh nghiệp có doanh thu hằng năm vượt quá hai nghìn tỷ đồng phải ký hợp đồng thương"
        " mại riêng."
    )
    cap = reading.values.get("revenue_threshold")
    assert isinstance(cap, dict)
    assert cap["amount"] == 2_000_000_000_000


def test_thai_monthly_cap_in_words() -> None:
    reading = read_foreign("บริการที่มีผู้ใช้งานรายเดือนเกินห้าล้านรายต้องขอใบอนุญาตแยกจากผู้อนุญาต")
    cap = reading.values.get("user_threshold")
    assert isinstance(cap, dict)
    assert cap["count"] == 5_000_000


# --- use outside a defined territory left outside the licence's scope ---------------------------


def test_thai_outside_defined_territory_out_of_scope() -> None:
    reading = read_foreign(
        '"เขตที่อนุญาต" หมายความว่า ประเทศไทย ลาว และกัมพูชา\n\n'
        "การใช้งานโมเดลนอกเขตที่อนุญาตไม่ครอบคลุมโดยใบอนุญาตนี้"
    )
    clauses = reading.values.get("excluded_use_territories")
    assert isinstance(clauses, list)
    assert clauses[0]["regions"] == ["KH", "LA", "TH"]


def test_indonesian_outside_territory_out_of_scope() -> None:
    reading = read_foreign(
        '"Wilayah Berlisensi" adalah negara-negara ASEAN.\n\n'
        "Pemakaian model di luar Wilayah Berlisensi tidak termasuk dalam ruang lingkup lisensi."
    )
    clauses = reading.values.get("excluded_use_territories")
    assert isinstance(clauses, list)
    assert "SG" in clauses[0]["regions"]


def test_vietnamese_outside_territory_out_of_scope() -> None:
    reading = read_foreign(
        '"Lãnh thổ" là Việt Nam và Lào.\n\n'
        "Việc vận hành mô hình ngoài Lãnh thổ không thuộc phạm vi của giấy phép này."
    )
    clauses = reading.values.get("excluded_use_territories")
    assert isinstance(clauses, list)
    assert clauses[0]["regions"] == ["LA", "VN"]


# --- a licence granting no right for commercial use: a ban --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lisensi ini tidak memberikan hak apa pun untuk penggunaan komersial.",
        "Lesen ini tidak memberi apa-apa kebenaran bagi tujuan perniagaan.",
        "Giấy phép này không cấp bất kỳ quyền nào cho việc sử dụng thương mại.",
        "ใบอนุญาตนี้ไม่ให้สิทธิใดๆ ในการใช้เชิงพาณิชย์",
        "Ang lisensiyang ito ay hindi nagbibigay ng karapatan para sa negosyo.",
        "Leseni hii haitoi haki yoyote ya matumizi ya kibiashara.",
    ],
)
def test_no_right_for_commercial_use_is_a_ban(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


# --- commercial use defined as a company's use: no term beyond the ban --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Penggunaan komersial termasuk pemakaian oleh perusahaan untuk operasi internalnya.",
        "Sử dụng thương mại bao gồm việc công ty dùng mô hình trong nội bộ.",
        "Ang paggamit na pang-negosyo ay kasama ang paggamit ng kumpanya sa loob nito.",
    ],
)
def test_commercial_use_defined_as_company_use_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert "use_scope" not in reading.values


def test_commercial_use_defined_reaching_research_stays_unread() -> None:
    reading = read_foreign(
        "Penggunaan komersial termasuk penelitian yang didanai oleh perusahaan swasta."
    )
    assert reading.unread


# --- a list of permitted purposes and the grant pointing at it ----------------------------------


def test_permitted_purpose_list_is_read() -> None:
    reading = read_foreign(
        "Pasal 1. Anda boleh memakai model ini hanya untuk tujuan yang disebutkan dalam"
        " Pasal 2.\n\n"
        "Pasal 2. Tujuan yang diizinkan adalah:\n"
        "(a) belajar mandiri;\n"
        "(b) pengajaran di sekolah;\n"
        "(c) pekerjaan lembaga amal yang terdaftar.\n\n"
        "Pasal 3. Penggunaan lain apa pun, termasuk penggunaan komersial, dilarang."
    )
    assert reading.values.get("commercial_use") == "prohibited"
    assert not reading.unread


def test_permitted_list_naming_business_is_left_to_the_cues() -> None:
    reading = read_foreign(
        "Madhumuni yanayoruhusiwa ni haya:\n"
        "(a) elimu;\n"
        "(b) matumizi ya kibiashara baada ya kupata idhini ya maandishi.\n"
    )
    assert reading.values.get("commercial_use") == "restricted"


# --- a use policy bound in, and its banned uses, in Filipino -------------------------------------


def test_filipino_policy_bound_in() -> None:
    reading = read_foreign(
        "Kasama sa mga tuntuning ito ang Patakaran sa Paggamit; dapat itong sundin ng lahat."
    )
    assert reading.values.get("acceptable_use_policy_incorporated") is True


def test_filipino_banned_uses_listed() -> None:
    reading = read_foreign(
        "Ipinagbabawal ang paggamit ng modelo para sa mga sumusunod:\n"
        "- paggawa ng sandata o pampasabog;\n"
        "- paniniktik sa mga mamamayan;\n"
        "- panlilinlang sa mga mamimili.\n"
    )
    tags = reading.values.get("use_restrictions")
    assert isinstance(tags, list)
    assert {"weapons", "surveillance", "fraud"} <= set(tags)


# --- a cap on users a day in Filipino -----------------------------------------------------------


def test_filipino_daily_cap() -> None:
    reading = read_foreign(
        "Kung ang serbisyo ay gagamitin ng mahigit 20,000 katao sa isang araw, kumuha muna ng"
        " hiwalay na lisensiya."
    )
    assert reading.values.get("user_threshold") == {"count": 20000, "unit": "dau"}
