"""Catalan, Slovak and Slovenian licence clauses (`foreign_cues_ca_sk_sl`, composed by
`foreign_cue_shapes.shaped` as the other languages of `foreign_more`): grants for any purpose,
confinements to research, bans on commercial use, commercial use on consent, the governing law
and banned uses, each beside a lawful twin. Sentences are ours."""

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
        "El titular us concedeix el dret d'utilitzar i modificar el model per a qualsevol "
        "finalitat, incloses les comercials.",
        "Poskytovateľ vám udeľuje právo používať model na akýkoľvek účel vrátane komerčného.",
        "Dajalec licence vam podeljuje pravico do uporabe modela za kateri koli namen, vključno "
        "s komercialnim.",
    ],
)
def test_a_grant_for_any_purpose_allows_commercial_use(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Podeu utilitzar el model únicament amb finalitats de recerca científica.",
        "Model smiete používať výlučne na vedecký výskum.",
        "Model se sme uporabljati izključno za znanstvene raziskave.",
    ],
)
def test_a_grant_confined_to_research(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "prohibited"
    assert values.get("use_scope") == ["research"]


@pytest.mark.parametrize(
    "text",
    [
        "Queda prohibit qualsevol ús comercial del model.",
        "Komerčné použitie modelu je zakázané.",
        "Komercialna uporaba modela je prepovedana.",
    ],
)
def test_a_ban_on_commercial_use(text: str) -> None:
    assert _values(text).get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Aquesta llicència es regeix per la legislació espanyola.", "ES"),
        ("Táto licencia sa riadi právom Slovenskej republiky.", "SK"),
        ("Za to licenco velja pravo Republike Slovenije.", "SI"),
    ],
)
def test_the_governing_law(text: str, law: str) -> None:
    assert _values(text).get("governing_law") == law


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Queda prohibit utilitzar el model amb finalitats militars.", ["military"]),
        ("Model sa nesmie používať na vývoj zbraní.", ["weapons"]),
        ("Model se ne sme uporabljati za množični nadzor.", ["surveillance"]),
        # a harm named without a ban: nothing
        ("El model pot ajudar a detectar activitats il·legals.", []),
    ],
)
def test_banned_uses(text: str, tags: list[str]) -> None:
    assert read_foreign(text).values.get("use_restrictions", []) == tags
