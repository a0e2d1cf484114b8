"""Session 37, helper world2: languages of Asia, the Caucasus and the Americas. Each shape has a
paraphrase that reads the same and a twin differing in one fact that must read differently.
Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _read(passage: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"Licence\n\n{passage}\n")
    return dict(reading.values), [p.text for p in reading.unread]


# --- ja: a registration route whose sentence names the licensor (許諾者) by its role ---------


@pytest.mark.parametrize(
    "passage",
    [
        "商用利用をする方は、利用開始前に許諾者のサイトの登録フォームから氏名と連絡先を登録してください。",
        "商用で使う場合は、事前に許諾者のウェブページで会社名とメールアドレスを登録してください。",
    ],
)
def test_ja_registration_naming_the_licensor_is_a_registration(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]
    assert unread == []


def test_ja_registration_awaiting_the_licensors_consent_is_a_permission() -> None:
    values, _ = _read("商用利用をする方は、事前に許諾者の承諾を得たうえで登録してください。")
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]


# --- ja: a grant "free of charge" (無償で) is still a plain grant ------------------------------


def test_ja_free_grant_is_plain() -> None:
    values, unread = _read(
        "当社は、利用者に対し、本モデルを使用、複製及び改変する権利を無償で許諾します。"
    )
    assert values.get("commercial_use") == "allowed"
    assert unread == []


def test_ja_free_grant_for_non_commercial_ends_is_a_ban() -> None:
    values, _ = _read(
        "当社は、利用者に対し、非営利目的に限り、本モデルを使用する権利を無償で許諾します。"
    )
    assert values.get("commercial_use") == "prohibited"


# --- ja/ko: the licensor may refuse its consent ------------------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "商用で使う方は、当社の書面による承諾を得てください。当社は、理由を示さずに承諾を拒むことができます。",
        "상업적으로 쓰려면 회사의 서면 동의를 받아야 합니다. "
        "회사는 이유 없이 동의를 거절할 수 있습니다.",
    ],
)
def test_refusal_is_read_with_the_permission_it_qualifies(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") == "restricted"
    assert unread == []


def test_refusal_without_any_permission_asked_stays_unread() -> None:
    _, unread = _read("当社は、理由を示さずに承諾を拒むことができます。")
    assert unread


# --- ja: a definition, a pointer, what the agreement is for ------------------------------------


def test_ja_definition_of_commercial_use_by_profit_states_nothing() -> None:
    values, unread = _read("「商用利用」とは、収益を目的とするあらゆる利用をいいます。")
    assert values == {}
    assert unread == []


def test_ja_definition_reaching_a_companys_internal_work_is_not_plain() -> None:
    values, unread = _read(
        "「商用利用」とは、営利を目的とする利用をいい、企業の社内業務での利用を含みます。"
    )
    assert values.get("use_scope") == ["non-commercial-organizations"] or unread


def test_ja_proviso_pointing_to_a_schedule_states_nothing() -> None:
    values, unread = _read("ただし、別紙2に記載の条件に従うものとします。")
    assert values == {}
    assert unread == []


def test_ja_proviso_stating_its_condition_is_read_as_one() -> None:
    values, _ = _read("ただし、商用利用には当社の許可が必要です。")
    assert values.get("commercial_use") == "restricted"


@pytest.mark.parametrize(
    "passage",
    [
        "제1조 (목적) 이 약관은 참새 모델의 사용 조건을 정합니다.",
        "第1条（目的）本規約は、本モデルの利用条件を定めます。",
    ],
)
def test_purpose_of_the_agreement_states_nothing(passage: str) -> None:
    values, unread = _read(passage)
    assert values == {}
    assert unread == []


def test_ko_purpose_clause_with_a_ban_is_not_plain() -> None:
    values, unread = _read("제1조 (목적) 이 약관은 모델의 상업적 사용을 금지합니다.")
    assert values.get("commercial_use") == "prohibited" or unread


# --- ko: a ban ending a list of acts joined by "-거나" ---------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "이용자는 모델을 영리 목적으로 사용하거나, 유료 앱에 넣거나, "
        "다른 사람에게 판매할 수 없습니다.",
        "귀하는 파생 모델을 상업적으로 이용하거나 광고가 붙은 서비스에 탑재하는 것을 금지합니다.",
    ],
)
def test_ko_ban_reaching_each_act_of_a_list(passage: str) -> None:
    values, _ = _read(passage)
    assert values.get("commercial_use") == "prohibited"


def test_ko_list_of_acts_allowed_is_no_ban() -> None:
    values, _ = _read("이용자는 모델을 영리 목적으로 사용하거나 재배포할 수 있습니다.")
    assert values.get("commercial_use") != "prohibited"


# --- tl: "komersyal" spelled without i; internal use not commercial ---------------------------


def test_tl_commercial_use_needing_an_agreement() -> None:
    values, _ = _read(
        "Ang komersyal na paggamit ay nangangailangan ng hiwalay na kontrata sa may-ari."
    )
    assert values.get("commercial_use") == "restricted"


def test_tl_commercial_use_banned() -> None:
    values, _ = _read("Ang komersyal na paggamit ng modelo ay hindi pinapayagan.")
    assert values.get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "passage",
    [
        "Ang paggamit sa loob ng inyong kumpanya ay hindi komersyal na paggamit.",
        "Ang panloob na paggamit ay hindi itinuturing na komersyal na paggamit.",
        "Penggunaan dalaman dalam syarikat anda sendiri bukan penggunaan komersial.",
    ],
)
def test_internal_use_said_not_commercial(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("use_scope") == ["internal-use-by-anyone"]
    assert "commercial_use" not in values
    assert unread == []


def test_tl_internal_use_banned_is_no_definition() -> None:
    values, _ = _read("Ang paggamit sa loob ng inyong kumpanya ay hindi pinapayagan.")
    assert "use_scope" not in values


# --- laws: ka, az, hy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "code"),
    [
        ("ამ ხელშეკრულებას არეგულირებს და ის რეგულირდება საქართველოს კანონმდებლობით.", "GE"),
        ("Bu lisenziya Azərbaycan Respublikasının qanunvericiliyinə uyğun tənzimlənir.", "AZ"),
        ("Այս լիցենզիան կարգավորվում է Հայաստանի Հանրապետության օրենսդրությամբ։", "AM"),
    ],
)
def test_law_chosen(passage: str, code: str) -> None:
    values, unread = _read(passage)
    assert values.get("governing_law") == code
    assert unread == []


def test_az_law_to_obey_is_no_choice() -> None:
    values, _ = _read("İstifadəçi Azərbaycan qanunvericiliyinə riayət etməlidir.")
    assert "governing_law" not in values


# --- no-term: copies carry the licence, no limit, a card changes nothing ----------------------


@pytest.mark.parametrize(
    "passage",
    [
        "მოდელის გადაცემისას თან დაურთეთ ამ ლიცენზიის ასლი.",
        "Modeli paylaşarkən bu lisenziyanın surətini əlavə edin.",
        "Emoĩ ko licencia moñe'ẽrã remboja'o jave.",
        "Ao compartilhar o modelo, mantenha uma cópia desta licença junto.",
        "Heç bir məhdudiyyət yoxdur.",
        "কোনো সারসংক্ষেপ এই লাইসেন্সের শর্ত পরিবর্তন করে না।",
        "თქვენ შეგიძლიათ მოდელი ჩართოთ თქვენს პროგრამაში.",
        "Հ. Ի՞նչ անեմ մոդելը փոխանցելիս։ Պ. Պահպանեք այս լիցենզիայի պատճենը։",
        "Լիցենզիան՝ TERMS.md (պարտադիր է)։",
    ],
)
def test_states_no_term(passage: str) -> None:
    values, unread = _read(passage)
    assert values == {}
    assert unread == []


@pytest.mark.parametrize(
    "passage",
    [
        "Ao compartilhar o modelo, mantenha uma cópia desta licença, somente para uso não"
        " comercial.",
        "Kommersiya istifadəsinə heç bir məhdudiyyət yoxdur.",
        "თქვენ შეგიძლიათ მოდელი ჩართოთ თქვენს პროგრამაში მხოლოდ არაკომერციული მიზნით.",
        "Ani remboja'o ko licencia hendive.",
        "Պ. Կցեք այս լիցենզիայի տեքստը և մի վաճառեք մոդելը առևտրային նպատակով։",
        "Լիցենզիան՝ TERMS.md, միայն ոչ առևտրային օգտագործման համար։",
    ],
)
def test_narrowed_twin_is_not_no_term(passage: str) -> None:
    values, unread = _read(passage)
    assert values or unread


# --- gn: trade included --------------------------------------------------------------------------


def test_gn_grant_including_trade() -> None:
    values, unread = _read("Ikatu reipuru ko modelo oimeraẽ mba'erã, ñemu rehegua avei, hepy'ỹre.")
    assert values.get("commercial_use") == "allowed"
    assert unread == []


@pytest.mark.parametrize(
    "passage",
    [
        "Ikatu reipuru ko modelo mbo'esyrãnte, ñemu rehegua avei ndaikatúi.",
        "Ani reipuru ko modelo ñemu rehegua.",
    ],
)
def test_gn_trade_denied_grants_nothing(passage: str) -> None:
    values, _ = _read(passage)
    assert values.get("commercial_use") != "allowed"


# --- ms: naming duty with "dinamakan" ----------------------------------------------------------


def test_ms_naming_duty() -> None:
    values, _ = _read('Model terbitan mesti dinamakan bermula dengan "Pipit-".')
    assert values.get("naming_requirement") == "Pipit-"


def test_ms_naming_offered_is_no_duty() -> None:
    values, _ = _read('Model terbitan boleh dinamakan bermula dengan "Pipit-" jika anda mahu.')
    assert "naming_requirement" not in values


# --- th: free, subject to the table that follows; ta: teaching only ---------------------------


def test_th_grant_free_subject_to_the_table() -> None:
    values, unread = _read(
        "ข้อ 2 ผู้ใช้สามารถใช้แบบจำลองนี้ในเชิงพาณิชย์ได้โดยไม่มีค่าใช้จ่าย ตามเงื่อนไขในตารางด้านล่าง"
    )
    assert values.get("commercial_use") == "allowed"
    assert unread == []


def test_th_grant_denied_subject_to_the_table_is_no_grant() -> None:
    values, _ = _read("ข้อ 2 ผู้ใช้ไม่สามารถใช้แบบจำลองนี้ในเชิงพาณิชย์ได้ ตามเงื่อนไขในตารางด้านล่าง")
    assert values.get("commercial_use") != "allowed"


def test_ta_teaching_only_is_non_commercial() -> None:
    values, _ = _read("இந்த மாதிரியை கற்றல் நோக்கங்களுக்காக மட்டுமே கல்லூரிகள் பயன்படுத்தலாம்.")
    assert values.get("commercial_use") == "prohibited"


def test_ta_teaching_and_trade_is_not_teaching_only() -> None:
    values, _ = _read("இந்த மாதிரியை கற்பித்தல் மற்றும் வணிக நோக்கங்களுக்காக பயன்படுத்தலாம்.")
    assert values.get("commercial_use") != "prohibited"


# --- es/pt: places of the Americas ---------------------------------------------------------------


def test_es_licence_confined_to_central_america_then_ban_outside() -> None:
    text = (
        "Licencia\n\nLos derechos concedidos quedan limitados a Honduras, El Salvador y Costa Rica."
        "\n\nEstá prohibido prestar servicios con el Modelo fuera de dicho territorio.\n"
    )
    reading = read_foreign(text)
    found = reading.values["excluded_use_territories"]
    assert isinstance(found, list) and len(found) == 1
    entry = found[0]
    assert entry["regions"] == ["CR", "HN", "SV"] and entry["within"] is True
    assert reading.unread == ()


def test_es_united_mexican_states_is_mexico_not_the_us() -> None:
    values, _ = _read("Los derechos otorgados se limitan a los Estados Unidos Mexicanos y Belice.")
    found = values["excluded_use_territories"]
    assert isinstance(found, list) and len(found) == 1
    assert found[0]["regions"] == ["BZ", "MX"]


def test_es_ban_outside_with_no_confinement_before_is_not_read_here() -> None:
    values, _ = _read("Está prohibido prestar servicios con el Modelo fuera de dicho territorio.")
    assert "excluded_use_territories" not in values


# --- a short line that is a sentence, not a title ----------------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "Մոդելը արգելված է բիզնեսում։",  # a heading by its layout, a sentence by its full stop
        "მოდელი აკრძალულია ბიზნესში.",  # three words: too short to weigh, yet a ban
    ],
)
def test_short_sentence_is_said_unread(passage: str) -> None:
    _, unread = _read(passage)
    assert unread == [passage]


@pytest.mark.parametrize("passage", ["Մոդելի լիցենզիա", "მოდელის ლიცენზია."])
def test_short_title_states_nothing(passage: str) -> None:
    values, unread = _read(passage)
    assert values == {}
    assert unread == []
