"""Session 40, helper reg: passages told apart since session 40 read as before, each shape with
a paraphrase that reads the same and a twin differing in one fact (sentences of our own)."""

from __future__ import annotations

from typing import Any

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_no_term_s40reg import states_no_term_s40reg
from auditor.licenses.text.language import language_of


def _read(body: str, title: str = "Licence") -> tuple[dict[str, Any], list[tuple[str, str]]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [(p.text, str(p.language)) for p in reading.unread]


# --- kk: told Kazakh, read by the readers of the Cyrillic letters (uk, ru) as before ---------
def test_kazakh_domicile_exclusion_is_read_and_its_grant_twin_is_not() -> None:
    for body in (
        "Бұл лицензия бойынша құқықтар тұрғылықты жері Еуропалық Одақта орналасқан тұлғаларға"
        " берілмейді.",
        "Құқықтар тіркелген жері Еуропалық Одақта болатын тұлғаларға берілмейді.",
    ):
        assert language_of(body) == "kk"
        values, _ = _read(body, "Лицензия")
        entries = values.get("excluded_licensee_domiciles")
        assert isinstance(entries, list) and entries[0]["regions"] == ["EU"], body
    granted = "Құқықтар тұрғылықты жері Еуропалық Одақта орналасқан тұлғаларға да беріледі."
    values, _ = _read(granted, "Лицензия")
    assert "excluded_licensee_domiciles" not in values


def test_an_unread_kazakh_sentence_is_said_in_kazakh() -> None:
    _, unread = _read("Лицензиат жыл сайын қаржылық есепті ұсынуға міндетті.", "Лицензия")
    assert [language for _, language in unread] == ["kk"]


# --- is: a monthly user cap conceded or denied is no cap --------------------------------------
def test_icelandic_user_count_past_which_nothing_lapses_is_no_cap() -> None:
    for body in (
        "Þótt virkir notendur á mánuði fari yfir 800.000 heldur leyfið gildi sínu.",
        "Virkir notendur á mánuði: 800.000 og leyfið fellur ekki niður.",
    ):
        values, _ = _read(body, "Notkunarleyfi")
        assert "user_threshold" not in values, body


# --- az / tr: a Turkish imperative is no Azerbaijani word -------------------------------------
def test_turkish_imperative_stays_turkish_and_azerbaijani_is_told() -> None:
    assert language_of("Bu lisansın bir kopyasını her dağıtımda muhafaza edin.") == "tr"
    assert language_of("Modeldən yalnız qeyri-kommersiya məqsədlə istifadə edin.") == "az"


# --- ga: use for non-commercial ends only -----------------------------------------------------
def test_irish_noncommercial_only_grant_bans_commercial_use() -> None:
    for body in (
        "Tugtar cead an Múnla a úsáid chun críocha neamhthráchtála amháin.",
        "Is féidir leat an Múnla a chóipeáil agus a athrú le haghaidh úsáide neamhthráchtála"
        " amháin.",
    ):
        values, _ = _read(body, "Ceadúnas")
        assert values.get("commercial_use") == "prohibited", body
    twin = "Tugtar cead an Múnla a úsáid chun críocha neamhthráchtála agus tráchtála."
    values, _ = _read(twin, "Ceadúnas")
    assert values.get("commercial_use") != "prohibited"


# --- cy: a naming duty, the notice kept with copies, a pointer to another file ---------------
def test_welsh_naming_duty_reads_the_double_quoted_name() -> None:
    for body in (
        'Rhaid i enw unrhyw fodel a addaswyd o\'r Model ddechrau gyda "Gwalch-".',
        "Rhaid i enw pob model sy'n deillio o'r Model ddechrau gyda “Gwalch-”.",
    ):
        values, _ = _read(body, "Hysbysiad")
        assert values.get("naming_requirement") == "Gwalch-", body
    described = 'Mae enw\'r model yn dechrau gyda "Gwalch-" am ei fod yn hedfan yn gyflym.'
    values, _ = _read(described, "Hysbysiad")
    assert "naming_requirement" not in values


def test_welsh_notice_kept_with_copies_and_its_denied_twin() -> None:
    for body in (
        "Cadwch yr hysbysiad hwn gydag unrhyw gopi.",
        "Rhaid cadw'r hysbysiad hwn gyda phob copi a ddosberthir.",
    ):
        values, _ = _read(body, "Hysbysiad")
        assert values.get("attribution_required") is True, body
    values, _ = _read("Nid oes rhaid cadw'r hysbysiad hwn gydag unrhyw gopi.", "Hysbysiad")
    assert values.get("attribution_required") is not True


def test_welsh_pointer_to_another_file_states_no_term_unless_it_asks_something() -> None:
    for body in (
        "Gweler y ffeil NOTICE am yr amodau enwi.",
        "Gwelwch y ffeil TELERAU.md am y manylion.",
    ):
        values, unread = _read(body, "Trwydded")
        assert not values and not unread, body
    assert states_no_term_s40reg("Gweler y ffeil NOTICE am yr amodau enwi.")
    assert not states_no_term_s40reg("Gweler y ffeil NOTICE os ydych am werthu'r model.")
