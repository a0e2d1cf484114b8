"""Session 38 (third European helper, `foreign_caps_s38eu3`): each shape read with a paraphrase
that reads the same and a twin differing in one fact that must read differently."""

from __future__ import annotations

from auditor.licenses.terms.foreign import read_foreign


def _read(body: str, title: str = "Loyvi") -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- fo: a monthly user cap, affiliates counted, a grant while it is not passed -----------------
_FO_GRANT = (
    "Vinnulig nýtsla av listanum er loyvd, so leingi markið niðanfyri ikki verður farið um.\n"
    "Verður markið farið um, skal serstakt loyvi fáast frá rættindahavaranum.\n"
)


def test_faroese_monthly_cap_counted_with_affiliates() -> None:
    for row, count in (
        ("Virknir brúkarar um mánaðin, taldir saman við øll atknýttu feløg: 750.000", 750000),
        ("Mánaðarligir virknir brúkarar íroknaðir dótturfeløg í konserninum: 90.000", 90000),
    ):
        values, unread = _read(_FO_GRANT + row)
        assert values.get("user_threshold") == {
            "count": count,
            "unit": "mau",
            "counts": "licensee-and-affiliates",
        }, row
        assert values.get("commercial_use") == "restricted", row
        assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
        assert not unread, row


def test_faroese_affiliates_left_out_are_not_counted() -> None:
    values, _ = _read(
        _FO_GRANT + "Virknir brúkarar um mánaðin hjá loyvistakaranum, uttan atknýttu feløg: 750.000"
    )
    assert values.get("user_threshold") == {"count": 750000, "unit": "mau"}


def test_faroese_grant_denied_is_not_read_as_a_grant_under_a_cap() -> None:
    _, unread = _read(
        "Vinnulig nýtsla av listanum er ikki loyvd.\n"
        "Virknir brúkarar um mánaðin, taldir saman við øll atknýttu feløg: 750.000"
    )
    assert any("ikki loyvd" in text for text in unread)


def test_faroese_consequence_without_a_cap_stays_unread() -> None:
    values, unread = _read(_FO_GRANT)
    assert "user_threshold" not in values
    assert unread


# --- rm: commercial use while the yearly turnover stays under an amount -------------------------
def test_romansh_turnover_cap_its_consequence_and_law() -> None:
    for body, amount in (
        (
            "Il licenzià po utilisar il model er per intents commerzials, sche sia svieuta"
            " annuala na surpassa betg CHF 25'000'000.\nSche quest limit vegn surpassà, dovri"
            " ina licenza separada.\nQuesta licenza suttastat al dretg svizzer.",
            25000000,
        ),
        (
            "Las utilisaders pon utilisar la rait er per intents commerzials sche lur svieuta"
            " annuala na surpassa betg EUR 4'000'000.",
            4000000,
        ),
    ):
        values, unread = _read(body, "Licenza")
        threshold = values.get("revenue_threshold")
        assert isinstance(threshold, dict) and threshold["amount"] == amount, body
        assert threshold["period"] == "year", body
        assert values.get("commercial_use") == "restricted", body
        assert not unread, body
    values, _ = _read("Questa licenza suttastat al dretg svizzer.", "Licenza")
    assert values.get("governing_law") == "CH"


def test_romansh_grant_denied_or_asking_permission_is_no_cap() -> None:
    for body in (
        "Il licenzià na po betg utilisar il model per intents commerzials, sche sia svieuta"
        " annuala na surpassa betg CHF 25'000'000.",
        "Il licenzià po utilisar il model er per intents commerzials, sche sia svieuta annuala"
        " na surpassa betg CHF 25'000'000 e sche el ha ina permissiun en scrit.",
    ):
        values, _ = _read(body, "Licenza")
        assert "revenue_threshold" not in values, body
        assert values.get("commercial_use") != "allowed", body


# --- no, nn: commercial use for a yearly turnover under an amount -------------------------------
def test_norwegian_turnover_cap_in_either_written_form() -> None:
    for body in (
        "Kommersiell bruk er tillate for brukarar med ei årleg omsetning under 50 millionar"
        " kroner (NOK). Brukarar med høgare omsetning må inngå ein eigen avtale med oss.",
        "Kommersiell bruk er tillatt for kunder med en årlig omsetning under 50 millioner norske"
        " kroner. Kunder med høyere omsetning må inngå en egen avtale med oss.",
    ):
        values, unread = _read(body, "Lisens")
        threshold = values.get("revenue_threshold")
        assert isinstance(threshold, dict), body
        assert (threshold["amount"], threshold["currency"]) == (50000000, "NOK"), body
        assert values.get("commercial_use") == "restricted", body
        assert not unread, body


def test_norwegian_grant_denied_or_with_consent_is_no_cap() -> None:
    for body in (
        "Kommersiell bruk er ikkje tillate for brukarar med ei årleg omsetning under 50"
        " millionar kroner (NOK).",
        "Kommersiell bruk er tillate for brukarar med ei årleg omsetning under 50 millionar"
        " kroner (NOK) etter skriftleg samtykke frå oss.",
    ):
        values, _ = _read(body, "Lisens")
        assert "revenue_threshold" not in values, body


# --- nl: a weekly or daily cap told English, and its consequence --------------------------------
def test_dutch_weekly_cap_told_english_and_its_consequence() -> None:
    for line, unit in (
        ("Voorwaarde: je dienst heeft per week niet meer dan 20.000 actieve gebruikers.", "wau"),
        ("Voorwaarde: je dienst heeft per dag niet meer dan 20.000 actieve gebruikers.", "dau"),
    ):
        values, unread = _read(
            "Je mag het model gratis gebruiken, ook commercieel.\n"
            f"{line}\nMeer gebruikers? Neem contact met ons op voor een aparte licentie.",
            "Licentie",
        )
        assert values.get("user_threshold") == {"count": 20000, "unit": unit}, line
        assert values.get("commercial_use") == "restricted", line
        assert not unread, line


def test_dutch_separate_licence_without_a_cap_stays_unread() -> None:
    values, unread = _read(
        "Je mag het model gratis gebruiken.\nNeem contact met ons op voor een aparte licentie.",
        "Licentie",
    )
    assert "user_threshold" not in values
    assert any("aparte licentie" in text for text in unread)


# --- fy: registering is enough, no permission given ---------------------------------------------
def test_frisian_registering_enough_states_no_term() -> None:
    for line in (
        "Wy sjogge de registraasje net yn en jouwe gjin tastimming: registrearje is genôch.",
        "Registrearje is genôch; wy beoardielje neat.",
    ):
        values, unread = _read(
            "Kommersjeel gebrûk is tastien, mits jo jo foarôf registrearje fia ús webside.\n"
            + line,
            "Lisinsje",
        )
        assert values.get("commercial_use") == "allowed", line
        assert not unread, line


def test_frisian_registration_with_a_ban_stays_unread() -> None:
    _, unread = _read(
        "Kommersjeel gebrûk is tastien, mits jo jo foarôf registrearje fia ús webside.\n"
        "Registrearje is net genôch: sûnder skriftlike tastimming is kommersjeel gebrûk"
        " net tastien.",
        "Lisinsje",
    )
    assert any("skriftlike" in text for text in unread)
