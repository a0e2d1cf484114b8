"""Session 38, European languages: each shape read with a paraphrase that reads the same and a
twin differing in one fact that must read differently (sentences of our own)."""

from __future__ import annotations

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import needed_condition
from auditor.licenses.terms.foreign_grants_minor import grants_commercial_minor


def _read(body: str, title: str = "Licenca") -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- sr, hr: paid products included in the grant ----------------------------------------------
def test_serbian_grant_including_paid_products() -> None:
    for body in (
        "Корисник сме да мења модел и да га уграђује у апликације, укључујући и апликације које"
        " се наплаћују.",
        "Korisnik smije koristiti model u svim proizvodima, uključujući i komercijalne proizvode.",
    ):
        values, unread = _read(body)
        assert values.get("commercial_use") == "allowed", body
        assert not unread, body


def test_serbian_paid_products_excepted_or_conditioned_is_no_grant() -> None:
    for body in (
        "Корисник сме да користи модел у апликацијама, осим у апликацијама које се наплаћују.",
        "Korisnik smije koristiti model, uključujući komercijalne proizvode, uz pisanu"
        " suglasnost davatelja.",
    ):
        assert not grants_commercial_minor(body), body


def test_a_definition_of_commercial_use_is_no_grant() -> None:
    for body in (
        "Merkataritza-erabilera da irabazia lortzeko edozein erabilera, baita enpresa batek bere"
        " barnean egiten duena ere.",
        "Комерцијалном употребом сматра се свака употреба, укључујући и производе који се"
        " наплаћују.",
        "Komercijalnom uporabom smatra se svaka uporaba, uključujući besplatne usluge.",
    ):
        assert not grants_commercial_minor(body), body
    assert grants_commercial_minor("Eredua erabili dezakezu, baita zure enpresan ere komertzialki.")


# --- be, br, sc, co: a permission word and commercial use -------------------------------------
def test_permission_word_with_commercial_use() -> None:
    for body in (
        "Карыстальнік можа выкарыстоўваць мадэль у камерцыйных праектах.",
        "Aotreet eo implij kenwerzhel ar patrom.",
        "S'impreu comerciale de custu modellu est permìtidu.",
        "U mudellu pò esse adupratu per ogni scopu, cumpresu l'usu cummerciale.",
    ):
        assert grants_commercial_minor(body), body


def test_permission_word_with_a_negation_or_only_is_no_grant() -> None:
    for body in (
        "Карыстальнік не можа выкарыстоўваць мадэль у камерцыйных праектах.",
        "Карыстальнік можа выкарыстоўваць мадэль у камерцыйных мэтах толькі з папярэдняй згоды.",
        "N'eo ket aotreet an implij kenwerzhel.",
        "S'impreu comerciale non est permìtidu.",
        "S'impreu comerciale est permìtidu isceti cun su permissu de su licentziante.",
        "Se permite el uso comercial solo con autorización.",  # Spanish: no word of this table
    ):
        assert not grants_commercial_minor(body), body


# --- eu: a grant "in your business too"; a table of uses answered Bai / Ez ---------------------
_EU_TABLE = (
    "1. Eredua erabili eta aldatu dezakezu, baita zure enpresan ere.\n"
    '2. Beheko taulan "Ez" duten erabileretarako ez dago inolako baimenik.\n\n'
    "| Erabilera | Baimenduta? |\n|---|---|\n"
    "| Zerbitzu komertzialak | Bai |\n| {row} | Ez |\n"
)


def test_basque_table_bans_the_rows_answered_no() -> None:
    values, unread = _read(_EU_TABLE.format(row="Gerra eta helburu militarrak"), "Lizentzia")
    assert values.get("commercial_use") == "allowed"
    assert values.get("use_restrictions") == ["military"]
    assert not unread
    values, _ = _read(_EU_TABLE.format(row="Jendea ezkutuan zelatatzea"), "Lizentzia")
    assert values.get("use_restrictions") == ["surveillance"]


def test_basque_table_row_naming_no_known_harm_keeps_the_lead_in_unread() -> None:
    values, unread = _read(_EU_TABLE.format(row="Hauteskunde kanpainak"), "Lizentzia")
    assert not values.get("use_restrictions")
    assert any("taulan" in text for text in unread)


# --- cy: use for money denied; the law of Wales and England -----------------------------------
def test_welsh_gain_denied_is_a_ban_and_the_law_is_read() -> None:
    values, unread = _read(
        "Cewch ddefnyddio'r model at ddibenion anfasnachol yn unig.\n\nNi chaniateir defnyddio'r"
        " model er elw nac er budd masnachol.\n\nLlywodraethir y drwydded gan gyfraith Cymru a"
        " Lloegr.",
        "Trwydded",
    )
    assert values.get("commercial_use") == "prohibited"
    assert values.get("governing_law") == "GB"
    assert not unread


def test_welsh_gain_denied_without_permission_stays_unread() -> None:
    values, unread = _read(
        "Ni chaniateir defnyddio'r model er budd masnachol heb ganiatâd ysgrifenedig.", "Trwydded"
    )
    assert values.get("commercial_use") != "prohibited"
    assert unread


# --- be: a ban on medical advice, outright or only without a licence to practise ---------------
def test_belarusian_medical_ban_outright_and_unlicensed_only() -> None:
    values, _ = _read(
        "Забараняецца выкарыстоўваць мадэль для медыцынскіх кансультацый.", "Ліцэнзія"
    )
    assert values.get("use_restrictions") == ["medical-advice"]
    values, _ = _read(
        "Забараняецца выкарыстоўваць мадэль для медыцынскіх кансультацый асобамі без ліцэнзіі"
        " на медыцынскую практыку.",
        "Ліцэнзія",
    )
    assert values.get("use_restrictions") == ["medical-advice", "unlicensed-professional-practice"]


def test_belarusian_law_and_no_harm_named() -> None:
    values, _ = _read("Ліцэнзія рэгулюецца правам Рэспублікі Беларусь.", "Ліцэнзія")
    assert values.get("governing_law") == "BY"
    values, unread = _read("Забараняецца выкарыстоўваць мадэль для рэкламы.", "Ліцэнзія")
    assert not values.get("use_restrictions")
    assert unread


# --- lt: any purpose but commercial; internal use not commercial --------------------------------
def test_lithuanian_any_purpose_except_commercial_and_internal_use() -> None:
    values, unread = _read(
        "- Modelį galima naudoti visais tikslais, išskyrus komercinius.\n"
        "- Vidinis naudojimas įmonėje komerciniu naudojimu nelaikomas.",
        "Sąlygos",
    )
    assert values.get("commercial_use") == "prohibited"
    assert values.get("use_scope") == ["internal-use-by-anyone"]
    assert not unread


def test_lithuanian_internal_use_said_commercial_is_no_scope() -> None:
    values, _ = _read(
        "- Modelį galima naudoti visais tikslais, išskyrus komercinius.\n"
        "- Vidinis naudojimas įmonėje laikomas komerciniu naudojimu.",
        "Sąlygos",
    )
    assert values.get("commercial_use") == "prohibited"
    scope = values.get("use_scope") or []
    assert isinstance(scope, list) and "internal-use-by-anyone" not in scope


# --- br, sc: use banned in places, or confined to one ------------------------------------------
def test_breton_use_banned_in_named_places() -> None:
    values, _ = _read(
        "Aotreet eo an implij kenwerzhel.\n\nNe c'hall ket ar patrom bezañ implijet e Sina.",
        "Aotre",
    )
    territories = values.get("excluded_use_territories")
    assert isinstance(territories, list)
    assert territories[0]["regions"] == ["CN"]
    assert not territories[0].get("within")


def test_sardinian_use_confined_to_a_country_and_the_law() -> None:
    values, _ = _read(
        "Est permìtidu s'impreu comerciale.\n\nSu modellu podet èssere impreadu isceti in"
        " Itàlia; foras de cussu territòriu non podet èssere impreadu.\n\nSa lissèntzia est"
        " regulada dae sa lege italiana.",
        "Lissèntzia",
    )
    territories = values.get("excluded_use_territories")
    assert isinstance(territories, list)
    assert territories[0]["regions"] == ["IT"] and territories[0]["within"]
    assert values.get("governing_law") == "IT"


# --- de: "nicht untersagt", on a credit only -----------------------------------------------------
def test_german_commercial_use_not_prohibited_on_a_credit() -> None:
    values, unread = _read(
        "Die kommerzielle Nutzung des Modells ist nicht verboten, vorausgesetzt, die Quelle wird"
        " genannt.",
        "Lizenz",
    )
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["attribution-display"]
    assert not unread


def test_german_not_prohibited_on_consent_or_plainly_prohibited_is_no_grant() -> None:
    for body in (
        "Die kommerzielle Nutzung ist nicht verboten, sofern die Zustimmung des Lizenzgebers"
        " vorliegt.",
        "Die kommerzielle Nutzung des Modells ist verboten, sofern die Quelle nicht genannt wird.",
        "Die Nutzung zu nicht-gewerblichen Zwecken ist nicht untersagt.",
    ):
        values, _ = _read(body, "Lizenz")
        assert values.get("commercial_use") != "allowed", body


# --- hr: the licensor named "davatelj licencije" is no further licence --------------------------
def test_croatian_licensor_is_no_further_licence() -> None:
    assert (
        needed_condition(
            "Komercijalna uporaba dopuštena je uz pisano dopuštenje davatelja licencije."
        )
        == "written-permission"
    )
    assert (
        needed_condition("Komercijalna uporaba dopuštena je uz zasebnu komercijalnu licenciju.")
        == "separate-license"
    )


def test_croatian_commercial_terms_in_an_annex_lift_the_ban() -> None:
    body = (
        "Model se smije koristiti u nekomercijalne svrhe. Uvjeti za komercijalnu uporabu"
        " utvrđeni su u Prilogu 1."
    )
    values, unread = _read(body)
    assert values.get("commercial_use") != "prohibited"
    assert not unread
    values, _ = _read(
        "Model se smije koristiti u nekomercijalne svrhe. Uvjeti za komercijalnu uporabu nisu"
        " utvrđeni u Prilogu 1."
    )
    assert values.get("commercial_use") == "prohibited"


# --- es: a grant free of charge, a licence granted, a credit kept -------------------------------
def test_spanish_grant_free_of_charge() -> None:
    values, unread = _read(
        "El Licenciante concede una licencia gratuita y no exclusiva sobre el Modelo.\n\n"
        "Está permitido el uso comercial del Modelo sin cargo.\n\n"
        "El Licenciatario conservará el aviso de derechos de autor en cada copia.",
        "Licencia",
    )
    assert values.get("commercial_use") == "allowed"
    assert values.get("attribution_required") is True
    assert not unread


def test_spanish_free_of_charge_but_only_with_consent_is_no_grant() -> None:
    values, _ = _read(
        "Está permitido el uso comercial del Modelo sin cargo, solo con autorización previa.",
        "Licencia",
    )
    assert values.get("commercial_use") != "allowed"
