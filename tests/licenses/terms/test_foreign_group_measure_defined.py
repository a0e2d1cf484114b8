"""A cap's measure defined elsewhere in the text as adding up the licensee's affiliates: an
elucidation ("PENJELASAN ... Yang dimaksud dengan ..."), a definitions article or a note, in
the shape of a definition and naming the licence (so it is no mere mention of a licence nor a
plain definition). The cap counts the licensee and its affiliates together. Twins: the
affiliates left out of the count; no cap stated (then the sentence stays unread, reported).
Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms import foreign_cues_eu, foreign_cues_more
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import cap_counts

_BOTH = {"counts": "licensee-and-affiliates"}

_ID_CAP = (
    "Pasal 1\nPenerima Lisensi boleh memakai Model Contoh untuk tujuan komersial.\n\n"
    "Pasal 2\nApabila jumlah Pengguna Aktif Bulanan melebihi 3.000.000 (tiga juta), Penerima"
    " Lisensi wajib memperoleh lisensi tersendiri dari PT Contoh Model sebelum melanjutkan.\n\n"
)
_ID_COUNTED = (
    'PENJELASAN\n\nPasal 2\nYang dimaksud dengan "jumlah Pengguna Aktif Bulanan" adalah'
    " jumlah pengguna aktif bulanan dari semua produk Penerima Lisensi {} afiliasinya, {}.\n"
)


def test_indonesian_elucidation_adds_the_affiliates_to_the_cap() -> None:
    text = _ID_CAP + _ID_COUNTED.format("beserta", "dijumlahkan menjadi satu angka")
    reading = read_foreign(text)
    assert reading.values["user_threshold"] == {"count": 3_000_000, "unit": "mau", **_BOTH}
    assert not reading.unread
    quoted = [p.text for p in reading.quotes["user_threshold"]]
    assert any("afiliasinya" in q for q in quoted)  # the evidence quotes the elucidation


def test_indonesian_elucidation_leaving_the_affiliates_out_counts_the_licensee_alone() -> None:
    text = _ID_CAP + _ID_COUNTED.format("tanpa", "tidak dijumlahkan")
    assert read_foreign(text).values["user_threshold"] == {"count": 3_000_000, "unit": "mau"}


def test_a_group_count_without_a_cap_is_reported_unread() -> None:
    # the measure is defined as a group's, but no cap is stated: what it counts for is unknown
    text = (
        "Pasal 1\nPenerima Lisensi boleh memakai Model Contoh untuk tujuan komersial.\n\n"
        + _ID_COUNTED.format("beserta", "dijumlahkan menjadi satu angka")
    )
    reading = read_foreign(text)
    assert "user_threshold" not in reading.values
    assert any("afiliasinya" in p.text for p in reading.unread)


@pytest.mark.parametrize(
    "counted",
    [
        # Malay: a definitions clause after the cap
        'Bagi maksud Lesen ini, "Pengguna Aktif Bulanan" bermaksud jumlah pengguna aktif'
        " bulanan semua produk Pemegang Lesen bersama dengan syarikat bersekutunya.",
        # Indonesian: a note in another order
        "Catatan: jumlah Pengguna Aktif Bulanan menurut Lisensi ini dihitung bersama afiliasinya.",
    ],
)
def test_group_counting_said_elsewhere_in_other_shapes(counted: str) -> None:
    cap = (
        "Pasal 2\nApabila jumlah Pengguna Aktif Bulanan melebihi 3.000.000 (tiga juta), Penerima"
        " Lisensi wajib memperoleh lisensi tersendiri.\n\n"
    )
    reading = read_foreign(cap + counted + "\n")
    found = reading.values["user_threshold"]
    assert isinstance(found, dict) and found.get("counts") == "licensee-and-affiliates"


@pytest.mark.parametrize(
    ("left_out", "counted_in", "language"),
    [
        (
            "Gebruikers van met de licentienemer gelieerde ondernemingen tellen niet mee.",
            "Gebruikers van met de licentienemer gelieerde ondernemingen tellen mee.",
            "NL",
        ),
        (
            "Nutzer verbundener Unternehmen werden nicht mitgezählt.",
            "Nutzer verbundener Unternehmen werden mitgezählt.",
            "DE",
        ),
        (
            "Les utilisateurs de ses sociétés affiliées ne sont pas pris en compte.",
            "Les utilisateurs de ses sociétés affiliées sont pris en compte.",
            "FR",
        ),
        (
            "Pengguna afiliasinya tidak dijumlahkan ke dalam angka tersebut.",
            "Pengguna afiliasinya dijumlahkan ke dalam angka tersebut.",
            "ID",
        ),
    ],
)
def test_affiliates_named_to_be_left_out_after_them(
    left_out: str, counted_in: str, language: str
) -> None:
    cues = getattr(foreign_cues_eu, language, None) or getattr(foreign_cues_more, language)
    assert cap_counts(left_out, cues) == {}
    assert cap_counts(counted_in, cues) == _BOTH
