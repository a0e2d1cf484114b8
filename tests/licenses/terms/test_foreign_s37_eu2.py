"""Session 37 (second European helper): each shape read with a paraphrase that reads the same
and a twin differing in one fact that must read differently."""

from __future__ import annotations

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_internal_use import read_internal_use
from auditor.licenses.terms.foreign_naming import is_credit_line


def _read(body: str, title: str = "Lisenssi") -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


def _excluded(values: dict[str, object]) -> list[str]:
    entries = values.get("excluded_use_territories")
    assert isinstance(entries, list), values
    return sorted(r for entry in entries for r in entry["regions"])


# --- fi, ro, hu: use banned in named places ---------------------------------------------------
def test_finnish_use_banned_in_places() -> None:
    for body in (
        "1. Malli on maksuton, myös kaupalliseen käyttöön.\n2. Mallin käyttäminen on kielletty"
        " Venäjällä ja Valko-Venäjällä, eikä sillä saa palvella siellä olevia asiakkaita.",
        "1. Malli on maksuton, myös kaupalliseen käyttöön.\n2. Ohjelmistoa ei saa ottaa käyttöön"
        " Iranissa eikä Pohjois-Koreassa.",
    ):
        values, unread = _read(body)
        assert _excluded(values) in (["BY", "RU"], ["IR", "KP"]), body
        assert "excluded_licensee_domiciles" not in values, body
        assert not unread, body


def test_finnish_use_confined_or_allowed_is_no_ban_on_the_place() -> None:
    for body in (
        # outside a place: a confinement, never a ban on that place
        "1. Malli on maksuton.\n2. Mallia ei saa käyttää muualla kuin Venäjällä.",
        # allowed there too
        "1. Malli on maksuton.\n2. Mallia saa käyttää myös Venäjällä.",
        # a harm banned there: no ban on all use
        "1. Malli on maksuton.\n2. Mallia ei saa käyttää sotilaallisiin tarkoituksiin Venäjällä.",
    ):
        values, _ = _read(body)
        assert "excluded_use_territories" not in values, body


def test_finnish_licensee_based_there_is_a_domicile_not_a_place_of_use() -> None:
    values, _ = _read(
        "1. Malli on maksuton.\n2. Käyttöoikeutta ei myönnetä yritykselle, jonka kotipaikka on"
        " Venäjällä."
    )
    assert "excluded_use_territories" not in values
    assert values["excluded_licensee_domiciles"][0]["regions"] == ["RU"]  # type: ignore[index]


def test_romanian_and_hungarian_use_banned_in_places() -> None:
    ro, _ = _read(
        "1. Modelul poate fi folosit gratuit, inclusiv comercial.\n2. Modelul nu poate fi"
        " utilizat în Rusia sau în Belarus.",
        "Licență",
    )
    assert _excluded(ro) == ["BY", "RU"]
    hu, _ = _read(
        "1. A modell ingyenesen használható, üzleti célra is.\n2. A modell Oroszországban és"
        " Fehéroroszországban nem használható.",
        "Licenc",
    )
    assert _excluded(hu) == ["BY", "RU"]
    outside, _ = _read(
        "1. A modell ingyenesen használható.\n2. A modell Magyarországon kívül nem használható.",
        "Licenc",
    )
    assert "excluded_use_territories" not in outside


# --- lv: "what is commercial use?" answered by offering to third parties ---------------------
def test_latvian_question_what_commercial_use_is() -> None:
    for body in (
        "**Kas ir komerciāla izmantošana?** Modeļa piedāvāšana trešajām personām kā"
        " pakalpojums, par maksu vai bez maksas.",
        "Jautājums: Kas ir komerciāla izmantošana?\nAtbilde: Uz modeļa balstīta produkta"
        " piedāvāšana trešajām personām.",
    ):
        values, unread = _read(body, "Licence")
        assert values.get("use_scope") == ["internal-use-by-anyone"], body
        assert not unread, body


def test_latvian_definition_reaching_further_stays_unread() -> None:
    values, unread = _read(
        "**Kas ir komerciāla izmantošana?** Jebkura izmantošana uzņēmumā, tostarp modeļa"
        " piedāvāšana trešajām personām.",
        "Licence",
    )
    assert "use_scope" not in values
    assert unread


def test_colon_definition_with_a_narrowing_word_is_none() -> None:
    assert read_internal_use("de", "Kommerzielle Nutzung: das Anbieten des Modells an Dritte.")
    assert not read_internal_use(
        "de", "Kommerzielle Nutzung: das Anbieten des Modells an Dritte nur mit Lizenz."
    )


# --- cy, ga: a credit line to show ---------------------------------------------------------
def test_welsh_and_irish_credit_lines() -> None:
    assert is_credit_line(
        'Os ydych yn cynnig gwasanaeth, rhaid dangos y geiriau "Pwerwyd gan Onnen" ar y dudalen.'
    )
    assert is_credit_line('Ní mór na focail "Arna chumhachtú ag Fuinseog" a thaispeáint.')
    # no need to show it: no duty
    assert not is_credit_line(
        'Os ydych yn cynnig gwasanaeth, nid oes rhaid dangos y geiriau "Pwerwyd gan Onnen".'
    )


# --- ca: an annex table of banned uses -------------------------------------------------------
_CA = (
    "Article 1. L'empresa concedeix una llicència gratuïta per a qualsevol finalitat, comercial"
    " o no, amb subjecció als usos prohibits de l'Annex I.\n\nANNEX I. Usos prohibits\n"
    "| Núm. | Ús prohibit |\n|---|---|\n| 1 | {0} |\n| 2 | Fabricació d'armes |\n"
)


def test_catalan_annex_rows_name_known_harms() -> None:
    for row, tags in (
        ("Seguiment secret de les comunicacions dels treballadors", {"surveillance"}),
        ("Vigilància de persones sense el seu consentiment", {"surveillance"}),
        ("Difusió de contingut sexual amb menors d'edat", {"sexual-content", "minors"}),
    ):
        values, unread = _read(_CA.format(row), "Llicència")
        found = values["use_restrictions"]
        assert isinstance(found, list), row
        assert tags <= set(found), row
        assert "weapons" in found, row
        assert not unread, row


def test_catalan_annex_row_of_an_unknown_harm_is_said_unread() -> None:
    values, unread = _read(_CA.format("Apostes i jocs d'atzar amb diners reals en línia"))
    assert "surveillance" not in values.get("use_restrictions", [])  # type: ignore[operator]
    assert unread
    # recording the model's own activity is no surveillance of people
    values, _ = _read(_CA.format("Registre de l'activitat del model en els servidors propis"))
    assert "surveillance" not in values.get("use_restrictions", [])  # type: ignore[operator]


# --- bg: registration before commercial use, confirmed automatically ------------------------
_BG = (
    "Чл. 1. Дружеството разрешава използването на модела за всякакви цели, включително"
    " търговски.\nЧл. 2. {0}\n"
)


def test_bulgarian_registration_route() -> None:
    for clause in (
        "Преди търговско използване лицензополучателят се регистрира на сайта. Регистрацията се"
        " потвърждава автоматично; лицензодателят не може да я откаже.",
        "Преди започване на търговско използване лицензополучателят уведомява лицензодателя"
        " по имейл.",
    ):
        values, unread = _read(_BG.format(clause), "Лиценз")
        assert values["commercial_use"] == "allowed", clause
        assert values["commercial_use_conditions"] == ["registration"], clause
        assert not unread, clause


def test_bulgarian_registration_the_licensor_approves_is_no_plain_grant() -> None:
    values, unread = _read(
        _BG.format(
            "Преди търговско използване лицензополучателят се регистрира; регистрацията се"
            " одобрява от лицензодателя, който може да я откаже."
        ),
        "Лиценз",
    )
    assert values.get("commercial_use_conditions") != ["registration"]
    assert unread  # said unread: it may need the licensor's decision


# --- cs: commercial use only with written consent --------------------------------------------
def test_czech_only_with_consent_is_a_permission() -> None:
    for clause in (
        "Komerční užití je možné pouze s předchozím písemným souhlasem autora.",
        "Komerční využití je přípustné jen na základě samostatné licenční smlouvy.",
    ):
        values, unread = _read(clause, "Licence")
        assert values["commercial_use"] == "restricted", clause
        assert not unread, clause
    # only with attribution: no permission asked
    values, _ = _read("Komerční užití je povoleno pouze s uvedením autora.", "Licence")
    assert values.get("commercial_use") != "restricted"


# --- sr: a clause that does not apply to the text-only models -------------------------------
_SR = (
    "Члан 1. Компанија дозвољава коришћење модела у било коју сврху, укључујући комерцијалну.\n"
    "Члан 2. Модели који као улаз примају слике не смеју се користити на територији Европске"
    " уније. {0}\n"
)


def test_serbian_text_models_left_out() -> None:
    values, unread = _read(
        _SR.format("За моделе који обрађују само текст ово ограничење не важи."), "Лиценца"
    )
    assert values["excluded_use_territories"][0]["models"] == "multimodal"  # type: ignore[index]
    assert not unread
    # the restriction applies to them too: nothing lifted, the sentence said unread
    _, unread = _read(
        _SR.format("И за моделе који обрађују само текст ово ограничење важи."), "Лиценца"
    )
    assert unread


def test_czech_only_with_a_contract_said_of_a_class_past_a_cap_is_no_permission_route() -> None:
    # found in the wide tests: "takový nabyvatel smí ... jen na základě smlouvy" is the cap's
    # consequence for the licensee past it, not a permission every licensee needs
    from auditor.licenses.terms.extract import extract_terms
    from auditor.licenses.terms.foreign import read_foreign
    from auditor.licenses.terms.foreign_merge import with_foreign

    capped = (
        "Čl. I Poskytovatel dává každému oprávnění model užívat, a to i při výdělečné činnosti.\n\n"
        "Čl. II Nabyvateli, jehož roční obrat přesáhl 100 000 000 Kč, oprávnění podle čl. I "
        "k výdělečné činnosti nenáleží; takový nabyvatel smí model výdělečně užívat jen na "
        "základě zvláštní písemné smlouvy s poskytovatelem.\n"
    )
    terms = with_foreign(extract_terms(capped), read_foreign(capped), "L")
    conditions = terms["commercial_use_conditions"].value
    assert not isinstance(conditions, list) or "written-permission" not in conditions
