"""Session 39, second European helper: each shape read with a paraphrase that reads the same and
a twin differing in one fact that must read differently (sentences of our own)."""

from __future__ import annotations

from typing import Any

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_grants_world import grants_noncommercial_world


def _read(body: str, title: str = "Licence") -> tuple[dict[str, Any], list[str]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- gd: "only" said as "chan ... ach", and a plain ban ------------------------------------------
def test_gaelic_noncommercial_only_by_negation_and_exception() -> None:
    for body in (
        "Chan fhaodar an siostam a chur gu feum ach airson obair neo-mhalairteach.",
        "Chan fhaod sibh an lìonra a chleachdadh idir ach airson adhbhar neo-mhalairteach.",
        "Chan fhaod thu an siostam a reic no a chleachdadh airson adhbharan malairteach.",
    ):
        assert grants_noncommercial_world(body), body
        values, _ = _read(body, "Ceadachas")
        assert values.get("commercial_use") == "prohibited", body


def test_gaelic_grant_or_permission_route_is_no_ban() -> None:
    for body in (
        "Faodaidh tu an siostam a chleachdadh agus atharrachadh, a' gabhail a-steach cleachdadh"
        " malairteach.",
        "Chan fhaod thu an siostam a chleachdadh airson adhbharan malairteach gun chead"
        " sgrìobhte ro-làimh.",
        "Chan fhaod thu an siostam a chleachdadh gu malairteach ma tha còrr is millean"
        " luchd-cleachdaidh agad.",
    ):
        assert not grants_noncommercial_world(body), body


# --- sq: commercial use only with written permission; a non-commercial grant beside it ---------
def test_albanian_written_permission_route() -> None:
    body = (
        "Neni 1. Sistemi mund të përdoret dhe të ndryshohet për qëllime jotregtare.\n"
        "Neni 2. Për çdo përdorim tregtar duhet leje paraprake me shkrim nga licencuesi.\n"
        "Neni 3. Kjo licencë rregullohet nga ligji shqiptar."
    )
    values, unread = _read(body, "Licenca")
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]
    assert values.get("governing_law") == "AL"
    assert not unread


def test_albanian_noncommercial_grant_alone_or_negated_route() -> None:
    values, _ = _read("Sistemi mund të përdoret lirisht për qëllime jotregtare.", "Licenca")
    assert values.get("commercial_use") == "prohibited"
    values, unread = _read(
        "Përdorimi tregtar i modelit nuk lejohet për asnjë qëllim, as me leje të dhënë me shkrim"
        " nga licencuesi.",
        "Licenca",
    )
    assert values.get("commercial_use") != "restricted"
    assert unread


# --- oc: registration or written authorisation -------------------------------------------------
def test_occitan_registration_is_allowed_on_condition() -> None:
    body = (
        "Podètz utilizar e modificar lo modèl.\n"
        "L'usatge comercial es permés a condicion de s'inscriure sul site del concedent, sens"
        " cap de validacion."
    )
    values, unread = _read(body, "Licéncia")
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]
    assert not unread


def test_occitan_written_authorisation_twin() -> None:
    body = (
        "Podètz utilizar e modificar lo modèl.\n"
        "L'usatge comercial es pas permés que amb l'autorizacion escricha del concedent."
    )
    values, _ = _read(body, "Licéncia")
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]
    # a negation with no exception: no route read, said unread
    values, unread = _read("L'usatge comercial es pas permés, quina que siá l'autorizacion.")
    assert values.get("commercial_use") not in ("allowed", "restricted")
    assert unread


def test_occitan_plain_grant_alone_allows_every_use() -> None:
    values, _ = _read("Podètz utilizar, copiar e distribuir lo modèl.", "Licéncia")
    assert values.get("commercial_use") == "allowed"


# --- is, cy: a cap on monthly active users -----------------------------------------------------
def test_icelandic_monthly_cap_and_credit() -> None:
    body = (
        "1. gr. Leyfishafi skal geta uppruna líkansins í lýsingu þjónustunnar.\n"
        "2. gr. Ef virkir notendur á mánuði verða fleiri en 500.000 fellur leyfið niður nema"
        " sérstakt leyfi fáist."
    )
    values, unread = _read(body, "Notkunarleyfi")
    assert values.get("user_threshold") == {"count": 500000, "unit": "mau"}
    assert values.get("commercial_use") == "restricted"
    assert values.get("attribution_required") is True
    assert not unread


def test_icelandic_cap_said_not_to_lapse_is_no_cap() -> None:
    body = "Þótt virkir notendur á mánuði verði fleiri en 500.000 fellur leyfið ekki niður."
    values, _ = _read(body, "Notkunarleyfi")
    assert "user_threshold" not in values


def test_welsh_group_cap_counts_affiliates_unless_left_out() -> None:
    counted = (
        "Mae angen trwydded ar wahân os oes gan y Trwyddedai a'i gwmnïau cysylltiedig gyda'i"
        " gilydd fwy na 750,000 o ddefnyddwyr gweithredol misol."
    )
    values, _ = _read(counted, "Trwydded")
    assert values.get("user_threshold") == {
        "count": 750000,
        "unit": "mau",
        "counts": "licensee-and-affiliates",
    }
    alone = counted.replace("y Trwyddedai a'i gwmnïau cysylltiedig gyda'i gilydd", "y Trwyddedai")
    values, _ = _read(alone, "Trwydded")
    assert values.get("user_threshold") == {"count": 750000, "unit": "mau"}


def test_welsh_commercial_grant_and_its_narrowed_twin() -> None:
    values, _ = _read("Gallwch addasu'r model a'i werthu mewn gwasanaethau masnachol.", "Trwydded")
    assert values.get("commercial_use") == "allowed"
    values, _ = _read(
        "Gallwch addasu'r model mewn gwasanaethau masnachol os oes gennych ganiatâd.", "Trwydded"
    )
    assert values.get("commercial_use") != "allowed"


# --- hu: a daily cap told as another language --------------------------------------------------
def test_hungarian_daily_cap_told_otherwise() -> None:
    body = (
        "A licenc legfeljebb napi ötvenezer (50 000) aktív felhasználóig érvényes; ennél több"
        " felhasználóhoz külön megállapodás kell."
    )
    values, unread = _read(body, "Licenc")
    assert values.get("user_threshold") == {"count": 50000, "unit": "dau"}
    assert not unread
    monthly = body.replace("napi ", "havi ")
    values, _ = _read(monthly, "Licenc")
    assert (values.get("user_threshold") or {}).get("unit") != "dau"


def test_hungarian_weights_not_passed_on() -> None:
    values, _ = _read("A licencvevő a modell súlyait nem adhatja tovább másnak.", "Licenc")
    assert "no-weight-redistribution" in (values.get("use_scope") or [])
    values, _ = _read(
        "A licencvevő a modell súlyait csak írásos engedéllyel adhatja tovább.", "Licenc"
    )
    assert "no-weight-redistribution" not in (values.get("use_scope") or [])


# --- be, lv, fo: territories and domiciles ------------------------------------------------------
def test_belarusian_use_banned_in_a_place() -> None:
    values, _ = _read("Забаронена выкарыстоўваць мадэль на тэрыторыі Кітая і Расіі.", "Ліцэнзія")
    entry = (values.get("excluded_use_territories") or [{}])[0]
    assert entry.get("regions") == ["CN", "RU"] and not entry.get("within")
    values, _ = _read("Мадэль можна выкарыстоўваць толькі на тэрыторыі Літвы.", "Ліцэнзія")
    entry = (values.get("excluded_use_territories") or [{}])[0]
    assert entry.get("regions") == ["LT"] and entry.get("within")


def test_latvian_confined_to_a_place_and_banned_outside() -> None:
    body = (
        "Modeli drīkst izmantot, arī komerciāli, tikai Latvijas teritorijā. Ārpus tās modeli"
        " nedrīkst izmantot."
    )
    values, _ = _read(body)
    entry = (values.get("excluded_use_territories") or [{}])[0]
    assert entry.get("regions") == ["LV"] and entry.get("within")
    values, _ = _read("Modeli nedrīkst izmantot Krievijā un Baltkrievijā.")
    entry = (values.get("excluded_use_territories") or [{}])[0]
    assert entry.get("regions") == ["BY", "RU"] and not entry.get("within")


def test_faroese_domicile_excluded_and_users_there_served() -> None:
    body = (
        "Hetta loyvið gevur ongan rætt til feløg, sum hava høvuðssæti í Kina.\n"
        "Brúkarar í Kina kunnu kortini nýta tænastur, sum eitt loyvt felag veitir."
    )
    values, unread = _read(body, "Loyvi")
    entry = (values.get("excluded_licensee_domiciles") or [{}])[0]
    assert entry.get("regions") == ["CN"]
    assert "excluded_use_territories" not in values
    assert not unread


# --- mk: a revenue cap in a footnote; ast, el: grants by a table --------------------------------
def test_macedonian_revenue_cap_and_its_sequel() -> None:
    body = (
        "Ова важи само за корисници чиј годишен приход не надминува 2.000.000 евра.\n"
        "Над тој износ потребна е посебна лиценца."
    )
    values, unread = _read(body, "Лиценца")
    assert values.get("revenue_threshold") == {
        "amount": 2000000,
        "currency": "EUR",
        "period": "year",
        "measure": "revenue",
    }
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    assert not unread
    values, _ = _read("Над тој износ потребна е посебна лиценца.", "Лиценца")
    assert values.get("commercial_use_conditions") != ["separate-license-above-threshold"]


def test_grant_by_a_table_states_no_term_unless_narrowed() -> None:
    for body in (
        "La entidá pue usar y camudar el modelu d'acuerdu cola tabla siguiente.",
        "Το λογισμικό επιτρέπεται να χρησιμοποιείται σύμφωνα με τον ακόλουθο πίνακα:",
    ):
        values, unread = _read(body)
        assert not unread and "commercial_use" not in values, body
    _, unread = _read(
        "Το λογισμικό δεν επιτρέπεται να χρησιμοποιείται σύμφωνα με τον ακόλουθο πίνακα:"
    )
    assert unread


def test_belarusian_law_chosen_not_a_law_obeyed() -> None:
    values, _ = _read("Да гэтай ліцэнзіі прымяняецца права Рэспублікі Польшча.", "Ліцэнзія")
    assert values.get("governing_law") == "PL"
    values, _ = _read("Ліцэнзіят павінен выконваць права Рэспублікі Польшча.", "Ліцэнзія")
    assert "governing_law" not in values


# --- gd: which version binds; the law of Scotland ----------------------------------------------
def test_gaelic_version_said_binding() -> None:
    from auditor.licenses.terms.foreign_precedence import prevailing_language

    assert (
        prevailing_language("Ma tha iad eadar-dhealaichte, tha an teacsa Gàidhlig ceangailteach.")
        == "gd"
    )
    assert prevailing_language("The Gaelic version in TEACSA.md shall be the binding one.") == "gd"
    assert prevailing_language("Is e an teacsa Beurla a tha ceangailteach.") == "en"
    assert prevailing_language("The Gaelic version is not binding.") is None


def test_gaelic_law_applied_not_a_law_obeyed() -> None:
    values, unread = _read("Tha an ceadachas seo fo lagh na h-Alba.", "Ceadachas")
    assert values.get("governing_law") == "GB" and not unread
    values, _ = _read("Feumaidh tu lagh na h-Alba a leantainn an-còmhnaidh.", "Ceadachas")
    assert "governing_law" not in values


def test_frisian_dutch_law_applied() -> None:
    values, _ = _read("Op dizze lisinsje is it Nederlânsk rjocht fan tapassing.", "Lisinsje")
    assert values.get("governing_law") == "NL"
    values, _ = _read("Jo moatte it Nederlânsk rjocht altyd folgje.", "Lisinsje")
    assert values.get("governing_law") != "NL"
