"""Session 38, helper world2: Wolof, Samoan, Malagasy, Aymara, Maori and Igbo grants, copies and
laws; Telugu, Kannada and Vietnamese bans on the weights or the model as a service; Georgian
domiciles, Amharic territory and Kazakh research by anyone. Each shape has a paraphrase that reads
the same and a twin differing in one fact that must read differently. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_clauses_s38w2 import read_clauses_s38w2
from auditor.licenses.terms.foreign_grants_s38w2 import grants_commercial_s38w2
from auditor.licenses.terms.foreign_no_term_s38w2 import states_no_term_s38w2


def _read(passage: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"Licence\n\n{passage}\n")
    return dict(reading.values), [p.text for p in reading.unread]


def _scope(text: str) -> list[object]:
    found: list[object] = []
    for clause in read_clauses_s38w2(text):
        if clause.key == "use_scope" and isinstance(clause.value, (list, tuple)):
            found.extend(clause.value)
    return found


# --- grants naming trade as included, free of charge --------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        # wo
        "Mën nga jëfandikoo ak soppi bii modèle ci lépp lu yoon maye, ba ci liggéey yu njaay,"
        " te doo fay dara.",
        # sm
        "E mafai ona e fa'aaogā ma kopi lenei polokalame mo so'o se fa'amoemoega, e aofia ai"
        " pisinisi, e aunoa ma se totogi.",
        # mg
        "Azonao ampiasaina sy zaraina maimaim-poana ity rindrankajy ity amin'ny tanjona"
        " ara-dalàna, anisan'izany ny varotra.",
        # ay
        "Aka modelo inas apnaqasma, taqi lurawinakataki, alakipañ lurawinakataki uka kikipa,"
        " jan qullqi payllasa.",
        # mi
        "Ka taea e koe te whakamahi i tēnei tauira, tae atu ki ngā mahi arumoni, kāore he utu.",
    ],
)
def test_grant_naming_trade_as_included_is_a_grant(passage: str) -> None:
    assert grants_commercial_s38w2(passage)
    values, unread = _read(passage)
    assert values.get("commercial_use") == "allowed"
    assert unread == []


@pytest.mark.parametrize(
    "passage",
    [
        # wo: "you may not use it for selling work"
        "Mënuloo jëfandikoo bii modèle ba ci liggéey yu njaay.",
        # sm: "you may not use it, including business"
        "E le mafai ona e fa'aaogā lenei polokalame, e aofia ai pisinisi.",
        # mg: "you may not use it, including trade"
        "Tsy azonao ampiasaina ity rindrankajy ity, anisan'izany ny varotra.",
        # ay: "you may not use it, commercial work included"
        "Aka modelo janiw apnaqasmati, alakipañ lurawinakataki uka kikipa.",
        # mi: "you may use it, trade included, only with the licensor's consent"
        "Ka taea e koe te whakamahi, tae atu ki ngā mahi arumoni, me whai whakaaetanga anake.",
        # mg: only if you ask first (a condition)
        "Azonao ampiasaina ity rindrankajy ity, anisan'izany ny varotra, raha mangataka alohan'ny.",
    ],
)
def test_grant_denied_or_conditioned_is_no_grant(passage: str) -> None:
    assert not grants_commercial_s38w2(passage)
    values, _ = _read(passage)
    assert values.get("commercial_use") != "allowed"


# --- the governing law and a credit shown -------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "code"),
    [
        ("Iwu Naịjirịa na-achị nkwekọrịta a.", "NG"),
        ("Yoonu Réewum Senegaal mooy dogal ci mbir yii.", "SN"),
        ("Ny lalàna malagasy no mifehy ity fifanarahana ity.", "MG"),
        ("Ko ngā ture o Aotearoa e whakahaere ana i ēnei tikanga.", "NZ"),
        ("O tulafono a Sāmoa e pulea ai lenei maliega.", "WS"),
        ("Aka laysinsyaxa Bolivia markan kamachinakapampi apnaqatäni.", "BO"),
        ("ఈ ఒప్పందం భారత చట్టాలకు లోబడి ఉంటుంది.", "IN"),
    ],
)
def test_law_chosen_is_read(passage: str, code: str) -> None:
    values, unread = _read(passage)
    assert values.get("governing_law") == code
    assert unread == []


@pytest.mark.parametrize(
    "passage",
    [
        # mg: "Malagasy law does not govern ..." (negated)
        "Ny lalàna malagasy dia tsy mifehy ity fifanarahana ity.",
        # mi: "only the laws of Aotearoa", and no use elsewhere
        "Ko ngā ture o Aotearoa anake e whakahaere ana, kaua e whakamahia ki tāwāhi.",
    ],
)
def test_law_with_more_in_it_is_no_plain_choice(passage: str) -> None:
    values, _ = _read(passage)
    assert "governing_law" not in values


def test_mg_credit_shown_is_attribution() -> None:
    values, unread = _read(
        "Ao amin'ny vokatra rehetra dia asehoy mazava amin'ny mpampiasa ny teny hoe"
        " «Miorina amin'ny X»."
    )
    assert values.get("attribution_required") is True
    assert unread == []


def test_mg_credit_with_a_fee_is_no_plain_credit() -> None:
    values, _ = _read(
        "Ao amin'ny vokatra dia asehoy amin'ny mpampiasa ny teny hoe «X» ary aloa ny vola."
    )
    assert "attribution_required" not in values


# --- copies carry the licence; the authoritative version; a title ---------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "Tinye mbipụta nke ikike a mgbe ị na-enye ndị ọzọ ya.",
        "Boole kopi laysàns bii ak bépp séddale.",
        "Tāpiria he kape o tēnei raihana ki ngā tohatoha katoa.",
        "Churkasaxa, laysinsya qillqata mayachasa churäta.",
        "Ki te rerekē, ko te putanga Māori te mana.",
        "ნიკორა-3B ლიცენზია ლიცენზიარი: შპს ნიკორა, ქუთაისი",
        "ఎర్రమీను-2B మోడల్ లైసెన్స్ లైసెన్సుదారు: విశాఖ ఏఐ లిమిటెడ్, విశాఖపట్నం",
        "ಮಾದರಿ ಪರವಾನಗಿ ಪರವಾನಗಿದಾರರು: ಉಡುಪಿ ಎಐ ಲಿಮಿಟೆಡ್, ಉಡುಪಿ",
        "ეს პუნქტი არ ეხება საბოლოო მომხმარებლებს.",
    ],
)
def test_states_no_term(passage: str) -> None:
    assert states_no_term_s38w2(passage)


@pytest.mark.parametrize(
    "passage",
    [
        # ig: the copy kept only for non-trade use ("naanị")
        "Tinye mbipụta nke ikike a naanị maka ihe na-abụghị azụmahịa.",
        # wo: not for selling
        "Boole kopi laysàns bii, te bul ko jaay ci njaay.",
        # mi: a copy, but no trade use
        "Tāpiria he kape o tēnei raihana; kaua e whakamahia mō te arumoni.",
        # ka: a licensor line that also bans ("არ")
        "ლიცენზია ლიცენზიარი: შპს ნიკორა, არ გამოიყენოთ",
        # ka: the rule touches end users only when commercial
        "ეს პუნქტი არ ეხება საბოლოო მომხმარებლებს, თუ არა კომერციულ მიზნით.",
    ],
)
def test_narrowed_passage_states_a_term(passage: str) -> None:
    assert not states_no_term_s38w2(passage)


# --- the weights passed on banned; the in-app carve-out; the model as a service -------------


@pytest.mark.parametrize(
    "passage",
    [
        "మోడల్ బరువులను ఇతరులకు పంపిణీ చేయకూడదు లేదా అమ్మకూడదు.",
        "మార్పు చేసిన బరువులను కూడా బయటి వారికి పంచరాదు.",
        "ತೂಕಗಳನ್ನು ಇತರರಿಗೆ ವಿತರಿಸಬಾರದು.",
        "ಮಾದರಿಯ ತೂಕಗಳನ್ನು ಮಾರಾಟ ಮಾಡುವಂತಿಲ್ಲ.",
    ],
)
def test_weights_ban_is_no_weight_redistribution(passage: str) -> None:
    assert _scope(passage) == ["no-weight-redistribution"]


@pytest.mark.parametrize(
    "passage",
    [
        # te: "may share the weights" (no ban)
        "మోడల్ బరువులను ఇతరులకు పంచవచ్చు.",
        # te: banned only without permission: a route, left unread
        "అనుమతి లేకుండా బరువులను పంపిణీ చేయకూడదు.",
        # kn: except with the licensor's leave
        "ಅನುಮತಿ ಹೊರತು ತೂಕಗಳನ್ನು ವಿತರಿಸಬಾರದು.",
    ],
)
def test_weights_shared_or_permission_is_no_plain_ban(passage: str) -> None:
    assert "no-weight-redistribution" not in _scope(passage)


def test_kn_in_app_carve_out_and_its_twin() -> None:
    carve = "ನಿಮ್ಮ ಅಪ್ಲಿಕೇಶನ್ ಒಳಗೆ, ಬಳಕೆದಾರರ ಸಾಧನಗಳಲ್ಲಿ ಚಲಾಯಿಸಲು ತೂಕಗಳನ್ನು ವಿತರಿಸಬಹುದು."
    assert _scope(carve) == ["on-device-shipping"]
    te = "మీ యాప్ లోపల, వినియోగదారుల పరికరాలలో నడపడానికి బరువులను చేర్చి ఇవ్వవచ్చు."
    assert _scope(te) == ["on-device-shipping"]
    banned = "ನಿಮ್ಮ ಅಪ್ಲಿಕೇಶನ್ ಒಳಗೆ ಸಹ ಬಳಕೆದಾರರ ಸಾಧನಗಳಿಗೆ ತೂಕಗಳನ್ನು ವಿತರಿಸಬಾರದು."
    assert "on-device-shipping" not in _scope(banned)


@pytest.mark.parametrize(
    "passage",
    [
        "Bạn không được cung cấp mô hình cho bên thứ ba dưới dạng API hay dịch vụ lưu trữ.",
        "Nghiêm cấm đưa chính mô hình cho người khác dùng qua API suy luận.",
    ],
)
def test_vi_model_as_a_service_banned_is_no_hosting_use(passage: str) -> None:
    assert _scope(passage) == ["no-hosting-use"]


@pytest.mark.parametrize(
    "passage",
    [
        # not banned
        "Bạn không bị cấm cung cấp mô hình cho bên thứ ba dưới dạng API.",
        # the app banned as well: more than hosting
        "Ứng dụng và sản phẩm không được dùng mô hình; cấm cung cấp cho bên thứ ba qua API.",
    ],
)
def test_vi_not_banned_or_wider_ban_is_no_hosting_use(passage: str) -> None:
    assert "no-hosting-use" not in _scope(passage)


# --- domiciles, territory, research by anyone ------------------------------------------------


def test_ka_domicile_withheld_and_its_twin() -> None:
    withheld = (
        "ეს ლიცენზია არ ანიჭებს უფლებას კომპანიებს, რომელთა ძირითადი საქმიანობის ადგილი ბელარუსშია."
    )
    clauses = {c.key: c.value for c in read_clauses_s38w2(withheld)}
    assert clauses["excluded_licensee_domiciles"][0]["regions"] == ["BY"]  # type: ignore[index]
    use_only = "ეს ლიცენზია არ ანიჭებს უფლებას ბელარუსში გამოყენებაზე."  # no "based" word
    assert read_clauses_s38w2(use_only) == []
    save = (
        "ეს ლიცენზია არ ანიჭებს უფლებას კომპანიებს, რომელთა საქმიანობის ადგილი რუსეთშია, "
        "გარდა ჩვენი პარტნიორებისა."
    )
    assert read_clauses_s38w2(save) == []


def test_am_territory_confined_and_its_twins() -> None:
    confined = "ይህ ፈቃድ የሚሰራው በኬንያ ውስጥ ብቻ ነው።"
    (clause,) = read_clauses_s38w2(confined)
    assert clause.value[0]["regions"] == ["KE"]  # type: ignore[index]
    assert clause.value[0]["within"] is True  # type: ignore[index]
    outside = "ሞዴሉን ከኢትዮጵያ ውጭ መጠቀም የተከለከለ ነው።"
    (clause,) = read_clauses_s38w2(outside)
    assert clause.value[0]["regions"] == ["ET"]  # type: ignore[index]
    law = "ይህ ፈቃድ በኢትዮጵያ ሕጎች ብቻ ይተዳደራል።"  # a law, not a place of use
    assert read_clauses_s38w2(law) == []
    allowed = "ሞዴሉን ከኢትዮጵያ ውጭ መጠቀም ይችላሉ።"  # use outside allowed: no ban
    assert read_clauses_s38w2(allowed) == []


def test_kk_research_by_anyone_and_its_twin() -> None:
    anyone = "Зерттеу мақсаты, оны кім жүргізсе де, коммерциялық емес деп саналады."
    assert _scope(anyone) == ["research-by-anyone"]
    companies = "Бағалауды коммерциялық компаниялар да қоса жүргізе алады."
    assert _scope(companies) == ["research-by-anyone"]
    not_companies = "Зерттеу, оны кім жүргізсе де, компаниялар үшін кірмейді."
    assert _scope(not_companies) == []


def test_grant_with_a_cap_is_no_plain_grant() -> None:
    capped = (
        "Azonao ampiasaina ity modely ity amin'ny tanjona ara-dalàna, anisan'izany ny varotra"
        " ho an'ny mpampiasa 100 000."
    )
    assert not grants_commercial_s38w2(capped)
    named = "Azonao ampiasaina ny Trondro-7B, anisan'izany ny varotra."  # a name, no number
    assert grants_commercial_s38w2(named)


def test_vi_copies_sold_is_no_hosting_ban() -> None:
    sold = "Bạn không được bán trọng số của mô hình cho bên thứ ba, kể cả qua API."
    assert "no-hosting-use" not in _scope(sold)


def test_am_citizens_only_is_no_territory() -> None:
    assert read_clauses_s38w2("ይህ ፈቃድ የሚሰራው ለኢትዮጵያ ዜጎች ብቻ ነው።") == []
