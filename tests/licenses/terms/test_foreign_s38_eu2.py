"""Session 38 (second European helper): each shape read with a paraphrase that reads the same
and a twin differing in one fact that must read differently."""

from __future__ import annotations

from auditor.licenses.terms.disagree import incorporates
from auditor.licenses.terms.foreign import read_foreign


def _read(body: str, title: str = "Litsents") -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- et: "a month" before the figure, the active users after it --------------------------------
def test_estonian_month_before_the_figure_is_a_user_cap() -> None:
    for body, count in (
        (
            "Mudelit tohib kasutada ka ärilistel eesmärkidel.\nKui teenusel on kuus üle 250 000"
            " aktiivse kasutaja, tuleb sõlmida litsentsiandjaga eraldi leping.",
            250000,
        ),
        (
            "Mudelit tohib kasutada ka ärilistel eesmärkidel.\nKui rakendust kasutab kuu jooksul"
            " rohkem kui 80 000 aktiivset kasutajat, peab litsentsisaaja sõlmima eraldi lepingu.",
            80000,
        ),
    ):
        values, unread = _read(body)
        assert values.get("mau_threshold") == count, body
        assert values.get("commercial_use") == "restricted", body
        assert not unread, body


def test_estonian_six_active_users_is_no_cap() -> None:
    # "kuus" is also the number six: no figure follows it, no cap is read
    values, _ = _read(
        "Mudelit tohib kasutada ka ärilistel eesmärkidel.\nTestimiseks piisab, kui mudelit"
        " kasutab kuus aktiivset kasutajat."
    )
    assert "mau_threshold" not in values
    assert "user_threshold" not in values


# --- lv: the users of one day -----------------------------------------------------------------
def test_latvian_daily_users_cap_and_its_consequence() -> None:
    for body in (
        "Modeli drīkst izmantot arī komerciāli, ja produktam vienā dienā nav vairāk par 30 000"
        " aktīvo lietotāju. Ja šis skaits tiek pārsniegts, jānoslēdz atsevišķs līgums.",
        "Modeli drīkst izmantot arī komerciāli, ja jebkurā dienā ir ne vairāk kā 30 000 aktīvo"
        " lietotāju. Ja šis skaits tiek pārsniegts, nepieciešams atsevišķs līgums.",
    ):
        values, unread = _read(body)
        assert values.get("user_threshold") == {"count": 30000, "unit": "dau"}, body
        assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
        assert not unread, body


def test_latvian_weekly_users_cap_is_not_daily() -> None:
    values, _ = _read(
        "Modeli drīkst izmantot arī komerciāli, ja produktam vienā nedēļā nav vairāk par 30 000"
        " aktīvo lietotāju."
    )
    assert values.get("user_threshold") == {"count": 30000, "unit": "wau"}


def test_latvian_requests_a_day_are_no_user_cap() -> None:
    values, _ = _read(
        "Modeli drīkst izmantot arī komerciāli. Vienā dienā drīkst nosūtīt ne vairāk kā 30 000"
        " pieprasījumu."
    )
    assert "user_threshold" not in values


# --- ro: turnover with a possessive inside ----------------------------------------------------
def test_romanian_turnover_with_a_possessive_is_a_revenue_cap() -> None:
    for body in (
        "Licențiatul poate folosi modelul în scop comercial numai dacă cifra sa de afaceri anuală"
        " nu depășește 50.000.000 lei.",
        "Utilizarea comercială este permisă dacă cifra totală de afaceri a licențiatului nu"
        " depășește 50.000.000 lei pe an.",
    ):
        values, _ = _read(body, "Licență")
        cap = values.get("revenue_threshold")
        assert isinstance(cap, dict), body
        assert (cap["amount"], cap["currency"]) == (50000000, "RON"), body


def test_romanian_turnover_without_an_amount_of_money_is_no_cap() -> None:
    values, _ = _read(
        "Licențiatul poate folosi modelul în scop comercial numai dacă cifra sa de afaceri a"
        " crescut în ultimii 3 ani.",
        "Licență",
    )
    assert "revenue_threshold" not in values


# --- a licence in another language making the use follow a file it names ----------------------
def test_foreign_licence_making_use_follow_a_named_file_incorporates_it() -> None:
    for text in (
        "Modeli drīkst izmantot saskaņā ar datnē NOTEIKUMI.md izklāstītajiem noteikumiem.",
        "Mudelit tohib kasutada vastavalt failis NOTEIKUMI.md sätestatud tingimustele.",
        "Das Modell darf gemäß den in NOTEIKUMI.md festgelegten Bedingungen genutzt werden.",
    ):
        assert incorporates(text, "NOTEIKUMI.md"), text


def test_foreign_licence_naming_a_file_it_does_not_follow_does_not_incorporate_it() -> None:
    for text in (
        # the file named is not followed: "not in accordance with"
        "Modeli nedrīkst izmantot saskaņā ar datnē NOTEIKUMI.md izklāstītajiem noteikumiem.",
        # named only as where to look, no use made to follow it
        "Sīkāka informācija par modeli ir datnē NOTEIKUMI.md.",
    ):
        assert not incorporates(text, "NOTEIKUMI.md"), text


# --- sk: the weights not to be passed on, and built into an app on users' devices -------------
def _scope(body: str) -> list[str]:
    values, _ = _read(body, "Licencia")
    scope = values.get("use_scope")
    return sorted(scope) if isinstance(scope, list) else []


def test_slovak_ban_on_passing_the_weights_on() -> None:
    for body in (
        "Komerčné použitie je povolené.\nVáhy modelu nesmiete zverejniť ani predávať.",
        "Komerčné použitie je povolené.\nJe zakázané ďalej šíriť parametre modelu tretím osobám.",
    ):
        assert _scope(body) == ["no-weight-redistribution"], body


def test_slovak_weights_passed_on_allowed_or_with_consent_is_no_plain_ban() -> None:
    for body in (
        # allowed: no ban word
        "Komerčné použitie je povolené.\nVáhy modelu smiete zverejniť aj predávať.",
        # only without the licensor's consent: not read here
        "Komerčné použitie je povolené.\nVáhy modelu nesmiete zverejniť bez súhlasu poskytovateľa.",
    ):
        assert "no-weight-redistribution" not in _scope(body), body


def test_slovak_weights_built_into_an_app_on_devices_is_the_carve_out() -> None:
    for body in (
        "Komerčné použitie je povolené.\nVáhy nesmiete šíriť.\nVáhy však môžete zabudovať do"
        " svojej aplikácie, ktorá beží na zariadeniach používateľov.",
        "Komerčné použitie je povolené.\nVáhy nesmiete šíriť.\nVáhy je dovolené integrovať do"
        " vlastného produktu spúšťaného priamo na zariadeniach zákazníkov.",
    ):
        assert _scope(body) == ["no-weight-redistribution", "on-device-shipping"], body


def test_slovak_weights_not_to_be_built_into_an_app_is_no_carve_out() -> None:
    body = (
        "Komerčné použitie je povolené.\nVáhy nesmiete šíriť.\nVáhy nesmiete zabudovať do"
        " aplikácie, ktorá beží na zariadeniach používateľov."
    )
    assert _scope(body) == ["no-weight-redistribution"]


# --- a sentence after a cap pointing back at it ("above this", "larger companies") ------------
_HU_CAP = (
    "A modell kereskedelmi célra is felhasználható, ha a licencvevő éves árbevétele nem haladja"
    " meg a 2 milliárd forintot."
)


def test_sentence_after_a_cap_pointing_back_at_it_is_the_caps_consequence() -> None:
    for after in (
        "E fölött külön szerződés szükséges.",
        "Ezen határ felett külön licencszerződést kell kötni.",
        "A nagyobb árbevételű cégek külön szerződést kötnek.",
    ):
        values, unread = _read(f"{_HU_CAP}\n{after}", "Licenc")
        assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
        assert after not in unread, after


def test_pointing_back_without_a_cap_or_a_licence_asked_is_not_read_so() -> None:
    # no cap stated before: the sentence is no cap's consequence
    values, unread = _read(
        "A modell kereskedelmi célra is felhasználható.\nE fölött külön szerződés szükséges.",
        "Licenc",
    )
    assert "revenue_threshold" not in values
    assert "E fölött külön szerződés szükséges." in unread
    # after a cap, but no licence or contract asked: not read as its consequence
    _, unread = _read(f"{_HU_CAP}\nE fölött a licencvevő értesíti a licencadót.", "Licenc")
    assert "E fölött a licencvevő értesíti a licencadót." in unread


def test_a_file_named_an_integral_part_of_the_licence_is_incorporated() -> None:
    for text in (
        "Uvjeti komercijalne uporabe navedeni su u prilogu (datoteka UVJETI-B.md), koji je"
        " sastavni dio ove licencije.",
        "Pogoji so v datoteki UVJETI-B.md, ki je sestavni del te licence.",
        "Les conditions figurent dans le fichier UVJETI-B.md, qui fait partie intégrante de la"
        " présente licence.",
    ):
        assert incorporates(text, "UVJETI-B.md"), text


def test_twin_a_file_named_for_information_only_is_not_incorporated() -> None:
    text = "Više informacija o modelu nalazi se u datoteci UVJETI-B.md."
    assert not incorporates(text, "UVJETI-B.md")
