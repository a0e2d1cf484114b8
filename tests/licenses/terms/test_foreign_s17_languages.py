"""Session 17: license terms in Polish, Turkish and Vietnamese are read (grants for any purpose
including commercial ones, non-commercial and research-only grants, bans, consent needed, user
caps with affiliates, credit duties, governing law), and Korean and Arabic grants "including
commercial purposes" and their governing-law clauses. Expectations are from what each clause
says, in our own words."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.language import language_of
from auditor.licenses.text.title_shapes import find_title
from auditor.sources.base import is_license_like


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


@pytest.mark.parametrize(
    "text",
    [
        # Polish: for any purpose, commercial included; also for commercial ends
        "Licencjodawca zezwala na korzystanie z modelu w dowolnym celu, w tym komercyjnym.",
        "Udzielamy licencji na używanie i modyfikowanie modelu, także w celach komercyjnych.",
        "Model można wykorzystywać również do użytku komercyjnego bez opłat licencyjnych.",
        # Turkish
        "Şirket, modeli ticari amaçlar dahil her amaçla kullanma hakkını size tanır.",
        "Model ticari olarak da kullanılabilir ve değiştirilerek dağıtılabilir.",
        "Bu lisans, modeli herhangi bir amaçla kullanma ve çoğaltma hakkı verir.",
        # Vietnamese
        "Bạn được sử dụng mô hình cho mọi mục đích, bao gồm cả mục đích thương mại.",
        "Công ty cho phép sao chép và phân phối mô hình, kể cả sử dụng thương mại.",
        # Korean
        "회사는 이용자에게 상업적 목적을 포함한 모든 목적으로 모델을 사용할 권리를 허락합니다.",
        "이용자는 본 모델을 영리 목적으로도 이용할 수 있습니다.",
        # Arabic
        "تمنحك الشركة إذناً مجانياً باستخدام النموذج وتوزيعه لأي غرض، بما في ذلك الأغراض التجارية.",
        "يحق لك استخدام النموذج لجميع الأغراض بما فيها الاستخدام التجاري.",
    ],
)
def test_a_grant_including_commercial_use_is_read_as_allowed(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Licencja obejmuje wyłącznie użytek niekomercyjny.", "non-commercial"),
        ("Model może być używany wyłącznie do celów badawczych i naukowych.", "research-only"),
        ("Zabronione jest wykorzystywanie modelu w celach komercyjnych.", "non-commercial"),
        ("Model yalnızca ticari olmayan amaçlarla kullanılabilir.", "non-commercial"),
        ("Model veya türevleri ticari amaçla kullanılamaz.", "non-commercial"),
        ("Model yalnızca akademik araştırma için kullanılabilir.", "research-only"),
        ("Bạn chỉ được sử dụng mô hình cho mục đích phi thương mại.", "non-commercial"),
        ("Nghiêm cấm sử dụng mô hình vào mục đích thương mại.", "non-commercial"),
        ("Mô hình chỉ được dùng cho nghiên cứu khoa học.", "research-only"),
    ],
)
def test_a_non_commercial_or_research_grant_bans_commercial_use(text: str, kind: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Komercyjne wykorzystanie modelu wymaga uzyskania pisemnej zgody licencjodawcy.",
        "Bez uprzedniej pisemnej zgody nie wolno używać modelu w celach komercyjnych.",
        "Ticari kullanım için şirketin yazılı izninin alınması gerekir.",
        "Yazılı izin alınmadan model ticari amaçla kullanılamaz.",
        "Việc sử dụng thương mại cần có sự đồng ý bằng văn bản của công ty.",
        "Không được sử dụng mô hình cho mục đích thương mại nếu không có sự đồng ý của công ty.",
    ],
)
def test_commercial_use_needing_consent_is_restricted(text: str) -> None:
    assert _values(text)["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "count", "group"),
    [
        (
            "Jeżeli łączna liczba miesięcznie aktywnych użytkowników licencjobiorcy oraz jego "
            "podmiotów powiązanych przekracza 5 000 000, licencjobiorca musi uzyskać odrębną "
            "licencję.",
            5_000_000,
            True,
        ),
        (
            "Jeśli usługa ma więcej niż 700 000 miesięcznie aktywnych użytkowników, wymagana "
            "jest odrębna licencja.",
            700_000,
            False,
        ),
        (
            "Lisans sahibi ve bağlı şirketlerinin aylık aktif kullanıcı sayısı 1.000.000'u "
            "aşarsa ayrı bir lisans alınmalıdır.",
            1_000_000,
            True,
        ),
        (
            "Nếu số người dùng hoạt động hằng tháng vượt quá 2.000.000, bạn phải xin giấy phép "
            "riêng.",
            2_000_000,
            False,
        ),
        (
            "이용자 및 그 계열사의 월간 활성 사용자 수가 100만 명을 초과하는 경우 별도의 "
            "라이선스를 받아야 합니다.",
            1_000_000,
            True,
        ),
    ],
)
def test_a_user_cap_and_whom_it_counts(text: str, count: int, group: bool) -> None:
    values = _values(text)
    cap = values["user_threshold"]
    assert isinstance(cap, dict)
    assert cap["count"] == count
    assert (cap.get("counts") == "licensee-and-affiliates") is group
    assert values["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Licencja podlega prawu polskiemu.", "PL"),
        ("Do niniejszej umowy stosuje się prawo Rzeczypospolitej Polskiej.", "PL"),
        ("Bu lisans Türkiye Cumhuriyeti hukukuna tabidir.", "TR"),
        ("İşbu sözleşme Türk hukukuna göre yorumlanır.", "TR"),
        ("Giấy phép này được điều chỉnh bởi pháp luật Việt Nam.", "VN"),
        ("이 라이선스는 대한민국 법률에 따릅니다.", "KR"),
        ("이 계약은 대한민국 법에 의하여 규율됩니다.", "KR"),
        ("يخضع هذا الترخيص لقوانين إمارة دبي والقوانين الاتحادية لدولة الإمارات.", "AE"),
        ("تخضع هذه الاتفاقية لقوانين جمهورية مصر العربية.", "EG"),
    ],
)
def test_the_governing_law_is_read(text: str, law: str) -> None:
    assert _values(text)["governing_law"] == law


@pytest.mark.parametrize(
    "text",
    [
        '서비스 화면에 "Built on Kkachi-LM"을 표시하여야 합니다.',
        "Przy rozpowszechnianiu kopii należy zachować informację o prawach autorskich.",
        'Kullanıcı arayüzünde "X ile geliştirilmiştir" ibaresini belirtmelisiniz.',
        "Dağıtılan her kopyada telif hakkı bildirimi korunmalıdır.",
        "Khi phân phối lại, bạn phải giữ nguyên thông báo bản quyền.",
        "يجب الإبقاء على إشعار حقوق النشر في كل نسخة موزعة من النموذج.",
    ],
)
def test_a_credit_or_notice_duty_is_attribution(text: str) -> None:
    assert _values(text)["attribution_required"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Model nie może być używany do celów komercyjnych.",  # no credit word
        "Bạn phải tuân thủ các điều khoản sử dụng.",  # a duty, but no credit
        "Modeli kötü amaçla kullanmamalısınız.",  # a duty, but no credit
    ],
)
def test_other_duties_are_no_attribution(text: str) -> None:
    assert "attribution_required" not in read_foreign(text).values


@pytest.mark.parametrize(
    "text",
    [
        'Model jest udostępniany „tak jak jest", bez jakichkolwiek gwarancji.',
        "Model olduğu gibi sunulur ve hiçbir garanti verilmez.",
        "Mô hình được cung cấp theo nguyên trạng, không có bất kỳ bảo đảm nào.",
    ],
)
def test_a_warranty_disclaimer_states_no_term_and_is_not_unread(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and "commercial_use" not in reading.values


def test_dutch_once_said_unread_is_now_read() -> None:
    # session 18 gave Dutch its cues (`foreign_cues_nl_id`); "und" languages stay unread below
    reading = read_foreign("Dit model mag alleen voor niet-commerciële doeleinden worden gebruikt.")
    assert not reading.unread
    assert reading.values["commercial_use"] == "prohibited"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("LICENCJA MODELU GIL-8B", True),
        ("# Serçe-3B Model Lisansı", True),
        ("GIẤY PHÉP MÔ HÌNH VÀNG ANH-3B", True),
        ("# ترخيص نموذج الحبارى-3B", True),
        ("Licenza d'uso del modello Civetta-13B", True),
        ("Licencja podlega prawu polskiemu, a spory rozstrzyga sąd w Warszawie.", False),
    ],
)
def test_a_heading_naming_its_license_in_another_language_is_a_title(
    line: str, title: bool
) -> None:
    assert (find_title(line + "\n\nText.\n") is not None) is title


@pytest.mark.parametrize(
    "name", ["LICENCJA.txt", "LISANS.md", "giay-phep.md", "ترخيص.md", "LICENTIE", "lisensi.txt"]
)
def test_license_files_named_in_these_languages_are_license_documents(name: str) -> None:
    assert is_license_like(name)


@pytest.mark.parametrize(
    "sentence",
    [
        # Icelandic (Latvian, Danish and Norwegian, once the examples here, are read since
        # session 20; Icelandic is told since session 40, and these bans are still unread)
        "Notkun líkansins í viðskiptaskyni er bönnuð án skriflegs leyfis.",
        "Líkanið má aðeins nota í rannsóknarskyni við háskóla og ekki í viðskiptum.",
    ],
)
def test_prose_in_a_language_no_profile_knows_is_said_unread(sentence: str) -> None:
    reading = read_foreign("Permission is granted under the MIT License.\n\n" + sentence + "\n")
    assert [p.language for p in reading.unread] == ["is"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Developed by the team at Zürich with help from Université de Montréal.",
        "The café menu generator model is a naïve baseline for recipes.",
    ],
)
def test_english_with_accented_names_or_loanwords_stays_english(sentence: str) -> None:
    assert language_of(sentence) == "en"


def test_vietnamese_with_the_letters_french_shares_is_vietnamese() -> None:
    assert language_of("Khi phân phối lại, bạn phải giữ nguyên thông báo bản quyền.") == "vi"


@pytest.mark.parametrize(
    "text",
    [
        "Licencjodawca zezwala na korzystanie z modelu w dowolnym celu badawczym.",
        "Bạn được sử dụng mô hình cho mọi mục đích nghiên cứu khoa học.",
        "تمنحك الشركة إذناً باستخدام النموذج لأي غرض بحثي.",
    ],
)
def test_any_purpose_of_one_kind_is_no_commercial_grant(text: str) -> None:
    # "for any research purpose" grants no commercial use: never read as allowed
    assert read_foreign(text).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommerciel brug af modellen er forbudt uden skriftlig tilladelse fra Tranen ApS.",
        "Kommersiell bruk av modellen er forbudt uten skriftlig tillatelse.",  # Norwegian
    ],
)
def test_ascii_prose_in_a_language_no_profile_reads_is_said_unread(sentence: str) -> None:
    # written without its own letters, it is still no English: never passed over in silence
    # (Danish and Norwegian, said unread until session 20, are now read)
    reading = read_foreign("Permission is granted under the MIT License.\n\n" + sentence + "\n")
    assert not reading.unread and reading.values["commercial_use"] != "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "text generation, summarization, translation, question answering, code completion",
        "We thank the team at Universitetet i Oslo and Lunds universitet for their help.",
    ],
)
def test_english_lists_and_foreign_names_are_not_unread(sentence: str) -> None:
    reading = read_foreign("Permission is granted under the MIT License.\n\n" + sentence + "\n")
    assert not reading.unread
