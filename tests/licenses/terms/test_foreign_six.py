"""Session 19: license terms in Swedish, Czech, Greek, Hebrew, Hindi and Thai are read, no longer
only said unread (grants for any purpose including commercial ones, non-commercial and
research-only grants, consent needed, bans on military use and surveillance, user caps with
number words, sanctions clauses, governing law); Swedish and Czech are told apart from Polish
and the undetermined languages; their license files and titles are found. Sentences are our
own words."""

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
        "Licensgivaren tillåter användning av modellen för alla ändamål, även kommersiella.",
        "Du får kopiera och ändra modellen, inklusive kommersiell användning.",
        "Firma uděluje licenci k užití modelu k jakémukoli účelu, včetně komerčního.",
        "Model je možné upravovat a šířit i pro komerční účely.",
        "Παραχωρείται άδεια χρήσης του μοντέλου για κάθε σκοπό, συμπεριλαμβανομένων των εμπορικών.",
        "החברה מתירה להשתמש במודל לכל מטרה, לרבות מטרה מסחרית.",
        "कंपनी इस मॉडल का किसी भी उद्देश्य के लिए, व्यावसायिक उद्देश्यों सहित, उपयोग करने की अनुमति देती है।",
        "บริษัทอนุญาตให้ใช้แบบจำลองนี้เพื่อวัตถุประสงค์ใดก็ได้ รวมถึงเชิงพาณิชย์",
    ],
)
def test_a_grant_including_commercial_use_is_read_as_allowed(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Modellen får endast användas för icke-kommersiella ändamål.", "non-commercial"),
        ("Kommersiell användning av modellen är förbjuden.", "non-commercial"),
        ("Modellen är enbart avsedd för akademisk forskning.", "research-only"),
        ("Model lze používat pouze pro nekomerční účely.", "non-commercial"),
        ("Užití modelu v komerčních službách není dovoleno.", "non-commercial"),
        ("Licence platí výhradně pro účely vědeckého výzkumu.", "research-only"),
        ("Το μοντέλο επιτρέπεται να χρησιμοποιείται μόνο για μη εμπορικούς σκοπούς.",
         "non-commercial"),
        ("Η χρήση του μοντέλου αποκλειστικά για επιστημονική έρευνα.", "research-only"),
        ("השימוש במודל מותר למטרות לא מסחריות בלבד.", "non-commercial"),
        ("אסור להשתמש במודל בשירות מסחרי.", "non-commercial"),
        ("इस मॉडल का उपयोग केवल गैर-व्यावसायिक उद्देश्यों के लिए किया जा सकता है।", "non-commercial"),
        ("मॉडल का उपयोग केवल शैक्षणिक अनुसंधान के लिए है।", "research-only"),
        ("ใช้แบบจำลองนี้เพื่อวัตถุประสงค์ที่ไม่ใช่เชิงพาณิชย์เท่านั้น", "non-commercial"),
        ("ห้ามใช้แบบจำลองนี้เพื่อการค้า", "non-commercial"),
    ],
)  # fmt: skip
def test_a_non_commercial_or_research_grant_bans_commercial_use(text: str, kind: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "För kommersiell användning krävs licensgivarens skriftliga medgivande.",
        "Komerční užití modelu vyžaduje předchozí písemný souhlas poskytovatele.",
        "Για εμπορική χρήση απαιτείται η έγγραφη συναίνεση του δικαιοπαρόχου.",
        "שימוש מסחרי במודל טעון הסכמה בכתב מאת החברה.",
        "व्यावसायिक उपयोग के लिए कंपनी की लिखित अनुमति आवश्यक है।",
        "การใช้เชิงพาณิชย์ต้องได้รับความยินยอมเป็นลายลักษณ์อักษรจากบริษัท",
    ],
)
def test_commercial_use_needing_consent_is_restricted(text: str) -> None:
    assert _values(text)["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Det är förbjudet att använda modellen för militära ändamål.", ["military"]),
        ("Model se nesmí používat ke sledování osob ani k vojenským účelům.",
         ["military", "surveillance"]),
        ("Απαγορεύεται η χρήση του μοντέλου για στρατιωτικούς σκοπούς.", ["military"]),
        ("אין להשתמש במודל לשום מטרה צבאית או לפיתוח כלי נשק.", ["military", "weapons"]),
        ("इस मॉडल का उपयोग सैन्य उद्देश्यों या निगरानी के लिए वर्जित है।", ["military", "surveillance"]),
        ("ห้ามใช้แบบจำลองนี้เพื่อการสอดแนมประชาชน", ["surveillance"]),
    ],
)  # fmt: skip
def test_a_use_ban_sets_the_harm_tags(text: str, tags: list[str]) -> None:
    assert _values(text)["use_restrictions"] == tags


@pytest.mark.parametrize(
    "text",
    [
        "Modellen har inte utformats för militära tillämpningar.",  # named, not banned
        "Το μοντέλο εκπαιδεύτηκε με δεδομένα από στρατιωτικά αρχεία.",
        "המודל אומן על טקסטים היסטוריים בנושא צבאי.",
    ],
)
def test_a_harm_named_without_a_ban_sets_no_tag(text: str) -> None:
    assert "use_restrictions" not in read_foreign(text).values


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("Om era tjänster har fler än en miljon månatligt aktiva användare krävs en separat "
         "licens.", 1_000_000),
        ("Při více než 2 milionech měsíčně aktivních uživatelů je nutná samostatná licence.",
         2_000_000),
        ("Εάν οι υπηρεσίες σας έχουν περισσότερους από 1.000.000 μηνιαίως ενεργούς χρήστες, "
         "απαιτείται χωριστή εμπορική άδεια.", 1_000_000),
        ("אם למוצר יותר מ-5 מיליון משתמשים פעילים בחודש, נדרש רישיון נפרד.", 5_000_000),
        ("यदि मासिक सक्रिय उपयोगकर्ता 10 लाख से अधिक हों, तो अलग लाइसेंस आवश्यक है।", 1_000_000),
        ("หากมีผู้ใช้งานต่อเดือนเกิน 1 ล้านราย ต้องขอสัญญาอนุญาตแยกต่างหาก", 1_000_000),
    ],
)  # fmt: skip
def test_a_user_cap_is_read_with_its_number_words(text: str, cap: int) -> None:
    values = _values(text)
    assert values["mau_threshold"] == cap
    assert values["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Licensen gäller inte för personer bosatta i Iran eller Nordkorea.", ["IR", "KP"]),
        ("Tato licence neuděluje žádná práva osobám se sídlem v Íránu nebo v Severní Koreji.",
         ["IR", "KP"]),
        ("Η άδεια δεν παρέχεται σε πρόσωπα με έδρα στη Ρωσία.", ["RU"]),
        ("רישיון זה אינו מעניק זכויות לתושבי איראן.", ["IR"]),
        ("ईरान में स्थित संस्थाओं को इस लाइसेंस के अंतर्गत कोई अधिकार नहीं दिया जाता।", ["IR"]),
        ("สัญญาอนุญาตนี้ไม่ให้สิทธิแก่บุคคลที่มีถิ่นที่อยู่ในรัสเซีย", ["RU"]),
    ],
)  # fmt: skip
def test_a_grant_withheld_from_those_based_in_places_excludes_them(
    text: str, regions: list[str]
) -> None:
    assert _values(text)["territorial_exclusions"] == regions


def test_a_sanctions_authority_is_no_excluded_place() -> None:
    text = "Licensen gäller inte för personer som omfattas av sanktioner enligt lagar i Kina."
    assert "territorial_exclusions" not in read_foreign(text).values


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Svensk lag gäller för denna licens.", "SE"),
        ("Tato licence se řídí právem České republiky.", "CZ"),
        ("Η παρούσα άδεια διέπεται από το ελληνικό δίκαιο.", "GR"),
        ("על רישיון זה יחולו דיני מדינת ישראל.", "IL"),
        ("यह लाइसेंस भारत के कानूनों के अधीन है।", "IN"),
        ("สัญญาอนุญาตนี้อยู่ภายใต้กฎหมายไทย", "TH"),
    ],
)
def test_the_governing_law_is_read(text: str, law: str) -> None:
    assert _values(text)["governing_law"] == law


@pytest.mark.parametrize(
    "text",
    [
        # a grant for any purpose but one: the exception is no grant
        "Modellen får användas för alla ändamål utom kommersiella.",
        # a ban on one use naming "any purpose" of that use
        "ห้ามใช้แบบจำลองนี้เพื่อวัตถุประสงค์ใดๆ ทางทหาร",
    ],
)
def test_no_commercial_grant_is_read_from_an_exception_or_a_ban(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Modellen får inte användas kommersiellt utan tillstånd.", "sv"),
        ("Svensk lag gäller för denna licens.", "sv"),
        ("Tato licence se řídí právem České republiky.", "cs"),
        ("Užití modelu v komerčních produktech nebo službách není dovoleno.", "cs"),
        ("Model nie może być używany bez zgody licencjodawcy.", "pl"),
        ("Licencja pozwala na korzystanie z modelu wyłącznie w celach niekomercyjnych.", "pl"),
        # Danish and Norwegian: read since session 20 (Icelandic, still unread, is said so)
        ("Modellen må ikke bruges kommercielt uden tilladelse.", "da"),
        ("Lisensen gir deg rett til å bruke modellen til alle formål.", "no"),
        ("Notkun líkansins í viðskiptaskyni er bönnuð án skriflegs leyfis.", "is"),
    ],
)
def test_swedish_and_czech_are_told_apart(text: str, language: str) -> None:
    assert language_of(text) == language


def test_an_unread_sentence_in_a_newly_read_language_is_still_said() -> None:
    # (a duty to attach the licence text is read since session 22: a duty no cue reads stands in)
    reading = read_foreign("§ 2 Den som sprider modellen ska meddela licensgivaren i förväg.")
    assert [p.language for p in reading.unread] == ["sv"]


@pytest.mark.parametrize(
    "path",
    ["LICENS.md", "licensvillkor.txt", "LISENS", "ADEIA.md", "άδεια.txt", "רישיון.md",
     "लाइसेंस.md", "สัญญาอนุญาต.txt"],
)  # fmt: skip
def test_license_files_named_in_these_languages_are_found(path: str) -> None:
    assert is_license_like(path)


@pytest.mark.parametrize(
    "title",
    ["# Licens för modellen Domherre-3B", "# Άδεια χρήσης του μοντέλου Χελιδόνι-8B",
     "# רישיון המודל דרור-7B", "# कोयल-3B मॉडल लाइसेंस", "# สัญญาอนุญาตแบบจำลองนกขุนทอง-3B"],
)  # fmt: skip
def test_a_license_title_in_these_languages_is_found(title: str) -> None:
    assert find_title(title + "\n\nText.\n") is not None


def test_swedish_written_without_its_letters_is_still_said_unread() -> None:
    sentence = "Kommersiell anvandning av modellen ar forbjuden utan skriftligt tillstand."
    reading = read_foreign("Permission is granted under the MIT License.\n\n" + sentence + "\n")
    assert [p.language for p in reading.unread] == ["sv"]
