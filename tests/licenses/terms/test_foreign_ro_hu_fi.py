"""Session 19: license terms in Romanian, Hungarian and Finnish are read, no longer only said
unread (grants for any purpose including commercial ones, non-commercial and research-only
grants, consent needed, bans on military use, weapons and surveillance, user caps with number
words, governing law); the three are told apart from the undetermined languages and from
German; their license files and titles are found. Sentences are our own words."""

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
        "Furnizorul vă permite să folosiți modelul în orice scop, inclusiv comercial.",
        "Puteți copia și distribui modelul, inclusiv în scopuri comerciale.",
        "A licencia a modell használatát bármilyen célra engedélyezi.",
        "Az engedélyes a modellt módosíthatja és terjesztheti, üzleti célra is.",
        "Lisenssinantaja sallii mallin käytön mihin tahansa tarkoitukseen.",
        "Mallia saa muokata ja levittää, myös kaupallisesti.",
    ],
)
def test_a_grant_including_commercial_use_is_read_as_allowed(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Modelul poate fi folosit numai în scopuri necomerciale.", "non-commercial"),
        ("Utilizarea comercială a modelului este interzisă.", "non-commercial"),
        ("Licența se acordă exclusiv pentru cercetare științifică.", "research-only"),
        ("A modell kizárólag nem kereskedelmi célra használható.", "non-commercial"),
        ("Kereskedelmi célú felhasználása tilos.", "non-commercial"),
        ("A modell kizárólag tudományos kutatásra használható.", "research-only"),
        ("Modelul poate fi folosit doar pentru cercetare, nu in scopuri comerciale.",
         "research-only"),  # Romanian without its letters
        ("Mallia ei saa käyttää kaupallisesti.", "non-commercial"),
        ("Mallin käyttö on sallittu ainoastaan tieteelliseen tutkimukseen.", "research-only"),
    ],
)  # fmt: skip
def test_a_non_commercial_or_research_grant_bans_commercial_use(text: str, kind: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Pentru utilizarea comercială este necesar acordul scris al furnizorului.",
        "Kereskedelmi felhasználáshoz a licencadó írásos engedélye szükséges.",
        "Kaupallinen käyttö edellyttää lisenssinantajan kirjallista lupaa.",
    ],
)
def test_commercial_use_needing_consent_is_restricted(text: str) -> None:
    assert _values(text)["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Este interzisă folosirea modelului în scopuri militare.", ["military"]),
        ("Nu puteți folosi modelul pentru arme sau pentru spionaj.", ["weapons", "surveillance"]),
        ("Tilos a modellt katonai célra vagy fegyverek fejlesztésére használni.",
         ["military", "weapons"]),
        ("A modell tömeges megfigyelésre nem használható.", ["surveillance"]),
        ("Mallia ei saa käyttää sotilaallisiin tarkoituksiin.", ["military"]),
        ("Mallin käyttö aseiden suunnitteluun on kielletty.", ["weapons"]),
    ],
)  # fmt: skip
def test_a_use_ban_sets_the_harm_tags(text: str, tags: list[str]) -> None:
    assert _values(text)["use_restrictions"] == tags


@pytest.mark.parametrize(
    "text",
    [
        "Modelul a fost antrenat pe documente militare istorice.",  # named, not banned
        "A modellt katonai archívumok szövegein tanították.",
        "Malli koulutettiin sotilaallisten arkistojen teksteillä.",
        "Mallin asetukset voi muuttaa vapaasti.",  # "asetus" (a setting) is no weapon
    ],
)
def test_a_harm_named_without_a_ban_sets_no_tag(text: str) -> None:
    assert "use_restrictions" not in read_foreign(text).values


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("Dacă serviciul are peste două milioane de utilizatori activi lunar, este necesară o "
         "licență separată.", 2_000_000),
        ("Ha a szolgáltatásnak több mint 1 millió havi aktív felhasználója van, külön licenc "
         "szükséges.", 1_000_000),
        ("Jos palvelulla on yli viisi miljoonaa kuukausittaista aktiivista käyttäjää, tarvitaan "
         "erillinen lisenssi.", 5_000_000),
    ],
)  # fmt: skip
def test_a_user_cap_is_read_with_its_number_words(text: str, cap: int) -> None:
    values = _values(text)
    assert values["mau_threshold"] == cap
    assert values["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Prezenta licență este guvernată de legea română.", "RO"),
        ("Erre az engedélyre a magyar jog irányadó.", "HU"),
        ("Tähän lisenssiin sovelletaan Suomen lakia.", "FI"),
    ],
)
def test_the_governing_law_is_read(text: str, law: str) -> None:
    assert _values(text)["governing_law"] == law


@pytest.mark.parametrize(
    "text",
    [
        # a grant for any purpose but one: the exception is no grant
        "Modelul poate fi folosit în orice scop de cercetare.",
        "Mallia saa käyttää kaikkiin tarkoituksiin paitsi kaupallisiin.",
        # a non-commercial grant, not "commercial ... too"
        "A modell nem kereskedelmi célra használható.",
    ],
)
def test_no_commercial_grant_is_read_from_an_exception_or_a_ban(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Utilizarea comercială a modelului este interzisă fără acordul scris.", "ro"),
        ("Prezenta licență este guvernată de legea română.", "ro"),
        ("A modell kereskedelmi célú felhasználása írásos engedély nélkül tilos.", "hu"),
        ("Mallin kaupallinen käyttö on kielletty ilman kirjallista lupaa.", "fi"),
        ("Tähän käyttölupaan sovelletaan Suomen lakia.", "fi"),
        ("Die kommerzielle Nutzung des Modells ist ohne Zustimmung untersagt.", "de"),
        # Danish and Latvian: read since session 20 (Icelandic, still unread, is said so)
        ("Kommerciel brug af modellen er forbudt uden skriftlig tilladelse.", "da"),
        ("Modeļa komerciāla izmantošana ir aizliegta bez rakstiskas atļaujas.", "lv"),
        ("Líkanið má aðeins nota í rannsóknarskyni við háskóla og ekki í viðskiptum.", "is"),
    ],
)
def test_romanian_hungarian_and_finnish_are_told_apart(text: str, language: str) -> None:
    assert language_of(text) == language


def test_an_unread_sentence_in_a_newly_read_language_is_still_said() -> None:
    reading = read_foreign("Art. 4. Cine distribuie modelul trebuie să anexeze textul licenței.")
    assert [p.language for p in reading.unread] == ["ro"]


@pytest.mark.parametrize(
    "path", ["LICENTA.md", "licența.txt", "ENGEDELY.md", "felhasznalasi-engedely.txt",
             "KAYTTOLUPA", "käyttölupa.md"],
)  # fmt: skip
def test_license_files_named_in_these_languages_are_found(path: str) -> None:
    assert is_license_like(path)


@pytest.mark.parametrize(
    "title",
    ["# Licența modelului Pescăruș-3B", "# A Sirály-7B modell felhasználási engedélye",
     "# Lokki-3B-mallin käyttölupa"],
)  # fmt: skip
def test_a_license_title_in_these_languages_is_found(title: str) -> None:
    assert find_title(title + "\n\nText.\n") is not None
