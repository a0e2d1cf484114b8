"""Session 40, second European helper: each shape read with a paraphrase that reads the same and
a twin differing in one fact that must read differently (sentences of our own)."""

from __future__ import annotations

from typing import Any

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_parts_s38w import card_taken_in_foreign


def _read(body: str, title: str = "Licence") -> tuple[dict[str, Any], list[str]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- commercial grants: es, bg, se, sh ---------------------------------------------------------
def test_commercial_grants_read_and_narrowed_twins_not() -> None:
    for body, title in (
        ("Se autoriza la copia, la adaptación y la explotación comercial del sistema.", "Licencia"),
        ("Se permite el uso comercial y la modificación de la red neuronal.", "Licencia"),
        ("Можете да използвате и споделяте модела с търговска цел.", "Лиценз"),
        ("Dán vuogádaga oažžu geavahit ja juohkit buot ulbmiliidda, maiddái gávppálaš"
         " ulbmiliidda.", "Lohpi"),
    ):  # fmt: skip
        values, unread = _read(body, title)
        assert values.get("commercial_use") == "allowed", body
        assert not unread, body
    for body, title in (  # the same grants, narrowed by one word
        ("Se autoriza la explotación comercial del sistema solo con permiso previo.", "Licencia"),
        ("Можете да използвате модела с търговска цел само след разрешение.", "Лиценз"),
        ("Dán vuogádaga oažžu geavahit dušše dutkamii, ii maiddái gávppálaš ulbmiliidda.", "Lohpi"),
    ):
        values, _ = _read(body, title)
        assert values.get("commercial_use") != "allowed", body


def test_serbian_grant_with_conditions_listed_after_it() -> None:
    body = (
        "Davalac licence vam daje pravo da sistem koristite i menjate u komercijalne svrhe,"
        " pod sledećim uslovima:\n"
        "1. uz svaku kopiju mora se priložiti tekst ove licence;\n"
        "2. sistem se ne sme koristiti za pružanje pravnih saveta licima kojima ih ne pruža"
        " advokat;\n"
        "3. odgovori modela ne smeju se predstavljati kao mišljenje suda."
    )
    values, unread = _read(body, "Licenca")
    assert values.get("commercial_use") == "allowed"
    assert set(values.get("use_restrictions", [])) == {
        "unlicensed-professional-practice",
        "impersonation",
    }
    assert not unread
    # twin: the grant's condition in the same sentence is not read as a grant
    values, _ = _read(
        "Davalac licence vam daje pravo da sistem koristite u komercijalne svrhe, pod uslovom"
        " da imate manje od 100 korisnika.",
        "Licenca",
    )
    assert values.get("commercial_use") != "allowed"


# --- professional advice banned: outright or only unlicensed ----------------------------------
def test_advice_banned_outright_or_only_without_a_professional() -> None:
    outright = (
        "Системот не смее да се користи за медицински совети, дури и кога го користи лекар.",
        "Sistem se ne sme koristiti za medicinske savete, čak i kada njime upravlja lekar.",
        "Моделот не смее да се користи за медицински совети.",
    )
    for body in outright:
        values, _ = _read(body, "Лиценца")
        assert values.get("use_restrictions") == ["medical-advice"], body
    unlicensed = (
        "Sistem se ne sme koristiti za medicinske savete osim ako ih daje lekar.",
        "Моделот не смее да се користи за медицински совети без надзор на лекар.",
    )
    for body in unlicensed:
        values, _ = _read(body, "Лиценца")
        assert values.get("use_restrictions") == ["unlicensed-professional-practice"], body
    # twin: a profession named with neither "even" nor an exception: left unread
    values, unread = _read("Sistem se ne sme koristiti za pravne savete koje daje advokat.")
    assert "use_restrictions" not in values or values["use_restrictions"] == []
    assert unread


# --- credits asked -----------------------------------------------------------------------------
def test_credit_duties_and_a_paid_twin() -> None:
    for body, title in (
        ("Единственото условие е да посочите името на автора във всяко приложение.", "Лиценз"),
        ('A licencia köteles a weboldalán feltüntetni: "Ez a Tisza-3B modellre épül."', "Licenc"),
        ("Dán teavstta galgá čuovvut juohke máŋgosa.", "Lohpi"),
    ):
        values, unread = _read(body, title)
        assert values.get("attribution_required") is True, body
        assert not unread, body
    # twin: a fee asked beside the credit is no mere credit
    values, _ = _read(
        "Единственото условие е да посочите името на автора и да платите такса.", "Лиценз"
    )
    assert values.get("attribution_required") is not True


# --- Baltic: registration routes, notes, research grants beside a route -----------------------
def test_lithuanian_registration_route_and_its_note() -> None:
    body = (
        "Sistemą galite naudoti bet kokiais tikslais, taip pat komerciniais. Prieš naudodami ją"
        " komerciškai, užsiregistruokite mūsų svetainėje. Registracija nemokama, o patvirtinimas"
        " siunčiamas automatiškai; leidimo laukti nereikia."
    )
    values, unread = _read(body, "Naudojimo sąlygos")
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]
    assert not unread
    # twin: the registration awaits the licensor's permission: not a mere registration
    values, _ = _read(
        "Prieš naudodami ją komerciškai, užsiregistruokite ir gaukite leidimą.", "Sąlygos"
    )
    assert values.get("commercial_use_conditions") != ["registration"]


def test_latvian_research_grant_beside_a_route_and_refusal_note() -> None:
    route = "Komerciālai izmantošanai nepieciešama licences devēja rakstiska atļauja."
    body = (
        "Modeli drīkst izmantot zinātnei un izglītībai.\n"
        f"{route}\n"
        "Licences devējs var atļauju atteikt, nenorādot iemeslus."
    )
    values, unread = _read(body, "Licence")
    assert values.get("commercial_use") == "restricted"
    assert not unread
    # twin: no route beside the research grant: it is not read as no term
    _, unread = _read("Modeli drīkst izmantot zinātnei un izglītībai.", "Licence")
    assert unread


# --- Albanian: research by anyone, every other use on a further licence ------------------------
def test_albanian_research_by_anyone_and_other_use_licensed() -> None:
    body = (
        "1. Kushdo, përfshirë kompanitë, mund ta përdorë sistemin për kërkime shkencore.\n"
        "2. Çdo përdorim tjetër kërkon një licencë të veçantë nga autori."
    )
    values, unread = _read(body, "Licenca")
    assert values.get("use_scope") == ["research-by-anyone"]
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["separate-license"]
    assert not unread
    # twin: research by anyone but companies: not read as research by anyone
    values, _ = _read("Kushdo mund ta përdorë sistemin për kërkime, përveç kompanive.", "Licenca")
    assert values.get("use_scope") != ["research-by-anyone"]


# --- Greek: a defined commercial exploitation on a separate contract ---------------------------
def test_greek_exploitation_on_contract_and_internal_use() -> None:
    body = (
        "Η χρήση εντός της επιχείρησης του αδειούχου δεν αποτελεί εμπορική εκμετάλλευση.\n\n"
        "Ο αδειούχος μπορεί να χρησιμοποιεί και να διανέμει το μοντέλο.\n\n"
        "Η εμπορική εκμετάλλευση επιτρέπεται μόνο με ξεχωριστή συμφωνία."
    )
    values, unread = _read(body, "Άδεια")
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["separate-license"]
    assert values.get("use_scope") == ["internal-use-by-anyone"]
    assert not unread
    # twin: written consent instead of a contract
    values, _ = _read(
        "Η εμπορική εκμετάλλευση επιτρέπεται μόνο με προηγούμενη γραπτή έγκριση.", "Άδεια"
    )
    assert values.get("commercial_use_conditions") == ["written-permission"]


# --- end users spared by an exclusion of licensees --------------------------------------------
def test_end_users_spared_read_as_no_term_and_a_duty_twin_not() -> None:
    for body in (
        "Končni uporabniki storitev drugih licencojemalcev iz teh držav niso izključeni.",
        "Les utilisateurs finaux d'un service fourni par un autre licencié n'en sont pas affectés.",
        "Los usuarios finales de servicios de otros licenciatarios no quedan excluidos.",
    ):
        values, unread = _read(body)
        assert not values, body
        assert not unread, body
    _, unread = _read("Les utilisateurs finaux doivent accepter les conditions du licencié.")
    assert unread


# --- et, fi: the card made part of the licence ------------------------------------------------
def test_card_taken_in_estonian_finnish() -> None:
    assert card_taken_in_foreign("Käyttöehdot on koottu mallikortin (README.md) taulukkoon.")
    assert card_taken_in_foreign(
        "Mudelit võib kasutada, kui järgitakse mudelikaardis toodud tingimusi."
    )
    assert not card_taken_in_foreign("Mallikortti ei ole osa tätä lisenssiä.")
