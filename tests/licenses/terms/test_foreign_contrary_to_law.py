"""A ban on using a model "in breach of the law in force" in Norwegian, Danish, Swedish and Czech
("i strid med gjeldende lov", "i strid med gældende lov", "i strid med gällande lag", "v rozporu
s platnými zákony") is the ban on illegal activity, as "unlawful" is: an item of a ban list saying
it was reported unread (1f6739f: no harm the readers knew), which left a lawful use warning.
Sentences are our own words. Without a ban, the words set nothing."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


@pytest.mark.parametrize(
    "text",
    [
        "Modellen skal ikke brukes\na) i strid med gjeldende lov,\nb) til militære formål.\n",
        "Det er forbudt å bruke modellen i strid med norsk lov.\n",
        "Det er forbudt at bruge modellen i strid med gældende lov.\n",
        "Modellen må ikke anvendes i strid med gældende dansk lovgivning.\n",
        "Modellen får inte användas\n- i strid med gällande lag,\n- för militära ändamål.\n",
        "Model se nesmí používat\n- v rozporu s platnými zákony,\n- k vojenským účelům.\n",
    ],
)
def test_a_ban_on_use_contrary_to_the_law_is_the_illegal_activity_ban(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread, [p.text for p in reading.unread]
    tags = reading.values["use_restrictions"]
    assert isinstance(tags, list) and "illegal-activity" in tags


@pytest.mark.parametrize(
    "text",
    [
        # the law named without a ban: a statement about the licence, no banned use
        "Disse vilkårene er ikke i strid med gjeldende lov.\n",
        "Villkoren ska tolkas så att de inte står i strid med gällande lag.\n",
    ],
)
def test_the_law_named_without_a_ban_bans_nothing(text: str) -> None:
    tags = read_foreign(text).values.get("use_restrictions") or []
    assert isinstance(tags, list) and "illegal-activity" not in tags


_DANISH = """# Brugsvilkår for modellen Mågen-3B

§ 1 Eksempel ApS giver dig en vederlagsfri ret til at bruge, kopiere og ændre modellen til
ethvert formål, også kommercielt.

§ 2 {lead_in}
a) til militære formål,
b) til at sende uønsket markedsføring i store mængder.

§ 3 Vilkårene er underlagt dansk ret.
"""


def test_a_numbered_short_ban_whose_language_is_not_told_introduces_its_items() -> None:
    # "§ 2 Modellen må ikke anvendes" is too short for its language to be told and carries a
    # clause number: it is read in the text's language, so its items are read, not dropped
    reading = read_foreign(_DANISH.format(lead_in="Modellen må ikke anvendes"))
    assert not reading.unread, [p.text for p in reading.unread]
    assert reading.values["use_restrictions"] == ["military", "spam"]


def test_a_numbered_permission_over_items_bans_nothing() -> None:
    reading = read_foreign(_DANISH.format(lead_in="Modellen må gerne anvendes"))
    tags = reading.values.get("use_restrictions") or []
    assert isinstance(tags, list) and "military" not in tags
