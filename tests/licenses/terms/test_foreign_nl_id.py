"""Session 18: license terms in Dutch and Indonesian are read, no longer only said unread
(grants for any purpose including commercial ones, non-commercial and research-only grants,
bans, consent needed, user and revenue caps with affiliates, governing law). Expectations are
from what each clause says, written in our own words."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


@pytest.mark.parametrize(
    "text",
    [
        "De licentiegever staat het gebruik van het model toe voor elk doel, ook commercieel.",
        "U mag het model kopiëren en aanpassen, inclusief commercieel gebruik.",
        "Commercieel gebruik is toegestaan zonder dat daarvoor een vergoeding verschuldigd is.",
        "Anda boleh menggunakan model ini untuk tujuan apa pun, termasuk tujuan komersial.",
        "Penggunaan komersial diperbolehkan tanpa biaya lisensi.",
        "Model ini boleh dimodifikasi dan didistribusikan, juga untuk keperluan komersial.",
    ],
)
def test_a_grant_including_commercial_use_is_read_as_allowed(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Het model mag uitsluitend voor niet-commerciële doeleinden worden gebruikt.",
         "non-commercial"),
        ("Commercieel gebruik van het model of van afgeleide werken is niet toegestaan.",
         "non-commercial"),
        ("U mag het model niet gebruiken voor commerciële toepassingen.", "non-commercial"),
        ("Het model is alleen bestemd voor wetenschappelijk onderzoek.", "research-only"),
        ("Model ini hanya boleh digunakan untuk tujuan non-komersial.", "non-commercial"),
        ("Dilarang menggunakan model ini untuk tujuan komersial.", "non-commercial"),
        ("Penggunaan komersial atas model atau turunannya tidak diperbolehkan.", "non-commercial"),
        ("Model ini hanya untuk keperluan penelitian akademik.", "research-only"),
    ],
)  # fmt: skip
def test_a_non_commercial_or_research_grant_bans_commercial_use(text: str, kind: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Voor commercieel gebruik is voorafgaande schriftelijke toestemming van de licentiegever "
        "vereist.",
        "Zonder schriftelijke toestemming mag het model niet commercieel worden ingezet.",
        "Untuk penggunaan komersial, Anda wajib memperoleh izin tertulis dari pemberi lisensi.",
        "Tanpa persetujuan tertulis, model tidak boleh dipakai secara komersial.",
    ],
)
def test_commercial_use_needing_consent_is_restricted(text: str) -> None:
    assert _values(text)["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "count", "group"),
    [
        (
            "Indien het aantal maandelijks actieve gebruikers van de licentienemer en zijn "
            "gelieerde ondernemingen hoger is dan 3 miljoen, is een aparte licentie vereist.",
            3_000_000,
            True,
        ),
        (
            "Heeft uw dienst meer dan 500.000 maandelijks actieve gebruikers, dan moet u een "
            "afzonderlijke licentie aanvragen.",
            500_000,
            False,
        ),
        (
            "Apabila jumlah pengguna aktif bulanan Anda beserta afiliasi Anda melebihi 2 juta, "
            "Anda harus memperoleh lisensi terpisah.",
            2_000_000,
            True,
        ),
    ],
)
def test_a_user_cap_and_whom_it_counts(text: str, count: int, group: bool) -> None:
    values = _values(text)
    cap = values["user_threshold"]
    assert isinstance(cap, dict)
    assert cap["count"] == count
    assert (cap.get("counts") == "licensee-and-affiliates") is group
    assert values["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    "text",
    [
        "Bedrijven met een jaaromzet van meer dan 5 miljoen euro hebben een commerciële licentie "
        "nodig.",
        "Perusahaan dengan pendapatan tahunan di atas USD 1 juta harus membeli lisensi komersial.",
    ],
)
def test_a_revenue_cap_is_read(text: str) -> None:
    values = _values(text)
    assert values.get("revenue_threshold") is not None
    assert values["commercial_use"] == "restricted"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Deze licentie wordt beheerst door Nederlands recht.", "NL"),
        ("Op deze overeenkomst is Nederlands recht van toepassing.", "NL"),
        ("Deze licentie valt onder het Belgisch recht.", "BE"),
        ("Lisensi ini diatur oleh hukum Republik Indonesia.", "ID"),
        ("Perjanjian ini tunduk pada hukum negara Indonesia.", "ID"),
    ],
)
def test_the_governing_law_is_read(text: str, law: str) -> None:
    assert _values(text)["governing_law"] == law


@pytest.mark.parametrize(
    "text",
    [
        "Het model mag voor commerciële en niet-commerciële doeleinden worden gebruikt.",
        "Model dapat digunakan untuk keperluan komersial maupun non-komersial.",
        "Er gelden geen beperkingen voor commercieel gebruik.",
        "Tanpa batasan untuk penggunaan komersial.",
    ],
)
def test_both_kinds_or_no_restriction_is_no_ban(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "U mag het model gebruiken voor elk doel van wetenschappelijk onderzoek.",
        "Anda boleh memakai model untuk tujuan apa pun penelitian di kampus.",
    ],
)
def test_any_purpose_of_one_kind_is_no_commercial_grant(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Het model wordt geleverd zoals het is, zonder enige garantie.",
        "Model disediakan sebagaimana adanya, tanpa jaminan apa pun.",
    ],
)
def test_a_warranty_disclaimer_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and "commercial_use" not in reading.values


@pytest.mark.parametrize(
    "text",
    [
        "Onder commercieel gebruik wordt verstaan elk gebruik dat gericht is op winst.",
        "Penggunaan komersial berarti setiap penggunaan yang bertujuan memperoleh keuntungan.",
        "Artikel 4 - Toepasselijk recht.",
        "Pasal 3 - Hukum yang berlaku.",
    ],
)
def test_a_definition_of_commercial_use_or_a_caption_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and "commercial_use" not in reading.values


def test_a_definition_naming_the_user_widens_the_ban_and_stays_unread() -> None:
    reading = read_foreign("Onder commercieel gebruik wordt verstaan elk gebruik door een bedrijf.")
    assert reading.unread
