"""Session 39 (helper eu): Basque told by its own words (`language_words`), and its terms read
(`foreign_cues_s39eu`, `foreign_harms_s39eu`, `foreign_clauses_s39eu`): each with paraphrases
that must read the same and a twin differing in one fact that must read differently
(sentences of our own). Short sentences of other languages the profiles fail to tell, and
English name lists, are not taken for Basque."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.language import language_name, language_of


def _read(body: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"# Ereduaren lizentzia\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- telling Basque -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ezin da eredua erabili poliziaren ikerketetan, delituak aurreikusteko edo pertsonak "
        "ustezko delitugile gisa sailkatzeko.",
        "Lizentzia hau Espainiako legeriaren arabera arautzen da.",
        "Eredua dagoen-dagoenean ematen da, inolako bermerik gabe.",
        "Beheko taulan ez duten erabileretarako ez dago inolako baimenik.",
        "Erabilera komertzialerako Lizentzia-emailearen idatzizko baimena behar da.",
    ],
)
def test_basque_prose_is_told_basque(text: str) -> None:
    assert language_of(text) == "eu"
    assert language_name("eu") == "Basque"


@pytest.mark.parametrize(
    "text",
    [
        "Il modello è fornito da noi.",  # it
        "Modello da usare con cura.",  # it
        "Das beste Modell für alle.",  # de
        "Gunakan model ini dengan bijak.",  # id
        "Model ini boleh diguna semula.",  # ms
        "Modelni bepul ishlatish mumkin.",  # uz
        "Mfano huu ni bure kabisa.",  # sw
        "Kay modelota llamk'achiy atinki.",  # qu
        "Ane Bat, Eta Zein and Iker Gisa",  # an English list of names
        "Mikel Arana, Edo Beste, Jon Bere",
        "Thanks to Iker Bidez and Ane Ere for the eta schedule.",  # English with names, a letter
    ],
)
def test_short_sentences_of_other_languages_are_not_told_basque(text: str) -> None:
    assert language_of(text) != "eu", text


# --- commercial use ------------------------------------------------------------------------


def test_a_commercial_grant_and_its_paraphrases_read_allowed() -> None:
    for body in (
        "Eredua edozein helburutarako erabil daiteke, helburu komertzialak barne.",
        "Edonork erabil dezake eredua edozein helburutarako, merkataritza-erabilera barne.",
        "Helburu komertzialetarako ere erabil dezakezu eredua.",
        "Lizentzia-emaileak baimena ematen dio lizentziadunari eredua merkataritza-"
        "helburuetarako ustiatzeko.",
        "Erabilera komertziala ez dago debekatuta.",
    ):
        values, unread = _read(body)
        assert values.get("commercial_use") == "allowed", body
        assert not unread, body


def test_a_non_commercial_twin_reads_prohibited() -> None:
    for body in (
        "Eredua helburu ez-komertzialetarako soilik erabil daiteke.",
        "Eredua irabazi-asmorik gabe soilik erabil daiteke.",
        "Debekatuta dago eredua helburu komertzialetarako erabiltzea.",
        "Lizentzia honek ez du inolako merkataritza-erabilerarik baimentzen.",
        "Eredua edozein helburutarako erabil daiteke, helburu komertzialetarako izan ezik.",
    ):
        values, _ = _read(body)
        assert values.get("commercial_use") == "prohibited", body
        assert values.get("kind") == "non-commercial", body


def test_both_kinds_granted_read_allowed_not_prohibited() -> None:
    values, _ = _read("Eredua helburu komertzial zein ez-komertzialetarako erabil daiteke.")
    assert values.get("commercial_use") == "allowed"


def test_research_only_reads_research_only() -> None:
    for body in (
        "Eredua ikerketarako soilik erabil daiteke.",
        "Eredua ikerketa zientifikorako bakarrik erabil daiteke.",
    ):
        values, _ = _read(body)
        assert values.get("kind") == "research-only", body
        assert values.get("use_scope") == ["research"], body


def test_written_permission_against_registration() -> None:
    for body in (
        "Erabilera komertzialerako Lizentzia-emailearen idatzizko baimena behar da.",
        "Lizentzia-emailearen idatzizko baimenik gabe ezin da eredua helburu komertzialetarako "
        "erabili.",
        "Helburu komertzialetarako erabili nahi duenak baimena eskatu behar dio Lizentzia-"
        "emaileari.",
    ):
        values, _ = _read(body)
        assert values.get("commercial_use") == "restricted", body
        assert values.get("commercial_use_conditions") == ["written-permission"], body
    for body in (  # twin: a notice, no permission
        "Erabilera komertziala baimenduta dago, baldin eta Lizentzia-emailearen webgunean "
        "erregistratzen bada.",
        "Erabilera komertzialerako nahikoa da Lizentzia-emailearen webgunean izena ematea.",
    ):
        values, _ = _read(body)
        assert values.get("commercial_use") == "allowed", body
        assert values.get("commercial_use_conditions") == ["registration"], body


# --- caps ----------------------------------------------------------------------------------


def test_a_monthly_user_cap_over_and_under() -> None:
    over, _ = _read(
        "Zure produktuek hilean 1.000.000 erabiltzaile aktibo baino gehiago badituzte, "
        "lizentzia komertzial bereizia eskatu behar diozu Lizentzia-emaileari."
    )
    assert over["mau_threshold"] == 1_000_000
    assert over["commercial_use_conditions"] == ["separate-license-above-threshold"]
    paraphrase, _ = _read(
        "Hileko erabiltzaile aktiboak milioi bat baino gehiago badira, lizentzia berezi bat "
        "behar da erabilera komertzialerako."
    )
    words, _ = _read(
        "Hileko erabiltzaile aktiboak 1 milioi baino gehiago badira, lizentzia berezi bat behar "
        "da erabilera komertzialerako."
    )
    assert words["mau_threshold"] == paraphrase["mau_threshold"] == 1_000_000
    under, _ = _read(
        "Zure produktuek hilean 500.000 erabiltzaile aktibo baino gehiago badituzte, "
        "lizentzia komertzial bereizia eskatu behar diozu Lizentzia-emaileari."
    )
    assert under["mau_threshold"] == 500_000


def test_a_revenue_cap_in_millions_of_euros() -> None:
    values, _ = _read(
        "Zure urteko diru-sarrerak 10 milioi eurotik gorakoak badira, Lizentzia-emailearen "
        "baimena behar duzu."
    )
    assert values["revenue_threshold"] == {
        "amount": 10_000_000,
        "currency": "EUR",
        "period": "year",
        "measure": "revenue",
    }


# --- bans ----------------------------------------------------------------------------------


def test_a_police_ban_reads_law_enforcement_and_criminal_justice() -> None:
    for body in (
        "Ezin da eredua erabili poliziaren ikerketetan, delituak aurreikusteko edo pertsonak "
        "ustezko delitugile gisa sailkatzeko.",
        "Debekatuta dago eredua poliziaren ikerketetan eta delituak aurreikusteko erabiltzea.",
    ):
        values, unread = _read(body)
        assert values.get("use_restrictions") == ["law-enforcement", "criminal-justice"], body
        assert not unread, body
    values, _ = _read("Ezin da eredua Ertzaintzaren lanetan erabili.")
    assert values.get("use_restrictions") == ["law-enforcement"]


def test_a_police_use_not_banned_bans_nothing() -> None:
    for body in (
        "Ez dago debekatuta eredua poliziaren ikerketetan erabiltzea.",
        "Ez da debekatzen eredua delituak aurreikusteko erabiltzea.",
    ):
        values, unread = _read(body)
        assert "use_restrictions" not in values, body
        assert not unread, body


def test_an_exception_takes_its_use_out_of_a_ban_or_names_the_use_banned() -> None:
    values, _ = _read(
        "Debekatuta dago eredua identifikazio biometrikorako erabiltzea, salbu eta poliziaren "
        "ikerketetarako."
    )
    assert values.get("use_restrictions") == ["biometric-identification"]
    values, _ = _read(
        "Eredua edozein helburutarako erabil daiteke, helburu militarretarako izan ezik."
    )
    assert values.get("use_restrictions") == ["military"]
    assert values.get("commercial_use") == "allowed"


def test_military_weapons_and_surveillance_bans() -> None:
    values, _ = _read(
        "Ezin da eredua erabili helburu militarretarako, armak garatzeko edo pertsonen zaintza "
        "masiborako."
    )
    assert values.get("use_restrictions") == ["military", "weapons", "surveillance"]


def test_weights_not_passed_on_and_running_it_for_customers() -> None:
    values, unread = _read(
        "Ereduaren pisuak ezin dira hirugarrenei banatu, argitaratu edo partekatu. Eredua zure "
        "zerbitzarietan exekutatu eta haren emaitzak zure bezeroei eskain diezazkiekezu."
    )
    assert values.get("use_scope") == ["no-weight-redistribution"]
    assert not unread


# --- the law, and what states no term -------------------------------------------------------


def test_the_governing_law() -> None:
    for body, law in (
        ("Lizentzia hau Espainiako legeriaren arabera arautzen da.", "ES"),
        ("Lizentzia honi Espainiako legeria aplikatzen zaio.", "ES"),
        ("Lizentzia hau Espainiako legediaren menpe dago.", "ES"),
        ("Lizentzia hau Frantziako legeak arautzen du.", "FR"),
    ):
        values, _ = _read(body)
        assert values.get("governing_law") == law, body


def test_a_plain_grant_a_disclaimer_and_a_grant_under_annexed_limits() -> None:
    values, unread = _read("Eredua erabili, kopiatu eta aldatu dezakezu, doan eta mundu osoan.")
    assert values.get("commercial_use") == "allowed"  # a plain grant: every use
    assert not unread
    values, unread = _read(
        "Elkarteak eredua erabiltzeko, kopiatzeko eta banatzeko eskubidea ematen dio "
        "lizentziadunari, A ERANSKINEAN jasotako mugekin.\n\n"
        "Eredua dagoen-dagoenean ematen da, inolako bermerik gabe."
    )
    assert "commercial_use" not in values  # the limits are the annex's
    assert not unread


def test_an_unread_basque_ban_is_said_unread_not_dropped() -> None:
    values, unread = _read(
        "Ezin da eredua erabili hauteskunde-kanpainetan boto-emaileak engainatzeko."
    )
    assert "use_restrictions" not in values
    assert len(unread) == 1


# --- Albanian, Scottish Gaelic, West Frisian: told, so a ban no cue reads is said unread -----


@pytest.mark.parametrize(
    ("code", "ban"),
    [
        ("sq", "Ndalohet perdorimi i modelit per qellime ushtarake ose per mbikeqyrje masive."),
        ("gd", "Tha e toirmisgte am modail a chleachdadh airson adhbharan armailteach."),
        ("fy", "It is ferbean om it model te bruken foar militere doelen of foar tafersjoch."),
    ],
)
def test_a_ban_in_plain_letters_is_told_and_said_unread(code: str, ban: str) -> None:
    assert language_of(ban) == code
    reading = read_foreign(f"# Licence\n\n{ban}\n")
    assert [p.text for p in reading.unread] == [ban]


@pytest.mark.parametrize(
    "text",
    [
        "Is é dlí na hÉireann a rialóidh an ceadúnas seo, agus beidh dlínse ag cúirteanna.",  # ga
        "Tá cead agat an tsamhail a úsáid chun aon chríche.",  # ga
        "Het model mag niet voor militaire doeleinden worden gebruikt.",  # nl
        "Il est interdit d'utiliser le modèle pour des fins militaires.",  # fr
        "Ndalohet is a word we print per line in this English sentence.",  # en, one word
    ],
)
def test_the_new_profiles_take_no_other_language(text: str) -> None:
    assert language_of(text) not in ("sq", "gd", "fy"), text
