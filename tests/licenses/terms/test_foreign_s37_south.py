"""Session 37, South Asian and African languages: Marathi (told as Hindi) grants, bans, licences
needed past a cap and the governing law (`foreign_cues_hi_th`); Hausa licensees left out by
where they are based, for multimodal models only, with end users spared (`foreign_hausa_s37s`)
and a grant "free of charge" (`foreign_grants_world`). Each shape has a paraphrase that reads
the same and a twin differing in one fact that must read differently. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _read(text: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"Licence\n\n{text}\n")
    return dict(reading.values), [p.text for p in reading.unread]


# --- Marathi -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "वापरकर्ता हे मॉडेल व्यावसायिक हेतूंसह कोणत्याही हेतूसाठी मोफत वापरू शकतो.",
        # paraphrase: commercial use included, "for any reason"
        "आपण व्यावसायिक वापरासह कोणत्याही कारणासाठी हे मॉडेल बदलू व वितरित करू शकता.",
    ],
)
def test_marathi_grant_for_any_purpose_allows_commercial_use(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") == "allowed"
    assert unread == []


@pytest.mark.parametrize(
    "passage",
    [
        # twin: any purpose except commercial ones
        "व्यावसायिक हेतू वगळता कोणत्याही हेतूसाठी हे मॉडेल वापरू शकता.",
        # twin: any purpose, if permission was taken
        "कोणत्याही हेतूसाठी हे मॉडेल वापरू शकता, जर परवानगी घेतली असेल.",
        # twin: any purpose, but commercial use must not be made
        "हे मॉडेल कोणत्याही हेतूसाठी वापरू शकता, परंतु व्यावसायिक वापर करू नये.",
        # twin: non-commercial purposes ("बिगर-व्यावसायिक")
        "बिगर-व्यावसायिक हेतूंसाठी हे मॉडेल वापरू शकता.",
    ],
)
def test_marathi_narrowed_grant_allows_nothing(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") != "allowed"
    assert values.get("commercial_use") is not None or unread


def test_marathi_licence_needed_past_a_lakh_cap() -> None:
    values, _ = _read(
        "आपल्या सेवेचे मासिक सक्रिय वापरकर्ते १० लाखांपेक्षा जास्त झाल्यास, आपण स्वतंत्र"
        " व्यावसायिक परवाना घेणे आवश्यक आहे."
    )
    assert values.get("mau_threshold") == 1_000_000
    assert values.get("commercial_use") == "restricted"
    twin, _ = _read(
        "आपल्या सेवेचे मासिक सक्रिय वापरकर्ते २ लाखांपेक्षा जास्त झाल्यास, आपण स्वतंत्र"
        " व्यावसायिक परवाना घेणे आवश्यक आहे."
    )
    assert twin.get("mau_threshold") == 200_000


def test_marathi_permission_needed_and_law() -> None:
    values, _ = _read("परवानगीशिवाय व्यावसायिक वापर करता येणार नाही.")
    assert values.get("commercial_use") == "restricted"
    law, unread = _read("हा करार भारताच्या कायद्यांनुसार नियंत्रित होईल.")
    assert law.get("governing_law") == "IN"
    assert unread == []


# --- Hausa -------------------------------------------------------------------------------------

_HA_GRANT = (
    "1. Za ku iya amfani da samfurin, ku gyara shi kuma ku raba shi don kowace manufa, har da"
    " kasuwanci, ba tare da biyan kuɗi ba."
)
_HA_CLAUSE = (
    "2. Ga samfurin da ke karɓar hotuna ko bidiyo, lasisin nan ba ya ba da wani haƙƙi ga"
    " kamfanonin da hedkwatarsu take a Tarayyar Turai."
)
_HA_END_USERS = "Masu amfani na ƙarshe a EU na iya amfani da sabis da wani ya gina da samfurin."
_HA_LIFT = "3. Samfurin da ke karɓar rubutu kawai ba ya ƙarƙashin sashe na 2."


def test_hausa_grant_free_of_charge_allows_commercial_use() -> None:
    values, unread = _read(_HA_GRANT)
    assert values.get("commercial_use") == "allowed"
    assert unread == []
    # twin: "without permission" is no quality of the grant
    twin, _ = _read(
        "Za ku iya amfani da samfurin don kowace manufa, har da kasuwanci, ba tare da izini ba."
    )
    assert twin.get("commercial_use") != "allowed"


def test_hausa_domicile_clause_for_multimodal_models_only() -> None:
    reading = read_foreign(
        f"Lasisi\n\n{_HA_GRANT}\n\n{_HA_CLAUSE}\n\n{_HA_END_USERS}\n\n{_HA_LIFT}\n"
    )
    entries = reading.values.get("excluded_licensee_domiciles")
    assert isinstance(entries, list) and entries
    assert entries[0]["regions"] == ["EU"]
    assert entries[0]["models"] == "multimodal"
    assert "end-users" in entries[0]["exempts"]
    assert reading.unread == ()


def test_hausa_domicile_clause_for_every_model_without_media() -> None:
    # twin: the clause names no pictures and no text-only models are left out
    clause = (
        "2. Lasisin nan ba ya ba da wani haƙƙi ga kamfanonin da babban wurin kasuwancinsu yake"
        " a cikin Tarayyar Turai."
    )
    reading = read_foreign(f"Lasisi\n\n{_HA_GRANT}\n\n{clause}\n")
    entries = reading.values.get("excluded_licensee_domiciles")
    assert isinstance(entries, list) and entries
    assert entries[0]["models"] == "all"


def test_hausa_place_of_use_is_no_domicile() -> None:
    # twin: a place named with no "based" word withholds nothing from licensees based there
    reading = read_foreign(
        f"Lasisi\n\n{_HA_GRANT}\n\n2. Lasisin nan ba ya ba da wani haƙƙi a Tarayyar Turai.\n"
    )
    assert "excluded_licensee_domiciles" not in reading.values


def test_marathi_research_only() -> None:
    values, _ = _read("हे मॉडेल फक्त शैक्षणिक संशोधनासाठी वापरता येईल.")
    assert values.get("use_scope") == ["research"]
    twin, _ = _read("हे मॉडेल संशोधन व व्यावसायिक हेतूंसह कोणत्याही हेतूसाठी वापरता येईल.")
    assert twin.get("commercial_use") == "allowed"
    assert "use_scope" not in twin


# --- Gujarati and Kannada ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "passage",
    [
        "તમે આ મોડેલનો વ્યાપારી ઉપયોગ સહિત કોઈપણ હેતુ માટે ઉપયોગ કરી શકો છો.",
        "ನೀವು ಈ ಮಾದರಿಯನ್ನು ವಾಣಿಜ್ಯ ಬಳಕೆ ಸೇರಿದಂತೆ ಯಾವುದೇ ಉದ್ದೇಶಕ್ಕೆ ಬಳಸಬಹುದು.",
    ],
)
def test_gu_kn_grant_including_commercial_use(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") == "allowed"
    assert unread == []


@pytest.mark.parametrize(
    "passage",
    [
        # twins: except commercial ends; only non-commercial ends; research only
        "વ્યાપારી હેતુ સિવાય કોઈપણ હેતુ માટે તમે આ મોડેલ વાપરી શકો છો.",
        "તમે આ મોડેલનો ઉપયોગ ફક્ત બિન-વ્યાપારી હેતુ માટે કરી શકો છો.",
        "ವಾಣಿಜ್ಯ ಉದ್ದೇಶವನ್ನು ಹೊರತುಪಡಿಸಿ ಯಾವುದೇ ಉದ್ದೇಶಕ್ಕೆ ಈ ಮಾದರಿಯನ್ನು ಬಳಸಬಹುದು.",
        "ಈ ಮಾದರಿಯನ್ನು ವಾಣಿಜ್ಯೇತರ ಬಳಕೆಗೆ ಮಾತ್ರ ಉಪಯೋಗಿಸಬಹುದು.",
        "ಈ ಮಾದರಿಯನ್ನು ಸಂಶೋಧನೆಗೆ ಮಾತ್ರ ಉಪಯೋಗಿಸಬಹುದು.",
    ],
)
def test_gu_kn_narrowed_grant_allows_nothing(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") != "allowed"
    assert values.get("commercial_use") is not None or unread


def test_gujarati_crore_cap_and_law() -> None:
    values, _ = _read(
        "જો તમારી સેવાના માસિક સક્રિય વપરાશકર્તાઓ ૨ કરોડથી વધુ થાય, તો અલગ વ્યાપારી પરવાનો"
        " મેળવવો ફરજિયાત છે."
    )
    assert values.get("mau_threshold") == 20_000_000
    assert values.get("commercial_use") == "restricted"
    twin, _ = _read(
        "જો તમારી સેવાના માસિક સક્રિય વપરાશકર્તાઓ ૫ લાખથી વધુ થાય, તો અલગ વ્યાપારી પરવાનો"
        " મેળવવો ફરજિયાત છે."
    )
    assert twin.get("mau_threshold") == 500_000
    law, unread = _read("આ કરાર ભારતના કાયદા મુજબ ચાલશે.")
    assert law.get("governing_law") == "IN"
    assert unread == []


def test_kannada_daily_cap_and_copy_duty() -> None:
    values, _ = _read(
        "ಒಂದು ದಿನದಲ್ಲಿ ನಿಮ್ಮ ಸೇವೆಯನ್ನು ಬಳಸುವ ಬಳಕೆದಾರರ ಸಂಖ್ಯೆ 5 ಲಕ್ಷ ಮೀರಿದರೆ, ಪ್ರತ್ಯೇಕ ವಾಣಿಜ್ಯ ಪರವಾನಗಿ ಪಡೆಯಬೇಕು."
    )
    assert values.get("user_threshold") == {"count": 500_000, "unit": "dau"}
    # twin: requests a day are a rate limit, no cap of people
    twin, _ = _read("ಒಂದು ದಿನದಲ್ಲಿ 5 ಲಕ್ಷ ಟೋಕನ್ ವಿನಂತಿಗಳನ್ನು ಮೀರಿದರೆ, ವಾಣಿಜ್ಯ ಪರವಾನಗಿ ಪಡೆಯಬೇಕು.")
    assert twin.get("user_threshold") != {"count": 500_000, "unit": "dau"}
    copy, _ = _read("ಮಾದರಿಯನ್ನು ವಿತರಿಸುವಾಗ ಈ ಪರವಾನಗಿಯ ಪ್ರತಿಯನ್ನು ಲಗತ್ತಿಸಿ.")
    assert copy.get("attribution_required") is True
    denied, _ = _read("ಮಾದರಿಯನ್ನು ವಿತರಿಸುವಾಗ ಈ ಪರವಾನಗಿಯನ್ನು ಲಗತ್ತಿಸುವ ಅಗತ್ಯವಿಲ್ಲ.")
    assert denied.get("attribution_required") is not True
